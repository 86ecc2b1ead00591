"""Running an eval: every case through every retriever and through the assistant, then scored.

    report = run_eval(assistant, cases, baseline=build_baseline(settings, embedder),
                      on_progress=lambda done, total, result: ...)

The runner scores whatever `Assistant` it is given (any retriever, any answerer) and labels the
report with the answerer named on its answers.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime, timezone

from assistant.errors import IEPGuideError
from assistant.evidence import EvidenceWeights
from assistant.service import Assistant
from assistant.support import SupportJudge
from assistant.types import Turn
from evals.baseline import BaselineRetriever
from evals.cases import EvalCase
from evals.facts import fact_coverage, missing_facts
from evals.grounding import CitationChecker
from evals.metrics import (
    citation_precision,
    citation_recall,
    content_precision,
    content_recall,
    first_rank,
    hit_at_k,
    recall_at_k,
    section_hit_at_k,
)
from evals.results import CaseResult, CaseRetrieval, EvalReport, Retrieved
from evals.summary import abstention_section, breakdowns, latency_section, retriever_summary, summarize
from evals.targets import AssistantTarget, BaselineTarget, Target, ablation_targets
from evals.verdict import CaseCriteria, verdict

Progress = Callable[[int, int, CaseResult], None]


def score_retrieval(items: Sequence[Retrieved], case: EvalCase, k: int) -> CaseRetrieval:
    ranked = [r.source for r in items]
    rank = first_rank(ranked[:k], case.expected_sources)
    return CaseRetrieval(
        hit_at_1=hit_at_k(ranked, case.expected_sources, 1),
        hit_at_k=hit_at_k(ranked, case.expected_sources, k),
        recall_at_k=recall_at_k(ranked, case.expected_sources, k),
        reciprocal_rank=1.0 / rank if rank else 0.0,
        first_rank=rank,
        section_hit_at_k=section_hit_at_k(
            [(r.source, r.section) for r in items], case.expected_sources, case.expected_sections, k
        )
        if any(r.section for r in items)
        else None,
        sources=tuple(ranked[:k]),
    )


def conversation(assistant, case: EvalCase) -> list[Turn]:
    """The case's earlier turns as the asker lived them: each earlier question asked in order,
    with the answer it got, so a follow-up is scored against what was really said before it."""
    turns: list[Turn] = []
    for question in case.history:
        turns.append(Turn.of(question, assistant.ask(question, audience=case.audience, history=turns)))
    return turns


def make_checker(assistant) -> CitationChecker:
    return CitationChecker(SupportJudge.from_settings(assistant.retrieval.embedder, assistant.settings.answer))


def evaluate_case(
    case: EvalCase, assistant, targets: Sequence[Target], checker: CitationChecker, criteria: CaseCriteria
) -> CaseResult:
    """Run one case through every target and the assistant, and score it."""
    k = criteria.k
    retrieval: dict[str, CaseRetrieval] = {}
    ours: list[Retrieved] = []
    signals: dict | None = None
    try:  # the answer first, so its latency is not flattered by retrieval the eval ran itself
        answer = assistant.ask(case.question, audience=case.audience, history=conversation(assistant, case))
        for target in targets:
            if target.kind != "ours" and case.should_abstain:
                continue
            items = target.retrieve(case)
            if target.kind == "ours":
                ours, signals = items, getattr(target, "evidence", {}).get(case.id)
            if not case.should_abstain:
                retrieval[target.name] = score_retrieval(items, case, k)
    except IEPGuideError as exc:
        passed, reasons = verdict(case, criteria=criteria, abstained=False, error=str(exc))
        return CaseResult(case=case, retrieval=retrieval, error=str(exc), passed=passed, reasons=reasons)
    sentences = checker.check(answer)
    coverage = fact_coverage(case.key_facts, answer.text)
    missing = tuple(tuple(f) for f in missing_facts(case.key_facts, answer.text))
    recall = citation_recall([s.supported for s in sentences])
    best = answer.evidence if answer.evidence is not None else (ours[0].score if ours else None)
    passed, reasons = verdict(
        case,
        criteria=criteria,
        abstained=answer.abstained,
        ours=retrieval.get("ours"),
        fact_coverage=coverage,
        missing=missing,
        citation_recall=recall,
        sentences=sentences,
        best_score=best,
    )
    return CaseResult(
        case=case,
        answer=answer.text,
        abstained=answer.abstained,
        answerer=answer.answerer,
        citations=answer.citations,
        notice=answer.notice,
        best_score=best,
        evidence=signals,
        retrieved=tuple(ours[:k]),
        retrieval=retrieval,
        fact_coverage=coverage,
        missing_facts=missing,
        context_fact_coverage=fact_coverage(case.key_facts, "\n".join(r.text for r in ours[:k])),
        sentences=tuple(sentences),
        citation_recall=recall,
        citation_precision=citation_precision([p for s in sentences for p in s.precise]),
        content_recall=None if answer.abstained else content_recall(case.reference, answer.text),
        content_precision=None if answer.abstained else content_precision(case.reference, answer.text),
        timings=dict(answer.timings),
        passed=passed,
        reasons=reasons,
    )


def settings_snapshot(assistant: Assistant, baseline: BaselineRetriever | None) -> dict:
    s = assistant.settings
    snapshot = {
        "k": s.retrieval.k,
        "retrieval": assistant.retrieval.mode,
        "candidates": s.retrieval.candidates,
        "rrf_k": s.retrieval.rrf_k,
        "abstain_threshold": s.answer.abstain_threshold,
        "evidence_weights": asdict(EvidenceWeights.from_settings(s.answer)),
        "answer_sentences": s.answer.answer_sentences,
        "chunk_size": s.ingest.chunk_size,
        "chunk_overlap": s.ingest.chunk_overlap,
        "collection": s.index.collection,
        "embed_backend": s.index.embed_backend,
        "case_min_fact_coverage": s.evals.eval_case_fact_coverage,
        "case_min_citation_recall": s.evals.eval_case_citation_recall,
    }
    snapshot["index_version"] = assistant.retrieval.index.version()
    if baseline is not None:
        snapshot["baseline"] = {"description": baseline.label, "k": baseline.k, "chunks": baseline.chunks}
    return snapshot


def run_eval(
    assistant,
    cases: Sequence[EvalCase],
    *,
    baseline: BaselineRetriever | None = None,
    ablation: bool = True,
    checker: CitationChecker | None = None,
    on_progress: Progress | None = None,
    eval_set: dict | None = None,
    label: str | None = None,
) -> EvalReport:
    """Score the assistant on the cases; `on_progress(done, total, result)` is called after each.
    The report is labelled `label`, else with the answerer named on most answers."""
    started = time.perf_counter()
    s = assistant.settings
    checker = checker or make_checker(assistant)
    criteria = CaseCriteria(
        k=s.retrieval.k, min_fact_coverage=s.evals.eval_case_fact_coverage, min_citation_recall=s.evals.eval_case_citation_recall
    )
    targets: list[Target] = [AssistantTarget(assistant)]
    if ablation:
        targets.extend(ablation_targets(assistant))
    if baseline is not None:
        targets.append(BaselineTarget(baseline))
    results: list[CaseResult] = []
    for number, case in enumerate(cases, start=1):
        results.append(evaluate_case(case, assistant, targets, checker, criteria))
        if on_progress is not None:
            on_progress(number, len(cases), results[-1])
    labels = Counter(r.answerer for r in results if r.answerer and not r.abstained)
    return EvalReport(
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        duration_s=time.perf_counter() - started,
        answerer=label or (labels.most_common(1)[0][0] if labels else s.answer.answerer),
        eval_set={**(eval_set or {}), "cases": len(cases)},
        settings=settings_snapshot(assistant, baseline),
        support_judge=checker.describe(),
        summary=summarize(results),
        retrieval=[retriever_summary(t.name, t.kind, t.description, t.k, results) for t in targets],
        abstention=abstention_section(
            results, s.answer.abstain_threshold, s.evals.eval_sweep_step, s.evals.eval_max_false_abstention
        ),
        latency_ms=latency_section(results),
        breakdowns=breakdowns(results),
        cases=results,
    )
