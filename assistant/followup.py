"""Turning a short follow-up question into a self-contained retrieval query."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.text import content_terms, words
from assistant.types import Turn

_PRONOUNS = {"it", "its", "that", "this", "they", "them", "those", "these", "there", "one", "he", "she"}
_OPENERS = {"and", "but", "also", "what", "how", "so", "then", "ok", "okay"}


def is_followup(question: str) -> bool:
    """Short questions, or ones leaning on a pronoun, need the earlier turns to make sense."""
    tokens = words(question)
    if not tokens:
        return False
    if len(content_terms(question)) <= 2:
        return True
    return len(tokens) <= 10 and (bool(_PRONOUNS & set(tokens)) or tokens[0] in _OPENERS and len(tokens) <= 5)


def retrieval_query(question: str, history: Sequence[Turn] = ()) -> str:
    """The question alone, or joined with the last earlier question when it is a follow-up."""
    earlier = [t.question for t in history if t.question.strip()]
    if not earlier or not is_followup(question):
        return question
    return f"{earlier[-1]} {question}"
