"""The chat's per-browser-session state in `st.session_state`, behind small functions."""

from __future__ import annotations

import streamlit as st

from ui.conversation import Exchange

CONVERSATION = "ig_conversation"
CONVERSATION_ID = "ig_conversation_id"  # the stored conversation shown (also ?c= in the address)
AUDIENCE_OFFER = "ig_audience_offer"  # the audience asked for while a thread of the other one is open
PENDING = "ig_pending_question"
REDO = "ig_redo_question"  # the question that replaces the last exchange (Regenerate, or an edited question)
EDITING = "ig_editing_last"  # the last question is open for editing
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


def redo_later(question: str) -> None:
    """Ask `question` on the next run in place of the last exchange (Regenerate, or Edit's new question)."""
    st.session_state[REDO] = question
    st.session_state.pop(EDITING, None)


def take_redo() -> str | None:
    return st.session_state.pop(REDO, None)


def start_editing() -> None:
    st.session_state[EDITING] = True


def stop_editing() -> None:
    st.session_state.pop(EDITING, None)


def editing() -> bool:
    return bool(st.session_state.get(EDITING))


def explained() -> set[str]:
    """Ids of answers whose "what was wrong" form has been sent."""
    return st.session_state.setdefault(EXPLAINED, set())


def problems() -> dict[str, str]:
    """Per answer id, why its feedback could not be saved."""
    return st.session_state.setdefault(PROBLEMS, {})


def conversation_id() -> str | None:
    return st.session_state.get(CONVERSATION_ID)


def clear() -> None:
    """Start a new conversation: forget the exchanges and everything about them (the stored
    conversation stays in the list)."""
    for key in (CONVERSATION, CONVERSATION_ID, AUDIENCE_OFFER, PENDING, REDO, EDITING, EXPLAINED, PROBLEMS):
        st.session_state.pop(key, None)
    st.query_params.pop("c", None)
    for key in [k for k in st.session_state.keys() if str(k).startswith("ig-fb-") or str(k).startswith("ig-why-")]:
        del st.session_state[key]
