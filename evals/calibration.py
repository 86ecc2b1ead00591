"""Calibrating abstention honestly: choose on a dev half of the cases, report a held-out half.

Cases are split by a hash of their id (stable across runs and machines, independent of file
order). The threshold (and the evidence weights) are chosen on dev only; the report shows both
halves at the configured threshold, the threshold dev suggests, and the curve of false
abstentions against missed abstentions over thresholds for each half.

    python -m evals.calibration reports/eval-….json   # suggest weights and threshold from dev
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import statistics
from collections.abc import Sequence

from evals.metrics import abstains_at, abstention_scores, sweep_thresholds, threshold_sweep

SPLITS = ("dev", "held_out")
SIGNALS = ("top", "sentence", "coverage", "dense")


BLIND_PREFIXES = ("blind-", "rd-")


def split_of(case_id: str) -> str:
    """'blind' for the blind sets (never used to choose a weight or a threshold), otherwise
    'dev' or 'held_out', from the case id alone."""
    if case_id.startswith(BLIND_PREFIXES):
        return "blind"
    return "dev" if int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 2 == 0 else "held_out"


def choose_threshold(scores: Sequence[float | None], should_abstain: Sequence[bool], max_false: float) -> float | None:
    """Midway between the highest out-of-scope score that must be declined for the best
    abstention recall allowed with at most `max_false` false abstentions, and the lowest
    score that must still be answered (so the threshold sits in the middle of the gap).
    None when no case is out of scope or no threshold is allowed."""
    values = sorted({s for s in scores if s is not None})
    if not values or not any(should_abstain):
        return None
    candidates = sorted({*values, *(v + 1e-9 for v in values)})
    allowed = []
    for t in candidates:
        result = abstention_scores([abstains_at(s, t) for s in scores], should_abstain)
        if (result.false_abstention_rate or 0.0) <= max_false:
            allowed.append((t, result.recall or 0.0))
    if not allowed:
        return None
    best = max(r for _, r in allowed)
    low = min(t for t, r in allowed if r == best)
    high = max(t for t, _ in allowed)
    return round((low + high) / 2, 4)


def separation(scores: Sequence[float], should_abstain: Sequence[bool], max_false: float) -> float:
    """How far the answerable cases sit above the out-of-scope ones, in standard deviations:
    (lowest answerable score once `max_false` of them may fall below) minus the highest
    out-of-scope score. Larger is better; used to compare evidence weightings on dev."""
    answerable = sorted(s for s, a in zip(scores, should_abstain) if not a)
    declined = [s for s, a in zip(scores, should_abstain) if a]
    if not answerable or not declined:
        return 0.0
    spread = statistics.pstdev(scores) or 1.0
    allowed = int(max_false * len(answerable))
    return (answerable[min(allowed, len(answerable) - 1)] - max(declined)) / spread


def weighted(signals: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights[name] * signals.get(name, 0.0) for name in weights)


def fit_weights(
    signals: Sequence[dict[str, float]], should_abstain: Sequence[bool], max_false: float, step: float = 0.1
) -> dict[str, float]:
    """The weights (summing to 1, on a grid of `step`) with the widest separation."""
    grid = [round(i * step, 4) for i in range(int(round(1 / step)) + 1)]
    best, best_weights = float("-inf"), dict.fromkeys(SIGNALS, 0.0)
    for combo in itertools.product(grid, repeat=len(SIGNALS)):
        if abs(sum(combo) - 1.0) > 1e-6:
            continue
        weights = dict(zip(SIGNALS, combo))
        value = separation([weighted(s, weights) for s in signals], should_abstain, max_false)
        if value > best + 1e-9:
            best, best_weights = value, weights
    return best_weights


def split_section(
    ids: Sequence[str],
    scores: Sequence[float | None],
    should: Sequence[bool],
    abstained: Sequence[bool],
    max_false: float,
    step: float,
) -> dict:
    """Per split: the scores at the configured threshold, the threshold that split suggests,
    and the sweep (false abstention vs missed abstention)."""
    out = {}
    for name in SPLITS:
        keep = [i for i, case_id in enumerate(ids) if split_of(case_id) == name]
        s, a, d = [scores[i] for i in keep], [should[i] for i in keep], [abstained[i] for i in keep]
        sweep = threshold_sweep(s, a, sweep_thresholds(0.0, 1.0, step))
        out[name] = {
            "cases": len(keep),
            **abstention_scores(d, a).to_dict(),
            "suggested_threshold": choose_threshold(s, a, max_false),
            "curve": [
                {
                    "threshold": p.threshold,
                    "false_abstention_rate": p.scores.false_abstention_rate,
                    "missed_abstention_rate": None if p.scores.recall is None else round(1 - p.scores.recall, 4),
                }
                for p in sweep
            ],
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Suggest evidence weights and an abstention threshold from dev cases.")
    parser.add_argument("report", help="an eval report JSON (it stores each case's evidence signals)")
    parser.add_argument("--max-false", type=float, default=0.03, help="largest dev false-abstention rate allowed")
    args = parser.parse_args(argv)
    cases = json.loads(open(args.report, encoding="utf-8").read())["cases"]
    dev = [c for c in cases if split_of(c["id"]) == "dev" and c.get("evidence")]
    signals, should = [c["evidence"] for c in dev], [c["should_abstain"] for c in dev]
    weights = fit_weights(signals, should, args.max_false)
    threshold = choose_threshold([weighted(s, weights) for s in signals], should, args.max_false)
    print(json.dumps({"dev_cases": len(dev), "weights": weights, "threshold": threshold}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
