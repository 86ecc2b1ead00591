"""Showing text in Streamlit literally: no Markdown or HTML from questions or documents is
ever interpreted. (The chat itself is `ui.chat_page`.)"""

from __future__ import annotations

import re

from ui.wording import AUDIENCE_LABELS, DISCLAIMER

__all__ = ["AUDIENCE_LABELS", "DISCLAIMER", "escape_markdown"]

_MD_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_{}[]()#+!|<>$~"})


def escape_markdown(text: str) -> str:
    """Show text literally: no Markdown or HTML from questions or documents is interpreted.
    Citation markers [n] are kept readable."""
    escaped = text.translate(_MD_SPECIAL)
    return re.sub(r"\\\[(\d+)\\\]", r"[\1]", escaped)
