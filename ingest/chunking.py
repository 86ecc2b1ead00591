"""Structure-aware chunking: one chunk per section, split further only when too long."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.config import IngestSettings
from assistant.text import split_sentences
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


def chunk_id(text: str, phrasings: Sequence[str] = (), *, report: bool = False) -> str:
    """Deterministic, content-addressed id: the same text (spacing aside) always gives the same
    id, in any file, so identical passages in two documents are stored and embedded once. The
    phrasings of the question it answers are part of its content: new phrasings, new chunk; and
    so is coming from a report of findings."""
    return content_hash("\n".join([" ".join(text.split()), *phrasings, *(["\x00report"] if report else [])]))[:32]


# What a report of findings (a study, a council's review of how the law is kept) says sentence
# after sentence, and a law, a regulation, an FAQ or a plain-language article almost never does:
# a study cited by its authors and year ("(Lee, 2015)", not "(IDEA 2004)"), "et al.", what someone
# found or reported.
_FINDINGS = re.compile(
    r"(?-i:\([A-Z][^()]{0,60}?,\s*(?:19|20)\d\d[a-z]?[);])|\bet al\b"  # an author's name has its capital
    r"|\b(?:found|reported|noted|indicated|showed|concluded|suggest(?:s|ed)?|estimated) that\b"
    r"|\b(?:respondents|researchers|the study|this study|the survey|studies (?:show|found|suggest))\b",
    re.I,
)
REPORT_SHARE = 0.02  # reports measured 0.03-0.22 of their sentences; statutes, regulations, FAQs and articles 0-0.01
REPORT_MIN = 5  # ... and never fewer than this many (one "studies show that" in a short article is no report)


def reports_findings(texts: Iterable[str]) -> bool:
    """Whether a document is a report of findings rather than the rule itself: at least
    REPORT_SHARE of its sentences, and REPORT_MIN, cite a study or say what was found."""
    sentences = [s for text in texts for s in split_sentences(text)]
    found = sum(1 for s in sentences if _FINDINGS.search(s))
    return found >= REPORT_MIN and found >= REPORT_SHARE * len(sentences)


def chunk_document(doc: SourceDocument, splitter: RecursiveCharacterTextSplitter, min_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: set[str] = set()
    report = reports_findings(section.text for section in doc.sections)
    for section in doc.sections:
        for text in splitter.split_text(section.text):
            text = text.strip()
            if len(text) < min_chars:
                continue
            id_ = chunk_id(text, section.phrasings, report=report)
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
                    report=report,
                )
            )
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded: the chunk with its title and section, so context is in the vector."""
    return chunk.indexed_text
