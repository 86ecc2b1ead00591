"""The bounds a run must meet, stored in the repository (evals/thresholds.toml).

    [min]              # each summary metric must be at least this
    recall_at_k = 0.9
    [max]              # ... at most this
    false_abstention_rate = 0.05
    [beat_baseline]    # ours minus the baseline, on retrieval metrics, must be at least this
    mrr = 0.05

Names are the keys of the report's `summary` (and, for [beat_baseline], of its retrieval rows).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import IEPGuideError
from evals.results import EvalReport

SECTIONS = ("min", "max", "beat_baseline")
RETRIEVAL_METRICS = ("hit_at_1", "hit_at_k", "recall_at_k", "mrr", "section_hit_at_k")


class ThresholdsError(IEPGuideError):
    """The thresholds file cannot be used as written."""


@dataclass(frozen=True)
class Thresholds:
    minimum: dict[str, float]
    maximum: dict[str, float]
    beat_baseline: dict[str, float]


@dataclass(frozen=True)
class Check:
    metric: str
    kind: str  # min | max | beat_baseline
    bound: float
    value: float | None
    passed: bool

    def describe(self) -> str:
        value = "n/a" if self.value is None else f"{self.value:.3f}"
        op = {"min": ">=", "max": "<=", "beat_baseline": "ours - baseline >="}[self.kind]
        return f"{self.metric} = {value} ({op} {self.bound:.3f}) {'ok' if self.passed else 'FAILED'}"

    def to_dict(self) -> dict:
        return {"metric": self.metric, "kind": self.kind, "bound": self.bound, "value": self.value, "passed": self.passed}


def parse_thresholds(data: dict, known: set[str], where: str = "thresholds") -> Thresholds:
    problems = [f"unknown section [{key}] (use {', '.join(SECTIONS)})" for key in data if key not in SECTIONS]
    tables: dict[str, dict[str, float]] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            problems.append(f"[{section}] must be a table of metric = number")
            table = {}
        names = known if section != "beat_baseline" else set(RETRIEVAL_METRICS)
        for name, bound in table.items():
            if name not in names:
                problems.append(f"[{section}] {name}: unknown metric (known: {', '.join(sorted(names))})")
            elif isinstance(bound, bool) or not isinstance(bound, (int, float)):
                problems.append(f"[{section}] {name}: the bound must be a number, not {bound!r}")
        tables[section] = {n: float(b) for n, b in table.items() if n in names and isinstance(b, (int, float))}
    if problems:
        raise ThresholdsError(f"{where}: " + "; ".join(problems))
    return Thresholds(tables["min"], tables["max"], tables["beat_baseline"])


def thresholds_for(eval_set: Path, default: Path) -> Path:
    """The bounds for an eval set: `<set>.thresholds.toml` beside it (evals/blind.jsonl ->
    evals/blind.thresholds.toml) when there is one, otherwise `default`."""
    beside = Path(eval_set).with_name(Path(eval_set).stem + ".thresholds.toml")
    return beside if beside.is_file() else Path(default)


def load_thresholds(path: Path, known: set[str]) -> Thresholds:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ThresholdsError(f"No thresholds file at {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ThresholdsError(f"Could not read the thresholds file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ThresholdsError(f"The thresholds file {path} is not valid TOML: {exc}") from None
    return parse_thresholds(data, known, str(path))


def check(report: EvalReport, thresholds: Thresholds) -> list[Check]:
    """Every bound against the report; a metric the run could not compute fails its bound."""
    rows = [{"kind": r.kind, **{m: getattr(r, m) for m in RETRIEVAL_METRICS}} for r in report.retrieval]
    return check_summary(report.summary, rows, thresholds)


def check_summary(summary: dict, retrieval: list[dict], thresholds: Thresholds) -> list[Check]:
    """The same checks on a report as saved (its `summary` and `retrieval` rows as dicts)."""
    checks = [
        Check(m, "min", b, summary.get(m), summary.get(m) is not None and summary[m] >= b - 1e-9)
        for m, b in thresholds.minimum.items()
    ]
    checks += [
        Check(m, "max", b, summary.get(m), summary.get(m) is not None and summary[m] <= b + 1e-9)
        for m, b in thresholds.maximum.items()
    ]
    rows = {r.get("kind"): r for r in retrieval if r.get("kind") in ("ours", "baseline")}
    for metric, bound in thresholds.beat_baseline.items():
        ours, base = (rows[k].get(metric) if k in rows else None for k in ("ours", "baseline"))
        margin = None if ours is None or base is None else ours - base
        checks.append(Check(metric, "beat_baseline", bound, margin, margin is not None and margin >= bound - 1e-9))
    return checks
