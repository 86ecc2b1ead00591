"""IEP Guide: a thin Streamlit shell. Each page lives in ui/ and plugs in here.

Parents and teachers get the chat and "My child's IEP"; the Library, Evals and Feedback pages
exist only for signed-in staff (ui/access.py), and the sign-in page only where staff are set up."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings
from ui import access, chat_page, feedback_page, iep_page, library_page, resources, staff_page

st.set_page_config(page_title="IEP Guide", page_icon="📘", layout="centered")

settings = Settings()
resources.warm_up(settings)  # the model and library load in the background while the first page shows
pages = [
    st.Page(chat_page.render, title="Ask", icon=":material/forum:", url_path="ask", default=True),
    st.Page(iep_page.render, title="My child's IEP", icon=":material/description:", url_path="my-iep"),
]
if access.current_staff(settings):
    pages += [
        st.Page(library_page.render, title="Library", icon=":material/library_books:", url_path="library"),
        st.Page(staff_page.render, title="Evals", icon=":material/monitoring:", url_path="evals"),
        st.Page(feedback_page.render, title="Feedback", icon=":material/reviews:", url_path="feedback"),
    ]
    access.sign_out_button()
elif access.staff_configured(settings):
    pages.append(st.Page(access.sign_in_page, title="Staff sign-in", icon=":material/lock:", url_path="staff"))
st.navigation(pages).run()
