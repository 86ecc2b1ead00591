"""Structure-aware chunking: one chunk per section, split further only when too long."""

from __future__ import annotations

from collections.abc import Sequence

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.config import IngestSettings
from assistant.types import Chunk
from ingest.documents import SourceDocument, content_hash

_SEPARATORS = ["\n\n", "\n", r"(?<=[.!?;])\s+", r"\s+"]


def make_splitter(ingest: IngestSettings) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=ingest.chunk_size,
        chunk_overlap=min(ingest.chunk_overlap, ingest.chunk_size // 2),
        separators=_SEPARATORS,
        is_separator_regex=True,
        keep_separator="end",
        strip_whitespace=True,
    )


def chunk_id(text: str, phrasings: Sequence[str] = ()) -> str:
    """Deterministic, content-addressed id: the same text (spacing aside) always gives the same
    id, in any file, so identical passages in two documents are stored and embedded once. The
    phrasings of the question it answers are part of its content: new phrasings, new chunk."""
    return content_hash("\n".join([" ".join(text.split()), *phrasings]))[:32]


def chunk_document(doc: SourceDocument, splitter: RecursiveCharacterTextSplitter, min_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section in doc.sections:
        for text in splitter.split_text(section.text):
            text = text.strip()
            if len(text) < min_chars:
                continue
            id_ = chunk_id(text, section.phrasings)
            if id_ in seen:
                continue
            seen.add(id_)
            chunks.append(
                Chunk(
                    id=id_,
                    text=text,
                    source=doc.source,
                    title=doc.title,
                    section=section.heading,
                    audience=doc.audience,
                    topics=doc.topics,
                    position=len(chunks),
                    doc_hash=doc.raw_hash,
                    page=section.page,
                    phrasings=section.phrasings,
                    ages=doc.ages,
                    students=doc.students,
                )
            )
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded: the chunk with its title and section, so context is in the vector."""
    return chunk.indexed_text
