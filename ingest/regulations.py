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
        heading = section_heading(title_no, collapse(str(item["number"])), str(item.get("heading") or ""))
        for text in parts([collapse(str(p)) for p in paragraphs if str(p).strip()]):
            out.append(Section(path=(heading,), text=text))
    return out


# Lettered paragraphs are read apart from this size on: shorter neighbours are read together
# ("(a) may charge a fee for copies" with "(b) may not charge to search for records").
_PART_CHARS = 1000
_LABEL = re.compile(r"^\(([a-z]{1,4}|\d{1,3})\)")
_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)$")


def parts(paragraphs: list[str]) -> list[str]:
    """A section's text in parts that each begin at a lettered paragraph, "(a) General. …" with
    its "(1)", "(i)", "(A)" below it: a parent's question about a meeting held without them is
    answered by "(d) Conducting an IEP Team meeting without a parent in attendance", not by the
    whole section on parent participation. Short neighbours stay together while under
    `_PART_CHARS`; a long part is split further by the chunker, as any long text is."""
    out: list[str] = []
    for group in paragraph_groups(paragraphs):
        text = "\n\n".join(group)
        if out and len(out[-1]) + len(text) <= _PART_CHARS:
            out[-1] += "\n\n" + text
        else:
            out.append(text)
    return out


def paragraph_groups(paragraphs: list[str]) -> list[list[str]]:
    """The paragraphs grouped under the lettered ones. A letter starts a group only in sequence
    ("(i)" after "(h)"), and not right under a numbered or roman one, where "(i)" or "(v)" is a
    roman numeral; text before "(a)" is a group of its own."""
    groups: list[list[str]] = []
    expected, previous = "a", ""
    for paragraph in paragraphs:
        match = _LABEL.match(paragraph)
        label = match.group(1) if match else ""
        # "(i)" under "(1)", "(v)" after "(iv)"; but "(i)" after a roman numeral is no roman numeral
        roman = bool(_ROMAN.match(label)) and (previous.isdigit() or (bool(_ROMAN.match(previous)) and label != "i"))
        if (label == expected and not roman) or not groups:
            groups.append([paragraph])
            if label == expected and not roman and expected < "z":
                expected = chr(ord(expected) + 1)
        else:
            groups[-1].append(paragraph)
        previous = label or previous
    return groups


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
