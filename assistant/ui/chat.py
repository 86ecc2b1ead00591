"""Rendering answers and citations in Streamlit. Text is always shown as text, never raw HTML."""

from __future__ import annotations

import streamlit as st

from assistant.types import Answer

DISCLAIMER = (
    "IEP Guide explains general information about U.S. special education law and practice. "
    "It is not legal advice. For decisions about a specific child, talk with the school team, "
    "your state's Parent Training and Information Center, or an attorney."
)

AUDIENCE_LABELS = {"family": "Parent / family", "teacher": "Teacher / school staff"}


def source_label(c) -> str:
    where = f" — {c.section}" if c.section and c.section != "Overview" else ""
    page = f", page {c.page}" if c.page else ""
    return f"[{c.n}] {c.title}{where}{page}"


def render_answer(answer: Answer) -> None:
    if answer.abstained:
        st.info(answer.text, icon="ℹ️")
        return
    st.markdown(escape_markdown(answer.text))
    for c in answer.citations:
        with st.expander(source_label(c)):
            st.markdown(f"> {escape_markdown(c.quote)}")
            st.caption(f"Source: {c.source} · relevance {c.score:.2f}")


_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_{}[]()#+!|<>$~"})


def escape_markdown(text: str) -> str:
    """Show text literally: no Markdown or HTML from questions or documents is interpreted.
    Citation markers [n] are kept readable."""
    import re

    escaped = text.translate(_MD_SPECIAL)
    return re.sub(r"\\\[(\d+)\\\]", r"[\1]", escaped)
