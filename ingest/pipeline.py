"""Sync the index with the documents on disk: embed what is new, drop what is stale."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.errors import DocumentError
from assistant.hybrid import load_or_build_bm25
from assistant.store import ChunkIndex
from assistant.types import Chunk
from ingest.chunking import chunk_documents, embedding_text
from ingest.loaders import load, supported
from ingest.sentences import sync_sentences


@dataclass(frozen=True)
class FileTarget:
    path: Path
    source: str


@dataclass
class FileResult:
    source: str
    status: str  # added | changed | unchanged | error | removed
    chunks: int = 0
    message: str = ""


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    sentences: int = 0  # sentence vectors embedded for rerank and answers
    seconds: float = 0.0
    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)

    @property
    def errors(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "error"]

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        docs = sum(1 for f in self.files if f.status != "error" and f.status != "removed")
        text = (
            f"{docs} documents: {verb} {self.added} chunks, {self.unchanged} unchanged, "
            f"{'would remove' if self.dry_run else 'removed'} {self.removed} "
            f"in {self.seconds:.1f}s"
        )
        if self.errors:
            text += f"; {len(self.errors)} file(s) could not be ingested"
        return text


def discover(paths: Iterable[Path]) -> tuple[list[FileTarget], list[str], list[FileResult]]:
    """Files to load, source prefixes whose missing files are stale, and files refused up front."""
    targets: list[FileTarget] = []
    prefixes: list[str] = []
    refused: list[FileResult] = []
    for root in paths:
        root = Path(root).expanduser().resolve()
        if root.is_dir():
            prefixes.append(f"{root.name}/")
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                rel = path.relative_to(root)
                if any(part.startswith(".") for part in rel.parts) or not supported(path):
                    continue
                targets.append(FileTarget(path, f"{root.name}/{rel.as_posix()}"))
        elif root.is_file():
            targets.append(FileTarget(root, f"{root.parent.name}/{root.name}"))
        else:
            refused.append(FileResult(str(root), "error", message="no such file or folder"))
    return targets, prefixes, refused


def ingest(
    paths: Sequence[Path],
    index: ChunkIndex,
    embedder: Embeddings,
    settings: Settings,
    *,
    dry_run: bool = False,
    progress: bool = False,
) -> IngestReport:
    started = time.perf_counter()
    report = IngestReport(dry_run=dry_run)
    targets, prefixes, refused = discover(paths)
    report.files.extend(refused)

    docs, failed = [], set()
    for target in targets:
        try:
            docs.append(load(target.path, target.source))
        except DocumentError as exc:
            failed.add(target.source)
            report.files.append(FileResult(target.source, "error", message=str(exc)))

    chunks = chunk_documents(docs, settings)
    existing = index.ids_by_source()
    existing_ids = set().union(*existing.values()) if existing else set()
    new_chunks = _unique([c for c in chunks if c.id not in existing_ids])
    wanted = {c.id for c in chunks}

    stale: set[str] = set()
    loaded = {d.source for d in docs}
    for source, ids in existing.items():
        if source in loaded:
            stale |= ids - wanted
        elif source not in failed and any(source.startswith(p) for p in prefixes):
            stale |= ids
            report.files.append(FileResult(source, "removed", chunks=len(ids)))

    by_source: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_source.setdefault(c.source, []).append(c)
    new_ids = {c.id for c in new_chunks}
    for doc in docs:
        own = by_source.get(doc.source, [])
        fresh = sum(1 for c in own if c.id in new_ids)
        status = "unchanged" if not fresh and not (existing.get(doc.source, set()) - wanted) else (
            "changed" if doc.source in existing else "added"
        )
        report.files.append(FileResult(doc.source, status, chunks=len(own)))

    report.added, report.removed = len(new_chunks), len(stale)
    report.unchanged = len(wanted) - len({c.id for c in new_chunks})
    if not dry_run:
        _embed_and_store(new_chunks, index, embedder, settings, progress)
        index.delete(sorted(stale))
        report.sentences = sync_sentences(index, _unique(chunks), stale, embedder, settings, progress=progress)
        if new_chunks or stale or not settings.bm25_path().exists():
            index.record_version()
            load_or_build_bm25(index, settings.bm25_path())
    report.seconds = time.perf_counter() - started
    return report


def _unique(chunks: list[Chunk]) -> list[Chunk]:
    seen: dict[str, Chunk] = {}
    for c in chunks:
        seen.setdefault(c.id, c)
    return list(seen.values())


def _embed_and_store(
    chunks: list[Chunk], index: ChunkIndex, embedder: Embeddings, settings: Settings, progress: bool
) -> None:
    if not chunks:
        index.collection  # make sure the collection exists even when nothing is new
        return
    from tqdm import tqdm

    size = max(settings.embed_batch_size * 4, 64)
    bar = tqdm(total=len(chunks), unit="chunk", desc="Embedding", disable=not progress)
    for start in range(0, len(chunks), size):
        batch = chunks[start : start + size]
        vectors = embedder.embed_documents([embedding_text(c) for c in batch])
        index.upsert(batch, vectors)
        bar.update(len(batch))
    bar.close()
