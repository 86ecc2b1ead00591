"""The library: which documents the index holds, committed atomically.

The library is the index's commit point. It lives with the index: a JSON file beside the
on-disk Chroma store (`Library`), or a record in a metadata collection of the Chroma server
(`ServerLibrary`), so every host that shares a server shares one library and one ingest lock.
Readers see exactly the chunks that its documents list; chunks that an unfinished ingest wrote (or that a finished one no longer
needs) may sit in Chroma but are invisible until a commit names them (or are cleaned up).
Replacing the file with `os.replace` is atomic, so a reader sees the old library or the new
one, never a half-written state, even if the writing process is killed."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from assistant.bm25 import version_of
from assistant.errors import IndexUnavailableError

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from chromadb.api.types import Include

    from assistant.config import Settings

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

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["chunk_ids"] = list(self.chunk_ids)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "DocumentRecord":
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
    reown: dict[str, dict[str, Any]] = field(default_factory=dict)
    # declared and ad-hoc document sources: name -> {"root": absolute path, "kind": "declared"|"adhoc"}
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the Chroma collection that holds this snapshot's chunks ("" = the configured collection);
    # an atomic --reset builds a new one beside the live one and switches by committing its name
    collection: str = ""

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

    def with_documents(self, documents: dict[str, DocumentRecord], reown: dict[str, dict[str, Any]]) -> "Snapshot":
        return replace(self, documents=dict(sorted(documents.items())), reown=reown, committed_at=now_iso())

    def with_sources(self, sources: dict[str, dict[str, Any]]) -> "Snapshot":
        return replace(self, sources=dict(sorted(sources.items())), committed_at=now_iso())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "committed_at": self.committed_at or now_iso(),
            "collection": self.collection,
            "sources": self.sources,
            "documents": [d.to_json() for d in self.documents.values()],
            "reown": self.reown,
        }

    @classmethod
    def from_json(cls, data: object, where: str) -> "Snapshot":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise IndexUnavailableError(f"The library {where} has an unknown format. Rebuild with: iep-guide ingest --reset")
        docs = {d["source"]: DocumentRecord.from_json(d) for d in data.get("documents", [])}
        return cls(
            documents=docs,
            committed_at=str(data.get("committed_at", "")),
            reown=dict(data.get("reown") or {}),
            sources=dict(data.get("sources") or {}),
            collection=str(data.get("collection") or ""),
        )


class Library:
    """The committed library file of one collection, and the lock writers take."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def where(self) -> str:
        return str(self.path)

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
        return Snapshot.from_json(data, f"file {self.path}")

    def documents(self) -> list[DocumentRecord]:
        snapshot = self.load()
        return list(snapshot.documents.values()) if snapshot else []

    def commit(self, snapshot: Snapshot) -> None:
        """Write the snapshot durably and atomically (temp file, fsync, rename, fsync folder)."""
        data = snapshot.to_json()
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


def _collection_name(collection: str, suffix: str) -> str:
    """A Chroma collection name `<collection><suffix>` within the 63-character limit."""
    import hashlib

    name = collection + suffix
    if len(name) <= 63:
        return name
    digest = hashlib.sha256(collection.encode()).hexdigest()[:8]
    return f"{collection[: 63 - len(suffix) - 9]}-{digest}{suffix}"


LIBRARY_SUFFIX = "_library"
LOCK_SUFFIX = "_ingest-lock"


class ServerLibrary:
    """The library of one collection kept in the Chroma server, beside the chunks.

    The snapshot is one record of a small metadata collection (`<collection>_library`),
    replaced by a single upsert (atomic in the server). The writer lock is a collection of its
    own (`<collection>_ingest-lock`): creating a collection whose name exists fails, so only one
    writer can create it. The holder renews a lease in its metadata while it works; a holder that
    died (kill -9, a lost host) stops renewing and the next writer breaks the lock once the lease
    has run out. Every host pointed at the server sees the same library and the same lock."""

    RECORD = "library"

    def __init__(self, client: ClientAPI, collection: str, *, lease_seconds: float = 60.0) -> None:
        self.client = client
        self.collection_name = _collection_name(collection, LIBRARY_SUFFIX)
        self.lock_name = _collection_name(collection, LOCK_SUFFIX)
        self.lease_seconds = float(lease_seconds)
        self._collection: Collection | None = None
        self._token: str | None = None
        self._lost = threading.Event()

    def where(self) -> str:
        return f"collection {self.collection_name!r} of the Chroma server"

    # -- the snapshot --------------------------------------------------------
    @overload
    def _col(self, *, create: Literal[True]) -> Collection: ...
    @overload
    def _col(self, *, create: bool) -> Collection | None: ...
    def _col(self, *, create: bool) -> Collection | None:
        if self._collection is None:
            if create:
                self._collection = self.client.get_or_create_collection(
                    self.collection_name, metadata={"purpose": "iep-guide library"}, embedding_function=None
                )
            else:
                try:
                    self._collection = self.client.get_collection(self.collection_name, embedding_function=None)
                except Exception as exc:
                    if _not_found(exc):
                        return None
                    raise
        return self._collection

    def _record(self, include: Include) -> dict[str, Any] | None:
        col = self._col(create=False)
        if col is None:
            return None
        try:
            got = col.get(ids=[self.RECORD], include=include)
        except Exception as exc:
            if _not_found(exc):  # deleted under us (a test, an operator): look it up again
                self._collection = None
                return None
            raise
        if not got["ids"]:
            return None
        fields = cast("dict[str, Any]", got)
        return {k: (fields[k][0] if fields.get(k) else None) for k in include}

    def exists(self) -> bool:
        return self._record([]) is not None

    def stamp(self) -> object:
        """Changes with every commit (one small request: the record's metadata)."""
        record = self._record(["metadatas"])
        return None if record is None else (record["metadatas"] or {}).get("serial")

    def load(self) -> Snapshot | None:
        record = self._record(["documents"])
        if record is None:
            return None
        try:
            data = json.loads(record["documents"] or "")
        except ValueError as exc:
            raise IndexUnavailableError(
                f"The library in {self.where()} is damaged ({exc}). Rebuild with: iep-guide ingest --reset"
            ) from exc
        return Snapshot.from_json(data, f"in {self.where()}")

    def documents(self) -> list[DocumentRecord]:
        snapshot = self.load()
        return list(snapshot.documents.values()) if snapshot else []

    def commit(self, snapshot: Snapshot) -> None:
        """Replace the library record in one upsert; only while this process holds the lock."""
        if self._token is not None:
            self._check_held()
        text = json.dumps(snapshot.to_json(), ensure_ascii=False, separators=(",", ":"))
        placeholder: list[Sequence[float]] = [[1.0]]  # the record is found by id; its vector is never searched
        self._col(create=True).upsert(
            ids=[self.RECORD],
            documents=[text],
            embeddings=placeholder,
            metadatas=[{"serial": uuid.uuid4().hex, "committed_at": snapshot.committed_at or now_iso()}],
        )

    # -- the writer lock (a lease) -------------------------------------------
    def _lock_metadata(self) -> dict[str, Any]:
        return {
            "holder": self._token or "",
            "expires": time.time() + self.lease_seconds,
            "host": socket.gethostname(),
            "pid": os.getpid(),
        }

    def _lock_holder(self) -> dict[str, Any] | None:
        try:
            return dict(self.client.get_collection(self.lock_name).metadata or {})
        except Exception as exc:
            if _not_found(exc):
                return None
            raise

    def _check_held(self) -> None:
        holder = self._lock_holder()
        if self._lost.is_set() or holder is None or holder.get("holder") != self._token:
            raise IndexUnavailableError(
                "This ingest lost the index lock (its lease ran out while it was busy, and another "
                "ingest took over); nothing more was committed. Run the ingest again."
            )

    def _acquire(self) -> None:
        for _ in range(3):
            try:
                self.client.create_collection(self.lock_name, metadata=self._lock_metadata(), embedding_function=None)
                return
            except Exception as exc:
                if "already exists" not in str(exc).lower():
                    raise
            try:
                lock = self.client.get_collection(self.lock_name)
            except Exception as exc:
                if _not_found(exc):
                    continue  # released in between: try again
                raise
            meta = lock.metadata or {}
            left = float(meta.get("expires", 0)) - time.time()
            if left > 0:
                raise IndexUnavailableError(
                    f"Another ingest (host {meta.get('host', '?')}, process {meta.get('pid', '?')}) is updating "
                    f"this index right now; try again when it has finished (its lease runs {left:.0f}s more "
                    "unless it renews it)."
                )
            # The holder stopped renewing: break its lock. Renaming acts on that collection's id,
            # so a lock another writer has created meanwhile is never touched.
            broken = _collection_name(f"broken-{uuid.uuid4().hex[:12]}", LOCK_SUFFIX)
            with contextlib.suppress(Exception):
                lock.modify(name=broken)
                self.client.delete_collection(broken)
        raise IndexUnavailableError("Could not take the index lock; try again in a moment.")

    def _renew(self, stop: threading.Event) -> None:
        while not stop.wait(self.lease_seconds / 3):
            try:
                lock = self.client.get_collection(self.lock_name)
                if (lock.metadata or {}).get("holder") != self._token:
                    self._lost.set()
                    return
                lock.modify(metadata=self._lock_metadata())
            except Exception:  # the server is briefly away: try again; commit checks the lease
                continue

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index lock for the whole ingest, renewing its lease in the background."""
        self._token = uuid.uuid4().hex
        self._lost.clear()
        try:
            self._acquire()
        except BaseException:
            self._token = None
            raise
        stop = threading.Event()
        renewer = threading.Thread(target=self._renew, args=(stop,), daemon=True, name="iep-guide-lease")
        renewer.start()
        try:
            yield
        finally:
            stop.set()
            renewer.join()
            with contextlib.suppress(Exception):
                if (self._lock_holder() or {}).get("holder") == self._token:
                    self.client.delete_collection(self.lock_name)
            self._token = None


def _not_found(exc: Exception) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return "notfound" in text or "does not exist" in text or "not found" in text


AnyLibrary = Library | ServerLibrary


def open_library(settings: Settings, client: ClientAPI | None = None) -> AnyLibrary:
    """The library of the configured collection: in the Chroma server when one is set, else the
    file beside the on-disk index."""
    if settings.index.chroma_host:
        if client is None:
            from assistant.store import make_client

            client = make_client(settings)
        return ServerLibrary(client, settings.index.collection, lease_seconds=settings.ingest.ingest_lease_seconds)
    return Library(settings.index.library_path())
