"""Sync the index with documents on disk: discover → plan and stage, a batch of documents at a
time → commit → settle.

Unchanged files are skipped by their hash; only new chunks are embedded; chunks of deleted or
changed files are dropped; identical passages across files are stored once. Documents stream
through in batches (`ingest_batch_documents`): a background thread reads and chunks the next
batch while this one is embedded and stored, so memory does not grow with the folder
(ingest/stream.py). The library file is the commit point (see ingest/apply.py), made once at
the end, so a failed file, a crash or a kill never leaves readers with a half-written index."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from contextlib import closing
from itertools import islice
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import IEPGuideError
from assistant.library import AnyLibrary, DocumentRecord, Snapshot, open_library
from assistant.store import GuidanceIndex, drop_unused_collections, fresh_collection_name
from ingest.apply import commit, settle, stage
from ingest.discover import Discovery, FileTarget, discover
from ingest.loaders import load
from ingest.plan import Loader, Plan, Planner, Progress, make_plan
from ingest.report import FileResult, IngestReport
from ingest.roots import Sources
from ingest.sentences import repeat_cache, sync_sentences
from ingest.stream import Tally, read_ahead

_HEAL_PAGE = 1000  # visible chunks checked for missing sentence rows at a time

__all__ = ["FileResult", "FileTarget", "IngestReport", "discover", "ingest", "remove_documents"]


def library_for(settings: Settings, index: GuidanceIndex | None = None) -> AnyLibrary:
    """The index's library: a file beside the on-disk index, or a record in the Chroma server."""
    return open_library(settings, index.client if index is not None else None)


def current_snapshot(index: GuidanceIndex, library: AnyLibrary) -> Snapshot:
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
    """Terminal bars: documents read, chunks embedded and chunks whose sentences are embedded,
    each with its rate and time left. Documents stream through in batches, so the bars advance
    together; a chunk total is estimated from the documents read so far until all are read."""
    if not enabled:
        return None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}
    labels = {"read": ("Reading", "doc"), "embed": ("Embedding", "chunk"), "sentences": ("Sentences", "chunk")}
    documents = [0, 0]  # read, total

    def show(stage: str, done: int, total: int, detail: str) -> None:
        if stage not in labels:
            return
        bar = bars.get(stage)
        if bar is None:
            label, unit = labels[stage]
            bar = bars[stage] = tqdm(total=total, unit=unit, desc=label, dynamic_ncols=True)
        if stage == "read":
            documents[:] = [done, total]
        else:
            bar.total = total
            read, of = documents
            if of:
                bar.set_postfix_str(f"{of:,} documents" if read >= of else f"{read:,} of {of:,} documents read", refresh=False)
        bar.update(done - bar.n)
        if done >= total:
            bar.refresh()

    def close() -> None:
        for bar in bars.values():
            bar.close()

    show.close = close  # type: ignore[attr-defined]
    return show


def _run(
    paths: Sequence[Path],
    index: GuidanceIndex,
    embedder: Embeddings | None,
    settings: Settings,
    *,
    dry_run: bool,
    progress: Progress | None,
    remove: Iterable[str] = (),
    reset: bool = False,
    prune: bool = False,
    loader: Loader = load,
) -> IngestReport:
    started = time.perf_counter()
    library = library_for(settings, index)
    if dry_run:
        old = _readable_snapshot(library) if reset else current_snapshot(index, library)
        found = discover(paths, Sources(old.sources, settings))
        base = Snapshot(sources=old.sources) if reset else old
        plan = _plan(make_plan(found, base, settings, remove=remove, prune=prune, progress=progress, loader=loader), found)
        return _report(plan, 0, started, True)
    with library.writing():
        if reset:
            return _reset(paths, index, embedder, settings, library, progress, started, loader)
        old = current_snapshot(index, library)
        index.switch(old.collection)
        if not library.exists():
            library.commit(old)  # from here on, nothing is visible that the library does not list
        settle(index, library, settings, collect=False)  # finish what a killed ingest committed
        old = library.load() or old
        drop_unused_collections(index)  # left by a reset that was killed before it switched
        found = discover(paths, Sources(old.sources, settings))  # a name collision stops here, nothing written
        planner = Planner(found, old, settings, remove=remove, prune=prune, loader=loader)
        index.collection  # noqa: B018 - the collection exists even when nothing is new
        tally = Tally(progress, len(planner.targets))
        embedded, sentences = _stream(planner, index, embedder, settings, tally)
        plan = _plan(planner.finish(), found)
        if plan.changes:
            commit(plan, library)
        settle(index, library, settings)
        if embedder is not None:  # heal visible chunks whose sentence rows are missing
            sentences += _heal_sentences(index, library, embedder, settings, tally)
    return _report(plan, embedded, started, False, sentences)


def _stream(
    planner: Planner, index: GuidanceIndex, embedder: Embeddings | None, settings: Settings, tally: Tally
) -> tuple[int, int]:
    """Read, chunk, embed and store the planner's documents a batch at a time (nothing becomes
    visible: the library commit does that). The next batch is read while this one embeds.
    Returns (passages, sentences) embedded."""
    tally.start()
    repeats = repeat_cache(embedder) if embedder is not None else None  # one per ingest, not per batch
    embedded = sentences = 0
    with closing(read_ahead(planner, settings.ingest.ingest_batch_documents)) as batches:
        for batch in batches:
            tally.taken(batch)
            fresh = [chunk for reading in batch for chunk in planner.take(reading)]
            if fresh:
                embedded += stage(fresh, index, embedder, settings, tally.part("embed"))
                sentences += sync_sentences(index, fresh, repeats, settings, tally.part("sentences"))
            tally.stored(batch)
    return embedded, sentences


def _heal_sentences(index: GuidanceIndex, library: AnyLibrary, embedder: Embeddings, settings: Settings, tally: Tally) -> int:
    """Embed the sentences of visible chunks whose rows are missing, a page of chunks at a time."""
    chunks = index.committed(library).chunks()
    repeats = repeat_cache(embedder)
    healed = 0
    while page := list(islice(chunks, _HEAL_PAGE)):
        healed += sync_sentences(index, page, repeats, settings, tally.part("sentences"))
    return healed


def _plan(plan: Plan, found: Discovery) -> Plan:
    if found.sources is not None:
        plan.sources = found.sources.stored()
    return plan


def _readable_snapshot(library: AnyLibrary) -> Snapshot:
    """The committed snapshot, or an empty one when it is missing or damaged (a reset rebuilds it)."""
    try:
        return library.load() or Snapshot()
    except IEPGuideError:
        return Snapshot()


def _reset(
    paths,
    index: GuidanceIndex,
    embedder,
    settings: Settings,
    library: AnyLibrary,
    progress: Progress | None,
    started: float,
    loader: Loader = load,
) -> IngestReport:
    """Rebuild into a new collection beside the live one, then switch by one commit. Until that
    commit readers keep answering from the old collection; a kill at any moment leaves it intact,
    and the half-built collection is dropped by the next ingest."""
    try:
        old = library.load()
    except IEPGuideError:
        old = None  # damaged: which collection is live is unknown, so nothing is dropped before the switch
    if old is not None:
        index.switch(old.collection)
        drop_unused_collections(index)  # an earlier reset that was killed
    old = old or Snapshot()
    found = discover(paths, Sources(old.sources, settings))
    fresh = index.beside(fresh_collection_name(index.logical))
    base = Snapshot(sources=old.sources, collection=fresh.name)
    planner = Planner(found, base, settings, loader=loader)
    # the fresh collection is created by its first chunks
    embedded, sentences = _stream(planner, fresh, embedder, settings, Tally(progress, len(planner.targets)))
    plan = _plan(planner.finish(), found)
    if not plan.documents and old.documents:  # a wrong path or an unreadable folder must not empty the index
        plan.files.append(
            FileResult(
                "--reset",
                "error",
                message=(
                    "no document could be ingested from the paths given, so the index was not rebuilt; "
                    f"the current one ({len(old.documents)} documents) is unchanged"
                ),
            )
        )
        plan.documents = dict(old.documents)
        plan.old = old
        return _report(plan, 0, started, False)
    fresh.collection  # noqa: B018 - exists even when no document had a passage to store
    commit(plan, library)  # the switch
    index.switch(fresh.name)
    drop_unused_collections(index)
    settle(index, library, settings)
    return _report(plan, embedded, started, False, sentences)


def _report(plan: Plan, embedded: int, started: float, dry_run: bool, sentences: int = 0) -> IngestReport:
    old, new = plan.old.ids(), plan.ids()
    report = IngestReport(
        added=len(new - old),
        unchanged=len(new & old),
        removed=len(old - new),
        embedded=embedded,
        sentences=sentences,
        dry_run=dry_run,
        files=sorted(plan.files, key=lambda f: f.source),
    )
    report.seconds = time.perf_counter() - started
    return report


def ingest(
    paths: Sequence[Path],
    index: GuidanceIndex,
    embedder: Embeddings,
    settings: Settings,
    *,
    dry_run: bool = False,
    progress: bool | Progress = False,
    reset: bool = False,
    prune: bool = False,
    loader: Loader = load,
) -> IngestReport:
    """Add and update the documents under `paths`, each named by its source (ingest/roots.py).
    Documents whose files are gone are removed only with `prune` (and only within the folders
    given); with dry_run, only report. `reset` rebuilds from these paths alone, switching
    atomically. `progress` is True for a terminal progress bar, or a callback (stage, done,
    total, detail). Documents are read, embedded and stored `settings.ingest.ingest_batch_documents` at
    a time; `loader` reads one file (ingest/loaders.py `load`)."""
    callback = progress if callable(progress) else _tqdm_progress(bool(progress))
    try:
        return _run(
            list(paths), index, embedder, settings, dry_run=dry_run, progress=callback, reset=reset, prune=prune, loader=loader
        )
    finally:
        if callback is not None and hasattr(callback, "close"):
            callback.close()


def remove_documents(sources: Iterable[str], index: GuidanceIndex, settings: Settings, *, dry_run: bool = False) -> IngestReport:
    """Take documents out of the library by source name (their files are left alone).
    A passage another document also has stays, cited from that document."""
    return _run([], index, None, settings, dry_run=dry_run, progress=None, remove=sources)


def change_sources(change, index: GuidanceIndex, settings: Settings) -> Snapshot:
    """Apply `change(sources)` (add or remove a declared source) and commit it under the lock."""
    library = library_for(settings, index)
    with library.writing():
        old = current_snapshot(index, library)
        sources = Sources(old.sources, settings)
        change(sources)
        snapshot = old.with_sources(sources.stored())
        library.commit(snapshot)
        return snapshot


def known_sources(settings: Settings, library: AnyLibrary) -> Sources:
    snapshot = library.load()
    return Sources(snapshot.sources if snapshot else {}, settings)
