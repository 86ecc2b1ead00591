"""Finding a quoted passage inside its section and marking it up as safe HTML.

A quote is verbatim text of its chunk; sentences that are not next to each other are joined
with an ellipsis. Each part is found on its own, whitespace-insensitively. All text is escaped
with `html.escape` before any tag of ours is added."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

Span = tuple[int, int]
ELLIPSIS = "…"
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=\S)|\n\s*")


def quote_parts(quote: str) -> list[str]:
    """The verbatim pieces of a quote, in order."""
    return [part.strip() for part in quote.split(ELLIPSIS) if part.strip(" .")]


def _pattern(part: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in part.split()))


def find_spans(text: str, quote: str) -> list[Span]:
    """Where each part of the quote stands in the text, in order; parts not found are skipped."""
    spans: list[Span] = []
    pos = 0
    for part in quote_parts(quote):
        pattern = _pattern(part)
        match = pattern.search(text, pos) or pattern.search(text)
        if match:
            spans.append(match.span())
            pos = match.end()
    return _merge(sorted(spans))


def _merge(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def mark(text: str, spans: Sequence[Span], *, first_id: str | None = None) -> str:
    """The text as HTML with each span in <mark>; the first mark may carry an id."""
    out: list[str] = []
    pos = 0
    for i, (start, end) in enumerate(spans):
        out.append(html.escape(text[pos:start]))
        out.append(_mark_lines(text[start:end], first_id if i == 0 else None))
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _mark_lines(piece: str, mark_id: str | None) -> str:
    """<mark> each line of a piece on its own, so a mark never spans a paragraph break."""
    out = []
    for line in piece.split("\n"):
        if line.strip():
            attr = f' id="{html.escape(mark_id)}"' if mark_id else ""
            out.append(f"<mark{attr}>{html.escape(line)}</mark>")
            mark_id = None
        else:
            out.append(html.escape(line))
    return "\n".join(out)


def window(text: str, spans: Sequence[Span], context: int) -> Span:
    """The part of the text to show around the spans: whole sentences where they fit in
    `context` characters on each side, else the nearest word boundary."""
    if not spans:
        return (0, len(text))
    first, last = spans[0][0], spans[-1][1]
    lo, hi = max(0, first - context), min(len(text), last + context)
    breaks = list(_SENTENCE_START.finditer(text))
    starts = [m.end() for m in breaks if lo <= m.end() <= first]
    start = 0 if lo == 0 else (starts[0] if starts else _word_after(text, lo, first))
    ends = [m.start() for m in breaks if last <= m.start() <= hi]
    end = len(text) if hi == len(text) else (ends[-1] if ends else _word_before(text, hi, last))
    return (start, end)


def _word_after(text: str, pos: int, limit: int) -> int:
    space = text.find(" ", pos, limit)
    return space + 1 if space >= 0 else pos


def _word_before(text: str, pos: int, limit: int) -> int:
    space = text.rfind(" ", limit, pos)
    return space if space >= 0 else pos


def _sentence_breaks(text: str, span: Span) -> list[Span]:
    """The breaks between the sentences inside a span (each from one sentence's end to the next's start)."""
    start, end = span
    return [m.span() for m in _SENTENCE_START.finditer(text, start, end) if start < m.start() and m.end() < end]


def abridged(text: str, spans: Sequence[Span]) -> str:
    """Like `mark`, but a marked span of three sentences or more shows only its first and last
    sentence, with a note of how many sentences between them are left out (the answer has them)."""
    out: list[str] = []
    pos = 0
    for start, end in spans:
        breaks = _sentence_breaks(text, (start, end))
        out.append(html.escape(text[pos:start]))
        if len(breaks) >= 2:
            left_out = len(breaks) - 1
            note = f"{left_out} more sentence{'s' if left_out > 1 else ''} quoted in the answer"
            out.append(_mark_lines(text[start : breaks[0][0]], None))
            out.append(f' <span class="ig-gap">{ELLIPSIS} {note} {ELLIPSIS}</span> ')
            out.append(_mark_lines(text[breaks[-1][1] : end], None))
        else:
            out.append(_mark_lines(text[start:end], None))
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def excerpt(text: str, quote: str, context: int) -> str:
    """HTML of the quote marked inside the sentences around it, with … where text is cut. A long
    quote shows its first and last sentence only (the answer above it has the rest)."""
    spans = find_spans(text, quote)
    if not spans:
        return f"<mark>{html.escape(quote)}</mark>"
    start, end = window(text, spans, context)
    inner = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    piece = text[start:end].strip()
    body = abridged(piece, _shift_for_strip(text[start:end], inner))
    before = f"{ELLIPSIS} " if start > 0 else ""
    after = f" {ELLIPSIS}" if end < len(text) else ""
    return f"{before}{body}{after}"


def _shift_for_strip(piece: str, spans: Sequence[Span]) -> list[Span]:
    lead = len(piece) - len(piece.lstrip())
    return [(s - lead, e - lead) for s, e in spans]


def marked(text: str, quote: str, *, first_id: str | None = None) -> tuple[str, bool]:
    """HTML of the whole text with the quote marked, and whether the quote was found."""
    spans = find_spans(text, quote)
    return mark(text, spans, first_id=first_id), bool(spans)
