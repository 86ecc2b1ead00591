"""A chat conversation: the exchanges so far, and reading a streamed answer. No Streamlit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from assistant.errors import IEPGuideError
from assistant.sources import CitedSource
from assistant.types import Answer, Turn


@dataclass(frozen=True)
class Exchange:
    """One question and the answer it got, with the cited passages read from the index."""

    question: str
    answer: Answer
    audience: str
    sources: tuple[CitedSource, ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    asked_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def anchor(self, n: int) -> str:
        """The id of source card n of this exchange, for links from its [n] markers."""
        return f"ig-src-{self.id}-{n}"

    def turn(self) -> Turn:
        return Turn(question=self.answer.question or self.question, answer=self.answer.text)


def history(exchanges: Sequence[Exchange]) -> list[Turn]:
    """The earlier turns, for follow-up questions."""
    return [e.turn() for e in exchanges]


class AnswerStream:
    """Iterates the text pieces of `Assistant.stream(...)`; afterwards `.answer` holds the
    final Answer (which may differ from the streamed text after verification)."""

    def __init__(self, events: Iterable[str | Answer]) -> None:
        self._events = iter(events)
        self._first: list[str] = []
        self.answer: Answer | None = None

    def start(self) -> "AnswerStream":
        """Run until the first piece of text (or the answer) arrives."""
        for item in self._events:
            if isinstance(item, Answer):
                self.answer = item
                break
            if item:
                self._first.append(item)
                break
        return self

    def __iter__(self) -> Iterator[str]:
        yield from self._first
        self._first = []
        for item in self._events:
            if isinstance(item, Answer):
                self.answer = item
            elif item:
                yield item

    def result(self) -> Answer:
        for _ in self:  # drain whatever was not read
            pass
        if self.answer is None:
            raise IEPGuideError("The answer stopped before it was finished. Please ask again.")
        return self.answer
