"""Documents added through the library page: saved safely into the uploads folder."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from assistant.config import Settings
from assistant.errors import DocumentError
from ingest.loaders import supported, supported_types

_UNSAFE = re.compile(r"[^A-Za-z0-9._ ()-]+")
MAX_NAME = 120  # characters of a saved file name, its extension included


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, no odd characters, not too long (a long
    name keeps its start and its extension)."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip(" .") or "document"
    if len(cleaned) > MAX_NAME:
        suffix = Path(cleaned).suffix[:12]
        cleaned = cleaned[: MAX_NAME - len(suffix)].rstrip(" .") + suffix
    return cleaned


def free_name(folder: Path, name: str, data: bytes) -> Path:
    """Where an upload goes: its own name, unless another document already has that name, then
    "name (2).pdf", "name (3).pdf" … (the same bytes uploaded again keep their place)."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists() and target.read_bytes() != data:
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


def save_upload(name: str, data: bytes, settings: Settings) -> Path:
    """Write an uploaded file into the uploads folder, atomically, never over another document
    that has the same name."""
    target = settings.ingest.uploads_dir / safe_name(name)
    if not supported(target):
        raise DocumentError(f"unsupported file type {target.suffix or '(none)'!r}; supported: {supported_types()}")
    if len(data) > settings.ingest.max_file_bytes():
        raise DocumentError(f"the file is {len(data) / 1048576:.1f} MB, over the {settings.ingest.max_file_mb:g} MB limit")
    if not data.strip():
        raise DocumentError("the file is empty")
    target.parent.mkdir(parents=True, exist_ok=True)
    target = free_name(target.parent, target.name, data)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def uploaded_file(source: str, settings: Settings) -> Path | None:
    """The file in the uploads folder behind a library source, if it came from there."""
    prefix = "uploads/"
    if not source.startswith(prefix):
        return None
    path = (settings.ingest.uploads_dir / source[len(prefix) :]).resolve()
    inside = settings.ingest.uploads_dir.resolve() in path.parents
    return path if inside and path.is_file() else None
