"""Regulations as eCFR-style JSON: {citation, display, cfrTitle, sections: [{number, heading, paragraphs}]}.

Each section is cited the way a reader looks it up, "34 CFR 300.320 — Definition of
individualized education program"."""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.errors import DocumentError
from ingest.cleanup import collapse, repair
from ingest.documents import Section, SourceDocument, content_hash
from ingest.markdown import title_from_filename
from ingest.text import decode_text

_SHAPE = "an object with a 'sections' list of {number, heading, paragraphs}"
_SECTION_SIGN = re.compile(r"^§+\s*[\d.]+[a-z]?\s*")


def cfr_title(data: dict) -> str:
    """The CFR title number ("34"), from cfrTitle or a citation like "34 CFR Part 300"."""
    if data.get("cfrTitle"):
        return str(data["cfrTitle"]).strip()
    match = re.match(r"\s*(\d+)\s*C\.?F\.?R\.?", str(data.get("citation") or ""))
    return match.group(1) if match else ""


def section_heading(title_no: str, number: str, heading: str) -> str:
    """ "§ 300.320 Definition of individualized education program." -> "34 CFR 300.320 — Definition …"."""
    label = f"{title_no} CFR {number}" if title_no else f"§ {number}"
    name = collapse(_SECTION_SIGN.sub("", heading)).rstrip(".")
    return f"{label} — {name}" if name else label


def document_title(data: dict, path: Path) -> str:
    display, citation = collapse(str(data.get("display") or "")), collapse(str(data.get("citation") or ""))
    if display and citation:
        return f"{display} ({citation})"
    return display or citation or title_from_filename(path)


def _sections(data: dict) -> list[Section]:
    items = data.get("sections")
    if not isinstance(items, list) or not items:
        raise DocumentError(f"this JSON is not a regulation file: expected {_SHAPE}")
    title_no = cfr_title(data)
    out: list[Section] = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or "number" not in item:
            raise DocumentError(f"section {n} of the JSON has no 'number'; expected {_SHAPE}")
        paragraphs = item.get("paragraphs") or []
        if isinstance(paragraphs, str):
            paragraphs = [paragraphs]
        if not isinstance(paragraphs, list):
            raise DocumentError(f"section {item['number']} has 'paragraphs' that are not a list of text")
        text = "\n\n".join(collapse(str(p)) for p in paragraphs if str(p).strip())
        if text:
            heading = section_heading(title_no, collapse(str(item["number"])), str(item.get("heading") or ""))
            out.append(Section(path=(heading,), text=text))
    return out


def load_regulations(path: Path, source: str) -> SourceDocument:
    raw = path.read_bytes()
    try:
        data = json.loads(repair(decode_text(raw, path)))
    except json.JSONDecodeError as exc:
        raise DocumentError(f"the JSON is not valid: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise DocumentError(f"this JSON is not a regulation file: expected {_SHAPE}")
    return SourceDocument(
        source=source,
        title=document_title(data, path),
        sections=tuple(_sections(data)),
        summary=collapse(str(data.get("publisher") or "")),
        last_reviewed=str(data.get("currentAsOf") or ""),
        raw_hash=content_hash(raw),
        kind="regulations",
        extra={k: data[k] for k in ("citation", "sourceUrl") if data.get(k)},
    )
