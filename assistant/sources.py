"""What an answer cites, read back from the index: the cited passages and whole documents.

Works for every kind of source in the index (Markdown articles, uploaded PDFs...), because it
only reads chunks: a document is its chunks in order, with the overlap between neighbouring
chunks of one section removed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.store import GuidanceIndex
from assistant.types import Chunk, Citation

_SENTENCE_END = re.compile(r"[.!?;:][\"')\]]*$")


@dataclass(frozen=True)
class CitedSource:
    """A citation with the chunk it points at (None when the chunk is no longer indexed)."""

    citation: Citation
    chunk: Chunk | None = None

    @property
    def n(self) -> int:
        return self.citation.n

    @property
    def audience(self) -> str:
        return self.chunk.audience if self.chunk else ""

    @property
    def section_text(self) -> str:
        """The text the quote was taken from: the whole chunk, or the quote alone."""
        return self.chunk.text if self.chunk else self.citation.quote


@dataclass(frozen=True)
class ArticleSection:
    """A run of a document under one heading (and page), in reading order."""

    heading: str
    text: str
    page: int | None = None
    chunk_ids: tuple[str, ...] = ()

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.heading.split(" > ") if part.strip())


@dataclass(frozen=True)
class Article:
    """A whole source document rebuilt from the index."""

    source: str
    title: str
    audience: str
    topics: tuple[str, ...]
    sections: tuple[ArticleSection, ...]

    def section_with(self, chunk_id: str) -> int | None:
        """Index of the section that holds a chunk."""
        for i, section in enumerate(self.sections):
            if chunk_id in section.chunk_ids:
                return i
        return None


def join_overlapping(first: str, second: str, max_overlap: int) -> str:
    """Join two neighbouring chunks, dropping the start of `second` that repeats the end of
    `first` (chunk overlap). Only whole sentences count as overlap."""
    longest = min(len(first), len(second), max_overlap)
    for size in range(longest, 0, -1):
        tail = first[-size:]
        starts_clean = size == len(first) or first[-size - 1].isspace()
        ends_clean = second[size : size + 1] in ("", " ", "\n", "\t")
        if starts_clean and ends_clean and _SENTENCE_END.search(tail) and second.startswith(tail):
            return first + second[size:].rstrip()
    return f"{first}\n\n{second}"


def assemble(chunks: Sequence[Chunk], max_overlap: int) -> Article | None:
    """A document from its chunks (any order); None when there are none."""
    if not chunks:
        return None
    ordered = sorted(chunks, key=lambda c: c.position)
    sections: list[ArticleSection] = []
    for chunk in ordered:
        last = sections[-1] if sections else None
        if last and last.heading == chunk.section and last.page == chunk.page:
            sections[-1] = ArticleSection(
                heading=last.heading,
                text=join_overlapping(last.text, chunk.text, max_overlap),
                page=last.page,
                chunk_ids=last.chunk_ids + (chunk.id,),
            )
        else:
            sections.append(ArticleSection(chunk.section, chunk.text, chunk.page, (chunk.id,)))
    head = ordered[0]
    return Article(source=head.source, title=head.title, audience=head.audience, topics=head.topics, sections=tuple(sections))


class SourceLibrary:
    """Reads cited passages and whole documents from the chunk index."""

    def __init__(self, index: GuidanceIndex, *, max_overlap: int) -> None:
        self.index = index
        self.max_overlap = max_overlap

    def cited(self, citations: Sequence[Citation]) -> tuple[CitedSource, ...]:
        """Each citation with its chunk, in citation order."""
        chunks = {c.id: c for c in self.index.get([c.chunk_id for c in citations])}
        return tuple(CitedSource(c, chunks.get(c.chunk_id)) for c in citations)

    def article(self, source: str) -> Article | None:
        """The whole document a citation comes from, or None if it is no longer indexed."""
        return assemble(self.index.source_chunks(source), self.max_overlap)
