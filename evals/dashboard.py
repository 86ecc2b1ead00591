"""Saved reports turned into what the staff page shows: headline metrics against the thresholds,
tables for charts (per topic, per audience, over runs) and the cases, filtered.

Everything reads the report as saved (a dict from JSON) and tolerates fields it does not know
and fields an older report lacks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from evals.thresholds import Check, Thresholds, check_summary

PASSED, FAILED, ERROR = "passed", "failed", "error"


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    higher_is_better: bool = True
    unit: str = ""  # "" for a share or score in 0..1, "ms" for latency
    vs_baseline: bool = False


HEADLINE: tuple[Metric, ...] = (
    Metric("recall_at_k", "Recall@k", vs_baseline=True),
    Metric("mrr", "MRR", vs_baseline=True),
    Metric("hit_at_k", "Hit@k", vs_baseline=True),
    Metric("citation_recall", "Citation recall"),
    Metric("citation_precision", "Citation precision"),
    Metric("fact_coverage", "Key-fact coverage"),
    Metric("abstention_precision", "Abstention precision"),
    Metric("abstention_recall", "Abstention recall"),
    Metric("false_abstention_rate", "False abstention", higher_is_better=False),
    Metric("latency_p50_ms", "Latency p50", higher_is_better=False, unit="ms"),
    Metric("latency_p95_ms", "Latency p95", higher_is_better=False, unit="ms"),
    Metric("pass_rate", "Cases passed"),
)
BY_KEY = {m.key: m for m in HEADLINE}
CHART_METRICS = (
    "pass_rate",
    "recall_at_k",
    "mrr",
    "hit_at_k",
    "fact_coverage",
    "citation_recall",
    "abstention_recall",
    "false_abstention_rate",
)
TREND_DEFAULT = ("recall_at_k", "mrr", "fact_coverage", "pass_rate")


def label(key: str, k: object = None) -> str:
    """A metric's name for people, with k filled in (Recall@5)."""
    text = BY_KEY[key].label if key in BY_KEY else key.replace("_", " ")
    return text.replace("@k", f"@{k}") if k else text


def fmt(value: object, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,.1f} ms" if unit == "ms" else f"{value:.3f}"
    return str(value)


@dataclass(frozen=True)
class MetricRow:
    """One headline metric of a report, with the baseline's value and its threshold checks."""

    metric: Metric
    value: float | None
    baseline: float | None
    checks: tuple[Check, ...]

    @property
    def verdict(self) -> str:
        """'pass', 'fail', or 'not gated' (no bound on this metric)."""
        if not self.checks:
            return "not gated"
        return "pass" if all(c.passed for c in self.checks) else "fail"

    @property
    def delta(self) -> float | None:
        """Ours minus the baseline (retrieval metrics of a run with a baseline)."""
        if self.value is None or self.baseline is None:
            return None
        return self.value - self.baseline

    def bounds(self) -> str:
        words = {"min": "≥ {:.3f}", "max": "≤ {:.3f}", "beat_baseline": "baseline + {:.3f}"}
        return ", ".join(words[c.kind].format(c.bound) for c in self.checks) or "no bound"


def retrieval_row(report: dict, kind: str) -> dict:
    return next((r for r in report.get("retrieval") or [] if isinstance(r, dict) and r.get("kind") == kind), {})


def has_baseline(report: dict) -> bool:
    return bool(retrieval_row(report, "baseline"))


def checks_for(report: dict, thresholds: Thresholds | None) -> list[Check]:
    """The report against the thresholds; beat-the-baseline bounds only when it ran the baseline."""
    if thresholds is None:
        return []
    checks = check_summary(
        report.get("summary") or {}, [r for r in report.get("retrieval") or [] if isinstance(r, dict)], thresholds
    )
    return [c for c in checks if c.kind != "beat_baseline" or has_baseline(report)]


def headline(report: dict, thresholds: Thresholds | None) -> list[MetricRow]:
    summary, base = report.get("summary") or {}, retrieval_row(report, "baseline")
    checks = checks_for(report, thresholds)
    return [
        MetricRow(
            m, summary.get(m.key), base.get(m.key) if m.vs_baseline else None, tuple(c for c in checks if c.metric == m.key)
        )
        for m in HEADLINE
    ]


def check_rows(report: dict, thresholds: Thresholds | None) -> list[dict]:
    """Every threshold check of the report, failures first, as table rows."""
    k = (report.get("settings") or {}).get("k")
    rows = []
    for c in checks_for(report, thresholds):
        bound = {"min": f"≥ {c.bound:.3f}", "max": f"≤ {c.bound:.3f}", "beat_baseline": f"ours − baseline ≥ {c.bound:.3f}"}
        rows.append(
            {
                "result": "pass" if c.passed else "FAIL",
                "metric": label(c.metric, k),
                "value": fmt(c.value),
                "bound": bound[c.kind],
            }
        )
    return sorted(rows, key=lambda r: r["result"] != "FAIL")


def group_rows(report: dict, grouping: str, metrics: Sequence[str] = CHART_METRICS) -> list[dict]:
    """One row per topic (or audience, …): its case count and metrics, for a bar chart."""
    groups = (report.get("breakdowns") or {}).get(grouping) or {}
    return [
        {grouping: name, "cases": values.get("cases"), **{m: values.get(m) for m in metrics}}
        for name, values in groups.items()
        if isinstance(values, dict)
    ]


def is_whole_set(run: dict) -> bool:
    """A run of the whole eval set (no audience, topic or first-N subset)."""
    return not (run.get("eval_set") or {}).get("filters")


def trend_rows(
    runs: Iterable[dict], metrics: Sequence[str] = TREND_DEFAULT, *, whole_set_only: bool = False, answerer: str | None = None
) -> list[dict]:
    """One row per saved run, oldest first: when, answerer, cases and the chosen metrics."""
    rows = []
    for run in runs:
        if (whole_set_only and not is_whole_set(run)) or (answerer and run.get("answerer") != answerer):
            continue
        summary = run.get("summary") or {}
        rows.append(
            {
                "run": when(run.get("created_at")),
                "answerer": run.get("answerer", ""),
                "cases": summary.get("cases"),
                **{m: summary.get(m) for m in metrics},
            }
        )
    return rows


def when(created_at: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(created_at))
    except ValueError:
        return None


def run_label(run: dict) -> str:
    """How a saved run is named in the report picker."""
    moment = when(run.get("created_at"))
    stamp = moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else str(run.get("created_at"))
    summary = run.get("summary") or {}
    filters = (run.get("eval_set") or {}).get("filters") or {}
    subset = ", ".join(f"{k} {v}" for k, v in filters.items())
    passed = summary.get("pass_rate")
    parts = [stamp, str(run.get("answerer") or "unknown answerer"), f"{summary.get('cases', '?')} cases"]
    if subset:
        parts.append(f"subset: {subset}")
    if isinstance(passed, (int, float)):
        parts.append(f"{passed:.0%} passed")
    return " · ".join(parts)


def status(case: dict) -> str:
    if case.get("error"):
        return ERROR
    return PASSED if case.get("passed") else FAILED


def case_rows(cases: Iterable[dict]) -> list[dict]:
    """Cases of a report as table rows (id, status, audience, topic, question, why it failed)."""
    return [
        {
            "id": c.get("id", ""),
            "status": status(c),
            "audience": c.get("audience", ""),
            "topic": c.get("topic", ""),
            "question": c.get("question", ""),
            "why": "; ".join(c.get("reasons") or []),
        }
        for c in cases
        if isinstance(c, dict)
    ]


def cases_of(report: dict) -> list[dict]:
    return [c for c in report.get("cases") or [] if isinstance(c, dict)]


def filter_cases(
    cases: Iterable[dict], *, show: str = "all", topics: Iterable[str] = (), audiences: Iterable[str] = (), text: str = ""
) -> list[dict]:
    """Cases of a report matching every filter. `show`: all | failed (errors
    included) | passed; empty topic/audience lists mean any; `text` searches id, question,
    answer and reasons, case-insensitively."""
    topics, audiences, needle = set(topics), set(audiences), text.strip().casefold()
    chosen = []
    for case in cases:
        state = status(case)
        if (show == "passed" and state != PASSED) or (show == "failed" and state == PASSED):
            continue
        if (topics and case.get("topic") not in topics) or (audiences and case.get("audience") not in audiences):
            continue
        if needle and needle not in _searchable(case):
            continue
        chosen.append(case)
    return chosen


def _searchable(case: dict) -> str:
    parts = [case.get("id"), case.get("question"), case.get("answer"), *(case.get("reasons") or [])]
    return " ".join(str(p) for p in parts if p).casefold()


def find_case(report: dict, case_id: str) -> dict | None:
    return next((c for c in cases_of(report) if c.get("id") == case_id), None)


def expected_found(case: dict) -> list[tuple[str, bool]]:
    """Each expected source and whether the answer cited it."""
    cited = {c.get("source") for c in case.get("citations") or [] if isinstance(c, dict)}
    return [(source, source in cited) for source in case.get("expected_sources") or []]


def missing_fact_lines(case: dict) -> list[str]:
    """Each key fact the answer lacks, with its acceptable phrasings."""
    return [" / ".join(f'"{p}"' for p in fact) for fact in case.get("missing_facts") or [] if fact]
