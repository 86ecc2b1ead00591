"""Applying a plan so that readers never see a half-done ingest.

1. stage: write the new chunks into Chroma, a batch of documents at a time (ingest/stream.py).
   They are invisible to readers, who only see the chunks listed by the committed library
   (`GuidanceIndex.committed`, assistant/store.py); chunks an interrupted run already stored
   are reused, not embedded again.
2. commit: replace the library file atomically. This is the moment the change becomes visible.
3. settle: refresh metadata of re-owned chunks, delete chunks nothing lists any more, and build
   the keyword index for the new version. Each step can be repeated, so an ingest killed here
   is finished by the next one; readers see a consistent index throughout."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chromadb.api.types import Metadata
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.library import AnyLibrary, Snapshot
from assistant.store import GuidanceIndex
from assistant.types import Chunk
from ingest.chunking import embedding_text
from ingest.plan import Plan, Progress
from ingest.sentences import drop_sentences

_PAGE = 1000  # ids per Chroma call when listing, updating or deleting
_OPTIONAL = ("page",)  # metadata keys a chunk may lack: cleared when the new owner has none


def stored_ids(index: GuidanceIndex, among: Sequence[str] | None = None) -> set[str]:
    """Ids physically in Chroma (visible or not), optionally only those among `among`."""
    found: set[str] = set()
    if among is not None:
        among = list(among)
        for start in range(0, len(among), _PAGE):
            found.update(index.collection.get(ids=among[start : start + _PAGE], include=[])["ids"])
        return found
    offset = 0
    while True:
        page = index.collection.get(include=[], limit=_PAGE * 5, offset=offset)["ids"]
        if not page:
            return found
        found.update(page)
        offset += len(page)


def stage(
    chunks: list[Chunk], index: GuidanceIndex, embedder: Embeddings, settings: Settings, progress: Progress | None = None
) -> int:
    """Store chunks not yet in Chroma (embedding them); refresh the metadata of those that are.
    Returns how many passages were embedded."""
    index.collection  # noqa: B018 - the collection exists even when nothing is new
    present = stored_ids(index, [c.id for c in chunks])
    reused = [c for c in chunks if c.id in present]
    if reused:
        update_metadata(index, {c.id: c.metadata() for c in reused})
    fresh = [c for c in chunks if c.id not in present]
    size = max(settings.index.embed_batch_size * 4, settings.index.embed_batch_size)
    for start in range(0, len(fresh), size):
        if progress:
            progress("embed", start, len(fresh), "")
        batch = fresh[start : start + size]
        index.upsert(batch, embedder.embed_documents([embedding_text(c) for c in batch]))
    if progress and fresh:
        progress("embed", len(fresh), len(fresh), "")
    return len(fresh)


def update_metadata(index: GuidanceIndex, metadata: dict[str, dict[str, Any]]) -> None:
    ids = list(metadata)
    for start in range(0, len(ids), _PAGE):
        part = ids[start : start + _PAGE]
        rows: list[Metadata] = []
        for id_ in part:
            meta = dict(metadata[id_])
            if "doc_hash" in meta:  # a full record: drop keys the new owner does not have
                meta.update({k: None for k in _OPTIONAL if k not in meta})
            rows.append(meta)
        index.collection.update(ids=part, metadatas=rows)


def commit(plan: Plan, library: AnyLibrary) -> Snapshot:
    snapshot = plan.new_snapshot
    library.commit(snapshot)
    return snapshot


def settle(index: GuidanceIndex, library: AnyLibrary, settings: Settings, *, collect: bool = True) -> None:
    """Finish a committed change: re-owned metadata, garbage, keyword index (all repeatable)."""
    snapshot = library.load()
    if snapshot is None:
        return
    if snapshot.reown:
        present = stored_ids(index, list(snapshot.reown))
        update_metadata(index, {i: m for i, m in snapshot.reown.items() if i in present})
        snapshot = snapshot.with_documents(snapshot.documents, {})
        library.commit(snapshot)
    if collect:
        garbage = sorted(stored_ids(index) - snapshot.ids())
        drop_sentences(index, garbage)  # rows first: a kill in between leaves chunks to collect again
        index.delete(garbage)
        if (index.collection.metadata or {}).get("index_version") != snapshot.version:
            index.record_version()  # for tools that read the collection without the library
    index.committed(library, settings.index.bm25_path()).keywords()  # built and saved for the new version
