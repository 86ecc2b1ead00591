"""A conversation saved as Markdown or as one self-contained HTML page, with its sources.

Question, answer and document text is escaped for each format: nothing a person typed or a
document holds is interpreted as markup."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime

from assistant.types import UNSUPPORTED_LABEL
from ui.answer_html import answer_html, one_marker_per_source, unsupported_texts
from ui.cards import where
from ui.conversation import Exchange
from ui.highlight import excerpt
from ui.wording import DISCLAIMER, NOT_LEGAL_ADVICE, PRIVACY, article_audience, wording_for

# The styles of an exported page (a conversation, an IEP summary): readable, high-contrast, printable.
EXPORT_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #ffffff; color: #1d2433;
  font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: #3a4356; }
a { color: #1f5fa8; }
a:focus-visible { outline: 3px solid #1f5fa8; outline-offset: 2px; }
.asked, .meta, .file { color: #4a5365; font-size: .9rem; margin: 0; }
.file { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; overflow-wrap: anywhere; }
.exchange { border-top: 1px solid #d5dbe5; }
.ig-answer p { margin: .6rem 0; }
.ig-cite { font-weight: 600; padding: 0 .15em; }
.ig-unsupported { text-decoration: underline dotted #8a2c0d; }
.ig-flag { color: #8a2c0d; background: #fdecea; border-radius: 4px; padding: 0 .3em; font-size: .85em; }
.notice { background: #eef4fb; border-left: 4px solid #1f5fa8; padding: .5rem .75rem; }
ol.sources { padding-left: 1.5rem; }
ol.sources li { margin-bottom: 1rem; }
ol.sources li:target { background: #eef4fb; }
.title { font-weight: 600; margin: 0; }
blockquote { margin: .4rem 0; padding-left: .75rem; border-left: 4px solid #c7d3e3; }
mark { background: #fff1a8; color: inherit; padding: 0 .1em; }
footer { margin-top: 2.5rem; border-top: 1px solid #d5dbe5; color: #4a5365; font-size: .9rem; }
@media print {
  body { font-size: 12pt; }
  a { color: inherit; }
  .exchange { break-inside: avoid-page; }
}
"""

TITLE = "IEP Guide conversation"
_MD_INLINE = str.maketrans({ch: "\\" + ch for ch in "\\`*_<[]~|"})
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.M)
_MARKER = re.compile(r"\\\[(\d{1,3})\\\]")


def md_text(text: str) -> str:
    """Text shown literally by Markdown viewers, still readable as plain text."""
    escaped = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text.translate(_MD_INLINE))
    return _MARKER.sub(r"[\1]", escaped)


def file_name(saved_at: datetime, extension: str) -> str:
    return f"iep-guide-conversation-{saved_at:%Y-%m-%d-%H%M}.{extension}"


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%B} {local.day}, {local:%Y at %H:%M}"


def _md_exchange(i: int, ex: Exchange) -> list[str]:
    answer = ex.answer
    lines = [f"## {i}. {md_text(ex.question)}", "", f"*Asked {_when(ex.asked_at)} as {wording_for(ex.audience).label}*", ""]
    lines += [md_text(p) for p in one_marker_per_source(answer.text).split("\n")] + [""]
    if answer.notice:
        lines += [f"> **Note:** {md_text(answer.notice)}", ""]
    flagged = [c.text for c in answer.checks if not c.supported]
    if flagged:
        lines += [f"**⚠ {UNSUPPORTED_LABEL.capitalize()}:**", ""] + [f"- {md_text(t)}" for t in flagged] + [""]
    if answer.abstained:
        words = wording_for(ex.audience)
        lines += [f"**{words.abstain_heading}**", ""]
        lines += [f"- **{h.name}** — {h.detail}" + (f" <{h.url}>" if h.url else "") for h in words.help] + [""]
    if ex.sources:
        lines += ["**Sources**", ""]
        for s in ex.sources:
            c = s.citation
            detail = " · ".join(md_text(m) for m in (where(c), article_audience(s.audience) if s.chunk else "") if m)
            lines.append(f"{c.n}. **{md_text(c.title)}**" + (f" — {detail}" if detail else ""))
            lines.append(f"   > {md_text(c.quote)}")
            lines.append("")
    return lines


def to_markdown(exchanges: Sequence[Exchange], *, saved_at: datetime) -> str:
    """The conversation as Markdown: each question, its answer with [n] markers, its sources."""
    lines = [f"# {TITLE}", "", f"Saved {_when(saved_at)}.", ""]
    for i, ex in enumerate(exchanges, start=1):
        lines += ["---", ""] + _md_exchange(i, ex)
    lines += ["---", "", f"*{md_text(DISCLAIMER)}*", "", f"*{md_text(PRIVACY)}*", ""]
    return "\n".join(lines)


def to_plain_text(ex: Exchange) -> str:
    """One answer as plain text for the clipboard: the question, the answer with one [n] marker per
    source in each paragraph, each source once (title, section and page, quoted passage) and the
    not-legal-advice line. No file paths."""
    answer = ex.answer
    lines = [f"Question: {ex.question}", ""]
    if answer.notice:
        lines += [f"Note: {answer.notice}", ""]
    if answer.lead_in:
        lines += [answer.lead_in, ""]
    lines += [one_marker_per_source(answer.text), ""]
    flagged = [c.text for c in answer.checks if not c.supported]
    if flagged:
        lines += [f"{UNSUPPORTED_LABEL.capitalize()}:"] + [f"- {t}" for t in flagged] + [""]
    if answer.abstained:
        words = wording_for(ex.audience)
        lines += [words.abstain_heading]
        lines += [f"- {h.name}: {h.detail}" + (f" {h.url}" if h.url else "") for h in words.help] + [""]
    if ex.sources:
        lines += ["Sources"]
        for s in ex.sources:
            c = s.citation
            detail = where(c)
            lines.append(f"[{c.n}] {c.title}" + (f" ({detail})" if detail else ""))
            if c.quote:
                lines.append(f"    “{c.quote}”")
        lines.append("")
    lines.append(f"From IEP Guide. {NOT_LEGAL_ADVICE}")
    return "\n".join(lines)


def _html_sources(ex: Exchange, anchor, context_chars: int) -> str:
    e = html.escape
    items = []
    for s in ex.sources:
        c = s.citation
        meta = " · ".join(e(m) for m in (where(c), article_audience(s.audience) if s.chunk else "") if m)
        items.append(
            f'<li id="{e(anchor(c.n))}" value="{c.n}"><p class="title">{e(c.title)}</p>'
            f'<p class="meta">{meta}</p><blockquote>{excerpt(s.section_text, c.quote, context_chars)}</blockquote></li>'
        )
    return f'<h3>Sources</h3><ol class="sources">{"".join(items)}</ol>' if items else ""


def _html_help(ex: Exchange) -> str:
    words = wording_for(ex.audience)
    e = html.escape
    items = "".join(
        f"<li><strong>{e(h.name)}</strong> — {e(h.detail)}" + (f' <a href="{e(h.url)}">{e(h.url)}</a>' if h.url else "") + "</li>"
        for h in words.help
    )
    return f"<h3>{e(words.abstain_heading)}</h3><ul>{items}</ul>"


def _html_exchange(i: int, ex: Exchange, context_chars: int) -> str:
    e = html.escape
    answer = ex.answer

    def anchor(n: int) -> str:
        return f"q{i}-source-{n}"

    parts = [
        f'<section class="exchange" id="q{i}"><h2><span class="num">{i}.</span> {e(ex.question)}</h2>',
        f'<p class="asked">Asked {e(_when(ex.asked_at))} as {e(wording_for(ex.audience).label)}</p>',
    ]
    if answer.notice:
        parts.append(f'<p class="notice"><strong>Note:</strong> {e(answer.notice)}</p>')
    parts.append(answer_html(answer, anchor))
    if unsupported_texts(answer.checks):
        parts.append(f'<p class="notice">Sentences marked ⚠ are {UNSUPPORTED_LABEL}.</p>')
    if answer.abstained:
        parts.append(_html_help(ex))
    parts.append(_html_sources(ex, anchor, context_chars))
    parts.append("</section>")
    return "".join(parts)


def to_html(exchanges: Sequence[Exchange], *, saved_at: datetime, context_chars: int) -> str:
    """The conversation as one HTML page with its own styles, readable offline and printable."""
    body = "".join(_html_exchange(i, ex, context_chars) for i, ex in enumerate(exchanges, start=1))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{TITLE}</title><style>{EXPORT_CSS}</style></head><body><main>"
        f'<h1>{TITLE}</h1><p class="asked">Saved {html.escape(_when(saved_at))}.</p>'
        f"{body}<footer><p>{html.escape(DISCLAIMER)}</p><p>{html.escape(PRIVACY)}</p></footer>"
        "</main></body></html>\n"
    )
