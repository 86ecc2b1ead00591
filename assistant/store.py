"""The Chroma index: opening it (on disk or on a server) and reading/writing chunks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

import chromadb
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings

from assistant.config import Settings
from assistant.errors import IndexNotFoundError, IndexUnavailableError
from assistant.types import Chunk

_PAGE = 2000


def make_client(settings: Settings, *, create: bool = False) -> ClientAPI:
    """A Chroma client: an HTTP client when a server host is set, else the on-disk index."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.index.chroma_host:
            from assistant.remote import connect

            return connect(settings, chroma_settings)
        index_dir = Path(settings.index.index_dir)
        if not create and not (index_dir / "chroma.sqlite3").exists():
            raise IndexNotFoundError(
                f"No guidance index at {index_dir}. Build it with: iep-guide ingest"
            )
        index_dir.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=chroma_settings)
    except (IndexNotFoundError, IndexUnavailableError):
        raise
    except Exception as exc:  # chroma raises many types for unreachable or damaged stores
        if settings.index.chroma_host:  # a server problem: rebuilding would not help
            from assistant.remote import server_error

            raise server_error(settings, exc) from exc
        raise IndexUnavailableError(
            f"Could not open the index at {settings.index.index_dir}: {exc}. "
            "Rebuild it with: iep-guide ingest --reset"
        ) from exc


class ChunkIndex:
    """Chunks and their embeddings in one Chroma collection (cosine distance)."""

    def __init__(self, client: ClientAPI, name: str, model: str, physical: str | None = None) -> None:
        self.client = client
        self.logical = name  # the configured collection (settings.index.collection)
        self.name = physical or name  # the Chroma collection holding the committed chunks
        self.model = model
        self._collection = None

    def switch(self, physical: str | None) -> None:
        """Read and write the collection the library names (a reset builds a new one beside)."""
        physical = physical or self.logical
        if physical != self.name:
            self.name = physical
            self._collection = None

    def beside(self, physical: str) -> "ChunkIndex":
        """Another collection of the same logical index (a reset being built)."""
        return ChunkIndex(self.client, self.logical, self.model, physical)

    # -- opening ---------------------------------------------------------
    @property
    def collection(self):
        if self._collection is None:
            self._collection = self._open(create=True)
        return self._collection

    def _open(self, *, create: bool):
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
        if stored and stored != self.model:
            from assistant.embeddings import backend_hint

            raise IndexUnavailableError(
                f"The index was built with the embedding model {stored!r}, "
                f"but {self.model!r} is configured.{backend_hint(stored, self.model)}"
            )
        return col

    def require(self) -> "ChunkIndex":
        """Open an existing, non-empty collection or raise a clear error."""
        self._collection = self._open(create=False)
        if self._collection.count() == 0:
            raise IndexNotFoundError("The guidance index is empty. Build it with: iep-guide ingest")
        return self

    def reset(self) -> None:
        try:
            self.client.delete_collection(self.name)
        except Exception:
            pass
        self._collection = None

    # -- reading ---------------------------------------------------------
    def count(self) -> int:
        return self.collection.count()

    def _pages(self, include: list[str], where: dict | None = None) -> Iterator[dict]:
        offset = 0
        while True:
            page = self.collection.get(include=include, where=where, limit=_PAGE, offset=offset)
            if not page["ids"]:
                return
            yield page
            offset += len(page["ids"])

    def ids_by_source(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for page in self._pages(["metadatas"]):
            for id_, meta in zip(page["ids"], page["metadatas"]):
                out[str((meta or {}).get("source", ""))].add(id_)
        return dict(out)

    def chunks(self) -> Iterator[Chunk]:
        for page in self._pages(["documents", "metadatas"]):
            for id_, text, meta in zip(page["ids"], page["documents"], page["metadatas"]):
                yield Chunk.from_metadata(id_, text or "", meta or {})

    def get(self, ids: Sequence[str]) -> list[Chunk]:
        if not ids:
            return []
        page = self.collection.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {
            i: Chunk.from_metadata(i, t or "", m or {})
            for i, t, m in zip(page["ids"], page["documents"], page["metadatas"])
        }
        return [by_id[i] for i in ids if i in by_id]

    def source_chunks(self, source: str) -> list[Chunk]:
        """Every chunk of one source document, in document order."""
        chunks = [
            Chunk.from_metadata(id_, text or "", meta or {})
            for page in self._pages(["documents", "metadatas"], where={"source": source})
            for id_, text, meta in zip(page["ids"], page["documents"], page["metadatas"])
        ]
        return sorted(chunks, key=lambda c: c.position)

    def version(self) -> str:
        """Fingerprint of the chunk set, recorded at the end of each ingest."""
        stored = (self.collection.metadata or {}).get("index_version")
        if stored:
            return str(stored)
        from assistant.bm25 import version_of

        return version_of(id_ for ids in self.ids_by_source().values() for id_ in ids)

    def embeddings(self, ids: Sequence[str]) -> dict[str, list[float]]:
        if not ids:
            return {}
        page = self.collection.get(ids=list(ids), include=["embeddings"])
        return {i: e for i, e in zip(page["ids"], page["embeddings"])}

    # -- writing ---------------------------------------------------------
    def record_version(self) -> str:
        from assistant.bm25 import version_of

        version = version_of(id_ for ids in self.ids_by_source().values() for id_ in ids)
        meta = {k: v for k, v in (self.collection.metadata or {}).items() if not k.startswith("hnsw:")}
        meta["index_version"] = version
        self.collection.modify(metadata=meta)
        return version

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        for start in range(0, len(chunks), _PAGE):
            part = chunks[start : start + _PAGE]
            self.collection.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
                embeddings=[list(map(float, e)) for e in embeddings[start : start + _PAGE]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), _PAGE):
            self.collection.delete(ids=ids[start : start + _PAGE])


_RESET_TAG = "-r"


def fresh_collection_name(logical: str) -> str:
    """A new collection name for a reset of `logical`: `<logical>-r<8 hex>` (63 characters at most)."""
    import uuid

    return f"{logical[:52]}{_RESET_TAG}{uuid.uuid4().hex[:8]}"


def is_generation_of(name: str, logical: str) -> bool:
    """Whether `name` is the configured collection or one a reset built for it."""
    import re

    return name == logical or re.fullmatch(re.escape(logical[:52] + _RESET_TAG) + r"[0-9a-f]{8}", name) is not None


def drop_unused_collections(index: ChunkIndex) -> list[str]:
    """Delete the other generations of this index (chunks and sentence rows): a half-built reset
    that was killed, or the collection a finished reset switched away from. Only call it while
    holding the ingest lock, with `index` switched to the collection the library names."""
    from assistant.sentences import collection_name

    try:
        names = [getattr(c, "name", c) for c in index.client.list_collections()]
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
