"""Source cards and the full-article view as safe HTML (document text is always escaped)."""

from __future__ import annotations

import html
import re

from assistant.sources import Article, ArticleSection, CitedSource
from assistant.types import Citation
from ui.highlight import excerpt, marked
from ui.wording import article_audience

QUOTE_ID = "ig-quote"
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s")


def where(citation: Citation) -> str:
    """Section and page of a citation, in words ('' for a document's opening text)."""
    parts = []
    if citation.section and citation.section != "Overview":
        parts.append(citation.section.replace(" > ", " › "))
    if citation.page:
        parts.append(f"page {citation.page}")
    return ", ".join(parts)


def chip_label(citation: Citation) -> str:
    """A source's chip: its number, title, section and page ("[2] Costs · Who pays · page 4")."""
    parts = [citation.title]
    if citation.section and citation.section != "Overview":
        parts.append(citation.section.replace(" > ", " › "))
    if citation.page:
        parts.append(f"page {citation.page}")
    return f"[{citation.n}] " + " · ".join(parts)


# Following a [n] marker opens the source's chip first (by clicking its summary, so the page's own
# state knows it is open), then the browser scrolls to the card. One listener, however many answers.
OPEN_CARD_SCRIPT = (
    "<script>(function () {"
    "if (window.igCiteReady) return; window.igCiteReady = true;"
    "document.addEventListener('click', function (event) {"
    "  const link = event.target.closest && event.target.closest('a.ig-cite');"
    "  if (!link || !link.hash) return;"
    "  const card = document.getElementById(decodeURIComponent(link.hash.slice(1)));"
    "  const chip = card && card.closest('details');"
    "  if (chip && !chip.open) { const summary = chip.querySelector('summary'); if (summary) summary.click(); }"
    "}, true);"
    "})();</script>"
)


def card_html(source: CitedSource, anchor_id: str, context_chars: int, *, show_file: bool = False) -> str:
    """One source card: number, title, section/page, audience, and the quoted passage
    highlighted in the text of its section (the whole section one click away). The document's
    file path is for staff only (`show_file`): the public sees titles, never server paths."""
    c = source.citation
    e = html.escape
    meta = [m for m in (where(c), article_audience(source.audience) if source.chunk else "") if m]
    section_html, found = marked(source.section_text, c.quote)
    whole = (
        f'<details class="ig-section"><summary>Show the whole section</summary>'
        f'<div class="ig-section-text">{section_html}</div></details>'
        if found and source.chunk and len(source.section_text) > len(c.quote) + 40
        else ""
    )
    return (
        f'<section class="ig-card" id="{e(anchor_id)}" tabindex="-1" aria-labelledby="{e(anchor_id)}-title">'
        f'<p class="ig-card-title" id="{e(anchor_id)}-title"><span class="ig-n">{c.n}</span> {e(c.title)}</p>'
        f'<p class="ig-meta">{" · ".join(e(m) for m in meta)}</p>'
        f'<blockquote class="ig-passage">{excerpt(source.section_text, c.quote, context_chars)}</blockquote>'
        f"{whole}" + (f'<p class="ig-file">{e(c.source)}</p>' if show_file else "") + "</section>"
    )


def _heading(section: ArticleSection) -> str:
    path = tuple(p for p in section.path if p != "Overview")
    page = f'<span class="ig-page">page {section.page}</span>' if section.page else ""
    if not path:
        return f'<p class="ig-meta">{page}</p>' if page else ""
    level = min(2 + len(path), 6)
    return f"<h{level}>{html.escape(path[-1])}{' ' + page if page else ''}</h{level}>"


def _paragraphs(text_html: str) -> str:
    """Blank-line separated paragraphs; runs of "- " or "1. " lines become lists."""
    out = []
    for block in (b for b in text_html.split("\n\n") if b.strip()):
        lines = [line for line in block.split("\n") if line.strip()]
        if all(_LIST_ITEM.match(line) for line in lines):
            tag = "ol" if _NUMBERED.match(lines[0]) else "ul"
            items = "".join(f"<li>{_LIST_ITEM.sub('', line, count=1)}</li>" for line in lines)
            out.append(f"<{tag}>{items}</{tag}>")
        else:
            out.append(f"<p>{'<br>'.join(lines)}</p>")
    return "".join(out)


def article_html(article: Article, chunk_id: str, quote: str, *, show_file: bool = False) -> str:
    """The whole document in order, the quoted passage highlighted in the section of the
    cited chunk, with a link to jump to it (the file path for staff only)."""
    target = article.section_with(chunk_id)
    found = False
    body = []
    for i, section in enumerate(article.sections):
        text = html.escape(section.text)
        if i == target:
            text, found = marked(section.text, quote, first_id=QUOTE_ID)
        body.append(f"<section>{_heading(section)}{_paragraphs(text)}</section>")
    jump = f'<p class="ig-jump"><a href="#{QUOTE_ID}">Jump to the passage quoted in the answer</a></p>' if found else ""
    meta = " · ".join(html.escape(m) for m in (article_audience(article.audience), article.source if show_file else "") if m)
    return f'<article class="ig-article"><p class="ig-meta">{meta}</p>{jump}{"".join(body)}</article>'
