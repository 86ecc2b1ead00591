"""Typed results of an eval run: what each retriever found, each case's verdict, the report."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.types import Citation
from evals.calibration import split_of
from evals.cases import EvalCase
from evals.grounding import SentenceSupport

SCHEMA_VERSION = 1
REPORT_KIND = "iep-guide-eval-report"


def _round(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(float(value), places)


@dataclass(frozen=True)
class Retrieved:
    """One retrieved chunk, as far as the retrieval metrics need it."""

    source: str
    section: str = ""
    score: float = 0.0
    chunk_id: str = ""
    text: str = ""

    def to_dict(self) -> dict:
        return {"source": self.source, "section": self.section, "score": _round(self.score), "chunk_id": self.chunk_id}


@dataclass(frozen=True)
class CaseRetrieval:
    """Retrieval metrics of one retriever on one case."""

    hit_at_1: float
    hit_at_k: float
    recall_at_k: float
    reciprocal_rank: float
    first_rank: int | None
    section_hit_at_k: float | None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "hit_at_1": self.hit_at_1,
            "hit_at_k": self.hit_at_k,
            "recall_at_k": _round(self.recall_at_k),
            "reciprocal_rank": _round(self.reciprocal_rank),
            "first_rank": self.first_rank,
            "section_hit_at_k": self.section_hit_at_k,
            "sources": list(self.sources),
        }


@dataclass(frozen=True)
class CaseResult:
    """Everything measured on one case, with the reasons it failed (if it did)."""

    case: EvalCase
    answer: str = ""
    abstained: bool = False
    answerer: str = ""
    citations: tuple[Citation, ...] = ()
    notice: str = ""
    best_score: float | None = None
    evidence: dict | None = None  # the evidence signals behind best_score (assistant/evidence.py)
    retrieved: tuple[Retrieved, ...] = ()
    retrieval: dict[str, CaseRetrieval] = field(default_factory=dict)
    fact_coverage: float | None = None
    missing_facts: tuple[tuple[str, ...], ...] = ()
    context_fact_coverage: float | None = None
    sentences: tuple[SentenceSupport, ...] = ()
    citation_recall: float | None = None
    citation_precision: float | None = None
    content_recall: float | None = None  # against the case's reference answer
    content_precision: float | None = None
    timings: dict[str, float] = field(default_factory=dict)
    error: str = ""
    passed: bool = False
    reasons: tuple[str, ...] = ()

    @property
    def latency_ms(self) -> float | None:
        return self.timings.get("total")

    def to_dict(self) -> dict:
        case = self.case
        return {
            "id": case.id,
            "question": case.question,
            "audience": case.audience,
            "topic": case.topic,
            "tags": list(case.tags),
            "history": list(case.history),
            "should_abstain": case.should_abstain,
            "expected_sources": list(case.expected_sources),
            "expected_sections": list(case.expected_sections),
            "key_facts": [list(f) for f in case.key_facts],
            "answer": self.answer,
            "abstained": self.abstained,
            "answerer": self.answerer,
            "notice": self.notice,
            "citations": [c.to_dict() for c in self.citations],
            "best_score": _round(self.best_score),
            "evidence": self.evidence,
            "split": split_of(case.id),
            "retrieved": [r.to_dict() for r in self.retrieved],
            "retrieval": {name: r.to_dict() for name, r in self.retrieval.items()},
            "fact_coverage": _round(self.fact_coverage),
            "missing_facts": [list(f) for f in self.missing_facts],
            "context_fact_coverage": _round(self.context_fact_coverage),
            "sentences": [s.to_dict() for s in self.sentences],
            "citation_recall": _round(self.citation_recall),
            "citation_precision": _round(self.citation_precision),
            "content_recall": _round(self.content_recall),
            "content_precision": _round(self.content_precision),
            "reference": case.reference,
            "timings_ms": {k: round(v, 2) for k, v in self.timings.items()},
            "error": self.error,
            "passed": self.passed,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class RetrieverSummary:
    """One row of the retrieval table: a retriever scored over all answerable cases."""

    name: str
    kind: str  # ours | ablation | baseline
    description: str
    k: int
    cases: int
    hit_at_1: float | None
    hit_at_k: float | None
    recall_at_k: float | None
    mrr: float | None
    section_hit_at_k: float | None

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "k": self.k,
            "cases": self.cases,
            **{m: _round(getattr(self, m)) for m in ("hit_at_1", "hit_at_k", "recall_at_k", "mrr", "section_hit_at_k")},
        }


@dataclass
class EvalReport:
    """A whole run: the settings it ran under, the summary metrics, breakdowns and every case."""

    created_at: str
    duration_s: float
    answerer: str
    eval_set: dict
    settings: dict
    support_judge: dict
    summary: dict
    retrieval: list[RetrieverSummary]
    abstention: dict
    latency_ms: dict
    breakdowns: dict
    cases: list[CaseResult]
    checks: list[dict] = field(default_factory=list)
    comparison: list[dict] = field(default_factory=list)  # rows of evals.compare, when run side by side

    @property
    def failures(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.passed]

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": REPORT_KIND,
            "created_at": self.created_at,
            "duration_s": round(self.duration_s, 2),
            "answerer": self.answerer,
            "eval_set": self.eval_set,
            "settings": self.settings,
            "support_judge": self.support_judge,
            "summary": {k: _round(v) if isinstance(v, float) else v for k, v in self.summary.items()},
            "retrieval": [r.to_dict() for r in self.retrieval],
            "abstention": self.abstention,
            "latency_ms": self.latency_ms,
            "breakdowns": self.breakdowns,
            "checks": self.checks,
            "cases": [c.to_dict() for c in self.cases],
            **({"comparison": self.comparison} if self.comparison else {}),
        }
