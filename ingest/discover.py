"""Finding the files to ingest, naming each by its source, and refusing up front what cannot be
ingested. A file's id is `<source>/<path inside the source's root>` (ingest/roots.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.loaders import is_sidecar, kind_of, supported, supported_types
from ingest.report import FileResult
from ingest.roots import Source, SourceError, Sources, document_id, resolve


@dataclass(frozen=True)
class FileTarget:
    path: Path
    source: str


@dataclass
class Discovery:
    """Files to load; the folders walked, by id prefix (`corpus/`, `corpus/state/`), whose
    documents missing on disk are removed only with --prune; files refused; the sources known
    (with any ad-hoc source the paths introduced)."""

    targets: list[FileTarget] = field(default_factory=list)
    folders: dict[str, Path] = field(default_factory=dict)
    refused: list[FileResult] = field(default_factory=list)
    sources: Sources | None = None


def source_name(path: Path, root: Path | None = None, name: str | None = None) -> str:
    """How a file is named in the library: "<source>/<path inside its root>" (the source is
    named after the root folder unless `name` is given)."""
    if root is None:
        return f"{name or path.parent.name}/{path.name}"
    return f"{name or root.name}/{path.relative_to(root).as_posix()}"


def _consider(path: Path, source: str, found: Discovery) -> None:
    if is_sidecar(path):
        found.refused.append(
            FileResult(source, "skipped", kind="notes", message="provenance notes beside a document, not indexed")
        )
    elif not supported(path):
        found.refused.append(
            FileResult(
                source,
                "error",
                kind=kind_of(path),
                message=f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported_types()}",
            )
        )
    else:
        found.targets.append(FileTarget(path, source))


def _walk(folder: Path, source: Source, found: Discovery) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):  # symlinked folders are not followed
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # hidden files and folders (.git, .DS_Store)
        _consider(path, document_id(source, path.relative_to(source.root).as_posix()), found)


def discover(paths: Iterable[Path], sources: Sources) -> Discovery:
    """The files under `paths`, named by the source each belongs to. Raises SourceError (before
    anything is read) for a folder whose ad-hoc name collides with another source."""
    found = Discovery(sources=sources)
    for arg in paths:
        try:
            root = resolve(Path(arg))
        except SourceError as exc:
            found.refused.append(FileResult(str(arg), "error", message=str(exc).split(": ", 1)[-1]))
            continue
        if root.is_dir():
            source, inside = sources.locate(root)
            found.folders[document_id(source, inside + "/") if inside else f"{source.name}/"] = root
            _walk(root, source, found)
        elif root.is_file():
            source, inside = sources.locate(root)
            _consider(root, document_id(source, inside), found)
        else:
            found.refused.append(FileResult(str(arg), "error", message="no such file or folder"))
    return found
