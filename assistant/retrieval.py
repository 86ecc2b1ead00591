"""Dense retrieval over the Chroma index, as a LangChain retriever."""

from __future__ import annotations

from typing import Any

from langchain_chroma import Chroma
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.types import Chunk, Hit


def hit_from_document(doc: Document, score: float) -> Hit:
    return Hit(Chunk.from_metadata(str(doc.id), doc.page_content, dict(doc.metadata)), float(score))


def document_from_hit(hit: Hit) -> Document:
    meta = dict(hit.chunk.metadata())
    meta["score"] = hit.score
    return Document(id=hit.chunk.id, page_content=hit.chunk.text, metadata=meta)


class DenseRetriever(BaseRetriever):
    """Nearest chunks by cosine similarity of all-MiniLM-L6-v2 embeddings."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    vectorstore: Chroma
    embedder: Any  # CachedEmbedder
    k: int = 5

    def search(self, vector, k: int | None = None) -> list[Hit]:
        pairs = self.vectorstore.similarity_search_by_vector_with_relevance_scores(
            [float(x) for x in vector], k=k or self.k
        )
        # The collection uses cosine distance; similarity = 1 - distance.
        return [hit_from_document(doc, 1.0 - distance) for doc, distance in pairs]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [document_from_hit(h) for h in self.search(self.embedder.query(query))]
