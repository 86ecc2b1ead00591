"""Turning a short follow-up question into a self-contained retrieval query, without an LLM.

"What is an IEE?" then "who pays for it?" becomes "who pays for an IEE?": the pronoun is
replaced by the topic of the earlier question when that question names one ("what is X",
"what are X", "tell me about X"). Otherwise the follow-up is joined with the earlier turns it
leans on: the last earlier question and, while that one was itself a follow-up, the ones
before it, back to the last standalone question. Standalone questions are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.text import content_terms, words
from assistant.types import Turn

_PRONOUNS = {"it", "its", "that", "this", "they", "them", "those", "these", "there", "one", "he", "she"}
_OPENERS = {"and", "but", "also", "what", "how", "so", "then", "ok", "okay"}
# Pronouns that stand for the earlier topic (not the school, the child or the reader).
_TOPIC_PRONOUN = re.compile(r"\b(it|that|this|them|those|these)\b(?!\s+(?:is|are)\s+(?:a|an|the)\b)", re.I)
_DEFINITION = re.compile(
    r"^\s*(?:(?:so|and|ok(?:ay)?),?\s+)?(?:what\s+(?:is|are|'s)|whats|tell\s+me\s+about|explain|"
    r"what\s+does\s+(.+?)\s+mean)\s+(?P<topic>.+?)\s*[?.!]*\s*$",
    re.I,
)
_MAX_TOPIC_WORDS = 8


def is_followup(question: str) -> bool:
    """Short questions, or ones leaning on a pronoun, need the earlier turns to make sense."""
    tokens = words(question)
    if not tokens:
        return False
    if len(content_terms(question)) <= 2:
        return True
    return len(tokens) <= 10 and (bool(_PRONOUNS & set(tokens)) or tokens[0] in _OPENERS and len(tokens) <= 5)


def topic_of(question: str) -> str | None:
    """The thing a definitional question asks about ("What is an IEE?" -> "an IEE"), if any."""
    match = _DEFINITION.match(question)
    if not match:
        return None
    topic = (match.group(1) or match.group("topic")).strip()
    topic = re.sub(r"\s+(?:mean|means)$", "", topic, flags=re.I)
    return topic if 0 < len(words(topic)) <= _MAX_TOPIC_WORDS else None


def names_its_topic(question: str) -> bool:
    """A definitional question about a named thing ("What is an IEP?") stands on its own."""
    topic = topic_of(question)
    return topic is not None and not _TOPIC_PRONOUN.search(topic)


def context_turns(question: str, earlier: Sequence[str]) -> list[str]:
    """The earlier questions a follow-up leans on, oldest first (empty for a standalone one)."""
    if not earlier or not is_followup(question) or names_its_topic(question):
        return []
    chain = [earlier[-1]]
    for previous in reversed(earlier[:-1]):
        if not is_followup(chain[0]):
            break
        chain.insert(0, previous)
    return chain


def substitute(question: str, topic: str) -> str | None:
    """The question with its first topic pronoun replaced by the topic, or None without one."""
    match = _TOPIC_PRONOUN.search(question)
    if not match:
        return None
    return question[: match.start()] + topic + question[match.end() :]


def retrieval_query(question: str, history: Sequence[Turn] = ()) -> str:
    """The question alone, or rewritten with the earlier turns' topic when it is a follow-up."""
    earlier = [t.question for t in history if t.question.strip()]
    chain = context_turns(question, earlier)
    if not chain:
        return question
    anchor = next((q for q in reversed(chain) if not is_followup(q)), chain[0])
    topic = topic_of(anchor)
    if topic and (rewritten := substitute(question, topic)):
        return rewritten
    if topic:
        return f"{question} ({topic})"
    return " ".join([*chain, question])
