"""Keeping the stored sentence vectors in step with the chunks of the index.

Each chunk's rows are its sentences, then its question keys (the questions it answers as an
answer unit, assistant/passages.py), so answering never runs the model on passages or keys.

New chunks get their sentence rows while they are staged, before the library commit makes them
visible; rows of chunks that are collected as garbage go with them (rows first, so a kill in
between leaves only chunks, which the next ingest collects again). After each ingest every
visible chunk whose rows are absent or out of date is embedded, which heals an index that
stopped half-way or was built before sentence vectors were stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import CachedEmbedder
from assistant.passages import unit_keys
from assistant.sentences import embed_splits
from assistant.store import GuidanceIndex
from assistant.text import split_sentences
from assistant.types import Chunk
from ingest.plan import Progress

STAGE = "sentences"  # the progress stage name
REPEAT_CACHE = 20_000  # sentence vectors kept during one ingest (~30 MB)


def sync_sentences(
    index: GuidanceIndex,
    chunks: Sequence[Chunk],
    embedder: Embeddings,
    settings: Settings,
    progress: Progress | None = None,
) -> int:
    """Store sentence vectors for the `chunks` that lack them; how many distinct sentences the
    model embedded (a sentence repeated within one ingest is embedded once)."""
    store = index.sentences
    todo = store.missing(chunks, keys_of=unit_keys)  # a chunk whose question keys changed is redone too
    if not todo:
        return 0
    size = max(settings.index.embed_batch_size * 4, 64)
    embedded = 0
    embedder = repeat_cache(embedder)
    for start in range(0, len(todo), size):
        if progress:
            progress(STAGE, start, len(todo), "")
        batch = todo[start : start + size]
        splits = [split_sentences(c.text) for c in batch]
        keyed = [split + list(unit_keys(c)) if split else split for split, c in zip(splits, batch)]  # + the question keys
        before = embedder.computed
        store.write(batch, embed_splits(keyed, embedder), keyed)
        embedded += embedder.computed - before
    if progress:
        progress(STAGE, len(todo), len(todo), "")
    return embedded


def repeat_cache(embedder: Embeddings) -> CachedEmbedder:
    """Sentences repeated across batches (page headers and footers, a district's boilerplate,
    overlap between neighbouring chunks) are embedded once per ingest, not once per batch: pass
    the same cache to every batch of one ingest. Its size is bounded (REPEAT_CACHE vectors)."""
    return embedder if hasattr(embedder, "passages") else CachedEmbedder(embedder, max_items=REPEAT_CACHE)


def drop_sentences(index: GuidanceIndex, chunk_ids: Iterable[str]) -> None:
    index.sentences.delete(chunk_ids)


def reset_sentences(index: GuidanceIndex) -> None:
    index.sentences.reset()
