"""Sync the index with documents on disk: discover → plan → stage → commit → settle.

Unchanged files are skipped by their hash; only new chunks are embedded; chunks of deleted or
changed files are dropped; identical passages across files are stored once. The library file
is the commit point (see ingest/apply.py), so a failed file, a crash or a kill never leaves
readers with a half-written index."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.library import DocumentRecord, Library, Snapshot
from assistant.store import ChunkIndex
from assistant.visible import VisibleIndex
from ingest.apply import commit, settle, stage
from ingest.discover import Discovery, FileTarget, discover
from ingest.plan import Plan, Progress, make_plan
from ingest.report import FileResult, IngestReport
from ingest.sentences import reset_sentences, sync_sentences

__all__ = ["FileResult", "FileTarget", "IngestReport", "discover", "ingest", "remove_documents"]


def library_for(settings: Settings) -> Library:
    return Library(settings.library_path())


def current_snapshot(index: ChunkIndex, library: Library) -> Snapshot:
    """The committed library; an index built before libraries existed is adopted as it is."""
    snapshot = library.load()
    if snapshot is not None:
        return snapshot
    docs: dict[str, DocumentRecord] = {}
    for chunk in index.chunks():
        rec = docs.get(chunk.source)
        ids = (rec.chunk_ids if rec else ()) + (chunk.id,)
        docs[chunk.source] = DocumentRecord(source=chunk.source, title=chunk.title, kind="markdown", chunk_ids=ids)
    return Snapshot().with_documents(docs, {})


def _tqdm_progress(enabled: bool) -> Progress | None:
    if not enabled:
        return None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    labels = {"embed": "Embedding", "sentences": "Sentences"}

    def show(stage: str, done: int, total: int, detail: str) -> None:
        if stage not in labels:
            return
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, unit="chunk", desc=labels[stage])
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return show


def _run(
    found: Discovery,
    index: ChunkIndex,
    embedder: Embeddings | None,
    settings: Settings,
    *,
    dry_run: bool,
    progress: Progress | None,
    remove: Iterable[str] = (),
    reset: bool = False,
) -> IngestReport:
    started = time.perf_counter()
    library = library_for(settings)
    if dry_run:
        old = Snapshot() if reset else current_snapshot(index, library)
        return _report(make_plan(found, old, settings, remove=remove, progress=progress), 0, started, True)
    with library.writing():
        if reset:
            library.commit(Snapshot())
            index.reset()
            reset_sentences(index)
        old = current_snapshot(index, library)
        if not library.exists():
            library.commit(old)  # from here on, nothing is visible that the library does not list
        settle(index, library, settings, collect=False)  # finish what a killed ingest committed
        old = library.load() or old
        plan = make_plan(found, old, settings, remove=remove, progress=progress)
        embedded = stage(plan.to_store, index, embedder, settings, progress)
        sentences = sync_sentences(index, plan.to_store, embedder, settings, progress) if embedder else 0
        if plan.changes:
            commit(plan, library)
        settle(index, library, settings)
        if embedder is not None:  # heal visible chunks whose sentence rows are missing
            visible = list(VisibleIndex(index, library).chunks())
            sentences += sync_sentences(index, visible, embedder, settings, progress)
    return _report(plan, embedded, started, False, sentences)


def _report(plan: Plan, embedded: int, started: float, dry_run: bool, sentences: int = 0) -> IngestReport:
    old, new = plan.old.ids(), plan.ids()
    report = IngestReport(
        added=len(new - old), unchanged=len(new & old), removed=len(old - new),
        embedded=embedded, sentences=sentences, dry_run=dry_run, files=sorted(plan.files, key=lambda f: f.source),
    )
    report.seconds = time.perf_counter() - started
    return report


def ingest(
    paths: Sequence[Path],
    index: ChunkIndex,
    embedder: Embeddings,
    settings: Settings,
    *,
    dry_run: bool = False,
    progress: bool | Progress = False,
    reset: bool = False,
) -> IngestReport:
    """Bring the index in line with the files under `paths`; with dry_run, only report.
    `progress` is True for a terminal progress bar, or a callback (stage, done, total, detail)."""
    callback = progress if callable(progress) else _tqdm_progress(bool(progress))
    return _run(discover(paths), index, embedder, settings, dry_run=dry_run, progress=callback, reset=reset)


def remove_documents(
    sources: Iterable[str], index: ChunkIndex, settings: Settings, *, dry_run: bool = False
) -> IngestReport:
    """Take documents out of the library by source name (their files are left alone).
    A passage another document also has stays, cited from that document."""
    return _run(Discovery(), index, None, settings, dry_run=dry_run, progress=None, remove=sources)
