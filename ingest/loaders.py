"""Which loader reads which kind of file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.errors import DocumentError
from ingest.documents import SourceDocument
from ingest.markdown import load_markdown

Loader = Callable[[Path, str], SourceDocument]

LOADERS: dict[str, Loader] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
}


def supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def load(path: Path, source: str) -> SourceDocument:
    """Load one file, turning every failure into a DocumentError with a clear message."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        kinds = ", ".join(sorted(LOADERS))
        raise DocumentError(f"unsupported file type {path.suffix or '(none)'!r}; supported: {kinds}")
    try:
        doc = loader(path, source)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(f"could not read the file: {exc.strerror or exc}") from exc
    except Exception as exc:  # a parser library failing on malformed input
        raise DocumentError(f"could not parse the file: {exc}") from exc
    if not any(s.text.strip() for s in doc.sections):
        raise DocumentError("no readable text found in the file")
    return doc
