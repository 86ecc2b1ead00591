"""Document sources: named folders whose files the library holds, and how a file is named.

A document's id (its citation `source`) is `<source name>/<path relative to the source's root>`,
for example `corpus/what-is-an-iep.md`. Two sources are built in: `corpus` (IEP_GUIDE_CORPUS_DIR)
and `uploads` (IEP_GUIDE_UPLOADS_DIR, the library page). Others are declared with
`iep-guide sources add NAME PATH` and stored with the index, in the library. A folder that
belongs to no source may still be ingested: it becomes an ad-hoc source named after the folder,
unless a source of that name already has another root (then it is refused, so that a second
folder called `corpus` can never be mistaken for the corpus)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import IEPGuideError

BUILT_IN = ("corpus", "uploads")
BUILT_IN_KIND, DECLARED, AD_HOC = "built-in", "declared", "ad-hoc"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")


class SourceError(IEPGuideError):
    """A path or source name that cannot be used as given."""


@dataclass(frozen=True)
class Source:
    name: str
    root: Path
    kind: str

    def to_json(self) -> dict:
        return {"root": str(self.root), "kind": self.kind}


def resolve(path: Path) -> Path:
    """An absolute path with symbolic links followed; a loop is a SourceError, not a traceback."""
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError) as exc:  # "Symlink loop from …" (RuntimeError before Python 3.13)
        raise SourceError(f"{path}: cannot follow this path: {exc}") from exc


class Sources:
    """The sources an index knows: built-ins from the settings, the rest stored in the library."""

    def __init__(self, stored: dict[str, dict], settings: Settings) -> None:
        self.items: dict[str, Source] = {
            "corpus": Source("corpus", settings.index.corpus_dir, BUILT_IN_KIND),
            "uploads": Source("uploads", settings.ingest.uploads_dir, BUILT_IN_KIND),
        }
        for name, info in sorted(stored.items()):
            if name not in BUILT_IN and isinstance(info, dict) and info.get("root"):
                self.items[name] = Source(name, Path(info["root"]), str(info.get("kind") or DECLARED))

    def stored(self) -> dict[str, dict]:
        """What the library keeps: every source but the built-ins."""
        return {n: s.to_json() for n, s in sorted(self.items.items()) if s.kind != BUILT_IN_KIND}

    def get(self, name: str) -> Source:
        if name not in self.items:
            raise SourceError(f"no source named {name!r}; see: iep-guide sources list")
        return self.items[name]

    def add(self, name: str, path: Path) -> Source:
        if not _NAME.fullmatch(name):
            raise SourceError(f"{name!r} cannot name a source: use letters, digits, '.', '_' or '-' (up to 63)")
        if name in BUILT_IN:
            raise SourceError(f"{name!r} is built in; its folder is set with IEP_GUIDE_{name.upper()}_DIR")
        root = resolve(path)
        if not root.is_dir():
            raise SourceError(f"{path}: no such folder")
        existing = self.items.get(name)
        if existing and existing.kind == DECLARED and existing.root != root:
            raise SourceError(
                f"the source {name!r} already has the folder {existing.root}; "
                f"remove it first with: iep-guide sources remove {name}"
            )
        for other in self.items.values():
            if other.name != name and other.root == root:
                raise SourceError(f"{root} is already the folder of the source {other.name!r}")
        self.items[name] = Source(name, root, DECLARED)  # an ad-hoc source of that root becomes declared
        return self.items[name]

    def remove(self, name: str) -> Source:
        source = self.get(name)
        if source.kind == BUILT_IN_KIND:
            raise SourceError(f"{name!r} is built in and cannot be removed")
        return self.items.pop(name)

    def locate(self, path: Path) -> tuple[Source, str]:
        """The source a (resolved) file or folder belongs to, and its path inside that source's
        root ("" for the root itself). A path outside every source becomes an ad-hoc source
        named after its folder, unless that would collide with another source."""
        owners = [s for s in self.items.values() if path == s.root or s.root in path.parents]
        if owners:
            source = max(owners, key=lambda s: len(s.root.parts))  # the innermost root
            return source, path.relative_to(source.root).as_posix() if path != source.root else ""
        root = path if path.is_dir() else path.parent
        name = root.name
        existing = self.items.get(name)
        if existing is not None:
            raise SourceError(
                f"{root} is not the folder of any source, and the name it would get, {name!r}, is the "
                f"source whose folder is {existing.root}. Give it a name of its own with: "
                f"iep-guide sources add NAME {root}"
            )
        if not _NAME.fullmatch(name):
            raise SourceError(f"{root} has no usable source name; declare it with: iep-guide sources add NAME {root}")
        inner = [s.name for s in self.items.values() if root in s.root.parents]
        if inner:
            raise SourceError(
                f"{root} holds the folder of the source(s) {', '.join(sorted(inner))}; ingest those by "
                f"their own folders, or declare this one with: iep-guide sources add NAME {root}"
            )
        self.items[name] = Source(name, root, AD_HOC)
        return self.items[name], path.relative_to(root).as_posix() if path != root else ""


def document_id(source: Source, relative: str) -> str:
    return f"{source.name}/{relative}"
