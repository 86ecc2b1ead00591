"""The eval metrics are small pure functions: each checked on hand-worked values."""

import pytest

from assistant.support import Support
from evals.facts import fact_coverage, fact_found, missing_facts, phrasing_found
from evals.grounding import judge_sentence
from evals.metrics import (
    abstains_at,
    abstention_scores,
    citation_precision,
    citation_recall,
    first_rank,
    hit_at_k,
    mean,
    percentile,
    recall_at_k,
    reciprocal_rank,
    section_hit_at_k,
    sweep_thresholds,
    threshold_sweep,
)

RANKED = ["a.md", "b.md", "a.md", "c.md", "d.md"]


def test_hit_at_k():
    assert hit_at_k(RANKED, {"c.md"}, 3) == 0.0
    assert hit_at_k(RANKED, {"c.md"}, 4) == 1.0
    assert hit_at_k(RANKED, {"x.md", "b.md"}, 2) == 1.0
    assert hit_at_k([], {"a.md"}, 5) == 0.0


def test_recall_at_k_counts_distinct_expected_sources():
    assert recall_at_k(RANKED, {"a.md", "c.md"}, 3) == 0.5
    assert recall_at_k(RANKED, {"a.md", "c.md"}, 5) == 1.0
    assert recall_at_k(RANKED, {"x.md"}, 5) == 0.0
    assert recall_at_k(RANKED, set(), 5) == 0.0


def test_reciprocal_rank_and_first_rank():
    assert first_rank(RANKED, {"c.md"}) == 4
    assert reciprocal_rank(RANKED, {"b.md", "c.md"}) == 0.5
    assert reciprocal_rank(RANKED, {"d.md"}, k=3) == 0.0
    assert reciprocal_rank(RANKED, {"a.md"}) == 1.0
    assert first_rank(RANKED, {"x.md"}) is None


def test_section_hit_needs_source_and_section():
    ranked = [("a.md", "Overview"), ("b.md", "When can I ask? > Details")]
    assert section_hit_at_k(ranked, {"b.md"}, ["when can i ask?"], 2) == 1.0
    assert section_hit_at_k(ranked, {"a.md"}, ["When can I ask?"], 2) == 0.0
    assert section_hit_at_k(ranked, {"b.md"}, ["When can I ask?"], 1) == 0.0
    assert section_hit_at_k(ranked, {"b.md"}, [], 2) is None


def test_mean_ignores_missing_values():
    assert mean([1.0, None, 0.0]) == 0.5
    assert mean([None]) is None and mean([]) is None


def test_citation_recall_and_precision():
    assert citation_recall([True, True, False, True]) == 0.75
    assert citation_precision([True, False]) == 0.5
    assert citation_recall([]) is None and citation_precision([]) is None


def test_abstention_scores():
    abstained = [True, True, False, True, False, False]
    should = [True, True, True, False, False, False]
    s = abstention_scores(abstained, should)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.false_abstention_rate == pytest.approx(1 / 3)
    assert (s.true_abstentions, s.false_abstentions, s.missed_abstentions) == (2, 1, 1)
    assert abstention_scores([False], [False]).precision is None
    with pytest.raises(ValueError):
        abstention_scores([True], [True, False])


def test_threshold_sweep_recomputes_decisions_from_best_scores():
    best = [0.2, 0.35, None, 0.5, 0.7]
    should = [True, True, True, False, False]
    low, high = threshold_sweep(best, should, [0.3, 0.6])
    assert low.scores.recall == pytest.approx(2 / 3) and low.scores.false_abstention_rate == 0.0
    assert high.scores.recall == 1.0 and high.scores.false_abstention_rate == 0.5
    assert abstains_at(None, 0.0) and abstains_at(0.39, 0.4) and not abstains_at(0.4, 0.4)
    assert sweep_thresholds(0.0, 1.0, 0.25) == [0.0, 0.25, 0.5, 0.75, 1.0]


def test_percentile_interpolates():
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile(values, 50) == 25.0
    assert percentile(values, 95) == pytest.approx(38.5)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None


def test_key_facts_match_paraphrases_by_stemmed_words():
    answer = "The school must finish testing within 60 calendar days after the parent's written consent."
    assert phrasing_found("60 days", answer)
    assert phrasing_found("parents consent", answer)
    assert phrasing_found("WITHIN 60 CALENDAR", answer)
    assert not phrasing_found("30 days", answer)
    assert fact_found(["sixty days", "60 days"], answer)
    facts = [["60 days"], ["due process", "hearing officer"]]
    assert fact_coverage(facts, answer) == 0.5
    assert missing_facts(facts, answer) == [["due process", "hearing officer"]]
    assert fact_coverage([], answer) is None


def _lexical_judge(sentence: str, passage: str) -> Support:
    """A stand-in judge for unit tests: supported when every word of the sentence is in the passage."""
    words = set(sentence.lower().strip(".").split())
    share = len(words & set(passage.lower().replace(".", "").split())) / len(words)
    return Support(share, 0.0, share == 1.0)


def test_sentence_support_alce_rules():
    passages = {1: "iep is a plan", 2: "reviewed every year", 3: "plan is reviewed every year"}
    one = judge_sentence("iep is a plan.", (1,), passages, _lexical_judge)
    assert one.supported and one.precise == (True,)
    joint = judge_sentence("iep plan reviewed every year.", (1, 2), passages, _lexical_judge)
    assert joint.supported and joint.precise == (True, True), "each is needed for the joint support"
    extra = judge_sentence("plan is reviewed every year.", (3, 1), passages, _lexical_judge)
    assert extra.supported and extra.precise == (True, False), "citation 1 adds nothing"
    unsupported = judge_sentence("the moon is cheese.", (1,), passages, _lexical_judge)
    assert not unsupported.supported and unsupported.precise == (False,)
    dangling = judge_sentence("iep is a plan.", (9,), passages, _lexical_judge)
    assert not dangling.supported and dangling.precise == (False,)
    uncited = judge_sentence("iep is a plan.", (), passages, _lexical_judge)
    assert not uncited.supported and uncited.precise == ()
    repeated = judge_sentence("iep is a plan.", (1, 1), passages, _lexical_judge)
    assert repeated.numbers == (1,) and repeated.precise == (True,)
