"""The chat's stored conversations: opening one from its address (?c=…), saving each answered
question (or putting a regenerated or edited one in place of the last), and the sidebar list of
this browser's conversations with rename and delete."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from assistant.conversation_store import TITLE_CHARS, ConversationError, ConversationStore, NewMessage
from assistant.sources import SourceLibrary
from ui import session
from ui.conversation import Exchange, answer_record, exchanges_from
from ui.wording import escape_markdown

PARAM = "c"
LIST_LIMIT = 50
PROBLEM = "ig_conversation_problem"  # what went wrong with the list, shown once


def open_from_address(store: ConversationStore, owner: str) -> None:
    """Show the conversation the address names, when it is this browser's; a fresh chat otherwise.
    Runs before the audience choice is drawn (a stored conversation brings its audience back)."""
    wanted = st.query_params.get(PARAM)
    current = session.conversation_id()
    if not wanted:
        if current:  # back from another page: the address names the conversation again
            st.query_params[PARAM] = current
        return
    if wanted == current:
        return
    try:
        found = store.get(wanted, owner)
    except ConversationError as exc:
        found = None
        st.session_state[PROBLEM] = str(exc)
    session.clear()
    if found is None:
        st.session_state.setdefault(PROBLEM, "That conversation is not kept in this browser, so a new one was started.")
        return
    st.query_params[PARAM] = found.id
    st.session_state[session.CONVERSATION_ID] = found.id
    st.session_state[session.CONVERSATION] = exchanges_from(found.messages, found.audience)
    st.session_state["audience"] = found.audience


def attach_sources(conversation: list[Exchange], library: SourceLibrary) -> None:
    """Read the cited passages of restored exchanges from the index (once per exchange)."""
    for i, exchange in enumerate(conversation):
        if exchange.answer.citations and not exchange.sources:
            conversation[i] = replace(exchange, sources=library.cited(exchange.answer.citations))


def _messages(exchange: Exchange) -> list[NewMessage]:
    """What is stored for an exchange: the question, then the answer with its citations."""
    citations, meta = answer_record(exchange)
    return [
        NewMessage("user", exchange.question, meta={"exchange_id": exchange.id}),
        NewMessage("assistant", exchange.answer.text, citations=citations, meta=meta),
    ]


def save(store: ConversationStore, owner: str, exchange: Exchange) -> None:
    """Append an answered question to the stored conversation, starting one on the first answer."""
    try:
        conversation_id = session.conversation_id()
        if conversation_id is None:
            conversation_id = store.create(owner, audience=exchange.audience).id
            st.session_state[session.CONVERSATION_ID] = conversation_id
            st.query_params[PARAM] = conversation_id
        for message in _messages(exchange):
            store.append(conversation_id, owner, message.role, message.text, citations=message.citations, meta=message.meta)
    except ConversationError as exc:
        _not_saved(exc)


def replace_last(store: ConversationStore, owner: str, exchange: Exchange) -> None:
    """Put a regenerated answer, or an edited question and its answer, in place of the stored
    conversation's last exchange (one exchange stays one; saved as new when nothing is stored yet)."""
    conversation_id = session.conversation_id()
    if conversation_id is None:
        save(store, owner, exchange)
        return
    try:
        store.replace_last(conversation_id, owner, 2, _messages(exchange))
    except ConversationError as exc:
        _not_saved(exc)


def _not_saved(exc: ConversationError) -> None:
    st.warning(f"This conversation could not be saved, so it will not come back after a reload. {exc}", icon=":material/warning:")


def _open(conversation_id: str) -> None:
    st.query_params[PARAM] = conversation_id


def _rename(store: ConversationStore, owner: str, conversation_id: str) -> None:
    title = st.session_state.get(f"ig-conv-title-{conversation_id}", "")
    try:
        if store.rename(conversation_id, owner, title) is None:
            st.session_state[PROBLEM] = "That conversation is no longer kept."
    except ConversationError as exc:
        st.session_state[PROBLEM] = str(exc)


def _delete(store: ConversationStore, owner: str, conversation_id: str) -> None:
    try:
        store.delete(conversation_id, owner)
    except ConversationError as exc:
        st.session_state[PROBLEM] = str(exc)
        return
    if conversation_id == session.conversation_id():
        session.clear()


def sidebar(store: ConversationStore, owner: str) -> None:
    """This browser's conversations, newest first, each with rename and delete; and "New conversation"
    (drawn inside the sidebar)."""
    st.subheader("Conversations")
    st.button("New conversation", key="ig-new-side", icon=":material/add_comment:", on_click=session.clear)
    problem = st.session_state.pop(PROBLEM, None)
    if problem:
        st.warning(escape_markdown(problem), icon=":material/info:")
    try:
        kept = store.list_for(owner, limit=LIST_LIMIT)
    except ConversationError as exc:
        st.caption(escape_markdown(f"Earlier conversations could not be read. {exc}"))
        return
    if not kept:
        st.caption("Your conversations in this browser will be listed here.")
        return
    current = session.conversation_id()
    for item in kept:
        title = item.title or "Untitled conversation"
        with st.container(key=f"ig-conv-{item.id}"):
            with st.container(horizontal=True, vertical_alignment="center"):
                st.button(
                    escape_markdown(title),
                    key=f"ig-conv-open-{item.id}",
                    on_click=_open,
                    args=(item.id,),
                    type="primary" if item.id == current else "tertiary",
                    width="stretch",
                    help=f"Open this conversation (last used {item.updated:%d %b %Y})",
                )
                with st.popover("", icon=":material/more_vert:", help="Rename or delete"):
                    st.text_input("Title", value=title, key=f"ig-conv-title-{item.id}", max_chars=TITLE_CHARS)
                    st.button(
                        "Rename",
                        key=f"ig-conv-rename-{item.id}",
                        on_click=_rename,
                        args=(store, owner, item.id),
                        icon=":material/edit:",
                    )
                    st.button(
                        "Delete",
                        key=f"ig-conv-delete-{item.id}",
                        on_click=_delete,
                        args=(store, owner, item.id),
                        icon=":material/delete:",
                        help="Deletes the conversation and every message in it.",
                    )
            st.caption(f"{item.updated:%d %b %Y}")
