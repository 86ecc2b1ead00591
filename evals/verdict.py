"""Whether one case passed, and if not, every reason why, in words a reviewer can act on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evals.cases import EvalCase
from evals.grounding import SentenceSupport
from evals.results import CaseRetrieval


@dataclass(frozen=True)
class CaseCriteria:
    """What an answerable case needs to pass (from Settings)."""

    k: int
    min_fact_coverage: float = 1.0
    min_citation_recall: float = 1.0


def verdict(
    case: EvalCase,
    *,
    criteria: CaseCriteria,
    abstained: bool,
    error: str = "",
    ours: CaseRetrieval | None = None,
    fact_coverage: float | None = None,
    missing: Sequence[Sequence[str]] = (),
    citation_recall: float | None = None,
    sentences: Sequence[SentenceSupport] = (),
    best_score: float | None = None,
) -> tuple[bool, tuple[str, ...]]:
    """(passed, reasons). An out-of-scope case passes by abstaining; an answerable one by
    answering from an expected source, with its key facts and every sentence supported."""
    if error:
        return False, (f"error: {error}",)
    score = "no evidence" if best_score is None else f"best evidence {best_score:.3f}"
    if case.should_abstain:
        if abstained:
            return True, ()
        return False, (f"answered an out-of-scope question ({score})",)
    reasons: list[str] = []
    if abstained:
        reasons.append(f"abstained on an answerable question ({score})")
    if ours is not None and not ours.hit_at_k:
        reasons.append(f"no expected source in the top {criteria.k} ({', '.join(case.expected_sources)})")
    if not abstained and fact_coverage is not None and fact_coverage < criteria.min_fact_coverage:
        reasons.append("missing key facts: " + "; ".join(" / ".join(f) for f in missing))
    if not abstained and citation_recall is not None and citation_recall < criteria.min_citation_recall:
        weak = [s.text for s in sentences if not s.supported]
        reasons.append(f"{len(weak)} sentence(s) not supported by their citations: " + " | ".join(weak[:3]))
    return not reasons, tuple(reasons)
