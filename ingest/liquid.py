"""Jekyll/Liquid template tags in Markdown (as on ada.gov): keep the words, drop the machinery.

Question-and-answer blocks (`{% details Q1. … %}`) become headings so each answer is cited
under its question; footnote markers are dropped (they would read like citation numbers);
other tags and `{{ variables }}` are removed."""

from __future__ import annotations

import re

_DETAILS = re.compile(r"^[ \t]*\{%-?\s*details\s+(.+?)(?:\s+expandable)?\s*-?%\}[ \t]*$", re.M)
_GROUP = re.compile(r"^[ \t]*\{%-?\s*include\s+\S+\s+[^%]*?expand-heading=['\"]([^'\"]+)['\"][^%]*%\}[ \t]*$", re.M)
_FOOTNOTES = re.compile(r"^[ \t]*\{%-?\s*footnotes\s*-?%\}[ \t]*$", re.M)
_FNBODY = re.compile(r"\{%-?\s*fnbody\s+(\w+)\s*-?%\}")
_FN = re.compile(r"[ \t]*\{%-?\s*fn\s+\w+\s*-?%\}")
_TAG = re.compile(r"\{%.*?%\}", re.S)
_VARIABLE = re.compile(r"\{\{.*?\}\}", re.S)

QUESTION_LEVEL = 6  # below any heading the page already has, so answers nest under it


def has_liquid(text: str) -> bool:
    return "{%" in text or "{{" in text


def render_liquid(text: str) -> str:
    """Markdown with Liquid tags turned into headings or removed."""
    if not has_liquid(text):
        return text
    text = _GROUP.sub(lambda m: f"\n## {m.group(1)}\n", text)
    text = _DETAILS.sub(lambda m: f"\n{'#' * QUESTION_LEVEL} {m.group(1)}\n", text)
    text = _FOOTNOTES.sub("\n## Notes\n", text)
    text = _FNBODY.sub(lambda m: f"Note {m.group(1)}: ", text)
    text = _FN.sub("", text)
    text = _TAG.sub("", text)
    return _VARIABLE.sub("", text)
