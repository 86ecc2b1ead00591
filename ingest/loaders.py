"""Which loader reads which kind of file, and the checks every file goes through first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import DocumentError
from ingest.documents import SourceDocument
from ingest.docx import load_docx
from ingest.html import load_html
from ingest.markdown import load_markdown
from ingest.pdf import load_pdf
from ingest.plaintext import load_text
from ingest.regulations import load_regulations

Loader = Callable[[Path, str], SourceDocument]


@dataclass(frozen=True)
class Format:
    kind: str
    label: str
    loader: Loader


_MARKDOWN = Format("markdown", "Markdown", load_markdown)
_HTML = Format("html", "HTML page", load_html)
_TEXT = Format("text", "plain text", load_text)
FORMATS: dict[str, Format] = {
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".pdf": Format("pdf", "PDF", load_pdf),
    ".html": _HTML,
    ".htm": _HTML,
    ".docx": Format("docx", "Word document", load_docx),
    ".txt": _TEXT,
    ".text": _TEXT,
    ".json": Format("regulations", "regulations (eCFR JSON)", load_regulations),
}
LOADERS: dict[str, Loader] = {suffix: f.loader for suffix, f in FORMATS.items()}
SIDECAR_SUFFIX = ".source.txt"  # provenance notes kept beside a document, not guidance themselves


def supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


def kind_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    return fmt.kind if fmt else (path.suffix.lower().lstrip(".") or "unknown")


def supported_types() -> str:
    return ", ".join(sorted(FORMATS))


def is_sidecar(path: Path) -> bool:
    """`report.pdf.source.txt` or `report.source.txt` beside `report.pdf`: notes about a document."""
    name = path.name
    if not name.lower().endswith(SIDECAR_SUFFIX):
        return False
    stem = name[: -len(SIDECAR_SUFFIX)]
    return (path.parent / stem).is_file() or any((path.parent / f"{stem}{suffix}").is_file() for suffix in FORMATS)


def check_size(path: Path, max_bytes: int | None) -> None:
    """Refuse a file over the size limit before reading any of it."""
    if max_bytes is None:
        return
    size = path.stat().st_size
    if size > max_bytes:
        raise DocumentError(
            f"the file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB limit "
            "(raise IEP_GUIDE_MAX_FILE_MB to allow larger files)"
        )


def load(path: Path, source: str, *, max_bytes: int | None = None) -> SourceDocument:
    """Load one file, turning every failure into a DocumentError with a clear message."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise DocumentError(f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported_types()}")
    try:
        check_size(path, max_bytes)
        doc = fmt.loader(path, source)
    except DocumentError:
        raise
    except MemoryError as exc:
        raise DocumentError("the file is too large to read into memory") from exc
    except OSError as exc:
        raise DocumentError(f"could not read the file: {exc.strerror or exc}") from exc
    except Exception as exc:  # a parser library failing on malformed input
        raise DocumentError(f"could not parse the {fmt.label}: {exc}") from exc
    if not any(s.text.strip() for s in doc.sections):
        raise DocumentError("no readable text found in the file")
    return doc
