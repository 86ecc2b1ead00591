"""Saving a conversation as Markdown and as one self-contained HTML page."""

import re
from datetime import datetime, timezone

import pytest

from assistant.sources import CitedSource, SourceLibrary
from assistant.types import Answer, Citation, SentenceCheck
from ui.conversation import Exchange
from ui.export import file_name, md_text, to_html, to_markdown, to_plain_text
from ui.wording import PARENT_CENTER_FINDER

SAVED = datetime(2026, 12, 1, 18, 40, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def conversation(assistant, corpus_index):
    library = SourceLibrary(corpus_index, max_overlap=150)
    out = []
    for question, audience in (
        ("What is an IEP?", "family"),
        ("How do I bake bread?", "family"),
        ("What is the difference between accommodations and modifications?", "teacher"),
    ):
        answer = assistant.ask(question, audience=audience)
        out.append(Exchange(question=question, answer=answer, audience=audience, sources=library.cited(answer.citations)))
    return out


def test_markdown_has_each_question_answer_and_sources(conversation):
    md = to_markdown(conversation, saved_at=SAVED)
    assert md.startswith("# IEP Guide conversation")
    for i, ex in enumerate(conversation, start=1):
        assert f"## {i}. {md_text(ex.question)}" in md
        for c in ex.answer.citations:
            assert f"{c.n}. **{md_text(c.title)}**" in md and c.source not in md  # titles, never file paths
    first = conversation[0].answer
    assert "[1]" in md and md_text(first.citations[0].quote) in md
    assert "Where you can get help" in md and PARENT_CENTER_FINDER in md, "the abstention keeps its help"
    assert "as Teacher / school staff" in md and "not legal advice" in md


def test_html_is_one_page_with_linked_sources(conversation):
    page = to_html(conversation, saved_at=SAVED, context_chars=200)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and 'lang="en"' in page
    assert "<script" not in page and "http://" not in page.replace(PARENT_CENTER_FINDER, "")
    assert "src=" not in page and "<link" not in page, "no outside resources: it works offline"
    for i, ex in enumerate(conversation, start=1):
        for c in ex.answer.citations:
            assert f'href="#q{i}-source-{c.n}"' in page and f'id="q{i}-source-{c.n}"' in page
    assert page.count('class="exchange"') == 3 and "<mark>" in page


def test_exports_show_question_and_document_markup_as_text():
    evil = "<script>alert(1)</script> **bold** [link](javascript:alert(1))"
    cite = Citation(1, evil, "Overview", "corpus/x.md", "c1", evil, 0.5)
    answer = Answer(
        text=f"{evil} [1]",
        citations=(cite,),
        question=evil,
        checks=(SentenceCheck(evil, (1,), False),),
        notice="Replaced <b>generated</b> text.",
    )
    ex = Exchange(question=evil, answer=answer, audience="family", sources=(CitedSource(cite, None),))
    page = to_html([ex], saved_at=SAVED, context_chars=100)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>" not in page
    assert "not backed by the sources" in page and "Replaced &lt;b&gt;generated&lt;/b&gt; text." in page
    md = to_markdown([ex], saved_at=SAVED)
    assert not re.search(r"(?<!\\)<script>", md) and "\\<script>" in md and "\\*\\*bold\\*\\*" in md and "\\[link\\]" in md
    assert "Not backed by the sources" in md


def test_md_text_keeps_citation_markers_and_escapes_line_starts():
    assert md_text("It is free. [2]") == "It is free. [2]"
    assert md_text("# not a heading\n- not a list") == "\\# not a heading\n\\- not a list"


def test_file_names_carry_the_time():
    assert file_name(SAVED, "md") == "iep-guide-conversation-2026-12-01-1840.md"


def test_plain_text_and_markdown_cite_each_source_once_per_paragraph_and_list_it_once():
    plan = Citation(1, "What is an IEP?", "Basics", "corpus/iep.md", "c1", "An IEP is a plan.", 0.8)
    costs = Citation(2, "Costs", "Overview", "corpus/costs.md", "c2", "It is free.", 0.7, page=4)
    answer = Answer(
        text="An IEP is a plan. [1] It is written down. [1] It is free. [2]\n\nAsk in writing. [1]",
        citations=(plan, costs),
        question="What is an IEP?",
    )
    ex = Exchange(
        question="What is an IEP?", answer=answer, audience="family", sources=(CitedSource(plan, None), CitedSource(costs, None))
    )
    text = to_plain_text(ex)
    assert "An IEP is a plan. It is written down. [1] It is free. [2]\n\nAsk in writing. [1]" in text
    assert text.count("[1] What is an IEP? (Basics)") == 1 and text.count("[2] Costs (page 4)") == 1
    assert "corpus/" not in text
    md = to_markdown([ex], saved_at=SAVED)
    assert "An IEP is a plan. It is written down. [1] It is free. [2]" in md
    assert md.count("1. **What is an IEP?**") == 1 and md.count("2. **Costs**") == 1
