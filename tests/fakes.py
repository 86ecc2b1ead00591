"""A deterministic stand-in for the embedding model, for logic tests of the unit tier.

Like httpx's MockTransport it sits at the one true edge, the model, and is injected where the
real one would be (the product's `CachedEmbedder` wraps it as it wraps the bundled model). A text's
vector is its bag of stemmed content words hashed into 384 dimensions and normalized, so texts
that share words are similar and the same text always gets the same vector — enough to test
what the answerer does with similarities, never how good the real model's are."""

from __future__ import annotations

import hashlib

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.text import content_terms

DIMENSIONS = 384


class HashingEmbedder(Embeddings):
    """Bag-of-words vectors: cosine similarity is the share of stemmed content words in common."""

    model_name = "hashing-test-embedder"

    def __init__(self) -> None:
        self.embedded = 0  # texts embedded, as a test may want to count model calls

    def _vector(self, text: str) -> list[float]:
        vec = np.zeros(DIMENSIONS, np.float32)
        for term in content_terms(text):
            slot = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=4).digest(), "little")
            vec[slot % DIMENSIONS] += 1.0
        norm = float(np.linalg.norm(vec))
        if not norm:
            vec[0], norm = 1.0, 1.0  # a text with no content words still gets a unit vector
        return (vec / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        self.embedded += 1
        return self._vector(text)
