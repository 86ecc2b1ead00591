"""The library: which documents the index holds, committed atomically.

The library file is the index's commit point. Readers see exactly the chunks that its
documents list; chunks that an unfinished ingest wrote (or that a finished one no longer
needs) may sit in Chroma but are invisible until a commit names them (or are cleaned up).
Replacing the file with `os.replace` is atomic, so a reader sees the old library or the new
one, never a half-written state, even if the writing process is killed."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from assistant.bm25 import version_of
from assistant.errors import IndexUnavailableError

FORMAT = 1


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class DocumentRecord:
    """One ingested document: enough to list it without reading its chunks."""

    source: str
    title: str
    kind: str
    chunk_ids: tuple[str, ...]
    file_hash: str = ""
    recipe: str = ""
    ingested_at: str = ""
    pages: int | None = None
    sections: int = 0
    size_bytes: int = 0
    path: str = ""
    duplicates: dict[str, int] = field(default_factory=dict)

    @property
    def chunks(self) -> int:
        return len(self.chunk_ids)

    def to_json(self) -> dict:
        data = asdict(self)
        data["chunk_ids"] = list(self.chunk_ids)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "DocumentRecord":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["chunk_ids"] = tuple(known.get("chunk_ids", ()))
        known["duplicates"] = dict(known.get("duplicates") or {})
        return cls(**known)


@dataclass(frozen=True)
class Snapshot:
    """A committed state: the documents, and chunk metadata still to be refreshed in Chroma
    (`reown`: a passage shared by two files whose first file was removed)."""

    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    committed_at: str = ""
    reown: dict[str, dict] = field(default_factory=dict)

    def ids(self) -> frozenset[str]:
        return frozenset(i for d in self.documents.values() for i in d.chunk_ids)

    @property
    def version(self) -> str:
        return version_of(self.ids())

    def owners(self) -> dict[str, str]:
        """Chunk id -> the first document (by source) that has it."""
        out: dict[str, str] = {}
        for source in sorted(self.documents):
            for id_ in self.documents[source].chunk_ids:
                out.setdefault(id_, source)
        return out

    def with_documents(self, documents: dict[str, DocumentRecord], reown: dict[str, dict]) -> "Snapshot":
        return replace(self, documents=dict(sorted(documents.items())), reown=reown, committed_at=now_iso())


class Library:
    """The committed library file of one collection, and the lock writers take."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.is_file()

    def stamp(self) -> tuple[int, int, int] | None:
        """Changes whenever a new snapshot is committed (cheap: one stat; each commit is a new file)."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def load(self) -> Snapshot | None:
        """The committed snapshot, or None for an index built before libraries existed."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise IndexUnavailableError(
                f"The library file {self.path} is damaged ({exc}). Rebuild with: iep-guide ingest --reset"
            ) from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise IndexUnavailableError(
                f"The library file {self.path} has an unknown format. Rebuild with: iep-guide ingest --reset"
            )
        docs = {d["source"]: DocumentRecord.from_json(d) for d in data.get("documents", [])}
        return Snapshot(documents=docs, committed_at=str(data.get("committed_at", "")),
                        reown=dict(data.get("reown") or {}))

    def documents(self) -> list[DocumentRecord]:
        snapshot = self.load()
        return list(snapshot.documents.values()) if snapshot else []

    def commit(self, snapshot: Snapshot) -> None:
        """Write the snapshot durably and atomically (temp file, fsync, rename, fsync folder)."""
        data = {
            "format": FORMAT,
            "version": snapshot.version,
            "committed_at": snapshot.committed_at or now_iso(),
            "documents": [d.to_json() for d in snapshot.documents.values()],
            "reown": snapshot.reown,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (released by the OS even if the process is killed)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a+") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise IndexUnavailableError(
                    "Another ingest is updating this index right now; try again when it has finished."
                ) from exc
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
