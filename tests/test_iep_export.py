"""The one-page meeting summary of a parent's IEP, as Markdown and as a printable web page."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from assistant.types import Answer, Citation
from ingest.iep_document import Asked, DocumentAnswer, Quote, ScoredQuote, analyse, ask_document, check, read_iep
from tests.iep_samples import write_all
from ui.iep_export import NOT_LEGAL_ADVICE, file_name, to_html, to_markdown

SAVED = datetime(2026, 3, 1, 18, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def gaps(tmp_path_factory):
    files = write_all(tmp_path_factory.mktemp("ieps"))
    return read_iep("gaps.pdf", files["gaps.pdf"].read_bytes())


def library_answer() -> Answer:
    citation = Citation(
        1, "Related services in an IEP", "Frequency", "related-services.md", "c1", "The IEP should say how often.", 0.9
    )
    return Answer("The IEP should say how often each service is given. [1]", citations=(citation,))


def test_markdown_summary_has_dates_services_checklist_and_questions(gaps):
    asked = [
        Asked(
            "How many minutes of speech does he get?",
            ask_document(gaps, "How many minutes of speech does he get?"),
            library_answer(),
        )
    ]
    text = to_markdown(gaps, check(gaps), asked, saved_at=SAVED)
    assert text.startswith("# My child's IEP: questions for the meeting")
    assert "- IEP meeting: January 20, 2026 (page 1)" in text
    assert "| Speech-language therapy | not stated | not stated | Speech room | page 2 |" in text
    assert "Speech-language therapy has no frequency or duration" in text
    assert "   > “Speech therapy: as needed, in the speech room.” (page 2)" in text
    assert "Why: 34 CFR 300.320(a)(7) · guide: “Related services in an IEP” (`corpus/related-services.md`)" in text
    assert "Annual review date (04/20/2027) is more than 12 months after the meeting date (01/20/2026)" in text
    assert "**How many minutes of speech does he get?**" in text
    assert "(IEP, page 2)" in text and "From the guidance library: “Related services in an IEP”" in text
    assert NOT_LEGAL_ADVICE in text and "not saved or sent anywhere" in text
    assert "## Already in the IEP" in text and "34 CFR 300.320(a)(1)" in text


def test_html_summary_is_one_printable_page(gaps):
    asked = [
        Asked(
            "What accommodations does he have?",
            ask_document(gaps, "What accommodations does he have?"),
            None,
            "The guidance library is not available right now.",
        )
    ]
    page = to_html(gaps, check(gaps), asked, saved_at=SAVED)
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page
    assert "<table>" in page and "<td>Speech-language therapy</td>" in page
    assert page.count("<li><strong>") == len([f for r in check(gaps) for f in r.findings])
    assert "Goal 2 has no measurable criterion" in page and "“Goal 2: Sam will improve his writing skills.”" in page
    assert "What accommodations does he have?" in page and "(IEP, page 2)" in page
    assert "<script" not in page


def test_document_text_and_questions_are_escaped():
    lines = [Quote("Annual Goals", 1), Quote("Goal 1: <script>alert(1)</script> will **improve** reading.", 1)]
    doc = analyse("<b>iep</b>.pdf", "pdf", lines, 1)
    asked = [Asked("<img src=x> *bold*?", DocumentAnswer("q", (ScoredQuote(lines[1], 1.0),)))]
    page = to_html(doc, check(doc), asked, saved_at=SAVED)
    assert "<script>" not in page and "<img" not in page and "<b>iep" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x&gt;" in page
    text = to_markdown(doc, check(doc), asked, saved_at=SAVED)
    assert "\\<script>" in text and "\\*\\*improve\\*\\*" in text and "\\<img src=x> \\*bold\\*?" in text


def test_complete_iep_says_nothing_is_missing():
    lines = [
        Quote(t, 1)
        for t in (
            "Meeting date: 01/15/2026",
            "Annual review date: 01/14/2027",
            "Present Levels",
            "Reads at grade level.",
            "Annual Goals",
            "Goal 1: Reads with 90% accuracy.",
            "Progress Reporting",
            "Reported each quarter.",
            "Related Services",
            "Speech-language therapy: 2 times per week, 30 minutes, speech room.",
            "Accommodations",
            "Extended time.",
            "State Assessments",
            "Takes state tests.",
            "Least Restrictive Environment",
            "80% with non-disabled peers.",
            "Extended School Year",
            "Not needed.",
        )
    ]
    doc = analyse("ok.pdf", "pdf", lines, 1)
    assert "Nothing on the checklist was missing" in to_markdown(doc, check(doc), [], saved_at=SAVED)
    assert "Nothing on the checklist was missing" in to_html(doc, check(doc), [], saved_at=SAVED)


def test_file_names():
    assert file_name(SAVED, "md") == "iep-meeting-questions-2026-03-01-1830.md"
