"""Eval metrics as small pure functions over plain values.

Retrieval metrics take the ranked list of source paths of the retrieved chunks (best first,
repeats allowed) and the expected sources (any of which answers the case):

* hit@k — 1 if any expected source is among the first k chunks, else 0;
* recall@k — share of the expected sources found among the first k chunks;
* reciprocal rank — 1 / rank of the first chunk from an expected source (0 if none in the list).

Abstention treats "abstained" as the positive class: precision is the share of abstentions that
were on out-of-scope cases, recall the share of out-of-scope cases abstained on, and the false
abstention rate the share of answerable cases the assistant declined.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from assistant.text import content_terms


def hit_at_k(ranked: Sequence[str], expected: Collection[str], k: int) -> float:
    return 1.0 if any(source in expected for source in ranked[:k]) else 0.0


def recall_at_k(ranked: Sequence[str], expected: Collection[str], k: int) -> float:
    if not expected:
        return 0.0
    return len(set(ranked[:k]) & set(expected)) / len(set(expected))


def first_rank(ranked: Sequence[str], expected: Collection[str]) -> int | None:
    """1-based rank of the first chunk from an expected source, or None."""
    return next((i for i, source in enumerate(ranked, start=1) if source in expected), None)


def reciprocal_rank(ranked: Sequence[str], expected: Collection[str], k: int | None = None) -> float:
    rank = first_rank(ranked[:k] if k else ranked, expected)
    return 1.0 / rank if rank else 0.0


def section_hit_at_k(
    ranked: Sequence[tuple[str, str]], expected_sources: Collection[str], expected_sections: Sequence[str], k: int
) -> float | None:
    """1 if a top-k chunk is from an expected source and under an expected section (a heading
    path containing it, case-insensitive); None when the case names no sections."""
    if not expected_sections:
        return None
    wanted = [s.lower() for s in expected_sections]
    for source, section in ranked[:k]:
        if source in expected_sources and any(w in section.lower() for w in wanted):
            return 1.0
    return 0.0


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- answers against a reference ------------------------------------------------
def content_recall(reference: str, answer: str) -> float | None:
    """Share of the reference answer's content words (stemmed) that the answer also says; None
    without a reference."""
    wanted = content_terms(reference)
    return ratio(len(wanted & content_terms(answer)), len(wanted)) if wanted else None


def content_precision(reference: str, answer: str) -> float | None:
    """Share of the answer's content words (stemmed) that the reference answer also says: low
    when the answer is mostly about something else. None without a reference or an answer."""
    said = content_terms(answer)
    return ratio(len(said & content_terms(reference)), len(said)) if said and reference.strip() else None


# -- citations ---------------------------------------------------------------
def citation_recall(sentence_supported: Sequence[bool]) -> float | None:
    """Share of answer sentences backed by the passages they cite (uncited ones count as not)."""
    return ratio(sum(1 for s in sentence_supported if s), len(sentence_supported))


def citation_precision(citation_precise: Sequence[bool]) -> float | None:
    """Share of sentence→citation links whose cited passage is needed to support the sentence."""
    return ratio(sum(1 for c in citation_precise if c), len(citation_precise))


# -- abstention --------------------------------------------------------------
@dataclass(frozen=True)
class AbstentionScores:
    precision: float | None
    recall: float | None
    false_abstention_rate: float | None
    true_abstentions: int
    false_abstentions: int
    missed_abstentions: int
    out_of_scope: int
    answerable: int

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def abstention_scores(abstained: Sequence[bool], should_abstain: Sequence[bool]) -> AbstentionScores:
    pairs = list(zip(abstained, should_abstain, strict=True))
    tp = sum(1 for a, s in pairs if a and s)
    fp = sum(1 for a, s in pairs if a and not s)
    fn = sum(1 for a, s in pairs if not a and s)
    out_of_scope = sum(1 for _, s in pairs if s)
    answerable = len(pairs) - out_of_scope
    return AbstentionScores(
        precision=ratio(tp, tp + fp),
        recall=ratio(tp, out_of_scope),
        false_abstention_rate=ratio(fp, answerable),
        true_abstentions=tp,
        false_abstentions=fp,
        missed_abstentions=fn,
        out_of_scope=out_of_scope,
        answerable=answerable,
    )


@dataclass(frozen=True)
class SweepPoint:
    threshold: float
    scores: AbstentionScores

    def to_dict(self) -> dict:
        return {"threshold": self.threshold, **self.scores.to_dict()}


def abstains_at(best_score: float | None, threshold: float) -> bool:
    """The assistant's rule: abstain when there is no evidence or the best is below the threshold."""
    return best_score is None or best_score < threshold


def threshold_sweep(
    best_scores: Sequence[float | None], should_abstain: Sequence[bool], thresholds: Iterable[float]
) -> list[SweepPoint]:
    """Abstention precision/recall and false abstention at each candidate threshold."""
    return [
        SweepPoint(round(t, 4), abstention_scores([abstains_at(s, t) for s in best_scores], should_abstain)) for t in thresholds
    ]


def sweep_thresholds(low: float, high: float, step: float) -> list[float]:
    count = int(math.floor((high - low) / step + 1e-9)) + 1
    return [round(low + i * step, 6) for i in range(max(count, 0))]


# -- latency -----------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0–100) with linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
