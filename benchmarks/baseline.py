"""The LangChain default pipeline, as the baseline: split 1000/200, embed, dense top-4.

Kept in one small module so the benchmark can switch to the shared evaluation baseline later:
`build` returns a vector store and `query` is the whole query path.
"""

from __future__ import annotations

import time
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

CHUNK_SIZE, CHUNK_OVERLAP, K = 1000, 200, 4


def build(corpus_dir: Path, work_dir: Path, embedder) -> tuple[Chroma, dict]:
    """Split the corpus' Markdown files and embed them into a fresh collection."""
    started = time.perf_counter()
    docs = [
        Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name})
        for p in sorted(Path(corpus_dir).glob("*.md"))
    ]
    splits = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP).split_documents(docs)
    client = chromadb.PersistentClient(path=str(work_dir), settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma.from_documents(splits, embedding=embedder, client=client, collection_name="baseline")
    seconds = time.perf_counter() - started
    return store, {"chunks": len(splits), "seconds": seconds, "chunks_per_s": len(splits) / seconds}


def query(store: Chroma, question: str) -> list[Document]:
    """The baseline's whole answer path: embed the question, nearest K chunks."""
    return store.similarity_search(question, k=K)
