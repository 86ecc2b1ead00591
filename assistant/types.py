"""Typed values that cross module boundaries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Audience = Literal["family", "teacher", "both"]
# Who asks (a question, an eval case) and whom a document is written for ("both" for either).
ASKERS: tuple[Audience, ...] = ("family", "teacher")
READERS: tuple[Audience, ...] = ("family", "teacher", "both")

# The sentence that opens an answer, when one adds something for who is asking. Quoted guidance
# is never reworded, and most answers need no opening line at all: the passage that answers comes
# first. The one thing worth saying outside the quoted, cited text is that the guidance was
# written for the other audience (a family reading teacher guidance, or a teacher reading
# guidance written for families), worded for the asker.
_OTHER = {
    "family": "This guidance is written for teachers, and it also tells you what to expect for your child:",
    "teacher": "This guidance is written for families, and it also describes what the school owes the student:",
}


def lead_in(audience: str, article_audiences: Sequence[str]) -> str:
    """The opening line for an answer quoting articles written for `article_audiences`: empty
    unless all of them were written for the other audience."""
    audience = audience if audience in _OTHER else "family"
    other = "teacher" if audience == "family" else "family"
    if article_audiences and all(a == other for a in article_audiences):
        return _OTHER[audience]
    return ""


def _ages(value: object) -> tuple[int, int] | None:
    """The stored "0-3" as (0, 3); None when absent or unreadable."""
    low, _, high = str(value or "").partition("-")
    return (int(low), int(high)) if low.isdigit() and high.isdigit() else None


@dataclass(frozen=True)
class Chunk:
    """One retrievable piece of a source document."""

    id: str
    text: str
    source: str
    title: str
    section: str
    audience: str = "both"
    topics: tuple[str, ...] = ()
    position: int = 0
    doc_hash: str = ""
    page: int | None = None
    phrasings: tuple[str, ...] = ()  # how askers put the question this passage answers (the library's own articles)
    ages: tuple[int, int] | None = None  # the ages in years its document is about, when only some (0-3: early intervention)
    students: tuple[str, ...] = ()  # the words askers name the students its document is about by, when only some ("gifted")
    report: bool = False  # from a report of findings (a study, a council's review): it tells what was found, not the rule

    @property
    def indexed_text(self) -> str:
        """What gets embedded and keyword-indexed: the text with its title and section."""
        section = "" if self.section in ("", "Overview") else f" — {self.section}"
        return f"{self.title}{section}\n{self.text}"

    def metadata(self) -> dict[str, str | int]:
        meta: dict[str, str | int] = {
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "audience": self.audience,
            "topics": ",".join(self.topics),
            "position": self.position,
            "doc_hash": self.doc_hash,
        }
        if self.page is not None:
            meta["page"] = self.page
        if self.phrasings:
            meta["phrasings"] = "\n".join(self.phrasings)
        if self.ages is not None:
            meta["ages"] = f"{self.ages[0]}-{self.ages[1]}"
        if self.students:
            meta["students"] = ",".join(self.students)
        if self.report:
            meta["report"] = 1
        return meta

    @classmethod
    def from_metadata(cls, id: str, text: str, meta: Mapping[str, Any]) -> "Chunk":
        """The chunk stored with this metadata (Chroma's values, loosely typed: `metadata()` wrote them)."""
        topics = tuple(t for t in str(meta.get("topics", "")).split(",") if t)
        page = meta.get("page")
        return cls(
            id=id,
            text=text,
            source=str(meta.get("source", "")),
            title=str(meta.get("title", "")),
            section=str(meta.get("section", "")),
            audience=str(meta.get("audience", "both")),
            topics=topics,
            position=int(meta.get("position", 0)),
            doc_hash=str(meta.get("doc_hash", "")),
            page=int(page) if page is not None else None,
            phrasings=tuple(p for p in str(meta.get("phrasings", "")).split("\n") if p),
            ages=_ages(meta.get("ages")),
            students=tuple(s for s in str(meta.get("students", "")).split(",") if s),
            report=bool(meta.get("report")),
        )


@dataclass(frozen=True)
class Hit:
    """A chunk returned by retrieval with its relevance score (higher is better)."""

    chunk: Chunk
    score: float


@dataclass(frozen=True)
class Citation:
    """A numbered pointer from an answer to the guidance it quotes."""

    n: int
    title: str
    section: str
    source: str
    chunk_id: str
    quote: str
    score: float
    page: int | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "n": self.n,
            "title": self.title,
            "section": self.section,
            "source": self.source,
            "chunk_id": self.chunk_id,
            "quote": self.quote,
            "score": round(float(self.score), 4),
        }
        if self.page is not None:
            data["page"] = self.page
        return data


# How the chat, its exports and the command line mark a sentence that fails its SentenceCheck.
UNSUPPORTED_LABEL = "not backed by the sources"


@dataclass(frozen=True)
class SentenceCheck:
    """Whether one sentence of an answer is backed by the passages it cites."""

    text: str
    numbers: tuple[int, ...]
    supported: bool
    score: float = 0.0


@dataclass(frozen=True)
class Composed:
    """What an answerer wrote from the retrieved hits, before the Assistant wraps it in an Answer."""

    text: str
    citations: tuple[Citation, ...] = ()
    answerer: str = "extractive"
    checks: tuple[SentenceCheck, ...] = ()
    notice: str = ""


@dataclass(frozen=True)
class Answer:
    """What the assistant says, with the citations that back each sentence.

    `answerer` names what wrote the text ("extractive" or "openai"); `checks` holds the
    per-sentence verification of a generated answer; `notice` is a short message for the
    reader, such as why a generated answer was replaced by quoted guidance. `evidence` is the
    grounding score the abstention threshold was compared with (None when retrieval did not run)."""

    text: str
    citations: tuple[Citation, ...] = ()
    abstained: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    question: str = ""
    answerer: str = "extractive"
    checks: tuple[SentenceCheck, ...] = ()
    notice: str = ""
    evidence: float | None = None
    lead_in: str = ""  # an opening line worded for the asker (`lead_in` above), outside the cited text

    @property
    def unsupported(self) -> int:
        """How many sentences are not backed by the passages they cite."""
        return sum(1 for c in self.checks if not c.supported)

    def to_dict(self) -> dict[str, object]:
        return {
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_dict() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings.items()},
        }


@dataclass(frozen=True)
class Turn:
    """One earlier exchange in a conversation: the question, the answer's text and the documents
    it quoted (none when the assistant declined)."""

    question: str
    answer: str = ""
    sources: tuple[str, ...] = ()

    @classmethod
    def of(cls, question: str, answer: Answer) -> Turn:
        """The turn of an answered question: its text and the sources it cited."""
        return cls(question, answer.text, tuple(dict.fromkeys(c.source for c in answer.citations)))
