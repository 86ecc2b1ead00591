"""Reading citation markers back out of answer text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text import ends_with_abbreviation

_MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])((?:\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\])*)\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class CitedSentence:
    """One sentence of an answer, without its markers, and the citation numbers it carries."""

    text: str
    numbers: tuple[int, ...]


def markers(text: str) -> list[int]:
    """Every citation number in the text, in order (with repeats)."""
    return [int(n) for group in _MARKER.findall(text) for n in re.split(r"\s*,\s*", group)]


def cited_sentences(answer: str) -> list[CitedSentence]:
    """Split an answer into sentences; markers after a sentence's end belong to that sentence."""
    out: list[CitedSentence] = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*[-*•]|\s*\d+[.)])", answer):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            if not match.group(1) and ends_with_abbreviation(paragraph[start : match.start()]):
                continue  # "the U.S. Department…": one sentence
            end = match.end(1) if match.group(1) else match.start()
            out.append(_make(paragraph[start:end]))
            start = match.end()
        out.append(_make(paragraph[start:]))
    return [s for s in out if s.text]


def _make(raw: str) -> CitedSentence:
    raw = re.sub(r"^\s*(?:[-*•]|\d+[.)])\s+", "", raw.strip())
    numbers = tuple(markers(raw))
    text = re.sub(r"\s+", " ", _MARKER.sub("", raw)).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return CitedSentence(text=text, numbers=numbers)
