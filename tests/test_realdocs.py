"""Real public-domain guidance (../shared/realdocs) ingested into its own index through the CLI,
then asked real questions whose answers must cite those documents by section or page."""

import re
from pathlib import Path

import pytest

from assistant.library import Library
from cli.ask import format_text
from tests.conftest import REALDOCS, _cli

pytestmark = [pytest.mark.integration, pytest.mark.skipif(not REALDOCS.is_dir(), reason="../shared/realdocs is not present")]

DOCUMENTS = (
    sorted(p.name for p in REALDOCS.glob("*") if p.is_file() and not p.name.endswith(".source.txt")) if REALDOCS.is_dir() else []
)


def test_every_file_gets_a_line_in_the_summary(realdocs):
    settings, result = realdocs
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in DOCUMENTS:
        (line,) = [ln for ln in lines if ln.split()[1:2] == [f"realdocs/{name}"]]
        assert line.split()[0] == "added" and "chunks" in line, line
        if name.endswith(".pdf"):
            assert "(pdf, " in line and " pages)" in line
    assert any("34-CFR-300" in ln and "(regulations, 272 sections)" in ln for ln in lines)
    sidecars = [ln for ln in lines if ".source.txt" in ln]
    assert sidecars and all(ln.split()[0] == "skipped" for ln in sidecars)
    assert lines[-1].startswith(f"{len(DOCUMENTS)} documents: added ")


def test_library_has_sensible_titles(realdocs):
    settings, _ = realdocs
    titles = {Path(d.source).name: d.title for d in Library(settings.index.library_path()).documents()}
    assert set(titles) == set(DOCUMENTS)
    assert titles["20-USC-ch33_IDEA-statute_uscode-chunks.md"] == (
        "20 U.S.C. Chapter 33 — Education of Individuals with Disabilities"
    )
    assert titles["34-CFR-300_IDEA-Part-B-regulations_eCFR-via-AlloFlow.json"] == (
        "IDEA Part B — Assistance to States for the Education of Children with Disabilities (34 CFR Part 300)"
    )
    assert titles["NCD-2011_Bullying-and-Students-with-Disabilities-briefing-paper.pdf"] == (
        "NCD Briefing Paper on Bullying and Students with Disabilities"
    )
    assert titles["USAgov_special-education.html"] == "Early intervention and special education services for children"
    assert titles["ADA-gov_testing-accommodations.md"] == "ADA Requirements: Testing Accommodations"


@pytest.mark.parametrize(
    "question, source, section",
    [
        (
            "What must an IEP include?",
            "34-CFR-300_IDEA-Part-B-regulations_eCFR-via-AlloFlow.json",
            "34 CFR 300.320 — Definition of individualized education program",
        ),
        (
            "What does Section 504 require for evaluation and placement?",
            "34-CFR-104_Section-504-regulations_eCFR-via-AlloFlow.json",
            "34 CFR 104.35 — Evaluation and placement",
        ),
        (
            "Is an emotional support animal a service animal?",
            "ADA-gov_service-animals-FAQ.md",
            "Definition of a Service Animal > Q3.",
        ),
        (
            "How do I get early intervention services for my toddler?",
            "USAgov_special-education.html",
            "Early intervention services",
        ),
    ],
)
def test_answers_cite_the_section(realdocs_assistant, question, source, section):
    answer = realdocs_assistant.ask(question)
    assert not answer.abstained
    cited = [(Path(c.source).name, c.section) for c in answer.citations]
    assert any(s == source and sec.startswith(section) for s, sec in cited), cited
    assert section.split(" — ")[0] in format_text(answer)


def test_pdf_answers_cite_a_page(realdocs_assistant):
    answer = realdocs_assistant.ask(
        "What did the National Council on Disability find about bullying of students with disabilities?"
    )
    pdf = [c for c in answer.citations if c.source.endswith(".pdf")]
    assert pdf and all(isinstance(c.page, int) and c.page >= 1 for c in pdf)
    assert "NCD-2011_Bullying" in pdf[0].source and pdf[0].to_dict()["page"] == pdf[0].page
    assert f", page {pdf[0].page} (" in format_text(answer)


def test_dry_run_after_ingest_finds_nothing_to_do(realdocs):
    settings, first = realdocs
    assert first.returncode == 0, first.stderr
    result = _cli(
        "ingest", str(REALDOCS), "--index", str(settings.index.index_dir), "--collection", "realdocs", "--dry-run", timeout=900
    )
    assert result.returncode == 0, result.stderr
    statuses = {ln.split()[1]: ln.split()[0] for ln in result.stdout.splitlines()[:-1]}
    assert {statuses[f"realdocs/{name}"] for name in DOCUMENTS} == {"unchanged"}
    assert "would add 0 chunks" in result.stdout and "would remove 0" in result.stdout


def test_a_question_about_parent_centers_quotes_what_the_documents_say_about_them(realdocs_assistant):
    answer = realdocs_assistant.ask("What does federal law say about parent training and information centers?")
    assert not answer.abstained
    assert any("parent training and information cent" in c.quote.lower() for c in answer.citations), answer.citations


@pytest.mark.parametrize(
    "question",
    [
        "is there a federal law against bullying? my daughter with down syndrome is getting teased constantly",
        "how do young people with learning disabilities do after high school?",
    ],
)
def test_reports_are_quoted_from_their_text_not_their_reference_lists(realdocs_assistant, question):
    answer = realdocs_assistant.ask(question)
    quotes = [c.quote for c in answer.citations if c.source.endswith(".pdf")]
    assert quotes, answer.citations
    for quote in quotes:
        assert "Retrieved" not in quote and not re.match(r"[A-Z][\w'-]+, ([A-Z][a-z]+ )?([A-Z]\.\s?)+", quote), quote
