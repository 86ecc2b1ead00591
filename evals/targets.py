"""The retrievers an eval scores: ours, each stage of the hybrid retriever, and the baseline.

Each target turns a case into a ranked list of `Retrieved` chunks. Ours and the ablation modes
get the same follow-up handling as the assistant (a short follow-up is joined with the earlier
question); the baseline, like a plain default pipeline, sees the question alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from assistant.followup import retrieval_query
from assistant.hybrid import MODES, Retrieval
from assistant.service import Assistant, Question, Reply, Understanding
from assistant.types import Hit
from evals.baseline import BaselineRetriever
from evals.cases import EvalCase
from evals.results import Retrieved

MODE_DESCRIPTIONS = {
    "dense": "dense only (Chroma cosine)",
    "bm25": "BM25 only (with acronym expansion)",
    "hybrid": "dense + BM25 fused by reciprocal rank",
    "rerank": "hybrid, then reranked (sentence similarity, keywords, audience, MMR)",
}


class Target(Protocol):
    name: str
    kind: str  # ours | ablation | baseline
    description: str
    k: int

    def retrieve(self, case: EvalCase) -> list[Retrieved]: ...


def from_hits(hits: Sequence[Hit]) -> list[Retrieved]:
    return [Retrieved(h.chunk.source, h.chunk.section, h.score, h.chunk.id, h.chunk.text) for h in hits]


@dataclass
class AssistantTarget:
    """The assistant's own retrieval chain, exactly as `ask` runs it."""

    assistant: Assistant
    name: str = "ours"
    kind: str = "ours"
    evidence: dict[str, dict[str, float]] = field(default_factory=dict)  # case id -> evidence signals

    @property
    def k(self) -> int:
        return self.assistant.settings.retrieval.k

    @property
    def description(self) -> str:
        mode = self.assistant.retrieval.mode
        return f"IEP Guide retrieval ({MODE_DESCRIPTIONS.get(mode, mode)})"

    def retrieve(self, case: EvalCase) -> list[Retrieved]:
        hits, evidence = self.assistant.inspect(case.question, audience=case.audience, history=case.turns())
        if evidence is not None:
            self.evidence[case.id] = evidence.to_dict()
        return from_hits(hits)


@dataclass
class ModeTarget:
    """The assistant's retrieval stages switched to one mode, for the ablation table. The query
    comes from the chain's own first stage, with the follow-up rule alone (not the library's
    vocabulary, which the assistant's rewrite also consults)."""

    retrieval: Retrieval
    understanding: Understanding
    mode: str
    kind: str = "ablation"

    @property
    def name(self) -> str:
        return self.mode

    @property
    def k(self) -> int:
        return self.retrieval.k

    @property
    def description(self) -> str:
        return MODE_DESCRIPTIONS.get(self.mode, self.mode)

    def retrieve(self, case: EvalCase) -> list[Retrieved]:
        understood = self.understanding(Question(case.question, case.audience, tuple(case.turns())))
        query = understood.query if isinstance(understood, Reply) else understood  # retrieved all the same
        return from_hits(self.retrieval.rank(query).hits)


@dataclass
class BaselineTarget:
    baseline: BaselineRetriever
    name: str = "baseline"
    kind: str = "baseline"

    @property
    def k(self) -> int:
        return self.baseline.k

    @property
    def description(self) -> str:
        return self.baseline.label

    def retrieve(self, case: EvalCase) -> list[Retrieved]:
        return self.baseline.retrieve(case.question)


def ablation_targets(assistant: Assistant) -> list[ModeTarget]:
    """One target per retrieval mode, over the assistant's own stages."""
    understanding = Understanding(assistant.settings.answer, rewrite=retrieval_query)
    return [ModeTarget(assistant.retrieval.with_mode(mode), understanding, mode) for mode in MODES]
