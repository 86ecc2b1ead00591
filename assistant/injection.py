"""Recognising text in a document that addresses a language model ("ignore previous
instructions…"). Such sentences are never quoted in an answer and never count as support."""

from __future__ import annotations

import re

_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget)\b.{0,40}\b(previous|prior|above|earlier|all)\b.{0,20}\b(instructions?|prompts?|rules)\b"
    r"|\byou are now (a|an|in)\b|\bsystem prompt\b",
    re.I,
)


def instruction_like(sentence: str) -> bool:
    return bool(_INSTRUCTION.search(sentence))
