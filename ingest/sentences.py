"""Keeping the stored sentence vectors in step with the chunks of the index.

Runs after the chunks are written: rows of removed chunks are dropped, and every chunk of the
ingested documents whose sentence rows are absent or out of date is embedded sentence by
sentence. Checking every chunk (not only the new ones) heals an index that stopped half-way
or was built before sentence vectors were stored, at the cost of one read per ingest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.sentences import SentenceIndex, embed_sentences
from assistant.store import ChunkIndex
from assistant.types import Chunk


def sync_sentences(
    index: ChunkIndex,
    chunks: Sequence[Chunk],
    stale: Iterable[str],
    embedder: Embeddings,
    settings: Settings,
    *,
    progress: bool = False,
) -> int:
    """Store sentence vectors for `chunks` that lack them and drop those of `stale` chunk ids.
    Returns how many sentences were embedded."""
    store = SentenceIndex.beside(index)
    store.delete(stale)
    todo = store.missing(chunks)
    if not todo:
        return 0
    from tqdm import tqdm

    size = max(settings.embed_batch_size * 4, 64)
    bar = tqdm(total=len(todo), unit="chunk", desc="Sentences", disable=not progress)
    embedded = 0
    for start in range(0, len(todo), size):
        batch = todo[start : start + size]
        vectors = embed_sentences(batch, embedder)
        store.write(batch, vectors)
        embedded += sum(len(v) for v in vectors)
        bar.update(len(batch))
    bar.close()
    return embedded
