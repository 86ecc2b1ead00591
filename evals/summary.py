"""Aggregating case results into the report's numbers: overall, per retriever, per group.

Per-case values are averaged over cases (macro average). Retrieval and key-fact metrics use the
answerable cases; key-fact coverage counts an abstention on an answerable case as 0; citation
metrics use the cases that got an answer; abstention metrics use every case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from evals.calibration import split_section
from evals.metrics import abstention_scores, mean, percentile, ratio, sweep_thresholds, threshold_sweep
from evals.results import CaseResult, RetrieverSummary

GROUPINGS: dict[str, Callable[[CaseResult], Iterable[str]]] = {
    "topic": lambda r: [r.case.topic],
    "audience": lambda r: [r.case.audience],
    "turns": lambda r: ["follow-up" if r.case.multi_turn else "single"],
    "tag": lambda r: r.case.tags,
}


def _answerable(results: Sequence[CaseResult]) -> list[CaseResult]:
    return [r for r in results if not r.case.should_abstain]


def retriever_summary(name: str, kind: str, description: str, k: int, results: Sequence[CaseResult]) -> RetrieverSummary:
    scored = [r.retrieval[name] for r in _answerable(results) if name in r.retrieval]
    return RetrieverSummary(
        name=name,
        kind=kind,
        description=description,
        k=k,
        cases=len(scored),
        hit_at_1=mean(s.hit_at_1 for s in scored),
        hit_at_k=mean(s.hit_at_k for s in scored),
        recall_at_k=mean(s.recall_at_k for s in scored),
        mrr=mean(s.reciprocal_rank for s in scored),
        section_hit_at_k=mean(s.section_hit_at_k for s in scored),
    )


def _fact_score(r: CaseResult) -> float | None:
    if r.fact_coverage is None:
        return None
    return 0.0 if r.abstained else r.fact_coverage


def _all_facts(r: CaseResult) -> float | None:
    """1 when the answer states every key fact of the case, else 0 (None without key facts)."""
    score = _fact_score(r)
    return None if score is None else float(score >= 1.0)


def summarize(results: Sequence[CaseResult], ours: str = "ours") -> dict:
    """The headline metrics of a set of results (the whole run, or one group of it)."""
    answerable = _answerable(results)
    answered = [r for r in results if not r.abstained and not r.error]
    scored = [r.retrieval[ours] for r in answerable if ours in r.retrieval]
    abstention = abstention_scores([r.abstained for r in results], [r.case.should_abstain for r in results])
    latencies = [r.latency_ms for r in results if r.latency_ms is not None]
    return {
        "cases": len(results),
        "answerable": len(answerable),
        "out_of_scope": len(results) - len(answerable),
        "follow_ups": sum(1 for r in results if r.case.multi_turn),
        "errors": sum(1 for r in results if r.error),
        "pass_rate": ratio(sum(1 for r in results if r.passed), len(results)),
        "hit_at_1": mean(s.hit_at_1 for s in scored),
        "hit_at_k": mean(s.hit_at_k for s in scored),
        "recall_at_k": mean(s.recall_at_k for s in scored),
        "mrr": mean(s.reciprocal_rank for s in scored),
        "section_hit_at_k": mean(s.section_hit_at_k for s in scored),
        "fact_coverage": mean(_fact_score(r) for r in answerable),
        "context_fact_coverage": mean(r.context_fact_coverage for r in answerable),
        "facts_stated": mean(_all_facts(r) for r in answerable),
        "content_recall": mean(0.0 if r.abstained else r.content_recall for r in answerable if r.case.reference),
        "content_precision": mean(r.content_precision for r in answerable),
        "citation_recall": mean(r.citation_recall for r in answered),
        "citation_precision": mean(r.citation_precision for r in answered),
        "abstention_precision": abstention.precision,
        "abstention_recall": abstention.recall,
        "false_abstention_rate": abstention.false_abstention_rate,
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
        "unsupported_sentences": sum(1 for r in answered for s in r.sentences if not s.supported),
        "fallbacks": sum(1 for r in answered if r.notice),
    }


def breakdowns(results: Sequence[CaseResult]) -> dict[str, dict[str, dict]]:
    """Headline metrics per topic, audience, single/follow-up and tag."""
    out: dict[str, dict[str, dict]] = {}
    for grouping, keys in GROUPINGS.items():
        groups: dict[str, list[CaseResult]] = defaultdict(list)
        for r in results:
            for key in keys(r):
                groups[key].append(r)
        out[grouping] = {key: summarize(groups[key]) for key in sorted(groups)}
    return out


def abstention_section(results: Sequence[CaseResult], threshold: float, step: float, max_false: float = 0.03) -> dict:
    """Abstention scores at the configured threshold plus a sweep over candidate thresholds,
    recomputed from each case's best evidence score (so one run gives the whole curve), and the
    same for the dev and held-out halves of the cases (evals/calibration.py)."""
    should = [r.case.should_abstain for r in results]
    scores = [r.best_score for r in results]
    current = abstention_scores([r.abstained for r in results], should)
    sweep = threshold_sweep(scores, should, sweep_thresholds(0.0, 1.0, step))
    splits = split_section([r.case.id for r in results], scores, should, [r.abstained for r in results], max_false, step)
    return {
        "threshold": threshold,
        **current.to_dict(),
        "sweep": [p.to_dict() for p in sweep],
        "max_false_abstention": max_false,
        "splits": splits,
    }


def latency_section(results: Sequence[CaseResult]) -> dict:
    totals = [r.latency_ms for r in results if r.latency_ms is not None]
    stages: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for stage, ms in r.timings.items():
            if stage != "total":
                stages[stage].append(ms)

    def stats(values: list[float]) -> dict:
        return {
            "p50": _r(percentile(values, 50)),
            "p95": _r(percentile(values, 95)),
            "mean": _r(mean(values)),
            "max": _r(max(values) if values else None),
        }

    return {**stats(totals), "count": len(totals), "stages": {s: stats(v) for s, v in stages.items()}}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
