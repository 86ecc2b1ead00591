"""An answer as safe HTML: each [n] a link to its source card, unsupported sentences marked.

Within a paragraph each source is cited once, after the last sentence drawn from it
(`one_marker_per_source`); the sentences themselves are kept word for word. Every piece of
answer text is escaped with `html.escape`; the only tags are our own."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping

from assistant.citations import ITEM_MARK, cited_sentences, markers
from assistant.types import UNSUPPORTED_LABEL, Answer, Citation, SentenceCheck

_ITEM = re.compile(r"\n(?=\s*(?:[-*•]|\d{1,3}[.)])\s)")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s")
_PARAGRAPH = re.compile(r"\n\s*\n")
_MARKER = re.compile(r"[ \t]*\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")

Anchor = Callable[[int], str]


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _grouped_paragraph(paragraph: str) -> str:
    found = list(_MARKER.finditer(paragraph))
    last = {n: i for i, m in enumerate(found) for n in markers(m.group(0))}
    out, pos = [], 0
    for i, match in enumerate(found):
        kept = [n for n in dict.fromkeys(markers(match.group(0))) if last[n] == i]
        lead = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip(" \t"))]
        out.append(paragraph[pos : match.start()])
        if kept:
            out.append(f"{lead}[{', '.join(str(n) for n in kept)}]")
        pos = match.end()
    out.append(paragraph[pos:])
    return "".join(out)


def one_marker_per_source(text: str) -> str:
    """The answer text with one marker per source in each paragraph: a source's [n] stays only
    after the last sentence (or list item) of the paragraph that cites it, and the earlier ones
    go with the space before them. Everything else, the sentences included, is left as it is."""
    pieces = _PARAGRAPH.split(text)
    breaks = _PARAGRAPH.findall(text)
    out = [_grouped_paragraph(pieces[0])]
    for gap, piece in zip(breaks, pieces[1:]):
        out += [gap, _grouped_paragraph(piece)]
    return "".join(out)


def unsupported_texts(checks: tuple[SentenceCheck, ...]) -> set[str]:
    return {_key(c.text) for c in checks if not c.supported}


def cite_link(n: int, citation: Citation | None, anchor: Anchor) -> str:
    """`[n]` as a link to the card of citation n (plain text if there is no such citation)."""
    if citation is None:
        return f"[{n}]"
    label = html.escape(f"Source {n}: {citation.title}", quote=True)
    return f'<a class="ig-cite" href="#{html.escape(anchor(n))}" aria-label="{label}">[{n}]</a>'


def sentence_html(
    text: str, numbers: tuple[int, ...], citations: Mapping[int, Citation], anchor: Anchor, unsupported: bool
) -> str:
    links = "".join(cite_link(n, citations.get(n), anchor) for n in dict.fromkeys(numbers))
    body = html.escape(text)
    if unsupported:
        flag = f'<span class="ig-flag" role="note">⚠ {UNSUPPORTED_LABEL}</span>'
        return f'<span class="ig-unsupported">{body}</span>{" " + links if links else ""} {flag}'
    return f"{body} {links}" if links else body


def block_html(block: str, citations: Mapping[int, Citation], anchor: Anchor, flagged: set[str]) -> str:
    return " ".join(sentence_html(s.text, s.numbers, citations, anchor, _key(s.text) in flagged) for s in cited_sentences(block))


def paragraph_html(paragraph: str, citations: Mapping[int, Citation], anchor: Anchor, flagged: set[str]) -> str:
    """A paragraph, with a list of bullet or numbered items where the text has one."""
    out: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            tag = "ol" if _NUMBERED.match(items[0]) else "ul"
            lis = "".join(f"<li>{block_html(i, citations, anchor, flagged)}</li>" for i in items)
            out.append(f"<{tag}>{lis}</{tag}>")
            items.clear()

    for part in (p for p in _ITEM.split(paragraph) if p.strip()):
        if ITEM_MARK.match(part):
            items.append(part)
            continue
        close_list()
        out.append(f"<p>{block_html(part, citations, anchor, flagged)}</p>")
    close_list()
    return "".join(out)


def answer_html(answer: Answer, anchor: Anchor) -> str:
    """The answer body as HTML, its markers linking to `#anchor(n)`."""
    citations = {c.n: c for c in answer.citations}
    flagged = unsupported_texts(answer.checks)
    paragraphs = [p for p in _PARAGRAPH.split(one_marker_per_source(answer.text)) if p.strip()]
    body = "".join(paragraph_html(p, citations, anchor, flagged) for p in paragraphs)
    return f'<div class="ig-answer">{body}</div>'
