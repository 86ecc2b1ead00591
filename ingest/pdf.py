"""PDF documents: text page by page (page numbers kept for citations), running headers and
footers removed, hyphenated line breaks rejoined, lines rejoined into paragraphs, and the
PDF's bookmarks (outline) used as section headings."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from assistant.errors import DocumentError
from ingest.cleanup import collapse, rejoin_hyphenation, repair
from ingest.documents import Section, SourceDocument, content_hash
from ingest.markdown import title_from_filename
from ingest.pdf_layout import drop_back_matter, drop_edge_lines, drop_repeated_edges, is_back_matter, paragraphs

MIN_TEXT_CHARS = 20  # less extractable text than this in the whole file means a scanned PDF
_TITLE_NOISE = re.compile(r"^(microsoft (word|powerpoint)|untitled|document\d*)\b\s*-?\s*", re.I)
_TITLE_EXT = re.compile(r"\.(docx?|pptx?|pdf|rtf|odt|indd)$", re.I)


def clean_pdf_title(raw: object) -> str:
    """The PDF's own title, unless it is a file name or a program's placeholder."""
    title = collapse(repair(str(raw or "")))
    title = _TITLE_EXT.sub("", _TITLE_NOISE.sub("", title)).strip(" -_")
    if not title or (" " not in title and re.search(r"[_.]|\d{3,}", title)):
        return ""
    return title


def _open(path: Path):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError("the PDF is password-protected; save an unprotected copy and try again")
        pages = reader.pages
        len(pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DocumentError(f"the PDF is damaged and could not be read ({exc})") from exc
    return reader


def outline_headings(reader) -> dict[int, str]:
    """Page index -> the top-level bookmark that starts on it (first one wins)."""
    starts: dict[int, str] = {}
    try:
        outline = reader.outline
    except Exception:  # a broken outline only costs the headings
        return starts
    for item in outline:
        if isinstance(item, list):
            continue  # nested bookmarks: the top level is enough for a citation
        try:
            page = reader.get_destination_page_number(item)
        except Exception:
            continue
        title = collapse(repair(str(item.title or "")))
        if title and page is not None and page >= 0:
            starts.setdefault(page, title)
    return starts


def _page_texts(reader) -> list[str]:
    texts = []
    for page in reader.pages:
        try:
            texts.append(repair(page.extract_text() or ""))
        except Exception:  # one unreadable page should not lose the rest
            texts.append("")
    return texts


def load_pdf(path: Path, source: str) -> SourceDocument:
    raw = path.read_bytes()
    reader = _open(path)
    pages = drop_repeated_edges(_page_texts(reader))
    if sum(len(p.strip()) for p in pages) < MIN_TEXT_CHARS:
        raise DocumentError("no text could be extracted from the PDF; if it is scanned pages, run OCR on it first")
    vocabulary = {w.lower() for p in pages for w in re.findall(r"[A-Za-z]+", p)}
    headings = outline_headings(reader)
    heading = "Overview"
    placed: list[tuple[str, str]] = []
    for text in pages:
        heading = headings.get(len(placed), heading)
        text = drop_edge_lines(text, {heading}) if heading != "Overview" else text
        placed.append((heading, "" if is_back_matter(heading) else paragraphs(rejoin_hyphenation(text, vocabulary))))
    bodies = drop_back_matter([body for _, body in placed])
    sections = [
        Section(path=(heading,), text=body, page=index + 1)
        for index, ((heading, _), body) in enumerate(zip(placed, bodies))
        if body
    ]
    title = clean_pdf_title((reader.metadata or {}).get("/Title")) or title_from_filename(path)
    return SourceDocument(
        source=source,
        title=title,
        sections=tuple(sections),
        raw_hash=content_hash(raw),
        kind="pdf",
        pages=len(pages),
    )
