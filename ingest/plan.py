"""Planning an ingest: which files changed, which chunks are new, gone, shared or re-owned.

Nothing is written here. Unchanged files (same bytes, same chunking recipe) are not even
parsed. A chunk id is a hash of its text, so a passage found in two files is one chunk; its
stored metadata (title, section, page) is that of the first file, by name, that has it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.config import Settings
from assistant.errors import DocumentError
from assistant.library import DocumentRecord, Snapshot, now_iso
from assistant.types import Chunk
from ingest.chunking import chunk_document, make_splitter
from ingest.discover import Discovery, FileTarget
from ingest.documents import SourceDocument, content_hash
from ingest.loaders import check_size, kind_of, load
from ingest.report import FileResult

RECIPE_VERSION = "3"  # bump when a loader or the chunker changes what a file turns into
Progress = Callable[[str, int, int, str], None]  # (stage, done, total, detail)


def recipe(settings: Settings) -> str:
    """Fingerprint of everything besides the file's bytes that decides its chunks."""
    parts = (RECIPE_VERSION, settings.ingest.chunk_size, settings.ingest.chunk_overlap, settings.ingest.min_chunk_chars)
    return content_hash("|".join(map(str, parts)))[:16]


@dataclass
class Plan:
    old: Snapshot
    documents: dict[str, DocumentRecord]
    files: list[FileResult] = field(default_factory=list)
    staged: int = 0  # chunks new to the library, handed out to be stored (owner's copy)
    reown: dict[str, dict] = field(default_factory=dict)  # kept chunks whose metadata must change
    sources: dict[str, dict] | None = None  # the sources to commit, when they change

    @property
    def new_snapshot(self) -> Snapshot:
        snapshot = self.old.with_documents(self.documents, self.reown)
        return snapshot if self.sources is None else replace(snapshot, sources=dict(sorted(self.sources.items())))

    def ids(self) -> set[str]:
        return {i for d in self.documents.values() for i in d.chunk_ids}

    @property
    def removed_ids(self) -> set[str]:
        return set(self.old.ids()) - self.ids()

    @property
    def changes(self) -> bool:
        return bool(
            self.staged
            or self.removed_ids
            or self.reown
            or self.documents != self.old.documents
            or (self.sources is not None and self.sources != self.old.sources)
        )


Loader = Callable[..., SourceDocument]  # load(path, source, max_bytes=...) (ingest/loaders.py)


class _Reader:
    """Loads and chunks files."""

    def __init__(self, settings: Settings, loader: Loader = load) -> None:
        self.settings = settings
        self.splitter = make_splitter(settings.ingest)
        self.recipe = recipe(settings)
        self.loader = loader

    def read(self, target: FileTarget) -> tuple[DocumentRecord, FileResult, dict[str, Chunk]]:
        doc = self.loader(target.path, target.source, max_bytes=self.settings.ingest.max_file_bytes())
        chunks = chunk_document(doc, self.splitter, self.settings.ingest.min_chunk_chars)
        if not chunks:
            raise DocumentError(f"no passage of at least {self.settings.ingest.min_chunk_chars} characters to index")
        record = DocumentRecord(
            source=target.source,
            title=doc.title,
            kind=doc.kind,
            chunk_ids=tuple(c.id for c in chunks),
            file_hash=doc.raw_hash,
            recipe=self.recipe,
            ingested_at=now_iso(),
            pages=doc.pages,
            sections=doc.section_count,
            size_bytes=target.path.stat().st_size,
            path=str(target.path),
        )
        result = FileResult(
            target.source, "added", kind=doc.kind, chunks=len(chunks), pages=doc.pages, sections=doc.section_count
        )
        return record, result, {c.id: c for c in chunks}


def file_hash(path: Path, max_bytes: int) -> str:
    check_size(path, max_bytes)
    return content_hash(path.read_bytes())


@dataclass
class Reading:
    """One file checked: unchanged (no record), read (its record and chunks) or failed (error)."""

    target: FileTarget
    record: DocumentRecord | None = None
    result: FileResult | None = None
    chunks: dict[str, Chunk] = field(default_factory=dict)
    error: FileResult | None = None


class Planner:
    """Plans an ingest one document at a time, so only the documents in hand are in memory.

    `check` reads a file (it touches nothing shared, so it may run in another thread); `take`
    adds a reading to the plan, in the order of `targets` (sorted by source), and returns the
    chunks new to the library that this document is the first to hold, to be stored now;
    `finish` settles removals, duplicates and re-owned metadata from the documents' chunk ids
    alone. Because documents are taken in source order, the first document to hold a new chunk is
    the owner the library names (the first by name), so its copy is the one stored."""

    def __init__(
        self,
        found: Discovery,
        old: Snapshot,
        settings: Settings,
        *,
        remove: Iterable[str] = (),
        prune: bool = False,
        loader: Loader = load,
    ) -> None:
        self.settings = settings
        self.reader = _Reader(settings, loader)
        self.plan = Plan(old=old, documents=dict(old.documents))
        self.plan.files.extend(found.refused)
        self.targets = sorted(found.targets, key=lambda t: t.source)
        self.found, self.remove, self.prune = found, set(remove), prune
        self.old_ids = old.ids()
        self.seen: set[str] = set()
        self.failed: set[str] = set()
        self.read_sources: set[str] = set()
        self.staged_by: dict[str, str] = {}  # new chunk id -> the document whose copy was handed out
        self.first_meta: dict[str, dict] = {}  # kept chunk id -> metadata in the first document read that has it

    def check(self, target: FileTarget) -> Reading:
        previous = self.plan.old.documents.get(target.source)
        try:
            digest = file_hash(target.path, self.settings.ingest.max_file_bytes())
            if previous and previous.file_hash == digest and previous.recipe == self.reader.recipe:
                return Reading(target)
            record, result, chunks = self.reader.read(target)
        except (DocumentError, OSError) as exc:
            message = str(exc) if isinstance(exc, DocumentError) else f"could not read the file: {exc.strerror or exc}"
            return Reading(target, error=FileResult(target.source, "error", kind=kind_of(target.path), message=message))
        return Reading(target, record, result, chunks)

    def take(self, reading: Reading) -> list[Chunk]:
        source = reading.target.source
        self.seen.add(source)
        previous = self.plan.old.documents.get(source)
        if reading.error is not None:
            self.failed.add(source)
            self.plan.files.append(reading.error)
            return []
        if reading.record is None:
            self.plan.files.append(_unchanged(previous))
            return []
        self.plan.documents[source] = reading.record
        self.plan.files.append(_compare(reading.result, previous, reading.record))
        self.read_sources.add(source)
        fresh = []
        for id_, chunk in reading.chunks.items():
            if id_ in self.old_ids:
                self.first_meta.setdefault(id_, chunk.metadata())
            elif id_ not in self.staged_by:
                self.staged_by[id_] = source
                fresh.append(chunk)
        self.plan.staged += len(fresh)
        return fresh

    def finish(self) -> Plan:
        plan, old = self.plan, self.plan.old
        doomed = set(self.remove)
        for prefix, folder in self.found.folders.items():
            gone = sorted(s for s in old.documents if s.startswith(prefix) and s not in self.seen and s not in self.failed)
            if not gone:
                continue
            if not self.prune:  # never a side effect: a file missing from disk keeps its document until --prune
                for source in gone:
                    record = old.documents[source]
                    plan.files.append(
                        FileResult(
                            source,
                            "missing",
                            kind=record.kind,
                            chunks=record.chunks,
                            message="no longer on disk; kept (ingest with --prune to remove it)",
                        )
                    )
            elif not any(s.startswith(prefix) for s in self.seen | self.failed):
                plan.files.append(
                    FileResult(
                        prefix,
                        "error",
                        message=(
                            f"no documents found in {folder}, so the {len(gone)} documents listed under it were kept "
                            "(is the folder mounted?); remove them by name with: iep-guide library --remove SOURCE…"
                        ),
                    )
                )
            else:
                doomed.update(gone)
        for source in sorted(doomed & set(plan.documents)):
            gone = plan.documents.pop(source)
            plan.files.append(FileResult(source, "removed", kind=gone.kind, removed=gone.chunks))
        _share(self)
        return plan


def make_plan(
    found: Discovery,
    old: Snapshot,
    settings: Settings,
    *,
    remove: Iterable[str] = (),
    prune: bool = False,
    progress: Progress | None = None,
    loader: Loader = load,
) -> Plan:
    """The whole plan at once, storing nothing (a dry run): each document is read and let go."""
    planner = Planner(found, old, settings, remove=remove, prune=prune, loader=loader)
    for n, target in enumerate(planner.targets):
        if progress:  # documents read so far, and the one being read
            progress("read", n, len(planner.targets), target.source)
        planner.take(planner.check(target))
    if progress and planner.targets:
        progress("read", len(planner.targets), len(planner.targets), "")
    return planner.finish()


def _unchanged(record: DocumentRecord) -> FileResult:
    return FileResult(
        record.source,
        "unchanged",
        kind=record.kind,
        chunks=record.chunks,
        unchanged=record.chunks,
        pages=record.pages,
        sections=record.sections,
        duplicates=dict(record.duplicates),
    )


def _compare(result: FileResult, previous: DocumentRecord | None, record: DocumentRecord) -> FileResult:
    before = set(previous.chunk_ids) if previous else set()
    after = set(record.chunk_ids)
    result.status = "changed" if previous else "added"
    result.added, result.unchanged, result.removed = len(after - before), len(after & before), len(before - after)
    return result


def _share(planner: Planner) -> None:
    """Duplicates per document, and the metadata to refresh for chunks whose owner (the first
    document, by name, that holds them) changed or was read again."""
    plan = planner.plan
    holders: dict[str, list[str]] = defaultdict(list)
    for source in sorted(plan.documents):
        for id_ in plan.documents[source].chunk_ids:
            holders[id_].append(source)
    for source, record in list(plan.documents.items()):
        dupes: dict[str, int] = defaultdict(int)
        for id_ in record.chunk_ids:
            others = [s for s in holders[id_] if s != source]
            if others:
                dupes[others[0]] += 1
        plan.documents[source] = _with_duplicates(record, dict(dupes))
    by_source = {f.source: f for f in plan.files}
    for source, record in plan.documents.items():
        if source in planner.read_sources and source in by_source:
            by_source[source].duplicates = dict(record.duplicates)

    old_owners = plan.old.owners()
    reread: dict[str, dict[str, dict]] = {}
    for id_, sources in holders.items():
        owner = sources[0]
        if id_ not in planner.old_ids:
            if planner.staged_by.get(id_) == owner:
                continue  # stored with its owner's metadata
        elif owner == old_owners.get(id_) and owner not in planner.read_sources:
            continue
        meta = planner.first_meta.get(id_) if owner in planner.read_sources else None
        if meta is None or meta.get("source") != owner:
            meta = _owner_metadata(planner.reader, reread, plan.documents[owner], id_)
        plan.reown[id_] = meta or {"source": owner, "title": plan.documents[owner].title}


def _owner_metadata(reader: _Reader, reread: dict[str, dict[str, dict]], record: DocumentRecord, id_: str) -> dict | None:
    """A chunk's metadata in a document not read this run (read again, its metadata kept)."""
    if record.source not in reread:
        reread[record.source] = {}
        if record.path:
            try:
                _, _, chunks = reader.read(FileTarget(Path(record.path), record.source))
                reread[record.source] = {i: c.metadata() for i, c in chunks.items()}
            except (DocumentError, OSError):
                pass
    return reread[record.source].get(id_)


def _with_duplicates(record: DocumentRecord, duplicates: dict[str, int]) -> DocumentRecord:
    return record if record.duplicates == duplicates else replace(record, duplicates=duplicates)
