"""IEP Guide: a thin Streamlit shell. Each page lives in assistant/ui/ and plugs in here."""

from __future__ import annotations

import streamlit as st

from assistant.ui import chat_page, iep_page, library_page, staff_page

st.set_page_config(page_title="IEP Guide", page_icon="📘", layout="centered")

pages = [
    st.Page(chat_page.render, title="Ask", icon=":material/forum:", url_path="ask", default=True),
    st.Page(iep_page.render, title="My child's IEP", icon=":material/description:", url_path="my-iep"),
    st.Page(library_page.render, title="Library", icon=":material/library_books:", url_path="library"),
    st.Page(staff_page.render, title="Evals", icon=":material/monitoring:", url_path="evals"),
]
st.navigation(pages).run()
