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
# A footer that ends with the page number after a separator: "Ximena L. Thornbury - Section 504 Plan - page 2".
_PAGE_TAIL = re.compile(r"\s[-–—|•·]\s*page\s+\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.I)
_BULLET = re.compile(r"^(■+|●|•|▪|◦|o\s|–\s|-\s|\u2022|\uf0b7|\uf0a7)\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;”\"')]$")
# Back matter: the heading that opens a list of references or notes, and what an entry looks like
_BACK_MATTER_NAMES = r"references|bibliography|works cited|endnotes|notes|sources"
_BACK_MATTER = re.compile(rf"^({_BACK_MATTER_NAMES})\b:?\s*", re.I)
_BACK_MATTER_HEADING = re.compile(rf"(?:table of )?contents|(?:{_BACK_MATTER_NAMES}):?", re.I)
_ENTRY_START = re.compile(
    r"^(\d{1,3}\.?\s|\([A-Za-z0-9]{1,3}\)\s|ibid\b|id\."  # a note number, "(B) ", "Ibid.", "Id."
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,\s(?:[A-Z][a-z]+\s)?(?:[A-Z]\.\s?)+)"  # "Carter, B. B.", "Waddell, Cynthia D."
)
_ENTRY_MARK = re.compile(r"\b(1[89]|20)\d\d[a-z]?\b|https?://|www\.|\bRetrieved\b|\bId\.|\bIbid\b")
_LEADER = re.compile(r"(?:\s?\.){6,}\s*(\d*)")
ENTRY_WORDS = 40  # a reference or note has a year or a web address at least every this many words


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
            if not (i in edges and (_signature(line) in repeated or _PAGE_NUMBER.match(line.strip()) or _PAGE_TAIL.search(line)))
        ]
        out.append("\n".join(kept))
    return out


def drop_edge_lines(text: str, unwanted: set[str]) -> str:
    """Remove top or bottom lines equal to one of `unwanted` (a chapter's running header)."""
    lines = text.split("\n")
    wanted = {_signature(u) for u in unwanted}
    edges = set(_edges(lines))
    return "\n".join(line for i, line in enumerate(lines) if not (i in edges and _signature(line) in wanted))


def _is_entry(paragraph: str) -> bool:
    """One reference or note: it starts like one, carries a year or an address for every
    ENTRY_WORDS words, or (starting in lower case) is the end of one cut by a page break."""
    marks = len(_ENTRY_MARK.findall(paragraph))
    return bool(_ENTRY_START.match(paragraph) or paragraph[:1].islower()) or marks * ENTRY_WORDS >= len(paragraph.split())


def _is_contents(paragraph: str) -> bool:
    """A table of contents: dot leaders, most of them ending in a page number."""
    leaders = _LEADER.findall(paragraph)
    numbered = sum(1 for number in leaders if number)
    return numbered >= 3 and numbered * 2 >= len(leaders)


def is_back_matter(heading: str) -> bool:
    """A heading over contents, references or notes rather than text."""
    return bool(_BACK_MATTER_HEADING.fullmatch(heading.strip()))


def drop_back_matter(pages: list[str]) -> list[str]:
    """Remove a table of contents and the lists of references or notes from pages of paragraphs.

    A list starts at a "References" / "Endnotes" / "Notes" heading and runs, across pages, as long
    as its paragraphs look like entries (a note number, "Author, A.", a year, a web address); the
    first paragraph of ordinary prose ends it. A citation is not guidance, so an answer should
    never be made of one."""
    out = []
    listing = False
    for page in pages:
        kept = []
        for paragraph in page.split("\n\n") if page else []:
            if _is_contents(paragraph):
                continue
            heading = _BACK_MATTER.match(paragraph)
            if heading and (paragraph[heading.end() :] == "" or _is_entry(paragraph[heading.end() :])):
                listing = True
                continue
            if listing and _is_entry(paragraph):
                continue
            listing = False
            kept.append(paragraph)
        out.append("\n\n".join(kept))
    return out


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
