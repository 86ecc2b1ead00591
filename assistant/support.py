"""Judging, without an LLM, whether a cited passage supports a sentence.

A sentence is supported by a passage when enough of its content words appear in the passage
(lexical overlap, stemmed, stopwords removed) or when its embedding is close to the embedding
of the passage's most similar sentence and some content words are shared. The same judge is
used to verify LLM answers and to score citation precision and recall in the evals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from assistant.config import AnswerSettings
from assistant.text import content_terms, split_sentences

if TYPE_CHECKING:
    from assistant.embeddings import CachedEmbedder


@dataclass(frozen=True)
class Support:
    """How well a passage supports a sentence. `semantic` is None when the word overlap alone
    decides (enough shared words to support it, or too few for any embedding match to count)."""

    lexical: float
    semantic: float | None
    supported: bool

    @property
    def score(self) -> float:
        return max(self.lexical, self.semantic or 0.0)


def lexical_support(sentence: str, passage: str) -> float:
    """Share of the sentence's content words that also appear in the passage."""
    terms = content_terms(sentence)
    if not terms:
        return 0.0
    return len(terms & content_terms(passage)) / len(terms)


class SupportJudge:
    """Lexical + embedding similarity judge. `embedder` is a CachedEmbedder."""

    def __init__(self, embedder: CachedEmbedder, *, lexical_min: float, semantic_min: float, shared_min: float):
        self.embedder = embedder
        self.lexical_min = lexical_min
        self.semantic_min = semantic_min
        self.shared_min = shared_min

    @classmethod
    def from_settings(cls, embedder: CachedEmbedder, settings: AnswerSettings) -> "SupportJudge":
        """The judge with the `support_*` bounds of the answer settings."""
        return cls(
            embedder,
            lexical_min=settings.support_lexical_min,
            semantic_min=settings.support_semantic_min,
            shared_min=settings.support_shared_min,
        )

    def semantic_support(self, sentence: str, passage: str) -> float:
        pieces = split_sentences(passage) or [passage]
        vectors = self.embedder.passages([sentence, *pieces])
        return float(np.max(vectors[1:] @ vectors[0]))

    def judge(self, sentence: str, passage: str) -> Support:
        """The sentence's support; its embedding is compared only where the words leave it open."""
        lexical = lexical_support(sentence, passage)
        if not passage.strip() or not sentence.strip():
            return Support(lexical, 0.0, False)
        if lexical >= self.lexical_min or lexical < self.shared_min:
            return Support(lexical, None, lexical >= self.lexical_min)
        semantic = self.semantic_support(sentence, passage)
        return Support(lexical, semantic, semantic >= self.semantic_min)
