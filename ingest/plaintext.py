"""Plain text: paragraphs by blank lines, headings where a line is underlined or in capitals."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.cleanup import collapse, repair
from ingest.documents import Section, SourceDocument, content_hash
from ingest.markdown import title_from_filename
from ingest.text import decode_text

_UNDERLINE = re.compile(r"^(=+|-+)$")
MAX_HEADING_CHARS = 80


def _caps_heading(line: str) -> bool:
    return sum(ch.isalpha() for ch in line) >= 3 and line.isupper() and len(line) <= MAX_HEADING_CHARS


def _headings(lines: list[str]) -> dict[int, int]:
    """Line number of each heading -> how many lines it takes (2 when underlined)."""
    found: dict[int, int] = {}
    for i, line in enumerate(lines):
        if not line or len(line) > MAX_HEADING_CHARS or line[-1] in ".,;":
            continue
        after = lines[i + 1] if i + 1 < len(lines) else ""
        before = lines[i - 1] if i else ""
        if _UNDERLINE.match(after):
            found[i] = 2
        elif _caps_heading(line) and not before and not _UNDERLINE.match(line):
            found[i] = 1
    return found


def _title_line(lines: list[str], headings: dict[int, int]) -> int | None:
    """The first line is the title when it is short and stands alone (or is a heading)."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return None
    alone = first + 1 < len(lines) and (not lines[first + 1] or first in headings)
    more = any(lines[first + headings.get(first, 1) :])
    return first if alone and more and len(lines[first]) <= MAX_HEADING_CHARS else None


def parse_text(text: str) -> tuple[str, list[Section]]:
    """(title or "", sections) of a plain-text document."""
    lines = [collapse(line) for line in text.split("\n")]
    headings = _headings(lines)
    title_at = _title_line(lines, headings)
    sections: list[Section] = []
    heading, body = "Overview", []

    def flush() -> None:
        joined = re.sub(r"\n{3,}", "\n\n", "\n".join(body)).strip()
        body.clear()
        if joined:
            sections.append(Section(path=(heading,), text=joined))

    i = 0
    while i < len(lines):
        if i == title_at:
            i += headings.get(i, 1)
        elif i in headings:
            flush()
            heading = lines[i]
            i += headings[i]
        else:
            body.append(lines[i])
            i += 1
    flush()
    return (lines[title_at] if title_at is not None else ""), sections


def load_text(path: Path, source: str) -> SourceDocument:
    data = path.read_bytes()
    title, sections = parse_text(repair(decode_text(data, path)))
    return SourceDocument(
        source=source,
        title=title or title_from_filename(path),
        sections=tuple(sections),
        raw_hash=content_hash(data),
        kind="text",
    )
