"""Targets, pass/miss marks and the printed table."""

from __future__ import annotations

import math
from dataclasses import dataclass

from benchmarks.latency import STAGES


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    limit: float
    unit: str


TARGETS = (
    Target("warm_p50_ms", "warm extractive answer p50", 100, "ms"),
    Target("warm_p95_ms", "warm extractive answer p95", 60, "ms"),
    Target("corpus_ingest_s", "corpus ingest (empty index)", 60, "s"),
    Target("reingest_s", "unchanged re-ingest", 3, "s"),
    Target("synthetic_p95_ms", "100k-chunk query p95", 100, "ms"),
)


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.1f}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def verdicts(headline: dict, measured_on: dict[str, str] | None = None) -> list[dict]:
    """Each target with its measured value and mark; `measured_on` notes a smaller stand-in
    (for example the synthetic index at 20k chunks instead of 100k), which is never a PASS."""
    out = []
    for t in TARGETS:
        value = headline.get(t.key)
        label, mark = t.label, "—" if value is None else ("PASS" if value <= t.limit else "MISS")
        size = (measured_on or {}).get(t.key)
        if size and not t.label.startswith(size) and value is not None:
            label, mark = f"{t.label} (measured at {size})", "n/a"
        out.append({"target": label, "value": value, "limit": t.limit, "unit": t.unit, "mark": mark})
    return out


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)])


def stage_table(runs: dict[str, dict]) -> str:
    """p50 / p95 per stage for each measured configuration."""
    header = ["stage", *(f"{name} p50 / p95 ms" for name in runs)]
    rows = []
    for stage in STAGES:
        row = [stage]
        for run in runs.values():
            s = run.get("stages", {}).get(stage)
            row.append(f"{_fmt(s['p50'])} / {_fmt(s['p95'])}" if s else "—")
        rows.append(row)
    return _table(header, rows)


def render(result: dict) -> str:
    m = result["machine"]
    parts = [
        f"IEP Guide benchmarks — {m['date']}",
        f"{m['cpu']}, {m['cores']} cores (torch threads {m['torch_threads']}), {m['memory_gib']} GiB, "
        f"Python {m['python']}; load average at start {m['load_at_start']}, at end {result.get('load_at_end')}",
        "",
        _table(
            ["target", "measured", "limit", ""],
            [
                [v["target"], _fmt(v["value"], v["unit"]), f"≤ {_fmt(v['limit'], v['unit'])}", v["mark"]]
                for v in result["verdicts"]
            ],
        ),
        "",
        _table(["measurement", "value"], [[k, v] for k, v in result["facts"]]),
        "",
        stage_table(result["latency"]),
    ]
    return "\n".join(parts)


def markdown(result: dict) -> str:
    """The results as Markdown tables, for docs/performance.md."""
    m = result["machine"]
    lines = [
        f"Measured {m['date'][:10]} on {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM, "
        f"Python {m['python']}, torch threads {m['torch_threads']}; load average "
        f"{m['load_at_start'][0]} at start and {result.get('load_at_end', ['?'])[0]} at end "
        "(other work was running on the machine).",
        "",
        "| target | measured | limit | |",
        "| --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| {v['target']} | {_fmt(v['value'], v['unit'])} | ≤ {_fmt(v['limit'], v['unit'])} | {v['mark']} |"
        for v in result["verdicts"]
    ]
    lines += ["", "| measurement | value |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in result["facts"]]
    runs = result["latency"]
    lines += ["", "| stage | " + " | ".join(f"{n} p50 / p95 (ms)" for n in runs) + " |", "| --- |" + " ---: |" * len(runs)]
    for stage in STAGES:
        cells = []
        for run in runs.values():
            s = run.get("stages", {}).get(stage)
            cells.append(f"{_fmt(s['p50'])} / {_fmt(s['p95'])}" if s else "—")
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m benchmarks.report reports/benchmarks.json
    import json
    import sys

    print(markdown(json.loads(open(sys.argv[1]).read())))
