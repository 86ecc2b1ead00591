"""Page text from PDFs: finding running headers/footers and rebuilding paragraphs from lines."""

from __future__ import annotations

import re
import statistics
from collections import Counter

EDGE_LINES = 3  # lines at the top and bottom of a page that may be a running header or footer
REPEAT_SHARE = 0.15  # ... removed when the same line (numbers aside) is on this share of pages
REPEAT_MIN_PAGES = 3
SHORT_LINE = 0.75  # a line ending a sentence and shorter than this share of the usual line ends a paragraph

_PAGE_NUMBER = re.compile(r"^(page\s+)?([\divxlc]+)(\s+of\s+\d+)?$|^[-–—]\s*\d+\s*[-–—]$", re.I)
_BULLET = re.compile(r"^(■+|●|•|▪|◦|o\s|–\s|-\s|\u2022|\uf0b7|\uf0a7)\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;”\"')]$")


def _signature(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _edges(lines: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES] + filled[-EDGE_LINES:]


def drop_repeated_edges(pages: list[str]) -> list[str]:
    """Remove page numbers, and lines repeated at the top or bottom of many pages."""
    split = [p.split("\n") for p in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update({_signature(lines[i]) for i in _edges(lines)})
    needed = max(REPEAT_MIN_PAGES, REPEAT_SHARE * len(pages))
    repeated = {sig for sig, n in counts.items() if n >= needed and sig.strip("# ")}
    out = []
    for lines in split:
        edges = set(_edges(lines))
        kept = [
            line
            for i, line in enumerate(lines)
            if not (i in edges and (_signature(line) in repeated or _PAGE_NUMBER.match(line.strip())))
        ]
        out.append("\n".join(kept))
    return out


def drop_edge_lines(text: str, unwanted: set[str]) -> str:
    """Remove top or bottom lines equal to one of `unwanted` (a chapter's running header)."""
    lines = text.split("\n")
    wanted = {_signature(u) for u in unwanted}
    edges = set(_edges(lines))
    return "\n".join(line for i, line in enumerate(lines) if not (i in edges and _signature(line) in wanted))


def paragraphs(text: str) -> str:
    """Join a page's lines into paragraphs separated by blank lines."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    usual = statistics.median(len(line) for line in lines)
    out: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        bullet = _BULLET.match(line)
        if bullet:
            line = line[bullet.end() :]
        if not current:
            current = line
        elif re.fullmatch(r"[A-Z]", current) and line[:1].islower():
            current += line  # a drop capital: "T" + "he legal basis…"
        elif bullet or (_ENDS_SENTENCE.search(current) and len(lines[i - 1]) < SHORT_LINE * usual):
            out.append(current)
            current = line
        else:
            current = f"{current} {line}"
    out.append(current)
    return "\n\n".join(p.strip() for p in out if p.strip())
