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
from ingest.documents import content_hash
from ingest.loaders import check_size, kind_of, load
from ingest.report import FileResult

RECIPE_VERSION = "2"  # bump when a loader or the chunker changes what a file turns into
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
    to_store: list[Chunk] = field(default_factory=list)  # chunks new to the library, owner's copy
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
        return bool(self.to_store or self.removed_ids or self.reown or self.documents != self.old.documents
                    or (self.sources is not None and self.sources != self.old.sources))


class _Reader:
    """Loads and chunks files, remembering each document's chunks by id."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.splitter = make_splitter(settings.ingest)
        self.recipe = recipe(settings)
        self.chunks: dict[str, dict[str, Chunk]] = {}

    def read(self, target: FileTarget) -> tuple[DocumentRecord, FileResult]:
        doc = load(target.path, target.source, max_bytes=self.settings.ingest.max_file_bytes())
        chunks = chunk_document(doc, self.splitter, self.settings.ingest.min_chunk_chars)
        if not chunks:
            raise DocumentError(
                f"no passage of at least {self.settings.ingest.min_chunk_chars} characters to index"
            )
        self.chunks[target.source] = {c.id: c for c in chunks}
        record = DocumentRecord(
            source=target.source, title=doc.title, kind=doc.kind, chunk_ids=tuple(c.id for c in chunks),
            file_hash=doc.raw_hash, recipe=self.recipe, ingested_at=now_iso(), pages=doc.pages,
            sections=doc.section_count, size_bytes=target.path.stat().st_size, path=str(target.path),
        )
        return record, FileResult(target.source, "added", kind=doc.kind, chunks=len(chunks),
                                  pages=doc.pages, sections=doc.section_count)


def file_hash(path: Path, max_bytes: int) -> str:
    check_size(path, max_bytes)
    return content_hash(path.read_bytes())


def make_plan(
    found: Discovery,
    old: Snapshot,
    settings: Settings,
    *,
    remove: Iterable[str] = (),
    prune: bool = False,
    progress: Progress | None = None,
) -> Plan:
    reader = _Reader(settings)
    documents = dict(old.documents)
    plan = Plan(old=old, documents=documents)
    plan.files.extend(found.refused)
    seen, failed = set(), set()
    for n, target in enumerate(found.targets):
        if progress:  # documents read so far, and the one being read
            progress("read", n, len(found.targets), target.source)
        seen.add(target.source)
        previous = old.documents.get(target.source)
        try:
            digest = file_hash(target.path, settings.ingest.max_file_bytes())
            if previous and previous.file_hash == digest and previous.recipe == reader.recipe:
                plan.files.append(_unchanged(previous))
                continue
            record, result = reader.read(target)
        except (DocumentError, OSError) as exc:
            failed.add(target.source)
            message = str(exc) if isinstance(exc, DocumentError) else f"could not read the file: {exc.strerror or exc}"
            plan.files.append(FileResult(target.source, "error", kind=kind_of(target.path), message=message))
            continue
        documents[target.source] = record
        plan.files.append(_compare(result, previous, record))
    if progress and found.targets:
        progress("read", len(found.targets), len(found.targets), "")

    doomed = set(remove)
    for prefix, folder in found.folders.items():
        gone = sorted(s for s in old.documents if s.startswith(prefix) and s not in seen and s not in failed)
        if not gone:
            continue
        if not prune:  # never a side effect: a file missing from disk keeps its document until --prune
            for source in gone:
                record = old.documents[source]
                plan.files.append(FileResult(source, "missing", kind=record.kind, chunks=record.chunks,
                                             message="no longer on disk; kept (ingest with --prune to remove it)"))
        elif not any(s.startswith(prefix) for s in seen | failed):
            plan.files.append(FileResult(prefix, "error", message=(
                f"no documents found in {folder}, so the {len(gone)} documents listed under it were kept "
                "(is the folder mounted?); remove them by name with: iep-guide library --remove SOURCE…")))
        else:
            doomed.update(gone)
    for source in sorted(doomed & set(documents)):
        gone = documents.pop(source)
        plan.files.append(FileResult(source, "removed", kind=gone.kind, removed=gone.chunks))

    _share(plan, reader)
    return plan


def _unchanged(record: DocumentRecord) -> FileResult:
    return FileResult(record.source, "unchanged", kind=record.kind, chunks=record.chunks, unchanged=record.chunks,
                      pages=record.pages, sections=record.sections, duplicates=dict(record.duplicates))


def _compare(result: FileResult, previous: DocumentRecord | None, record: DocumentRecord) -> FileResult:
    before = set(previous.chunk_ids) if previous else set()
    after = set(record.chunk_ids)
    result.status = "changed" if previous else "added"
    result.added, result.unchanged, result.removed = len(after - before), len(after & before), len(before - after)
    return result


def _share(plan: Plan, reader: _Reader) -> None:
    """Duplicates per document, the owner copy of each new chunk, and metadata to refresh."""
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
        if source in reader.chunks and source in by_source:
            by_source[source].duplicates = dict(record.duplicates)

    old_ids, old_owners = plan.old.ids(), plan.old.owners()
    for id_, sources in holders.items():
        owner = sources[0]
        if id_ not in old_ids:
            plan.to_store.append(reader.chunks[owner][id_])
        elif owner != old_owners.get(id_) or owner in reader.chunks:
            chunk = _owner_chunk(reader, plan.documents[owner], id_)
            plan.reown[id_] = chunk.metadata() if chunk else {"source": owner, "title": plan.documents[owner].title}


def _owner_chunk(reader: _Reader, record: DocumentRecord, id_: str) -> Chunk | None:
    if record.source not in reader.chunks and record.path:
        try:
            reader.read(FileTarget(Path(record.path), record.source))
        except (DocumentError, OSError):
            reader.chunks[record.source] = {}
    return reader.chunks.get(record.source, {}).get(id_)


def _with_duplicates(record: DocumentRecord, duplicates: dict[str, int]) -> DocumentRecord:
    return record if record.duplicates == duplicates else replace(record, duplicates=duplicates)
