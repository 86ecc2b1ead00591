"""One question and its answer in the chat: the answer with linked [n] markers (one per source in
a paragraph), a chip per source that opens into its card, the full-article view and the
feedback row."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from assistant.config import Settings
from assistant.sources import CitedSource, SourceLibrary
from ui import copy_button, feedback_view, notices
from ui.access import current_staff
from ui.answer_html import answer_html
from ui.cards import OPEN_CARD_SCRIPT, article_html, card_html, chip_label
from ui.conversation import Exchange
from ui.wording import escape_markdown, unsupported_note, wording_for


@dataclass(frozen=True)
class View:
    """What rendering an exchange needs from the page."""

    settings: Settings
    library: SourceLibrary
    feedback: feedback_view.FeedbackContext


def asked(text: str, audience: str) -> None:
    """The question's bubble: a parent's and a teacher's look different (picture and colour), and screen
    readers hear who asked ("Chat message from Parent"), since Streamlit hides the picture from them."""
    words = wording_for(audience)
    with st.chat_message(words.asker, avatar=words.avatar):
        st.markdown(escape_markdown(text))


def question(exchange: Exchange) -> None:
    asked(exchange.question, exchange.audience)


def sources(exchange: Exchange, view: View) -> None:
    """A chip per source (number, title, section, page) that opens into its card; each card's id
    is the target of the [n] links in the answer, and following one opens the chip."""
    if not exchange.sources:
        return
    st.html('<p class="ig-sources-heading"><strong>Sources</strong></p>')
    show_file = current_staff(view.settings) is not None
    for source in exchange.sources:
        with st.expander(escape_markdown(chip_label(source.citation)), key=f"ig-card-{exchange.id}-{source.n}"):
            st.html(card_html(source, exchange.anchor(source.n), view.settings.ui.source_context_chars, show_file=show_file))
            if source.chunk is not None and st.button(
                "Open full article",
                key=f"ig-open-{exchange.id}-{source.n}",
                icon=":material/article:",
                help=escape_markdown(f"Read “{source.citation.title}” from start to end"),
            ):
                open_article(view.library, source, show_file=show_file)


def answer_body(exchange: Exchange, view: View) -> None:
    """Everything inside the assistant's chat bubble."""
    answer = exchange.answer
    words = wording_for(exchange.audience)
    if answer.abstained:
        notices.abstention(answer, words, exchange.id)
    else:
        if answer.notice:
            st.info(escape_markdown(answer.notice), icon=":material/info:")
        if answer.lead_in:
            st.markdown(escape_markdown(answer.lead_in))
        st.html(answer_html(answer, exchange.anchor) + OPEN_CARD_SCRIPT, unsafe_allow_javascript=True)
        if answer.unsupported:
            st.caption(unsupported_note(answer.unsupported))
        sources(exchange, view)
    copy_button.show(exchange)
    feedback_view.show(exchange, view.feedback)


def show(exchange: Exchange, view: View) -> None:
    question(exchange)
    with st.chat_message("assistant"):
        answer_body(exchange, view)


def open_article(library: SourceLibrary, source: CitedSource, *, show_file: bool = False) -> None:
    """The "open full article" view: the document a citation comes from in a dialog, read from
    the index, the quoted passage highlighted."""
    citation = source.citation
    article = library.article(citation.source)

    @st.dialog(escape_markdown(article.title if article else citation.title), width="large")
    def _view() -> None:
        if article is None:
            st.warning("This document is no longer in the guidance library.", icon=":material/search_off:")
            return
        st.html(article_html(article, citation.chunk_id, citation.quote, show_file=show_file))

    _view()
