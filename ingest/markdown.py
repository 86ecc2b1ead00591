"""Markdown with or without YAML front matter: sections by heading, inline markup removed.

HTML comments, entities and Liquid template tags are cleaned up; a United States Code
chapter (see ingest/uscode.py) gets statute citations as its section headings."""

from __future__ import annotations

import html
import re
from pathlib import Path

from ingest.cleanup import collapse, repair
from ingest.documents import Section, SectionBuilder, SourceDocument, clean_metadata, content_hash, split_front_matter
from ingest.text import decode_text
from ingest.uscode import looks_like_us_code, parse_us_code

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_COMMENT = re.compile(r"<!--(?!\s*asked:).*?-->", re.S)
# How askers put a section's question, on its own line under the heading (the library's articles
# carry them; they are matched against questions, never shown):
# "<!-- asked: they keep calling me to pick him up early | does in-school suspension count -->".
_ASKED = re.compile(r"^\s*<!--\s*asked:(.*?)-->\s*$")
_ANY_ASKED = re.compile(r"<!--\s*asked:.*?-->", re.S)
_QUOTE_MARK = re.compile(r"^\s*(>\s?)+")

# Jekyll/Liquid template tags (as on ada.gov): keep the words, drop the machinery. Question-and-
# answer blocks (`{% details Q1. … %}`) become headings so each answer is cited under its
# question; footnote markers are dropped (they would read like citation numbers); other tags and
# `{{ variables }}` are removed.
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


def strip_inline(text: str) -> str:
    """Plain text of one line of Markdown: links, emphasis, code marks and tags removed."""
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    text = _HTML_TAG.sub("", text)
    text = _QUOTE_MARK.sub("", text)
    return collapse(html.unescape(text)) if text.strip() else ""


def parse_markdown(text: str, *, title: str) -> list[Section]:
    """Split Markdown into sections keyed by their heading path (H1 is the title level)."""
    builder = SectionBuilder(joiner="\n")
    in_fence = False
    for raw in text.splitlines():
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        asked = None if in_fence else _ASKED.match(raw)
        if asked:
            builder.phrase([collapse(p) for p in asked.group(1).split("|")])
            continue
        match = None if in_fence else _HEADING.match(raw)
        if match:
            level, heading = len(match.group(1)), strip_inline(match.group(2))
            if level == 1 and heading.strip().lower() == title.strip().lower():
                builder.top()
            else:
                builder.heading(level, heading)
            continue
        builder.add(strip_inline(raw))
    return builder.finish()


def load_markdown(path: Path, source: str) -> SourceDocument:
    data = path.read_bytes()
    text = repair(decode_text(data, path))
    meta, body = split_front_matter(text)
    body = render_liquid(_COMMENT.sub("", body))
    if looks_like_us_code(body):
        title, sections = parse_us_code(_ANY_ASKED.sub("", body), strip_inline)
        fields = clean_metadata(meta, fallback_title=title)
    else:
        fields = clean_metadata(meta, fallback_title=_title_from(body, path))
        sections = parse_markdown(body, title=fields["title"])
    return SourceDocument(source=source, sections=tuple(sections), raw_hash=content_hash(data), **fields)


def _title_from(body: str, path: Path) -> str:
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match and len(match.group(1)) == 1:
            return strip_inline(match.group(2))
    return title_from_filename(path)


def title_from_filename(path: Path) -> str:
    """A readable title from a file name: "iep-meeting_notes.md" -> "Iep meeting notes"."""
    words = re.sub(r"[-_.]+", " ", path.stem).split()
    return " ".join(words).capitalize() if words else path.name
