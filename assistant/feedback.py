"""Feedback on an answer: the rating, what was wrong, and what produced the answer.

Stored by `assistant.feedback_store.FeedbackStore`, on this machine only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import SecretStr

from assistant.config import Settings
from assistant.errors import IEPGuideError
from assistant.types import Answer

REASONS = ("wrong_source", "unclear", "missing_info", "other")
_SECRET_WORDS = ("key", "token", "secret", "password")


class FeedbackError(IEPGuideError):
    """Feedback could not be saved or read."""


def settings_snapshot(settings: Settings) -> dict[str, object]:
    """The settings an answer was made with, as JSON-safe values, without secrets."""
    out: dict[str, object] = {}
    for name, value in settings.flat().items():
        if isinstance(value, SecretStr) or any(w in name.lower() for w in _SECRET_WORDS):
            continue
        out[name] = value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
    return out


@dataclass(frozen=True)
class Feedback:
    """A person's rating of one answer (1 helpful, 0 not), with what it rates."""

    answer_id: str
    rating: int
    question: str
    answer: str
    audience: str
    abstained: bool = False
    citations: tuple[dict[str, object], ...] = ()
    reasons: tuple[str, ...] = ()
    comment: str = ""
    answerer: str = ""
    retrieval: str = ""
    k: int = 0
    abstain_threshold: float = 0.0
    model: str = ""
    settings: dict[str, object] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""

    @classmethod
    def about(
        cls,
        answer_id: str,
        answer: Answer,
        *,
        audience: str,
        rating: int,
        settings: Settings,
        model: str,
        reasons: Sequence[str] = (),
        comment: str = "",
    ) -> "Feedback":
        """Feedback on an Answer, recording the settings that produced it."""
        return cls(
            answer_id=answer_id,
            rating=rating,
            question=answer.question,
            answer=answer.text,
            audience=audience,
            abstained=answer.abstained,
            citations=tuple(c.to_dict() for c in answer.citations),
            reasons=tuple(reasons),
            comment=comment,
            answerer=answer.answerer,
            retrieval=settings.retrieval.mode,
            k=settings.retrieval.k,
            abstain_threshold=settings.answer.abstain_threshold,
            model=model,
            settings=settings_snapshot(settings),
        )

    def check(self) -> None:
        if self.rating not in (0, 1):
            raise FeedbackError(f"A rating is 0 (not helpful) or 1 (helpful), not {self.rating!r}.")
        unknown = [r for r in self.reasons if r not in REASONS]
        if unknown:
            raise FeedbackError(f"Unknown feedback reason(s) {unknown}; use {', '.join(REASONS)}.")
