"""Thumbs up/down on every answer, and an optional "what was wrong", saved on this machine."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from assistant.config import Settings
from assistant.feedback import REASONS, Feedback, FeedbackError
from assistant.feedback_store import FeedbackStore
from ui import session
from ui.conversation import Exchange
from ui.wording import REASON_LABELS, wording_for

NOT_HELPFUL = 0


@dataclass(frozen=True)
class FeedbackContext:
    """What a saved feedback row records besides the answer: settings and model."""

    settings: Settings
    store: FeedbackStore
    model: str


def _keys(exchange_id: str) -> tuple[str, str, str]:
    return f"ig-fb-{exchange_id}", f"ig-why-reasons-{exchange_id}", f"ig-why-comment-{exchange_id}"


def _save(exchange: Exchange, ctx: FeedbackContext, *, explained: bool) -> None:
    rating_key, reasons_key, comment_key = _keys(exchange.id)
    rating = st.session_state.get(rating_key)
    problems = session.problems()
    problems.pop(exchange.id, None)
    try:
        if rating is None:
            ctx.store.remove(exchange.id)
            session.explained().discard(exchange.id)
            return
        reasons = (st.session_state.get(reasons_key) or ()) if rating == NOT_HELPFUL else ()
        comment = (st.session_state.get(comment_key) or "").strip() if rating == NOT_HELPFUL else ""
        ctx.store.save(
            Feedback.about(
                exchange.id,
                exchange.answer,
                audience=exchange.audience,
                rating=int(rating),
                settings=ctx.settings,
                model=ctx.model,
                reasons=tuple(reasons),
                comment=comment,
            )
        )
        if explained:
            session.explained().add(exchange.id)
    except FeedbackError as exc:
        problems[exchange.id] = str(exc)


def _rated(exchange: Exchange, ctx: FeedbackContext) -> None:
    _save(exchange, ctx, explained=False)


def _explained(exchange: Exchange, ctx: FeedbackContext) -> None:
    _save(exchange, ctx, explained=True)


def show(exchange: Exchange, ctx: FeedbackContext) -> None:
    """The rating row under an answer, and the "what was wrong" form after a thumbs down."""
    words = wording_for(exchange.audience)
    rating_key, reasons_key, comment_key = _keys(exchange.id)
    with st.container(horizontal=True, vertical_alignment="center", key=f"ig-rate-{exchange.id}"):
        st.caption(words.feedback_prompt, width="content")
        rating = st.feedback("thumbs", key=rating_key, on_change=_rated, args=(exchange, ctx))
    problem = session.problems().get(exchange.id)
    if problem:
        st.warning(f"Your feedback could not be saved. {problem}", icon=":material/warning:")
    elif rating is not None and (rating != NOT_HELPFUL or exchange.id in session.explained()):
        st.caption(words.thanks)
    if rating == NOT_HELPFUL and exchange.id not in session.explained():
        with st.form(key=f"ig-why-{exchange.id}"):
            st.pills(words.wrong_prompt, REASONS, format_func=REASON_LABELS.get, selection_mode="multi", key=reasons_key)
            st.text_area(words.comment_label, key=comment_key, max_chars=ctx.settings.ui.feedback_comment_chars)
            st.form_submit_button("Send feedback", on_click=_explained, args=(exchange, ctx))
