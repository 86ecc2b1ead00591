"""The shipped eval set: well formed, honest about the corpus, and broad enough to mean something."""

from collections import Counter
from pathlib import Path

import pytest

from evals.cases import load_cases
from evals.facts import fact_found
from ingest.markdown import load_markdown

ROOT = Path(__file__).resolve().parent.parent
CASES = load_cases(ROOT / "evals" / "cases.jsonl")
ANSWERABLE = [c for c in CASES if not c.should_abstain]


@pytest.fixture(scope="module")
def articles():
    """Each corpus article as its ingest sees it: plain text with its section headings."""
    out = {}
    for path in sorted((ROOT / "corpus").glob("*.md")):
        doc = load_markdown(path, f"corpus/{path.name}")
        out[doc.source] = doc
    return out


def test_size_and_mix():
    assert len(CASES) >= 120
    assert sum(c.should_abstain for c in CASES) >= 25
    assert sum(c.multi_turn for c in CASES) >= 10
    audiences = Counter(c.audience for c in CASES)
    assert audiences["family"] >= 60 and audiences["teacher"] >= 25
    tags = Counter(t for c in CASES for t in c.tags)
    assert tags["misspelled"] >= 10 and tags["casual"] >= 15 and tags["stressed"] >= 10
    assert tags["near-miss"] >= 10, "out-of-scope questions that sound educational"


def test_every_article_is_covered(articles):
    covered = {s for c in ANSWERABLE for s in c.expected_sources}
    assert set(articles) - covered == set()


def test_expected_sources_and_sections_exist(articles):
    for case in ANSWERABLE:
        for source in case.expected_sources:
            assert source in articles, f"{case.id}: no article {source}"
        headings = {s.heading.lower() for source in case.expected_sources for s in articles[source].sections}
        for section in case.expected_sections:
            assert any(section.lower() in h for h in headings), f"{case.id}: no section {section!r}"


def test_key_facts_are_in_the_expected_articles(articles):
    """A fact a correct answer must contain has to be findable, as phrased, in a source it expects."""
    for case in ANSWERABLE:
        assert case.key_facts, f"{case.id} has no key facts"
        text = "\n".join(s.text for source in case.expected_sources for s in articles[source].sections)
        for fact in case.key_facts:
            assert fact_found(fact, text), f"{case.id}: fact {fact} is not in {case.expected_sources}"


def test_follow_ups_lean_on_history():
    from assistant.followup import is_followup

    follow_ups = [c for c in CASES if c.multi_turn]
    assert sum(is_followup(c.question) for c in follow_ups) >= 10


BLIND = load_cases(ROOT / "evals" / "blind.jsonl")
REALDOCS_CASES = load_cases(ROOT / "evals" / "realdocs.jsonl")


def test_the_blind_set_is_broad_and_honest_about_the_corpus(articles):
    assert len(BLIND) >= 150 and all(c.id.startswith("blind-") for c in BLIND)
    assert sum(c.multi_turn for c in BLIND) >= 40, "two- and three-turn conversations"
    assert sum(c.should_abstain for c in BLIND) >= 40, "out-of-scope and near-scope questions"
    assert any(c.should_abstain and c.multi_turn for c in BLIND), "an off-topic question after an on-topic one"
    assert any(len(c.history) >= 2 for c in BLIND), "three-turn conversations"
    for case in (c for c in BLIND if not c.should_abstain):
        assert case.reference, f"{case.id} has no reference answer"
        assert all(s in articles for s in case.expected_sources), case.id
        text = "\n".join(s.text for source in case.expected_sources for s in articles[source].sections)
        for fact in case.key_facts:
            assert fact_found(fact, text), f"{case.id}: fact {fact} is not in {case.expected_sources}"
        assert case.key_facts or "fact-not-in-library" in case.tags, f"{case.id} has no key facts"


def test_the_realdocs_set_asks_about_documents_that_exist():
    realdocs = ROOT.parent / "shared" / "realdocs"
    if not realdocs.is_dir():
        pytest.skip("../shared/realdocs is not present")
    names = {p.name for p in realdocs.iterdir()}
    assert len(REALDOCS_CASES) >= 40 and all(c.id.startswith("rd-") for c in REALDOCS_CASES)
    for case in (c for c in REALDOCS_CASES if not c.should_abstain):
        assert case.reference and case.key_facts, case.id
        for source in case.expected_sources:
            assert source.startswith("realdocs/") and source.split("/", 1)[1] in names, f"{case.id}: {source}"


def test_the_realdocs_dev_set_is_apart_from_the_blind_realdocs_set():
    realdocs = ROOT.parent / "shared" / "realdocs"
    if not realdocs.is_dir():
        pytest.skip("../shared/realdocs is not present")
    from evals.calibration import split_of

    dev = load_cases(ROOT / "evals" / "realdocs_dev.jsonl")
    names = {p.name for p in realdocs.iterdir()}
    assert len(dev) >= 20 and all(c.id.startswith("rddev-") and split_of(c.id) != "blind" for c in dev)
    assert not {c.question for c in dev} & {c.question for c in REALDOCS_CASES}
    for case in dev:
        assert case.reference and case.key_facts, case.id
        assert all(s.startswith("realdocs/") and s.split("/", 1)[1] in names for s in case.expected_sources), case.id


def test_no_blind_case_can_reach_calibration():
    from evals.calibration import split_of

    assert {split_of(c.id) for c in BLIND + REALDOCS_CASES} == {"blind"}
