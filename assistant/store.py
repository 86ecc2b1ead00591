"""The guidance index: opening Chroma (on disk or on a server), and the one class that owns the
chunks, their sentence vectors, which chunks readers see and the keyword index."""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.api.types import GetResult, Include, Where
from chromadb.config import Settings as ChromaSettings

from assistant.bm25 import BM25Index, version_of
from assistant.config import Settings
from assistant.embeddings import backend_hint, same_model
from assistant.errors import IndexNotFoundError, IndexUnavailableError
from assistant.library import AnyLibrary, Snapshot
from assistant.sentences import SentenceIndex, collection_name
from assistant.types import Chunk, Hit

_PAGE = 2000
_ARTICLES_KEPT = 32  # documents whose chunks are kept in order, for answers that draw on a whole article
_CHUNKS_KEPT = 8192  # chunks of the committed version kept after a first read (the passages answers keep quoting)
OVERFETCH = 4  # when hidden chunks crowd out results, ask Chroma for this many times more
EXACT_SEARCH_MAX_CHUNKS = 100_000  # the default of settings.index.exact_search_max_chunks


def make_client(settings: Settings, *, create: bool = False) -> ClientAPI:
    """A Chroma client: an HTTP client when a server host is set, else the on-disk index."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.index.chroma_host:
            from assistant.remote import connect

            return connect(settings, chroma_settings)
        index_dir = Path(settings.index.index_dir)
        if not create and not (index_dir / "chroma.sqlite3").exists():
            raise IndexNotFoundError(f"No guidance index at {index_dir}. Build it with: iep-guide ingest")
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=chroma_settings)
    except (IndexNotFoundError, IndexUnavailableError):
        raise
    except Exception as exc:  # chroma raises many types for unreachable or damaged stores
        if settings.index.chroma_host:  # a server problem: rebuilding would not help
            from assistant.remote import server_error

            raise server_error(settings, exc) from exc
        raise IndexUnavailableError(
            f"Could not open the index at {settings.index.index_dir}: {exc}. Rebuild it with: iep-guide ingest --reset"
        ) from exc


class GuidanceIndex:
    """The guidance index, end to end: the chunks and their embeddings in one Chroma collection
    (cosine distance), the sentence vectors stored beside them, which chunks readers may see, the
    BM25 keyword index and, for exact dense search, the visible chunks' vectors in memory.

    Opened for ingest (no library), every stored chunk is visible and written through it. The
    reader's index (`committed`) shows only the chunks that the committed library lists (see
    assistant/library.py): chunks left by an unfinished ingest, or no longer needed, stay hidden.
    It notices a new commit with one `stat` per question (`refresh`), so a running app picks up
    newly ingested documents, follows a reset to its new collection and reloads the keyword
    index for the new version. Without a library file (an index built before libraries existed)
    every stored chunk is visible."""

    def __init__(
        self,
        client: ClientAPI,
        name: str,
        model: str,
        physical: str | None = None,
        *,
        library: AnyLibrary | None = None,
        bm25_path: Path | None = None,
        exact_max: int = EXACT_SEARCH_MAX_CHUNKS,
    ) -> None:
        self.client = client
        self.logical = name  # the configured collection (settings.index.collection)
        self.name = physical or name  # the Chroma collection holding the committed chunks
        self.model = model
        self.library = library
        self.bm25_path = bm25_path
        self._collection: Collection | None = None
        self._sentences: SentenceIndex | None = None
        self._lock = threading.Lock()
        self._stamp: object = object()
        self._snapshot: Snapshot | None = None
        self._ids: frozenset[str] | None = None
        self._version = ""
        self._bm25: BM25Index | None = None
        self._bm25_lock = threading.Lock()
        self.exact_max = exact_max
        self._matrix: _Matrix | None = None
        self._unreadable: object = None  # the version whose vectors could not be read
        self._matrix_lock = threading.Lock()
        self._articles: OrderedDict[tuple[str, str], list[Chunk]] = OrderedDict()  # (version, source) -> chunks
        self._chunks: OrderedDict[tuple[str, str], Chunk] = OrderedDict()  # (version, id) -> chunk
        if library is not None:
            self.refresh()

    def switch(self, physical: str | None) -> None:
        """Read and write the collection the library names (a reset builds a new one beside)."""
        physical = physical or self.logical
        if physical != self.name:
            self.name = physical
            self._collection = None

    def beside(self, physical: str) -> GuidanceIndex:
        """Another collection of the same logical index (a reset being built)."""
        return GuidanceIndex(self.client, self.logical, self.model, physical)

    def committed(
        self, library: AnyLibrary, bm25_path: Path | None = None, exact_max: int = EXACT_SEARCH_MAX_CHUNKS
    ) -> GuidanceIndex:
        """The reader's index of this collection: the committed library's chunks only, with the
        keyword index saved at `bm25_path`; up to `exact_max` chunks, dense search is exact."""
        index = GuidanceIndex(
            self.client, self.logical, self.model, self.name, library=library, bm25_path=bm25_path, exact_max=exact_max
        )
        if index.name == self.name:
            index._collection = self._collection
        return index

    # -- opening ---------------------------------------------------------
    @property
    def collection(self) -> Collection:
        if self._collection is None:
            self._collection = self._open(create=True)
        return self._collection

    def _open(self, *, create: bool) -> Collection:
        try:
            if create:
                col = self.client.get_or_create_collection(
                    self.name,
                    metadata={"hnsw:space": "cosine", "embedding_model": self.model},
                    embedding_function=None,
                )
            else:
                col = self.client.get_collection(self.name, embedding_function=None)
        except Exception as exc:
            if not create:
                raise IndexNotFoundError(
                    f"The index has no collection named {self.name!r}. Build it with: iep-guide ingest"
                ) from exc
            raise IndexUnavailableError(f"Could not open collection {self.name!r}: {exc}") from exc
        stored = (col.metadata or {}).get("embedding_model")
        if stored and not same_model(str(stored), self.model):
            raise IndexUnavailableError(
                f"The index was built with the embedding model {stored!r}, "
                f"but {self.model!r} is configured.{backend_hint(str(stored), self.model)}"
            )
        return col

    def require(self) -> GuidanceIndex:
        """Open an existing collection with chunks that readers can see, or raise a clear error."""
        self._collection = self._open(create=False)
        if self._collection.count() == 0 or (self._ids is not None and not self._ids):
            raise IndexNotFoundError("The guidance index is empty. Build it with: iep-guide ingest")
        return self

    def reset(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:
            pass
        self._collection = None

    # -- what readers see --------------------------------------------------
    def refresh(self) -> bool:
        """Reload the committed library if it changed; True when it did."""
        if self.library is None:
            return False
        stamp = self.library.stamp()
        if stamp == self._stamp:
            return False
        with self._lock:
            if stamp == self._stamp:
                return False
            snapshot = self.library.load()
            if snapshot is not None:
                self.switch(snapshot.collection)  # a reset committed a new collection
            self._snapshot = snapshot
            self._ids = snapshot.ids() if snapshot is not None else None
            self._version = snapshot.version if snapshot is not None else ""
            self._stamp = stamp
        return True

    @property
    def snapshot(self) -> Snapshot | None:
        """The committed library this index shows (None without a library)."""
        return self._snapshot

    def visible(self, id_: str) -> bool:
        return self._ids is None or id_ in self._ids

    # -- reading ---------------------------------------------------------
    def count(self) -> int:
        """The chunks readers see."""
        return len(self._ids) if self._ids is not None else self.collection.count()

    def _pages(self, include: Include, where: Where | None = None) -> Iterator[GetResult]:
        offset = 0
        while True:
            page = self.collection.get(include=include, where=where, limit=_PAGE, offset=offset)
            if not page["ids"]:
                return
            yield page
            offset += len(page["ids"])

    def ids_by_source(self) -> dict[str, set[str]]:
        """Every stored chunk id, by source document."""
        out: dict[str, set[str]] = defaultdict(set)
        for page in self._pages(["metadatas"]):
            for id_, meta in zip(page["ids"], page["metadatas"] or []):
                out[str((meta or {}).get("source", ""))].add(id_)
        return dict(out)

    def chunks(self) -> Iterator[Chunk]:
        for page in self._pages(["documents", "metadatas"]):
            for id_, text, meta in zip(page["ids"], page["documents"] or [], page["metadatas"] or []):
                if self.visible(id_):
                    yield Chunk.from_metadata(id_, text or "", dict(meta or {}))

    def get(self, ids: Sequence[str]) -> list[Chunk]:
        """The visible chunks of `ids`, in that order. A committed version's chunks never change,
        so the last few thousand read are answered from memory (each question reads its
        candidates, and the same passages come up question after question)."""
        ids = [i for i in ids if self.visible(i)]
        if not ids:
            return []
        version = self._version if self._snapshot is not None else None
        by_id: dict[str, Chunk] = {}
        if version is not None:
            with self._lock:
                for i in ids:
                    if (chunk := self._chunks.get((version, i))) is not None:
                        self._chunks.move_to_end((version, i))
                        by_id[i] = chunk
        if wanted := [i for i in ids if i not in by_id]:
            page = self.collection.get(ids=wanted, include=["documents", "metadatas"])
            read = {
                i: Chunk.from_metadata(i, t or "", dict(m or {}))
                for i, t, m in zip(page["ids"], page["documents"] or [], page["metadatas"] or [])
            }
            by_id.update(read)
            if version is not None:
                with self._lock:
                    self._chunks.update(((version, i), c) for i, c in read.items())
                    while len(self._chunks) > _CHUNKS_KEPT:
                        self._chunks.popitem(last=False)
        return [by_id[i] for i in ids if i in by_id]

    def source_chunks(self, source: str) -> list[Chunk]:
        """Every visible chunk of one source document, in document order. A committed version's
        are kept for the next questions (its chunks never change; a new version is read afresh)."""
        key = (self._version, source)
        if self._snapshot is not None and (cached := self._articles.get(key)) is not None:
            return list(cached)
        chunks = [
            Chunk.from_metadata(id_, text or "", dict(meta or {}))
            for page in self._pages(["documents", "metadatas"], where={"source": source})
            for id_, text, meta in zip(page["ids"], page["documents"] or [], page["metadatas"] or [])
            if self.visible(id_)
        ]
        chunks.sort(key=lambda c: c.position)
        if self._snapshot is not None:
            with self._lock:
                self._articles[key] = chunks
                while len(self._articles) > _ARTICLES_KEPT:
                    self._articles.popitem(last=False)
        return list(chunks)

    def version(self) -> str:
        """Fingerprint of the chunk set: the committed library's, else the one recorded at the end
        of each ingest."""
        if self._snapshot is not None:
            return self._version
        stored = (self.collection.metadata or {}).get("index_version")
        if stored:
            return str(stored)
        return version_of(id_ for ids in self.ids_by_source().values() for id_ in ids)

    def embeddings(self, ids: Sequence[str]) -> dict[str, Sequence[float] | np.ndarray]:
        ids = [i for i in ids if self.visible(i)]
        if not ids:
            return {}
        if (matrix := self._exact()) is not None:
            return {i: matrix.vectors[matrix.row[i]] for i in ids if i in matrix.row}
        page = self.collection.get(ids=list(ids), include=["embeddings"])
        return {i: e for i, e in zip(page["ids"], page["embeddings"] if page["embeddings"] is not None else [])}

    def search(self, vector: Sequence[float] | np.ndarray, k: int) -> list[Hit]:
        """The k visible chunks nearest to `vector` (similarity = 1 - cosine distance), best first.

        Up to `exact_max` chunks the question is compared with every chunk's vector (kept in
        memory for the committed version): Chroma's approximate HNSW graph can miss a whole
        cluster of close chunks (a few FAQ answers in a library of long regulations), and at
        this size an exact search costs about a millisecond. Above it Chroma searches its graph;
        when hidden chunks crowd out results, it is asked for OVERFETCH times more."""
        self.refresh()
        if (matrix := self._exact()) is not None:
            return matrix.search(vector, k, self.get)
        query: list[Sequence[float] | Sequence[int]] = [[float(x) for x in vector]]
        want = k
        while True:
            found = self.collection.query(query_embeddings=query, n_results=want, include=["documents", "metadatas", "distances"])
            rows = [
                (id_, text, meta, distance)
                for id_, text, meta, distance in zip(
                    found["ids"][0],
                    (found["documents"] or [[]])[0],
                    (found["metadatas"] or [[]])[0],
                    (found["distances"] or [[]])[0],
                )
                if text is not None
            ]
            shown = [
                Hit(Chunk.from_metadata(id_, text, dict(meta or {})), float(1.0 - distance))
                for id_, text, meta, distance in rows
                if self.visible(id_)
            ]
            if len(shown) >= k or len(rows) < want:
                return shown[:k]
            want *= OVERFETCH

    def _exact(self) -> _Matrix | None:
        """The visible chunks' vectors for exact search, loaded once per committed version; None
        above `exact_max` chunks."""
        count = self.count()
        if self.exact_max <= 0 or count > self.exact_max:
            return None
        stamp = (self.name, self.version(), count)
        with self._matrix_lock:
            if self._matrix is None or self._matrix.stamp != stamp:
                if self._unreadable == stamp:
                    return None  # tried for this version already: not again on every question
                try:
                    ids, rows = self._vectors()
                except Exception:  # a store Chroma cannot read whole (an ingest killed mid-write): its own search still works
                    self._unreadable = stamp
                    return None
                self._matrix = _Matrix.of(stamp, ids, rows)
            return self._matrix

    def _vectors(self) -> tuple[list[str], list[Sequence[float]]]:
        """Every visible chunk's id and vector: read by id for a committed library (what an
        unfinished ingest left stays unread), else page by page."""
        ids: list[str] = []
        rows: list[Sequence[float]] = []
        if self._ids is not None:
            wanted = sorted(self._ids)
            pages: Iterator[GetResult] = (
                self.collection.get(ids=wanted[start : start + _PAGE], include=["embeddings"])
                for start in range(0, len(wanted), _PAGE)
            )
        else:
            pages = self._pages(["embeddings"])
        for page in pages:
            for id_, vector in zip(page["ids"], page["embeddings"] if page["embeddings"] is not None else []):
                if self.visible(id_):
                    ids.append(id_)
                    rows.append(vector)
        return ids, rows

    # -- the sentence vectors ----------------------------------------------
    @property
    def sentences(self) -> SentenceIndex:
        """The stored sentence vectors of these chunks, in the collection beside them (following a
        reset to its new one)."""
        if self._sentences is None:
            self._sentences = SentenceIndex(self.client, self.model, lambda: self.name)
        return self._sentences

    # -- the keyword index -------------------------------------------------
    def keywords(self) -> BM25Index:
        """The BM25 index of the visible chunks for the committed version: loaded from
        `bm25_path`, else built (and saved there, when it can be)."""
        self.refresh()
        with self._bm25_lock:
            if self._bm25 is None or self._bm25.version != self.version():
                self._bm25 = self._load_or_build_bm25()
            return self._bm25

    def _load_or_build_bm25(self) -> BM25Index:
        version = self.version()
        bm25 = BM25Index.load(self.bm25_path, version) if self.bm25_path is not None else None
        if bm25 is None:
            bm25 = BM25Index.build(((c.id, c.indexed_text) for c in self.chunks()), version=version)
            if self.bm25_path is not None:
                try:
                    bm25.save(self.bm25_path)
                except OSError:
                    pass  # a read-only location only costs a rebuild next time
        return bm25

    def idf(self, term: str) -> float:
        return self.keywords().idf(term)

    def knows(self, term: str) -> bool:
        return self.keywords().knows(term)

    # -- writing ---------------------------------------------------------
    def record_version(self) -> str:
        version = version_of(id_ for ids in self.ids_by_source().values() for id_ in ids)
        meta = {k: v for k, v in (self.collection.metadata or {}).items() if not k.startswith("hnsw:")}
        meta["index_version"] = version
        self.collection.modify(metadata=meta)
        return version

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        for start in range(0, len(chunks), _PAGE):
            part = chunks[start : start + _PAGE]
            vectors: list[Sequence[float] | Sequence[int]] = [list(map(float, e)) for e in embeddings[start : start + _PAGE]]
            self.collection.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
                embeddings=vectors,
            )

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), _PAGE):
            self.collection.delete(ids=ids[start : start + _PAGE])


class _Matrix:
    """Every visible chunk's vector, unit length, one row each: exact nearest-neighbour search."""

    def __init__(self, stamp: object, ids: list[str], vectors: np.ndarray) -> None:
        self.stamp = stamp
        self.ids = ids
        self.vectors = vectors
        self.row = {id_: n for n, id_ in enumerate(ids)}

    @classmethod
    def of(cls, stamp: object, ids: list[str], rows: Sequence[Sequence[float]]) -> _Matrix:
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(ids), -1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return cls(stamp, ids, vectors / np.where(norms > 0, norms, 1.0))

    def search(self, vector: Sequence[float] | np.ndarray, k: int, get: Callable[[Sequence[str]], list[Chunk]]) -> list[Hit]:
        """The k rows most similar to `vector`, best first, as hits (chunks read with `get`)."""
        if not self.ids or k <= 0:
            return []
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(query))
        similarity = self.vectors @ (query / norm if norm > 0 else query)
        k = min(k, len(self.ids))
        top = np.argpartition(-similarity, k - 1)[:k]
        top = top[np.argsort(-similarity[top], kind="stable")]
        chunks = {c.id: c for c in get([self.ids[i] for i in top])}
        return [Hit(chunks[self.ids[i]], float(similarity[i])) for i in top if self.ids[i] in chunks]


_RESET_TAG = "-r"


def fresh_collection_name(logical: str) -> str:
    """A new collection name for a reset of `logical`: `<logical>-r<8 hex>` (63 characters at most)."""
    import uuid

    return f"{logical[:52]}{_RESET_TAG}{uuid.uuid4().hex[:8]}"


def is_generation_of(name: str, logical: str) -> bool:
    """Whether `name` is the configured collection or one a reset built for it."""
    import re

    return name == logical or re.fullmatch(re.escape(logical[:52] + _RESET_TAG) + r"[0-9a-f]{8}", name) is not None


def drop_unused_collections(index: GuidanceIndex) -> list[str]:
    """Delete the other generations of this index (chunks and sentence rows): a half-built reset
    that was killed, or the collection a finished reset switched away from. Only call it while
    holding the ingest lock, with `index` switched to the collection the library names."""
    try:
        names = [c if isinstance(c, str) else c.name for c in index.client.list_collections()]
    except Exception:
        return []
    dropped = []
    for name in names:
        if name != index.name and is_generation_of(name, index.logical):
            for doomed in (collection_name(name), name):  # sentence rows first, then the chunks
                try:
                    index.client.delete_collection(doomed)
                except Exception:
                    pass
            dropped.append(name)
    return dropped
