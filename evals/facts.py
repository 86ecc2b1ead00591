"""Key-fact matching: does an answer contain a fact, in any of its acceptable phrasings?

A phrasing matches when it appears in the text (case-insensitive, whitespace collapsed), or when
every one of its stemmed content words appears in the text. So "60 days" matches "within 60
calendar days", and "parents must consent" matches "the parent's written consent is needed".
Stopwords (including "not") are ignored by the word match, so phrase a negative fact with the
words that carry it ("cannot refuse" → list "refuse" alongside something specific).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.text import content_terms, normalize

Fact = Sequence[str]


def phrasing_found(phrasing: str, text: str, text_terms: set[str] | None = None) -> bool:
    """True when the phrasing is in the text, verbatim or by all of its content words."""
    if normalize(phrasing).lower() in normalize(text).lower():
        return True
    terms = content_terms(phrasing)
    if not terms:
        return False
    return terms <= (content_terms(text) if text_terms is None else text_terms)


def fact_found(fact: Fact, text: str, text_terms: set[str] | None = None) -> bool:
    """True when any acceptable phrasing of the fact is found."""
    terms = content_terms(text) if text_terms is None else text_terms
    return any(phrasing_found(p, text, terms) for p in fact)


def missing_facts(facts: Sequence[Fact], text: str) -> list[Fact]:
    """The facts the text does not contain, in order."""
    terms = content_terms(text)
    return [f for f in facts if not fact_found(f, text, terms)]


def fact_coverage(facts: Sequence[Fact], text: str) -> float | None:
    """Share of the facts the text contains; None when there are no facts to check."""
    if not facts:
        return None
    return 1.0 - len(missing_facts(facts, text)) / len(facts)
