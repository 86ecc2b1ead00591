"""Kind, actionable messages: no answer in the library, a question to fix, a library to build."""

from __future__ import annotations

import logging

import streamlit as st

from assistant.errors import IEPGuideError, IndexNotFoundError, ServerUnavailableError
from assistant.types import Answer
from ui import session
from ui.wording import Wording, escape_markdown

log = logging.getLogger(__name__)

SUGGESTIONS_AFTER_ABSTAINING = 3
_NOT_BUILT = (
    "The guidance library has not been built yet.",
    "From the project folder, run `scripts/start` (it builds the library and opens the chat) "
    "or `iep-guide ingest`, then reload this page.",
)
_UNREADABLE = (
    "The guidance library could not be opened.",
    "Rebuild it with `iep-guide ingest --reset`, then reload this page. "
    "If the library lives on a Chroma server, check that the server is running.",
)
_SERVER = (
    "The guidance library's server is not answering.",
    "Check that the Chroma server named above is running and reachable, then reload this page. "
    "The library itself does not need rebuilding.",
)
_UNEXPECTED = (
    "Something went wrong while answering. Please try again in a moment. "
    "If it keeps happening, rebuild the library with `iep-guide ingest --reset`."
)


def help_markdown(words: Wording) -> str:
    lines = []
    for h in words.help:
        link = f" [Find your state's Parent Center]({h.url})" if h.url else ""
        lines.append(f"- **{h.name}.** {h.detail}{link}")
    return "\n".join(lines)


def abstention(answer: Answer, words: Wording, exchange_id: str) -> None:
    """No guidance on the question: say so gently and point to people who can help."""
    st.info(escape_markdown(answer.text), icon=":material/volunteer_activism:")
    st.markdown(f"**{words.abstain_heading}**")
    st.markdown(help_markdown(words))
    st.caption(words.rephrase_hint)
    with st.container(horizontal=True):
        for i, question in enumerate(words.starters[:SUGGESTIONS_AFTER_ABSTAINING]):
            st.button(question, key=f"ig-retry-{exchange_id}-{i}", on_click=session.ask_later, args=(question,))


def setup_problem(exc: Exception) -> None:
    """The library is missing or unreadable: what happened and what to do."""
    if isinstance(exc, ServerUnavailableError):
        title, todo = _SERVER
    else:
        title, todo = _NOT_BUILT if isinstance(exc, IndexNotFoundError) else _UNREADABLE
    if not isinstance(exc, IEPGuideError):
        log.error("Opening the guidance library failed", exc_info=exc)
    st.error(f"**{title}**\n\n{escape_markdown(str(exc))}\n\n{todo}", icon=":material/library_books:")


def question_problem(message: str, question: str) -> None:
    """The question cannot be asked as typed: why, with the text kept so nothing is lost."""
    st.warning(escape_markdown(message), icon=":material/edit_note:")
    _typed(question)


def _typed(question: str) -> None:
    if question.strip():
        with st.expander("What you typed (copy it from here to change it)"):
            st.code(question, language=None, wrap_lines=True)


def unexpected(exc: Exception, question: str) -> None:
    """A failure nobody planned for: logged for the operator, a calm message for the reader."""
    log.error("Answering failed", exc_info=exc)
    st.error(_UNEXPECTED, icon=":material/error:")
    _typed(question)
