import pytest

from assistant import DocumentError, Settings
from assistant.types import Chunk
from ingest.chunking import chunk_document, chunk_id, make_splitter
from ingest.documents import split_front_matter
from ingest.loaders import load
from ingest.markdown import parse_markdown, strip_inline

ARTICLE = """---
title: "Test article"
audience: family
topics: [iep-basics]
summary: "A test."
---

Opening paragraph about **IEPs** and [links](https://example.org).

## First section
An IEP is reviewed at least once a year.

### Detail
A detail sentence that belongs to the first section.

## Second section
- A bullet item that is a whole sentence.
"""


def test_front_matter_and_sections(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE)
    doc = load(path, "guides/a.md")
    assert doc.title == "Test article"
    assert doc.audience == "family"
    assert doc.topics == ("iep-basics",)
    assert [s.path for s in doc.sections] == [
        ("Overview",),
        ("First section",),
        ("First section", "Detail"),
        ("Second section",),
    ]
    assert doc.sections[0].text == "Opening paragraph about IEPs and links."


def test_inline_markup_is_removed():
    assert strip_inline("**Bold** and *em* and `code` [x](y)") == "Bold and em and code x"


def test_chunk_ids_are_deterministic_and_content_based(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE)
    splitter = make_splitter(Settings().ingest)
    first = chunk_document(load(path, "guides/a.md"), splitter, 10)
    second = chunk_document(load(path, "guides/a.md"), splitter, 10)
    assert [c.id for c in first] == [c.id for c in second]
    assert chunk_id("same  text\n") == chunk_id("same text") != chunk_id("other text")
    assert all(c.section and c.title == "Test article" for c in first)


def test_long_sections_split_by_size_without_losing_text():
    settings = Settings(chunk_size=300, chunk_overlap=50)
    body = "## Long\n" + " ".join(f"Sentence number {i} says something useful." for i in range(60))
    sections = parse_markdown(body, title="T")
    from ingest.documents import SourceDocument

    doc = SourceDocument(source="x/long.md", title="T", sections=tuple(sections))
    chunks = chunk_document(doc, make_splitter(settings.ingest), 10)
    assert len(chunks) > 3
    assert all(len(c.text) <= 300 for c in chunks)
    joined = " ".join(c.text for c in chunks)
    assert all(f"Sentence number {i} says" in joined for i in range(60))
    assert "(?<=" not in joined


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"---\ntitle: [unclosed\n---\nbody", "YAML"),
        (b"---\ntitle: x\naudience: martians\n---\nbody", "audience"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load(path, "guides/bad.md")


def test_no_front_matter_uses_heading_as_title():
    meta, body = split_front_matter("# Hello\ntext")
    assert meta == {} and body.startswith("# Hello")


PHRASED = """---
title: "Phrased article"
---
<!-- asked: what is this article about | tell me the basics -->
Opening paragraph.

## How long can a school suspend a student?
<!-- asked: they keep sending him home | can they kick her out for two weeks|  -->
A school can suspend a student for up to 10 school days.

<!-- an editor's note, never shown -->
## Who decides?
The team decides.
"""


def test_asked_lines_give_a_sections_phrasings_and_are_never_its_text(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(PHRASED)
    doc = load(path, "guides/a.md")
    assert [(s.path, s.phrasings) for s in doc.sections] == [
        (("Overview",), ("what is this article about", "tell me the basics")),
        (("How long can a school suspend a student?",), ("they keep sending him home", "can they kick her out for two weeks")),
        (("Who decides?",), ()),
    ]
    assert all("asked" not in s.text and "editor" not in s.text and "<!--" not in s.text for s in doc.sections)
    chunks = chunk_document(doc, make_splitter(Settings().ingest), 10)
    assert chunks[1].phrasings == ("they keep sending him home", "can they kick her out for two weeks")
    # the phrasings are part of the chunk: new phrasings make a new chunk, and they travel with its metadata
    assert chunks[1].id != chunk_id(chunks[1].text) and chunks[2].id == chunk_id(chunks[2].text)
    from assistant.types import Chunk

    assert Chunk.from_metadata(chunks[1].id, chunks[1].text, chunks[1].metadata()) == chunks[1]
    assert "phrasings" not in chunks[2].metadata()
    path.write_text(PHRASED.replace("they keep sending him home", "they keep sending him home early"))
    again = chunk_document(load(path, "guides/a.md"), make_splitter(Settings().ingest), 10)
    assert again[1].id != chunks[1].id and again[2].id == chunks[2].id


def test_the_ages_a_document_is_about_reach_every_chunk_and_its_stored_metadata(tmp_path):
    path = tmp_path / "ei.md"
    path.write_text(ARTICLE.replace("topics: [iep-basics]", "topics: [iep-basics]\nages: 0-3"))
    doc = load(path, "guides/ei.md")
    assert doc.ages == (0, 3)
    chunks = chunk_document(doc, make_splitter(Settings().ingest), 10)
    assert chunks and all(c.ages == (0, 3) for c in chunks)
    stored = chunks[0].metadata()
    assert stored["ages"] == "0-3"
    assert Chunk.from_metadata(chunks[0].id, chunks[0].text, stored) == chunks[0]
    path.write_text(ARTICLE)  # most documents are about every age
    assert load(path, "guides/a.md").ages is None
    assert "ages" not in chunk_document(load(path, "guides/a.md"), make_splitter(Settings().ingest), 10)[0].metadata()


@pytest.mark.parametrize("ages", ["toddlers", "3-0", "0-99", "[0]"])
def test_ages_that_are_not_a_range_of_years_are_refused_with_the_reason(tmp_path, ages):
    path = tmp_path / "ei.md"
    path.write_text(ARTICLE.replace("topics: [iep-basics]", f"topics: [iep-basics]\nages: {ages}"))
    with pytest.raises(DocumentError, match="ages must"):
        load(path, "guides/ei.md")


def test_the_students_a_document_is_about_reach_every_chunk_and_its_stored_metadata(tmp_path):
    path = tmp_path / "gifted.md"
    path.write_text(ARTICLE.replace("topics: [iep-basics]", "topics: [iep-basics]\nstudents: [Gifted, honors, high  IQ, gifted]"))
    doc = load(path, "guides/gifted.md")
    assert doc.students == ("gifted", "honors", "high iq")
    chunks = chunk_document(doc, make_splitter(Settings().ingest), 10)
    assert chunks and all(c.students == doc.students for c in chunks)
    stored = chunks[0].metadata()
    assert stored["students"] == "gifted,honors,high iq"
    assert Chunk.from_metadata(chunks[0].id, chunks[0].text, stored) == chunks[0]
    path.write_text(ARTICLE)  # most documents are about every student
    assert load(path, "guides/a.md").students == ()
    assert "students" not in chunk_document(load(path, "guides/a.md"), make_splitter(Settings().ingest), 10)[0].metadata()


@pytest.mark.parametrize("students", ["{gifted: yes}", "[gifted, '']", "[[gifted]]"])
def test_students_that_are_not_a_list_of_words_are_refused_with_the_reason(tmp_path, students):
    path = tmp_path / "gifted.md"
    path.write_text(ARTICLE.replace("topics: [iep-basics]", f"topics: [iep-basics]\nstudents: {students}"))
    with pytest.raises(DocumentError, match="students must"):
        load(path, "guides/gifted.md")


# A report of findings in its own words (nobody's real report): what was found, studies cited by year.
REPORT = """# How schools keep students in class

## What the review found

The council's survey of forty districts found that suspensions fell where teachers had coaching (Lee, 2015).
Parents reported that they learned of removals only after the fact.
Researchers noted that rural districts kept fewer records of short removals (Ortiz et al., 2019).
Staff in six districts indicated that they had no written behavior plans.
The study showed that removals were most common in the spring (Park, 2017).
Most districts have a discipline code. Each code is posted on the district's website.
Districts update their codes every year. Some codes run to forty pages.
"""

RULE = """# Suspensions

## How long can a school suspend a student?

A school can suspend a student with an IEP for up to 10 school days in a row.
After 10 school days in a year, the school must provide services.
Studies show that short removals add up quickly, so parents should keep a count.
The team meets within 10 school days of a decision to change the placement.
"""


def test_a_report_of_findings_is_told_from_the_rule_itself(tmp_path):
    from assistant.types import Chunk
    from ingest.chunking import reports_findings

    (tmp_path / "review.md").write_text(REPORT)
    (tmp_path / "rule.md").write_text(RULE)
    splitter = make_splitter(Settings().ingest)
    report = chunk_document(load(tmp_path / "review.md", "reports/review.md"), splitter, 10)
    rule = chunk_document(load(tmp_path / "rule.md", "guides/rule.md"), splitter, 10)
    assert report and all(c.report for c in report)
    assert rule and not any(c.report for c in rule)  # one "studies show that" makes no report
    # coming from a report is part of a chunk, kept in its metadata
    assert report[0].id != chunk_id(report[0].text) and rule[0].id == chunk_id(rule[0].text, rule[0].phrasings)
    assert Chunk.from_metadata(report[0].id, report[0].text, report[0].metadata()) == report[0]
    assert "report" not in rule[0].metadata()
    assert not reports_findings([]) and not reports_findings(["Parents reported that the bus was late."])
    # a law named with its year is no study cited
    guide = ["The Individuals with Disabilities Education Act (IDEA 2004) gives parents rights."] * 20
    assert not reports_findings(guide)
    assert not reports_findings(["The handbook was updated (revised in the spring, 2019)."] * 20)  # no author
