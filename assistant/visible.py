"""What readers see: only the chunks of the committed library (see assistant/library.py).

`VisibleIndex` wraps a ChunkIndex and hides chunks that no committed document lists (left by
an unfinished ingest, or no longer needed); it notices a new commit with one `stat` per
question, so a running app picks up newly ingested documents. `LiveBM25` keeps the keyword
index in step with it, and `VisibleChroma` filters dense search the same way."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from langchain_chroma import Chroma

from assistant.bm25 import BM25Index
from assistant.errors import IndexNotFoundError
from assistant.library import AnyLibrary, Snapshot
from assistant.store import ChunkIndex
from assistant.types import Chunk

OVERFETCH = 4  # when hidden chunks crowd out results, ask Chroma for this many times more


class VisibleIndex:
    """The committed view of a ChunkIndex. Without a library file (an index built before
    libraries existed) every stored chunk is visible."""

    def __init__(self, index: ChunkIndex, library: AnyLibrary) -> None:
        self.index = index
        self.library = library
        self.client = index.client
        self._lock = threading.Lock()
        self._stamp: object = object()
        self._snapshot: Snapshot | None = None
        self._ids: frozenset[str] | None = None
        self._version = ""
        self.refresh()

    def refresh(self) -> bool:
        """Reload the committed library if it changed; True when it did."""
        stamp = self.library.stamp()
        if stamp == self._stamp:
            return False
        with self._lock:
            if stamp == self._stamp:
                return False
            snapshot = self.library.load()
            if snapshot is not None:
                self.index.switch(snapshot.collection)  # a reset committed a new collection
            self._snapshot = snapshot
            self._ids = snapshot.ids() if snapshot is not None else None
            self._version = snapshot.version if snapshot is not None else ""
            self._stamp = stamp
        return True

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    def visible(self, id_: str) -> bool:
        return self._ids is None or id_ in self._ids

    def require(self) -> "VisibleIndex":
        if self._ids is not None and not self._ids:
            raise IndexNotFoundError("The guidance index is empty. Build it with: iep-guide ingest")
        return self

    def version(self) -> str:
        return self._version if self._snapshot is not None else self.index.version()

    def count(self) -> int:
        return len(self._ids) if self._ids is not None else self.index.count()

    def chunks(self) -> Iterator[Chunk]:
        return (c for c in self.index.chunks() if self.visible(c.id))

    def get(self, ids: Sequence[str]) -> list[Chunk]:
        return self.index.get([i for i in ids if self.visible(i)])

    def embeddings(self, ids: Sequence[str]) -> dict[str, list[float]]:
        return self.index.embeddings([i for i in ids if self.visible(i)])

    def source_chunks(self, source: str) -> list[Chunk]:
        return [c for c in self.index.source_chunks(source) if self.visible(c.id)]

    @property
    def model(self) -> str:
        """The embedding model the index was built with."""
        return self.index.model


class LiveBM25:
    """The saved BM25 index for the committed version, reloaded when a new one is committed."""

    def __init__(self, view: VisibleIndex, path: Path) -> None:
        self.view = view
        self.path = path
        self._bm25: BM25Index | None = None
        self._lock = threading.Lock()

    def current(self) -> BM25Index:
        from assistant.hybrid import load_or_build_bm25

        self.view.refresh()
        with self._lock:
            if self._bm25 is None or self._bm25.version != self.view.version():
                self._bm25 = load_or_build_bm25(self.view, self.path)
            return self._bm25

    def __len__(self) -> int:
        return len(self.current())

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        return self.current().search(query, k)

    def idf(self, term: str) -> float:
        return self.current().idf(term)

    def knows(self, term: str) -> bool:
        return self.current().knows(term)

    def query_terms(self, query: str) -> list[str]:
        return self.current().query_terms(query)

    def unknown_terms(self, query: str) -> list[str]:
        return self.current().unknown_terms(query)


class VisibleChroma(Chroma):
    """LangChain's Chroma vector store, returning only committed chunks."""

    def __init__(self, *args, view: VisibleIndex, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._view = view

    def similarity_search_by_vector_with_relevance_scores(self, embedding, k: int = 4, filter=None,
                                                          where_document=None, **kwargs):
        self._view.refresh()
        if self._collection_name != self._view.index.name:  # follow a reset to its new collection
            self._collection_name = self._view.index.name
            self._chroma_collection = self._view.index.collection
        want = k
        while True:
            pairs = super().similarity_search_by_vector_with_relevance_scores(
                embedding, k=want, filter=filter, where_document=where_document, **kwargs
            )
            shown = [(doc, score) for doc, score in pairs if self._view.visible(str(doc.id))]
            if len(shown) >= k or len(pairs) < want:
                return shown[:k]
            want *= OVERFETCH
