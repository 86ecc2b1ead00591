"""IEP Guide chat: a thin Streamlit shell over `assistant.build_assistant`."""

from __future__ import annotations

import streamlit as st

from assistant import IEPGuideError, QuestionError, Settings, Turn, build_assistant
from assistant.ui.chat import AUDIENCE_LABELS, DISCLAIMER, render_answer

st.set_page_config(page_title="IEP Guide", page_icon="📘", layout="centered")


@st.cache_resource(show_spinner="Loading the guidance library…")
def get_assistant():
    return build_assistant(Settings())


def main() -> None:
    st.title("IEP Guide")
    st.caption("Plain-language answers about IEPs, 504 plans and special education, with sources.")

    with st.sidebar:
        audience = st.radio(
            "I am a…",
            options=list(AUDIENCE_LABELS),
            format_func=AUDIENCE_LABELS.get,
            key="audience",
        )
        if st.button("New conversation"):
            st.session_state.messages = []
        st.caption(DISCLAIMER)

    messages = st.session_state.setdefault("messages", [])
    for msg in messages:
        with st.chat_message(msg["role"]):
            if msg["role"] == "user":
                st.text(msg["content"])
            else:
                render_answer(msg["answer"])

    question = st.chat_input("Ask about IEPs, 504 plans, evaluations, meetings…")
    if not question:
        return
    with st.chat_message("user"):
        st.text(question)
    try:
        assistant = get_assistant()
        history = [Turn(m["content"]) for m in messages if m["role"] == "user"]
        with st.spinner("Looking through the guidance…"):
            answer = assistant.ask(question, audience=audience, history=history)
    except QuestionError as exc:
        st.warning(str(exc))
        return
    except IEPGuideError as exc:
        st.error(str(exc))
        return
    messages.append({"role": "user", "content": question})
    messages.append({"role": "assistant", "answer": answer})
    with st.chat_message("assistant"):
        render_answer(answer)


main()
