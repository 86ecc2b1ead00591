"""Hybrid retrieval as typed stages: dense (Chroma) + BM25 candidates, fused by reciprocal rank,
reranked, and the evidence measured.

Each stage is a small function from one frozen value to the next (`Query` → `Embedded` → `Found`
→ `Candidates` → `Ranked` → `Retrieved`); `Retrieval.runnable()` strings the stages of the
configured mode into the LangChain runnable the Assistant's chain starts with, timing each
(`timed`); `Retrieval.retrieve()` calls the same stages in turn, outside a chain. The
`retrieval` settings section can switch stages off for comparison (dense, bm25, hybrid, rerank).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
from langchain_core.runnables import Runnable, RunnableLambda

from assistant.config import RetrievalSettings
from assistant.evidence import Evidence, EvidenceWeights, measure
from assistant.followup import asks_to_act, translated_terms
from assistant.passages import unit_keys
from assistant.rerank import Reranker
from assistant.store import GuidanceIndex
from assistant.types import Chunk, Hit

MODES = ("dense", "bm25", "hybrid", "rerank")
KEY_DEPTH = 10  # candidates whose question keys are compared with the question
THREAD_CHUNKS = 16  # an article the last answer quoted joins a follow-up's candidates when it has at most this many passages

A = TypeVar("A")
B = TypeVar("B")
Vector = np.ndarray


def rrf(rankings: Sequence[Sequence[str]], *, k: int, weights: Sequence[float] | None = None) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of ranked id lists: score(id) = sum of weight / (k + rank). Best
    first, ties by first seen."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, id_ in enumerate(ranking, start=1):
            scores[id_] = scores.get(id_, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


# -- the values that pass from stage to stage ------------------------------------------------


@dataclass(frozen=True)
class Query:
    """What is searched for: `text` is the retrieval query (a follow-up made self-contained),
    `asked` the words the asker typed (cleaned), `said` the earlier answer a follow-up must not
    repeat (an empty one after a turn that only told the situation), `continues` whether it
    follows up a question the library answered, `declined` the earlier question a follow-up
    continues when that one was declined (what it asked for is asked for again: "and do we need
    a lawyer for that?" after how to apply for disability benefits), `thread` the documents the
    last answer quoted when a follow-up continues it: their passages are candidates too, so "and if
    they say no?" after how to ask for an evaluation can find that article's section on a refusal
    though its own words name neither."""

    asked: str
    text: str
    audience: str = "family"
    said: tuple[str, ...] = ()
    continues: bool = False
    declined: str = ""
    thread: tuple[str, ...] = ()

    @property
    def requests(self) -> tuple[str, ...]:
        """What the asker is asking for: the words typed, and the declined question a follow-up continues."""
        return (self.asked, self.declined) if self.declined else (self.asked,)

    @property
    def acting(self) -> bool:
        """Whether a request asks it to write or act for the asker, or to foretell a case: declined
        whatever the evidence, with a decline that says so."""
        return any(asks_to_act(text) for text in self.requests)


@dataclass(frozen=True)
class Embedded:
    """The query with its embedding."""

    query: Query
    vector: Vector


@dataclass(frozen=True)
class Found:
    """Candidates of each retriever before fusion: dense hits and BM25 (id, score) pairs."""

    embedded: Embedded
    dense: tuple[Hit, ...] = ()
    keyword: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Candidates:
    """The fused candidates (best first) with their chunk vectors, and the top k as hits."""

    embedded: Embedded
    dense: tuple[Hit, ...]
    fused: tuple[Hit, ...]
    vectors: Mapping[str, Vector]
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class Ranked:
    """The hits in their final order; `pool` every reranked candidate, best first (empty when
    nothing was reranked); `terms` the query's BM25 terms once a stage has worked them out."""

    candidates: Candidates
    hits: tuple[Hit, ...]
    pool: tuple[Hit, ...] = ()
    terms: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Retrieved:
    """What the answer is made from: the ranked hits and the evidence the abstention threshold
    is compared with (None when the retriever measures none)."""

    ranked: Ranked
    evidence: Evidence | None = None

    @property
    def query(self) -> Query:
        return self.ranked.candidates.embedded.query

    @property
    def vector(self) -> Vector:
        return self.ranked.candidates.embedded.vector

    @property
    def hits(self) -> tuple[Hit, ...]:
        return self.ranked.hits

    @property
    def pool(self) -> tuple[Hit, ...]:
        return self.ranked.pool


# -- timing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timed(Generic[A]):
    """A stage's value with the wall time of each stage so far (milliseconds, in order)."""

    value: A
    timings: tuple[tuple[str, float], ...] = field(default=())


def timed(name: str, stage: Callable[[A], B]) -> Runnable[Timed[A], Timed[B]]:
    """The stage as a runnable that adds its wall time to the timings, under `name`."""

    def run(step: Timed[A]) -> Timed[B]:
        started = time.perf_counter()
        out = stage(step.value)
        return Timed(out, step.timings + ((name, (time.perf_counter() - started) * 1000),))

    return RunnableLambda(run, name=name)


def untimed(name: str, stage: Callable[[A], B]) -> Runnable[Timed[A], Timed[B]]:
    """A step that only changes the value's type (no work worth timing)."""

    def run(step: Timed[A]) -> Timed[B]:
        return Timed(stage(step.value), step.timings)

    return RunnableLambda(run, name=name)


# -- the stages ------------------------------------------------------------------------------


class QueryEmbedder(Protocol):
    def query(self, text: str) -> Vector: ...


@dataclass(frozen=True)
class Retrieval:
    """The retrieval stages over one index, configured by the `retrieval` settings section (and
    the evidence weights of the `answer` section, which the abstention threshold belongs to)."""

    index: GuidanceIndex
    embedder: QueryEmbedder  # a CachedEmbedder
    settings: RetrievalSettings
    evidence_weights: EvidenceWeights
    reranker: Reranker | None = None

    @property
    def mode(self) -> str:
        return self.settings.mode

    @property
    def k(self) -> int:
        return self.settings.k

    def with_mode(self, mode: str) -> Retrieval:
        """The same stages switched to another mode (for the ablation table)."""
        return dataclasses.replace(self, settings=self.settings.model_copy(update={"mode": mode}))

    def embed(self, query: Query) -> Embedded:
        return Embedded(query, self.embedder.query(query.text))

    def dense(self, embedded: Embedded) -> Found:
        return Found(embedded, dense=tuple(self.index.search(embedded.vector, k=self.settings.candidates)))

    def keyword(self, found: Found) -> Found:
        keyword = self.index.keywords().search(found.embedded.query.text, self.settings.candidates)
        return dataclasses.replace(found, keyword=tuple(keyword))

    def select_dense(self, found: Found) -> Candidates:
        """Dense mode: the dense hits as they are."""
        return Candidates(found.embedded, found.dense, (), {}, found.dense[: self.settings.k])

    def fuse(self, found: Found) -> Candidates:
        """Reciprocal rank fusion of the dense and BM25 rankings; BM25-only candidates are scored
        by their cosine similarity to the query."""
        dense = found.dense
        rankings = [[h.chunk.id for h in dense]] if dense else []
        rankings.append([id_ for id_, _ in found.keyword])
        fused = [id_ for id_, _ in rrf(rankings, k=self.settings.rrf_k)][: self.settings.candidates]
        known = {h.chunk.id: h for h in dense}
        threaded = [c for source in found.embedded.query.thread for c in self._thread_article(source)]
        taken = set(fused)
        fused += [c.id for c in threaded if c.id not in taken]
        missing = [i for i in fused if i not in known]
        vectors = {i: np.asarray(v, np.float32) for i, v in self.index.embeddings(fused).items()}
        query = np.asarray(found.embedded.vector, np.float32)
        chunks = {c.id: c for c in threaded}
        for chunk in [chunks[i] for i in missing if i in chunks] + self.index.get([i for i in missing if i not in chunks]):
            known[chunk.id] = Hit(chunk, float(vectors[chunk.id] @ query))
        candidates = tuple(known[i] for i in fused if i in known and i in vectors)
        return Candidates(found.embedded, dense, candidates, vectors, candidates[: self.settings.k])

    def _thread_article(self, source: str) -> list[Chunk]:
        """The passages of an article the last answer quoted, unless it is a long document (a
        statute's sections are found by their own words, not by being read whole)."""
        chunks = self.index.source_chunks(source)
        return chunks if len(chunks) <= THREAD_CHUNKS else []

    def terms(self, query: Query) -> tuple[str, ...]:
        """The query's BM25 terms."""
        return tuple(self.index.keywords().query_terms(query.text))

    def rerank(self, candidates: Candidates) -> Ranked:
        assert self.reranker is not None
        terms = self.terms(candidates.embedded.query)
        hits, pool = self.reranker.rerank(
            list(terms),
            candidates.embedded.vector,
            list(candidates.fused),
            dict(candidates.vectors),
            candidates.embedded.query.audience,
            self.settings.k,
            idf=self.index.idf,
        )
        return Ranked(candidates, tuple(hits), tuple(pool), terms)

    def measure_evidence(self, ranked: Ranked) -> Retrieved:
        """How well the hits cover the question (assistant/evidence.py), for abstention."""
        assert self.reranker is not None  # the sentence vectors the evidence needs live there
        candidates = ranked.candidates
        hits = list(ranked.hits)
        keyed = [h.chunk for h in (ranked.pool or candidates.fused or ranked.hits)][:KEY_DEPTH]
        terms = ranked.terms if ranked.terms is not None else self.terms(candidates.embedded.query)
        evidence = measure(
            list(terms),
            np.asarray(candidates.embedded.vector, np.float32),
            hits,
            list(candidates.dense),
            self.reranker.sentences.for_chunks([h.chunk for h in hits[:3]]),
            self.index.idf,
            self.evidence_weights,
            key_vectors=self._own_keys(keyed) if keyed else None,
            unknown=len(
                # in the asker's own words: a follow-up's earlier turns were judged when they were asked
                set(self.index.keywords().unknown_terms(candidates.embedded.query.asked))
                - translated_terms(candidates.embedded.query.asked)
            ),
            words=len(set(self.index.keywords().query_terms(candidates.embedded.query.asked))),
        )
        return Retrieved(ranked, evidence)

    def _own_keys(self, chunks: list[Chunk]) -> np.ndarray:
        """One row per chunk: the vector of its own question key (not the ways askers put it,
        which would lift the evidence of any question near a topic the library covers)."""
        assert self.reranker is not None
        return np.vstack([m[:1] for m in self.reranker.sentences.for_keys(chunks, [unit_keys(c) for c in chunks])])

    # -- strung together ---------------------------------------------------------------------
    def stages(self, *, evidence: bool = True) -> list[Stage]:
        """The stages of the configured mode in order: embed, then dense and/or bm25, then fuse
        (or select, dense only), rerank (rerank mode) and, unless `evidence` is False, the evidence
        (with a reranker)."""
        mode = self.settings.mode
        stages = [Stage("embed", self.embed)]
        if mode == "bm25":
            stages += [Stage("bm25 only", Found, timed=False), Stage("bm25", self.keyword)]
        elif mode == "dense":
            stages += [Stage("dense", self.dense)]
        else:
            stages += [Stage("dense", self.dense), Stage("bm25", self.keyword)]
        stages.append(Stage("select", self.select_dense) if mode == "dense" else Stage("fuse", self.fuse))
        if mode == "rerank" and self.reranker is not None:
            stages.append(Stage("rerank", self.rerank))
        else:
            stages.append(Stage("as fused", _as_fused, timed=False))
        if evidence:
            no_reranker = self.reranker is None
            stages.append(
                Stage("no evidence", Retrieved, timed=False) if no_reranker else Stage("evidence", self.measure_evidence)
            )
        return stages

    def runnable(self) -> Runnable[Timed[Query], Timed[Retrieved]]:
        """The stages as the LangChain runnable the Assistant's chain starts with, each timed."""
        steps = [(timed if s.timed else untimed)(s.name, s.run) for s in self.stages()]
        chain = steps[0]
        for step in steps[1:]:
            chain = chain | step
        return chain

    def retrieve(self, query: Query) -> Retrieved:
        """All stages at once, outside a chain: the same functions, called in turn (without the
        runnables' callbacks and timings, which are most of the time of a quick stage)."""
        retrieved: Retrieved = _run(self.stages(), query)
        return retrieved

    def rank(self, query: Query) -> Ranked:
        """The ranked hits without the evidence (for comparing stages, where no answer is made)."""
        ranked: Ranked = _run(self.stages(evidence=False), query)
        return ranked


@dataclass(frozen=True)
class Stage:
    """One stage of retrieval: its name (in the answer's timings) and its function."""

    name: str
    run: Callable[[Any], Any]
    timed: bool = True  # False: it only changes the value's type, no work worth timing


def _as_fused(candidates: Candidates) -> Ranked:
    return Ranked(candidates, candidates.hits)


def _run(stages: Sequence[Stage], value: Any) -> Any:
    for stage in stages:
        value = stage.run(value)
    return value
