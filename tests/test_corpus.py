"""The guidance library: complete front matter, readable, original, no near-duplicates."""

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import pytest

from evals.readability import fk_grade
from ingest.documents import split_front_matter
from ingest.markdown import load_markdown
from tests.conftest import CORPUS, REALDOCS

TOPICS = {
    "iep-basics",
    "eligibility",
    "evaluation",
    "iep-meetings",
    "iep-team",
    "goals-and-progress",
    "accommodations",
    "modifications",
    "related-services",
    "assistive-technology",
    "504-plans",
    "early-intervention",
    "private-schools",
    "charter-schools",
    "college",
    "discipline",
    "procedural-safeguards",
    "disputes",
    "extended-school-year",
    "transition",
    "parent-help",
    "fape",
    "lre",
    "teachers",
    "state-tests",
}
ARTICLES = sorted(CORPUS.glob("*.md"))
MAX_GRADE, MAX_MEAN_GRADE = 8.5, 8.0


def _reading_text(path: Path) -> str:
    return "\n".join(s.text for s in load_markdown(path, path.name).sections)


def _shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_library_is_complete():
    assert len(ARTICLES) >= 40


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_front_matter(path):
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert isinstance(meta.get("title"), str) and meta["title"].strip()
    assert meta.get("audience") in {"family", "teacher", "both"}
    assert meta.get("topics") and set(meta["topics"]) <= TOPICS, set(meta["topics"]) - TOPICS
    assert isinstance(meta.get("summary"), str) and len(meta["summary"]) > 20
    assert isinstance(meta.get("last_reviewed"), (dt.date, str))
    dt.date.fromisoformat(str(meta["last_reviewed"]))
    assert not re.search(r"^# ", body, re.M), "the title lives in front matter, not an H1"
    assert len(re.findall(r"^## ", body, re.M)) >= 3


@pytest.mark.parametrize(
    "path",
    [p for p in ARTICLES if split_front_matter(p.read_text())[0].get("audience") != "teacher"],
    ids=lambda p: p.name,
)
def test_parent_facing_articles_read_at_about_grade_8(path):
    assert fk_grade(_reading_text(path)) <= MAX_GRADE


def test_library_reads_at_grade_8_or_below_on_average():
    family = [p for p in ARTICLES if split_front_matter(p.read_text())[0].get("audience") != "teacher"]
    grades = [fk_grade(_reading_text(p)) for p in family]
    assert sum(grades) / len(grades) <= MAX_MEAN_GRADE


def test_no_article_is_a_near_duplicate_of_another():
    shingles = {p.name: _shingles(_reading_text(p), 5) for p in ARTICLES}
    for (a, sa), (b, sb) in itertools.combinations(shingles.items(), 2):
        jaccard = len(sa & sb) / max(1, len(sa | sb))
        assert jaccard < 0.15, f"{a} and {b} share {jaccard:.0%} of their 5-word phrases"


def _realdoc_texts():
    for path in sorted(REALDOCS.glob("*")):
        if path.suffix in {".md", ".html"}:
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".json":
            yield json.dumps(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.skipif(not REALDOCS.exists(), reason="shared/realdocs is not beside the checkout")
def test_corpus_does_not_copy_sentences_from_published_documents():
    published = set()
    for text in _realdoc_texts():
        published |= _shingles(text, 16)
    for path in ARTICLES:
        copied = _shingles(_reading_text(path), 16) & published
        assert not copied, f"{path.name} repeats published wording: {' '.join(next(iter(copied)))}"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_section_says_how_askers_put_its_question(path):
    """Each section (and each opening) carries 4 to 6 ways a parent or teacher would ask the
    question it answers, in an `<!-- asked: … -->` line under its heading: they are matched
    against questions, never shown, and are not the heading again."""
    sections = load_markdown(path, path.name).sections
    for section in sections:
        assert 4 <= len(section.phrasings) <= 6, (section.path, section.phrasings)
        heading = section.path[-1].lower().rstrip("?")
        for phrasing in section.phrasings:
            assert 2 <= len(phrasing.split()) <= 30 and phrasing.lower().rstrip("?") != heading, phrasing
            assert phrasing not in section.text
