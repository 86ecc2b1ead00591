"""Noticing a question written in a language other than English, and answering it kindly.

The guidance library is in English and the retrieval model was trained on English, so a
question in another language would get a poor match or an English quote that misses its point.
Instead the assistant says, plainly, that it reads English, and where a family can get help in
their own language. Detection is deliberately simple and offline: the share of letters that are
not Latin script, then, for Latin-script text, counts of common function words per language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from assistant.text import words

MIN_LETTERS = 3  # too little text to judge: treat as English
NON_LATIN_SHARE = 0.5  # more than this share of non-Latin letters: not English
MIN_FUNCTION_WORDS = 2  # a Latin-script language needs this many different function words

# Common short words, accents removed (as `words` yields them). Words shared with English
# ("a", "no", "me", "on", "the") are left out so that they decide nothing.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the is are was what how when where why who which does do did can could should would "
        "my our your his her their of to and in for with an this that it be have has will not "
        "if or about from at by there they we you i as".split()
    ),
    "es": frozenset(
        "el la los las que es un una unos por para con del al como pero mi mis su sus se lo le "
        "hijo hija escuela cuando donde cual como quien puede puedo esta estan son tiene tengo "
        "hay muy mas sin sobre entre tambien porque y o ni".split()
    ),
    "fr": frozenset(
        "le la les des est une du au aux pour avec dans sur qui que quoi comment mon ma mes "
        "son sa ses ce cette mais ou et enfant ecole peut suis sont pas".split()
    ),
    "pt": frozenset(
        "o os um uma do da dos das para com por que como meu minha seu sua nao sao esta filho filha escola pode tem e em".split()
    ),
    "de": frozenset(
        "der die das ist ein eine und nicht mit fur von zu wie was wer mein meine sein kind schule kann sind auf".split()
    ),
    "vi": frozenset("la cua va khong co mot nhung cho trong duoc con toi nao gi lam nhu the truong".split()),
}


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # "en", "es", "fr", "pt", "de", "vi", or "other" for a non-Latin script
    english: bool


def _latin_share(text: str) -> tuple[int, float]:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0, 1.0
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return len(letters), latin / len(letters)


def guess_language(text: str) -> LanguageGuess:
    """English unless the text is clearly in another language."""
    count, latin = _latin_share(text)
    if count < MIN_LETTERS:
        return LanguageGuess("en", True)
    if latin < 1 - NON_LATIN_SHARE:
        return LanguageGuess("other", False)
    tokens = set(words(text))
    hits = {code: len(tokens & vocab) for code, vocab in _FUNCTION_WORDS.items()}
    best = max(hits, key=lambda code: (hits[code], code == "en"))
    if best == "en" or hits[best] < MIN_FUNCTION_WORDS or hits[best] <= hits["en"]:
        return LanguageGuess("en", True)
    return LanguageGuess(best, False)


_ENGLISH_ONLY = (
    "I can only read questions in English, and my guidance library is in English. "
    "Please ask again in English, even in a few simple words, for example: What is an IEP? "
    "You can ask your school for an interpreter at IEP meetings, and your state's Parent "
    "Training and Information Center (PTI) gives families free help with special education; "
    "many can help in other languages."
)

_TRANSLATIONS = {
    "es": (
        "Por ahora solo puedo leer preguntas en inglés, y mi biblioteca de información está en "
        "inglés. Puede pedirle a la escuela un intérprete para las reuniones del IEP. El Centro "
        "de Capacitación e Información para Padres (PTI) de su estado ofrece ayuda gratuita a las "
        "familias, y muchos atienden en español."
    ),
}


def not_english_reply(guess: LanguageGuess) -> str:
    """The message for a question that is not in English, in that language too when we can."""
    translated = _TRANSLATIONS.get(guess.code)
    return f"{_ENGLISH_ONLY}\n\n{translated}" if translated else _ENGLISH_ONLY
