"""The reference every report is compared with: LangChain's plain default RAG retrieval.

Files are read with `DirectoryLoader` + `TextLoader`, split with
`RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`, embedded with the same
bundled all-MiniLM-L6-v2 model and stored in a `langchain_chroma.Chroma` collection of its own;
a question gets the dense top-4 chunks. No headings, hybrid search, reranking or follow-up
handling. The index lives in its own folder named by a fingerprint of the corpus files and the
splitter settings, so it is built once and rebuilt only when the corpus changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.config import Settings
from assistant.embeddings import model_name
from assistant.errors import IEPGuideError
from evals.results import Retrieved

BASELINE_VERSION = "1"
COLLECTION = "eval_baseline"
_MARKER = "baseline.json"


class BaselineError(IEPGuideError):
    """The baseline index could not be built or opened."""


def corpus_fingerprint(corpus_dir: Path, pattern: str, chunk_size: int, overlap: int, model: str) -> str:
    digest = hashlib.sha256(f"{BASELINE_VERSION}\x00{chunk_size}\x00{overlap}\x00{model}\x00{pattern}".encode())
    for path in sorted(p for p in corpus_dir.glob(pattern) if p.is_file()):
        digest.update(path.relative_to(corpus_dir).as_posix().encode() + b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


class BaselineRetriever:
    """Dense top-k over the baseline collection; sources are mapped back to `corpus/<file>`."""

    description = "LangChain defaults: RecursiveCharacterTextSplitter {size}/{overlap} + Chroma dense top-{k}"

    def __init__(self, vectorstore: Chroma, *, k: int, chunk_size: int, chunk_overlap: int, chunks: int) -> None:
        self.vectorstore = vectorstore
        self.k = k
        self.chunks = chunks
        self.label = self.description.format(size=chunk_size, overlap=chunk_overlap, k=k)

    def retrieve(self, question: str) -> list[Retrieved]:
        pairs = self.vectorstore.similarity_search_with_score(question, k=self.k)
        # Chroma's default space is squared L2; on unit vectors cosine = 1 - d / 2.
        return [
            Retrieved(
                source=str(doc.metadata.get("source", "")),
                score=1.0 - float(distance) / 2.0,
                chunk_id=str(doc.id or ""),
                text=doc.page_content,
            )
            for doc, distance in pairs
        ]


def _load_splits(corpus_dir: Path, pattern: str, chunk_size: int, overlap: int) -> list:
    from langchain_community.document_loaders import DirectoryLoader, TextLoader
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    loader = DirectoryLoader(
        str(corpus_dir), glob=pattern, loader_cls=TextLoader, loader_kwargs={"encoding": "utf-8"}, silent_errors=True
    )
    docs = loader.load()
    for doc in docs:  # the same source naming as the real index: "<folder>/<relative path>"
        rel = Path(doc.metadata["source"]).resolve().relative_to(corpus_dir)
        doc.metadata["source"] = f"{corpus_dir.name}/{rel.as_posix()}"
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=overlap)
    return splitter.split_documents(docs)


def build_baseline(settings: Settings, embedder: Embeddings, *, pattern: str = "**/*.md") -> BaselineRetriever:
    """Open the baseline for the current corpus, building it first if it is missing or stale."""
    corpus_dir = Path(settings.index.corpus_dir)
    if not corpus_dir.is_dir():
        raise BaselineError(f"The corpus folder {corpus_dir} does not exist, so the baseline cannot be built.")
    evals = settings.evals
    size, overlap = evals.baseline_chunk_size, min(evals.baseline_chunk_overlap, evals.baseline_chunk_size // 2)
    fingerprint = corpus_fingerprint(corpus_dir, pattern, size, overlap, model_name(embedder))
    folder = settings.baseline_dir() / fingerprint
    marker = folder / _MARKER
    try:
        if not marker.exists():
            shutil.rmtree(folder, ignore_errors=True)  # an interrupted build is started over
            folder.mkdir(parents=True, exist_ok=True)
        store = Chroma(
            collection_name=COLLECTION,
            embedding_function=embedder,
            persist_directory=str(folder),
            client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True, persist_directory=str(folder)),
        )
        if marker.exists():
            chunks = json.loads(marker.read_text())["chunks"]
        else:
            splits = _load_splits(corpus_dir, pattern, size, overlap)
            if not splits:
                raise BaselineError(f"No readable {pattern} files in {corpus_dir} for the baseline.")
            store.add_documents(splits, ids=[f"b{i:05d}" for i in range(len(splits))])
            chunks = len(splits)
            marker.write_text(json.dumps({"fingerprint": fingerprint, "chunks": chunks}))
    except BaselineError:
        raise
    except Exception as exc:  # Chroma and the loaders raise many kinds of errors
        raise BaselineError(f"Could not build the eval baseline in {folder}: {exc}") from exc
    return BaselineRetriever(store, k=settings.evals.baseline_k, chunk_size=size, chunk_overlap=overlap, chunks=chunks)
