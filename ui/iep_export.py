"""A one-page summary of a parent's IEP to take to the meeting: key dates, services, what to ask
about (each item quoting the IEP, with the rule and the guide that explain it) and the parent's
own questions with their answers. As Markdown and as one printable HTML page.

Everything from the document or typed by the parent is escaped for each format."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from ingest.iep_document import Asked, CheckResult, IEPDocument
from ui.export import EXPORT_CSS, md_text
from ui.wording import DISCLAIMER

TITLE = "My child's IEP: questions for the meeting"
NOT_LEGAL_ADVICE = (
    "These are questions to raise with the IEP team, found by reading the document against what "
    "federal rules say an IEP contains. They are not legal conclusions."
)
SUMMARY_PRIVACY = "Made on this computer from the uploaded IEP; the IEP was not saved or sent anywhere."
EXTRA_CSS = """
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #d5dbe5; padding: .25rem .4rem; text-align: left; vertical-align: top; }
.ask li { margin-bottom: .6rem; }
.why { color: #4a5365; font-size: .85rem; margin: .1rem 0 0; }
.found { color: #4a5365; font-size: .9rem; }
@media print { body { font-size: 10.5pt; } main { padding: 0; } h2 { margin-top: 1rem; } }
"""


def file_name(saved_at: datetime, extension: str) -> str:
    return f"iep-meeting-questions-{saved_at:%Y-%m-%d-%H%M}.{extension}"


def _day(value) -> str:
    return f"{value:%B} {value.day}, {value:%Y}"


def _library_titles(asked: Asked) -> list[str]:
    answer = asked.library
    if answer is None or getattr(answer, "abstained", True):
        return []
    return list(dict.fromkeys(c.title for c in answer.citations))


def to_markdown(doc: IEPDocument, results: Sequence[CheckResult], asked: Sequence[Asked], *, saved_at: datetime) -> str:
    lines = [f"# {TITLE}", "", f"*{md_text(doc.name)} · made {_day(saved_at)}*", ""]
    if doc.dates:
        lines += ["## Dates", ""]
        lines += [f"- {d.label}: {_day(d.value)} ({md_text(d.quote.where)})" for d in doc.dates if d.kind != "birth"]
        lines.append("")
    if doc.services:
        lines += ["## Services", "", "| Service | How often | How long | Where | In the IEP |", "|---|---|---|---|---|"]
        for s in doc.services:
            cells = [s.name, s.frequency or "not stated", s.duration or "not stated", s.location or "not stated", s.quote.where]
            lines.append("| " + " | ".join(md_text(c) for c in cells) + " |")
        lines.append("")
    findings = [f for r in results for f in r.findings]
    lines += ["## What to ask about", ""]
    if not findings:
        lines += ["Nothing on the checklist was missing. You may still ask about anything that is unclear.", ""]
    for i, f in enumerate(findings, start=1):
        lines.append(f"{i}. **{md_text(f.question)}** ({md_text(f.title)})")
        lines.append(f"   > “{md_text(f.quote.text)}” ({md_text(f.quote.where)})")
        lines.append(f"   Why: {f.regulation} · guide: “{md_text(f.article.title)}” (`{f.article.source}`)")
        lines.append("")
    found = [r for r in results if r.ok and r.found is not None]
    if found:
        lines += ["## Already in the IEP", ""]
        lines += [f"- {md_text(r.rule.requirement)} — {md_text(r.found.where)} ({r.rule.regulation})" for r in found]
        lines.append("")
    if asked:
        lines += ["## My questions", ""]
        for a in asked:
            lines += [f"**{md_text(a.question)}**", ""]
            if a.document.note:
                lines += [md_text(a.document.note), ""]
            if a.document.quotes:
                lines += [f"> “{md_text(q.quote.text)}” (IEP, {md_text(q.quote.where)})" for q in a.document.quotes] + [""]
            elif not a.document.note:
                lines += ["Not found in the IEP.", ""]
            titles = _library_titles(a)
            if titles:
                lines += ["From the guidance library: " + "; ".join(f"“{md_text(t)}”" for t in titles), ""]
    lines += ["---", ""]
    lines += [line for notice in (NOT_LEGAL_ADVICE, DISCLAIMER, SUMMARY_PRIVACY) for line in (f"*{md_text(notice)}*", "")]
    return "\n".join(lines)


def to_html(doc: IEPDocument, results: Sequence[CheckResult], asked: Sequence[Asked], *, saved_at: datetime) -> str:
    e = html.escape
    parts = [f"<h1>{e(TITLE)}</h1>", f'<p class="asked">{e(doc.name)} · made {e(_day(saved_at))}</p>']
    if doc.dates:
        items = "".join(
            f'<li>{e(d.label)}: {e(_day(d.value))} <span class="meta">({e(d.quote.where)})</span></li>'
            for d in doc.dates
            if d.kind != "birth"
        )
        parts.append(f"<h2>Dates</h2><ul>{items}</ul>")
    if doc.services:
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{e(c)}</td>"
                for c in (
                    s.name,
                    s.frequency or "not stated",
                    s.duration or "not stated",
                    s.location or "not stated",
                    s.quote.where,
                )
            )
            + "</tr>"
            for s in doc.services
        )
        parts.append(
            "<h2>Services</h2><table><thead><tr><th>Service</th><th>How often</th><th>How long</th>"
            f"<th>Where</th><th>In the IEP</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    findings = [f for r in results for f in r.findings]
    parts.append("<h2>What to ask about</h2>")
    if not findings:
        parts.append("<p>Nothing on the checklist was missing. You may still ask about anything that is unclear.</p>")
    else:
        items = "".join(
            f"<li><strong>{e(f.question)}</strong> ({e(f.title)})"
            f'<blockquote>“{e(f.quote.text)}” <span class="meta">({e(f.quote.where)})</span></blockquote>'
            f'<p class="why">Why: {e(f.regulation)} · guide: “{e(f.article.title)}” ({e(f.article.source)})</p></li>'
            for f in findings
        )
        parts.append(f'<ol class="ask">{items}</ol>')
    found = [r for r in results if r.ok and r.found is not None]
    if found:
        items = "".join(f"<li>{e(r.rule.requirement)} — {e(r.found.where)} ({e(r.rule.regulation)})</li>" for r in found)
        parts.append(f'<h2>Already in the IEP</h2><ul class="found">{items}</ul>')
    if asked:
        parts.append("<h2>My questions</h2>")
        for a in asked:
            parts.append(f"<p><strong>{e(a.question)}</strong></p>")
            if a.document.note:
                parts.append(f"<p>{e(a.document.note)}</p>")
            for q in a.document.quotes:
                where = f'<span class="meta">(IEP, {e(q.quote.where)})</span>'
                parts.append(f"<blockquote>“{e(q.quote.text)}” {where}</blockquote>")
            if not a.document.quotes and not a.document.note:
                parts.append("<p>Not found in the IEP.</p>")
            titles = _library_titles(a)
            if titles:
                parts.append('<p class="meta">From the guidance library: ' + "; ".join(f"“{e(t)}”" for t in titles) + "</p>")
    footer = f"<footer><p>{e(NOT_LEGAL_ADVICE)}</p><p>{e(DISCLAIMER)}</p><p>{e(SUMMARY_PRIVACY)}</p></footer>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(TITLE)}</title><style>{EXPORT_CSS}{EXTRA_CSS}</style></head><body><main>"
        + "".join(parts)
        + footer
        + "</main></body></html>\n"
    )
