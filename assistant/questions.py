"""Checking a question before any work is done on it."""

from __future__ import annotations

import re
import unicodedata

from assistant.errors import QuestionError
from assistant.text import normalize
from assistant.types import ASKERS

# Invisible characters that carry no words: format marks (zero-width spaces, bidirectional
# overrides, BOM), lone surrogates and private-use code points.
_INVISIBLE = frozenset(("Cf", "Cs", "Co"))
_C1 = re.compile(r"[\x80-\x9f]")


def strip_invisible(text: str) -> str:
    """The text without format, surrogate, private-use or C1 control characters."""
    text = _C1.sub(" ", text)
    if text.isascii():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)


def clean_question(question: object, max_chars: int) -> str:
    """Normalised question text, or a QuestionError that says what to change."""
    if not isinstance(question, str):
        raise QuestionError("The question must be text.")
    if len(question) > max_chars * 4:
        raise QuestionError(
            f"That message is too long ({len(question):,} characters). Please ask one question in under {max_chars:,} characters."
        )
    text = normalize(strip_invisible(question))
    if not text:
        raise QuestionError("Please type a question, for example: What is an IEP?")
    if len(text) > max_chars:
        raise QuestionError(
            f"That question is too long ({len(text):,} characters). Please keep it under {max_chars:,} characters."
        )
    return text


def clean_audience(audience: str) -> str:
    value = (audience or "family").strip().lower()
    aliases = {"parent": "family", "parents": "family", "teachers": "teacher", "staff": "teacher"}
    value = aliases.get(value, value)
    if value not in ASKERS:
        raise QuestionError(f"Audience must be 'family' or 'teacher', not {audience!r}.")
    return value
