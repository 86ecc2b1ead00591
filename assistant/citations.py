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
    item: str = ""  # the bullet or number that opened it as a list item ("-", "2."), if one did


def markers(text: str) -> list[int]:
    """Every citation number in the text, in order (with repeats)."""
    return [int(n) for group in _MARKER.findall(text) for n in re.split(r"\s*,\s*", group)]


# A numbered list written on one line, as small models often write one ("1. An IEP [1] 2. A 504
# plan [2]"): a number after a sentence's end, a marker or a bracket starts the next item.
_INLINE_ITEM = re.compile(r"(?<=[.!?\])])[ \t]+(?=\d{1,3}[.)][ \t]+[A-Za-z0-9])")


def _items_on_lines(answer: str) -> str:
    """The answer with the items of a one-line numbered list ("1. … 2. …") each on its own line."""
    if not (re.search(r"(?:^|\s)1[.)]\s", answer) and re.search(r"\s2[.)]\s", answer)):
        return answer
    return _INLINE_ITEM.sub("\n", answer)


# The mark that opens a list item on an answer's line ("- ", "• ", "2. "), as the chat renders it
# (ui/answer_html.py): a number of at most three digits, so a line opening "1999." is no item.
ITEM_MARK = re.compile(r"^\s*([-*•]|\d{1,3}[.)])\s+")


def cited_sentences(answer: str) -> list[CitedSentence]:
    """Split an answer into sentences; markers after a sentence's end belong to that sentence."""
    out: list[CitedSentence] = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*[-*•]|\s*\d+[.)])", _items_on_lines(answer)):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        item = found.group(1) if (found := ITEM_MARK.match(paragraph)) else ""
        paragraph = paragraph[found.end() :] if found else paragraph  # "1. An IEP": the number is no sentence
        sentences: list[CitedSentence] = []
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            if not match.group(1) and ends_with_abbreviation(paragraph[start : match.start()]):
                continue  # "the U.S. Department…": one sentence
            end = match.end(1) if match.group(1) else match.start()
            sentences.append(_make(paragraph[start:end]))
            start = match.end()
        sentences.append(_make(paragraph[start:]))
        sentences = [s for s in sentences if s.text]
        if sentences and item:  # the item's bullet or number goes with its first sentence
            sentences[0] = CitedSentence(sentences[0].text, sentences[0].numbers, item)
        out.extend(sentences)
    return out


def _make(raw: str) -> CitedSentence:
    raw = ITEM_MARK.sub("", raw.strip())
    numbers = tuple(markers(raw))
    text = re.sub(r"\s+", " ", _MARKER.sub("", raw)).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return CitedSentence(text=text, numbers=numbers)
