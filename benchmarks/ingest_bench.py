"""Ingest throughput from an empty index, and the cost of re-ingesting an unchanged corpus."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from assistant import Settings
from assistant.factory import open_index
from ingest.loaders import supported
from ingest.pipeline import ingest


def file_kinds(folder: Path) -> dict[str, dict[str, int]]:
    """Files by extension: how many the loader registry reads now, and how many it skips."""
    files = [p for p in Path(folder).rglob("*") if p.is_file() and not p.name.startswith(".")]
    read = Counter(p.suffix.lower() for p in files if supported(p))
    skipped = Counter(p.suffix.lower() or "(none)" for p in files if not supported(p))
    return {"read": dict(read), "skipped": dict(skipped)}


def run(folder: Path, index_dir: Path, embedder, *, again: bool = True) -> dict:
    """Ingest `folder` into a new index at `index_dir` (then once more, unchanged)."""
    settings = Settings(index_dir=index_dir, corpus_dir=folder)
    index = open_index(settings, embedder=embedder, create=True)
    started = time.perf_counter()
    report = ingest([folder], index, embedder, settings)
    seconds = time.perf_counter() - started
    out = {
        "folder": str(folder),
        "files": file_kinds(folder),
        "documents": sum(1 for f in report.files if f.status not in ("error", "removed")),
        "errors": [f"{f.source}: {f.message}" for f in report.errors],
        "chunks": report.added,
        "sentences": report.sentences,
        "seconds": seconds,
        "chunks_per_s": report.added / seconds if seconds else float("nan"),
        "settings": settings,
    }
    if again:
        started = time.perf_counter()
        second = ingest([folder], index, embedder, settings)
        out["reingest_seconds"] = time.perf_counter() - started
        out["reingest_added"] = second.added + second.sentences
    return out
