"""Special education acronyms and their spelled-out forms, for lexical matching."""

from __future__ import annotations

from assistant.text import tokenize

ACRONYMS: dict[str, str] = {
    "iep": "individualized education program",
    "ifsp": "individualized family service plan",
    "idea": "individuals with disabilities education act",
    "fape": "free appropriate public education",
    "lre": "least restrictive environment",
    "iee": "independent educational evaluation",
    "fba": "functional behavioral assessment",
    "bip": "behavior intervention plan",
    "esy": "extended school year",
    "pti": "parent training and information center",
    "pwn": "prior written notice",
    "at": "assistive technology",
    "ot": "occupational therapy",
    "pt": "physical therapy",
    "slp": "speech language pathologist",
    "adhd": "attention deficit hyperactivity disorder",
    "sld": "specific learning disability",
    "ohi": "other health impairment",
    "ocr": "office for civil rights",
    "ada": "americans with disabilities act",
    "plaafp": "present levels of academic achievement and functional performance",
    "mdr": "manifestation determination review",
    "iaes": "interim alternative educational setting",
    "tbi": "traumatic brain injury",
}

_PHRASES = {acronym: tuple(tokenize(phrase)) for acronym, phrase in ACRONYMS.items()}


def expand(tokens: list[str]) -> list[str]:
    """Add the spelled-out words for each acronym, and the acronym for each spelled-out phrase."""
    extra: list[str] = []
    present = set(tokens)
    joined = " " + " ".join(tokens) + " "
    for acronym, words in _PHRASES.items():
        if acronym in present:
            extra.extend(w for w in words if w not in present)
        elif words and f" {' '.join(words)} " in joined:
            extra.append(acronym)
    return tokens + extra
