"""A synthetic index of many chunks, to measure queries at scale without embedding them all.

Embedding 100,000 passages with the model would take about half an hour on two cores, so the
synthetic chunks are made from the real corpus: each one strings together a few real sentences
(chosen at random), each sentence vector is that sentence's real vector with a little noise,
and the chunk vector is their normalised mean with noise. The real corpus chunks are included
too, so in-scope questions still find real guidance among 100k look-alikes. The index is built
through the product's own GuidanceIndex, SentenceIndex and BM25, cached on disk and rebuilt only
when its parameters or the source corpus change. Queries on it go through the same Assistant.

    python -m benchmarks.synthetic --index DIR     # measure queries on a built index (JSON)
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from assistant import Settings
from assistant.passages import unit_keys
from assistant.sentences import SentenceIndex
from assistant.store import GuidanceIndex, make_client
from assistant.text import split_sentences
from assistant.types import READERS, Chunk

FORMAT = 3  # 3: every question key of a chunk (its own and how askers put it) stored after the sentence rows
BLOCK = 2000
SENTENCES = (2, 6)  # sentences per synthetic chunk: low inclusive, high exclusive
NOISE = 0.01  # per-dimension noise added to unit vectors
PARTS = 8  # synthetic chunks per synthetic document


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


def _source_material(source: GuidanceIndex) -> tuple[list[Chunk], np.ndarray, dict[str, np.ndarray]]:
    chunks = list(source.chunks())
    vectors = source.embeddings([c.id for c in chunks])
    matrix = np.asarray([vectors[c.id] for c in chunks], np.float32)
    sentence_vectors = source.sentences.fetch(chunks)
    missing = [c.id for c in chunks if c.id not in sentence_vectors]
    if missing:
        raise RuntimeError(f"{len(missing)} source chunks have no stored sentence vectors; re-run ingest")
    return chunks, matrix, sentence_vectors


def _synthetic_block(start: int, count: int, pool_text: list[str], pool_vec: np.ndarray, rng) -> tuple:
    chunks, chunk_vecs, sentence_vecs = [], [], []
    dim = pool_vec.shape[1]
    for j in range(start, start + count):
        picks = rng.integers(0, len(pool_text), int(rng.integers(*SENTENCES)))
        text = "\n".join(pool_text[p] for p in picks)
        lookup = {pool_text[p]: pool_vec[p] for p in picks}
        split = split_sentences(text)
        rows = np.asarray([lookup.get(s, pool_vec[picks[0]]) for s in split], np.float32)
        rows = _unit(rows + rng.normal(0, NOISE, rows.shape))
        doc, part = divmod(j, PARTS)
        chunks.append(
            Chunk(
                id=f"synthetic-{j:07d}",
                text=text,
                source=f"synthetic/doc-{doc:05d}.md",
                title=f"Synthetic guidance {doc}",
                section=f"Part {part + 1}",
                audience=READERS[j % len(READERS)],
                position=part,
            )
        )
        chunk_vecs.append(_unit(rows.mean(axis=0) + rng.normal(0, NOISE, dim)))
        sentence_vecs.append(rows)
    return chunks, chunk_vecs, sentence_vecs


def _write_with_keys(store: SentenceIndex, chunks, sentence_vecs, chunk_vecs) -> None:
    """Each chunk's sentence rows, then its question keys as ingest stores them; the keys'
    vectors are the chunk's own (a stand-in that costs no model run)."""
    keys = [unit_keys(c) for c in chunks]
    splits = [split_sentences(c.text) + list(k) for c, k in zip(chunks, keys)]
    rows = [
        np.vstack([s, np.repeat(np.asarray(v, np.float32)[None, :], len(k), axis=0)])
        for s, v, k in zip(sentence_vecs, chunk_vecs, keys)
    ]
    store.write(chunks, rows, splits)


def build(size: int, source: GuidanceIndex, out_dir: Path, *, seed: int = 0, log=print) -> tuple[Path, dict]:
    """The index folder of a synthetic index of `size` chunks (built now, or reused)."""
    params = {"format": FORMAT, "size": size, "seed": seed, "source_version": source.version(), "model": source.model}
    marker = out_dir / "synthetic.json"
    index_dir = out_dir / "index"
    if marker.exists() and json.loads(marker.read_text()).get("params") == params:
        return index_dir, {**json.loads(marker.read_text()), "reused": True}
    shutil.rmtree(out_dir, ignore_errors=True)
    started = time.perf_counter()
    settings = Settings(index_dir=index_dir)
    index = GuidanceIndex(
        make_client(settings, create=True), settings.index.collection, source.model, bm25_path=settings.index.bm25_path()
    )
    store = index.sentences
    real, real_vecs, real_sentences = _source_material(source)
    index.upsert(real, real_vecs)
    _write_with_keys(store, real, [real_sentences[c.id] for c in real], real_vecs)
    pool_text = [s for c in real for s in split_sentences(c.text)]
    pool_vec = np.vstack([real_sentences[c.id] for c in real])
    rng = np.random.default_rng(seed)
    total = max(size - len(real), 0)
    for start in range(0, total, BLOCK):
        chunks, vecs, sentence_vecs = _synthetic_block(start, min(BLOCK, total - start), pool_text, pool_vec, rng)
        index.upsert(chunks, vecs)
        _write_with_keys(store, chunks, sentence_vecs, vecs)
        log(f"  synthetic index: {len(real) + start + len(chunks):,}/{size:,} chunks", flush=True)
    written = time.perf_counter()
    index.record_version()
    index.keywords()  # built and saved beside the index
    done = time.perf_counter()
    info = {
        "params": params,
        "chunks": index.count(),
        "sentences": store.count(),
        "write_s": written - started,
        "bm25_s": done - written,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps(info))
    return index_dir, {**info, "reused": False}


def measure(index_dir: Path, rounds: int) -> dict:
    """Warm per-stage latency on the synthetic index, through the same Assistant."""
    from assistant import build_assistant
    from benchmarks.latency import measure as measure_asks
    from benchmarks.latency import timed_probes
    from benchmarks.stats import peak_rss_mb

    started = time.perf_counter()
    assistant = build_assistant(Settings(index_dir=index_dir))
    built = time.perf_counter() - started
    result = measure_asks(assistant, timed_probes(rounds))
    result.update(build_s=built, peak_rss_mb=peak_rss_mb(), chunks=assistant.retrieval.index.count())
    return result


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic")
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(measure(args.index, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
