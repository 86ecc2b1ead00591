"""The chat page: ask a question, read the streamed answer with its sources, rate it."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, wait
from datetime import datetime, timezone

import streamlit as st

from assistant.errors import IEPGuideError, QuestionError
from assistant.questions import clean_question
from ui import conversations, exchange_view, notices, owner, resources, session, styles
from ui.conversation import AnswerStream, Exchange, history
from ui.export import file_name, to_html, to_markdown
from ui.feedback_view import FeedbackContext
from ui.wording import (
    AUDIENCE_LABELS,
    DISCLAIMER,
    GETTING_READY,
    NOT_LEGAL_ADVICE,
    PRIVACY,
    Wording,
    escape_markdown,
    kept_line,
    wording_for,
)

TITLE = "IEP Guide"
LOAD_FAILED = "ig_load_failed"  # the library failed to load while this session waited: show why, do not retry yet
ASKED = "ig_asked_at"  # when this session asked its recent questions (for the per-session rate limit)


def _audience_changed() -> None:
    """Switching audience while a thread is open offers a new conversation instead of mixing them."""
    thread = session.conversation()
    chosen = st.session_state.get("audience")
    if thread and chosen != thread[-1].audience:
        st.session_state[session.AUDIENCE_OFFER] = chosen
        st.session_state["audience"] = thread[-1].audience


def _switch_audience(audience: str) -> None:
    session.clear()
    st.session_state["audience"] = audience


def _audience() -> str:
    audience = st.radio(
        "I am a…",
        options=list(AUDIENCE_LABELS),
        format_func=AUDIENCE_LABELS.get,
        horizontal=True,
        key="audience",
        on_change=_audience_changed,
        help="Changes the suggested questions, the wording and where to get help.",
    )
    offer = st.session_state.get(session.AUDIENCE_OFFER)
    if offer and session.conversation():
        label = AUDIENCE_LABELS.get(offer, offer).lower()
        with st.container(border=True, key="ig-audience-offer"):
            st.markdown(
                f"This conversation was asked as a {AUDIENCE_LABELS.get(audience, audience).lower()}. "
                f"Start a new conversation as a {label}?"
            )
            with st.container(horizontal=True):
                st.button(
                    f"New conversation as a {label}",
                    key="ig-audience-new",
                    type="primary",
                    on_click=_switch_audience,
                    args=(offer,),
                    icon=":material/add_comment:",
                )
                st.button(
                    "Stay in this conversation",
                    key="ig-audience-stay",
                    on_click=lambda: st.session_state.pop(session.AUDIENCE_OFFER, None),
                )
    return audience


def _sidebar() -> None:
    with st.sidebar:
        st.subheader("About IEP Guide")
        st.caption(DISCLAIMER)
        st.caption(PRIVACY)


def _not_legal_advice() -> None:
    """The not-legal-advice line under the answers, just above the question box, at every width (the
    sidebar that also says it is folded away on a phone)."""
    with st.container(key="ig-not-legal-advice"):
        st.caption(NOT_LEGAL_ADVICE)


def _starters(words: Wording) -> None:
    st.markdown(f"**{words.starters_heading}**")
    for i, question in enumerate(words.starters):
        st.button(
            question,
            key=f"ig-starter-{words.audience}-{i}",
            on_click=session.ask_later,
            args=(question,),
            icon=":material/chat_bubble:",
        )


def _toolbar(conversation: list[Exchange], view: exchange_view.View) -> None:
    saved = datetime.now(timezone.utc)
    with st.container(horizontal=True, key="ig-toolbar"):
        st.button("New conversation", key="ig-new", icon=":material/add_comment:", on_click=session.clear)
        st.download_button(
            "Save as Markdown",
            data=to_markdown(conversation, saved_at=saved),
            file_name=file_name(saved, "md"),
            mime="text/markdown",
            key="ig-save-md",
            on_click="ignore",
            icon=":material/download:",
        )
        st.download_button(
            "Save as web page",
            data=to_html(conversation, saved_at=saved, context_chars=view.settings.ui.source_context_chars),
            file_name=file_name(saved, "html"),
            mime="text/html",
            key="ig-save-html",
            on_click="ignore",
            icon=":material/download:",
            help="One HTML file with the sources; open it in a browser to read or print it.",
        )


def _too_fast(limit_per_minute: int) -> bool:
    """Whether this session has asked `limit_per_minute` questions in the last minute already;
    otherwise the question is counted."""
    now = time.monotonic()
    recent = [t for t in st.session_state.get(ASKED, []) if now - t < 60]
    if len(recent) >= limit_per_minute:
        st.session_state[ASKED] = recent
        return True
    st.session_state[ASKED] = [*recent, now]
    return False


def _ask(
    text: str, audience: str, conversation: list[Exchange], view: exchange_view.View, assistant, saved: Callable[[Exchange], None]
) -> Exchange | None:
    """Answer a question below the conversation and add it; None (with a message saying why) when
    it could not be answered."""
    words = wording_for(audience)
    if _too_fast(view.settings.ui.questions_per_minute):
        st.info(
            "That's a lot of questions in one minute. Please wait a moment, then ask again. "
            "Your question is below so you can copy it.",
            icon=":material/hourglass_top:",
        )
        st.code(text, language=None, wrap_lines=True)
        return None
    try:
        clean_question(text, view.settings.answer.max_question_chars)
    except QuestionError as exc:
        notices.question_problem(str(exc), text)
        return None
    exchange_view.asked(text, audience)
    with st.chat_message("assistant"):
        slot = st.empty()
        try:
            with slot.container():
                with st.spinner(words.thinking):
                    stream = AnswerStream(assistant.stream(text, audience=audience, history=history(conversation)))
                    stream.start()
                st.write_stream(escape_markdown(piece) for piece in stream)
            answer = stream.result()
            exchange = Exchange(text, answer, audience, sources=view.library.cited(answer.citations))
        except QuestionError as exc:
            with slot.container():
                notices.question_problem(str(exc), text)
            return None
        except IEPGuideError as exc:
            slot.error(escape_markdown(str(exc)), icon=":material/error:")
            return None
        except Exception as exc:  # never a traceback in the chat
            with slot.container():
                notices.unexpected(exc, text)
            return None
        conversation.append(exchange)
        with slot.container():
            exchange_view.answer_body(exchange, view)
        saved(exchange)
    return exchange


def _last_actions(exchange: Exchange, settings) -> None:
    """Under the latest answer: Regenerate (ask the same question again) and Edit (change the question,
    then ask it); either answer takes the place of the last exchange, here and in the stored conversation."""
    if session.editing():
        with st.form("ig-edit-form", border=True):
            st.text_area(
                "Edit your question", value=exchange.question, key="ig-edit-text", max_chars=settings.answer.max_question_chars
            )
            with st.container(horizontal=True):
                st.form_submit_button(
                    "Ask the edited question",
                    type="primary",
                    icon=":material/send:",
                    on_click=lambda: session.redo_later(st.session_state.get("ig-edit-text", "")),
                )
                st.form_submit_button("Cancel", on_click=session.stop_editing)
        return
    with st.container(horizontal=True, key="ig-last-actions"):
        st.button(
            "Regenerate",
            key="ig-regenerate",
            icon=":material/refresh:",
            on_click=session.redo_later,
            args=(exchange.question,),
            help="Ask the last question again; the new answer replaces this one.",
        )
        st.button(
            "Edit question",
            key="ig-edit",
            icon=":material/edit:",
            on_click=session.start_editing,
            help="Change the last question and ask it again; it replaces the last question and its answer.",
        )


def render() -> None:
    """The chat page (registered with st.navigation by app.py)."""
    settings = resources.settings()
    styles.inject()
    browser = owner.browser_key()
    store = resources.conversation_store(settings)
    conversations.open_from_address(store, browser)
    st.title(TITLE)
    audience = _audience()
    words = wording_for(audience)
    st.caption(words.tagline)
    st.caption(kept_line(settings.ui.feedback_retention_days))
    with st.sidebar:
        owner.remember()
        listed = st.container()  # filled last, so a conversation started by this run is listed
    _sidebar()
    _chat(settings, audience, words, store, browser)
    with listed:
        conversations.sidebar(store, browser)


def _getting_ready(warming: Future) -> None:
    """Wait for the library to load with the question box already on the page and a note saying so.
    A question typed meanwhile starts a new run as soon as this one goes on, which answers it."""
    note = st.empty()
    note.info(GETTING_READY, icon=":material/hourglass_top:")
    wait([warming])
    note.empty()


def _chat(settings, audience: str, words: Wording, store, browser: str) -> None:
    """The conversation so far, the question box and the answer to a new question."""
    warming = resources.warm_up(settings, retry_failed=not st.session_state.pop(LOAD_FAILED, False))
    if warming.done() and warming.exception() is not None:
        # a missing or damaged index: say what to do, never a traceback
        notices.setup_problem(warming.exception())
        st.chat_input(words.placeholder, disabled=True)
        _not_legal_advice()
        return
    toolbar = st.container()
    question = (
        st.chat_input(words.placeholder, key="ig-question", max_chars=settings.answer.max_question_chars)
        or session.take_pending()
    )
    if not warming.done():
        _getting_ready(warming)
        if warming.exception() is not None:
            st.session_state[LOAD_FAILED] = True  # the next run shows why, without loading again
            st.rerun()
    assistant = warming.result()
    view = exchange_view.View(
        settings=settings,
        library=resources.library(assistant),
        feedback=FeedbackContext(settings, resources.feedback_store(settings), resources.index_of(assistant).model),
    )
    conversation = session.conversation()
    conversations.attach_sources(conversation, view.library)
    redo = session.take_redo() if conversation else None
    replaced = conversation.pop() if redo is not None else None
    for exchange in conversation:
        exchange_view.show(exchange, view)
    if replaced is not None:
        if (
            _ask(
                redo,
                replaced.audience,
                conversation,
                view,
                assistant,
                saved=lambda exchange: conversations.replace_last(store, browser, exchange),
            )
            is None
        ):
            conversation.append(replaced)  # not answered: the last exchange stays as it was
            exchange_view.show(replaced, view)
    elif question:
        _ask(
            question, audience, conversation, view, assistant, saved=lambda exchange: conversations.save(store, browser, exchange)
        )
    elif not conversation:
        _starters(words)
    if conversation:
        _last_actions(conversation[-1], settings)
    _not_legal_advice()
    if conversation:
        with toolbar:
            _toolbar(conversation, view)
