"""A parent's own IEP, read and checked on this machine: its sections in document order, the
services, goals and dates in it, a checklist against what federal rules say an IEP must
contain, and questions answered by quoting the document itself.

Everything here is deterministic and works on text only; nothing is stored, logged or added to
the guidance library. The file is parsed by the ingest loaders (a PDF page by page, a Word file
by headings), from a temporary folder that is removed as soon as the text is read. No Streamlit.

Places in the document are pages: a PDF's own, and for a Word file the pages counted from the
page breaks saved in it. A Word file that records no page break is cited by section heading."""

from __future__ import annotations

import itertools
import math
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.errors import DocumentError
from assistant.questions import joined_questions, opens_asking
from assistant.text import normalize, tokenize

# -- what the document holds ------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """Words copied verbatim from the IEP, and where they are."""

    text: str
    page: int | None = None
    section: str = ""
    heading: bool = field(default=False, compare=False)  # styled as a heading in the file (Word)

    @property
    def where(self) -> str:
        if self.page is not None:
            return f"page {self.page}"
        return f"section “{self.section}”" if self.section else "the opening of the document"


@dataclass(frozen=True)
class IEPSection:
    """A part of the IEP under one heading. `kind` is one of SECTION_KINDS (or "other")."""

    kind: str
    heading: str
    pages: tuple[int, ...]
    lines: tuple[Quote, ...]

    @property
    def label(self) -> str:
        return SECTION_LABELS.get(self.kind, self.heading)

    @property
    def text(self) -> str:
        return "\n".join(q.text for q in self.lines)

    @property
    def where(self) -> str:
        if not self.pages:
            return f"section “{self.heading}”"
        first, last = self.pages[0], self.pages[-1]
        return f"page {first}" if first == last else f"pages {first}–{last}"


@dataclass(frozen=True)
class Service:
    """One service with what the IEP says about how often, how long and where."""

    name: str
    kind: str  # "special education" or "related"
    frequency: str
    duration: str
    location: str
    quote: Quote

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(
            n for n, v in (("frequency", self.frequency), ("duration", self.duration), ("location", self.location)) if not v
        )


@dataclass(frozen=True)
class Goal:
    number: int
    text: str
    criterion: str  # the words that make it measurable ("80% accuracy", "4 of 5 trials"); "" when none
    quote: Quote

    @property
    def measurable(self) -> bool:
        return bool(self.criterion)


@dataclass(frozen=True)
class KeyDate:
    kind: str  # one of DATE_LABELS
    value: date
    quote: Quote

    @property
    def label(self) -> str:
        return DATE_LABELS[self.kind]


@dataclass(frozen=True)
class IEPDocument:
    """An uploaded IEP as read: nothing here is written anywhere."""

    name: str
    kind: str  # "pdf" or "docx"
    pages: int | None
    lines: tuple[Quote, ...]
    sections: tuple[IEPSection, ...]
    services: tuple[Service, ...]
    goals: tuple[Goal, ...]
    dates: tuple[KeyDate, ...]
    age: int | None
    age_quote: Quote | None = None

    def section(self, kind: str) -> IEPSection | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def has(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.sections)

    def date(self, kind: str) -> KeyDate | None:
        return next((d for d in self.dates if d.kind == kind), None)

    @property
    def passages(self) -> tuple[Quote, ...]:
        """The lines a question can be answered from, headings left out, in document order."""
        return tuple(q for s in self.sections for q in s.lines)


# -- reading the file -----------------------------------------------------------------


class ScannedPDFError(DocumentError):
    """A PDF with pictures of pages and no text layer."""


SCANNED_MESSAGE = (
    "This PDF looks like a scan: it holds pictures of the pages but no text this app can read. "
    "Ask the school for the IEP as a text PDF or a Word file, or run the scan through a text "
    "recognition (OCR) tool first, then upload it again."
)
SUPPORTED = (".pdf", ".docx")


def read_iep(name: str, data: bytes, *, max_bytes: int | None = None) -> IEPDocument:
    """Read an uploaded IEP. The bytes are written to a private temporary folder only for the
    loaders to read, and the folder is removed before this returns. Raises DocumentError (or
    ScannedPDFError) with a message for the parent."""
    suffix = Path(name.replace("\\", "/")).suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError("upload the IEP as a PDF or a Word (.docx) file")
    if not data.strip():
        raise DocumentError("the file is empty")
    if max_bytes is not None and len(data) > max_bytes:
        raise DocumentError(f"the file is {len(data) / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB limit")
    with tempfile.TemporaryDirectory(prefix="iep-guide-") as folder:
        path = Path(folder) / f"iep{suffix}"
        path.write_bytes(data)
        lines, pages = _pdf_lines(path) if suffix == ".pdf" else _docx_lines(path)
    if not lines:
        raise DocumentError("no readable text found in the file")
    return analyse(name, suffix.lstrip("."), lines, pages)


def _pdf_lines(path: Path) -> tuple[list[Quote], int]:
    from ingest.pdf import MIN_TEXT_CHARS, _open, _page_texts
    from ingest.pdf_layout import drop_repeated_edges

    try:
        reader = _open(path)
        read = [_with_table_rows(text, page) for text, page in zip(_page_texts(reader), reader.pages)]
        pages = drop_repeated_edges([text for text, _ in read])
    except DocumentError:
        raise
    except Exception as exc:  # a parser library failing on malformed input
        raise DocumentError(f"could not read the PDF: {exc}") from exc
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_CHARS:
        raise ScannedPDFError(SCANNED_MESSAGE)
    out: list[Quote] = []
    for number, (text, (_, rows)) in enumerate(zip(pages, read), start=1):
        out += [Quote(line, page=number) for line in _rejoin(text.split("\n"), rows)]
    return out, len(pages)


def _with_table_rows(text: str, page) -> tuple[str, set[str]]:
    """A page's text with each row of a bordered table on one line, its cells joined by " — " as a
    Word table's are, and the rows so made. The cells are the rectangles the page draws; a cell's
    text, however many lines it wraps onto, is the text inside its rectangle. A page without such
    a table, or a row whose words cannot be found in the page's text, is left as it was."""
    runs: list[tuple[float, float, str]] = []
    boxes: list[tuple[float, float, float, float]] = []

    def text_run(run: str, cm, tm, font, size) -> None:
        if run.strip():
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, run))

    def operator(op: bytes, args, cm, tm) -> None:
        if op == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)
            x, y = x * cm[0] + cm[4], y * cm[3] + cm[5]
            w, h = w * cm[0], h * cm[3]
            if w < 0:
                x, w = x + w, -w
            if h < 0:
                y, h = y + h, -h
            if w > 5 and 5 < h < 200:
                boxes.append((x, y, w, h))

    try:
        page.extract_text(visitor_text=text_run, visitor_operand_before=operator)
    except Exception:  # positions are a help, not a need
        return text, set()
    found: set[str] = set()
    rows: dict[tuple[float, float], list[tuple[float, float, float, float]]] = {}
    for box in boxes:
        rows.setdefault((round(box[1]), round(box[3])), []).append(box)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    for cells in rows.values():
        if len(cells) < 2:
            continue
        cells.sort()
        inside = [[r for r in runs if x - 1 <= r[0] <= x + w and y - 1 <= r[1] <= y + h] for x, y, w, h in cells]
        texts = [" ".join(" ".join(r[2].split()) for r in sorted(cell, key=lambda r: (-r[1], r[0]))) for cell in inside]
        if sum(1 for t in texts if t) < 2:
            continue
        # the row's lines in the page's text: the run of lines made of the row's words, no more
        words = Counter(" ".join(texts).split())
        for start in range(len(lines)):
            seen: Counter[str] = Counter()
            end = start
            while end < len(lines) and sum(seen.values()) < sum(words.values()):
                seen.update(lines[end].split())
                end += 1
            if seen == words:
                lines[start:end] = [" — ".join(texts)]
                found.add(lines[start])
                break
    return "\n".join(lines), found


_ENDS = re.compile(r"[.!?:;]$")
_JOINING_WORDS = {"the", "a", "an", "of", "in", "to", "and", "or", "with", "for", "at", "on", "by", "as", "is", "are", "will"}
# A list item's start: "1. ", "a) ", a bullet of any kind ("- ", "• ", "▪ ", "o " as Word's bullet
# font prints in a PDF, a private-use bullet glyph), or "Goal".
_BULLETS = "-•*▪◦■●‣–\uf0b7\uf0a7\uf076\uf0d8"
_STARTS_ITEM = re.compile(
    r"^(?:\d{1,2}[.)]\s|[a-h][.)]\s|[-*–]\s|[•▪◦■●‣\uf0b7\uf0a7\uf076\uf0d8]\s*(?=\S)"
    r"|o\s+(?=[A-Za-z0-9]))"
)
_STARTS_ITEM_CI = re.compile(r"^goal\b", re.I)


def _rejoin(raw: list[str], rows: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """A PDF page's lines, with lines that wrap (a paragraph, a table cell) joined again.
    A line continues the one before when that one ends mid-phrase and this one starts in lower
    case or with a number (a table row's next cells), when that one ran to the full width
    and stopped on a word like "the" or "of", or on any word at the very full width (a paragraph
    that wrapped before a name or a date), or when this one is a few words with no number after
    a table row with numbers in it (a cell that wrapped: "Special education teacher" after
    "Specialized reading instruction 45 minutes 5 times per week Resource room"). A table's row read
    from its cells (rows) is whole: it joins nothing and nothing joins it."""
    lines = [" ".join(line.split()) for line in raw]
    lines = [line for line in lines if line]
    if not lines:
        return []
    width = max((len(line) for line in lines if line not in rows), default=0)
    out: list[str] = []
    last = ""  # the line before, as it was on the page (before joining)
    table = False  # under a table's header row, where each line starting with a number is a new row
    for line in lines:
        prev = out[-1] if out else ""
        new_row = table and line[:1].isdigit() and bool(re.search(r"\d", prev))
        item = bool(_STARTS_ITEM.match(line) or _STARTS_ITEM_CI.match(line))
        value = prev.endswith(":") and len(line.split()) <= 3 and not item and not _ENDS.search(line)
        joins = (
            line not in rows
            and prev not in rows
            and (
                value
                or prev
                and not _ENDS.search(prev)
                and not item
                and not _heading_kind(prev)
                and not (line[:1].isupper() and _heading_kind(line))
                and not new_row
                and (
                    line[:1].islower()
                    or line[:1].isdigit()
                    or (len(last) >= 0.8 * width and prev.rsplit(None, 1)[-1].lower() in _JOINING_WORDS)
                    or len(last) >= 0.9 * width
                    or (_capitals(prev) and _capitals(line) and len(prev.split()) >= 8)  # a long capitals title, wrapped
                )
            )
        )
        if _is_header_row(line):
            table = True
        elif _ENDS.search(line) or len(line.split()) > 16 or _heading_kind(line) or _capitals(line):
            table = False
        last = line
        if joins:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    joined: list[str] = []
    for line in out:
        if joined and joined[-1] not in rows and _wrapped_cell(joined[-1], line) and not _heading_kind(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_LABELLED = re.compile(r"^[A-Z][\w /'()&-]{0,40}:\s+\S")  # "Based on: …", "Case manager: …"


def _wrapped_cell(row: str, line: str) -> bool:
    """Whether a line is the wrapped end of a table row's cell: a few words with no number or
    stop, after a row of several cells that holds a number (minutes, a date) and is not a
    sentence, nor a label with its value ("Based on: FBA, completed 12-19-25" before the heading
    "Target Behaviors"). A short row of a two-column table ("Grade 3") is followed by its next row."""
    return (
        bool(re.search(r"\d", row))
        and not _LABELLED.match(row)
        and not row.endswith((".", "!", "?"))  # a sentence ended
        and not re.search(r"\d", line)
        and len(line.split()) <= 4
        and not _ENDS.search(line)
        and 7 <= len(row.split()) <= 16
    )


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_block_pages(path: Path) -> list[tuple[str, int]]:
    """(text, page) for each paragraph and table row of a Word file, in order, with pages counted
    from the page breaks saved in it: explicit breaks, "page break before" paragraphs and the
    breaks Word records where it last laid out a page. Never more than one break between two
    pieces of text (Word records a laid-out break right after an explicit one)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from ingest.cleanup import flatten, repair
    from ingest.docx import row_cells

    page, broke = 1, True  # nothing before the first text can start a second page
    out: list[tuple[str, int]] = []

    def walk(element) -> int:
        """The page the element's text starts on; moves `page` past its breaks."""
        nonlocal page, broke
        start = None
        for node in element.iter():
            tag = node.tag
            is_break = (
                (tag == f"{_W}br" and node.get(f"{_W}type") == "page")
                or tag == f"{_W}lastRenderedPageBreak"
                or (tag == f"{_W}pageBreakBefore" and node.get(f"{_W}val", "true") not in ("0", "false"))
            )
            if is_break and not broke:
                page, broke = page + 1, True
            elif tag == f"{_W}t" and (node.text or "").strip():
                broke = False
                start = page if start is None else start
        return start if start is not None else page

    for item in docx.Document(str(path)).iter_inner_content():
        if isinstance(item, Paragraph):
            first = walk(item._p)
            text = flatten(repair(item.text))
            if text:
                out.append((text, first))
        elif isinstance(item, Table):
            for row in item.rows:
                first = walk(row._tr)
                cells = row_cells(row, lambda text: flatten(repair(text)))
                if cells:
                    out.append((" — ".join(cells), first))
    return out


def _with_docx_pages(lines: list[Quote], path: Path) -> tuple[list[Quote], int | None]:
    """The loader's lines with the Word file's page numbers, when the file records page breaks."""
    try:
        blocks = _docx_block_pages(path)
    except Exception:  # pages are a nicety: without them places are section headings
        return lines, None
    if not blocks or blocks[-1][1] == 1:
        return lines, None
    out, j, page = [], 0, 1
    for quote in lines:
        for k in range(j, len(blocks)):
            if " ".join(blocks[k][0].split()) == quote.text:
                page, j = blocks[k][1], k + 1
                break
        out.append(Quote(quote.text, page, quote.section, quote.heading))
    return out, max(b[1] for b in blocks)


def _docx_lines(path: Path) -> tuple[list[Quote], int | None]:
    from ingest.loaders import load

    document = load(path, path.name)
    out: list[Quote] = []
    last_heading = None
    if document.title:
        out.append(Quote(document.title, section=document.title))
    for section in document.sections:
        heading = section.path[-1] if section.path and section.path != ("Overview",) else ""
        if heading and heading != last_heading:
            out.append(Quote(heading, section=heading, heading=True))
            last_heading = heading
        for paragraph in section.text.split("\n\n"):
            if paragraph.strip():
                out.append(Quote(" ".join(paragraph.split()), section=heading or document.title))
    return _with_docx_pages(out, path)


# -- sections -----------------------------------------------------------------------------

SECTION_LABELS = {
    "opening": "Opening and student information",
    "present_levels": "Present levels",
    "goals": "Annual goals",
    "progress": "How progress is measured and reported",
    "special_education": "Special education services",
    "related_services": "Related services",
    "accommodations": "Supplementary aids and accommodations",
    "state_tests": "Participation in state tests",
    "lre": "Time with non-disabled peers (LRE)",
    "esy": "Extended school year",
    "transition": "Transition (age 16+)",
    "dates": "Dates",
}
EXPECTED = tuple(k for k in SECTION_LABELS if k not in ("opening", "dates"))

# First match wins, so the narrow patterns come first.
_SECTION_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple(
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("esy", r"extended school year|\besy\b"),
        ("transition", r"transition|post-?secondary"),
        (
            "state_tests",
            r"\bstate\b.*\b(assessments?|tests?|testing)\b|statewide"
            r"|district(wide)? assessments?|assessment participation",
        ),
        ("progress", r"\bprogress\b"),
        ("related_services", r"^related services"),
        # "Section 8. Special Education, Related Services and Supplementary Aids": the services grid
        ("special_education", r"\bspecial education,? (?:and )?related services\b"),
        ("accommodations", r"accommodations?|supplementary aids|modifications"),
        ("special_education", r"special education (and related )?services|specially designed instruction|\bservices?\b"),
        ("lre", r"least restrictive|\blre\b|non-?disabled|placement|(?:educational|instructional) (?:setting|environment)"),
        ("present_levels", r"present levels?|plaafp|\bplep\b|current (levels|performance)"),
        ("goals", r"\bgoals?\b"),
        ("behavior", r"behaviou?r(?:al)? (?:intervention|support) plan|\bbip\b|behaviou?r plan"),
        ("dates", r"^(important |iep |key )?dates?\b|meeting information|^iep information\b"),
    )
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
_MONTH_WORD = _MONTHS + r"[a-z]*\.?"
_DATE_TEXT = (
    r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}"
    rf"|{_MONTH_WORD} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"  # October 3, 2026; Oct. 3rd, 2026
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_WORD},? \d{{4}}"
    rf"|\d{{1,2}}[- ]{_MONTHS}[- ]\d{{4}}"
)  # 3 October 2026; 08-Feb-2027, as many IEP programs print it
_DATE = re.compile(_DATE_TEXT, re.I)


def _heading_kind(line: str, styled: bool = False) -> str | None:
    """The kind of section a heading line starts, or None when the line is not a heading. A line
    styled as a heading in a Word file needs only to be short ("5. OFFER OF FAPE — SERVICES")."""
    text = line.strip()
    if styled:
        if not 0 < len(text) <= 120 or _is_header_row(text):
            return None
    elif not _is_heading(text) or _is_header_row(text):
        return None
    text = _NUMBERING.sub("", text)
    return next((kind for kind, pattern in _SECTION_PATTERNS if pattern.search(text)), None)


def _capitals_heading(line: str) -> bool:
    """A heading of any kind printed in capitals ("TRANSPORTATION", "9. CONSENT AND SIGNATURES"):
    a PDF keeps no heading styles, so a short line in capitals stands for one."""
    text = line.strip()
    return (
        _capitals(text)
        and len(text.split()) <= 10
        and not _ENDS.search(text)
        and not text.endswith(",")
        and not _DATE.search(text)
        and not _is_header_row(text)
        and not _CODE_ROW.match(text)
    )


# A table's row of short codes ("Q1 — Q2 — Q3 — Q4", "SP — SP — LP"): marks under their columns, no heading.
_CODE_ROW = re.compile(r"^\s*[A-Z0-9+/.-]{1,4}(?:\s+—\s+[A-Z0-9+/.-]{1,4})+(?:\s+—)*\s*$")  # "SP — LP —": a blank cell
# A legend's line: a code, then what it means ("LP — Limited Progress — …", "MP = Making progress").
_LEGEND_LINE = re.compile(r"^\s*([A-Z][A-Z+/-]{0,3})\s*(?:—|–|=|:|-)\s*[A-Z][a-z]")
LEGEND_MIN = 3  # codes a key to a report's marks spells out, at least


# "3. ", "Section 4: ", "PART IV - ", "B) " before a heading's words
_NUMBERING = re.compile(
    r"^(?:(?:section|part)\s+)?(?:\d{1,2}|[ivx]{1,5}|[a-h])\s*[.):—-]\s*|^(?:section|part)\s+(?:\d{1,2}|[ivx]{1,5})\s+", re.I
)


# "Section 4. Parent/Guardian Input and Concerns", "Part III: Eligibility": a heading in a PDF, whatever its words.
_SECTION_NUMBER = re.compile(r"^(?:section|part)\s+(?:\d{1,2}|[ivx]{1,5}|[a-h])\s*[.):—-]\s+\w", re.I)


# The names of an IEP's parts that no section kind covers, printed as a title in a PDF ("Parent and
# Student Concerns", "Evaluation Results and Eligibility"): a heading, though no style says so.
_PART_NAME = re.compile(
    r"\bconcerns?\b|\binput\b|\bjustification\b|\brationale\b|\btriggers?\b|\bsignatures?\b|\bamendments?\b"
    r"|\bstrengths\b|\beligibility\b|\bevaluation results\b|\bhealth plan\b|\bemergency\b|\bconsent\b"
    r"|\bqualifying\b|\bimpairments?\b|\bmajor life activit"
    r"|\bplan\b|\bfactors\b|\bconsidered\b|\bconsiderations\b|\binformation\b|\bsummary\b|\bnotes\b|\bcontacts\b"
    r"|\bparticipants\b|\bmembers\b|\bhistory\b|\bprocedures?\b|\bsupports\b|\bneeds\b|\battachment\b|\bappendix\b",
    re.I,
)


def _titled(text: str) -> bool:
    """A line in title case: two words or more, each of four letters or more capitalised, and no
    "Label: value" ("Secondary Disability: Other Health Impairment" is a field, not a title)."""
    long_words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 4]
    return (
        len(text.split()) >= 2 and ":" not in text.rstrip(": ") and bool(long_words) and all(w[0].isupper() for w in long_words)
    )


def _is_heading(text: str) -> bool:
    # a note after a heading is no part of it: "Section 7. Postsecondary Transition Plan (required by age 16; …)"
    text = _TRAILING_NOTE.sub("", text) or text
    return (
        0 < len(text) <= 80
        and len(text.split()) <= 10
        and not _ENDS.search(text)
        and not text.endswith(",")
        and " — " not in text
        and not _DATE.search(text)
        and not re.match(r"^goal\s*#?\d", text, re.I)
        and not _TWO_CELLS.search(text)
        and not _LETTERHEAD.search(text)
        and not _FIELD_VALUE.search(text)
        and not re.search(r"\w: [^:]*\d", text)  # "LRE Category: Regular class 40–79% of day" is a field with its value
        and not _FIELD_PROSE.match(text)  # "Progress Reporting Frequency: Quarterly, with district report cards"
        and not re.match(r"[•▪◦●*-]\s", text)  # a bulleted line is a list's member ("• 2-minute warning before transitions")
        # a choice on the form, made ("☐ Eligible for ESY ☒ Not eligible for ESY") or left open ("☐ Behavior
        # intervention plan (team determined not needed)")
        and not _BOX.search(text)
    )


# A field whose value reads as prose (a comma, or a word in lower case), not a part's title after its
# number ("Section 4: Parent Input and Concerns", "Attachment A: Health Plan").
_FIELD_PROSE = re.compile(
    r"^(?!(?i:section|part|attachment|appendix|exhibit|step|page)\b)[^:]{3,50}:\s+\S(?:.*,|.*\b[a-z]{3,}\b)"
)
_TRAILING_NOTE = re.compile(r"\s*\([^()]{3,}\)\s*$")
# A ticked box: "☒", "☑", "[X]", "[✓]" (an empty "☐" or "[ ]" is a choice not made).
_TICKED = r"[☒☑]|\[\s*[xX✓✔]\s*\]"
_TICKED_BOX = re.compile(_TICKED)
_BOX = re.compile(r"☐|\[\s*\]|" + _TICKED)  # a box on a form, ticked or not
# A form's field with its value on the same line ("ESY Eligible: No", "Behavior plan: ☒ Yes"), not a heading.
_FIELD_VALUE = re.compile(r"[\w)]:\s*(?:yes|no|n/a|none|not\b|\[|[☒☐☑]|\d)", re.I)
# A lower-case word, then a capitalised one that is not a name's next word: two table cells read
# as one line ("Small group setting State assessments"), not a heading ("Participation in State
# Assessments", "Special education services").
# The district's or school's name at the top of a page ("Harbor View School District - Office of
# Student Services"), not the start of a section.
_LETTERHEAD = re.compile(
    r"\b(?:school district|public schools|community schools|unified|department|office of)\b.*\s[-–—]\s"
    r"|\s[-–—]\s.*\b(?:school district|public schools|community schools|department|office of)\b",
    re.I,
)
_TWO_CELLS = re.compile(r"\b(?!(?:with|from|into|about|over|under|after|before)\b)[a-z]{4,}\s+[A-Z][a-z]+\b")


def find_sections(lines: Sequence[Quote]) -> list[IEPSection]:
    """The IEP's sections in document order; text before the first recognised heading is the
    opening. A Word heading of no known kind ("Parent Input") starts a section of kind "other"."""
    sections: list[IEPSection] = []
    current: dict = {"kind": "opening", "heading": "", "page": None, "body": []}

    def close() -> None:
        body = current["body"]
        if not body and current["kind"] == "opening":
            return
        pages = [current["page"]] if current["page"] is not None else []
        pages += [q.page for q in body if q.page is not None]
        heading = current["heading"] or SECTION_LABELS.get(current["kind"], "")
        sections.append(IEPSection(current["kind"], heading, tuple(dict.fromkeys(pages)), tuple(body)))

    for quote in lines:
        named = _capitals_heading(quote.text) or (
            (_SECTION_NUMBER.match(quote.text) or (_titled(quote.text) and _PART_NAME.search(quote.text)))
            and _is_heading(quote.text)
        )
        kind = _heading_kind(quote.text, styled=quote.heading) or (
            "other" if quote.heading or (named and (sections or current["body"])) else None
        )  # the document's first line is its title, not a section
        if kind:
            close()
            current.update(kind=kind, heading=quote.text, page=quote.page, body=[])
        else:
            current["body"].append(quote)
    close()
    return sections


# -- services, goals, dates ----------------------------------------------------------------

_COUNT = r"(?:\d+|one|two|three|four|five|six)"
_PERIOD = r"(?:school\s+)?(?:day|week|wk|month|mo|quarter|semester|year|grading period|nine weeks|six weeks)"
_FREQUENCY = re.compile(
    rf"\b\d+\s*x\s*\d+\s*(?:minutes?|mins?)\s*(?:/|per|a|each)\s*{_PERIOD}\b"  # "2x30 min/wk"
    rf"|\b(?:{_COUNT}\s*(?:x|times?|sessions?)|once|twice)\s*(?:per|a|an|each|every|/)\s*{_PERIOD}\b"
    rf"|\b{_COUNT}\s*x\s*(?:wk|week|mo|month|day)\b"  # "2x wk"
    rf"|\b(?:{_COUNT}\s*(?:x|times?|sessions?)\s*|once\s+|twice\s+)?(?:every|each)\s+(?:other\s+)?(?:{_COUNT}\s+)?"
    r"(?:school\s+)?(?:days?|weeks?|months?|grading periods?)\b"  # "every other week", "once every 6 weeks"
    rf"|\b(?:{_COUNT}\s*(?:x|times?)\s*)?(?:daily|weekly|bi-?weekly|monthly|quarterly|yearly)\b"  # "4 x weekly"
    rf"|\bevery\s+(?:{_COUNT}\s+)?(?:hours?|minutes?|mins?)\b",  # "scheduled toileting every 2 hours"
    re.I,
)
# "60 minutes per week", "240 min/week"
_RATE = re.compile(r"\b(?:per|a|each|every)\s*(?:school\s+)?(?:day|week|month)\b|/\s*(?:day|week|wk|month|mo)\b", re.I)
_DURATION = re.compile(r"(?:\b|(?<=\dx))\d+(?:\.\d+)?\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b", re.I)
_PLACE_WORDS = ("classroom", "room", "center", "office", "lab", "setting", "library", "clinic", "gym", "class")
_PLACE = re.compile(r"\b(?:%s)s?\b" % "|".join(_PLACE_WORDS), re.I)
_NOT_PLACE = {
    "in",
    "at",
    "the",
    "a",
    "an",
    "for",
    "and",
    "of",
    "per",
    "with",
    "to",
    "by",
    "on",
    "minutes",
    "minute",
    "week",
    "weekly",
    "month",
    "day",
    "times",
    "time",
    "—",
    "-",
    "will",
    "receive",
    "his",
    "her",
    "their",
}
_RELATED = (
    ("Speech-language therapy", r"speech(?:[- ]language)?(?: therapy| services)?|\bslp\b"),
    ("Occupational therapy", r"occupational therapy|\bot\b"),
    ("Physical therapy", r"physical therapy|\bpt\b"),
    ("Counseling", r"counseling"),
    ("Social work services", r"social work"),
    ("Psychological services", r"psychological"),
    ("Audiology", r"audiolog"),
    ("Orientation and mobility", r"orientation (?:and|&) mobility|\bo ?& ?m\b|\bmobility\b|\bcane\b"),
    ("Vision service", r"\bvision (?:services?|therapy|support)\b|\bteacher of the visually impaired\b|\btvi\b"),
    ("School health and nursing services", r"nursing|health services"),
    ("Transportation", r"transportation"),
    ("Interpreting services", r"interpret"),
    ("Parent counseling and training", r"\bparent (?:counseling|training|education)\b"),
)
# A line that mentions a service without listing it names it in full: "speech" alone is also a
# deaf student's "no usable hearing for speech" or a "speech-to-text" tool.
_MENTIONED = {
    "Speech-language therapy": r"speech[- ](?:and[- ])?language|speech (?:therapy|services?|sessions?|patholog)|\bslp\b",
}
_INSTRUCTION = re.compile(r"\b((?:[A-Za-z-]+\s+){0,3}(?:instruction|support|tutoring|co-?teaching|intervention))\b", re.I)
_HEADER_ROW = re.compile(
    r"^(?:service|services)\b.*\bfrequency\b"
    r"|^(?:activity|accommodation|modification|goal|date|item|area)s?(?: — [A-Za-z ]{1,20}){1,4}$",
    re.I,
)
_LEAD = re.compile(r"^(?:\w+\s+will\s+(?:receive|get|have)\s+)", re.I)
# The words a table's header row is made of, in any order ("Frequency | Service | Duration | Setting").
_COLUMN_WORDS = {
    "service",
    "services",
    "svc",
    "type",
    "frequency",
    "freq",
    "duration",
    "dur",
    "minutes",
    "mins",
    "min",
    "time",
    "amount",
    "sessions",
    "location",
    "loc",
    "setting",
    "place",
    "provider",
    "providers",
    "staff",
    "responsible",
    "person",
    "start",
    "begin",
    "begins",
    "end",
    "ends",
    "date",
    "dates",
    "initiation",
    "name",
    "role",
    "position",
    "title",
    "signature",
    "signed",
    "agree",
    "disagree",
    "activity",
    "activities",
    "accommodation",
    "accommodations",
    "modification",
    "modifications",
    "support",
    "supports",
    "subject",
    "area",
    "goal",
    "by",
    "when",
    "used",
    "it",
    "is",
    "of",
    "and",
    "or",
    "per",
    "week",
    "month",
    "total",
    "student",
    "grade",
    "campus",
    "school",
    "purpose",
    "meeting",
    "ard",
    "attendance",  # "Name — Role — Attendance": who came to the meeting
    "attended",
    "present",
    "impairment",  # a 504 plan's "Impairment — Major Life Activities Substantially Limited — Source of Information"
    "impairments",
    "disability",
    "condition",
    "diagnosis",
    "major",
    "life",
    "substantially",
    "limited",
    "source",
    "information",
    "training",  # "Name — Role — Training — Date": the staff trained for a health plan
    "trained",
    "completed",
    "phone",  # "Name — Relationship — Phone": a plan's emergency contacts
    "email",
    "relationship",
    "contact",
}
_CONNECTORS = {"and", "or", "of", "by", "it", "is", "when", "used", "per"}
# Which column of a services table holds what, from the words of its header cell.
_COLUMNS = (
    ("name", re.compile(r"\b(?:services?|svc|type|activity)\b", re.I)),
    ("frequency", re.compile(r"\bfreq(?:uency)?\b|\bsessions\b|\bper\b", re.I)),
    ("duration", re.compile(r"\bdur(?:ation)?\b|\bmin(?:ute)?s?\b|\btime\b|\bamount\b", re.I)),
    ("location", re.compile(r"\blocation\b|\bloc\b|\bsetting\b|\bplace\b", re.I)),
)


def _is_header_row(text: str) -> bool:
    """A table's header row: its cells are column labels only ("Name — Role — Date signed",
    "Frequency Service Duration Setting"), in whatever order the form puts them."""
    if _HEADER_ROW.match(text):
        return True
    cells = text.split(" — ")
    words = re.findall(r"[a-z]+", text.lower())
    labels = set(words) - _CONNECTORS
    if len(cells) < 2 and len(labels) < 3:  # "Accommodations and Modifications" is a heading
        return False
    return bool(labels) and not re.search(r"\d", text) and all(w in _COLUMN_WORDS for w in words)


def _columns(header: str) -> dict[str, int]:
    """{"name": 1, "frequency": 0, ...}: the column of each part of a service in a Word table's
    header row (cells joined by " — "). A cell may hold two ("Freq/Dur")."""
    out: dict[str, int] = {}
    for i, cell in enumerate(header.split(" — ")):
        for part, pattern in _COLUMNS:
            if part not in out and pattern.search(cell):
                out[part] = i
    return out


_DELIVERY = re.compile(r"\b(?:pull[- ]out|push[- ]in|co-?taught|inclusion)\b", re.I)


def _location(text: str) -> str:
    """The place a service is given ("Speech room", "the learning center" -> "learning center",
    or how it is delivered: "pull-out", "push-in")."""
    matches = list(_PLACE.finditer(text))
    if not matches:
        delivery = _DELIVERY.search(text)
        return delivery.group(0)[:1].upper() + delivery.group(0)[1:] if delivery else ""
    match = matches[-1]
    words = re.findall(r"[\w'-]+|—", text[: match.start()])
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _NOT_PLACE or word.isdigit() or len(kept) == 3:
            break
        kept.insert(0, word)
    place = " ".join(kept + [match.group(0)])
    return place[:1].upper() + place[1:]


def _service_name(text: str) -> tuple[str, str] | None:
    """(name, kind) of the service a line is about, or None."""
    body = _TOOLS.sub(" ", _LEAD.sub("", text))  # "text-to-speech software" is a tool, not speech therapy
    # the service the line names first: "Parent training ... by the speech-language pathologist" is parent training
    named = [(m.start(), name) for name, pattern in _RELATED if (m := re.search(pattern, body, re.I))]
    if named:
        return min(named)[1], "related"
    match = _INSTRUCTION.search(body)
    if match:
        words = [w for w in match.group(1).split() if w.lower() not in _NOT_PLACE]
        name = " ".join(words)
        return name[:1].upper() + name[1:], "special education"
    head = re.split(r"\s+—\s+|:", body, maxsplit=1)[0].strip()
    if head and head != body and len(head.split()) <= 6:
        return head, "special education"
    return None


def _by_columns(text: str, columns: dict[str, int]) -> dict[str, str]:
    """A Word table row's cells by what its header says they hold (name, frequency, duration,
    location); {} when the row does not have the header's cells."""
    cells = text.split(" — ")
    if "name" not in columns or len(cells) <= max(columns.values()):
        return {}
    return {part: cells[i] for part, i in columns.items()}


def find_services(sections: Sequence[IEPSection]) -> list[Service]:
    """Services listed in the special education and related services sections. A Word table's
    cells are read by its header row, whatever the order of its columns."""
    services: list[Service] = []
    for section in sections:
        if section.kind not in ("special_education", "related_services"):
            continue
        columns: dict[str, int] = {}
        for quote in section.lines:
            text = quote.text
            if _is_header_row(text):
                columns = _columns(text)
                continue
            cells = _by_columns(text, columns) if " — " in text else {}
            if not cells:
                columns = {} if " — " not in text else columns
            named = _service_name(cells["name"]) if cells else _service_name(_without_amounts(text))
            if cells and named is None and cells["name"].strip():
                named = (cells["name"].strip(), "special education")
            where = cells.get("frequency", text) if cells else text
            frequency = _FREQUENCY.search(where) or _RATE.search(where)
            duration = _DURATION.search(cells.get("duration", text) if cells else text)
            if named is None or not (named[1] == "related" or frequency or duration or ":" in text or " — " in text):
                continue
            name, kind = named
            if section.kind == "related_services":
                kind = "related"
            services.append(
                Service(
                    name=name,
                    kind=kind,
                    frequency=frequency.group(0) if frequency else "",
                    duration=duration.group(0) if duration else "",
                    location=_location(cells["location"]) or cells["location"] if "location" in cells else _location(text),
                    quote=quote,
                )
            )
    return services


def _without_amounts(text: str) -> str:
    """A service line without its leading frequency and anything from its first duration on:
    "4 x weekly Dyslexia intervention 45 minutes Dyslexia room" -> "Dyslexia intervention"."""
    text = text.lstrip(_BULLETS + " ")
    first = _FREQUENCY.match(text)
    body = text[first.end() :].strip() if first else text
    duration = _DURATION.search(body)
    return body[: duration.start()].strip(" —-:") if duration and duration.start() > 0 else body


_GOAL = re.compile(r"^(?:annual\s+|measurable\s+)?goal\s*#?\s*(\d{1,2})\s*[:.)—-]\s*(.*)$|^(\d{1,2})[.)]\s+(.*)$", re.I)
_CRITERIA = (
    r"\d+(?:\.\d+)?\s*(?:%|percent)",
    r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b",
    r"\b\d+\s*/\s*\d+\s+(?:trials|opportunities|sessions|probes|days|attempts)",
    r"\b\d+\s+(?:words|problems|sentences|letters|sounds)(?:\s+correct)?\s+per\s+minute",
    r"\b\d+\s+consecutive\s+\w+",
    r"\bfrom\s+(?:a\s+)?(?:baseline\s+of\s+)?\d+\s+to\s+\d+",
)
_CRITERION = re.compile("|".join(f"(?:{c})" for c in _CRITERIA), re.I)


def measurable_criterion(text: str) -> str:
    """The words that make a goal measurable ("80% accuracy", "4 of 5 trials"), or ""."""
    match = _CRITERION.search(text)
    return match.group(0).strip() if match else ""


def find_goals(sections: Sequence[IEPSection]) -> list[Goal]:
    goals: list[Goal] = []
    for section in sections:
        for quote in section.lines:
            match = _GOAL.match(quote.text)
            if not match or (match.group(3) and section.kind != "goals"):
                continue  # a numbered line is a goal only under a goals heading
            number = int(match.group(1) or match.group(3))
            text = (match.group(2) or match.group(4) or "").strip()
            goals.append(Goal(number, text, measurable_criterion(text), quote))
    return goals


DATE_LABELS = {
    "meeting": "IEP meeting",
    "annual_review": "Annual review due",
    "reevaluation": "Re-evaluation due",
    "birth": "Date of birth",
}
# The names a form gives the reevaluation: Texas's FIE, Ohio's Evaluation Team Report, Michigan's MET,
# Pennsylvania's Reevaluation Report ("Next ETR Due").
_REEVALUATION = re.compile(
    r"re-?evaluation|\bre-?eval\b|triennial|three-year|\b3-yr\b|full (?:and )?individual(?: and initial)? evaluation"
    r"|\bfi(?:i)?e\b|\breed\b|\bnext (?:etr|met|rr)\b|\b(?:etr|rr) due\b|evaluation team report",
    re.I,
)
_DATE_KINDS = (
    ("birth", re.compile(r"birth|\bdob\b|born", re.I)),
    ("reevaluation", _REEVALUATION),
    (
        "annual_review",
        re.compile(
            r"annual (iep |ard )?review|next (iep|ard|review|annual)|review date|iep end|ends? on"
            r"|anticipated duration|duration of (?:the )?(?:iep|services)|(?:iep |projected )?end(?:ing)? date|expir"
            r"|meet again|review (it|this iep|the iep) (again|by|no later)"
            # "Next Compact meeting: on or before …", "Interim Review Meeting: …"
            r"|next (?:\w+ ){1,2}(?:meeting|review)\b|\b(?:interim|follow-up) review\b"
            # "Services begin March 9, 2026 and continue through 3/2/2027"
            r"|\b(?:continues?|continuing|in effect|valid|runs?|lasts?) (?:through|thru|until)\b",
            re.I,
        ),
    ),
    ("meeting", re.compile(r"meeting|iep date|date of (the )?iep|held on|written on|conference|\bmet on", re.I)),
)
_MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}


def parse_date(text: str) -> date | None:
    """A date written as 03/10/2026, 3/10/26, 03-10-2026, 2026-03-10, March 10, 2026, Mar. 10th, 2026,
    10 March 2026 or 10-Mar-2026 (None if not a real date)."""
    text = text.strip()
    try:
        if m := re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})", text):
            year = int(m.group(3))
            return date(year + 2000 if year < 100 else year, int(m.group(1)), int(m.group(2)))
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", text, re.I):
            month = _MONTHS.get(m.group(1)[:3].lower())
            return date(int(m.group(3)), month, int(m.group(2))) if month else None
        if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[- ](?:of )?([a-z]+)\.?,?[- ](\d{4})", text, re.I):
            month = _MONTHS.get(m.group(2)[:3].lower())
            return date(int(m.group(3)), month, int(m.group(1))) if month else None
    except ValueError:
        return None
    return None


def find_dates(lines: Sequence[Quote]) -> list[KeyDate]:
    """Meeting, annual review, re-evaluation and birth dates; the words just before each date
    say which it is. A date with no words before it takes its label from the line above: the
    label a PDF wrapped onto the line before ("Next triennial assessment:"), or the header cell
    over it in a table read across ("ARD meeting date" over "October 3, 2026"). The first of each
    kind counts."""
    found: dict[str, KeyDate] = {}
    above: Quote | None = None
    for quote in lines:
        start = 0
        for match in _DATE.finditer(quote.text):
            context = quote.text[start : match.start()][-80:]
            first, start = start == 0, match.end()
            value = parse_date(match.group(0))
            if value is None:
                continue
            kind = _date_kind(context)
            if kind is None and first and above is not None and above.page == quote.page and not _other_label(_cells(context)):
                label = _label_above(above.text, quote.text, match.start())
                kind = _kind_named(label)
            if kind and kind not in found:
                found[kind] = KeyDate(kind, value, quote)
        above = quote
    return [found[k] for k in DATE_LABELS if k in found]


def _date_kind(context: str) -> str | None:
    """The kind of date the words before it name, the nearest label first: in "Meeting Type:
    Annual Review — Meeting Date: 10-14-2026" the date is the meeting's."""
    cells = _cells(context)
    if _other_label(cells):
        return None  # "Plan type — Annual review — Plan start — 09/30/2026": the plan's start, not its review
    kind = next((kind for text in [*cells[-2:][::-1], context] if (kind := _kind_named(text))), None)
    if kind in ("reevaluation", "annual_review") and cells and _PAST.search(cells[-1]):
        return None  # "Last FIE — 10/05/2024": when the last one was, not when the next is due
    return kind


_PAST = re.compile(r"\b(?:last|previous|prior|most recent|completed|conducted)\b", re.I)  # "Reevaluation completed:"


# A label naming a date of another kind than those find_dates keeps: a start, a signature, a notice.
_OTHER_DATE = re.compile(r"\b(?:start|begin|initiat|effective|sign|consent|notice|given|receiv|referr|dated)\w*", re.I)


def _other_label(cells: list[str]) -> bool:
    """Whether the cell just before a date (the last of `cells`) labels it as a date of another kind
    ("IEP Start Date — …" under "Meeting Type — Annual Review": the plan's start, not the review
    named in the row above)."""
    return bool(cells) and _kind_named(cells[-1]) is None and bool(_OTHER_DATE.search(cells[-1]))


def _cells(context: str) -> list[str]:
    """The cells of the words before a date: a row's " — ", a list's "; ", a PDF's wide gaps."""
    return [c for c in re.split(r"\s+—\s+|;\s+|\s{3,}", context) if c.strip()]


def _kind_named(label: str) -> str | None:
    """The kind of date a label names ("Next annual review" -> annual_review), if any."""
    return next((k for k, pattern in _DATE_KINDS if pattern.search(label)), None)


def _label_above(above: str, line: str, at: int) -> str:
    """The words of the line above that label a value at `at` in `line`: the header cell in the
    same column of a Word table, a header row's words, or a label that ends with a colon."""
    cells, over = line.split(" — "), above.split(" — ")
    if len(cells) > 1 and len(cells) == len(over):
        return over[line[:at].count(" — ")]
    if _is_header_row(above) or above.endswith(":"):
        return above
    return ""


_AGE = re.compile(
    r"\bage\s*[:—-]?\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:years?|yrs?)[ -]old\b"
    r"|\b(\d{1,2})\s*(?:years?|yrs?)\.?,?\s*\d{1,2}\s*(?:months?|mos?)\b",  # "4 yrs 3 mos"
    re.I,
)


def years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def find_age(lines: Sequence[Quote], dates: Sequence[KeyDate]) -> tuple[int | None, Quote | None]:
    """The student's age: as written ("Age: 16", "is 12 years old"), else from the date of birth
    on the meeting date."""
    for quote in lines:
        match = _AGE.search(quote.text)
        if match:
            return int(match.group(1) or match.group(2) or match.group(3)), quote
    by_kind = {d.kind: d for d in dates}
    if "birth" in by_kind and "meeting" in by_kind:
        return years_between(by_kind["birth"].value, by_kind["meeting"].value), by_kind["birth"].quote
    return None, None


def _join_broken(lines: list[Quote]) -> list[Quote]:
    """A sentence cut by a page break (or split into two paragraphs) is one passage again: a line
    that does not end as a sentence, followed by one that starts in lower case. It keeps the
    page it starts on."""
    out: list[Quote] = []
    for quote in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and quote.text[:1].islower()
            and not _STARTS_ITEM.match(quote.text)
            and not prev.heading
            and not quote.heading
            and not _ENDS.search(prev.text)
            and " — " not in prev.text
            and not _heading_kind(prev.text)
            and not _capitals(prev.text)
            and len(prev.text.split()) >= 6
        ):
            out[-1] = Quote(f"{prev.text} {quote.text}", prev.page, prev.section, prev.heading)
        else:
            out.append(quote)
    return out


def analyse(name: str, kind: str, lines: Sequence[Quote], pages: int | None) -> IEPDocument:
    """Sections, services, goals, dates and age from the document's lines."""
    lines = tuple(_join_broken([Quote(normalize(q.text), q.page, q.section, q.heading) for q in lines if normalize(q.text)]))
    sections = tuple(find_sections(lines))
    dates = tuple(find_dates(lines))
    age, age_quote = find_age(lines, dates)
    return IEPDocument(
        name=name,
        kind=kind,
        pages=pages,
        lines=lines,
        sections=sections,
        services=tuple(find_services(sections)),
        goals=tuple(find_goals(sections)),
        dates=dates,
        age=age,
        age_quote=age_quote,
    )


# -- the checklist -------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A guidance article in the library that explains a requirement (`source` as the library names it)."""

    source: str
    title: str


ARTICLES = {
    "present-levels.md": Article("corpus/present-levels.md", "Present levels: the starting point of the IEP"),
    "annual-goals.md": Article("corpus/annual-goals.md", "Writing measurable annual IEP goals"),
    "progress-reports.md": Article("corpus/progress-reports.md", "IEP progress reports: what to expect and what to do"),
    "related-services.md": Article("corpus/related-services.md", "Related services in an IEP"),
    "what-is-an-iep.md": Article("corpus/what-is-an-iep.md", "What is an IEP?"),
    "accommodations.md": Article("corpus/accommodations.md", "Accommodations: what they are and how they are chosen"),
    "state-tests-and-the-iep.md": Article("corpus/state-tests-and-the-iep.md", "State tests and the IEP"),
    "least-restrictive-environment.md": Article("corpus/least-restrictive-environment.md", "Least restrictive environment (LRE)"),
    "extended-school-year.md": Article("corpus/extended-school-year.md", "Extended school year (ESY) services"),
    "annual-review-and-amending.md": Article(
        "corpus/annual-review-and-amending.md", "Annual IEP reviews and changing an IEP between meetings"
    ),
    "transition-planning.md": Article(
        "corpus/transition-planning.md", "Transition planning in the IEP: getting ready for life after high school"
    ),
}


@dataclass(frozen=True)
class Finding:
    """Something to ask about at the meeting: what was not found, the question to raise, the
    rule and the article that explain why it matters, and the part of the IEP it is about."""

    rule: str
    title: str
    question: str
    regulation: str
    article: Article
    quote: Quote


@dataclass(frozen=True)
class Rule:
    id: str
    requirement: str  # what federal rules say an IEP contains, in plain words
    regulation: str
    article: Article
    check: Callable[[IEPDocument], list[Finding]]


@dataclass(frozen=True)
class CheckResult:
    rule: Rule
    findings: tuple[Finding, ...]
    found: Quote | None = None  # where the IEP has what the rule asks for (when nothing is to be asked)

    @property
    def ok(self) -> bool:
        return not self.findings


def _anchor(doc: IEPDocument, *kinds: str) -> Quote:
    """The IEP text a finding about something missing is attached to: the first line of the
    nearest related section, else the document's first line."""
    for kind in kinds:
        section = doc.section(kind)
        if section is not None:
            if section.lines:
                return section.lines[0]
            return Quote(section.heading, section.pages[0] if section.pages else None, section.heading)
    return doc.lines[0] if doc.lines else Quote("", None, "")


def _finding(rule_id: str, title: str, question: str, quote: Quote) -> Finding:
    rule = RULES_BY_ID[rule_id]
    return Finding(rule_id, title, question, rule.regulation, rule.article, quote)


def _missing_section(rule_id: str, kind: str, title: str, question: str, *near: str):
    def check(doc: IEPDocument) -> list[Finding]:
        return [] if doc.has(kind) else [_finding(rule_id, title, question, _anchor(doc, *near))]

    return check


def _progress_statement(doc: IEPDocument) -> Quote | None:
    section = doc.section("progress")
    if section is not None and section.lines:
        return section.lines[0]
    return next(
        (
            q
            for q in doc.passages
            if re.search(r"\bprogress\b", q.text, re.I) and re.search(r"report|measur|quarter|weeks|semester|card", q.text, re.I)
        ),
        None,
    )


def _check_progress(doc: IEPDocument) -> list[Finding]:
    if doc.has("progress") or _progress_statement(doc):
        return []
    return [
        _finding(
            "progress_reporting",
            "No statement of how progress will be measured and reported was found",
            "How will progress toward each goal be measured, and how often will we get a written progress report?",
            _anchor(doc, "goals"),
        )
    ]


def _check_goals_present(doc: IEPDocument) -> list[Finding]:
    if doc.goals:
        return []
    return [
        _finding(
            "annual_goals",
            "No annual goals were found",
            "Where are the measurable annual goals for this year, and which needs from the present levels does each one address?",
            _anchor(doc, "goals", "present_levels"),
        )
    ]


def _check_goals_measurable(doc: IEPDocument) -> list[Finding]:
    return [
        _finding(
            "measurable_goals",
            f"Goal {g.number} has no measurable criterion",
            f"How will we know when Goal {g.number} is met? What number, percentage or level, measured how, "
            "would show that it is reached?",
            g.quote,
        )
        for g in doc.goals
        if not g.measurable
    ]


def _check_services_listed(doc: IEPDocument) -> list[Finding]:
    if doc.services or doc.has("special_education") or doc.has("related_services"):
        return []
    return [
        _finding(
            "services_listed",
            "No special education or related services were found",
            "Which special education services, related services and supports will my child receive, and who will provide them?",
            _anchor(doc, "goals", "present_levels"),
        )
    ]


def _check_service_details(doc: IEPDocument) -> list[Finding]:
    out = []
    for service in doc.services:
        missing = service.missing
        if not missing:
            continue
        words = " or ".join(missing) if len(missing) <= 2 else f"{missing[0]}, {missing[1]} or {missing[2]}"
        out.append(
            _finding(
                "service_details",
                f"{service.name} has no {words}",
                f"For {service.name.lower()}: how often, for how many minutes each time, and where will it happen?",
                service.quote,
            )
        )
    return out


def one_year_after(day: date) -> date:
    """The same day a year later (February 29 -> February 28)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _check_annual_review(doc: IEPDocument) -> list[Finding]:
    meeting, review = doc.date("meeting"), doc.date("annual_review")
    if review is None:
        return [
            _finding(
                "annual_review",
                "No annual review date was found",
                "When will the team meet again to review this IEP? It is reviewed at least once a year.",
                meeting.quote if meeting else _anchor(doc, "dates", "opening"),
            )
        ]
    if meeting is not None and review.value > one_year_after(meeting.value):
        return [
            _finding(
                "annual_review",
                f"Annual review date ({review.value:%m/%d/%Y}) is more than 12 months after the meeting date "
                f"({meeting.value:%m/%d/%Y})",
                "Can the annual review be set no later than one year after this meeting?",
                review.quote,
            )
        ]
    return []


def _check_transition(doc: IEPDocument) -> list[Finding]:
    if doc.age is None or doc.age < 16:
        return []
    if doc.has("transition") or any(
        re.search(r"post-?secondary goal|transition (plan|services)", q.text, re.I) for q in doc.lines
    ):
        return []
    return [
        _finding(
            "transition",
            f"Student is {doc.age} and there is no transition plan",
            "Where are the postsecondary goals (training or education, employment, independent living) and the "
            "transition services to reach them? Was my child invited to the meeting?",
            doc.age_quote or _anchor(doc, "opening"),
        )
    ]


def _rules() -> tuple[Rule, ...]:
    a = ARTICLES
    return (
        Rule(
            "present_levels",
            "A statement of present levels of academic achievement and functional performance",
            "34 CFR 300.320(a)(1)",
            a["present-levels.md"],
            _missing_section(
                "present_levels",
                "present_levels",
                "No statement of present levels was found",
                "Where does the IEP describe how my child is doing now, and how the disability affects "
                "learning and taking part in class?",
                "opening",
            ),
        ),
        Rule("annual_goals", "Measurable annual goals", "34 CFR 300.320(a)(2)(i)", a["annual-goals.md"], _check_goals_present),
        Rule(
            "measurable_goals",
            "Each goal says how it will be measured (a criterion such as 80% accuracy or 4 of 5 trials)",
            "34 CFR 300.320(a)(2)(i)",
            a["annual-goals.md"],
            _check_goals_measurable,
        ),
        Rule(
            "progress_reporting",
            "How progress toward the goals will be measured and when reports will be given",
            "34 CFR 300.320(a)(3)",
            a["progress-reports.md"],
            _check_progress,
        ),
        Rule(
            "services_listed",
            "The special education and related services, and supports, to be provided",
            "34 CFR 300.320(a)(4)",
            a["what-is-an-iep.md"],
            _check_services_listed,
        ),
        Rule(
            "service_details",
            "For each service: how often, how long and where",
            "34 CFR 300.320(a)(7)",
            a["related-services.md"],
            _check_service_details,
        ),
        Rule(
            "accommodations",
            "Supplementary aids, services and accommodations",
            "34 CFR 300.320(a)(4)",
            a["accommodations.md"],
            _missing_section(
                "accommodations",
                "accommodations",
                "No accommodations or supplementary aids were found",
                "Which accommodations and supports will my child have in class and for tests?",
                "special_education",
                "related_services",
                "goals",
            ),
        ),
        Rule(
            "state_tests",
            "How the student takes part in state and district tests, with any accommodations",
            "34 CFR 300.320(a)(6)",
            a["state-tests-and-the-iep.md"],
            _missing_section(
                "state_tests",
                "state_tests",
                "No statement about state and district tests was found",
                "Will my child take the state tests, and with which accommodations?",
                "accommodations",
                "special_education",
            ),
        ),
        Rule(
            "lre",
            "How much of the day the student is not with non-disabled peers, and why",
            "34 CFR 300.320(a)(5)",
            a["least-restrictive-environment.md"],
            _missing_section(
                "lre",
                "lre",
                "No statement of time with non-disabled peers was found",
                "How much of the day will my child spend in general education with non-disabled peers, and why not more?",
                "special_education",
                "related_services",
            ),
        ),
        Rule(
            "esy",
            "Whether extended school year services are needed",
            "34 CFR 300.106",
            a["extended-school-year.md"],
            _missing_section(
                "esy",
                "esy",
                "Extended school year is not mentioned",
                "Did the team consider extended school year services over the summer?",
                "special_education",
                "related_services",
            ),
        ),
        Rule(
            "annual_review",
            "The IEP is reviewed at least once every 12 months",
            "34 CFR 300.324(b)(1)(i)",
            a["annual-review-and-amending.md"],
            _check_annual_review,
        ),
        Rule(
            "transition",
            "From age 16: postsecondary goals and transition services",
            "34 CFR 300.320(b)",
            a["transition-planning.md"],
            _check_transition,
        ),
    )


RULES: tuple[Rule, ...] = _rules()
RULES_BY_ID = {r.id: r for r in RULES}
_FOUND_IN = {
    "present_levels": "present_levels",
    "annual_goals": "goals",
    "progress_reporting": "progress",
    "services_listed": "special_education",
    "accommodations": "accommodations",
    "state_tests": "state_tests",
    "lre": "lre",
    "esy": "esy",
    "transition": "transition",
}


def _found(doc: IEPDocument, rule: Rule) -> Quote | None:
    if rule.id == "annual_review":
        review = doc.date("annual_review")
        return review.quote if review else None
    if rule.id in ("measurable_goals", "annual_goals"):
        return doc.goals[0].quote if doc.goals else None
    if rule.id == "progress_reporting":
        return _progress_statement(doc)
    if rule.id == "service_details":
        return doc.services[0].quote if doc.services else None
    kind = _FOUND_IN.get(rule.id)
    section = doc.section(kind) if kind else None
    if section is None and rule.id == "services_listed":
        section = doc.section("related_services")
    if section is None or not section.lines:
        return None
    return section.lines[0]


def check(doc: IEPDocument) -> list[CheckResult]:
    """Every rule, in order, with what to ask about (empty when the IEP has what the rule asks for)."""
    results = []
    for rule in RULES:
        findings = tuple(rule.check(doc))
        results.append(CheckResult(rule, findings, None if findings else _found(doc, rule)))
    return results


def findings(doc: IEPDocument) -> list[Finding]:
    return [f for result in check(doc) for f in result.findings]


# -- questions about the document ----------------------------------------------------------


class Embedder(Protocol):
    def embed_query(self, text: str) -> list[float]: ...

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...


@dataclass(frozen=True)
class ScoredQuote:
    quote: Quote
    score: float
    heading: str = ""


@dataclass(frozen=True)
class DocumentAnswer:
    """What the uploaded IEP says about a question: passages quoted verbatim, best first."""

    question: str
    quotes: tuple[ScoredQuote, ...] = ()
    note: str = ""  # e.g. that the service asked about is not listed in this IEP
    absent: bool = False  # the note says the thing asked about is not in this IEP

    @property
    def found(self) -> bool:
        return bool(self.quotes)

    @property
    def not_found(self) -> bool:
        """The answer is that the IEP does not hold what was asked: no passage, or a verdict that
        the service or item named is not in it (the closest passages may still be shown)."""
        return self.absent or not self.quotes

    @property
    def text(self) -> str:
        if not self.quotes:
            return self.note or NOT_FOUND
        lines = [self.note] if self.note else []
        return "\n".join(lines + [f"{q.quote.where[:1].upper()}{q.quote.where[1:]}: “{q.quote.text}”" for q in self.quotes])


NOT_FOUND = "I could not find this in the IEP you uploaded. Ask the team at the meeting, or look at the sections listed above."
# Words a parent uses for what an IEP calls something else (stems on both sides).
_SYNONYMS = {
    "temporari": ("interim",),  # "how long does this temporary iep last": an interim IEP
    "counselor": ("counsel",),  # "is he seeing a counselor": counseling
    "para": ("paraprofession", "paraeduc"),  # "when does he have the para": a one-to-one paraprofessional
    "sugar": ("glucos", "bg", "cgm"),  # "if her sugar goes low": blood glucose, a CGM's reading
    "counsellor": ("counsel",),
    "test": ("assess", "exam", "quiz", "testing"),
    "exam": ("test", "assess"),
    "speech": ("slp", "speech-languag"),
    "ot": ("occup",),
    "pt": ("physic",),
    "minut": ("min", "hour"),
    "often": ("week", "month", "day", "time", "frequenc"),
    "long": ("minut", "hour", "durat"),
    "where": ("room", "classroom", "locat", "center", "set"),
    "summer": ("esi", "esy", "extend"),
    "holiday": ("summer", "esi", "esy", "extend"),
    "vacat": ("summer", "esi", "esy", "extend"),
    "esi": ("extend",),
    "esy": ("extend",),  # the tokenizer leaves three-letter words as they are
    "review": ("annual",),
    "accommod": ("support", "aid"),
    "goal": ("object",),
    "bus": ("transport",),
    "ride": ("transport",),
    "help": ("instruct", "support", "servic", "therapi"),
    "helper": ("aid", "para", "paraprofession", "adult", "assist"),
    "move": ("movement",),
    "retest": ("reevalu", "evalu"),
    "sign": ("signatur",),
    "attend": ("particip", "member"),
    "disabl": ("elig", "impair", "categori", "diagnosi", "condit"),
    "diagnosi": ("disabl", "elig", "impair", "categori", "condit", "dx"),
    "meltdown": ("behavior", "upset", "calm", "transit", "cri"),
    "worri": ("concern", "input"),
    "concern": ("worri",),  # "what concerns did mom raise": "She is also worried about his speech"
    "gym": ("pe",),  # "before gym": "2 puffs 15 minutes before PE"
    # a terse plan's abbreviations: "brk pass: up to 2/day", "missing asgn", "tchr initials", "HW +2 days"
    "break": ("brk",),
    "assign": ("asgn",),
    "homework": ("hw",),
    "teacher": ("tchr",),
    "coordin": ("coord",),
    "tech": ("technolog",),  # "what assistive tech is she supposed to have"
    "bathroom": ("toilet", "restroom"),  # "how often do they take him to the bathroom": "toileting every 2 hours"
    "sit": ("seat",),  # "where should noor sit in my room": "Seat her away from windows"
    "med": ("medicin",),  # "the rescue med": "rescue medicine"
    "ask": ("request",),  # "how does she ask for a break": "Private signal … to request a 5-minute break"
    "doctor": ("dr", "physician"),  # "who is her doctor": "Physician orders from Dr. Amara Whitcombe"
    "pediatrician": ("dr", "physician", "pediatr"),
    "devic": ("technolog", "assist", "tool"),
    "tantrum": ("behavior", "upset", "calm", "transit", "cri"),
    "updat": ("progress", "report"),
    "regular": ("general",),
    "mom": ("parent", "mother"),
    "dad": ("parent", "father"),
    "trigger": ("anteced", "set"),
    "start": ("begin", "effect", "initi"),
    "blurt": ("call", "out"),
    "panic": ("anxieti", "crisi", "calm", "safeti"),
    "freshman": ("9", "9th", "grade"),
    "sophomor": ("10", "10th", "grade"),
    "junior": ("11", "11th", "grade"),
    "senior": ("12", "12th", "grade"),
    "absent": ("absenc",),
    "row": ("consecut",),
    "voc": ("vocat",),
    "rehab": ("rehabilit",),
    "late": ("tardi",),
    "whole": ("full",),
    "blowup": ("incid", "behavior"),
    "short": ("reduc", "shorten"),
    "shorter": ("reduc", "shorten"),
    "reward": ("reinforc", "earn", "incent", "privileg"),
    "run": ("elop", "leav", "bolt", "exit"),
    "stop": ("end", "exit", "dismiss", "discontinu"),
    "ran": ("elop", "leav", "bolt", "exit"),
    "read": ("literaci", "decod", "phonic"),
    "allerg": ("allergi",),
    "qualifi": ("elig",),
    "elig": ("qualifi",),
    "tylenol": ("acetaminophen",),
    "advil": ("ibuprofen",),
    "motrin": ("ibuprofen",),
    "wrote": ("written", "prepar", "author"),  # "who wrote this plan": "Written by", "Prepared by"
    "calm": ("reset", "cool", "break", "regul"),  # "where does he go to calm down": a reset room, a break area
    "restrain": ("restrict", "seclus"),  # "can they restrain him": the plan's restrictive procedures, seclusion
    "restraint": ("restrict", "seclus"),
    # shorthand parents type ("reeval date?", "next mtg", "her accoms", "bx plan")
    "reeval": ("reevalu", "triennial"),
    "eval": ("evalu",),
    "triennial": ("reevalu",),
    "mtg": ("meet",),
    "accom": ("accommod",),
    "accomm": ("accommod",),
    "sped": ("special",),
    "bx": ("behavior",),
    "behaviour": ("behavior",),
    "hrs": ("hour",),
    "wk": ("week",),
}
# "When does she graduate?", "is there a deadline": the answer holds a date.
_WHEN_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?when\b|\bwhat date\b|\bby when\b|\bdeadlines?\b|\bdue date\b", re.I)
# Words every line of a form may carry, which name no particular date ("IEP Meeting Date").
_FORM_WORDS = frozenset(tokenize("IEP ARD plan 504 date dates student meeting"))
_MEETING_WORDS = frozenset(tokenize("meeting meetings"))
# "Who do I call about this?": the person to contact, on a line with a phone number or email address.
_CONTACT_ASKED = re.compile(
    r"\bwho (?:do|should|can|would) (?:i|we) (?:call|contact|talk to|speak (?:to|with)|email|reach|ask|go to)\b"
    r"|\bwho (?:to|i should|we should) (?:call|contact|talk to|email|ask)\b|\bcontact (?:person|info|information)\b"
    r"|\b(?:phone|number|email) (?:for|of) (?:the|his|her|their) (?:case manager|teacher|coordinator)",
    re.I,
)
_CONTACT_LINE = re.compile(
    r"\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b[\w.+-]+@[\w-]+\.[\w.]+|\bext(?:\.|ension)?\s*\d{2,5}\b", re.I
)
# the person a plan names to go to about it: its case manager or coordinator ("Plan Case Manager — Tilly Ferreira, …")
_PLAN_CONTACT = re.compile(
    r"^[^—:]{0,30}\b(?:case manager|coordinator|contact person|point of contact)\b[^—:]{0,20}(?:—|:)", re.I
)
# "How long can he have on tests?": the time a test accommodation gives, not a service's minutes.
# ("how long does she have to make up a test she missed" asks for a make-up window, not extra time)
_TEST_TIME = re.compile(
    r"\bhow (?:long|much (?:extra )?time)\b(?![^?.]{0,40}\b(?:make[- ]?up|retake|missed)\b)"
    r"[^?.]{0,40}\b(?:tests?|exams?|quiz(?:zes)?|assessments?)\b",
    re.I,
)
# Everyday descriptions a single word cannot carry -> the stems an IEP writes them with.
_PHRASES = (
    # "why is he only going half a day": the shortened school day
    (re.compile(r"\bhalf (?:a )?days?\b|\bhalf-days?\b|\bshort(?:er|ened)? days?\b", re.I), ("shorten", "day")),
    # "what did the school say no to": what it refused; "which parts did we not agree with": what was disagreed with
    (
        re.compile(r"\bsa(?:y|ys|id) no\b|\bturn(?:ed|s)? (?:it |that |us )?down\b|\bden(?:y|ied|ies)\b", re.I),
        ("refus", "reject"),
    ),
    (re.compile(r"\b(?:not|n'?t) agree\b", re.I), ("disagre",)),
    (
        re.compile(r"\bget(?:s|ting)? (?:to|home from) school|\bdrives?\b|\bpick(?:ed|s)? (?:him|her|them) up", re.I),
        ("transport",),
    ),
    (re.compile(r"\bextra time\b|\bmore time\b|" + _TEST_TIME.pattern, re.I), ("extend",)),
    (re.compile(r"\btimes tables?\b", re.I), ("multipl", "fact")),
    (re.compile(r"\b(?:out of|into) (?:her|his|their|the) (?:wheel)?chair\b", re.I), ("transfer", "lift")),
    (
        re.compile(
            r"\brights? (?:go|goes|transfer\w*|pass\w*|move\w*) (?:over )?to (?:him|her|them)\b|\bage of majority\b", re.I
        ),
        ("transfer", "majoriti", "18"),
    ),
    (re.compile(r"\b(?:walks?|walked|runs?|ran|bolts?|bolted) (?:out|off|away)\b", re.I), ("elop", "leav", "chase")),
    (re.compile(r"\bafter (?:high school|graduation|(?:s?he|they) graduates?)\b", re.I), ("postsecondari", "employ")),
    (re.compile(r"\bwhy\b", re.I), ("reason", "because")),
    # "why is he doing this" of a behavior: what the behavior plan says it is for
    (re.compile(r"\bwhy (?:is|does|do|did) (?:he|she|they) (?:do|doing|did|act)\b", re.I), ("function", "hypothes")),
    # "did they talk about moving him to a different program": the placements the team considered
    (
        re.compile(
            r"\b(?:mov|switch|transfer|chang|send)\w* (?:him|her|them|my \w+) (?:to|into) (?:a |an |another |a different )?"
            r"(?:\w+ )?(?:program|school|class(?:room)?|placement|setting)\b",
            re.I,
        ),
        ("placement", "consid"),
    ),
    (
        re.compile(r"\b(?:call|text|email|contact|tell|notify) (?:me|us|home|the parents?)\b|\blet (?:me|us) know\b", re.I),
        ("parent", "contact", "call", "notifi"),
    ),
    (_CONTACT_ASKED, ("contact", "question", "phone", "call")),
    (re.compile(r"\b(?:can'?t|cannot|won'?t|doesn'?t) sit still\b|\bfidget", re.I), ("seat", "movement", "fidget")),
    (re.compile(r"\bsets? (?:him|her|them) off\b|\bupsets? (?:him|her|them)\b", re.I), ("trigger", "anteced")),
    (
        re.compile(r"\bhow (?:did|does|do|is) (?:he|she|they|my \w+) (?:do|did|doing|score)\b|\bresults?\b|\bscores?\b", re.I),
        ("score", "standard", "percentil", "result"),
    ),
    (
        re.compile(r"\b(?:help|train|teach|support|coach)\w* (?:us|me|the family|our family|parents?)\b", re.I),
        ("parent", "famili", "train"),
    ),
    (
        re.compile(
            r"\bhow (?:will|do|can|would) (?:i|we) (?:know|find out|hear|see) (?:how|if|whether)\b"
            r"|\bmaking progress\b|\bhow (?:he|she|they|my \w+)(?:'s|’s|s| is| are) doing\b",
            re.I,
        ),
        ("progress", "report"),
    ),
    (
        re.compile(
            r"\bwho (?:was|were|is|are) (?:at|in|there)\b|\bwho (?:came|attended|went|showed up|signed)\b|\bteam members?\b", re.I
        ),
        ("attend", "particip", "signatur", "role", "member"),
    ),
)
# What a question is about -> the sections that answer it (a small boost on top of shared words).
# A teacher's "what do I have to do for him in my class?": the accommodations, whatever words they share with it.
_DUTY_ASKED = re.compile(
    r"\bwhat (?:do|should|must|can) i (?:have to |need to )?do\b|\bwhat am i supposed to (?:be )?do(?:ing)?\b"
    r"|\bin my (?:class|classroom|room)\b|\bdo for (?:her|him|them)\b.*\bclass",
    re.I,
)
_DUTY_ASKER = re.compile(
    r"\bwhat (?:do|does|should|must|can) ((?:the |his |her |all )?[\w -]{1,40}?) (?:have to |need to )?do\b", re.I
)
_ACCOMMODATIONS_NAMED = re.compile(r"accommodat|support|\baids?\b|modif", re.I)  # the words, not a teacher's "what do I do"
_INTENTS = (
    (
        re.compile(
            _ACCOMMODATIONS_NAMED.pattern + r"|\b(?:provide|give) (?:for )?(?:her|him|them)\b.*\bclass|" + _DUTY_ASKED.pattern,
            re.I,
        ),
        ("accommodations", "state_tests"),
    ),
    (
        re.compile(r"minutes|how often|how long|services?|therap|counsel|instruction", re.I),
        ("special_education", "related_services"),
    ),
    (re.compile(r"\bgoals?\b", re.I), ("goals",)),
    (
        re.compile(
            r"progress|report card"
            r"|\bhow (?:is|are) (?:he|she|they|my \w+) doing (?:on|with) (?:his|her|their|the) (?:\w+ )?goals?\b"
            r"|\b(?:hear|know|find out|told|tell me|updates?)\b.*\bhow (?:he|she|they|my \w+)(?:'s|s| is| are)? doing"
            r"|\bhow (?:often|will) (?:will )?(?:i|we) (?:hear|get updates|be told)\b",
            re.I,
        ),
        ("progress",),
    ),
    (re.compile(r"state tests?|assessment|testing", re.I), ("state_tests",)),
    (
        re.compile(
            r"general education|peers|inclusion|\blre\b|least restrictive|all day|regular (?:kids|class)|of the day"
            r"|typical (?:kids|children|classmates)|typically developing|\bgen\.? ?ed\b"
            r"|special (?:ed )?(?:class|room)|self-contained",
            re.I,
        ),
        ("lre",),
    ),
    (re.compile(r"summer|\besy\b|extended school year", re.I), ("esy",)),
    (
        re.compile(r"behaviou?r(?:al)? (?:intervention |support )?plan|\bbip\b|what behaviou?rs|target behaviou?r", re.I),
        ("behavior",),
    ),
    (
        re.compile(r"transition|after (?:\w+ ){0,3}(?:high )?school\b|graduat|post-?secondary|college|\bjob", re.I),
        ("transition",),
    ),
    (re.compile(r"\bwhen\b|\bdates?\b|review|re-?evaluat|meeting", re.I), ("dates", "opening")),
    (
        re.compile(
            r"doing now|present levels|read(s|ing)? at|grade level|right now|currently|these days"
            r"|where (?:is|are) (?:he|she|they|my \w+) at\b",
            re.I,
        ),
        ("present_levels",),
    ),
)
# A line about time with peers without disabilities, in whatever section a form puts it ("Time in
# general education — 78%" under "Accommodations and LRE").
_SHARE_ASKED = re.compile(r"\bhow (?:much|many)\b|\bwhat (?:percent|part|share)\b|\bwhat ?%|\bmost of the day\b", re.I)
_PERCENT = re.compile(r"\d ?%|\bpercent\b", re.I)
_LRE_LINE = re.compile(
    r"\btime (?:in|with) (?:the )?(?:general|regular)|(?:general|regular) (?:education|class(?:room)?) \d"
    r"|\d+ ?% of (?:the|his|her|their) (?:school )?day|non-?disabled peers|least restrictive"
    r"|\d+ ?% of (?:his|her|their) time\b|typically developing peers",
    re.I,
)
# The parents' own concerns, under a heading or a label of their own ("Parent Concerns", "Parent
# input: …"), and a question that asks what they were.
# A question about getting to and from school, and a line about it
_BUS_ASKED = re.compile(
    # not a parent called to come and get the child ("when do they call me to pick her up")
    r"\bbus\b(?!'?s? drivers?)|\btransport\w*"
    r"|(?<!\bme to )(?<!\bus to )(?<!\bi )(?<!\bwe )(?<!\bi have to )(?<!\bwe have to )"
    r"\b(?:pick|picks|picked) (?:him|her|them) up\b"
    r"|\bdrop(?:s|ped)? (?:him|her|them) off\b|\bride (?:to|home from) school\b",
    re.I,
)
_BUS_LINE = re.compile(
    r"\bbus\w*\b|\btransport\w*|\bvans?\b|\bcurb[- ]to[- ]curb\b|\bdoor[- ]to[- ]door\b|\bcar seat\b|\brides?\b"
    r"|\bpick-?up\b|\bdrop-?off\b|\barrival\b|\bdismissal\b",
    re.I,
)
_DOCTOR = "the doctor's name"
_DR = re.compile(r"\b[Dd]r\.?\s+(?:[A-Z]\w*\.?\s+)?([A-Z][\w'-]+)")  # the surname after "Dr." ("Dr. Hollis Vantongeren")
_PSYCHOLOGIST = re.compile(r"psycholog", re.I)
# A question about a goal, not about where the child is now; a goal's baseline line, and the goal itself
_GOAL_ASKED = re.compile(r"\bgoals?\b", re.I)
_BASELINE_ASKED = re.compile(r"\bbaseline|\bright now\b|\bcurrently\b|\bstarting point\b|\bwhere (?:is|was) (?:he|she)\b", re.I)
_BASELINE_LINE = re.compile(r"^\s*(?:baseline|current (?:level|performance)|present level)\b[^:—]{0,30}[:—]", re.I)
_GOAL_STATEMENT = re.compile(r"\bwill\b", re.I)
_BASELINE_WORDS = frozenset(tokenize("baseline starting point start right now currently where is he she"))
# "is he on track for his reading goal", "how is his r sound coming along": a progress report's mark for the goal
_PROGRESS_ASKED = re.compile(
    r"\bon track\b|\bcoming along\b|\bhow (?:is|are) (?:he|she|they|\w+) doing (?:on|with|in)\b|\bmaking progress\b"
    r"|\bprogress (?:on|toward|towards|with)\b|\b(?:going to|gonna|will (?:he|she|they)) (?:meet|make|reach)\b"
    r"|\b(?:did|has|have) (?:he|she|they|\w+) (?:meet|met|reach|reached|master|mastered) (?:his|her|their|the)\b",
    re.I,
)
_MARK_LINE = re.compile(
    r"\b(?:Q\d|quarter \d|trimester \d|progress)\s*(?:mark|rating|code)?\s*:\s*\S|\bmark\s*:\s*\S"
    r"|^\W*(?:goal )?(?:rating|status)\s*:\s*\S",  # "Rating: Goal met."
    re.I,
)
_CONCERNS = re.compile(r"\b(?:parent|parents|parental|family|guardian)'?s?\b.{0,30}\b(?:concerns?|input)\b", re.I)
_CONCERNS_LINE = re.compile(r"^\s*(?:parent|parents|parental|family|guardian)'?s?\W{0,2}(?:concerns?|input)\s*[:—-]", re.I)
_CONCERNS_ASKED = re.compile(
    r"concern|worr(?:y|ied|ies)|\binput\b|bring up|brought up|\bwhat did (?:i|we|mom|dad|the parents?) (?:say|ask)"
    r"|\bwhat (?:did|do|does) (?:his|her|their|the) (?:parents?|mom|dad|mother|father|family) (?:say|ask|want|request)",
    re.I,
)
# What a question asks about -> the headings of the parts that answer it, for parts no section kind
# names (a form's "Reason for Amendment", "Triggers", "Parent Concerns", "Signatures"). The first
# that matches the question counts.
# a plan's part for what the teachers do ("Teacher Responsibilities"), for a teacher's "what do I do in my class"
_TEACHERS_PART = re.compile(r"teachers?(?:'s|s')? responsib|classroom teacher|guidance for teachers|class[- ]by[- ]class", re.I)
# "what am I supposed to do in english 11 for her", "what do i do for him in choir": one class, named
_NOT_A_CLASS = frozenset({"the class", "my class", "class", "general", "school", "the classroom", "classroom", "general ed"})
_ONE_CLASS = re.compile(
    r"\bin (?:my |her |his |the )?([a-z]{3,}(?: \d{1,2}| [a-z]{3,})?)(?= class\b| for (?:her|him|them)\b|\s*\??$)", re.I
)
_TESTED = re.compile(r"\b(?:tests?|testing|quiz\w*|exams?)\b", re.I)  # "if she goes low during a test": a test's accommodation
# a plan's part for what staff do when the behavior or the case happens ("Response to behavior"), not who is responsible
_RESPONSE_PART = re.compile(r"\brespon(?!sib)|what to do|\bsteps?\b|procedure|if the behavior", re.I)
_HEADING_INTENTS = tuple(
    (re.compile(asked, re.I), heading if isinstance(heading, re.Pattern) else re.compile(heading, re.I))
    for asked, heading in (
        (r"\bwhy\b|\breason", r"\breasons?\b|justification|rationale|\bbasis\b"),
        (_CONCERNS_ASKED.pattern, r"concern|\binput\b"),
        (
            r"\bsets? (?:him|her|them) off\b|\bsets? off\b|trigger|\bwhat upsets\b"
            r"|\bcauses? (?:his|her|the) (?:meltdown|behavior)",
            r"trigger|antecedent",
        ),
        (r"\binstead of\b|\breplacement\b", r"replacement|alternative behaviou?r|instead"),
        (
            r"\b(?:what|which) (?:kinds? of |sorts? of )?behaviou?rs?\b(?! plan| intervention| support)"
            r"|\btarget(?:ed)? behaviou?r",
            r"target(?:ed)? behaviou?r|behaviou?rs? of concern|problem behaviou?r",
        ),
        (
            r"\bwhat (?:do|should|can|must|am|are) (?:i|we|staff|teachers?|the teachers?) (?:supposed to |meant to "
            r"|going to |have to |need to )?do (?:if|when)\b",
            _RESPONSE_PART,
        ),
        (r"\bcalm|settle|melt ?downs?\b|tantrums?\b|\bpanic|\bcrisis\b|\bemergenc|\bunsafe\b", r"calm|de-?escalat|crisis|safety"),
        # what the plan asks of each: "what is talia herself responsible for", "what do i have to do in my class"
        (
            r"\b(?:herself|himself|themselves)\b[^?]*\bresponsib|\bresponsib\w*[^?]*\b(?:herself|himself|themselves)\b",
            r"student(?:'s|s')? responsib",
        ),
        (r"\b(?:my|the) class(?:room)?\b(?![^?]*\bif\b)", _TEACHERS_PART),
        (r"\brewards?\b|\bearns?\b|\bincentives?\b|\bprizes?\b", r"reinforc|reward|incentive"),
        (r"\bdisagree|\bobject|\bdon'?t agree|\bnot agree", r"disagree|objection|parent(?:'s)? (?:statement|response|comments?)"),
        (r"\bsign(?:ed)?\b(?! (?:him|her|them|me|us) up)|signature", r"signature|consent"),
        (r"\bassistive tech|\b(?:what|which) (?:tech|technology|devices?)\b", r"assistive technology"),
        # "what accommodations does he have in class": the plan's list of them, not a service given in class
        # (those on a test are the testing part's)
        (
            r"^(?!.*\b(?:tests?|testing|assessments?|exams?|quiz\w*)\b).*\b(?:what|which|list)\b[^?]*\baccommodations?\b",
            r"\baccommodations?\b|supplementary aids",
        ),
        (r"\bchang|\btake away|\btook away|\bcut\b|\breduc|\bdropp?(?:ed)?\b|\bamend", r"chang|amend|revis"),
    )
)
# A time of day: "8:15 a.m.", "3 pm".
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.I)
# Things parents ask about by name that an IEP may simply not have; when none of the IEP's lines
# mentions one, the answer says so. (Related services are checked against the services listed.)
_ITEMS = (
    (
        "a behavior intervention plan",
        r"behaviou?r(?:al)? (?:intervention )?plan|\bbip\b",
        # "BSP Review Date", "Behavior Support Plan": the same plan by another name
        r"behaviou?r(?:al)? (?:intervention |support |management )?plan|\bbip\b|\bbsp\b|\bpbsp?\b",
    ),
    (
        "a one-to-one aide",
        r"one[- ](?:on|to)[- ]one|\b1:1\b|\b1 (?:on|to) 1\b|\bpara(?:professional|educator)?s?\b|personal aide|(?<!job )shadow"
        r"|\b(?:have|has|get|gets|with) (?:an?|his|her|their) (?:own )?aide\b",
        # "one-on-one adult attention" or "one-on-one instruction" is no aide
        # nor "understands concepts in 1:1 help"
        r"one[- ](?:on|to)[- ]one (?:aide|para\w*|assistant|staff|adult support|support staff)"
        r"|\b1:1\b(?! (?:help|instruction|teaching|tutoring|time|attention|practice|correspondence|sessions?|setting)\b)"
        r"|\bpara(?:professional|educator)?s?\b|personal aide|shadow aide|aide in (?:the |her |his )?class",
    ),
    (
        "assistive technology",
        r"assistive tech|\bat device|communication device|\baac\b|talking device|speech device|\btalker\b|\bi-?pad\b|\btablet\b",
        r"assistive tech|\bat device|communication device|\baac\b|speech-generating|\btalker\b|\bi-?pad\b|\btablet\b",
    ),
    ("medication", r"\bmedications?\b|\bmedicines?\b|\bmeds\b", r"\bmedications?\b|\bmedicines?\b|\bmeds\b"),
    (
        "a health plan",
        r"\bhealth (?:care )?plan\b|\bihp\b|\bmedical (?:care )?plan\b|\bemergency (?:care |action )?plan\b|\bdmmp\b",
        r"\bhealth (?:care )?plan\b|\bihp\b|\bmedical (?:management |care )?plan\b|\bemergency (?:care |action )?plan\b"
        r"|\bdmmp\b|\bseizure (?:action )?plan\b|\bhealth services\b",
    ),
    (
        "a transition plan for after high school",
        r"\btransition plan\b|\bafter high school\b|\bpost-?secondary\b|\btransition services\b",
        r"\btransition (?:plan|services|assessment|activit)|\bpost-?secondary\b|\bafter (?:high school|graduation)\b",
    ),
    # a value of a kind the IEP may not give at all: then it says so, rather than quote a line near it
    (
        "an email address",
        r"\be-?mail address|\be-?mail (?:for|of)\b"
        r"|\bwhat(?:'s|s| is)?\b[^?.]{0,40}\be-?mail\b(?! (?:updates?|me|us|home|from|about))",
        r"[\w.+-]+@[\w-]+\.[a-z]{2,}",
    ),
    (
        "a phone number",
        r"\bphone (?:number|#|no\b)|\bnumber to call\b"
        r"|\bnumber (?:for|of) (?:the |his |her )?\w+(?: \w+)? (?:office|teacher|manager)\b",
        r"\b\d{3}[-. ]\d{4}\b|\bext\.? ?\d{2,5}\b",
    ),
    (
        "a time of day",
        r"\bwhat time\b(?! (?:of (?:the )?year|frames?|periods?|lines?|limits?))"
        r"|\b(?:pick(?:s|ed)? (?:him|her|them) up|drop(?:s|ped)? (?:him|her|them) off) at (?:\d|what\b|which\b|noon\b)"
        r"|\b(?:dismissal|pick-?up|drop-?off) time\b",
        _CLOCK.pattern + r"|\b\d{1,2}[:.]\d{2}\b|o'?clock|\bnoon\b|\bbell\b|\bdismissal\b"
        r"|\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|last) period\b",
    ),
    # a phone to carry, not the "Phone: (706) 555-0148" of a contact line
    (
        "a phone",
        # ... and asked as one ("can he have his phone"), not the contact's ("who is the case manager and phone")
        r"(?<!\band )(?<!'s )(?<!\w’s )\b(?:cell ?)?phones?\b(?! ?(?:numbers?|#|no\b|and e-?mail))",
        # a phone to carry, not a number to call, nor a meeting joined "by phone"
        r"(?<!by )(?<!the )(?<!— )\b(?:cell ?)?phones?\b(?! call)(?!\s*(?:#|no\.?|numbers?)?\s*[:—-]?\s*\(?\d)(?!\s*$)",
    ),
    (
        "a service animal",
        r"guide dog|service (?:dog|animal)|therapy dog|(?:alert|seizure|assistance) dog",
        r"guide dog|service (?:dog|animal)|therapy dog|(?:alert|seizure|assistance) dog",
    ),
    ("a calculator", r"\bcalculators?\b", r"\bcalculators?\b"),
    (
        "help in reading",
        r"\b(?:extra |special )?help (?:in|with) reading\b|\breading (?:intervention|specialist|help|tutor\w*)\b",
        r"\bread\w*\b[^.;]{0,60}\b(?:intervention|specialist|instruction|support|group|program|tutor\w*|min\w*|hours?|hrs?"
        r"|sessions?|weekly|daily)\b|\b(?:intervention|specialist|instruction|support|program|tutor\w*)\b[^.;]{0,40}\bread"
        r"|\b(?:ela|literacy|phonics|decoding|orton|wilson)\b",
    ),
    ("a cochlear implant", r"\bcochlear\b", r"\bcochlear\b"),
    ("a 504 plan", r"\b(?:have|has|get|gets|on|also) (?:a |an )?504(?: plan)?\b", r"\b504\b"),
    (
        "a crisis or safety plan",
        r"\b(?:crisis|safety|elopement|emergency behaviou?r) plans?\b",
        r"\bcrisis\b|\bsafety plan\b|\belop\w*|\bruns? (?:away|off)\b|\bemergency (?:behaviou?r|procedures?)\b",
    ),
    ("a wheelchair", r"\bwheel ?chairs?\b", r"\bwheel ?chairs?\b"),
    (
        "a feeding or swallowing plan",
        r"\b(?:feeding|swallowing|dysphagia|choking)\b",
        r"\bfeeding\b|\bswallow\w*|\bdysphagia\b|\bchok\w*|\btube[- ]f[e]?",
    ),
    (
        "a shortened school day",
        r"\b(?:shortened|shorter|reduced|partial|half)[- ](?:school )?days?\b|\breduced (?:course ?load|schedule)\b",
        r"\b(?:shortened|shorter|reduced|modified|partial|half)[- ](?:school )?(?:days?|schedule)\b|\breduced course ?load\b"
        r"|\bearly (?:release|dismissal)\b|\b(?:fewer|reduced number of) (?:classes|courses)\b",
    ),
    (
        "a plan for drills",
        r"\b(?:lockdown|fire|evacuation|emergency|tornado|safety) drills?\b|\blockdowns?\b",
        r"\bdrills?\b|\blockdowns?\b|\bevacuat\w*",
    ),
    (
        "state testing",
        # whether the child takes them at all, not what is given on them ("extra time on the state test") nor a score
        r"^(?!.*\b(?:scores?|scored|results?|extra|accommodat\w*|time|read aloud|calculator|breaks?)\b)"
        r".*\b(?:take|takes|taking|participat\w*|sit|sits|exempt\w*)\b[^?]{0,25}"
        r"\b(?:state(?:wide)? (?:tests?|testing|assessments?|exams?)|standardized tests?)\b",
        r"\b(?:state|statewide|district(?:wide)?|standardized)\b[^.;]{0,30}\b(?:tests?|testing|assessments?|exams?)\b"
        r"|\b(?:tests?|testing|assessments?) (?:participation|accommodations)\b",
    ),
    (
        "an insulin-to-carb ratio",  # a plan that gives "insulin dose" by the pump gives no ratio
        r"\b(?:insulin[- ]to[- ]carb(?:ohydrate)?|carb(?:ohydrate)?) ratio\b|\bcorrection factor\b",
        r"\bcarb(?:ohydrate)?s? ratio\b|\b1:\d{1,2}\b|\bcorrection factor\b"
        r"|\bratio\b.{0,30}\binsulin\b|\binsulin\b.{0,30}\bratio\b",
    ),
    (
        "an insulin dose",
        r"\bunits? of insulin\b|\binsulin (?:dose|dosage)\b|\bhow much insulin\b"
        r"|\b(?:insulin[- ]to[- ]carb(?:ohydrate)?|carb(?:ohydrate)?) ratio\b|\bcorrection factor\b",
        r"\bunits?\b.{0,20}\binsulin\b|\binsulin\b.{0,30}\b(?:units?|dose|ratio)\b"
        r"|\bcarb(?:ohydrate)? ratio\b|\bcorrection factor\b|\b1:\d{1,2}\b",
    ),
    ("an A1C result", r"\b(?:hb)?a1c\b|\bhemoglobin a1c\b", r"\b(?:hb)?a1c\b"),
    (
        _DOCTOR,
        r"\b(?:who(?:'s| is)|name of) (?:his|her|their|the|\w+'s) (?:doctor|pediatrician|neurologist|endocrinologist"
        r"|physician|psychiatrist)\b",
        # a doctor, not the school psychologist who is "Dr. Vantongeren" too
        r"\bdr\.?\s+\w+|\bm\.d\.|\b(?:pediatrician|physician|neurologist|endocrinologist|psychiatrist)\b",
    ),
    (
        "a fidget or a wiggle cushion",
        r"\bfidgets?\b|\bwiggle (?:cushion|seat)s?\b|\bwobble (?:stool|chair|cushion)s?\b|\bstress balls?\b",
        r"\bfidget|\bwiggle|\bwobble|\bstress balls?\b|\bsensory (?:tools?|items?|bin|kit)\b|\bmovement (?:seat|cushion)\b",
    ),
    (
        "audiobooks",
        r"\baudio ?books?\b|\bbooks? on tape\b|\brecorded books?\b",
        r"\baudio ?books?\b|\bbooks? on tape\b|\brecorded books?\b|\baudio (?:versions?|recordings?)\b|\blearning ally\b"
        r"|\bbookshare\b",
    ),
    (
        "the share of the day in general education",
        r"\b(?:what|how much)\b[^?]{0,30}\b(?:percent|%|of the day|of (?:the|his|her|their) (?:school )?day|of the time)\b"
        r"[^?]{0,40}\b(?:gen(?:eral)? ed|regular (?:class|classroom|ed)|general education)\b",
        r"\d+ ?%[^.;]{0,60}\b(?:gen(?:eral)? ed|regular|general education)"
        r"|\b(?:gen(?:eral)? ed|regular class|general education)\b[^.;]{0,60}\d+ ?%|\bregular class (?:80|40|less)"
        r"|\bmin(?:utes)?(?:/wk| per week)? (?:outside|inside|in) (?:of )?gen"
        r"|\bleast restrictive|\blre\b|\bplacement\b",
    ),
    (
        "a peer buddy or mentor",
        r"\bpeer (?:mentors?|buddy|buddies|helpers?)\b|\bbuddy\b|\bmentors?\b",
        r"\bpeer (?:mentor|buddy|buddies|helper|tutor)|\bbuddy\b|\bbuddies\b|\bmentor",
    ),
    (
        "an extra set of books for home",
        r"\b(?:second|extra|another|2nd|additional) set of (?:text ?)?books\b|\b(?:text ?)?books? to keep at home\b",
        r"\b(?:second|extra|additional|2nd) set of\b|\bhome set\b|\b(?:text ?)?books? (?:for|at) home\b",
    ),
    (
        "preferential seating",
        r"\bsit (?:near|close to|by|next to|at|in) (?:the )?(?:front|teacher|board)\b|\bpreferential seating\b"
        # (in class: "where does she sit at lunch" or "on the bus" asks about another seat)
        r"|\bwhere (?:does|should|will|do they let) (?:he|she|they|him|her) sit\b"
        r"(?! (?:at|during|in|on) (?:lunch|the lunch|the cafeteria|the bus|recess|assemblies|assembly))|\bfront (?:row|seat)\b",
        # a seat in class ("pref seat — front"), not a car seat, nor checking her sugar "in front of classmates"
        r"\bseating\b|\bseat(?:ed)? (?:near|close|next|by|at the front|in the front|away)\b|\bpref(?:erential|\.)? seat"
        r"|\bsit(?:s|ting)? (?:near|close to|next to|at the front|in the front|up front)\b",
    ),
    (
        "the bus driver's name",
        r"\bwho(?:'s| is) (?:his|her|their|the|\w+'s) (?:bus )?driver\b|\bbus driver'?s name\b|\bname of the (?:bus )?driver\b",
        r"\bdriver\b[^.;]{0,40}\b(?:mr|mrs|ms|miss)\b\.?\s|\b(?:mr|mrs|ms|miss)\b\.?\s+\w+[^.;]{0,30}\bdriver\b",
    ),
    (
        "a seizure plan",
        r"\bseizure (?:action |emergency )?plan\b|\bif (?:she|he|they) (?:has|have) a seizure\b",
        r"\bseizures?\b",
    ),
    ("a parent-teacher conference", r"\bparent[- ]teacher conferences?\b", r"\bconferences?\b"),
    ("credits toward graduation", r"\bcredits?\b", r"\bcredits?\b"),
    (
        "being held back a grade",
        r"\bheld back\b|\bhold (?:him|her|them) back\b|\brepeat (?:the |a |\w+ )?(?:grade|year)\b|\bretention\b",
        r"\bheld back\b|\brepeat\w* (?:the |a |\w+ )?(?:grade|year)\b|\bretain|\bretention\b|\bpromot",
    ),
    (
        "snacks or food in class",
        r"\bsnacks?\b|\beat(?:ing)? (?:in|during) (?:class|the classroom)\b",
        r"\bsnacks?\b|\bfood\b|\beat(?:s|ing)?\b|\bjuice\b|\bwater bottle",
    ),
    (
        "a foreign language requirement or waiver",
        r"\b(?:foreign|world|second) language\b|\blanguage (?:requirement|credit|waiver)",
        r"\b(?:foreign|world|second) language\b|\blanguage (?:requirement|credit|waiver)|\bwaiv",
    ),
    (
        "visits by the parents to the classroom",
        # the parents' own visits ("can I come watch her class"), not a teacher's ("does the teacher come to her class")
        r"\b(?:can|could|may) (?:i|we)\b.{0,15}\b(?:come|sit in|visit|observe|watch)\b.{0,30}\bclass"
        r"|\b(?:am i|are we) allowed to (?:come|sit in|visit|observe|watch)\b.{0,30}\bclass",
        r"\bparents? (?:may |can |will )?(?:observe|visit)|\b(?:class(?:room)?|parent) (?:visits?|observations?)\b"
        r"|\bvisit(?:s|ing)? (?:the |his |her )?class",
    ),
    (
        "extended school year services",
        r"extended school year|\besy\b|summer (?:services|school|program)|services (?:this|over the) summer",
        r"extended school year|\besy\b|summer|\b(?:12|twelve)[- ]month\b",
    ),
    (
        "an IQ or cognitive score",
        r"\biq\b|intelligence|cognitive (?:score|test|ability)",
        # not "a cognitive disability", nor a language test's standard score
        r"\biq\b|intelligence|cognitive(?! (?:disabilit|impairment|delay))|\bwisc\b|\bwppsi\b|\bfull[- ]scale\b"
        r"|\bstanford[- ]binet\b|\bkabc\b|\bgeneral (?:intellectual|conceptual) ability\b",
    ),
    (
        "evaluation scores",
        r"\bscor(?:e|es|ed)\b.*\b(?:eval\w*|testing|tests?|assessment)\b|\b(?:eval\w*|testing|assessment)\b.*\bscor(?:e|es|ed)\b"
        r"|\bprocessing speed\b|\bpercentiles?\b|\bstandard scores?\b",
        r"\bstandard scores?\b|\bpercentile|\bscaled scores?\b|\bt-scores?\b|\bprocessing speed\b|\bwisc|\bwiat"
        r"|\bwoodcock|\bados\b|\bgars\b|\bcars-?2?\b|\bbasc\b",
    ),
    (
        "a reevaluation",
        r"re-?\s?eval|triennial|(?:three|3)[- ]year (?:re-?\s?)?eval",
        _REEVALUATION.pattern + r"|re-?\s?eval|(?:three|3)[- ](?:year|yr)|\b(?:etr|rr)\b|next (?:full )?evaluation",
    ),
    (  # time for make-up work is given in days ("2 extra school days for each day missed"), not on a test
        "extra time for make-up work",
        r"\b(?:extra|extended|more|additional) (?:time|days?)\b[^?]*\bmake[- ]?up\b"
        r"|\bmake[- ]?up work\b[^?]*\b(?:extra|more) (?:time|days?)\b",
        r"\b(?:extra|extended|additional|more) (?:school )?(?:time|days?)\b|\bextensions?\b|\bextended deadlines?\b",
    ),
    (
        "extra time",
        r"\b(?:extra|extended|more|additional) time\b|" + _TEST_TIME.pattern,
        # "double time (2.0x)", "time and one-half", "untimed", "1.5x", "50% more time"
        r"\b(?:extra|extended|additional|double|triple|more) time\b|time and (?:a|one)[- ]half|\buntimed\b"
        r"|\b[1-3]\.\d{1,2}\s?x\b|\b\d{2,3}\s?% (?:more|extra|additional|extended)\b",
    ),
    ("an allergy", r"\ballerg\w*|\bepi-?pens?\b", r"\ballerg\w*|\bepi-?pens?\b|anaphyla\w*"),
    (
        "field trips",
        r"\bfield trips?\b|\bouting\w*|\bexcursions?\b|\b(?:camping|overnight|class|school|grade) trips?\b",
        r"(?<!bathroom )(?<!restroom )(?<!toilet )\btrips?\b|\bouting\w*|\bexcursions?\b|community[- ]based",  # no bathroom trip
    ),
    ("truancy", r"\btruan\w*|\btruant\b", r"\btruan\w*|\btruant\b|\bcourt\b"),
    (
        "homework",
        r"\bhomework\b",
        # or the rules for assignments done at home: an extension, a due date, late work
        r"\bhomework\b|\bhw\b|\b(?:extensions?|extend\w*|late|due)\b[^.;]{0,40}\bassignments?\b"
        r"|\bassignments?\b[^.;]{0,40}\b(?:extensions?|extend\w*|late|due)\b",
    ),
    (
        "driver's education",
        r"\bdriver'?s?'? ?(?:ed|education|training)\b|\bdriving\b|\b(?:learn|how) to drive\b|\bdriver'?s licen[cs]e\b"
        r"|\bdrive (?:himself|herself|themselves)\b",
        r"\bdriver'?s?'? ?(?:ed|education|training|licen|permit)|\bdriving\b|\bto drive\b",  # not the bus driver
    ),
    ("a scholarship or voucher", r"\bscholarships?\b|\bvouchers?\b", r"\bscholarships?\b|\bvouchers?\b"),
    ("a Lexile level", r"\blexile\b", r"\blexile\b"),
    (
        "toilet training",
        r"\bpotty\b|\btoilet(?:ing)?\b",
        r"\bpotty\b|\btoilet\w*|\bbathroom\b|\brestroom\b|\bdiaper\w*|\bbrief\b|\bpull-?ups?\b",
    ),
    (
        "honors or advanced classes",
        r"\bhonors\b|\badvanced (?:placement|classes|courses|math|english)\b|\bAP (?:classes|courses|class|course)\b",
        r"\bhonors\b|\badvanced\b|\bAP\b|\bgifted\b|\baccelerated\b",
    ),
    (
        "dual enrollment",
        r"\bdual (?:enrollment|credit)\b|\bcollege (?:classes|courses)\b",
        r"\bdual (?:enrollment|credit)\b|\bcollege (?:class|course)\w*|\bconcurrent enrollment\b",
    ),
    (
        "a rescue medication",
        r"\brescue (?:med\w*|drug)\b",
        r"\brescue\b|\bdiastat\b|\bvaltoco\b|\bnayzilam\b|\bmidazolam\b|\bdiazepam\b|\bglucagon\b|\bepi-?pen\b",
    ),
    ("a helmet", r"\bhelmets?\b", r"\bhelmets?\b"),
    ("a court date", r"\bcourt\b", r"\bcourt\b|\bjudge\b|\bprobation\b"),
    (
        "a reader or scribe",
        r"\b(?:a reader|a scribe|readers?|scribes?)\b[^?]*\b(?:tests?|exams?|quiz\w*)\b",
        r"\breader\b|\bscribe\b|\bread aloud\b|\bread to\b|\bread-aloud\b|\btext[- ]to[- ]speech\b|\bdictat\w*"
        r"|\bspeech[- ]to[- ]text\b|\boral(?:ly)? (?:administ|present)\w*",
    ),
    (
        "text-to-speech or speech-to-text",
        r"\btext[- ]to[- ]speech\b|\bspeech[- ]to[- ]text\b",
        r"\btext[- ]to[- ]speech\b|\bspeech[- ]to[- ]text\b|\bdictat\w*|\bread[- ]aloud\b|\baudio (?:version|book)s?\b"
        r"|\bscreen reader\b|\bvoice (?:typing|to text)\b",
    ),
    (
        "a reading level",
        r"\breading level\b|\bwhat level (?:does|is|do) (?:she|he|they|\w+) read",
        r"\breading level\b|\breads?\b[^.;]{0,40}\b(?:grade|level)\b|\b(?:grade|instructional)[- ]level\b|\blexile\b"
        r"|\bwcpm\b|\bwords (?:correct )?per minute\b|\b(?:dra|f&p|fountas)\b|\breading\b[^.;]{0,40}\b(?:percentile|benchmark)",
    ),
    (
        "a reading program",
        r"\breading (?:program|curriculum)\b|\bwhat program\b[^?]*\bread|\borton\b",
        r"\b(?:reading|literacy|phonics|intervention) (?:program|curriculum|system)\b|\borton|\bwilson\b|\bfundations\b"
        r"|\blindamood|\bread naturally\b|\bbarton\b|\bs\.?p\.?i\.?r\.?e\b|\bsonday\b|\bheggerty\b|\bleveled literacy"
        r"|\bstructured literacy\b|\bmultisensory\b",
    ),
    # "will the district pay his preschool tuition": services at no cost are no tuition paid
    ("tuition", r"\btuition\b", r"\btuition\b"),
    (
        "a cost or fee",
        r"\b(?:have to|need to|do we|will we|must we) pay\b|\bcost (?:anything|money|us)\b"
        r"|\bhow much (?:does|will) (?:it|\w+) cost\b|\bfees?\b",
        r"\bcosts?\b|\bfees?\b|\btuition\b|(?<![-\w])free\b|\bcharge\w*|\bpaid\b|\bpays?\b|\$\d",  # not "nut-free"
    ),
    (
        "naps or rest time",
        r"\bnaps?\b|\bnapping\b|\brest time\b",
        r"\bnaps?\b|\bnapping\b|\brest (?:time|period|mat|area)\b|\bsleep\w*",  # not "the rest of the day"
    ),
    ("a dress code or uniform", r"\bdress code\b|\buniforms?\b", r"\bdress code\b|\buniforms?\b|\bcloth(?:es|ing)\b"),
    (
        "sports or athletics",
        r"\bsports?\b|\bathletic\w*|\b(?:football|basketball|soccer|baseball|softball|volleyball|wrestling)\b",
        r"\bsports?\b|\bathletic\w*|\b(?:football|basketball|soccer|baseball|softball|volleyball|wrestling)\b"
        # a sports team, not the IEP team or the crisis team
        r"|\bextracurricular\w*|\b(?:jv|varsity|sports?|school|swim|track|tennis|golf) teams?\b|\bcross[- ]country\b|\bcheer\w*",
    ),
    ("glasses", r"\b(?:eye)?glasses\b|\bspectacles\b", r"\b(?:eye)?glasses\b|\bspectacles\b|\blenses\b"),
    ("a special diet", r"\bdiet\b|\bketo\w*|\bgluten[- ]free\b", r"\bdiet\w*|\bketo\w*|\bgluten\b"),
    ("camps or support groups", r"\bcamps?\b|\bsupport groups?\b", r"\bcamps?\b|\bsupport groups?\b"),
    (
        "teasing or bullying",
        r"\bteas(?:e|es|ed|ing)\b|\bbull(?:y|ied|ies|ying)\b|\bmak(?:e|es|ing) fun\b|\bpick(?:ed|s)? on\b",
        r"\bteas(?:e|es|ed|ing)\b|\bbull(?:y|ied|ies|ying)\b|\bharass\w*|\bmak(?:e|es|ing) fun\b|\bpick(?:ed|s)? on\b",
    ),
    (
        "retaking a test",
        r"\bretak\w*|\bre-?do (?:a |the |his |her )?(?:test|quiz)",
        r"\bretak\w*|\bre-?test\w*|\bredo\b|\bre-?do\b",
    ),
    ("aquatic or swim therapy", r"\baquatic|\bswim\w*|\bhydrotherap", r"\baquatic|\bswim\w*|\bpool\b|\bhydrotherap"),
    (
        "snow days or late starts",
        r"\bsnow days?\b|\blate starts?\b|\bweather\b|\bschool (?:is )?(?:closed|cancel\w*)",
        r"\bsnow\b|\blate starts?\b|\bweather\b|\bdelay\w*|\bclos(?:ed|ing|ure)s?\b|\bcancel\w*",
    ),
    ("a hearing test", r"\bhearing (?:test|screening|check|exam)", r"\bhearing\b|\baudiolog\w*|\bdeaf|\bhard of hearing\b"),
    (
        "air conditioning",
        r"\bair[- ]?condition\w*|\ba/c\b",
        r"\bair[- ]?condition\w*|\ba/c\b|\bclimate[- ]controlled\b|\btemperature\b",
    ),
    (
        "a laptop or Chromebook",
        r"\bchromebooks?\b|\blaptops?\b",
        r"\bchromebooks?\b|\blaptops?\b|\bcomputers?\b|\bdevices?\b|\btablets?\b|\bi-?pads?\b|\bword processor",
    ),
    ("a gifted program", r"\bgifted\b|\btalented\b|\bgt program\b", r"\bgifted\b|\btalented\b|\btwice[- ]exceptional\b|\b2e\b"),
    ("tutoring", r"\btutor(?:s|ing)?\b", r"\btutor"),
    ("reclassification", r"\breclassif\w*", r"\breclassif\w*|\bexit(?:s|ed|ing)? (?:from )?(?:el|ell|esl|english learner)"),
    (
        "the size of the class or group",
        r"\bhow many (?:other )?(?:kids|students|children)\b|\b(?:class|group) size\b"
        r"|\bhow (?:big|large|small) (?:is )?(?:the|his|her)",
        r"\b\d+\s*(?:students|children|kids)\b|\bgroups? of (?:no more than |up to |about )?\d+|\bratio\b"
        r"|\b(?:class|group) size\b|\bsmall group \(\d",
    ),
)
# Which date a "when" question asks for (the kinds find_dates knows).
_DATE_QUESTIONS = (
    (
        "reevaluation",
        re.compile(
            r"re-?\s?eval|triennial|(?:three|3)[- ]year|\btri\b|evaluated again|tested again|re-?test"
            r"|\b(?:test|evaluate|assess) (?:him|her|them|my \w+) again\b|\bstill qualif",
            re.I,
        ),
    ),
    (
        "annual_review",
        re.compile(
            r"next\s+(?:iep\s+|ard\s+)?(?:meeting|review)|annual (?:review|ard)|meet again|\brenew(?:al|ed)?\b"
            r"|review(?:ed)? again|look(?:ed)? at (?:again|it again|this again)|(?:iep|ard)\s+(?:expire|end|run out|due)"
            r"|\bnext\s+(?:iep|ard)\b"
            r"|\b(?:this|it|plan)\s+(?:expire|run out)|\bexpir(?:e|es|ation)\b"
            r"|\b(?:this|the|his|her|their|my \w+'?s?) (?:iep|ard|504|504 plan|plan) (?:end|over|done|good (?:for|until))\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"last\s+(?:iep\s+)?meeting|when was|iep (?:was )?(?:written|held|signed)"
            r"|date of (?:the |this )?iep",
            re.I,
        ),
    ),
    ("birth", re.compile(r"birthday|born|date of birth", re.I)),
)
# "How many minutes", "how often", "how long": the answer holds a number with its unit.
_PLAN_LASTS = re.compile(
    r"\bhow long (?:is|does|will|do) (?:the|this|his|her|their|my \w+'?s) (?:interim |temporary |new |current |\w+ )?"
    r"(?:iep|plan|504|504 plan|amendment)\b(?! (?:meeting|team))"
    r"|\bhow long (?:is|does|will) (?:the|this|his|her) (?:interim|temporary) placement\b",
    re.I,
)
_AMOUNT = re.compile(r"\bminutes?\b|\bhours?\b|how (?:often|long|much|many)|times? a (?:week|day|month)", re.I)
_AMOUNT_WORDS = frozenset(tokenize("often long much many minutes hours times week day month get gets need needs"))
_SERVICE_KINDS = frozenset({"special_education", "related_services"})
_FEW_LINES = 3
# "how often does she get services / therapy / counseling": a service, whatever else the question names
_SERVICE_ASKED = re.compile(r"services?|therap|counsel|instruction|sessions?", re.I)
# "What time does his day end?": a line with a time of day answers it.
_CLOCK_ASKED = re.compile(
    r"\bwhat time\b|\b(?:day|school) (?:end|ends|start|starts|begin|begins)\b|\bpick(?:ed)? (?:him|her|them) up\b"
    r"|\bhow long is (?:his|her|their|the|\w+'s) (?:school )?day\b"
    r"|\b(?:his|her|their|school) hours\b|\bwhat hours\b",
    re.I,
)
# "What accommodations...", "Which services...": the answer is a list, often a table's rows.
_LIST = re.compile(
    # also after what the asker says first ("im his teacher, what accommodations do I have to do")
    r"(?:^|[,.;:!]\s)\s*(?:what|which|list|tell me)\b.*\b(?:accommodations|modifications|supports|services|goals"
    r"|activities|aids|tests|assessments|classes|subjects|dates|steps|concerns|worries|triggers|strategies|stuff|things"
    r"|devices|tools|equipment|scores|behaviou?rs|options|choices|alternatives|tech|technology)\b"
    r"|^\s*(?:what|which)\s+(?:kinds?|types?|sorts?)\s+of\b"
    r"|\bwhat (?:am i|do i|should i|must i) (?:supposed to |need to |have to )?(?:be )?(?:provide|give|do|doing)\b"
    r"|\bdo for (?:her|him|them)\b.*\bclass"
    r"|\bwhat (?:was|were|got|has been|have been|did they) (?:changed?|added|removed|amended)\b|\bwhat changed\b"
    r"|^\s*who\b.*\b(?:signed|attended|was at|were at|came|members|on (?:the|his|her|their) team|trained)\b",
    re.I,
)
_AGE_ASKED = re.compile(r"\bhow old\b|\bwhat age\b|\bher age\b|\bhis age\b", re.I)
# "a writing goal", "her reading goals": the area of a goal a question asks about.
_GOAL_AREA = re.compile(r"\b([a-z][a-z-]{2,})\s+goals?\b", re.I)
_NOT_AREA = {
    "his",
    "her",
    "their",
    "the",
    "any",
    "each",
    "every",
    "main",
    "first",
    "next",
    "annual",
    "iep",
    "other",
    "measurable",
    "new",
    "old",
    "this",
    "that",
    "what",
    "which",
    "many",
    "these",
    "those",
    "current",
    "own",
}
# Stems an IEP uses for a goal area a parent names.
_GOAL_AREAS = {
    "read": ("fluenc", "decod", "comprehens", "phonic", "literaci", "passag"),
    "talk": ("speech", "communic", "languag", "word", "express", "verbal"),
    "write": ("written", "writ", "spell", "essay", "paragraph", "sentenc"),
    "math": (
        "mathemat",
        "calcul",
        "comput",
        "equat",
        "algebra",
        "arithmet",
        "subtract",
        "addit",
        "multipl",
        "divis",
        "divid",
        "fraction",
        "decim",
        "number",
    ),
    "behavior": ("regul", "cope", "social", "behaviour"),
    "behaviour": ("regul", "cope", "social", "behavior"),
    "speech": ("articul", "languag", "communic", "sound", "talk", "express", "verbal"),
    "social": ("peer", "play", "convers", "communic"),
    "motor": ("grasp", "pencil", "handwrit"),
}
_GRADE_ASKED = re.compile(r"\b(?:what|which) grade\b|\bgrade (?:is|level is) (?:he|she|they)\b", re.I)
_GRADE_LINE = re.compile(r"(?:^|[.;,]\s+|—\s*)Grade\s*(?:—|:)?\s*(?:\d{1,2}|K|Kindergarten)\b")
_TOOLS = re.compile(r"text[- ]to[- ]speech|speech[- ]to[- ]text", re.I)  # reading and writing tools, not speech therapy
# A goal's heading line with the goal itself on the next line: "Goal 1 - Talking (expressive
# communication)", "Annual Goal #1    Area of Need: Reading Fluency".
_GOAL_HEADING = re.compile(
    r"^(?:annual\s+|measurable\s+)?goal\s*#?\s*\d{1,2}\b(?!.*\b(?:will|by)\b)(?:[^.!?]|\.(?=\S)){0,80}$", re.I
)
_LABEL = re.compile(r"^[A-Z][A-Za-z'/-]*(?: [A-Za-z'/-]+){0,2}$")  # "Disability", "Case manager": a form's label
_YES_NO = re.compile(r"^\s*(?:does|do|is|are|will|can|has|have|did)\b", re.I)
_SUMMER = re.compile(r"extended school year|\besy\b|summer|\b(?:12|twelve)[- ]month\b", re.I)
# "What does MP mean?", "what does NI stand for": letters a form's key spells out.
_MEANING_ASKED = re.compile(r"\bwhat (?:does|do|is|'s) (?:the )?[\"']?([A-Z]{1,5}|[a-z]{1,3})[\"']? (?:mean|stand for)\b")
_ESY = re.compile(r"extended school year|\besy\b", re.I)
# A decision written on a form's line: "ESY eligible: No", "☒ Yes", "[X] Not eligible", "decision deferred".
_DECIDED = re.compile(r":\s*(?:yes|no)\b|" + _TICKED + r"|\b(?:not )?eligible\b|\bdeferred\b|\bqualif", re.I)
_SUMMER_ASKED = re.compile(r"extended school year|\besy\b|summer|holidays?|vacation|over (?:the )?breaks?", re.I)
# "Where does she get...": the answer names a place (a room, a class) or how it is given (pull-out).
_WHERE = re.compile(r"^\s*where\b|\bwhat (?:room|class|setting)\b", re.I)
# Words of parents' questions that are spelled right though an IEP may not use them.
_KNOWN_WORDS = frozenset(
    "about after again allowed anything before being could doing every going there their these those where which "
    "while would should shall might until since often class classes classroom school teacher teachers child "
    "children student students daughter reading writing spelling homework "
    # chat spellings without the apostrophe, which are no misspelling of a word in the IEP ("whats" is not "wants")
    "whats thats wheres heres theres whos hows whens doesnt isnt arent wasnt werent didnt couldnt wouldnt "
    "shouldnt hasnt havent cant wont dont youre theyre shes".split()
)
_WHO = re.compile(r"^\s*who\b", re.I)
_PEOPLE_LABEL = re.compile(
    r"^[^:—]{0,50}\b(?:staff|trained|team|members?|people|persons|providers?|responsible|contacts?|attendees|present)\b"
    r"[^:—]{0,30}(?::| — )",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z'’-]+\b")


def _names_people(text: str) -> bool:
    """Whether a line names people after a label that says who they are ("Glucagon-Trained Staff:
    Priya Lindqvist (RN), Harriet Vo, …"); not "IEP Team Meeting Date: 10/19/26"."""
    label = _PEOPLE_LABEL.match(text)
    return label is not None and bool(_NAME.search(text[label.end() :]))


# "Does she get music therapy?": a therapy named by its kind, which the IEP may never name.
_THERAPY_ASKED = re.compile(r"\b([a-z]{3,})[- ]therap(?:y|ies|ists?)\b", re.I)
_NOT_THERAPY = frozenset(
    "speech language occupational physical behavior behavioral the any extra more private outside school her his their "
    "group individual this that what which".split()
)
# "Who is the school psychologist?": a role, how it is asked, and how an IEP may name the person in it.
_ROLES = (
    ("school psychologist", r"(?:school )?psychologist|psych", r"psychologist|\bpsych\b|\blssp\b|\bncsp\b"),
    ("school nurse", r"(?:school )?nurse", r"\bnurse|\brn\b|\blpn\b"),
    ("social worker", r"(?:school )?social worker", r"social worker|\blcsw\b|\bmsw\b"),
    ("counselor", r"(?:school |guidance )?counsel(?:l)?or", r"counsel(?:l)?or"),
    ("principal", r"(?:assistant |vice )?principal", r"principal"),
    ("homeroom teacher", r"homeroom(?: teacher)?", r"homeroom"),
    ("interpreter", r"(?:sign language |asl )?interpreter", r"interpreter"),
    ("audiologist", r"(?:educational )?audiologist", r"audiologist"),
    (
        "behavior specialist",
        r"behaviou?r (?:specialist|analyst)|bcba",
        r"\bbcba\b|behaviou?r (?:specialist|analyst|interventionist)",
    ),
    ("vision teacher", r"vision teacher|tvi|teacher of the visually impaired", r"\bvision\b|\btvi\b|visually impaired"),
)
# "Who is his science teacher?": a teacher of a subject, named by the IEP beside the subject or not at all.
_SUBJECT_TEACHER = re.compile(
    r"^\s*who(?:'s|s| is| are)?\s+(?:the |his |her |their |my \w+'?s? )?(math|science|english|ela|reading|history"
    r"|social studies|pe|gym|art|music|spanish|french|band|choir|biology|chemistry|algebra|geometry|physics) teacher\b",
    re.I,
)
_ROLE_ASKED = re.compile(
    r"^\s*who(?:'s|s| is| are)?\s+(?:the |his |her |their |our |my \w+'?s? )?("
    + "|".join(asked for _, asked, _ in _ROLES)
    + r")\b",
    re.I,
)
# A yes-or-no question whether the child gets a service ("does she get speech?", "is OT in his IEP?"),
# not one about something else a service's provider does ("will the speech teacher tell me what they did?").
_GETS = re.compile(
    r"\b(?:get|gets|getting|got|have|has|having|receive\w*|need\w*|qualif\w*|include\w*|listed|still|any"
    r"|(?:in|on) (?:her|his|their|the|my \w+'?s?) iep)\b",
    re.I,
)
# "did the OT come to the meeting?", "was the principal at the IEP meeting": who took part, not a service.
# "is her speech problem just because she's still learning english": why, not whether she gets a service
_CAUSE = re.compile(r"\bbecause\b|\bcaused?\b|\bdue to\b|\bwhy\b|\bproblem\b", re.I)
_ATTENDED = re.compile(
    r"\b(?:come|came|coming|show(?:ed)? up|join(?:ed)?)\b.*\b(?:iep )?meeting\b|\battend(?:ed|ing|s)?\b"
    r"|\b(?:was|were|is|are) (?:the |his |her |their |my |a |an |any )?(?:\w+ ){0,2}(?:teacher|therapist|principal|counselor"
    r"|psych\w*|ot|pt|slp|nurse|aide|para\w*|interpreter|specialist|coordinator|director|administrator|case manager|advocate"
    r"|representative|rep|lawyer|attorney|parents?|mom|dad|everyone|anyone|someone|somebody)s? (?:at|in|present at) the"
    r" (?:iep )?meeting\b",
    re.I,
)
# "What is his diagnosis?", "what disability does she qualify under": the line that names the eligibility.
_ELIGIBILITY_ASKED = re.compile(
    r"diagnos|disabilit|eligib|qualif|categor|conditions?\b|what does (?:he|she|my \w+) have\b"
    # "why does she have a 504", "why doesnt he have an IEP": the plan's eligibility decision
    r"|\bwhy (?:does|do|did|is|doesn'?t|does not|don'?t|didn'?t|did not|isn'?t|is not) (?:he|she|they|\w+)"
    r" (?:have|has|get|need|on|in)\b[^?.!]*\b(?:504|iep|plan)\b"
    r"|\bwhat(?:'s| is) (?:(?:his|her|their|the|\w+'s) )?(?:504|iep)(?: plan)? for\b",  # "what is amara's 504 plan for"
    re.I,
)
_ELIGIBILITY_HEADING = re.compile(
    r"\bimpairments?\b|\beligibility\b|\bdisabilit(?:y|ies)\b|\bdiagnos[ei]s\b|\bqualifying conditions?\b", re.I
)
_ELIGIBILITY_WORDS = frozenset(tokenize("diagnosed disability impairment condition eligible eligibility qualifies"))
# "... Case Manager: Dorian Fairweather Primary Eligibility: Autism (AUT)": a PDF line holding several fields
_ELIGIBILITY_FIELD = re.compile(r"\b(?:primary|secondary)\s+(?:disability|eligibility)(?: categor(?:y|ies))?\s*:", re.I)
_IF_ASKED = re.compile(
    r"\bwhat (?:do|should|can|must|am|are) (?:i|we|staff|teachers?|the teachers?)(?: (?:supposed|meant|expected) to)? do"
    r"\b[^?]{0,20}?\b(?:if|when)\b(.*)|\bwhat happens (?:if|when)\b(.*)",
    re.I,
)
_CASE = re.compile(r"\b(?:if|when)\b(.{0,80})", re.I)  # "If her CGM alarms for a low (below 70 mg/dL) or she feels unwell"
# the line naming the child ("Student: Marisol A. Tennant | DOB …", "Student Name — Jonah Pettibone")
_STUDENT_LINE = re.compile(
    r"\b(?:student(?:'s)?(?: (?:full )?name)?|child(?:'s)? name|name of (?:student|child))\s*(?::|—|-)\s*([A-Z][a-z]{2,})\b", re.I
)
# a line that is only a question: a form's prompt whose answer is on the lines after it
_PROMPT = re.compile(r"^[^?]{3,120}\?\s*$")
_CONDITION_NOISE = frozenset(tokenize("class classroom school day says said goes going gets getting"))
# how a plan writes the case a parent or teacher names: "goes low" is a reading "below 70 mg/dL", hypoglycemia
_CASE_WORDS = {"low": frozenset(tokenize("hypoglycemia")), "high": frozenset(tokenize("hyperglycemia"))}
_OPENS_CASE = re.compile(r"(?:^|[.;!]\s+)(?:if|when)\b(.{0,80})", re.I)
_TREATS = re.compile(r"\b(?:treat|treats|recheck|administer|give|gives|call 911)\b", re.I)  # a health plan's steps
_READING = re.compile(r"\b(below|above|under|over)\s+\d{2,3}\s*(?:mg/dl)?", re.I)  # "below 70 mg/dL": a low
# a line that tells what to do: "Give 15 grams …", "Call 911", "recheck in 15 minutes"
_ACTION = re.compile(
    r"\b(?:give|call|check|treat|recheck|administer|stay|escort|notify|offer|remind|walk|send|redirect|use)\b", re.I
)
# who the case is about ("if marisol is low"): the child's name is on every other line, the case is "low"
_CASE_SUBJECT = re.compile(r"^\s*([A-Za-z]+)(?=\s+(?:is|gets|has|feels|was|starts|goes|does|won'?t|refuses|runs|says)\b)")


# Values that answer only on a line about what the question asks them of: a time of day is the bus's
# pick-up time only on a line about the bus, not the noon medication's.
_ITEMS_OF_SOMETHING = frozenset({"a time of day"})
_WHY_ASKED = re.compile(r"\bwhy\b|\breasons?\b", re.I)
_AIDS_HEADING = re.compile(r"accommodations?|supplementary aids|modifications", re.I)
_NEXT_MEETING = re.compile(r"\bnext\s+(?:iep\s+|team\s+)?meeting\b", re.I)
_MEET_AGAIN = re.compile(r"\b(?:meet|meeting|get together|reconven\w*) again\b|\breconven\w*|\bfollow-?up meeting\b", re.I)
_RECONVENE = re.compile(
    r"\breconven\w*|\b(?:meet|meets|met) again\b|\bfollow-?up (?:meeting|review)\b|\breview meeting\b(?! (?:is|are) held)"
    r"|\bteam will (?:meet|review)\b",
    re.I,
)
_GOAL_LABEL = re.compile(r"^\W*(?:measurable )?(?:annual )?goal\b\s*(?:#?\d+|[a-z]\b)?\s*(?:[:—-]|\(|$)", re.I)
_READ_TO = re.compile(r"\bread(?:s)? (?:aloud|to (?:him|her|them|the student))\b", re.I)
_ITEM_NOISE = frozenset(tokenize("come comes morning afternoon"))


def _instructed(text: str) -> set[str]:
    """The words of the cases a line says what to do in: a line named by its case with an
    instruction ("Low: below 70 mg/dL — Give 15 grams …"), or one whose sentence opens on the case
    and treats it ("If the CGM shows a reading below 70 mg/dL, … she will treat …"), not a step's
    "repeat if still below 70"."""
    terms = _case_label(text) if _ACTION.search(text) else set()
    if (opens := _OPENS_CASE.search(text)) and _TREATS.search(text):
        terms |= _with_readings(opens.group(1))
    return terms


def _case_label(text: str) -> set[str]:
    """The words of a line's own label: its first cell, or the words before its colon ("LOW blood
    sugar (below 70 mg/dL): Give …")."""
    first = re.split(r" — |:", text, maxsplit=1)[0]
    return _with_readings(first) if len(first) <= 80 and len(first) < len(text) else set()


def _with_readings(text: str) -> set[str]:
    """The words of a text, with "low" for a reading below a number ("below 70 mg/dL") and "high"
    for one above it."""
    terms = set(tokenize(text))
    for match in _READING.finditer(text):
        terms.add("low" if match.group(1).lower() in ("below", "under") else "high")
    return terms


def _case_terms(text: str) -> set[str]:
    """The words of the case a line says what to do in: after its "if"/"when" ("If her CGM alarms
    for a low …"), or a plan's row named by it ("Mild or moderate low (below 70 mg/dL) — Shaky … —
    Give 15 grams …", "During a seizure — …")."""
    terms: set[str] = set()
    if case := _CASE.search(text):
        terms |= _with_readings(case.group(1))
    first, dash, _ = text.partition(" — ")
    if dash and len(first) <= 80:
        terms |= _with_readings(first)
    return terms


# a 504 plan's note that the child was found not eligible under IDEA, for "why doesn't he have an IEP"
_IDEA_DECISION = re.compile(
    r"\bnot (?:eligible|qualified?)\b[^.;]{0,40}\b(?:special education|idea|iep)\b"
    r"|\b(?:special education|idea|iep)\b[^.;]{0,100}\bnot (?:eligible|qualified?)\b"
    # "Eligible under IDEA (special education): No.", "does not need special education at this time",
    # "did not require specially designed instruction"
    r"|\beligible (?:under|for) (?:the )?(?:idea|iep|special education)\b[^.;]{0,30}:\s*no\b"
    r"|\b(?:does|did|do) not (?:need|require) (?:special education|specially designed instruction)\b",
    re.I,
)
_IDEA_LINE = re.compile(r"^\W*(?:idea|iep)\b", re.I)  # "IDEA Eligibility Considered: ... not eligible"
_IDEA_ASKED = re.compile(r"\b(?:iep|idea|special ed(?:ucation)?)\b", re.I)
_BLANK_FIELD = re.compile(r"_{5,}")
_ELIGIBILITY_LINE = re.compile(
    r"^[-•*\s]*(?:(?:primary|secondary|educational|verified|qualifying|physical or mental|mental or physical|idea|iep|504) )?"
    r"(?:disability|eligibility|diagnos[ei]s|handicapping condition|impairments?)"
    r"(?: categor(?:y|ies)| area| considered| determination| status| decision)?\s*(?:[:—-]|\()",  # "IDEA Eligibility Considered:"
    re.I,
)
# Letters an IEP often spells out or that the checks above read by other names.
_KNOWN_ACRONYMS = frozenset(
    "IEP IEPS ESY OT PT SLP BIP FBA AT AAC ARD LRE SDI SAI RSP IQ ELA FAPE PWN CSE SST RTI MTSS OK US USA TV IDEA".split()
)
# Letters a parent uses for what an IEP may write in words.
_ACRONYM_WORDS = {
    "ABA": r"applied behavio",
    "SSI": r"supplemental security",
    "ADHD": r"attention[- ]deficit|\badd\b",
    "ADD": r"attention[- ]deficit|\badhd\b",
    "ASD": r"autis",
    "OHI": r"other health",
    "SLD": r"learning disab",
    "ED": r"emotional",
    "EBD": r"emotional",
    "DD": r"developmental (?:delay|disabilit)",
    "TBI": r"brain injur",
    "ID": r"intellectual",
    "PE": r"physical education|\bp\.e\.",
    "APE": r"adapted physical",
    "ELL": r"english (?:language )?learner|limited english|english proficien",
    "ESL": r"english (?:language )?learner|second language|limited english",
    "VI": r"visual",
    "DHH": r"deaf|hard of hearing",
    "HI": r"hearing",
    "BCBA": r"behavior analyst",
    "GPA": r"grade point average",
    "EOC": r"end[- ]of[- ]course",
    "CICO": r"check[- ]in[/ ,-]+check[- ]out",
    "FBA": r"functional behavio",
    "PBIS": r"positive behavio",
    "EI": r"early intervention|\bifsp\b|\bpart c\b|birth to (?:three|3)",
}
# Letters that are no English word, so a parent typing them in lower case ("whats her gpa") names them too.
_TYPED_LOWER = frozenset("GPA ABA SSI SSDI ADHD ASD OHI SLD EBD TBI ELL ESL DHH BCBA".split())
# A line that says an item does not apply: "not eligible", "[X] No", "none", "n/a" (an unticked "[ ] No" does not).
_SAYS_NO = re.compile(
    r"\[\s*[xX✓✔]\s*\]\s*no\b|\b(?:not|none|n/a|without|ineligible|discontinued|no longer)\b|(?<!\[ \] )(?<!\[\] )\bno\b",
    re.I,
)
_PEOPLE_COLUMNS = re.compile(r"\b(?:name|role|position|title|signature|signed)\b", re.I)
PEOPLE_BOOST = 0.3  # a row under a header of names and roles, for a "who" question
INTENT_BOOST = 0.25
ITEM_BOOST = 0.15
BLANK_PENALTY = 0.3
HEADING_BOOST = 0.05  # a line under a heading on the question's words
# a print-out's stamp of when it was printed or generated, in a header or footer line
_PRINT_STAMP = re.compile(r"\b(?:printed|print date|generated|run date)\s*(?:on)?\s*:?\s*\d", re.I)
SERVICE_BOOST = 0.5
STEPS_BOOST = 1.0  # the numbered steps a plan sets out for the case a "what do I do if" question names
DATE_BOOST = 0.5  # the line holding the date of the kind asked for (or the age, or the grade)
AMOUNT_BOOST = 0.15  # a line with a number and unit, for "how many minutes / how often"
PLACE_BOOST = 0.15  # a line naming a place, for "where"
SUMMER_PENALTY = 0.2  # an extended school year line, for a question that does not ask about summer
NAME_SHARE = 0.05  # the name on the student line is the child's when it is on this share of the lines too
PROMPT_PENALTY = 0.3  # a form's prompt that is itself a question ("What will the student do after high school?")
CONCERNS_PENALTY = 0.2  # the parents' own concerns, for a question that does not ask what they were
LIST_MAX = 8
SMALL_TABLE = 3  # a table of at most this many rows under its header is quoted whole when its header is
KEEP_SHARE = 0.6  # a passage is kept when it scores at least this share of the best
MIN_SIMILARITY = 0.4  # an embedding alone must be this close for a passage with no shared word


# Words a plan spells out that askers shorten: "Physical Education: may participate at a self-paced
# level" is found for "does she have to dress out for PE" (while "PE" read as "physical" would find
# "physical restraint" and "physical therapy" too).
_SHORT_FORMS = ((re.compile(r"\bphysical education\b", re.I), "pe"),)


def _short_forms(text: str) -> set[str]:
    return {short for pattern, short in _SHORT_FORMS if pattern.search(text)}


class DocumentIndex:
    """The IEP's passages (each with its section heading) ready to be searched."""

    def __init__(self, doc: IEPDocument, embedder: Embedder | None = None) -> None:
        self.doc = doc
        self.items: list[tuple[Quote, str]] = []
        labels: list[str] = []  # the header row over each item, if it is a table's row
        goals: list[str] = []  # the goal line ("Goal 1 of 6 - Reading: Oral Reading Fluency") each item follows, if any
        self.goal_line: dict[int, Quote] = {}  # id of a line under a goal -> that goal's line
        for s in doc.sections:
            header, goal = "", None
            for q in s.lines:
                if _is_header_row(q.text):
                    header = q.text
                    continue
                header = header if header and _is_row(q.text) else ""
                self.items.append((q, s.heading))
                labels.append(header)
                if _GOAL_HEADING.match(q.text):
                    goal = q
                elif goal is not None:
                    self.goal_line[id(q)] = goal
                goals.append(goal.text if goal is not None and goal is not q else "")
        # A table's row is found by its column labels too ("Date signed" over "Anand Patel — ... — 11/18/2026"),
        # and a line under a goal by the goal's title ("Q2 mark: SP" under "Goal 1 of 6 - Reading: Oral Reading Fluency").
        self.terms = [
            set(tokenize(f"{heading} {goal} {label} {q.text}")) | _short_forms(q.text)
            for (q, heading), label, goal in zip(self.items, labels, goals)
        ]
        self.labels = labels
        self.home = {id(q): s for s in doc.sections for q in s.lines}  # each line's section
        # each heading's words, for a line under a heading that shares one with the question
        self.heading_terms = {heading: set(tokenize(heading)) - _FORM_WORDS for _, heading in self.items}
        self.position = {id(q): i for i, (q, _) in enumerate(self.items)}  # each line's place among the items
        # for spelled(): the words of its lines and of its headings ("accomodations" under "Accommodations")
        self.words = {
            w.lower()
            for text in (*(q.text for q, _ in self.items), *(s.heading for s in doc.sections))
            for w in re.findall(r"[A-Za-z]{5,}", text)
        }
        n = len(self.items) or 1
        df: dict[str, int] = {}
        for terms in self.terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        # the child's name: the one on the student line, written capitalized in the middle of the plan's sentences
        # (not only as a label's first word) and never in lower case. A question's "when does marisol graduate"
        # asks about graduating, not about any line with her name on it
        named = {m.group(1).lower() for q, _ in self.items if (m := _STUDENT_LINE.search(q.text))}
        self.names = frozenset(
            t
            for name in named
            if sum(bool(re.search(rf"(?<=[a-z,] ){name.capitalize()}\b", q.text)) for q, _ in self.items)
            >= max(3, NAME_SHARE * n)
            and not any(re.search(rf"\b{name}\b", q.text) for q, _ in self.items)
            for t in tokenize(name)
        )
        # a progress report's key to its marks ("LP — Limited Progress — some progress made, …"): each code's line
        legend = {m.group(1): q for q, _ in self.items if (m := _LEGEND_LINE.match(q.text))}
        # each line's case ("If … below 70 mg/dL", "Low: …") and the cases it says what to do in, for "what do I do if"
        self.case_terms = [_case_terms(q.text) for q, _ in self.items]
        self.instructed = [_instructed(q.text) for q, _ in self.items]
        self.legend = legend if len(legend) >= LEGEND_MIN else {}
        self.embedder = embedder
        self.known: frozenset[str] = frozenset()  # words spelled right ("physical"), never "corrected"
        self.vectors: np.ndarray | None = None
        if embedder is not None:
            from assistant.embeddings import model_words

            self.known = model_words(embedder)
        self.parts: list[list[int]] = []  # for a dense line, the rows of `vectors` holding its parts
        if embedder is not None and self.items:
            texts = [f"{heading}{' ' + goal if goal else ''}: {q.text}" for (q, heading), goal in zip(self.items, goals)]
            for q, heading in self.items:
                parts = _dense_parts(q.text)
                self.parts.append(list(range(len(texts), len(texts) + len(parts))))
                texts += [f"{heading}: {part}" for part in parts]
            with _lock(embedder):
                self.vectors = _unit_rows(embedder.embed_documents(texts))

    def _behavior_case(self, condition: set[str], section_of: dict[int, str]) -> bool:
        """Whether the case a "what do I do if" question names is a behavior the plan's behavior part
        describes ("gets out of his seat": "leaving assigned seat without permission")."""
        return any(
            section_of.get(id(quote)) == "behavior" and condition & self.terms[i] for i, (quote, _) in enumerate(self.items)
        )

    def _instructed_case(self, condition: set[str]) -> bool:
        """Whether the plan has a line named by the case a "what do I do if" question names that says
        what to do then ("Low: below 70 mg/dL — Give 15 grams …" for "what do i do if she is low")."""
        return any(condition & terms for terms in self.instructed)

    def _not_a_service(self, terms: set[str], service_quotes: set[int], section_of: dict[int, str]) -> set[str]:
        """The service kinds, when "how often" or "how long" asks about something the plan times
        outside its services: the question's rarest word (on a few lines only) that the plan has on
        a line with a frequency or a duration ("how often does he need to be repositioned": "repositioned at least
        every 60 minutes"; "bathroom" is only in the parents' input, "restroom" on the toileting
        plan's line) is on no service line; else nothing."""
        known = sorted((t for t in terms - _FORM_WORDS - _AMOUNT_WORDS if t in self.idf), key=lambda t: (-self.idf[t], t))
        for term in known:
            lines = [quote for i, (quote, _) in enumerate(self.items) if term in self.terms[i]]
            if len(lines) > _FEW_LINES:
                break  # a word the plan uses often says nothing of where the question points
            if not any(_FREQUENCY.search(quote.text) or _DURATION.search(quote.text) for quote in lines):
                continue
            if any(id(quote) in service_quotes or section_of.get(id(quote)) in _SERVICE_KINDS for quote in lines):
                return set()
            return set(_SERVICE_KINDS)
        return set()

    def _query_terms(self, question: str) -> set[str]:
        terms = set(tokenize(question))
        for t in list(terms):
            terms.update(_SYNONYMS.get(t, ()))
        for pattern, stems in _PHRASES:
            if pattern.search(question):
                terms.update(stems)
        if _GOAL_AREA.search(question):  # "his math goal" -> the words a math goal is written with
            for t in list(terms):
                terms.update(_GOAL_AREAS.get(t, ()))
        return terms

    def spelled(self, question: str) -> str:
        """The question with its misspelled words ("disabilty", "accomodations") replaced by the
        IEP's own word they are closest to; a word is left alone unless it is nearly that word."""
        vocabulary = self.words

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            low = word.lower()
            if low in vocabulary or low in _KNOWN_WORDS or low in self.known:
                return word
            close = self._close(low)
            return close[0] if close else word

        return re.sub(r"[A-Za-z]{5,}", fix, question)

    def _close(self, low: str) -> list[str]:
        cutoff = 0.88 if len(low) >= 8 else 0.8
        return [w for w in get_close_matches(low, self.words, n=3, cutoff=cutoff) if w[0] == low[0]]

    def _relatives(self, question: str) -> set[str]:
        """The stems of the IEP's words that only add an ending to a correctly spelled word of the
        question ("restrain" -> "restraint"): the word is kept, and its relative is matched too."""
        stems: set[str] = set()
        for word in re.findall(r"[A-Za-z]{5,}", question):
            low = word.lower()
            if low in self.known and low not in self.words:
                stems.update(t for w in self._close(low) if w.startswith(low[:-1]) for t in tokenize(w))
        return stems

    def ask(self, question: str, *, top: int = 3) -> DocumentAnswer:
        """The passages that answer a question, best first. A question in two parts ("who is her
        case manager and what's her phone number") is answered part by part: the best passages
        of the first part, then of the second."""
        parts = _two_questions(question)
        if parts is None:
            return self._ask_one(question, top=top)
        first = self._ask_one(parts[0], top=2)
        if first.absent or not first.quotes:
            return self._ask_one(question, top=top)
        # the second part often leans on the first ("... and how often?"): it is asked with its words too
        second = self._ask_one(f"{parts[1]} ({parts[0]})", top=2)
        seen = {id(s.quote) for s in first.quotes}
        quotes = first.quotes + tuple(s for s in second.quotes if id(s.quote) not in seen)
        return DocumentAnswer(question, quotes[:LIST_MAX], first.note, absent=False)

    def _ask_one(self, question: str, *, top: int = 3) -> DocumentAnswer:
        question = self.spelled(question)
        terms = self._query_terms(question) | self._relatives(question)
        if terms - self.names:
            terms -= self.names
        # a teacher's "what do I have to do for him in class?" (not "what do I do if she has a seizure")
        duty = bool(_DUTY_ASKED.search(question)) and not re.search(r"\b(?:if|when)\b", question, re.I)
        named_class = _ONE_CLASS.search(question) if duty else None
        one_class = named_class.group(1).lower() if named_class and named_class.group(1).lower() not in _NOT_A_CLASS else ""
        if duty and (asker := _DUTY_ASKER.search(question)):
            terms -= set(tokenize(asker.group(1)))  # "what do the head start teachers need to do": who asks, not what
        core = set(tokenize(question))
        weight = sum(self.idf.get(t, math.log(1 + len(self.items))) for t in core) or 1.0
        sims = [0.0] * len(self.items)
        if self.vectors is not None and self.embedder is not None:
            with _lock(self.embedder):
                q = self.embedder.embed_query(question)
            every = (self.vectors @ _unit_rows([q])[0]).tolist()
            # a dense line ("A1 Extended time: 1.5x on tests; A2 Directions read aloud; …") is as close as its closest part
            sims = [max([every[i], *(every[j] for j in parts)]) for i, parts in enumerate(self.parts)]
        kinds = {k for pattern, ks in _INTENTS if pattern.search(question) for k in ks}
        if "transition" in kinds:  # "her goals for after high school" are the transition plan's, not the annual goals
            kinds.discard("goals")
        eligibility = bool(_ELIGIBILITY_ASKED.search(question))
        if eligibility:  # "why does she have a 504": the plan it is, not where it is named
            terms -= _FORM_WORDS
            if len(core - _FORM_WORDS) <= 1:  # ... and, with nothing else asked, the words of a diagnosis
                terms |= _ELIGIBILITY_WORDS
        asks_idea = bool(_IDEA_ASKED.search(question))  # "does she qualify for an IEP too?", not "why does she have a 504"
        item = self._named_item(question)  # a behavior plan, an aide, ... and the lines that mention it
        item_lines = {id(q) for q in item[1]} if item else set()
        section_of = {id(q): s.kind for s in self.doc.sections for q in s.lines}
        attended = bool(_ATTENDED.search(question))
        named = None if attended else _named_service(question)  # "did the OT come to the meeting" asks who came
        services = [s for s in self.doc.services if named and s.name == named]
        if named and not services and (kin := [s for s in self.doc.services if s.name in _KIN.get(named, ())]):
            services, named = kin, kin[0].name  # "counseling" given as social work services: that is the answer
        service_quotes = {id(s.quote) for s in services}
        if "goals" in kinds and (area := _GOAL_AREA.search(question)) and area.group(1).lower() not in _NOT_AREA:
            service_quotes = set()  # "what's the speech goal": the goal written for speech, not the speech service
        summer = bool(_SUMMER_ASKED.search(question))
        note, absent = "", False
        # not "her speech goal", nor "who is her voc rehab counselor" of a plan that names one
        person = (
            bool(_WHO.search(question))
            and named in _PROVIDERS
            and any(re.search(_PROVIDERS[named], q.text, re.I) for q in self.doc.lines)
        )
        if named and not services and not self._mentions(named) and not _GOAL_AREA.search(question) and not person:
            note, absent = f"No {named.lower()} is listed as a service in this IEP. The closest passages:", True
        elif missing := (
            (item[0] if item and not item[1] else None) or self._absent_acronym(question) or self._absent_named(question)
        ):
            said = f"give {missing} for that" if missing in _ITEMS_OF_SOMETHING else f"mention {missing}"
            note, absent = f"This IEP does not {said}. The closest passages:", True
        elif _YES_NO.match(question) and item and _has_it(item[1]):
            # the line naming it that is closest to the question ("a 1 on 1 all day": the aide's hours, not the nurse's line)
            mention = max(item[1], key=lambda q: sims[self.position[id(q)]] if id(q) in self.position else -1.0)
            note = f"Yes: this IEP has it, on {mention.where}: “{mention.text}”."
        elif goal_note := self._absent_goal_note(question):
            note, absent = goal_note, True
        elif _BUS_ASKED.search(question) and not any(_BUS_LINE.search(q.text) for q in self.doc.lines):
            # "does the bus pick him up at home", asked of a progress report or a notice that never mentions it
            note, absent = "This IEP does not mention transportation. The closest passages:", True
        elif services and _YES_NO.match(question) and _GETS.search(question) and not summer and not _CAUSE.search(question):
            note = f"Yes: {named[:1].lower()}{named[1:]} is listed as a service in this IEP."
        asked = self._asked_lines(question)
        # "how much of the time is he with typical kids" asks for a share of the day, not a service's minutes
        share = "lre" in kinds and bool(_SHARE_ASKED.search(question))
        # "how long is the interim iep good for": the plan's own dates, not a service's minutes
        lasting = bool(_PLAN_LASTS.search(question))
        amount = bool(_AMOUNT.search(question)) and not _TEST_TIME.search(question) and not share and not lasting
        clock = bool(_CLOCK_ASKED.search(question))
        people = bool(_WHO.search(question)) or attended
        contact = bool(_CONTACT_ASKED.search(question))
        # not when the date's kind is known ("when does it end")
        when = (bool(_WHEN_ASKED.search(question)) or lasting) and not asked
        all_service_quotes = {id(s.quote) for s in self.doc.services}
        if kinds & _SERVICE_KINDS and not named and not _SERVICE_ASKED.search(question):
            # by its own words: "and how often? (what AT device does he use)" asks how often of the device
            own = self._query_terms(re.sub(r"\s*\([^()]*\)\s*$", "", question))
            kinds -= self._not_a_service(own, all_service_quotes, section_of)
        # the first intent only: "why did they change it?" asks for the reason, not the changes
        pointed = next((h for a, h in _HEADING_INTENTS if a.search(question)), None)
        # a teacher's "what do I do in my class", of a plan with a part for what the teachers do
        duties_part = duty and pointed is _TEACHERS_PART and any(_TEACHERS_PART.search(h) for h in self.heading_terms)
        asks_concerns = bool(_CONCERNS_ASKED.search(question))
        reasons = bool(_WHY_ASKED.search(question))  # "why did they say he qualifies": the reasons the plan lists
        # "what do i do if she says she feels low": the plan's lines for that case ("If ... she feels unwell, ...")
        case = _CASE_SUBJECT.sub("", m.group(1) or m.group(2) or "") if (m := _IF_ASKED.search(question)) else None
        condition = self._query_terms(case) - _CONDITION_NOISE if case is not None else set()
        # the case in the asker's own words, not the words a plan may use for them ("sugar": a CGM): an
        # introduction to steps must name it ("FIRST AID FOR A SEIZURE:", not "… began a new CGM. The changes:")
        case_words = set(tokenize(case)) - _CONDITION_NOISE if case is not None else set()
        for term in list(condition):
            condition |= _CASE_WORDS.get(term, frozenset())
        tested = bool(_TESTED.search(question))  # "if she goes low during a test": the test's own accommodation
        if (
            condition
            and not _ACCOMMODATIONS_NAMED.search(question)
            and (self._behavior_case(condition, section_of) or (self._instructed_case(condition) and not tested))
        ):
            # "what am i supposed to do when he gets out of his seat", of a plan whose behavior part names that
            # behavior: what staff do then, not the list of what a teacher provides every day
            kinds -= {"accommodations", "state_tests"}
        if asks_concerns and not attended:
            terms -= _MEETING_WORDS  # "what did his mom bring up at the meeting": what was said there, not the meeting
        yes_no = bool(_YES_NO.match(question))
        starting = bool(_BASELINE_ASKED.search(question))
        tracking = bool(_PROGRESS_ASKED.search(question))
        meaning = _MEANING_ASKED.search(question)  # "what does MP mean on the progress report"
        defined = re.compile(rf"\b{re.escape(meaning.group(1))}\s*(?:=|:|—|-)\s*[A-Za-z]") if meaning else None
        printing = bool(re.search(r"\bprint", question, re.I))
        scored = []
        for i, (quote, heading) in enumerate(self.items):
            shared = terms & self.terms[i]
            lexical = sum(self.idf.get(t, 0.0) for t in shared) / weight
            eligibility_line = eligibility and bool(
                (_ELIGIBILITY_LINE.match(quote.text) and (asks_idea or not _IDEA_LINE.match(quote.text)))
                or _ELIGIBILITY_FIELD.search(quote.text)
                or (asks_idea and _IDEA_DECISION.search(quote.text))  # "... was found not eligible for special education"
                or (_ELIGIBILITY_HEADING.search(heading) and _ELIGIBILITY_LINE.match(self.labels[i].split(" — ")[0] + ":"))
            )  # the form's eligibility line, or a row under an "Impairment" column
            clock_line = clock and bool(_CLOCK.search(quote.text))
            # the accommodations, also in a section that lists them with the services ("Special Education,
            # Related Services, and Supplementary Aids"), not the services themselves
            duty_line = duty and (
                bool(_TEACHERS_PART.search(heading))  # a part for what the teachers do ("Teacher Responsibilities")
                if duties_part
                else section_of.get(id(quote)) == "accommodations"
                or (bool(_AIDS_HEADING.search(heading)) and id(quote) not in all_service_quotes)
            )
            label = re.split(r" — |:", quote.text, maxsplit=1)[0] if re.search(r" — |:", quote.text) else ""
            label = re.sub(r"\s*\([^)]*\)", "", label)  # "Parent concerns (in the parents' words, from the meeting)"
            pointed_label = pointed is not None and 0 < len(label) <= 40 and bool(pointed.search(label))
            lre_line = "lre" in kinds and bool(_LRE_LINE.search(quote.text))  # "Percent of Time in Regular Class: 82%"
            headed = bool(terms & self.heading_terms[heading])  # under a heading that shares a word with the question
            if (
                not shared
                and sims[i] < MIN_SIMILARITY
                and id(quote) not in asked
                and id(quote) not in service_quotes  # the service asked about, by another name ("counseling": social work)
                and not (eligibility_line or clock_line or duty_line or pointed_label or lre_line)
                and not (condition and condition & self.case_terms[i])  # "goes low": "If … below 70 mg/dL, …"
            ):
                continue  # (an eligibility line answers "what did they qualify her under" in no shared word, a time "what time")
            score = 0.6 * min(lexical, 1.0) + 0.4 * max(sims[i], 0.0) if self.vectors is not None else lexical
            score += INTENT_BOOST * (section_of.get(id(quote)) in kinds or lre_line)
            if duty_line:
                # the asker's own role ("the head start teachers") is not what is asked, and what a teacher does in
                # class is the accommodations, not the services specialists give ("SVC 1: … Resource Specialist")
                score += INTENT_BOOST + AMOUNT_BOOST
            if duty and one_class and " — " in quote.text and one_class in quote.text.split(" — ")[0].lower():
                score += 2 * INTENT_BOOST  # the row for the class the teacher names ("3 – English 11 — Mrs. Petrosyan — …")
            score += SERVICE_BOOST * (id(quote) in service_quotes and not summer)  # not the school year's, in summer
            if (
                amount
                and named
                and _AMENDED.search(heading)
                and _DURATION.search(quote.text)
                and re.search(_MENTIONED.get(named) or dict(_RELATED)[named], quote.text, re.I)
            ):
                score += SERVICE_BOOST + DATE_BOOST  # an amendment's change to the service asked about: what the child gets now
            elif amount and _AMENDED.search(heading) and shared - _FORM_WORDS and _DURATION.search(quote.text):
                score += SERVICE_BOOST  # an amendment's new amount of what is asked ("job coaching increases … to 2 hours")
            score += DATE_BOOST * (id(quote) in asked)
            if amount and (_DURATION.search(quote.text) or _FREQUENCY.search(quote.text)):
                score += AMOUNT_BOOST
            if lre_line and _SHARE_ASKED.search(question) and _PERCENT.search(quote.text):
                score += DATE_BOOST  # "how much of the day is he in general ed": the share of the day, as a number
            if clock_line:
                score += DATE_BOOST  # a time of day, for "what time does his day end", as a date for "when"
            if eligibility_line:
                score += DATE_BOOST  # the form's eligibility line, for "what is his diagnosis"
                if asks_idea and _IDEA_DECISION.search(quote.text):
                    score += INTENT_BOOST  # "does she qualify for an iep too": the decision on special education, first
            elif eligibility and _ELIGIBILITY_HEADING.search(heading):
                score += INTENT_BOOST  # a line under "Nature of the impairment" or "Eligibility"
            if not asks_concerns and (_CONCERNS.search(heading) or _CONCERNS_LINE.match(quote.text)):
                # the parents' worries put in the parents' words: like the question, not its answer
                score -= CONCERNS_PENALTY
            if _PROMPT.match(quote.text):
                score -= PROMPT_PENALTY  # the question on the form, not its answer, which follows it
            if _BLANK_FIELD.search(quote.text) and not _TICKED_BOX.search(quote.text):
                score -= BLANK_PENALTY  # "504 Coordinator signature: ______": a blank to fill in says nothing
            elif _PRINT_STAMP.search(quote.text) and not printing:
                score -= BLANK_PENALTY  # "Printed: 02/04/2027 03:42 PM": when the paper came off the printer
            if pointed is not None and (pointed.search(heading) or pointed_label):
                score += INTENT_BOOST  # under a heading or a row label the question points to ("why" -> "Reason for")
            elif headed:
                score += HEADING_BOOST  # ("Transportation", for "does he need special transportation")
            if (
                ((case_words and case_words & set(tokenize(quote.text))) or (pointed_label and reasons))
                and _INTRODUCES.search(quote.text)
                and i + 1 < len(self.items)
                and _NUMBERED.match(self.items[i + 1][0].text)
            ):
                # "FIRST AID FOR A TONIC-CLONIC SEIZURE:" and its numbered steps, for "what do i do if he has a seizure",
                # or "Reasons for decision:" and its numbered reasons, for "why": the plan's own list for what is asked
                # comes before any row that mentions it
                score += STEPS_BOOST
            elif condition and pointed_label and pointed is _RESPONSE_PART and section_of.get(id(quote)) == "behavior":
                # "what am i supposed to do when he gets out of his seat": the behavior plan's row for how staff
                # respond, over the lines that only describe the behavior ("Hypothesized function: When asked …")
                score += STEPS_BOOST / 2
            elif condition and condition & self.case_terms[i]:
                score += INTENT_BOOST  # what to do in the case the question names
                if not tested and condition & self.instructed[i]:
                    # ... a row or line named by that case, saying what to do ("Low: below 70 mg/dL — Give 15 grams …"),
                    # or a line that treats it ("If the CGM shows a reading below 70 mg/dL, … she will treat … and recheck")
                    score += INTENT_BOOST
            elif condition and 2 * len(condition & self.heading_terms[heading]) >= len(condition):
                # the steps under a heading for that case ("Low Blood Sugar", for "if she is low"), not any heading
                # sharing one of its words ("State Testing", for "if her blood sugar is low during a test")
                score += INTENT_BOOST
            if starting and _BASELINE_LINE.match(quote.text) and shared - _FORM_WORDS - _BASELINE_WORDS:
                score += INTENT_BOOST  # "what was his starting point in reading fluency": that goal's baseline line
            if tracking and (_MARK_LINE.search(quote.text) or self._marks(quote.text)):
                score += DATE_BOOST  # "is he on track for his reading goal": the goal's progress mark or progress line
            if defined is not None and defined.search(quote.text):
                score += DATE_BOOST  # the key that spells out the letters asked about ("MP = making progress")
            if id(quote) in item_lines:
                score += ITEM_BOOST  # a line naming the item asked about ("her IQ", "his behavior plan")
            if when and shared and _DATE.search(quote.text):
                # a dated line on what is asked ("when does she graduate"), the more so under a label
                # that names it ("Expected graduation date: 2029-06-08")
                # ... each cell's label ("When will the student leave high school? — Expected graduation date: …")
                heads = [cell.split(":", 1)[0] for cell in quote.text.split(" — ") if ":" in cell] or [
                    re.split(r":| — ", quote.text, maxsplit=1)[0]
                ]
                labelled = any(
                    len(head) < len(quote.text) and bool((terms - _FORM_WORDS) & set(tokenize(head))) for head in heads
                )
                score += INTENT_BOOST if labelled else AMOUNT_BOOST
            if contact and _CONTACT_LINE.search(quote.text):
                score += PEOPLE_BOOST  # a line with a phone number or email, for "who do I call"
            if contact and _PLAN_CONTACT.search(quote.text):
                score += INTENT_BOOST  # ... the plan's own case manager first, over a doctor's office
            if people and (_PEOPLE_COLUMNS.search(self.labels[i]) or _names_people(quote.text)):
                # a row of a table of names and roles, for "who was at the meeting", or a line naming
                # people by its label ("Glucagon-Trained Staff: Priya Lindqvist (RN), Harriet Vo, …")
                score += PEOPLE_BOOST
                if (terms - _FORM_WORDS) & set(tokenize(heading)):
                    score += INTENT_BOOST  # a table of people about what is asked: "Staff Trained", for "who is trained"
            if _WHERE.search(question) and (_PLACE.search(quote.text) or _DELIVERY.search(quote.text)):
                score += PLACE_BOOST * (1 + (id(quote) in all_service_quotes))  # where a service is given
            if summer and (_SUMMER.search(quote.text) or section_of.get(id(quote)) == "esy"):
                score += SERVICE_BOOST  # summer services answer a summer question, over the school-year service
                if _ESY.search(quote.text):
                    score += AMOUNT_BOOST  # the decision on extended school year, over another summer program
                    if yes_no and _DECIDED.search(quote.text):
                        score += AMOUNT_BOOST  # "ESY eligible: No" answers "does he qualify for ESY?" over its reasons
            elif not summer and _SUMMER.search(quote.text):
                score -= SUMMER_PENALTY
            scored.append(ScoredQuote(quote, score, heading))
        scored.sort(key=lambda s: -s.score)
        if not scored and item and item[1]:
            # nothing near the question's words, but lines naming the item it asks about ("does he have a one on one
            # aide": "A paraprofessional will support Milo …, about 90 minutes each day"): those, as the plan has them
            # ... the closest to the question first
            scored = sorted(
                (
                    ScoredQuote(q, ITEM_BOOST + 0.4 * max(sims[self.position[id(q)]], 0.0), self.home[id(q)].heading)
                    for q in item[1]
                    if id(q) in self.home and id(q) in self.position
                ),
                key=lambda s: -s.score,
            )
        if not scored:
            return DocumentAnswer(question, note=note, absent=absent)
        best = scored[0].score
        kept = [s for s in scored[:top] if s.score >= KEEP_SHARE * best]
        if _LIST.search(question):
            if pointed is not None:  # "what assistive tech": the list under the heading the question points to
                kept = sorted(kept, key=lambda s: not pointed.search(s.heading))
            kept = self._list_rows(scored, kept, terms)
        goal = bool(_GOAL_ASKED.search(question)) and not _BASELINE_ASKED.search(question)
        quotes = self._with_legend(self._titled_first(self._with_values(kept, goal)))
        return DocumentAnswer(question, tuple(quotes), note, absent=absent)

    def _marks(self, text: str) -> list[str]:
        """The codes of a row of progress marks the report's legend spells out ("SP — SP — LP"), if it is one."""
        if not self.legend or not _CODE_ROW.match(text):
            return []
        cells = [c.strip() for c in text.split("—") if c.strip()]
        return list(dict.fromkeys(cells)) if all(c in self.legend for c in cells) else []

    def _with_legend(self, quotes: list[ScoredQuote]) -> list[ScoredQuote]:
        """A row of progress marks ("SP — SP — LP") is followed by the legend's line for each of its
        codes ("LP — Limited Progress — …"): a parent reads the mark, not the letters."""
        out: list[ScoredQuote] = []
        for s in quotes:
            out.append(s)
            for code in self._marks(s.quote.text):
                line = self.legend[code]
                if not any(o.quote is line for o in (*quotes, *out)):
                    out.append(ScoredQuote(line, s.score, self.home[id(line)].heading if id(line) in self.home else ""))
        return out

    def _titled_first(self, quotes: list[ScoredQuote]) -> list[ScoredQuote]:
        """A goal's line ("Goal 1 - Talking") quoted after a line under it is moved before that line,
        so the goal reads under its title."""
        out = list(quotes)
        for s in quotes:
            title = self.goal_line.get(id(s.quote))
            at = next((n for n, o in enumerate(out) if o.quote is title), None)
            here = next(n for n, o in enumerate(out) if o is s)
            if at is not None and at > here:
                out.insert(here, out.pop(at))
        return out

    def _asked_lines(self, question: str) -> set[int]:
        """The lines (by id) that state the one fact a question asks for, found however they are
        worded: the date of the kind asked ("next meeting" -> annual review), the age, the grade
        ("Grade 6", not "reads at grade level")."""
        kinds = _asked_dates(question)
        asked = {id(d.quote) for d in self.doc.dates if d.kind in kinds}
        again, next_asked = bool(_MEET_AGAIN.search(question)), bool(_NEXT_MEETING.search(question))
        if again or next_asked:
            # A line that names the next meeting and its date ("Next IEP Meeting (tentative): week of 09/28/2026")
            # answers "when do they meet again" and "when is the next meeting" before the annual review date; so
            # does a meeting set for a date of its own ("the team will reconvene on …"), asked for as such, or as
            # "the next meeting" of a plan that has no annual review date (an interim plan's 30-day review meeting).
            dated = [q for q, _ in self.items if _DATE.search(q.text)]
            next_set = {id(q) for q in dated if _NEXT_MEETING.search(q.text)}
            if again or (not asked and "annual_review" in kinds):
                asked = ({id(q) for q in dated if _RECONVENE.search(q.text)} | next_set) or asked
            elif next_set:
                asked = next_set
        if _AGE_ASKED.search(question) and self.doc.age_quote is not None:
            asked.add(id(self.doc.age_quote))
        if _GRADE_ASKED.search(question):
            asked.update(id(q) for q, _ in self.items if _GRADE_LINE.search(q.text))
        return asked

    def _with_values(self, kept: list[ScoredQuote], goal: bool = False) -> list[ScoredQuote]:
        """A form's label quoted alone ("Disability", its value on the next line of a PDF), or a
        table's row of column labels ("Meeting date — IEP begins — Reevaluation due", its values in
        the row below), is followed by that next line, so the answer holds the value, not only its label.
        For a question about a `goal`, a goal's baseline ("Baseline: turns in about 55% of homework")
        is followed by the goal written under it ("Annual goal: … will turn in 85% of assignments")."""
        out: list[ScoredQuote] = []
        tabled = False  # one table's rows at most, under the first label that introduces one
        for s in kept:
            out.append(s)
            if _INTRODUCES.search(s.quote.text):  # "3B. Actions the district REFUSES:" and the numbered actions under it
                items = self._listed_after(s.quote, rows=not tabled)
                tabled = tabled or any(not _NUMBERED.match(q.text) for q in items)
                listed = [ScoredQuote(q, s.score, s.heading) for q in items if not any(k.quote is q for k in (*kept, *out))]
                if listed:
                    out += listed[:LIST_MAX]
                    continue
            baseline = goal and bool(_BASELINE_LINE.match(s.quote.text))
            if not (_LABEL.match(s.quote.text) or _GOAL_HEADING.match(s.quote.text) or _labels_row(s.quote.text) or baseline):
                continue
            i = self.position.get(id(s.quote))
            if i is None or i + 1 >= len(self.items):
                continue
            value, heading = self.items[i + 1]
            if baseline and not _GOAL_STATEMENT.search(value.text):
                continue
            if (value.page == s.quote.page or baseline) and heading == s.heading and not any(k.quote is value for k in kept):
                out.append(ScoredQuote(value, s.score, heading))
                # a small table's header row brings all its rows ("Autism — AUT — Primary", "Speech or
                # Language Impairment — SLI — Secondary"), not the first alone
                if _labels_row(s.quote.text):
                    width = len(s.quote.text.split(" — "))
                    rows = list(
                        itertools.takewhile(
                            lambda item: item[1] == s.heading and len(item[0].text.split(" — ")) == width,
                            self.items[i + 1 : i + 2 + SMALL_TABLE],
                        )
                    )
                    if len(rows) <= SMALL_TABLE:
                        out += [ScoredQuote(q, s.score, h) for q, h in rows[1:] if not any(k.quote is q for k in out)]
        return out

    def _mentions(self, service: str) -> bool:
        """Whether any line of the IEP names the service, listed as one or not ("removed from class
        for speech-language therapy", a summer service), or sets a time with the person who gives it
        ("counselor check-in 1x/wk 15 min"): then it is not said to be missing."""
        pattern = _MENTIONED.get(service) or dict(_RELATED)[service]
        provider = _PROVIDERS.get(service)
        return any(
            re.search(pattern, _TOOLS.sub(" ", q.text), re.I)
            or (provider is not None and re.search(provider, q.text, re.I) and bool(_FREQUENCY.search(q.text)))
            for q in self.doc.lines
        )

    def _named_item(self, question: str) -> tuple[str, list[Quote]] | None:
        """The item a question names (a behavior plan, an aide, an IQ score, ...) and the IEP's lines
        that mention it, in document order (none when the IEP never does)."""
        for item, asked, mentioned in _ITEMS:
            if re.search(asked, question, re.I):
                lines = [q for q in self.doc.lines if re.search(mentioned, q.text, re.I)]
                if item == _DOCTOR:  # the school psychologist is "Dr. Vantongeren" too, on every line: not a doctor
                    staff = {n.lower() for q in self.doc.lines if _PSYCHOLOGIST.search(q.text) for n in _DR.findall(q.text)}
                    lines = [q for q in lines if not _DR.search(q.text) or {n.lower() for n in _DR.findall(q.text)} - staff]
                if item in _ITEMS_OF_SOMETHING:  # "what time does the bus come": a time on a line about the bus
                    about = self._query_terms(re.sub(asked, " ", question, flags=re.I)) - _ITEM_NOISE
                    lines = [q for q in lines if about & set(tokenize(q.text))]
                return item, lines
        return None

    def _absent_acronym(self, question: str) -> str | None:
        """A program or benefit a question names by its letters ("Does he get ABA?", "is she getting
        SSI?") that no line of the IEP names, by its letters or its words. The letters this reader
        knows under other names (OT, ESY, SLP, ...) are left to the checks above."""
        letters = [c for c in question if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
            return None  # a question typed in capitals names no acronym
        text = " ".join(q.text for q in self.doc.lines)
        typed = re.findall(r"\b([A-Z]{2,6})s?\b", question)
        typed += [w.upper() for w in re.findall(r"\b([a-z]{2,6})s?\b", question) if w.upper() in _TYPED_LOWER]
        for acronym in dict.fromkeys(typed):
            if acronym in _KNOWN_ACRONYMS or re.search(rf"\b{acronym}s?\b", text, re.I):
                continue
            words_ = _ACRONYM_WORDS.get(acronym)
            if words_ and re.search(words_, text, re.I):
                continue
            return acronym
        return None

    def _absent_named(self, question: str) -> str | None:
        """A kind of therapy ("does she get music therapy?") or a person's role ("who is the school
        psychologist?") a question names that no line of the IEP names."""
        text = " ".join(_TOOLS.sub(" ", q.text) for q in self.doc.lines)
        therapy = _THERAPY_ASKED.search(question)
        # named as a therapy, not only as a class ("Music (Tuesday, Thursday)" is no music therapy)
        kind = re.escape(therapy.group(1)[:5]) if therapy else ""
        if (
            therapy
            and therapy.group(1).lower() not in _NOT_THERAPY
            and not re.search(rf"{kind}\w*(?:[- ]\w+)?[- ]therap|therap\w*\W+(?:\w+\W+){{0,3}}{kind}", text, re.I)
        ):
            return f"{therapy.group(1).lower()} therapy"
        subject = _SUBJECT_TEACHER.search(question)
        if subject and not re.search(
            rf"\b{re.escape(subject.group(1))}\b.{{0,40}}\bteacher|\bteacher\b.{{0,40}}\b{re.escape(subject.group(1))}\b",
            text,
            re.I,
        ):
            return f"a {subject.group(1).lower()} teacher"
        role = _ROLE_ASKED.search(question)
        if role:
            name, _, mentioned = next(r for r in _ROLES if re.fullmatch(r[1], role.group(1), re.I))
            if not re.search(mentioned, text, re.I):
                return f"a {name}"
        return None

    def _goal_texts(self) -> list[str]:
        """The IEP's goals: those read as goals, the lines of its goals sections, and lines labelled
        as a goal wherever they stand ("Annual goal — By 01/07/2028, …" under "Area of Need 2")."""
        return [g.text for g in self.doc.goals] + [
            q.text
            for s in self.doc.sections
            for q in s.lines
            if (s.kind == "goals" and not re.search(r"\bprogress\b|\breport", q.text, re.I)) or _GOAL_LABEL.match(q.text)
        ]

    def _absent_goal_note(self, question: str) -> str | None:
        """What to say when the IEP has no goal in the area asked about ("Does he have a writing
        goal?"): it has goals and none of them is in that area, or has no goals at all (a 504 plan)
        and never speaks of one. Only areas with known words (reading, writing, math, behavior,
        speech, social, motor) get this verdict."""
        match = _GOAL_AREA.search(question)
        if not match or match.group(1).lower() in _NOT_AREA:
            return None
        area = match.group(1).lower()
        stems = set(tokenize(area))
        if not stems or not stems <= _GOAL_AREAS.keys():
            return None  # an area this reader has no words for: no verdict
        goals = self._goal_texts()
        if not goals:  # none in that area either, unless it speaks of goals some other way
            # (an amendment: "we also raised her reading goal")
            if any(re.search(r"\bgoals?\b", q.text, re.I) for q in self.doc.lines):
                return None
            return f"This plan lists no goals, so no {area} goal either. The closest passages:"
        for stem in list(stems):
            stems.update(_GOAL_AREAS[stem])
        # "given two-step word problems read aloud" is how a math goal is given, not a reading goal
        words = {t for text in goals for t in tokenize(_READ_TO.sub(" ", text))}
        if any(w.startswith(s) or (len(w) >= 4 and s.startswith(w)) for s in stems for w in words):
            return None
        return f"No {area} goal is listed in this IEP. The goals it has:"

    def _listed_after(self, quote: Quote, rows: bool = True) -> list[Quote]:
        """The numbered lines right after a line in its section ("3B. Actions the district REFUSES:"
        then "1. …", "2. …"), or, with `rows`, the rows of the table right after it."""
        section = self.home.get(id(quote))
        if section is None:
            return []
        at = next(i for i, q in enumerate(section.lines) if q is quote)
        after = section.lines[at + 1 :]
        numbered = list(itertools.takewhile(lambda q: bool(_NUMBERED.match(q.text)), after))
        if numbered or not rows or not after or " — " not in after[0].text:
            return numbered
        # "5b. Measurable postsecondary goals:" over a table ("Education / Training — After graduation, …"): its rows
        table = list(itertools.takewhile(lambda q: " — " in q.text, after))
        return table[1:] if _is_header_row(table[0].text) or _labels_row(table[0].text) else table

    def _list_rows(self, scored: list[ScoredQuote], kept: list[ScoredQuote], terms: set[str]) -> list[ScoredQuote]:
        """For a question asking for a list, every row of the best passage's table (the lines of
        its section that read as rows, not sentences) that scores near the best: the best row
        first, then the others in document order."""
        best = kept[0]
        section = self.home.get(id(best.quote))
        # "… is changed as follows." and its items, or a title on the question's words ("Target Behaviors")
        if _INTRODUCES.search(best.quote.text) or (_TITLE_LINE.match(best.quote.text) and terms & set(tokenize(best.quote.text))):
            items = self._listed_after(best.quote)
            if items:
                listed = [best] + [ScoredQuote(q, best.score, best.heading) for q in items]
                return (listed + [s for s in kept[1:] if all(s.quote is not q for q in items)])[:LIST_MAX]
        # lines counted under one label ("Target behavior 1 - Leaving the group area", "Target behavior 2 - Biting"):
        # all of them, in order
        at = next((n for n, s in enumerate(kept) if _COUNTED.match(s.quote.text)), None)
        if at is not None and (counted := _COUNTED.match(kept[at].quote.text)):
            anchor, label = kept[at], counted.group(1).lower()
            home = self.home.get(id(anchor.quote))
            kin = [q for q in (home.lines if home else ()) if (m := _COUNTED.match(q.text)) and m.group(1).lower() == label]
            if len(kin) > 1:
                listed = [anchor if q is anchor.quote else ScoredQuote(q, anchor.score, anchor.heading) for q in kin]
                rest = [s for s in kept[at + 1 :] if all(s.quote is not q for q in kin)]
                return (kept[:at] + listed + rest)[:LIST_MAX]
        # the list is the table (or numbered list) of the best passage, or of the next kept one in the
        # same section when the best is a sentence beside it ("Modifications: ☒ No" over the table)
        member = next(
            (
                s
                for s in kept
                if s is best or _in_section(section, s.quote)
                if _NUMBERED.match(s.quote.text) or _is_row(s.quote.text)
            ),
            None,
        )
        if section is None or member is None:
            return kept
        like = _NUMBERED.match if _NUMBERED.match(member.quote.text) else _is_row
        members = {id(q) for q in section.lines if like(q.text)}
        rows = [s for s in scored if id(s.quote) in members and s.score >= 0.5 * member.score and s is not best]
        order = {id(q): i for i, q in enumerate(section.lines)}
        rows.sort(key=lambda s: order[id(s.quote)])
        rest = [s for s in kept if id(s.quote) not in members and s is not best]
        return ([best] + rows + rest)[:LIST_MAX]


# A line packing many facts ("A1 Extended time: 1.5x on tests; A2 Directions read aloud and repeated; A3 …",
# "Student: … | DOB: … | Grade: 03 | …"): its parts are measured against a question one by one.
DENSE_CHARS = 160
_DENSE_SPLIT = re.compile(r"\s*(?:;|\|)\s+")


def _dense_parts(text: str) -> list[str]:
    parts = [p for p in _DENSE_SPLIT.split(text) if len(p.split()) >= 2]
    return parts if len(text) > DENSE_CHARS and len(parts) >= 3 else []


def _in_section(section: IEPSection | None, quote: Quote) -> bool:
    return section is not None and any(q is quote for q in section.lines)


def _two_questions(question: str) -> tuple[str, str] | None:
    """The two questions of "… and what …?" or of two sentences each asking ("Is there a goal for
    speaking up? How often does she do that now?"), else None."""
    joined = joined_questions(question)
    if joined is not None and opens_asking(joined[0]):
        return joined
    asked = [part.strip() for part in re.split(r"(?<=\?)\s+", question.strip()) if part.strip()]
    if len(asked) == 2 and all(part.endswith("?") and len(part.split()) >= 3 for part in asked):
        return asked[0], asked[1]
    return None


def _has_it(lines: Sequence[Quote]) -> bool:
    """Whether the lines naming an item say the plan has it: there are some, and none of the first
    few says the item does not apply ("ESY: Not eligible at this time", "[X] No", "no behavior plan
    is needed")."""
    return bool(lines) and not any(_SAYS_NO.search(q.text) for q in lines[:3])


_AMENDED = re.compile(r"\bamend|\brevis", re.I)  # the heading of an amendment to the IEP, or of its changes
# A line that introduces the list under it: "… is changed as follows.", "The team agreed to the following:".
_INTRODUCES = re.compile(r"\b(?:as follows|the following)\s*[.:]\s*(?:[A-Z][^.]*\.)?\s*$|:\s*$", re.I)
# a title of a few words on a line of its own ("Target Behaviors", a heading a PDF gives no mark of)
_TITLE_LINE = re.compile(r"^[A-Z][A-Za-z'/&-]*(?: [A-Za-z'/&-]+){0,3}$")


_COUNTED = re.compile(r"^\s*([A-Za-z][A-Za-z ]{2,30}?)\s+(?:#\s?)?(\d{1,2})\s*(?:[-—–:.)]|$)")  # "Target behavior 2 - …"
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h][.)]|[-•*▪◦●]|" + _TICKED + r")\s*\S")  # "☒ Extra wait time" too


def _labels_row(text: str) -> bool:
    """A table row of column labels only: two or more short cells, none with a number or a date,
    or short codes each numbered ("Q1 — Q2 — Q3 — Q4", over the marks for each quarter)."""
    cells = text.split(" — ")
    if _CODE_ROW.match(text) and all(re.search(r"\d", c) for c in cells):
        return True
    return len(cells) >= 2 and all(0 < len(c.split()) <= 5 for c in cells) and not re.search(r"\d", text)


def _is_row(text: str) -> bool:
    """A table row or a short list line, not a sentence: cells joined by " — " (Word), or a line of
    a few words that does not end as a sentence does."""
    return " — " in text or (len(text.split()) <= 14 and not re.search(r"[.!?]$", text))


def _asked_dates(question: str) -> set[str]:
    """The kinds of date a question asks for ("When is her re-evaluation?" -> reevaluation)."""
    if not re.search(r"\bwhen|\bdate|\bdue\b|\bhow long until|\bwhat day", question, re.I):
        return set()
    return {kind for kind, pattern in _DATE_QUESTIONS if pattern.search(question)}


# Services that parents call by one another's name: "counseling" is often written as social work services.
_KIN = {
    "Counseling": ("Social work services", "Psychological services"),
    "Social work services": ("Counseling",),
    "Psychological services": ("Counseling",),
}
# How parents name a service by the person who gives it ("does she see the counselor?"); an IEP
# that only names the person (a counselor at the meeting) does not list the service.
_PROVIDERS = {
    "Counseling": r"\bcounsel(?:or|lor)s?\b",
    "Social work services": r"\bsocial workers?\b",
    "Transportation": r"\b(?:ride|rides|take|takes|get|gets) (?:a |the )?(?:special |school )?bus\b|\bbus to school\b"
    r"|\b(?:provid\w*|giv\w*|send\w*) (?:a |the )?(?:special |school )?bus\b|\bbus service\b|\bbus+ing\b",
}


def _named_service(question: str) -> str | None:
    """The related service a question names ("speech" -> "Speech-language therapy"), if any; not
    a reading or writing tool ("can she use text to speech on the state test")."""
    question = _TOOLS.sub(" ", question)
    for name, pattern in _RELATED:
        provider = _PROVIDERS.get(name)
        if re.search(pattern, question, re.I) or (provider and re.search(provider, question, re.I)):
            return name
    return None


def _lock(embedder):
    """The model's lock, shared with the guidance library's searches (its tokenizer is not thread-safe).
    The IEP's text never goes through the library's embedding cache."""
    from assistant.embeddings import model_lock

    return model_lock(embedder)


def _unit_rows(vectors: Sequence[Sequence[float]]) -> np.ndarray:
    """The vectors as rows of unit length (a zero vector stays zero), so a product is a cosine."""
    rows = np.asarray(vectors, dtype=np.float64).reshape(len(vectors), -1)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)


def ask_document(doc: IEPDocument, question: str, embedder: Embedder | None = None) -> DocumentAnswer:
    """Answer a question from the IEP alone, quoting its passages verbatim with their places."""
    return DocumentIndex(doc, embedder).ask(question)


# A general question for the guidance library about the part of an IEP a question was answered
# from, for when the parent's own question is about their child and the library has nothing on it.
TOPIC_QUESTIONS = {
    "present_levels": "What are present levels in an IEP?",
    "goals": "What makes an IEP goal measurable?",
    "progress": "How often should I get IEP progress reports?",
    "special_education": "What special education services can an IEP include?",
    "related_services": "What are related services in an IEP?",
    "accommodations": "What are accommodations in an IEP?",
    "state_tests": "How does the IEP cover state tests?",
    "lre": "What is the least restrictive environment?",
    "esy": "What is extended school year?",
    "transition": "What is transition planning in an IEP?",
    "dates": "How often must the IEP be reviewed?",
}


def topic_question(doc: IEPDocument, answer: DocumentAnswer) -> str | None:
    """The library question for the section the document's best passage is in (None if no passage)."""
    if not answer.quotes:
        return None
    best = answer.quotes[0].quote
    for section in doc.sections:
        if any(q is best for q in section.lines):
            kind = section.kind
            if kind == "special_education" and any(s.quote is best and s.kind == "related" for s in doc.services):
                kind = "related_services"
            return TOPIC_QUESTIONS.get(kind)
    return None


@dataclass
class Asked:
    """One question about the IEP: the document's answer, and the guidance library's when asked
    (`library_question` is what the library was asked, when it differs from the parent's question)."""

    question: str
    document: DocumentAnswer
    library: object | None = None  # assistant.types.Answer
    library_note: str = ""
    library_question: str = ""
