"""Sentence vectors computed once at ingest, so answering never runs the model on passages.

The reranker scores a candidate chunk by its best sentence and the extractive answerer picks
sentences by their similarity to the question; both need a vector for every sentence of every
candidate chunk. Embedding those at query time cost seconds on a new question, so ingest stores
them in a second Chroma collection beside the chunks: one row per sentence, id
``<chunk id>:<position>``, the sentence as the document. An on-disk index and a Chroma server
serve them the same way, and nothing is loaded at start-up.

At query time the rows of the candidate chunks come back in one request and are kept in a small
LRU keyed by chunk id. A chunk id is a hash of the chunk's text, so a cached or stored entry
can never be stale; rows are still checked against the current sentence split,
and a chunk without matching rows (an index built before this store existed) is embedded on the
fly, exactly as before.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Literal, Protocol, runtime_checkable

import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.collection_configuration import CreateCollectionConfiguration
from chromadb.api.models.Collection import Collection
from chromadb.api.types import Metadata, Where
from langchain_core.embeddings import Embeddings

from assistant.embeddings import same_model
from assistant.text import split_sentences
from assistant.types import Chunk

SUFFIX = "_sentences"
_PAGE = 2000
# Rows are only ever fetched by id, never searched, so the vector index is built as cheaply
# as Chroma allows.
_CONFIGURATION: CreateCollectionConfiguration = {"hnsw": {"space": "cosine", "ef_construction": 16, "max_neighbors": 4}}


def collection_name(chunks_collection: str) -> str:
    """The sentence collection's name, within Chroma's 63-character limit."""
    name = chunks_collection + SUFFIX
    if len(name) <= 63:
        return name
    digest = hashlib.sha256(chunks_collection.encode()).hexdigest()[:8]
    return f"{chunks_collection[: 63 - len(SUFFIX) - 9]}-{digest}{SUFFIX}"


class SentenceIndex:
    """The stored sentence vectors of an index's chunks: a Chroma collection named after the
    chunks' collection (`chunks_collection()`, so it follows a reset to its new one). Reached
    through `GuidanceIndex.sentences` (assistant/store.py)."""

    def __init__(self, client: ClientAPI, model: str, chunks_collection: Callable[[], str]) -> None:
        self.client = client
        self.model = model
        self._chunks_collection = chunks_collection
        self._opened = ""
        self._collection: Collection | None = None

    @property
    def name(self) -> str:
        return collection_name(self._chunks_collection())

    # -- opening -------------------------------------------------------------
    def open(self, *, create: bool) -> Collection | None:
        """The collection, or None when it does not exist (and create is False)."""
        name = self.name
        if name != self._opened:
            self._opened, self._collection = name, None
        if self._collection is not None:
            return self._collection
        if create:
            col = self.client.get_or_create_collection(
                name,
                configuration=_CONFIGURATION,
                metadata={"embedding_model": self.model},
                embedding_function=None,
            )
        else:
            try:
                col = self.client.get_collection(name, embedding_function=None)
            except Exception:  # not built yet: callers fall back to embedding on the fly
                return None
        stored = (col.metadata or {}).get("embedding_model")
        if stored and not same_model(str(stored), self.model):
            if not create:
                return None
            self.client.delete_collection(name)  # vectors of another model are useless
            return self.open(create=True)
        self._collection = col
        return col

    def reset(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:
            pass
        self._collection = None

    # -- reading -------------------------------------------------------------
    def fetch(self, chunks: Sequence[Chunk]) -> dict[str, np.ndarray]:
        """Stored vectors (one row per sentence, in order) for the chunks whose rows match."""
        col = self.open(create=False)
        if col is None or not chunks:
            return {}
        splits = {c.id: split_sentences(c.text) for c in chunks}
        ids = [f"{cid}:{i}" for cid, sents in splits.items() for i in range(len(sents))]
        found: dict[str, tuple[str, np.ndarray]] = {}
        for start in range(0, len(ids), _PAGE):
            page = col.get(ids=ids[start : start + _PAGE], include=["embeddings", "documents"])
            embeddings = page["embeddings"] if page["embeddings"] is not None else []
            for id_, doc, vec in zip(page["ids"], page["documents"] or [], embeddings):
                found[id_] = (doc, np.asarray(vec))
        out: dict[str, np.ndarray] = {}
        for cid, sents in splits.items():
            rows = [found[f"{cid}:{i}"] for i in range(len(sents)) if f"{cid}:{i}" in found]
            if sents and len(rows) == len(sents) and all(r[0] == s for r, s in zip(rows, sents)):
                out[cid] = np.asarray([r[1] for r in rows], dtype=np.float32)
        return out

    def fetch_keys(self, chunks: Sequence[Chunk], keys: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        """Stored vectors of the chunks' question keys (see assistant/passages.py), one row per
        key: the rows after a chunk's last sentence, used only when they hold exactly these keys."""
        col = self.open(create=False)
        if col is None or not chunks:
            return {}
        row_ids: dict[str, list[str]] = {}  # chunk id -> the ids of its key rows, in key order
        wanted: dict[str, str] = {}  # row id -> the key it must hold
        for c, own in zip(chunks, keys):
            first = len(split_sentences(c.text))
            row_ids[c.id] = [f"{c.id}:{first + j}" for j in range(len(own))]
            wanted.update(zip(row_ids[c.id], own))
        page = col.get(ids=list(wanted), include=["embeddings", "documents"])
        rows: dict[str, np.ndarray] = {}
        embeddings = page["embeddings"] if page["embeddings"] is not None else []
        for id_, doc, vec in zip(page["ids"], page["documents"] or [], embeddings):
            if doc == wanted[id_]:
                rows[id_] = np.asarray(vec, dtype=np.float32)
        return {cid: np.vstack([rows[i] for i in ids]) for cid, ids in row_ids.items() if ids and all(i in rows for i in ids)}

    def missing(self, chunks: Sequence[Chunk], keys_of: Callable[[Chunk], Sequence[str]] | None = None) -> list[Chunk]:
        """The chunks whose sentence rows are absent or do not match their text, or, with
        `keys_of`, whose stored question keys are not the chunk's keys now (the check reads the
        stored text only, not the vectors)."""
        col = self.open(create=False)
        if col is None:
            return [c for c in chunks if split_sentences(c.text)]
        out: list[Chunk] = []
        step = _PAGE // 8
        for start in range(0, len(chunks), step):
            part = chunks[start : start + step]
            splits = {c.id: split_sentences(c.text) for c in part}
            if keys_of is not None:  # the question keys are stored in the rows after the last sentence
                splits = {c.id: splits[c.id] + list(keys_of(c)) if splits[c.id] else [] for c in part}
            ids = [f"{cid}:{i}" for cid, sents in splits.items() for i in range(len(sents))]
            stored: dict[str, str] = {}
            if ids:
                page = col.get(ids=ids, include=["documents"])
                stored = dict(zip(page["ids"], page["documents"] or []))
            out.extend(
                c for c in part if splits[c.id] and any(stored.get(f"{c.id}:{i}") != s for i, s in enumerate(splits[c.id]))
            )
        return out

    # -- writing -------------------------------------------------------------
    def write(
        self, chunks: Sequence[Chunk], vectors: Sequence[np.ndarray], splits: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Store each chunk's sentence vectors; `splits` are the chunks' sentences when the caller
        already has them. Rows are upserted by id; a row left over from a longer, older split is
        never read, since reads check the text, and goes with its chunk. A split may end with the
        chunk's question keys, stored in the rows after its last sentence."""
        col = self.open(create=True)
        assert col is not None  # created when missing
        if splits is None:
            splits = [split_sentences(c.text) for c in chunks]
        ids: list[str] = []
        docs: list[str] = []
        metas: list[Metadata] = []
        embs: list[np.ndarray] = []
        for chunk, sentences, matrix in zip(chunks, splits, vectors):
            for i, (sentence, vec) in enumerate(zip(sentences, matrix)):
                ids.append(f"{chunk.id}:{i}")
                docs.append(sentence)
                metas.append({"chunk_id": chunk.id, "position": i})
                embs.append(vec)
        for start in range(0, len(ids), _PAGE):
            end = start + _PAGE
            col.upsert(
                ids=ids[start:end],
                documents=docs[start:end],
                metadatas=metas[start:end],
                embeddings=np.asarray(embs[start:end], dtype=np.float32),
            )

    def delete(self, chunk_ids: Iterable[str]) -> None:
        col = self.open(create=False)
        ids = list(chunk_ids)
        if col is None or not ids:
            return
        for start in range(0, len(ids), _PAGE // 4):
            batch: list[str | int | float | bool] = list(ids[start : start + _PAGE // 4])
            among: dict[Literal["$in", "$nin"], list[str | int | float | bool]] = {"$in": batch}
            where: Where = {"chunk_id": among}
            col.delete(where=where)

    def count(self) -> int:
        col = self.open(create=False)
        return col.count() if col is not None else 0


def distinct_sentences(splits: Sequence[Sequence[str]]) -> list[str]:
    """The sentences of split chunks, each once (overlapping chunks repeat sentences)."""
    return list(dict.fromkeys(s for sents in splits for s in sents))


@runtime_checkable
class PassageEmbedder(Protocol):
    """Embeds many short texts at once, caching them (assistant.embeddings.CachedEmbedder)."""

    def passages(self, texts: Sequence[str]) -> np.ndarray: ...


def embed_sentences(chunks: Sequence[Chunk], embedder: PassageEmbedder | Embeddings) -> list[np.ndarray]:
    """Each chunk's sentence vectors, from one model call over their distinct sentences.

    `embedder` is a LangChain Embeddings (embed_documents) or a CachedEmbedder (passages)."""
    return embed_splits([split_sentences(c.text) for c in chunks], embedder)


def embed_splits(splits: Sequence[Sequence[str]], embedder: PassageEmbedder | Embeddings) -> list[np.ndarray]:
    """`embed_sentences` for chunks already split into sentences."""
    unique = distinct_sentences(splits)
    if not unique:
        return [np.zeros((0, 0), np.float32) for _ in splits]
    if isinstance(embedder, PassageEmbedder):
        matrix = np.asarray(embedder.passages(unique), dtype=np.float32)
    else:
        matrix = np.asarray(embedder.embed_documents(unique), dtype=np.float32)
    row = {sentence: i for i, sentence in enumerate(unique)}
    width = matrix.shape[1]
    return [matrix[[row[s] for s in sents]] if sents else np.zeros((0, width), np.float32) for sents in splits]


class SentenceVectors:
    """Sentence (and question-key) vectors for candidate chunks: an LRU, then the store, then
    the model."""

    def __init__(self, embedder: PassageEmbedder, store: SentenceIndex | None = None, cache_chunks: int = 2048) -> None:
        self.embedder = embedder  # CachedEmbedder: only for chunks the store does not cover
        self.store = store
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._max = cache_chunks
        self._lock = threading.Lock()
        self._keys: OrderedDict[str, np.ndarray] = OrderedDict()

    def for_keys(self, chunks: Sequence[Chunk], keys: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """One matrix per chunk, a row per question key (stored at ingest; embedded here for an
        index built before these keys were stored)."""
        wanted = {"\n".join([c.id, *k]): (c, tuple(k)) for c, k in zip(chunks, keys)}
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for name in wanted:
                if (vec := self._keys.get(name)) is not None:
                    found[name] = vec
        todo = [name for name in wanted if name not in found]
        if todo:
            stored = (
                self.store.fetch_keys([wanted[n][0] for n in todo], [wanted[n][1] for n in todo])
                if self.store is not None
                else {}
            )
            fresh = {n: stored[wanted[n][0].id] for n in todo if wanted[n][0].id in stored}
            rest = [n for n in todo if n not in fresh]
            if rest:
                texts = list(dict.fromkeys(k for n in rest for k in wanted[n][1]))
                matrix = np.asarray(self.embedder.passages(texts), np.float32)
                row = {t: i for i, t in enumerate(texts)}
                fresh.update({n: matrix[[row[k] for k in wanted[n][1]]] for n in rest})
            with self._lock:
                for name, vec in fresh.items():
                    self._keys[name] = vec
                while len(self._keys) > max(self._max, 1):
                    self._keys.popitem(last=False)
            found.update(fresh)
        return [found["\n".join([c.id, *k])] for c, k in zip(chunks, keys)]

    def for_chunks(self, chunks: Sequence[Chunk]) -> dict[str, np.ndarray]:
        """chunk id -> matrix with one row per sentence of split_sentences(chunk.text)."""
        unique = list({c.id: c for c in chunks}.values())
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for chunk in unique:
                if (hit := self._cache.get(chunk.id)) is not None:
                    self._cache.move_to_end(chunk.id)
                    out[chunk.id] = hit
        todo = [c for c in unique if c.id not in out]
        fresh = self.store.fetch(todo) if self.store is not None and todo else {}
        rest = [c for c in todo if c.id not in fresh]
        fresh.update(zip((c.id for c in rest), embed_sentences(rest, self.embedder)))
        with self._lock:
            for cid, matrix in fresh.items():
                self._cache[cid] = matrix
            while len(self._cache) > self._max:
                self._cache.popitem(last=False)
        out.update(fresh)
        return out
