"""The retrievers an eval scores: ours, each stage of the hybrid retriever, and the baseline.

Each target turns a case into a ranked list of `Retrieved` chunks. Ours and the ablation modes
get the same follow-up handling as the assistant (a short follow-up is joined with the earlier
question); the baseline, like a plain default pipeline, sees the question alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from assistant.followup import retrieval_query
from assistant.hybrid import MODES, HybridRetriever
from assistant.text import normalize
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

    assistant: object
    name: str = "ours"
    kind: str = "ours"
    evidence: dict = field(default_factory=dict)  # case id -> evidence signals of its retrieval

    @property
    def k(self) -> int:
        return self.assistant.settings.retrieval.k

    @property
    def description(self) -> str:
        mode = getattr(self.assistant.retriever, "mode", "custom")
        return f"IEP Guide retrieval ({MODE_DESCRIPTIONS.get(mode, mode)})"

    def retrieve(self, case: EvalCase) -> list[Retrieved]:
        inspect = getattr(self.assistant, "inspect", None)
        if inspect is None:
            return from_hits(self.assistant.retrieve(case.question, audience=case.audience, history=case.turns()))
        hits, evidence = inspect(case.question, audience=case.audience, history=case.turns())
        if evidence is not None:
            self.evidence[case.id] = evidence.to_dict()
        return from_hits(hits)


@dataclass
class ModeTarget:
    """The hybrid retriever switched to one mode, for the ablation table."""

    retriever: object  # HybridRetriever
    mode: str
    kind: str = "ablation"

    @property
    def name(self) -> str:
        return self.mode

    @property
    def k(self) -> int:
        return self.retriever.k

    @property
    def description(self) -> str:
        return MODE_DESCRIPTIONS.get(self.mode, self.mode)

    def retrieve(self, case: EvalCase) -> list[Retrieved]:
        query = retrieval_query(normalize(case.question), case.turns())
        return from_hits(self.retriever.run(query, audience=case.audience))


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


def ablation_targets(assistant) -> list[ModeTarget]:
    """One target per retrieval mode, when the assistant's retriever can switch modes."""
    retriever = getattr(assistant, "retriever", None)
    if not isinstance(retriever, HybridRetriever):
        return []
    return [ModeTarget(dataclasses.replace(retriever, mode=mode), mode) for mode in MODES]
