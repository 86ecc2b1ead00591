"""Second-pass ordering of fused candidates, with no network and no extra model.

Each candidate chunk gets a score from four signals: the cosine similarity of the whole chunk
(with its title and section) to the question; the similarity of its single best sentence, or
part of the way toward that of the closest of the ways askers put the question it answers,
where its article gives them; the share of the question's words it contains (each weighted by
its BM25 inverse document frequency, so "waitlist" or "diabetes" counts for more than
"school"); and a small bonus when the article is written for the asker's audience. Maximal marginal relevance then picks the
final list so near-duplicate chunks do not crowd out other relevant guidance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from assistant.bm25 import bm25_tokens
from assistant.config import RetrievalSettings
from assistant.evidence import weighted_coverage
from assistant.passages import unit_keys
from assistant.sentences import SentenceVectors
from assistant.types import Hit

if TYPE_CHECKING:
    from assistant.embeddings import CachedEmbedder


@dataclass(frozen=True)
class RerankWeights:
    """How the rerank signals are combined; the tunable ones come from the retrieval settings."""

    lexical: float
    audience: float
    source_penalty: float
    chunk: float = 0.55
    sentence: float = 0.35
    mmr_lambda: float = 0.85
    phrasings: float = 0.4  # share of the gap by which a closer phrasing of the chunk's question beats its best sentence

    @classmethod
    def from_settings(cls, settings: RetrievalSettings) -> "RerankWeights":
        """The weights of the retrieval section's rerank settings."""
        return cls(lexical=settings.rerank_lexical, audience=settings.audience_boost, source_penalty=settings.source_penalty)


def audience_bonus(chunk_audience: str, audience: str, weight: float) -> float:
    """Full bonus for an exact audience match, half for articles written for both."""
    if chunk_audience == audience:
        return weight
    return weight / 2 if chunk_audience == "both" else 0.0


def lexical_coverage(term_weights: dict[str, float], text: str) -> float:
    """Weighted share of the query's terms found in `text` (0 for a query without terms)."""
    return weighted_coverage(list(term_weights), _terms_of(text), term_weights.__getitem__)


@lru_cache(maxsize=4096)  # candidate passages come up question after question
def _terms_of(text: str) -> frozenset[str]:
    return frozenset(bm25_tokens(text))


def best_match(sentence_vectors: np.ndarray, query_vector: np.ndarray) -> float:
    """The similarity of a chunk's best sentence to the question (0 for a chunk without any)."""
    if not sentence_vectors.size:
        return 0.0
    return float((sentence_vectors @ query_vector).max())


def mmr(
    scores: np.ndarray,
    vectors: np.ndarray,
    k: int,
    lam: float,
    sources: Sequence[str] = (),
    source_penalty: float = 0.0,
) -> list[int]:
    """Indices chosen greedily by lam * score - (1 - lam) * max similarity to those chosen,
    minus `source_penalty` for each chosen chunk from the same source (so one article does not
    fill every slot when others also answer)."""
    chosen: list[int] = []
    left = list(range(len(scores)))
    while left and len(chosen) < k:
        if chosen:
            redundancy = (vectors[left] @ vectors[chosen].T).max(axis=1)
        else:
            redundancy = np.zeros(len(left))
        value = lam * scores[left] - (1 - lam) * redundancy
        if source_penalty and sources:
            taken = [sources[c] for c in chosen]
            value = value - source_penalty * np.array([taken.count(sources[i]) for i in left])
        best = left[int(np.argmax(value))]
        chosen.append(best)
        left.remove(best)
    return chosen


class Reranker:
    """Scores candidates with sentence-level similarity, keyword coverage and audience."""

    def __init__(self, embedder: CachedEmbedder, weights: RerankWeights, sentences: SentenceVectors | None = None) -> None:
        self.embedder = embedder  # CachedEmbedder
        self.weights = weights
        self.sentences = sentences or SentenceVectors(embedder)  # vectors stored at ingest

    def rerank(
        self,
        query_terms: Sequence[str],
        query_vector: np.ndarray,
        candidates: Sequence[Hit],
        vectors: dict[str, np.ndarray],
        audience: str,
        k: int,
        idf: Callable[[str], float],
    ) -> tuple[list[Hit], list[Hit]]:
        """The best k of `candidates` (diversified by MMR), and every candidate with its rerank
        score, best first (the pool an answer may also draw a sibling section from)."""
        if not candidates:
            return [], []
        w = self.weights
        terms = {t: idf(t) for t in query_terms}
        sentence_vectors = self.sentences.for_chunks([h.chunk for h in candidates])
        best = {h.chunk.id: best_match(sentence_vectors[h.chunk.id], query_vector) for h in candidates}
        phrased = [h.chunk for h in candidates if h.chunk.phrasings]
        if w.phrasings and phrased:  # "they keep calling me to get him early" is closer to a phrasing than to any sentence
            for chunk, keys in zip(phrased, self.sentences.for_keys(phrased, [unit_keys(c) for c in phrased])):
                best[chunk.id] += w.phrasings * max(0.0, best_match(keys[1:], query_vector) - best[chunk.id])
        scores = np.array(
            [
                w.chunk * hit.score
                + w.sentence * best[hit.chunk.id]
                + w.lexical * lexical_coverage(terms, hit.chunk.indexed_text)
                + audience_bonus(hit.chunk.audience, audience, w.audience)
                for hit in candidates
            ],
            dtype=np.float32,
        )
        matrix = np.vstack([vectors[h.chunk.id] for h in candidates])
        order = mmr(scores, matrix, k, w.mmr_lambda, [h.chunk.source for h in candidates], w.source_penalty)
        pool = [Hit(candidates[i].chunk, float(scores[i])) for i in np.argsort(-scores, kind="stable")]
        return [Hit(candidates[i].chunk, float(scores[i])) for i in order], pool
