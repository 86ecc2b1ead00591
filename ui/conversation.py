"""A chat conversation: the exchanges so far, and reading a streamed answer. No Streamlit."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from assistant.errors import IEPGuideError
from assistant.sources import CitedSource
from assistant.types import Answer, Citation, SentenceCheck, Turn


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
        return Turn.of(self.answer.question or self.question, self.answer)


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


def answer_record(exchange: Exchange) -> tuple[list[dict], dict]:
    """What is stored for an exchange's answer besides its text: the citations, and what the page
    needs to show it again (notice, lead-in, sentence checks, the exchange's id and audience)."""
    answer = exchange.answer
    citations = [c.to_dict() for c in answer.citations]
    meta = {
        "exchange_id": exchange.id,
        "audience": exchange.audience,
        "asked_at": exchange.asked_at.isoformat(),
        "question": answer.question,
        "abstained": answer.abstained,
        "answerer": answer.answerer,
        "notice": answer.notice,
        "lead_in": answer.lead_in,
        "evidence": answer.evidence,
        "checks": [
            {"text": c.text, "numbers": list(c.numbers), "supported": c.supported, "score": c.score} for c in answer.checks
        ],
    }
    return citations, meta


def answer_from(text: str, citations: Sequence[dict], meta: dict) -> Answer:
    """The Answer `answer_record` stored."""
    return Answer(
        text=text,
        citations=tuple(
            Citation(
                n=int(c["n"]),
                title=c.get("title", ""),
                section=c.get("section", ""),
                source=c.get("source", ""),
                chunk_id=c.get("chunk_id", ""),
                quote=c.get("quote", ""),
                score=float(c.get("score", 0.0)),
                page=c.get("page"),
            )
            for c in citations
        ),
        abstained=bool(meta.get("abstained", False)),
        question=meta.get("question", ""),
        answerer=meta.get("answerer", "extractive"),
        checks=tuple(
            SentenceCheck(c["text"], tuple(c.get("numbers", ())), bool(c.get("supported", True)), float(c.get("score", 0.0)))
            for c in meta.get("checks", ())
        ),
        notice=meta.get("notice", ""),
        evidence=meta.get("evidence"),
        lead_in=meta.get("lead_in", ""),
    )


def exchanges_from(messages: Sequence, audience: str) -> list[Exchange]:
    """A stored conversation's exchanges (each question with the answer after it), without their
    sources (the page reads those from the index). A question without an answer is left out."""
    found: list[Exchange] = []
    for asked, answered in zip(messages, messages[1:]):
        if asked.role != "user" or answered.role != "assistant":
            continue
        meta = answered.meta or {}
        when = _when(meta.get("asked_at")) or answered.created or datetime.now(timezone.utc)
        found.append(
            Exchange(
                asked.text,
                answer_from(answered.text, answered.citations, meta),
                meta.get("audience", audience),
                id=str(meta.get("exchange_id") or uuid.uuid4().hex[:12]),
                asked_at=when,
            )
        )
    return found


def _when(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None
