"""The "open full article" view: the whole source document, the quoted passage highlighted."""

from __future__ import annotations

import streamlit as st

from assistant.sources import CitedSource, SourceLibrary
from ui.cards import article_html
from ui.chat import escape_markdown


def open_article(library: SourceLibrary, source: CitedSource, *, show_file: bool = False) -> None:
    """Show the document a citation comes from in a dialog, read from the index."""
    citation = source.citation
    article = library.article(citation.source)

    @st.dialog(escape_markdown(article.title if article else citation.title), width="large")
    def _view() -> None:
        if article is None:
            st.warning("This document is no longer in the guidance library.", icon=":material/search_off:")
            return
        st.html(article_html(article, citation.chunk_id, citation.quote, show_file=show_file))

    _view()
