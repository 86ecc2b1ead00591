"""The chat's per-browser-session state in `st.session_state`, behind small functions."""

from __future__ import annotations

import streamlit as st

from ui.conversation import Exchange

CONVERSATION = "ig_conversation"
PENDING = "ig_pending_question"
EXPLAINED = "ig_feedback_explained"
PROBLEMS = "ig_feedback_problems"


def conversation() -> list[Exchange]:
    """The exchanges so far, oldest first (the list is kept in the session)."""
    return st.session_state.setdefault(CONVERSATION, [])


def find(exchange_id: str) -> Exchange | None:
    return next((e for e in conversation() if e.id == exchange_id), None)


def ask_later(question: str) -> None:
    """Queue a question (from a suggestion button) for the next run to answer."""
    st.session_state[PENDING] = question


def take_pending() -> str | None:
    return st.session_state.pop(PENDING, None)


def explained() -> set[str]:
    """Ids of answers whose "what was wrong" form has been sent."""
    return st.session_state.setdefault(EXPLAINED, set())


def problems() -> dict[str, str]:
    """Per answer id, why its feedback could not be saved."""
    return st.session_state.setdefault(PROBLEMS, {})


def clear() -> None:
    """Start a new conversation: forget the exchanges and everything about them."""
    for key in (CONVERSATION, PENDING, EXPLAINED, PROBLEMS):
        st.session_state.pop(key, None)
    for key in [k for k in st.session_state.keys() if str(k).startswith("ig-fb-") or str(k).startswith("ig-why-")]:
        del st.session_state[key]
