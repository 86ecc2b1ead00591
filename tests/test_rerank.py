"""The rerank step: its pure scoring parts, and its effect on the real corpus index."""

import numpy as np

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
