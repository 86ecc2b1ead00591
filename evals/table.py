"""The plain-text summary printed by `iep-guide eval`: ours vs the baseline, then the rest."""

from __future__ import annotations

from collections.abc import Sequence

from evals.results import EvalReport
from evals.thresholds import Check


def _f(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def retrieval_table(report: EvalReport) -> list[str]:
    k = report.settings.get("k")
    lines = [f"{'retrieval (answerable cases)':<34}{'k':>3}{'hit@1':>8}{f'hit@{k}':>8}{f'recall@{k}':>11}{'MRR':>8}"]
    for r in report.retrieval:
        name = {"ours": f"ours ({report.settings.get('retrieval')})", "baseline": "baseline (LangChain default)"}.get(
            r.kind, f"  stage: {r.name}"
        )
        lines.append(f"{name:<34}{r.k:>3}{_f(r.hit_at_1):>8}{_f(r.hit_at_k):>8}{_f(r.recall_at_k):>11}{_f(r.mrr):>8}")
    return lines


def comparison_lines(rows: Sequence[dict]) -> list[str]:
    """The answerers' headline metrics side by side, one column per answerer."""
    from evals.compare import COLUMNS

    if not rows:
        return []
    lines = [f"{'answerers side by side':<24}" + "".join(f"{r['answerer']:>14}" for r in rows)]
    for key, label in COLUMNS:
        digits = 1 if key.startswith("latency") else 3
        cells = "".join(f"{_cell(r.get(key), digits):>14}" for r in rows)
        lines.append(f"{label:<24}{cells}")
    return lines


def _cell(value, digits: int) -> str:
    return str(value) if isinstance(value, int) else _f(value, digits)


def split_lines(abstention: dict) -> list[str]:
    """Abstention on the dev half (where the threshold is chosen) and the held-out half."""
    lines = []
    for name, part in abstention.get("splits", {}).items():
        lines.append(
            f"  {name.replace('_', '-'):<21}recall {_f(part.get('recall'))}  false abstention "
            f"{_f(part.get('false_abstention_rate'))}  ({part.get('cases')} cases; "
            f"threshold it suggests {_f(part.get('suggested_threshold'))})"
        )
    return lines


def summary_lines(report: EvalReport, checks: Sequence[Check] = (), worst: int = 8) -> list[str]:
    s, a = report.summary, report.abstention
    lines = [
        f"IEP Guide eval: {s['cases']} cases ({s['answerable']} answerable, {s['out_of_scope']} out of scope, "
        f"{s['follow_ups']} follow-ups), answerer {report.answerer}, {report.duration_s:.1f}s",
        "",
        *retrieval_table(report),
        "",
        f"key-fact coverage      {_f(s['fact_coverage'])}   (in retrieved text: {_f(s['context_fact_coverage'])})",
        f"every key fact stated  {_f(s.get('facts_stated'))}   content recall {_f(s.get('content_recall'))}  "
        f"precision {_f(s.get('content_precision'))}  (against the reference answers)",
        f"citation recall        {_f(s['citation_recall'])}   citation precision {_f(s['citation_precision'])}",
        f"abstention             precision {_f(s['abstention_precision'])}  recall {_f(s['abstention_recall'])}  "
        f"false abstention {_f(s['false_abstention_rate'])}  (threshold {a['threshold']})",
        *split_lines(a),
        f"latency                p50 {_f(s['latency_p50_ms'], 1)} ms  p95 {_f(s['latency_p95_ms'], 1)} ms",
        f"cases passed           {_f(s['pass_rate'])}  ({len(report.failures)} failed, {s['errors']} errors)",
    ]
    if report.comparison:
        lines += ["", *comparison_lines(report.comparison)]
    if checks:
        failed = [c for c in checks if not c.passed]
        lines += ["", f"thresholds: {len(checks) - len(failed)} of {len(checks)} met"]
        lines += [f"  {c.describe()}" for c in failed]
    if report.failures and worst:
        lines += ["", f"failed cases (first {min(worst, len(report.failures))} of {len(report.failures)}):"]
        for r in report.failures[:worst]:
            lines.append(f"  {r.case.id}: {r.case.question[:70]}")
            lines += [f"      - {reason[:160]}" for reason in r.reasons]
    return lines
