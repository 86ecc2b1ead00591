"""Hybrid retrieval: dense (Chroma) + BM25, fused by reciprocal rank, then reranked.

Each stage is a named step over a state dict, so the Assistant's chain times every stage and
the `retrieval` setting can switch stages off for comparison (dense, bm25, hybrid, rerank).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.evidence import EvidenceWeights, measure
from assistant.passages import unit_key
from assistant.store import GuidanceIndex
from assistant.types import Hit

State = dict
Stage = tuple[str, Callable[[State], State]]
MODES = ("dense", "bm25", "hybrid", "rerank")


def rrf(rankings: Sequence[Sequence[str]], *, k: int, weights: Sequence[float] | None = None) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of ranked id lists: score(id) = sum of weight / (k + rank). Best
    first, ties by first seen."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, id_ in enumerate(ranking, start=1):
            scores[id_] = scores.get(id_, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


@dataclass(frozen=True)
class HybridRetriever:
    """Dense + BM25 candidates from the index, fused with RRF and reranked; stages chosen by `mode`."""

    index: GuidanceIndex
    embedder: Any  # CachedEmbedder
    mode: str
    k: int
    candidates: int
    rrf_k: int
    evidence_weights: EvidenceWeights
    reranker: Any = None  # Reranker
    key_depth: int = 10  # candidates whose question keys are compared with the question

    # -- stages ------------------------------------------------------------
    def stages(self) -> list[Stage]:
        if self.mode == "dense":
            steps = [("dense", self._dense), ("select", self._select_dense)]
        elif self.mode == "bm25":
            steps = [("bm25", self._bm25), ("fuse", self._fuse)]
        else:
            steps = [("dense", self._dense), ("bm25", self._bm25), ("fuse", self._fuse)]
            if self.mode == "rerank" and self.reranker is not None:
                steps.append(("rerank", self._rerank))
        if self.reranker is not None:  # the sentence vectors the evidence needs live there
            steps.append(("evidence", self._evidence))
        return steps

    def _dense(self, state: State) -> State:
        state["dense"] = self.index.search(state["vector"], k=self.candidates)
        return state

    def _select_dense(self, state: State) -> State:
        state["hits"] = state["dense"][: self.k]
        return state

    def _bm25(self, state: State) -> State:
        state["bm25"] = self.index.keywords().search(state["query"], self.candidates)
        return state

    def _fuse(self, state: State) -> State:
        dense: list[Hit] = state.get("dense", [])
        rankings = [[h.chunk.id for h in dense]] if dense else []
        rankings.append([id_ for id_, _ in state.get("bm25", [])])
        fused = [id_ for id_, _ in rrf(rankings, k=self.rrf_k)][: self.candidates]
        known = {h.chunk.id: h for h in dense}
        missing = [i for i in fused if i not in known]
        vectors = {i: np.asarray(v, np.float32) for i, v in self.index.embeddings(fused).items()}
        query = np.asarray(state["vector"], np.float32)
        for chunk in self.index.get(missing):
            known[chunk.id] = Hit(chunk, float(vectors[chunk.id] @ query))
        state["candidates"] = [known[i] for i in fused if i in known and i in vectors]
        state["vectors"] = vectors
        state["hits"] = state["candidates"][: self.k]
        return state

    def _terms(self, state: State) -> list[str]:
        """The question's BM25 terms, worked out once for the stages that weigh them."""
        if "terms" not in state:
            state["terms"] = self.index.keywords().query_terms(state["query"])
        return state["terms"]

    def _rerank(self, state: State) -> State:
        state["hits"], state["pool"] = self.reranker.rerank(
            self._terms(state), state["vector"], state["candidates"], state["vectors"], state.get("audience", "family"),
            self.k, idf=self.index.idf,
        )
        return state

    def _evidence(self, state: State) -> State:
        """How well the hits cover the question (assistant/evidence.py), for abstention."""
        hits = state["hits"]
        keyed = [h.chunk for h in (state.get("pool") or state.get("candidates") or hits)][: self.key_depth]
        state["evidence"] = measure(
            self._terms(state),
            np.asarray(state["vector"], np.float32),
            hits,
            state.get("dense", []),
            self.reranker.sentences.for_chunks([h.chunk for h in hits[:3]]),
            self.index.idf,
            self.evidence_weights,
            key_vectors=self.reranker.sentences.for_keys(keyed, [unit_key(c) for c in keyed]) if keyed else None,
            unknown=len(self.index.keywords().unknown_terms(state["query"])),
        )
        return state

    # -- outside the chain --------------------------------------------------
    def run(self, query: str, audience: str = "family") -> list[Hit]:
        state: State = {"query": query, "audience": audience, "vector": self.embedder.query(query)}
        for _, step in self.stages():
            state = step(state)
        return state["hits"]
