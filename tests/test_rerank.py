"""The rerank step: its pure scoring parts, and its effect on the real corpus index."""

import numpy as np
import pytest

from assistant.rerank import audience_bonus, lexical_coverage, mmr


def test_lexical_coverage_counts_rare_words_most():
    weights = {"school": 0.2, "waitlist": 3.0}
    assert lexical_coverage(weights, "The school day starts at eight.") < 0.1
    assert lexical_coverage(weights, "A waitlist is no reason to delay a service.") > 0.9
    assert lexical_coverage({}, "Any text.") == 0.0


def test_audience_bonus_is_full_for_a_match_and_half_for_both():
    assert audience_bonus("teacher", "teacher", 0.04) == 0.04
    assert audience_bonus("both", "teacher", 0.04) == 0.02
    assert audience_bonus("family", "teacher", 0.04) == 0.0


def test_mmr_source_penalty_makes_room_for_another_article():
    scores = np.array([0.9, 0.85, 0.8], np.float32)
    vectors = np.eye(3, dtype=np.float32)  # no redundancy between chunks
    sources = ["a.md", "a.md", "b.md"]
    assert mmr(scores, vectors, 2, 1.0, sources, 0.0) == [0, 1]
    assert mmr(scores, vectors, 2, 1.0, sources, 0.1) == [0, 2]


def test_a_rare_question_word_lifts_the_article_that_uses_it(assistant):
    hits = assistant.retrieve("my kid has diabetes and asthma does she need an iep or a 504")
    sources = {h.chunk.source for h in hits}
    assert {"corpus/iep-vs-504-plan.md", "corpus/section-504-plans.md"} <= sources


def test_the_way_askers_put_a_sections_question_lifts_it_part_of_the_way(assistant, corpus_index, embedder):
    import dataclasses

    from assistant.types import Hit

    chunk = next(c for c in corpus_index.chunks() if c.section == "What counts as a day of removal?")
    bare = dataclasses.replace(chunk, phrasings=())
    reranker = assistant.retrieval.reranker
    vectors = {chunk.id: np.asarray(embedder.embed_documents([chunk.indexed_text])[0], np.float32)}

    def score(question: str, c) -> float:
        q = np.asarray(embedder.embed_query(question), np.float32)
        hits, _ = reranker.rerank([], q, [Hit(c, 0.5)], vectors, "family", 1, lambda t: 1.0)
        return hits[0].score

    told = "the school keeps calling me to come and get my son early, does that count as being suspended?"
    assert score(told, chunk) > score(told, bare) + 0.02  # closer to a phrasing than to any sentence of the section
    own = "Out-of-school suspension counts as removal."  # a sentence of its own: the phrasings add nothing
    assert score(own, chunk) == pytest.approx(score(own, bare))
