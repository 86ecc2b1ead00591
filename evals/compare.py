"""Running the eval with several answerers over the same cases and setting their metrics side by side.

    reports = run_comparison({"extractive": a1, "openai": a2}, cases, baseline=...)

Each answerer gets its own full report (saved as usual, so `list_reports` lists each run);
with more than one, every report also carries the `comparison` rows, one per answerer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from evals.cases import EvalCase
from evals.results import EvalReport
from evals.runner import run_eval

COLUMNS = [
    ("facts_stated", "all facts"),
    ("fact_coverage", "key facts"),
    ("content_recall", "content recall"),
    ("content_precision", "content precision"),
    ("citation_recall", "cit. recall"),
    ("citation_precision", "cit. precision"),
    ("unsupported_sentences", "unsupported"),
    ("abstention_recall", "abst. recall"),
    ("abstention_precision", "abst. precision"),
    ("false_abstention_rate", "false abst."),
    ("latency_p50_ms", "p50 ms"),
    ("latency_p95_ms", "p95 ms"),
    ("fallbacks", "fallbacks"),
    ("pass_rate", "passed"),
]


def comparison_rows(reports: Sequence[EvalReport]) -> list[dict]:
    return [{"answerer": r.answerer, **{key: r.summary.get(key) for key, _ in COLUMNS}} for r in reports]


def run_comparison(
    assistants: Mapping[str, object],
    cases: Sequence[EvalCase],
    *,
    baseline=None,
    ablation: bool = True,
    eval_set: dict | None = None,
    on_progress: Callable | None = None,
) -> list[EvalReport]:
    """One report per answerer. Retrieval does not depend on the answerer, so the baseline and
    the ablation stages are scored with the first one only."""
    reports = []
    for i, (name, assistant) in enumerate(assistants.items()):
        reports.append(
            run_eval(
                assistant,
                cases,
                baseline=baseline if i == 0 else None,
                ablation=ablation and i == 0,
                eval_set=eval_set,
                on_progress=on_progress,
                label=name,
            )
        )
    rows = comparison_rows(reports) if len(reports) > 1 else []  # one answerer: nothing to set side by side
    for report in reports:
        report.comparison = rows
    return reports
