"""How well the retrieved guidance covers a question: the signal the abstention threshold is
compared with.

A single similarity score cannot tell "a question our library answers" from "a question that
sounds like it" (a special education teacher's salary is close, in embedding space, to guidance
for special education teachers). So the evidence for an answer combines four small, offline,
explainable signals of the retrieval that already ran:

- `top`: the reranked score of the best chunk (similarity of chunk and best sentence, keywords);
- `sentence`: the cosine similarity of the single best sentence among the top chunks;
- `coverage`: the share of the question's content words, weighted by how rare they are in the
  library (BM25 inverse document frequency), found in the top chunks; a word the library never
  uses ("salary", "melatonin") weighs the most, so a question about it scores low;
- `dense`: the cosine similarity of the best chunk found by dense retrieval alone.

One more signal stands apart from the sum: `key`, the similarity of the question to the best
*question key* among the candidates (the question a passage answers, assistant/passages.py).
A question that is nearly the same as one the library answers under its own heading ("when
does the 60 day clock start" / "When does the clock start?") is answerable however short it
is, so `key` at or above its own threshold grounds an answer by itself.

`score = w.top * top + w.sentence * sentence + w.coverage * coverage + w.dense * dense
- w.unknown * min(unknown, 2) * share`, where `unknown` counts the question's words that the library never
uses and that are not misspellings of words it does (assistant/bm25.py: "Ritalin", "landlord"):
a near-scope question ("Is Ritalin or Adderall better for ADHD?") sounds like the library but
names something it has no guidance on. `share` is 1 up to `unknown_words` question words and
falls in proportion above: a long account of what happened has everyday words of its own. The
weights and the threshold live in Settings and are chosen on the dev half of the eval set only
(`python -m evals.calibration REPORT.json`, see evals/calibration.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass

import numpy as np

from assistant.bm25 import bm25_tokens
from assistant.config import AnswerSettings
from assistant.types import Hit

SIGNALS = ("top", "sentence", "coverage", "dense")


@dataclass(frozen=True)
class EvidenceWeights:
    top: float
    sentence: float
    coverage: float
    dense: float
    unknown: float  # subtracted per unknown question word (at most two)
    unknown_words: int = 6  # ... in full for a question of up to this many words, in proportion for a longer one

    @classmethod
    def from_settings(cls, answer: AnswerSettings) -> "EvidenceWeights":
        """The weights of the answer section's `evidence_*` settings."""
        return cls(
            answer.evidence_top,
            answer.evidence_sentence,
            answer.evidence_coverage,
            answer.evidence_dense,
            answer.evidence_unknown,
            answer.evidence_unknown_words,
        )


@dataclass(frozen=True)
class Evidence:
    """The signals for one question and their weighted sum (`score`)."""

    top: float
    sentence: float
    coverage: float
    dense: float
    score: float
    key: float = 0.0  # best question-key similarity; not part of `score`
    unknown: int = 0  # question words the library never uses (assistant/bm25.py unknown_terms)

    def to_dict(self) -> dict[str, float]:
        return {k: round(getattr(self, k), 4) for k in ("score", *SIGNALS, "key", "unknown")}


def weighted_coverage(query_terms: Sequence[str], found: Set[str], idf: Callable[[str], float]) -> float:
    """IDF-weighted share of the query's distinct terms that are in `found` (0 without terms)."""
    terms = list(dict.fromkeys(query_terms))
    weights = [idf(t) for t in terms]
    total = sum(weights)
    if total <= 0:
        return 0.0
    return sum(w for t, w in zip(terms, weights) if t in found) / total


def best_sentence(matrices: Sequence[np.ndarray], query_vector: np.ndarray) -> float:
    """The highest similarity of any sentence (rows of the matrices) to the question."""
    values = [float((m @ query_vector).max()) for m in matrices if m.size]
    return max(values) if values else 0.0


MAX_UNKNOWN = 2


def combine(
    top: float,
    sentence: float,
    coverage: float,
    dense: float,
    weights: EvidenceWeights,
    unknown: int = 0,
    key: float = 0.0,
    words: int = 0,
) -> Evidence:
    """The weighted sum of the signals, less the penalty for words the library never uses. In a
    question of more than `weights.unknown_words` words (`words`, its distinct BM25 terms) the
    penalty shrinks in proportion: a parent telling what happened uses everyday words the library
    has no need of ("a car accident", "headaches", "a magnifier"), while a short question built
    on one ("Is Ritalin better than Adderall?") is about something the library does not cover."""
    score = weights.top * top + weights.sentence * sentence + weights.coverage * coverage + weights.dense * dense
    share = min(1.0, weights.unknown_words / words) if words > 0 and weights.unknown_words > 0 else 1.0
    score -= weights.unknown * min(unknown, MAX_UNKNOWN) * share
    return Evidence(top, sentence, coverage, dense, score, key, unknown)


def measure(
    query_terms: Sequence[str],
    query_vector: np.ndarray,
    hits: Sequence[Hit],
    dense: Sequence[Hit],
    sentence_vectors: dict[str, np.ndarray],
    idf: Callable[[str], float],
    weights: EvidenceWeights,
    depth: int = 3,
    key_vectors: np.ndarray | None = None,
    unknown: int = 0,
    words: int = 0,
) -> Evidence:
    """The evidence for a question (its BM25 terms and vector) from one retrieval's results,
    looking at the `depth` top chunks; `key_vectors` (one row per candidate) give `key`;
    `unknown` of the asker's `words` are words the library never uses."""
    if not hits:
        return Evidence(0.0, 0.0, 0.0, 0.0, 0.0)
    key = float((key_vectors @ query_vector).max()) if key_vectors is not None and key_vectors.size else 0.0
    top = hits[:depth]
    found = {t for h in top for t in bm25_tokens(h.chunk.indexed_text)}
    coverage = weighted_coverage(query_terms, found, idf)
    sentence = best_sentence([sentence_vectors[h.chunk.id] for h in top if h.chunk.id in sentence_vectors], query_vector)
    # without a dense stage (BM25 mode) the hits' own scores are their dense similarities
    return combine(hits[0].score, sentence, coverage, dense[0].score if dense else hits[0].score, weights, unknown, key, words)
