"""Finding the files to ingest, and refusing up front what cannot be ingested."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.loaders import is_sidecar, kind_of, supported, supported_types
from ingest.report import FileResult


@dataclass(frozen=True)
class FileTarget:
    path: Path
    source: str


@dataclass
class Discovery:
    """Files to load; folder prefixes whose missing files count as deleted; files refused."""

    targets: list[FileTarget] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)
    refused: list[FileResult] = field(default_factory=list)


def source_name(path: Path, root: Path | None = None) -> str:
    """How a file is named in the library: "<folder>/<path inside it>"."""
    if root is None:
        return f"{path.parent.name}/{path.name}"
    return f"{root.name}/{path.relative_to(root).as_posix()}"


def _consider(path: Path, source: str, found: Discovery) -> None:
    if is_sidecar(path):
        found.refused.append(
            FileResult(source, "skipped", kind="notes", message="provenance notes beside a document, not indexed")
        )
    elif not supported(path):
        found.refused.append(
            FileResult(
                source, "error", kind=kind_of(path),
                message=f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported_types()}",
            )
        )
    else:
        found.targets.append(FileTarget(path, source))


def discover(paths: Iterable[Path]) -> Discovery:
    found = Discovery()
    for root in paths:
        root = Path(root).expanduser().resolve()
        if root.is_dir():
            found.folders.append(f"{root.name}/")
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in path.relative_to(root).parts):
                    continue  # hidden files and folders (.git, .DS_Store)
                _consider(path, source_name(path, root), found)
        elif root.is_file():
            _consider(root, source_name(root), found)
        else:
            found.refused.append(FileResult(str(root), "error", message="no such file or folder"))
    return found
