"""Word documents (.docx): sections by Heading styles, tables row by row, the title from
the document properties or its Title/first heading. Page headers and footers are not body
text and are left out."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import DocumentError
from ingest.cleanup import flatten, repair
from ingest.documents import SectionBuilder, SourceDocument, content_hash
from ingest.markdown import title_from_filename

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_JUNK_TITLES = re.compile(r"^(untitled|document\d*|microsoft word.*)$", re.I)


def _blocks(document) -> Iterator[tuple[str, str]]:
    """(style name, text) for each paragraph and table row, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield (item.style.name if item.style is not None else ""), item.text
        elif isinstance(item, Table):
            for row in item.rows:
                cells = row_cells(row)
                if cells:
                    yield "Table", " — ".join(cells)


def row_cells(row, clean=flatten) -> list[str]:
    """The text of each filled cell of a table row, once per cell: a merged cell is listed by Word
    under every column it spans, but two cells that say the same ("SP — SP — LP", a mark for each
    quarter) are two values."""
    seen: set[int] = set()
    out = []
    for cell in row.cells:
        if id(cell._tc) in seen or not cell.text.strip():
            continue
        seen.add(id(cell._tc))
        out.append(clean(cell.text))
    return out


MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a real Word document unpacks to a few MB, rarely tens
MAX_RATIO = 200  # XML compresses about 10:1; a zip bomb, thousands to one


def check_zip(path: Path, max_unpacked: int = MAX_UNPACKED_BYTES, max_ratio: float = MAX_RATIO) -> None:
    """Refuse a package that would unpack to far more than it weighs (a zip bomb), reading only
    the zip's directory, before any part of it is decompressed."""
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError(f"the .docx document is damaged or not a Word document: {exc}") from exc
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if len(members) > 10_000 or unpacked > max_unpacked or (unpacked > 10 * 1024 * 1024 and unpacked / packed > max_ratio):
        raise DocumentError(
            f"the .docx package would unpack to {unpacked / 1048576:,.0f} MB from {packed / 1048576:,.1f} MB "
            f"in {len(members)} parts, far more than a Word document; it was not opened (a damaged file or a "
            "zip bomb). Save it again from Word, or ask for a copy as PDF."
        )


def _open(path: Path):
    import docx

    if not zipfile.is_zipfile(path):
        raise DocumentError("the file is not a valid .docx document (it is not a Word zip package)")
    check_zip(path)
    try:
        return docx.Document(str(path))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocumentError(f"the .docx document is damaged or not a Word document: {exc}") from exc


def load_docx(path: Path, source: str) -> SourceDocument:
    raw = path.read_bytes()
    document = _open(path)
    title = flatten(repair(document.core_properties.title or ""))
    if _JUNK_TITLES.match(title):
        title = ""
    builder = SectionBuilder()
    for style, text in _blocks(document):
        text = flatten(repair(text))
        if not text:
            continue
        if style.lower() == "title":
            title = title or text
            continue
        match = _HEADING_STYLE.match(style)
        if match:
            level = int(match.group(1))
            if not title and level == 1 and builder.empty:
                title = text
            else:
                builder.heading(level, text)
            continue
        builder.add(text)
    return SourceDocument(
        source=source,
        title=title or title_from_filename(path),
        sections=tuple(builder.finish()),
        raw_hash=content_hash(raw),
        kind="docx",
    )
