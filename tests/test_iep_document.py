"""Reading and checking a parent's own IEP (ingest/iep_document.py): fictional IEPs written
as Word files and text PDFs by tests/iep_samples.py, and small texts for each rule."""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from ingest.iep_document import (
    ARTICLES,
    RULES,
    RULES_BY_ID,
    Quote,
    ScannedPDFError,
    analyse,
    ask_document,
    check,
    measurable_criterion,
    parse_date,
    read_iep,
)
from tests.conftest import CORPUS
from tests.iep_samples import GAPS, write_all, write_docx


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, Path]:
    return write_all(tmp_path_factory.mktemp("ieps"))


def read(samples, name: str):
    return read_iep(name, samples[name].read_bytes())


def doc_of(text: str):
    """An IEP from plain text: one line per line, a form feed starts the next page."""
    lines = [
        Quote(line, page=n)
        for n, page in enumerate(text.split("\f"), start=1)
        for line in page.strip().splitlines()
        if line.strip()
    ]
    return analyse("test.pdf", "pdf", lines, text.count("\f") + 1)


def findings_for(doc, rule_id: str):
    (result,) = [r for r in check(doc) if r.rule.id == rule_id]
    return list(result.findings)


# -- sections ----------------------------------------------------------------------------

DISTRICT_ORDER = [
    "opening",
    "dates",
    "present_levels",
    "goals",
    "progress",
    "special_education",
    "related_services",
    "accommodations",
    "state_tests",
    "lre",
    "esy",
]


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_district_form_sections_in_document_order(samples, ext):
    doc = read(samples, f"district.{ext}")
    assert [s.kind for s in doc.sections] == DISTRICT_ORDER
    assert doc.pages == 4, "a Word file's pages come from the page breaks saved in it"
    pages = {s.kind: s.pages for s in doc.sections}
    assert pages["present_levels"] == (1,) and pages["goals"] == (2,) and pages["related_services"] == (3,)
    assert pages["esy"] == (4,) and doc.section("goals").where == "page 2"


def test_word_file_without_page_breaks_is_cited_by_section(tmp_path):
    path = write_docx(tmp_path / "one.docx", [b for b in GAPS if b[0] != "page"])
    doc = read_iep("one.docx", path.read_bytes())
    assert doc.pages is None and doc.section("related_services").where == "section “Related Services”"
    (finding,) = findings_for(doc, "service_details")
    assert finding.quote.page is None and finding.quote.where == "section “Related Services”"


def test_word_pages_count_a_laid_out_break_after_an_explicit_one_once(tmp_path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    def laid_out_break(paragraph):
        run = paragraph.runs[0]._r
        run.insert(0, OxmlElement("w:lastRenderedPageBreak"))

    document = docx.Document()
    document.add_heading("Annual Goals", level=2)
    document.add_paragraph("Goal 1: Reads with 90% accuracy.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    laid_out_break(document.add_paragraph("Goal 2: Writes with 80% accuracy."))  # page 2, not 3
    laid_out_break(document.add_paragraph("Goal 3: Counts with 70% accuracy."))  # Word laid out page 3 here
    document.save(str(tmp_path / "breaks.docx"))
    doc = read_iep("breaks.docx", (tmp_path / "breaks.docx").read_bytes())
    assert [(g.number, g.quote.page) for g in doc.goals] == [(1, 1), (2, 2), (3, 3)] and doc.pages == 3


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_narrative_headings_are_recognised(samples, ext):
    doc = read(samples, f"narrative.{ext}")
    kinds = {s.kind: s.heading for s in doc.sections}
    assert kinds["present_levels"] == "Where Jordan Is Now (Present Levels)"
    assert kinds["goals"] == "Jordan's Goals"
    assert kinds["special_education"] == "Services Jordan Will Receive"
    assert kinds["lre"] == "Time With Non-Disabled Peers"
    assert kinds["state_tests"] == "State Testing"
    order = [s.kind for s in doc.sections]
    # a heading of no known kind is a section of its own, in its place: styled so in a Word file, and
    # in a PDF (which keeps no styles) a title naming a part of an IEP ("Parent Input")
    assert order[1:4] == ["present_levels", "other", "goals"] and doc.sections[2].heading == "Parent Input"
    assert doc.sections[2].label == "Parent Input"


def test_wrapped_pdf_lines_and_table_cells_are_joined(samples):
    doc = read(samples, "district.pdf")
    texts = [q.text for q in doc.passages]
    assert "Specialized reading instruction — 5 times per week — 45 minutes — Resource room" in texts
    assert any(t.startswith("Maya reads 62 words") and t.endswith("70% of the time.") for t in texts)
    assert "Supplementary Aids, Services and Accommodations" not in " ".join(texts), "a heading is not glued to a table row"


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("3. Related Services", "related_services"),
        ("PART IV: RELATED SERVICES", "related_services"),
        ("Section 5 Measurable Annual Goals", "goals"),
        ("B) Present Levels of Performance", "present_levels"),
        ("ANNUAL GOALS AND OBJECTIVES", "goals"),
        ("Statewide Assessment", "state_tests"),
        ("Extended School Year (ESY)", "esy"),
        ("Postsecondary Goals", "transition"),
        ("Special Education and Related Services", "special_education"),
        ("Program Modifications and Supports", "accommodations"),
        ("IEP Information", "dates"),  # a print-out's meeting type and dates
    ],
)
def test_heading_styles(heading, kind):
    doc = doc_of(f"{heading}\nSome text about it.")
    assert [s.kind for s in doc.sections] == [kind]


def test_a_sentence_is_not_a_heading():
    doc = doc_of("Annual Goals\nGoal 1: Sam will read with 90% accuracy.\nThe related services are listed below.")
    assert [s.kind for s in doc.sections] == ["goals"]


# -- fields --------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_services_with_frequency_duration_and_location(samples, ext):
    doc = read(samples, f"district.{ext}")
    got = [(s.name, s.kind, s.frequency, s.duration, s.location) for s in doc.services]
    assert got == [
        ("Specialized reading instruction", "special education", "5 times per week", "45 minutes", "Resource room"),
        ("Speech-language therapy", "related", "2 times per week", "30 minutes", "Speech room"),
        ("Occupational therapy", "related", "1 time per month", "30 minutes", "General education classroom"),
    ]
    assert all(s.quote.page == 3 for s in doc.services)


def test_services_written_as_sentences(samples):
    doc = read(samples, "narrative.pdf")
    got = [(s.name, s.frequency, s.duration, s.location) for s in doc.services]
    assert got == [
        ("Specialized math instruction", "4 times per week", "50 minutes", "Learning center"),
        ("Speech-language therapy", "twice a week", "30 minutes", "Speech room"),
        ("Counseling", "once a week", "20 minutes", "Counselor's office"),
    ]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Speech-language therapy: 2x/week, 30 min, pull-out", ("Speech-language therapy", "2x/week", "30 min", "Pull-out")),
        ("Occupational therapy — 60 minutes per week — push-in", ("Occupational therapy", "per week", "60 minutes", "Push-in")),
        (
            "Counseling: 30 minutes monthly in the counselor's office",
            ("Counseling", "monthly", "30 minutes", "Counselor's office"),
        ),
        ("Physical therapy 1 x weekly, 45 minutes, school gym", ("Physical therapy", "1 x weekly", "45 minutes", "School gym")),
        (
            "Specialized writing instruction: three times a week for 40 minutes in the special education classroom",
            ("Specialized writing instruction", "three times a week", "40 minutes", "Special education classroom"),
        ),
    ],
)
def test_service_lines(line, expected):
    (service,) = doc_of(f"Services\n{line}").services
    assert (service.name, service.frequency, service.duration, service.location) == expected


def test_service_without_frequency_or_duration(samples):
    (service,) = read(samples, "gaps.docx").services
    assert service.name == "Speech-language therapy" and service.missing == ("frequency", "duration")
    assert service.location == "Speech room"


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_dates_and_age(samples, ext):
    doc = read(samples, f"district.{ext}")
    assert {d.kind: d.value for d in doc.dates} == {
        "meeting": date(2026, 3, 10),
        "annual_review": date(2027, 3, 9),
        "reevaluation": date(2028, 2, 15),
        "birth": date(2016, 5, 2),
    }
    assert doc.age == 9, "from the date of birth on the meeting date"
    narrative = read(samples, f"narrative.{ext}")
    assert {d.kind: d.value for d in narrative.dates} == {
        "meeting": date(2025, 9, 15),
        "annual_review": date(2026, 9, 14),
        "reevaluation": date(2027, 9, 1),
    }
    assert narrative.age == 12


@pytest.mark.parametrize(
    "text, expected",
    [
        ("03/10/2026", date(2026, 3, 10)),
        ("3/1/26", date(2026, 3, 1)),
        ("2026-02-02", date(2026, 2, 2)),
        ("September 15, 2025", date(2025, 9, 15)),
        ("Sept. 5 2025", date(2025, 9, 5)),
        ("02/30/2026", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_goals_with_and_without_measurable_criteria(samples, ext):
    district = read(samples, f"district.{ext}")
    assert [(g.number, g.criterion) for g in district.goals] == [(1, "90 words correct per minute"), (2, "80%")]
    gaps = read(samples, f"gaps.{ext}")
    assert [(g.number, g.measurable) for g in gaps.goals] == [(1, True), (2, False)]
    assert gaps.goals[1].text == "Sam will improve his writing skills."


@pytest.mark.parametrize(
    "text, criterion",
    [
        ("with 80% accuracy", "80%"),
        ("on 4 out of 5 weekly checks", "4 out of 5"),
        ("in 3 of 4 trials", "3 of 4"),
        ("correctly on 8/10 trials", "8/10 trials"),
        ("for 3 consecutive weeks", "3 consecutive weeks"),
        ("from a baseline of 40 to 90", "from a baseline of 40 to 90"),
        ("will improve writing skills", ""),
        ("By March 2027 will read better", ""),
    ],
)
def test_measurable_criterion(text, criterion):
    assert measurable_criterion(text) == criterion


# -- the checklist: every rule passes on one example and fails on another -------------------

COMPLETE = """Individualized Education Program
Student: Test Student
Age: 10
IEP meeting date: 01/15/2026
Annual review date: 01/14/2027
Present Levels
Reads at a grade 2 level.
Annual Goals
Goal 1: Will read grade 3 passages with 90% accuracy in 4 of 5 trials.
Progress Reporting
Progress will be reported each quarter with the report card.
\f
Special Education Services
Reading instruction: 5 times per week, 30 minutes, resource room.
Related Services
Speech-language therapy: 2 times per week, 30 minutes, speech room.
Accommodations
Extended time on tests.
State Assessments
Takes state tests with extended time.
Least Restrictive Environment
In general education 80% of the day with non-disabled peers.
Extended School Year
ESY is not needed.
"""


def without(text: str, *drop: str) -> str:
    """The complete IEP with the named lines removed (and any `a->b` replacements made)."""
    for item in drop:
        if "->" in item:
            old, new = item.split("->")
            text = text.replace(old, new)
        else:
            text = "\n".join(line for line in text.split("\n") if not line.startswith(item))
    return text


def test_the_complete_example_passes_every_rule():
    results = check(doc_of(COMPLETE))
    assert [r.rule.id for r in results] == [r.id for r in RULES]
    assert all(r.ok for r in results), [f.title for r in results for f in r.findings]
    assert all(r.found is not None for r in results if r.rule.id != "transition")


FAILING = {
    "present_levels": (("Present Levels", "Reads at a grade 2"), "No statement of present levels was found", 1),
    "annual_goals": (("Annual Goals", "Goal 1:"), "No annual goals were found", 1),
    "measurable_goals": (("with 90% accuracy in 4 of 5 trials->better",), "Goal 1 has no measurable criterion", 1),
    "progress_reporting": (("Progress",), "No statement of how progress will be measured and reported was found", 1),
    "services_listed": (
        ("Special Education Services", "Reading instruction", "Related Services", "Speech-language"),
        "No special education or related services were found",
        1,
    ),
    "service_details": (
        ("2 times per week, 30 minutes, ->as needed, ",),
        "Speech-language therapy has no frequency or duration",
        2,
    ),
    "accommodations": (("Accommodations", "Extended time on tests"), "No accommodations or supplementary aids were found", 2),
    "state_tests": (("State Assessments", "Takes state tests"), "No statement about state and district tests was found", 2),
    "lre": (("Least Restrictive", "In general education"), "No statement of time with non-disabled peers was found", 2),
    "esy": (("Extended School Year", "ESY is not"), "Extended school year is not mentioned", 2),
    "annual_review": (
        ("01/14/2027->04/20/2027",),
        "Annual review date (04/20/2027) is more than 12 months after the meeting date (01/15/2026)",
        1,
    ),
    "transition": (("Age: 10->Age: 16",), "Student is 16 and there is no transition plan", 1),
}


@pytest.mark.parametrize("rule_id", [r.id for r in RULES])
def test_each_rule_fails_on_an_example_missing_what_it_asks_for(rule_id):
    drop, title, page = FAILING[rule_id]
    doc = doc_of(without(COMPLETE, *drop))
    findings = findings_for(doc, rule_id)
    assert [f.title for f in findings] == [title]
    (finding,) = findings
    assert finding.quote.page == page and finding.quote.text in [q.text for q in doc.lines]
    assert finding.question.endswith("?")
    assert finding.regulation == RULES_BY_ID[rule_id].regulation
    others = [f.rule for r in check(doc) for f in r.findings if f.rule != rule_id]
    assert others in ([], ["progress_reporting"], ["annual_review"]), "one gap, one finding"


def test_each_rule_passes_on_an_example_that_has_it():
    doc = doc_of(COMPLETE)
    for rule in RULES:
        assert findings_for(doc, rule.id) == [], rule.id


def test_annual_review_missing_and_exactly_one_year():
    assert [f.title for f in findings_for(doc_of(without(COMPLETE, "Annual review")), "annual_review")] == [
        "No annual review date was found"
    ]
    assert findings_for(doc_of(without(COMPLETE, "01/14/2027->01/15/2027")), "annual_review") == []
    assert findings_for(doc_of(without(COMPLETE, "01/14/2027->01/16/2027")), "annual_review") != []


def test_transition_from_the_date_of_birth_and_with_a_plan():
    born_16 = without(COMPLETE, "Age: 10->Date of birth: 01/01/2010")
    assert [f.title for f in findings_for(doc_of(born_16), "transition")] == ["Student is 16 and there is no transition plan"]
    planned = born_16 + "Transition Plan\nPostsecondary goal: attend community college.\n"
    assert findings_for(doc_of(planned), "transition") == []
    assert findings_for(doc_of(without(COMPLETE, "Age: 10->Age: 15")), "transition") == []


def test_sample_ieps_findings(samples):
    for ext in ("pdf", "docx"):
        assert [f.title for f in check_all(read(samples, f"district.{ext}"))] == []
        assert [f.title for f in check_all(read(samples, f"narrative.{ext}"))] == []
        assert [f.title for f in check_all(read(samples, f"teen-transition.{ext}"))] == []
        assert [f.title for f in check_all(read(samples, f"teen-no-transition.{ext}"))] == [
            "Student is 16 and there is no transition plan"
        ]
        gaps = check_all(read(samples, f"gaps.{ext}"))
        assert [f.title for f in gaps] == [
            "Goal 2 has no measurable criterion",
            "No statement of how progress will be measured and reported was found",
            "Speech-language therapy has no frequency or duration",
            "No statement about state and district tests was found",
            "Extended school year is not mentioned",
            "Annual review date (04/20/2027) is more than 12 months after the meeting date (01/20/2026)",
        ]
        assert [f.quote.page for f in gaps] == [1, 1, 2, 2, 2, 1]
        assert gaps[2].quote.text == "Speech therapy: as needed, in the speech room."


def check_all(doc):
    return [f for r in check(doc) for f in r.findings]


def test_findings_are_questions_not_legal_conclusions(samples):
    findings = check_all(read(samples, "gaps.pdf")) + check_all(read(samples, "teen-no-transition.pdf"))
    findings += [f for rule in RULES for f in findings_for(doc_of(without(COMPLETE, *FAILING[rule.id][0])), rule.id)]
    for f in findings:
        assert f.question.endswith("?")
        words = f"{f.title} {f.question}".lower()
        assert not re.search(r"violat|illegal|unlawful|non-?complian|out of compliance|must|required by law|denied fape", words)


def test_each_rule_cites_a_regulation_and_a_real_corpus_article():
    for rule in RULES:
        assert re.fullmatch(r"34 CFR 300\.\d{3}(\([a-z0-9]+\))*", rule.regulation), rule.regulation
        path = CORPUS.parent / rule.article.source
        assert path.is_file(), rule.article.source
        assert f'title: "{rule.article.title}"' in path.read_text(encoding="utf-8")
    assert {r.article for r in RULES} <= set(ARTICLES.values())
    in_range = [r for r in RULES if r.regulation.startswith(("34 CFR 300.320", "34 CFR 300.324"))]
    assert len(in_range) >= len(RULES) - 1


# -- questions about the document -----------------------------------------------------------


@pytest.mark.parametrize("name, page", [("district.pdf", 3), ("narrative.pdf", 2), ("district.docx", 3)])
def test_minutes_of_speech_quotes_the_service_line(samples, name, page):
    doc = read(samples, name)
    answer = ask_document(doc, "How many minutes of speech does he get?")
    best = answer.quotes[0].quote
    assert "30 minutes" in best.text and "peech" in best.text and best.page == page
    assert best.text in [q.text for q in doc.lines], "quoted verbatim"


def test_test_accommodations_question(samples):
    answer = ask_document(read(samples, "district.pdf"), "What accommodations does she have for tests?")
    texts = [q.quote.text for q in answer.quotes]
    assert "Extended time (time and a half) on classroom tests and quizzes." in texts
    assert {q.quote.page for q in answer.quotes} <= {3, 4}


def test_a_service_that_is_not_in_the_iep_is_said_to_be_missing(samples):
    answer = ask_document(read(samples, "teen-no-transition.pdf"), "How many minutes of speech does he get?")
    assert answer.note.startswith("No speech-language therapy is listed")
    assert answer.text.startswith(answer.note)


def test_unrelated_question_finds_nothing(samples):
    answer = ask_document(read(samples, "district.pdf"), "Who won the football game?")
    # nothing quoted: "I could not find this", or that the IEP does not mention sports
    assert not answer.found and answer.not_found and not answer.quotes
    assert "could not find" in answer.text or "does not mention sports" in answer.text


def test_embedder_is_used_when_given(samples):
    class Fake:
        def __init__(self):
            self.calls = []

        def embed_documents(self, texts):
            self.calls.append(len(texts))
            return [[1.0 if "summer" in t.lower() or "extended school year" in t.lower() else 0.0, 1.0] for t in texts]

        def embed_query(self, text):
            return [1.0, 0.0]

    fake = Fake()
    answer = ask_document(read(samples, "district.pdf"), "Will she get help over the holidays?", embedder=fake)
    assert fake.calls and answer.quotes[0].quote.page == 4
    assert "extended school year" in answer.quotes[0].quote.text.lower()


def test_real_embedder_answers_a_paraphrase(samples, embedder):
    answer = ask_document(read(samples, "narrative.pdf"), "How is he doing in math right now?", embedder=embedder)
    assert answer.quotes[0].quote.text.startswith("Jordan solves grade 7 math problems")
    answer = ask_document(read(samples, "narrative.pdf"), "Is he in regular classes?", embedder=embedder)
    assert answer.quotes[0].quote.text.startswith("Jordan will be in general education classes")


# -- reading files, and privacy ------------------------------------------------------------


def test_scanned_pdf_is_named_as_a_scan(samples):
    with pytest.raises(ScannedPDFError, match="looks like a scan"):
        read(samples, "scan.pdf")


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("iep.txt", b"hello", "PDF or a Word"),
        ("iep.pdf", b"   ", "empty"),
        ("iep.pdf", b"not a pdf at all", "PDF"),
        ("iep.docx", b"not a zip", "docx"),
    ],
)
def test_unreadable_files_are_refused_clearly(name, data, message):
    with pytest.raises(DocumentError, match=message):
        read_iep(name, data)


def test_size_limit(samples):
    with pytest.raises(DocumentError, match="over the"):
        read_iep("district.pdf", samples["district.pdf"].read_bytes(), max_bytes=100)


def test_nothing_is_left_on_disk(samples, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    read(samples, "district.pdf")
    read(samples, "gaps.docx")
    with pytest.raises(ScannedPDFError):
        read(samples, "scan.pdf")
    assert list(tmp_path.iterdir()) == []


# -- PDF tables and wrapped lines ---------------------------------------------------------

TABLE_PDF = [
    ("h", "Harbor Glen School District - Office of Student Services"),
    (
        "p",
        "This IEP was written at a meeting held on October 14, 2026. The team will meet again to review "
        "it no later than October 13, 2027. Next reevaluation is due by 11/02/2028.",
    ),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Minutes", "Frequency", "Location", "Provider"],
            ["Specialized reading instruction", "45 minutes", "5 times per week", "Resource room", "Special education teacher"],
            ["Speech-language therapy", "20 minutes", "2 times per week", "Speech room", "Speech-language pathologist"],
        ],
    ),
    ("h", "Accommodations"),
    (
        "table",
        [
            ["Extended time", "Classroom tests"],
            ["Small group setting", "State assessments"],
        ],
    ),
]


def test_pdf_table_row_is_read_as_one_line_of_cells(tmp_path):
    from evals.iep_files import write_pdf

    doc = read_iep("iep.pdf", write_pdf(tmp_path / "iep.pdf", TABLE_PDF).read_bytes())
    texts = [q.text for q in doc.lines]
    row = "Specialized reading instruction — 45 minutes — 5 times per week — Resource room — Special education teacher"
    assert row in texts
    assert "Speech-language therapy — 20 minutes — 2 times per week — Speech room — Speech-language pathologist" in texts
    speech = next(s for s in doc.services if s.name == "Speech-language therapy")
    assert (speech.duration, speech.frequency, speech.location) == ("20 minutes", "2 times per week", "Speech room")


WRAPPED_CELLS = [
    ("h", "Individualized Education Program (IEP)"),
    ("p", "Student: Ana Ruiz. Grade 7. This IEP was written at a meeting on 11/18/2026."),
    ("h", "Special Education and Related Services"),
    (
        "table",
        [
            ["Service", "Minutes", "Frequency", "Location"],
            ["Specialized written expression instruction in a small group", "40 minutes", "4 times per week", "Resource room"],
            [
                "Occupational therapy",
                "30 minutes",
                "Once every 6 weeks for consultation with the teacher",
                "General education classroom",
            ],
            ["Speech-language therapy", "20 minutes", "2 times per week", "Speech room"],
        ],
    ),
    ("h", "CONSENT AND SIGNATURES"),
    (
        "table",
        [
            ["Name", "Role", "Date signed"],
            ["Lorraine Greer", "Parent", "11/18/2026"],
            ["Anand Patel", "Special education teacher and case manager for the IEP", "11/18/2026"],
            ["Carla Benitez", "Assistant Principal", "11/18/2026"],
        ],
    ),
]


def test_pdf_table_rows_whose_cells_wrap_are_whole_as_in_word(tmp_path):
    from evals.iep_files import write_docx, write_pdf

    read = {
        ext: read_iep(f"iep.{ext}", write(tmp_path / f"iep.{ext}", WRAPPED_CELLS).read_bytes())
        for write, ext in ((write_docx, "docx"), (write_pdf, "pdf"))
    }
    for ext, doc in read.items():
        services = [(s.name, s.duration, s.frequency, s.location) for s in doc.services]
        assert services == [
            ("Specialized written expression instruction", "40 minutes", "4 times per week", "Resource room"),
            ("Occupational therapy", "30 minutes", "Once every 6 weeks", "General education classroom"),
            ("Speech-language therapy", "20 minutes", "2 times per week", "Speech room"),
        ], ext
        texts = [q.text for q in doc.lines]
        assert "Anand Patel — Special education teacher and case manager for the IEP — 11/18/2026" in texts, ext
        assert not any(t.startswith(("manager for", "with the teacher", "in a small group")) for t in texts), ext
    rows = [[q.text for q in doc.lines if " — " in q.text] for doc in read.values()]
    assert rows[0] == rows[1], "the PDF's table rows are the Word file's"


def test_pdf_paragraph_wrapped_before_a_date_is_one_line(tmp_path):
    from evals.iep_files import write_pdf

    doc = read_iep("iep.pdf", write_pdf(tmp_path / "iep.pdf", TABLE_PDF).read_bytes())
    assert any("no later than October 13, 2027. Next" in q.text for q in doc.lines)


def test_letterhead_and_two_cells_on_a_line_are_not_section_headings(tmp_path):
    from evals.iep_files import write_pdf

    doc = read_iep("iep.pdf", write_pdf(tmp_path / "iep.pdf", TABLE_PDF).read_bytes())
    headings = [s.heading for s in doc.sections]
    assert "Harbor Glen School District - Office of Student Services" not in headings
    assert "Small group setting — State assessments" not in headings
    assert doc.section("accommodations").text.endswith("Small group setting — State assessments")
    assert "Special Education and Related Services" in headings


# -- answers that state the fact -------------------------------------------------------------

ANSWERING = """Individualized Education Program
Student — Nora Quinn
Date of IEP meeting — 02/03/2027
Next annual IEP review — 02/02/2028
Re-evaluation due — 10/15/2029
Special Education Services
Specialized math instruction 40 minutes 4 times per week Resource room
Accommodations
Accommodation — Setting
Extended time — Classroom tests and state assessments
Calculator — State assessments
Separate room — State assessments
Frequent breaks — State assessments
Extended School Year
Nora qualifies for extended school year services: specialized math instruction, 60 minutes a day, 4 days a week in July.
Transportation: Nora rides special transportation from home."""


def test_a_date_question_is_answered_with_that_kind_of_date_first():
    doc = doc_of(ANSWERING)
    assert "02/02/2028" in ask_document(doc, "When is her next IEP meeting?").quotes[0].quote.text
    assert "10/15/2029" in ask_document(doc, "when is the triennial").quotes[0].quote.text
    assert "02/03/2027" in ask_document(doc, "When was the IEP written?").quotes[0].quote.text


def test_meeting_again_by_a_date_is_the_annual_review():
    doc = doc_of("The team met on March 3, 2027 and will meet again to review it no later than March 2, 2028.")
    assert doc.date("annual_review").value == date(2028, 3, 2)
    assert doc.date("meeting").value == date(2027, 3, 3)


def test_minutes_question_prefers_the_school_year_service_to_summer():
    answer = ask_document(doc_of(ANSWERING), "How many minutes of math help does she get?")
    assert "40 minutes 4 times per week" in answer.quotes[0].quote.text
    summer = ask_document(doc_of(ANSWERING), "How much math does she get in the summer?")
    assert "July" in summer.quotes[0].quote.text


def test_a_list_question_gets_every_row_of_the_table_without_its_header():
    answer = ask_document(doc_of(ANSWERING), "What accommodations does she get on state tests?")
    texts = [q.quote.text for q in answer.quotes]
    for row in ("Extended time", "Calculator", "Separate room", "Frequent breaks"):
        assert any(t.startswith(row) for t in texts), row
    assert "Accommodation — Setting" not in texts
    assert texts.index("Calculator — State assessments") < texts.index("Frequent breaks — State assessments")


def test_an_item_the_iep_never_mentions_is_said_to_be_absent():
    doc = doc_of(ANSWERING)
    answer = ask_document(doc, "Does she have a behavior plan?")
    assert answer.not_found and answer.text.startswith("This IEP does not mention a behavior intervention plan.")
    aide = ask_document(doc, "Does she have a one-on-one aide in class?")
    assert aide.not_found and "one-to-one aide" in aide.note
    with_plan = doc_of(ANSWERING + "\nBehavior intervention plan: attached, reviewed monthly by the team.")
    answer = ask_document(with_plan, "Does she have a behavior plan?")
    assert not answer.not_found
    assert answer.note == (
        "Yes: this IEP has it, on page 1: “Behavior intervention plan: attached, reviewed monthly by the team.”."
    )
    assert answer.quotes[0].quote.text.startswith("Behavior intervention plan")


def test_a_listed_service_or_a_found_passage_is_not_absent():
    doc = doc_of(ANSWERING)
    assert not ask_document(doc, "How many minutes of math help does she get?").not_found
    assert ask_document(doc, "Does she get speech therapy?").not_found


def test_a_bus_question_finds_the_transportation_line():
    answer = ask_document(doc_of(ANSWERING), "Does she get a bus?")
    assert answer.quotes[0].quote.text.startswith("Transportation: Nora rides special transportation")


GRID = """IEP - Birch Hollow Elementary
Present Levels
Ava reads 40 words correct per minute; reading is hard for her and she avoids it at home.
Services
SLP — 2x30 min/wk — Speech room (pull-out)
Reading instruction — 45 min/day — Learning lab
ESY
ESY: Yes. Speech therapy 1x30 min/wk for 6 weeks in July.
Transportation: regular education transportation."""


def test_a_summer_question_quotes_the_summer_service_over_the_school_year_one(embedder):
    for question in ("Does she get speech in the summer?", "Will she have speech over the holidays?"):
        answer = ask_document(doc_of(GRID), question, embedder)
        assert answer.quotes[0].quote.text.startswith("ESY: Yes. Speech therapy"), question
    school_year = ask_document(doc_of(GRID), "How many minutes of speech does she get?", embedder)
    assert school_year.quotes[0].quote.text.startswith("SLP — 2x30 min/wk")


def test_where_question_quotes_the_service_with_its_place():
    answer = ask_document(doc_of(GRID), "Where does she get her reading help?")
    assert answer.quotes[0].quote.text == "Reading instruction — 45 min/day — Learning lab"


def test_everyday_words_for_the_ride_to_school_find_transportation():
    answer = ask_document(doc_of(GRID), "how does she get to school")
    assert answer.quotes[0].quote.text == "Transportation: regular education transportation."


def test_a_yes_or_no_question_about_a_listed_service_says_yes_then_quotes_it():
    answer = ask_document(doc_of(GRID), "Does she get speech therapy?")
    assert answer.note == "Yes: speech-language therapy is listed as a service in this IEP."
    assert not answer.not_found and answer.text.startswith(answer.note)
    assert answer.quotes[0].quote.text.startswith("SLP — 2x30 min/wk")
    assert not ask_document(doc_of(GRID), "How many minutes of speech does she get?").note


def test_a_list_question_puts_the_row_that_answers_it_first(embedder):
    answer = ask_document(doc_of(ANSWERING), "Which accommodations give her breaks?", embedder)
    texts = [q.quote.text for q in answer.quotes]
    assert texts[0] == "Frequent breaks — State assessments"
    assert "Calculator — State assessments" in texts, "the other rows follow"


GOALS = """Student — Leo Park
Age — 9
Annual Goals
Goal 1: Leo will read grade 3 passages at 85 words correct per minute on 3 of 4 probes.
Goal 2: Leo will solve two-digit subtraction problems with 80% accuracy.
Progress will be sent home in a written report each quarter."""


def test_a_goal_in_an_area_the_iep_has_no_goal_for_is_said_to_be_absent():
    doc = doc_of(GOALS)
    answer = ask_document(doc, "Does he have a writing goal?")
    assert answer.not_found and answer.note.startswith("No writing goal is listed in this IEP.")
    assert not ask_document(doc, "What is his reading goal?").not_found
    math = ask_document(doc, "What is his math goal?")
    assert not math.not_found and "two-digit subtraction" in math.quotes[0].quote.text
    assert not ask_document(doc, "What are his goals?").note


def test_how_old_quotes_the_age():
    answer = ask_document(doc_of(GOALS), "How old is he?")
    assert answer.quotes[0].quote.text == "Age — 9"


def test_a_form_label_and_its_wrapped_value_are_one_row(tmp_path):
    from evals.iep_files import write_pdf

    blocks = [
        ("h", "Individualized Education Program"),
        (
            "table",
            [
                ["Student", "Jordan Tate"],
                ["Grade", "11"],
                ["Eligibility", "Other health impairment (ADHD) and a specific learning disorder in math"],
            ],
        ),
    ]
    doc = read_iep("iep.pdf", write_pdf(tmp_path / "iep.pdf", blocks).read_bytes())
    row = "Eligibility — Other health impairment (ADHD) and a specific learning disorder in math"
    assert row in [q.text for q in doc.lines], "the label's cell and its value's two lines are one row"
    assert ask_document(doc, "What is her eligibility?").quotes[0].quote.text == row


PLACES = """Student: Theo Marsh. Grade 5, Alder Creek School.
Present Levels
Theo reads at a grade 3 level and is below grade level in math.
Least Restrictive Environment
Theo spends 80% of the day in the general education classroom; he leaves it for reading help in the learning center.
Special Education Services
Specialized reading instruction — 45 minutes — 5 times per week — Resource room"""


def test_what_grade_quotes_the_grade_the_student_is_in(embedder):
    answer = ask_document(doc_of(PLACES), "What grade is Theo in?", embedder)
    assert answer.quotes[0].quote.text.startswith("Student: Theo Marsh. Grade 5")


def test_where_a_service_is_given_quotes_the_service_row_first(embedder):
    answer = ask_document(doc_of(PLACES), "Where does he get his reading help?", embedder)
    assert answer.quotes[0].quote.text.endswith("Resource room")


def test_a_service_the_iep_names_outside_its_services_is_not_said_to_be_missing():
    doc = doc_of("""Special Education Services
Reading instruction — 45 minutes — 5 times per week — Resource room
Least Restrictive Environment
Ava leaves the general education class for reading and for speech-language therapy with the SLP.
Accommodations
Text-to-speech for tests.""")
    answer = ask_document(doc, "Does she get speech therapy?")
    assert not answer.not_found and "No speech-language therapy" not in answer.text
    assert any("speech-language therapy with the SLP" in q.quote.text for q in answer.quotes)
    tools_only = doc_of("Accommodations\nText-to-speech for tests.\nSpeech-to-text for writing.")
    assert ask_document(tools_only, "Does she get speech therapy?").not_found


# -- layouts from other states and districts ---------------------------------------------------

FREQUENCY_FIRST = [
    ("h", "Mesa Verde ISD - ARD Committee Report"),
    ("p", "Student: Ruben Ortiz. Grade 4."),
    ("h", "SCHEDULE OF SERVICES"),
    (
        "table",
        [
            ["Frequency", "Service", "Duration", "Setting"],
            ["Daily", "In-class support: math", "45 minutes", "General education classroom"],
            ["4 x weekly", "Dyslexia intervention", "45 minutes", "Dyslexia room"],
            ["2 x weekly", "Speech therapy", "30 minutes", "Speech room"],
        ],
    ),
    ("h", "ACCOMMODATIONS"),
    ("p", "Math: a multiplication chart."),
]


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_a_services_grid_is_read_by_its_header_whatever_the_order_of_its_columns(tmp_path, ext):
    from evals.iep_files import write_docx, write_pdf

    write = write_pdf if ext == "pdf" else write_docx
    doc = read_iep(f"iep.{ext}", write(tmp_path / f"iep.{ext}", FREQUENCY_FIRST).read_bytes())
    got = [(s.name, s.frequency, s.duration, s.location) for s in doc.services]
    assert got == [
        ("In-class support", "Daily", "45 minutes", "General education classroom"),
        ("Dyslexia intervention", "4 x weekly", "45 minutes", "Dyslexia room"),
        ("Speech-language therapy", "2 x weekly", "30 minutes", "Speech room"),
    ]
    assert "Frequency" not in [s.name for s in doc.services], "the header row is not a service"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Individual counseling 30 min 1x monthly — counseling office", ("Counseling", "1x monthly", "30 min")),
        ("Specialized Academic Instruction — 240 min/week — SDC", ("Specialized Academic Instruction", "/week", "240 min")),
        ("SLP — 2x30 min/wk — Speech room", ("Speech-language therapy", "2x30 min/wk", "30 min")),
        ("Counseling 30 minutes every other week", ("Counseling", "every other week", "30 minutes")),
        (
            "Once every 6 weeks — Occupational therapy consultation — 20 minutes",
            ("Occupational therapy", "Once every 6 weeks", "20 minutes"),
        ),
        ("• Behavior intervention services 60 min/month — Behavior Specialist", ("Behavior intervention", "/month", "60 min")),
    ],
)
def test_frequencies_written_other_ways(line, expected):
    (service,) = doc_of(f"Services\n{line}").services
    assert (service.name, service.frequency, service.duration) == expected


def test_headings_in_capitals_or_numbered_start_sections_of_their_own():
    doc = doc_of("""OAKWOOD UNIFIED SCHOOL DISTRICT
Student: Tobias Grant
4. BEHAVIOR INTERVENTION PLAN (BIP) - SUMMARY
Target behavior: leaving class without permission.
7. EDUCATIONAL SETTING
Tobias is in general education 80% of the day.
TRANSPORTATION
Special transportation: Yes, curb-to-curb.""")
    assert [(s.kind, s.heading) for s in doc.sections] == [
        ("opening", "Opening and student information"),
        ("behavior", "4. BEHAVIOR INTERVENTION PLAN (BIP) - SUMMARY"),
        ("lre", "7. EDUCATIONAL SETTING"),
        ("other", "TRANSPORTATION"),
    ]
    assert doc.sections[0].lines[0].text == "OAKWOOD UNIFIED SCHOOL DISTRICT", "the first line is the title"
    assert [s.kind for s in doc_of("Accommodations and Modifications\nExtended time.").sections] == ["accommodations"]


def test_a_word_heading_with_a_dash_in_it_is_recognised(tmp_path):
    from evals.iep_files import write_docx

    blocks = [
        ("h", "IEP"),
        ("p", "Student: Ana Ruiz."),
        ("h", "5. OFFER OF FAPE \u2014 SPECIAL EDUCATION AND RELATED SERVICES"),
        ("p", "Specialized Academic Instruction \u2014 240 min/week \u2014 SDC"),
    ]
    doc = read_iep("iep.docx", write_docx(tmp_path / "iep.docx", blocks).read_bytes())
    assert doc.section("special_education").heading.startswith("5. OFFER OF FAPE")
    assert [(s.name, s.duration) for s in doc.services] == [("Specialized Academic Instruction", "240 min")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oct. 3rd, 2026", date(2026, 10, 3)),
        ("3 October 2026", date(2026, 10, 3)),
        ("21st of June, 2027", date(2027, 6, 21)),
    ],
)
def test_dates_in_words(text, expected):
    assert parse_date(text) == expected


def test_dates_labelled_above_them_or_in_words(tmp_path):
    from evals.iep_files import write_docx, write_pdf

    blocks = [
        ("h", "ARD Committee Report"),
        ("table", [["Student", "Grade", "ARD meeting date"], ["Landon Pike", "4", "October 3, 2026"]]),
        (
            "p",
            "The next annual ARD meeting must be held on or before October 2, 2027. His next full and "
            "individual evaluation is due by September 15, 2028.",
        ),
    ]
    for write, ext in ((write_docx, "docx"), (write_pdf, "pdf")):
        doc = read_iep(f"iep.{ext}", write(tmp_path / f"iep.{ext}", blocks).read_bytes())
        assert {d.kind: d.value for d in doc.dates} == {
            "meeting": date(2026, 10, 3),
            "annual_review": date(2027, 10, 2),
            "reevaluation": date(2028, 9, 15),
        }, ext
        assert "October 2, 2027" in ask_document(doc, "When is his next ARD?").quotes[0].quote.text
    wrapped = doc_of("Meeting date: 11/18/2026 Next triennial assessment:\n02/09/2028")
    assert wrapped.date("reevaluation").value == date(2028, 2, 9)


def test_a_sentence_cut_by_a_page_break_is_one_passage():
    doc = doc_of(
        "Services\nLandon will receive counseling from the school counselor in a small group for 30 minutes\f"
        "every other week, to practice ways to handle frustration."
    )
    answer = ask_document(doc, "How often does he see the counselor?")
    assert answer.quotes[0].quote.text.endswith("30 minutes every other week, to practice ways to handle frustration.")
    assert answer.quotes[0].quote.page == 1, "the passage keeps the page it starts on"
    (service,) = doc.services
    assert (service.frequency, service.duration) == ("every other week", "30 minutes")


def test_a_plan_the_iep_has_is_a_yes_and_one_it_rules_out_is_not():
    doc = doc_of(
        "Goals\nGoal 1: Tobias will ask for a break in 4 of 5 opportunities.\n"
        "4. BEHAVIOR INTERVENTION PLAN (BIP) - SUMMARY\nTarget behavior: leaving class without permission."
    )
    answer = ask_document(doc, "Does he have a behavior plan?")
    assert not answer.not_found
    assert answer.note == "Yes: this IEP has it, on page 1: “4. BEHAVIOR INTERVENTION PLAN (BIP) - SUMMARY”."
    ruled_out = doc_of("Special Factors\nBehavior: a behavior intervention plan is not needed at this time.")
    answer = ask_document(ruled_out, "Does he have a behavior plan?")
    assert not answer.note.startswith("Yes") and not answer.not_found


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_who_signed_lists_the_rows_of_the_signature_table(tmp_path, ext, embedder):
    from evals.iep_files import write_docx, write_pdf

    blocks = [
        ("h", "Individualized Education Program (IEP)"),
        ("p", "Student: Ana Ruiz. Grade 7."),
        ("p", "This IEP was written at a meeting on 11/18/2026; the IEP team will review it by 11/17/2027."),
        ("h", "Present Levels"),
        ("p", "Ana reads at a grade 5 level and finishes half of her written work."),
        ("page",),
        ("h", "CONSENT AND SIGNATURES"),
        (
            "table",
            [
                ["Name", "Role", "Date signed"],
                ["Lorraine Greer", "Parent", "11/18/2026"],
                ["Anand Patel", "Case carrier", "11/18/2026"],
                ["Carla Benitez", "Assistant Principal", "11/18/2026"],
            ],
        ),
    ]
    write = write_pdf if ext == "pdf" else write_docx
    doc = read_iep(f"iep.{ext}", write(tmp_path / f"iep.{ext}", blocks).read_bytes())
    answer = ask_document(doc, "Who signed the IEP?", embedder)
    texts = [q.quote.text for q in answer.quotes]
    for name in ("Lorraine Greer", "Anand Patel", "Carla Benitez"):
        assert any(t.startswith(name) for t in texts), name
    assert all(q.quote.page == 2 for q in answer.quotes[:3])
    assert not any(t.startswith("Name") for t in texts), "the header row is not quoted"


def test_list_items_with_other_bullets_stay_apart_in_a_pdf(tmp_path):
    from evals.iep_files import write_pdf

    blocks = [
        ("h", "Individualized Education Program"),
        ("p", "Student: Ana Ruiz."),
        ("h", "Accommodations"),
        ("p", "Testing accommodations (district and state tests):"),
        ("p", "o extended time (time and a half)"),
        ("p", "o breaks as needed"),
        ("p", "o directions read aloud"),
    ]
    doc = read_iep("iep.pdf", write_pdf(tmp_path / "iep.pdf", blocks).read_bytes())
    assert doc.section("accommodations").text.splitlines() == [
        "Testing accommodations (district and state tests):",
        "o extended time (time and a half)",
        "o breaks as needed",
        "o directions read aloud",
    ]
    (service,) = doc_of("Services\n▪ Speech-language therapy 2x wk 30 min").services
    assert (service.name, service.frequency, service.duration) == ("Speech-language therapy", "2x wk", "30 min")


OTHER_FORM = """Individualized Education Program
Student's Name: Owen Park      Grade: 5
Primary Disability Category: Specific Learning Disability
IEP Team Meeting Date: 10/19/26
Anticipated Duration of Services and Programs: 10/18/27
Related Services
Speech/Language Therapy — Individual — 2 x weekly — 30 minutes — Speech Room
12-Month Service: Speech/Language Therapy, Individual, 1 x weekly, 20 minutes, July and August.
IEP Team
Role — Name — Signature
Parent — Dana Park — Dana Park
Special Education Teacher — Mrs. Bea Kowal — B. Kowal
School Counselor — Mr. Eli Stone — E. Stone"""


def test_a_form_of_other_labels_answers_end_date_attendance_misspellings_and_providers():
    doc = doc_of(OTHER_FORM)
    assert "10/18/27" in ask_document(doc, "When does his IEP end?").quotes[0].quote.text
    present = " ".join(q.quote.text for q in ask_document(doc, "Who was at the IEP meeting?").quotes)
    assert "Dana Park" in present and "Bea Kowal" in present
    assert "Specific Learning Disability" in ask_document(doc, "wat is his disabilty").quotes[0].quote.text
    # a twelve-month service is the summer's, not the school year's answer
    assert "2 x weekly" in ask_document(doc, "How many minutes of speech does he get?").quotes[0].quote.text
    # a counselor at the meeting is not a counseling service
    counselor = ask_document(doc, "Does he see the school counselor?")
    assert counselor.not_found and counselor.text.startswith("No counseling is listed as a service")


def test_a_misspelled_word_is_replaced_only_by_a_word_it_nearly_is():
    from ingest.iep_document import DocumentIndex

    index = DocumentIndex(doc_of(OTHER_FORM))
    assert index.spelled("wat is his disabilty") == "wat is his disability"
    assert index.spelled("Is he allowed a calculator?") == "Is he allowed a calculator?"  # a word, not a typo


PLAN_504 = """Section 504 Accommodation Plan
Student: Eli Park      Grade: 7
Eligibility: Other Health Impairment (type 1 diabetes)
Accommodations
1. Snacks allowed in class at any time.
2. Extended time: 50% more time on tests.
Progress
Progress is shared with each report card (3 times a year).
Review on or before March 10, 2027"""


def test_a_504_plan_is_read_for_what_it_has_and_what_it_lacks():
    doc = doc_of(PLAN_504)
    assert "Other Health Impairment" in ask_document(doc, "whats his disability").quotes[0].quote.text
    assert "report card" in ask_document(doc, "How will I know how he's doing?").quotes[0].quote.text
    bus = ask_document(doc, "Does he ride the bus to school?")
    assert bus.not_found and bus.text.startswith("No transportation is listed")
    summer = ask_document(doc, "Will he get extended school year services this summer?")
    assert summer.not_found and "extended school year services" in summer.text
    # an IEP that names summer services is not said to lack them
    assert not ask_document(doc_of(ANSWERING), "Does she get ESY this summer?").not_found


def test_dates_written_with_dashes_take_the_label_nearest_them():
    doc = doc_of("Meeting Type: — Annual Review — Meeting Date: — 10-14-2026\nNext Annual Review: — 10-13-2027")
    assert doc.date("meeting").value == date(2026, 10, 14)
    assert doc.date("annual_review").value == date(2027, 10, 13)
    assert "10-13-2027" in ask_document(doc, "When is the next IEP meeting?").quotes[0].quote.text


def test_a_heading_that_says_no_is_not_a_yes():
    no = doc_of("Extended School Year\nESY: Not eligible at this time; to be reconsidered by 03/15/2028.")
    answer = ask_document(no, "Does he get summer school?")
    assert not answer.note.startswith("Yes")
    assert "Not eligible" in answer.quotes[0].quote.text
    ticked = doc_of("Extended School Year\nESY: [X] Yes  [ ] No. Reading, 4x weekly, 60 min, in July.")
    assert ask_document(ticked, "Does he get summer school?").note.startswith("Yes")


def test_a_goal_quoted_by_its_heading_brings_the_goal():
    doc = doc_of(
        "Annual Goals\nGoal 1 - Talking (expressive communication)\n"
        "By Sept. 2028, Rafi will use 3- to 4-word phrases to ask for things at least 10 times a morning.\n"
        "Goal 2 - Using his hands (fine motor)\nBy Sept. 2028, Rafi will hold a crayon with his fingers in 4 of 5 tries."
    )
    answer = ask_document(doc, "What is his talking goal?")
    texts = [q.quote.text for q in answer.quotes]
    assert texts[0].startswith("Goal 1") and "3- to 4-word phrases" in texts[1]


def test_a_goal_area_in_the_goals_own_words_is_not_absent():
    doc = doc_of(
        "Annual Goals and Short-Term Objectives\nAnnual Goal #1    Area of Need: Fluency    Standard: RF.5.4\n"
        "Annual Goal: By 10-13-2027, Danny will read 5th grade passages at 110 wcpm with 97% accuracy."
    )
    assert not ask_document(doc, "whats his reading goal for this year").not_found
    assert ask_document(doc, "what is his math goal").not_found


def test_a_program_named_by_its_letters_that_the_iep_never_names_is_absent():
    doc = doc_of(ANSWERING + "\nEligibility — Developmental Delay (DD)")
    aba = ask_document(doc, "Does he get ABA therapy?")
    assert aba.not_found and aba.note.startswith("This IEP does not mention ABA.")
    assert ask_document(doc, "is she getting SSI through the school").not_found
    assert not ask_document(doc, "Does the DD label mean anything?").not_found  # named in the IEP
    assert not ask_document(doc, "DOES SHE GET EXTENDED TIME").not_found  # capitals name no program


@pytest.mark.integration
def test_what_the_child_has_and_what_comes_after_high_school_find_their_lines(tmp_path, embedder):
    from evals.iep_documents import CYPRESS, WILLOW
    from evals.iep_files import write_docx as write_blocks

    willow = read_iep("willow.docx", write_blocks(tmp_path / "willow.docx", WILLOW).read_bytes())
    after = ask_document(willow, "What are her goals for after she finishes high school?", embedder=embedder)
    assert after.quotes[0].quote.section == "Section 4 - Postsecondary Transition"
    assert any("food handler certification" in q.quote.text for q in after.quotes)
    cypress = read_iep("cypress.docx", write_blocks(tmp_path / "cypress.docx", CYPRESS).read_bytes())
    diagnosis = ask_document(cypress, "what is his diagnosis", embedder=embedder)
    assert diagnosis.quotes[0].quote.text.startswith("Eligibility — Developmental Delay")


def test_help_for_the_family_and_test_results_are_found_in_other_words():
    doc = doc_of(
        "Services\nService: Specialized instruction (itinerant ECSE teacher) Amount: 3 hours per week\n"
        "Service: Parent training (home visit) Amount: 45 minutes, 1 time a month\n"
        "Present Levels\nOn the speech-language evaluation his standard score was 71 (expressive) and 84 (receptive)."
    )
    assert "Parent training" in ask_document(doc, "does anybody help us at home with him").quotes[0].quote.text
    assert "standard score was 71" in ask_document(doc, "how did he do on the speech testing").quotes[0].quote.text


def test_a_phone_or_a_calculator_the_iep_never_mentions_is_absent():
    doc = doc_of(ANSWERING)
    phone = ask_document(doc, "is he alowed to have his phone in class")
    assert phone.not_found and phone.note.startswith("This IEP does not mention a phone.")
    assert ask_document(doc, "Is she allowed to use a calculator?").note.startswith("Yes: this IEP has it")


def test_a_cane_a_guide_dog_and_the_familys_worries_are_read_in_the_iep_s_words():
    doc = doc_of(
        ANSWERING + "\nOrientation & Mobility (O&M) — 180 minutes per month — School campus\n"
        "Parent Input\nThe family's concerns: they want her to move around the school on her own."
    )
    cane = ask_document(doc, "Is she getting mobility lessons with her cane?")
    assert "180 minutes per month" in cane.quotes[0].quote.text
    assert ask_document(doc, "Does the IEP say anything about her getting a guide dog?").not_found
    worried = ask_document(doc, "Did they write down what we said we were worried about?")
    assert any("concerns" in q.quote.text for q in worried.quotes)


def test_a_blank_to_fill_in_is_not_an_answer():
    doc = doc_of(
        "Section 504 Plan\n504 Coordinator: Mr. Gregory Osei, Assistant Principal\n"
        "Signatures\n504 Coordinator signature: ______________________________ Date: ______________"
    )
    assert "Gregory Osei" in ask_document(doc, "who is the 504 coordinator").quotes[0].quote.text


@pytest.mark.integration
def test_the_impairment_section_of_a_504_plan_names_the_disability(tmp_path, embedder):
    from evals.iep_documents import ASPEN
    from evals.iep_files import write_docx as write_blocks

    aspen = read_iep("aspen.docx", write_blocks(tmp_path / "aspen.docx", ASPEN).read_bytes())
    disability = ask_document(aspen, "What is the disability that his 504 plan is for?", embedder=embedder)
    assert disability.quotes[0].quote.section == "Nature of the impairment"


AMENDMENT = [
    ("h", "IEP Amendment"),
    ("p", "Student: Nell Ortiz"),
    ("h", "Changes to the IEP"),
    (
        "table",
        [
            ["Section", "Changed from", "Changed to"],
            ["Speech-Language Therapy", "30 minutes, 2 times per week, small group", "30 minutes, 2 times per week, individual"],
        ],
    ),
    ("h", "Reason for Amendment"),
    ("p", "A hearing evaluation on Dec. 3, 2026 found a mild hearing loss, so the team added a hearing-assistance system."),
    ("h", "Effective Date"),
    ("p", "The changes take effect on 2027-01-11."),
    ("h", "Parent Concerns"),
    ("p", "1. Nell is tired after school from listening all day."),
    ("p", "2. She is embarrassed to wear the equipment."),
    ("p", "3. In assemblies she cannot understand anything."),
    ("p", "4. She asked for speech three times a week."),
    ("h", "Triggers"),
    (
        "table",
        [
            ["Trigger", "Examples"],
            ["Unexpected schedule changes", "fire drills, substitutes"],
            ["Loud or crowded spaces", "cafeteria, assemblies"],
            ["Long writing tasks", "more than 3 sentences by hand"],
        ],
    ),
]


def test_why_worries_triggers_and_start_find_the_part_the_question_points_to(tmp_path):
    from evals.iep_files import write_docx as write_blocks

    doc = read_iep("amendment.docx", write_blocks(tmp_path / "amendment.docx", AMENDMENT).read_bytes())
    assert "hearing evaluation" in ask_document(doc, "Why did they change her IEP?").quotes[0].quote.text
    assert "take effect" in ask_document(doc, "when do the changes actually start").quotes[0].quote.text
    worries = " ".join(q.quote.text for q in ask_document(doc, "what concerns did mom bring up?").quotes)
    assert all(part in worries for part in ("tired after school", "embarrassed", "assemblies", "three times a week"))
    triggers = " ".join(q.quote.text for q in ask_document(doc, "what kinds of things set her off?").quotes)
    assert all(part in triggers for part in ("Unexpected schedule", "Loud or crowded", "Long writing"))
    assert ask_document(doc, "When is her 3 year reevaluation due?").note.startswith("This IEP does not mention a reevaluation")


def test_extra_time_homework_or_drivers_ed_the_iep_never_mentions_is_absent():
    doc = doc_of(ANSWERING.replace("Extended time — Classroom tests and state assessments\n", ""))
    assert ask_document(doc, "will they cut down his homework since it takes him hours?").not_found
    assert ask_document(doc, "can she take drivers ed at school?").not_found
    assert ask_document(doc, "Does she get extra time on the state tests?").not_found
    assert ask_document(doc_of(ANSWERING), "Does she get extra time on the state tests?").note.startswith("Yes")
    # a cognitive disability is not an IQ score
    alternate = doc_of(ANSWERING + "\nAlternate assessment: she has a significant cognitive disability.")
    assert ask_document(alternate, "what was her IQ score on the last evaluation?").not_found


def test_a_question_in_two_parts_is_answered_part_by_part():
    doc = doc_of(
        ANSWERING.replace(
            "Student — Nora Quinn\n",
            "Student — Nora Quinn\nNext ETR Due — 10/14/2027 — Case Manager — Wilhelmina Carrow, Intervention Specialist\n"
            "Case Manager Phone — (614) 555-0148\n",
        )
    )
    answer = " ".join(q.quote.text for q in ask_document(doc, "who is her case manager and whats her phone number").quotes)
    assert "Wilhelmina Carrow" in answer and "555-0148" in answer


def test_a_scholarship_a_lexile_level_or_the_size_of_a_group_the_iep_never_gives_is_absent():
    doc = doc_of(ANSWERING)
    assert ask_document(doc, "is he eligible for the Jon Peterson scholarship?").not_found
    assert ask_document(doc, "what's his lexile level right now?").not_found
    assert ask_document(doc, "how many other kids are in his reading group in the resource room?").not_found
    grouped = doc_of(ANSWERING + "\nReading instruction is given in a small group of no more than 4 students.")
    assert not ask_document(grouped, "how many other kids are in his reading group?").not_found


SAFETY = [
    ("h", "Individualized Education Program"),
    ("p", "Student: Anaya Brook"),
    ("h", "Annual Goals"),
    ("p", "Self-advocacy goal: she will ask an adult for help in 4 of 5 opportunities."),
    ("p", "Baseline: she asks for help in 1 of 5 opportunities."),
    ("h", "Crisis and Safety Plan"),
    ("p", "First contact: the school counselor, Mr. Desmond Achterberg, who goes to her and stays with her."),
    ("p", "The case manager will call the parent within 30 minutes of any crisis."),
    ("h", "Services"),
    ("p", "Individual counseling, 30 min/week, counseling office."),
]


def test_two_questions_in_two_sentences_panic_and_calling_home_find_their_lines(tmp_path):
    from evals.iep_files import write_docx as write_blocks

    doc = read_iep("safety.docx", write_blocks(tmp_path / "safety.docx", SAFETY).read_bytes())
    both = " ".join(
        q.quote.text
        for q in ask_document(doc, "Is there a goal about her asking for help? How often does she do that now?").quotes
    )
    assert "4 of 5" in both and "1 of 5" in both
    assert "Achterberg" in " ".join(q.quote.text for q in ask_document(doc, "what happens if she panics in class?").quotes)
    assert "30 minutes" in " ".join(q.quote.text for q in ask_document(doc, "will they call me if something happens?").quotes)
    assert ask_document(doc, "Can she get tutoring after school for reading?").not_found
    assert ask_document(doc, "when will she stop being an english learner and get reclassified?").not_found


def test_a_start_date_beside_an_annual_review_value_is_not_the_review_date_and_a_tablet_is_assistive_technology():
    import re

    from ingest.iep_document import _ITEMS, _date_kind

    assert _date_kind("Plan type — Annual review — Plan start — ") is None
    assert _date_kind("Meeting Type: Annual Review — Next annual review — ") == "annual_review"
    question = "does he get to use an ipad or a talking device at school"
    assert next(name for name, asked, _ in _ITEMS if re.search(asked, question, re.I)) == "assistive technology"


AMENDED_PLAN = """IEP Amendment Without a Meeting
Student: Nadia Vale      Grade: 10
Related Services
Occupational therapy — OT — 30 minutes — 1 x month — Consult
Staff do not physically guide Nadia between classes.
Transition Services
Job shadow at a veterinary clinic (2 half days) — Career Center coordinator — 2027-05-28
Course of Study
Grade 11 (2027-2028) — English 11, Algebra 2, Chemistry, Veterinary Science I
Grade 12 (2028-2029) — English 12, Statistics, Veterinary Science II
Graduation Plan
Credits: As of 2027-01-14, Nadia has earned 7.5 of the 24 credits required for a Standard Diploma and is on track to graduate.
Expected graduation date: 2029-06-08
Contacts
Questions about this amendment: contact Mr. Elias Moor, case manager, at (555) 731-6648."""


def test_a_word_spelled_right_is_kept_and_contacts_dates_and_school_years_find_their_lines(embedder):
    from ingest.iep_document import DocumentIndex

    index = DocumentIndex(doc_of(AMENDED_PLAN), embedder)
    # "physical" is a word, not a misspelling of the IEP's "physically": no physical therapy is listed
    assert index.spelled("does she get physical therapy") == "does she get physical therapy"
    therapy = index.ask("does she get physical therapy")
    assert therapy.not_found and therapy.text.startswith("No physical therapy is listed")
    # a job shadow is a transition activity, not a shadow aide
    shadow = index.ask("what is the job shadow thing and when is it")
    assert not shadow.not_found and "2027-05-28" in shadow.quotes[0].quote.text
    assert "Grade 11" in index.ask("what classes is she supposed to take junior year").quotes[0].quote.text
    assert "2029-06-08" in index.ask("when does she graduate").quotes[0].quote.text
    assert "(555) 731-6648" in index.ask("who do i call about this").quotes[0].quote.text


ACROSS_FORM = """Early Childhood IEP
Meeting date — IEP begins — IEP ends — Reevaluation due
03/09/2027 — 03/15/2027 — 03/08/2028 — 02/20/2029
Student Information
Primary eligibility — Speech or Language Impairment
Secondary eligibility — Developmental Delay
Parent concerns
The parents want her to tell them what happened at school."""


def test_a_row_of_column_labels_is_quoted_with_the_row_of_values_below_it():
    """Dates laid out across a table, labels on top: quoting the labels alone would answer nothing."""
    answer = ask_document(doc_of(ACROSS_FORM), "when is her next full re-eval due")
    shown = [q.quote.text for q in answer.quotes]
    labels = shown.index("Meeting date — IEP begins — IEP ends — Reevaluation due")
    assert shown[labels + 1] == "03/09/2027 — 03/15/2027 — 03/08/2028 — 02/20/2029"


def test_the_eligibility_line_answers_what_the_child_qualified_under_in_other_words():
    answer = ask_document(doc_of(ACROSS_FORM), "what did they qualify her under")
    assert not answer.not_found
    assert answer.quotes[0].quote.text == "Primary eligibility — Speech or Language Impairment"


def test_hearing_how_the_child_is_doing_on_goals_is_the_progress_report():
    doc = doc_of(
        "Annual Goals\n"
        "Goal 1 (Math): By 09/21/2027, Toby will solve two-step equations with 80% accuracy on weekly probes.\n"
        "Progress Reporting\n"
        "Progress toward each annual goal will be reported to the parent in writing each trimester."
    )
    answer = ask_document(doc, "how often will i hear how he's doing on his goals")
    assert "each trimester" in answer.quotes[0].quote.text


def test_letters_typed_in_lower_case_name_what_the_iep_never_mentions():
    answer = ask_document(doc_of(ACROSS_FORM), "what's her gpa right now")
    assert answer.not_found and "GPA" in answer.text
    with_gpa = doc_of(ACROSS_FORM + "\nCurrent GPA: 3.1 (unweighted)")
    assert not ask_document(with_gpa, "what's her gpa right now").not_found
    # ordinary words are not letters: "act out" names no ACT
    assert not ask_document(doc_of(ACROSS_FORM), "when is her iep reevaluation due, does she act out").not_found


def test_whether_someone_came_to_the_meeting_is_asked_of_the_team_not_the_services():
    doc = doc_of(OTHER_FORM)
    answer = ask_document(doc, "was the school counselor at the iep meeting?")
    assert not answer.text.startswith("No counseling")  # a counselor at the meeting is not a service
    assert "Eli Stone" in answer.quotes[0].quote.text
    with_ot = doc_of(
        "Related Services\nOccupational therapy — 1 x 30 min weekly — Pre-K Room 3\n"
        "Meeting Participants\nName — Role — Signature\nPriya Venkataraman — Speech-language pathologist — P. Venkataraman\n"
        "Tomasz Wierzbicki — Occupational therapist — Not present - written report"
    )
    answer = ask_document(with_ot, "did the OT come to the meeting")
    assert not answer.text.startswith("Yes: occupational therapy is listed")
    assert "Not present" in answer.quotes[0].quote.text


def test_yes_a_service_is_listed_answers_only_whether_the_child_gets_it():
    doc = doc_of(OTHER_FORM)
    assert ask_document(doc, "does he get speech?").text.startswith("Yes: speech")
    assert ask_document(doc, "is speech therapy in his IEP?").text.startswith("Yes: speech")
    # a question about what the provider does is not answered "Yes: … is listed as a service"
    assert not ask_document(doc, "will the speech therapist tell me what they worked on?").text.startswith("Yes")


def test_what_was_decided_at_the_meeting_is_not_a_question_about_who_came():
    from ingest.iep_document import _ATTENDED

    assert _ATTENDED.search("was his gen ed teacher at the meeting")
    assert _ATTENDED.search("who attended the IEP meeting?")
    assert not _ATTENDED.search("what was decided at the meeting about summer services")
    assert not _ATTENDED.search("were the goals changed at the meeting?")


CONCERNED = [
    ("h", "IEP"),
    ("h", "Parent Concerns"),
    (
        "p",
        "Mrs. Villanueva shared that Mateo often comes home saying he has no friends. She wants him back at school for the "
        "full day as soon as he is ready. She asked to be called right away, not at the end of the day, if Mateo is ever "
        "held or removed from class. She also reported that mornings before school are hard at home.",
    ),
    ("h", "Behavior Intervention Plan"),
    ("p", "Parent Notification: If any emergency intervention is used, the parent will be called within 1 hour of the incident."),
]


def test_the_parents_own_concerns_answer_only_a_question_about_them(tmp_path, embedder):
    """The concerns are put in the parents' words, so they look like the question; the plan, which
    answers it, is quoted too."""
    from evals.iep_files import write_docx

    doc = read_iep("iep.docx", write_docx(tmp_path / "iep.docx", CONCERNED).read_bytes())
    answer = ask_document(doc, "if they ever have to hold him down will somebody call me", embedder)
    assert any("within 1 hour" in q.quote.text for q in answer.quotes)
    assert "asked to be called" in ask_document(doc, "what concerns did i bring up", embedder).quotes[0].quote.text


def test_one_on_one_attention_is_not_a_one_to_one_aide():
    doc = doc_of("Present Levels\nMateo responds well to one-on-one adult attention and being given classroom jobs.")
    answer = ask_document(doc, "does he have a one on one aide with him all day")
    assert answer.not_found and "one-to-one aide" in answer.text
    with_aide = doc_of("Supplementary Aids\nA one-on-one aide will support Mateo during recess and lunch.")
    assert not ask_document(with_aide, "does he have a one on one aide with him all day").not_found


def test_a_team_table_with_an_attendance_column_answers_who_came():
    doc = doc_of(
        "IEP Team Members\nName — Role — Attendance\nDaniel Kowalczyk — Parent (father) — Present\n"
        "Hannah Ruiz — Speech-Language Pathologist — Excused; written input provided\n"
        "Services\nSpeech-language therapy will be provided 30 minutes per week, individually, in the speech room."
    )
    from ingest.iep_document import DocumentIndex

    index = DocumentIndex(doc)
    row = next(i for i, (q, _) in enumerate(index.items) if q.text.startswith("Hannah Ruiz"))
    assert index.labels[row] == "Name — Role — Attendance"  # the row is read as a team member's, by its header
    assert not any(q.text == "Name — Role — Attendance" for q, _ in index.items)
    assert "Excused" in ask_document(doc, "was the speech therapist at the meeting").quotes[0].quote.text


def test_what_time_the_day_ends_is_answered_by_a_line_with_a_time_of_day(embedder):
    doc = doc_of(
        "Present Levels\nMateo left the classroom without permission an average of 4 times per week during the school day.\n"
        "Shortened School Day\nStep — Dates — School Hours\nStep 1 — 01/25/2027 - 02/26/2027 — 8:15 a.m. - 11:45 a.m."
    )
    answer = ask_document(doc, "what time does his school day end right now", embedder)
    assert "11:45 a.m." in answer.quotes[0].quote.text
    answer = ask_document(doc, "what time is he picked up", embedder)  # a row that shares no word with the question
    assert "11:45 a.m." in answer.quotes[0].quote.text


def _said_absent(doc, *cases: tuple[str, str], embedder=None) -> None:
    """Each question is told the IEP does not mention the thing named with it."""
    for question, absent in cases:
        answer = ask_document(doc, question, embedder)
        assert answer.not_found and any(f"does not {verb} {absent}" in answer.text for verb in ("mention", "give")), question


def test_things_parents_ask_about_that_an_iep_may_not_have_are_said_to_be_absent():
    doc = doc_of(
        "Accommodations\nTesting: double time (2.0x) on tests and quizzes; tests in a small-group room.\n"
        "Attendance\nThe counselor will call home after 2 consecutive absences.\n"
        "Transition\nThe case manager will make a referral to Vocational Rehabilitation by age 16."
    )
    _said_absent(
        doc,
        ("does the iep say anything about his peanut allergy?", "an allergy"),
        ("can he go on field trips with his class?", "field trips"),
        ("are we going to get sent to truancy court for all his absences", "truancy"),
    )
    # "double time" is extra time; "voc rehab" is Vocational Rehabilitation
    assert "double time" in ask_document(doc, "how much extra time does jordan get on tests").quotes[0].quote.text
    assert "Vocational Rehabilitation" in ask_document(doc, "when are they referring him to voc rehab").quotes[0].quote.text
    services = doc_of("Services\nSpeech-language therapy — 3 x weekly — 30 minutes")
    assert ask_document(services, "does she get extra time on tests?").not_found  # "3 x weekly" is no extra time
    # services given at no cost to the family are no tuition the district pays
    free = doc_of("Services\nItinerant special education — 90 minutes per week at his preschool, at no cost to the family.")
    _said_absent(free, ("will the district pay his preschool tuition", "tuition"))
    paid = doc_of("Placement\nThe district will pay tuition at Little Acorns Preschool for the 2027-28 school year.")
    assert not ask_document(paid, "will the district pay his preschool tuition").not_found


def test_a_value_of_a_kind_the_iep_never_gives_is_said_to_be_absent():
    # an email address, a phone number, a time of day: said to be absent when no line has one,
    # rather than quoting the case manager's line or the bus line near it
    doc = doc_of(
        "Student Information\nCase Manager: Jessica Moore, special education teacher\n"
        "Transportation\nMateo rides the regular education bus (Route 12) with his sister.\n"
        "Accommodations\nTests: time and one-half in a small group."
    )
    _said_absent(
        doc,
        ("whats ms moores email so i can message her", "an email address"),
        ("what's the phone number for his case manager", "a phone number"),
        ("what time does the bus pick him up in the morning", "a time of day"),
        ("can he be tested for the gifted program", "a gifted program"),
        ("is she allowed to go on the 6th grade camping trip", "field trips"),
    )
    given = doc_of(
        "Student Information\nCase Manager: Jessica Moore, (815) 555-0300 ext. 2114, jmoore@prairiebend.org\n"
        "Transportation\nThe bus picks Mateo up at 7:20 a.m."
    )
    for question in ("whats ms moores email", "what's the phone number for his case manager", "what time does the bus come"):
        assert not ask_document(given, question).not_found, question
    assert not ask_document(doc, "what time of year is his review").not_found  # not a time of day
    # "how long can he have on tests" asks for the time a test accommodation gives, however written
    assert "time and one-half" in ask_document(doc, "how long can he have on tests").quotes[0].quote.text


def test_everyday_words_for_a_reevaluation_lateness_and_a_reduced_day():
    doc = doc_of(
        "Student Information\nAnnual review: 10/13/2027 Reevaluation due: 11/03/2027\n"
        "Attendance\nDays absent — Tardies\n9 — 22\n"
        "Reduced School Day\nPHASE 1:: 10/15/2026 - 11/20/2026 :: 8:10 AM - 12:15 PM (periods 1-4)\n"
        "PHASE 3:: from 02/01/2027 :: FULL DAY 8:10 AM - 2:55 PM\n"
        "Transportation\nHe rides the regular education bus (Route 14)."
    )
    again = ask_document(doc, "when do they have to test him again to see if he still qualifies")
    assert "11/03/2027" in again.quotes[0].quote.text
    assert any("22" in q.quote.text for q in ask_document(doc, "how many times was he late to school").quotes)
    assert "FULL DAY" in ask_document(doc, "when is he going back to a whole day").quotes[0].quote.text
    assert "12:15 PM" in ask_document(doc, "what are his hours right now").quotes[0].quote.text
    _said_absent(
        doc,
        ("does the bus he rides have air conditioning", "air conditioning"),
        ("did they ever do a hearing test on him", "a hearing test"),
        ("does he get a chromebook he can bring home", "a laptop or Chromebook"),
    )


def test_a_states_own_name_for_the_reevaluation_is_a_reevaluation():
    # Ohio's "ETR" (Evaluation Team Report): its due date answers the reevaluation question, not "not mentioned"
    doc = doc_of(
        "Student Information\nAnnual Review Due: by 9/22/2027 Date of Last ETR: 10/05/2025 Next ETR Due: 10/04/2028\n"
        "Progress\nProgress is reported at each 9-week grading period.\n"
        "Transportation\nRides regular bus route 14 with peers."
    )
    answer = ask_document(doc, "when is his next full re-evaluation, i thought they redo testing every 3 yrs")
    assert not answer.not_found and "10/04/2028" in answer.quotes[0].quote.text
    assert doc.date("reevaluation").value == date(2028, 10, 4)
    _said_absent(
        doc,
        ("what time does the bus pick him up in the morning", "a time of day"),  # a grading period is no time of day
        ("if he fails a math test can he retake it", "retaking a test"),
        ("does he get any aquatic or swim therapy", "aquatic or swim therapy"),
        ("what happens on snow days, does his bus still come", "snow days or late starts"),
    )


def test_a_bulleted_eligibility_line_and_times_tables_are_found():
    doc = doc_of(
        "About Lucy\n- Medical: Down syndrome (Trisomy 21), followed by the heart clinic every 6 months.\n"
        "- Verified disability: Developmental Delay (primary); Other Health Impairment (secondary)\n"
        "Goals\nGoal 2: Given 40 multiplication facts (0-10), Dominic will answer 28 of 40 correctly in 3 minutes.\n"
        "Goal 3: Dominic will solve two-step word problems with 80% accuracy."
    )
    category = ask_document(doc, "what category is she under for special ed, is it down syndrome")
    assert category.quotes[0].quote.text.startswith("- Verified disability: Developmental Delay")
    tables = ask_document(doc, "how many of his times tables is he supposed to get right by the end of this iep")
    assert "28 of 40" in tables.quotes[0].quote.text


def test_a_texas_fie_due_date_a_forms_key_and_chat_spellings():
    doc = doc_of(
        "Student Information\nLast FIE — 10/05/2024 — Next FIE (3-yr reeval) Due — 10/04/2027\n"
        "Progress Report\nKEY: MP = making progress, M = mastered, NP = not progressing\n"
        "Goal 1 — MP — M\n"
        "Parent Input\nMrs. Villanueva wants him to practice braille more often at home."
    )
    assert doc.date("reevaluation").value == date(2027, 10, 4)  # when the next is due, not when the last was
    assert "10/04/2027" in ask_document(doc, "when do they have to do the whole big re-evaluation on him again").text
    assert ask_document(doc, "what does MP mean on the progress report").quotes[0].quote.text.startswith("KEY: MP =")
    # "whats" is a chat spelling, not a misspelling of "wants": the email question is told there is none
    email = ask_document(doc, "whats ms dunleavys email so i can ask her about braille practice at home")
    assert email.not_found and "does not mention an email address" in email.text
    _said_absent(
        doc,
        ("can he play football or athletics with his eyes or did they say no", "sports or athletics"),
        ("is the school going to help pay for his new glasses", "glasses"),
        ("is he supposed to be on a special diet like keto at school", "a special diet"),
        ("did they say anything about him getting a seizure alert dog at school", "a service animal"),
        ("did they recommend any stuttering camps or support groups for kids", "camps or support groups"),
        ("did the iep say anything about kids teasing him for stuttering", "teasing or bullying"),
    )


def test_a_contact_line_is_no_phone_to_carry_and_more_things_an_iep_may_not_mention():
    doc = doc_of(
        "Student Information\nPhone: (706) 555-0148 Primary Language of Home: English\n"
        "Age: 4 yrs 3 mos\nProgress\nProgress toward goals is reported every quarter with a short video."
    )
    _said_absent(
        doc,
        ("can he bring his phone to school or does the iep say he cant", "a phone"),
        ("do we have to pay anything for head start", "a cost or fee"),
        ("does it say if she can nap at school in the afternoons", "naps or rest time"),
        ("is there a uniform or dress code at his job site", "a dress code or uniform"),
        ("can sam learn to drive or get his license through the program", "driver's education"),
    )
    assert doc.age == 4
    assert "every quarter" in ask_document(doc, "how often do we hear how hes doing").quotes[0].quote.text


def test_a_teachers_question_about_their_class_gets_the_accommodations():
    doc = doc_of(
        "Services\nSpecialized instruction - Learning Strategies — 85 min — every other day — Room C112\n"
        "Accommodations\nAccommodation — Where used\nCopy of teacher notes before the lesson — All classes with lecture\n"
        "Extended time, 50% — Tests and quizzes, all classes\nReduced assignment length — Homework, all classes\n"
        "No more than 2 tests in one day — All classes\nElevator pass — All passing periods\n"
        "Preferential seating — All classes"
    )
    answer = ask_document(doc, "im his chemistry teacher, what do i have to do for him in my class")
    texts = [q.quote.text for q in answer.quotes]
    for row in ("Copy of teacher notes", "Extended time, 50%", "Reduced assignment", "No more than 2", "Preferential seating"):
        assert any(t.startswith(row) for t in texts), row


def test_a_summer_question_quotes_the_extended_school_year_decision_and_brand_names_find_medicines():
    doc = doc_of(
        "Transition\nApply for the Pre-Employment Transition Services summer program — Parents — 03/2027\n"
        "Health\nThe nurse may give acetaminophen 500 mg for a headache, no more than once per school day.\n"
        "Services\nESY: Not eligible (no significant regression after breaks)."
    )
    assert ask_document(doc, "what did they say about summer").quotes[0].quote.text.startswith("ESY: Not eligible")
    assert "acetaminophen" in ask_document(doc, "can the nurse give him tylenol at school").quotes[0].quote.text


def test_days_in_a_row_are_consecutive_days():
    """ "misses a couple days in a row" is read with "consecutive", so "call home after 2
    consecutive absences" is found by its words as well as by the model."""
    from ingest.iep_document import DocumentIndex

    index = DocumentIndex(doc_of("Attendance Plan\nThe counselor will call home after 2 consecutive absences."))
    assert "consecut" in index._query_terms("what happens if he misses a couple days in a row")
    assert "absenc" in index._query_terms("what if he is absent")


def test_a_therapy_or_a_role_the_iep_never_names_is_absent_and_a_reading_tool_is_no_speech_therapy():
    doc = doc_of(
        "Team\nName — Role\nOdalys Brennick — ECSE Teacher / Case Manager\nJolene Marchetti — Head Start Lead Teacher\n"
        "Services\nOccupational therapy — 60 minutes per month — classroom\n"
        "Supplementary Aids\nText-to-speech software on the district Chromebook."
    )
    _said_absent(
        doc,
        ("does rosie get music therapy", "music therapy"),
        ("who is the school psychologist on her team", "a school psychologist"),
        ("whos her nurse", "a school nurse"),
    )
    assert not ask_document(doc, "who is her case manager").not_found
    assert not ask_document(doc, "does she get occupational therapy?").not_found
    speech = ask_document(doc, "does corbin get speech therapy")
    assert speech.not_found and "No speech-language therapy is listed" in speech.text


def test_a_forms_field_with_its_value_is_no_heading_and_answers_a_yes_or_no_question_first():
    doc = doc_of(
        "EXTENDED SCHOOL YEAR\nESY Eligible: No\nESY Rationale: Spring and fall reading data show Corbin regained his "
        "skills within 4 weeks after summer break; regression/recoupment criteria are not met.\n"
        "BEHAVIOR PLAN\nReinforcement: when Corbin meets his daily point goal he earns 10 minutes of robotics lab time."
    )
    assert all(s.heading != "ESY Eligible: No" for s in doc.sections)
    assert ask_document(doc, "does he qualify for summer school esy").quotes[0].quote.text == "ESY Eligible: No"
    assert "robotics lab" in ask_document(doc, "what reward does he earn on his behavior plan").quotes[0].quote.text


def test_what_teachers_must_do_in_class_lists_the_accommodations_and_a_bulleted_line_is_no_heading(embedder):
    doc = doc_of(
        "Section 2. Meeting Information\nReferral source: Bright Steps Head Start lead teacher, with parent agreement.\n"
        "Section 8. Accommodations and Supports in the Classroom\n"
        "• Visual schedule posted at Rosie's eye level and reviewed with her at arrival\n"
        "• 2-minute warning with a sand timer before transitions\n"
        "• Picture cards for bathroom, help and break on a ring clipped to her cubby\n"
        "Health\nIf she has a seizure, time it and call the nurse at extension 4410."
    )
    assert [s.kind for s in doc.sections].count("transition") == 0
    asked = "what do the head start teachers need to do for her in class"
    texts = [q.quote.text for q in ask_document(doc, asked, embedder).quotes]
    for row in ("• Visual schedule", "• 2-minute warning", "• Picture cards"):
        assert any(t.startswith(row) for t in texts), row
    assert "seizure" in ask_document(doc, "what do I do if she has a seizure in my class", embedder).quotes[0].quote.text


def test_an_amendment_lists_its_changes_and_its_new_amount_answers_how_much_now(tmp_path):
    from evals.iep_files import write_docx as write_blocks

    blocks = [
        ("h", "Individualized Education Program"),
        ("h", "Related Services"),
        ("p", "Tamsin will receive individual counseling from the school counselor, 20 minutes weekly."),
        ("h", "Postsecondary Transition Plan"),
        ("p", "Course of study: a standard diploma, with four years of college-preparatory English."),
        ("p", "Employment goal: Tamsin will work part-time as a print shop production assistant."),
        ("h", "IEP Amendment Without a Meeting"),
        ("p", "Date of amendment: January 12, 2027"),
        ("p", "By written agreement of the parents and the district, the IEP is changed as follows."),
        ("p", "1. Counseling is increased from 20 minutes weekly to 30 minutes weekly, starting January 19, 2027."),
        ("p", "2. New accommodation: Tamsin may take tests in the Learning Lab instead of the classroom."),
        ("p", "Agreed by: Britt Lindqvist, parent, 1/12/27."),
    ]
    doc = read_iep("amended.docx", write_blocks(tmp_path / "amended.docx", blocks).read_bytes())
    changes = [q.quote.text for q in ask_document(doc, "what was changed in the amendment").quotes]
    assert changes[1].startswith("1. Counseling is increased") and changes[2].startswith("2. New accommodation")
    assert "30 minutes weekly" in ask_document(doc, "how much counseling does she get now").quotes[0].quote.text
    assert "print shop" in ask_document(doc, "what does she want to do after high school").quotes[0].quote.text


def test_the_table_beside_the_best_sentence_is_listed_and_a_bus_picking_up_at_home_asks_no_time(embedder):
    doc = doc_of(
        "Section 6. Accommodations\nModifications to curriculum: ☐ Yes ☒ No. Mateo is taught on grade 3 standards.\n"
        "Accommodation / support — Setting(s) — Frequency\n"
        "Visual schedule posted at desk and reviewed each morning — All settings — Daily\n"
        "2-minute verbal and visual warning before transitions — All settings — Before every transition\n"
        "Preferential seating near the teacher and away from the door — General education classroom — Daily\n"
        "Directions broken into 1–2 steps and repeated — All academic classes — Daily\n"
        "Transportation\nDescription: Door-to-door transportation on a small bus. Pick-up and drop-off at the family home.\n"
        "Behavior Intervention Plan\nIf Mateo leaves the classroom, staff will not chase him; an adult follows at a distance."
    )
    texts = [q.quote.text for q in ask_document(doc, "what do i have to do in my class for him? im his teacher", embedder).quotes]
    for row in ("Visual schedule", "2-minute verbal", "Preferential seating", "Directions broken"):
        assert any(t.startswith(row) for t in texts), row
    bus = ask_document(doc, "does the bus pick him up at home", embedder)
    assert not bus.not_found and "family home" in bus.quotes[0].quote.text
    assert "will not chase" in ask_document(doc, "what do they do if he runs out of the room", embedder).quotes[0].quote.text


def test_a_reason_after_a_colon_devices_and_scores_as_lists_and_signing_up_is_no_signature(embedder):
    doc = doc_of(
        "EXTENDED SCHOOL YEAR (ESY)\nESY Eligible: Yes\n"
        "Rationale: Theo's braille reading rate dropped from 40 to 29 correct words per minute over winter break.\n"
        "Assistive Technology\nAssistive Technology Devices:\n• Refreshable braille notetaker\n• Manual braillewriter\n"
        "• Talking calculator\n"
        "Testing\nThe team will request ACT accommodations before November 7, 2025, the deadline for the December ACT.\n"
        "Signatures\nMarisol Venhaus — Student — signed 09/17/2025"
    )
    assert any(q.quote.text.startswith("Rationale:") for q in ask_document(doc, "why does he qualify for ESY", embedder).quotes)
    devices = [q.quote.text for q in ask_document(doc, "what devices does he use at school").quotes]
    assert all(any(d in t for t in devices) for d in ("notetaker", "braillewriter", "Talking calculator")), devices
    assert "November 7" in ask_document(doc, "do we have to sign her up for the act ourselves").quotes[0].quote.text


def test_a_health_plan_a_transition_plan_and_test_scores_the_iep_never_gives_are_absent_and_a_disagreement_is_found(
    embedder,
):
    doc = doc_of(
        "Present Levels\nEmmett reads at grade level and scored 3 of 4 on the writing rubric. He moves between activities "
        "with a 5-minute warning before transitions.\n"
        "Behavior Intervention Plan\nTarget behavior: Elopement (leaving the assigned area without permission).\n"
        "If the behavior occurs: Do not chase. One adult follows at a distance. Radio the front office.\n"
        "Parent Statement\nI disagree with cutting the Academic Strategies class to 3 days a week."
    )
    _said_absent(
        doc,
        ("does she have a health plan at school?", "a health plan"),
        ("whats in his transition plan for after high school", "a transition plan for after high school"),
        ("what were his scores on the autism evaluation", "evaluation scores"),
    )
    assert "Elopement" in ask_document(doc, "what behavior is his bip for", embedder).quotes[0].quote.text
    walks = ask_document(doc, "what happens if he walks out of class", embedder).quotes
    assert any("Do not chase" in q.quote.text for q in walks)
    disagrees = ask_document(doc, "what does his mom disagree with in the iep", embedder).quotes
    assert any("I disagree with cutting" in q.quote.text for q in disagrees[:2])


def test_a_next_meeting_by_another_name_is_the_next_review_and_what_to_do_if_finds_the_response(embedder):
    doc = doc_of(
        "Compact Information\nCompact meeting date — October 2, 2026\n"
        "Next Compact meeting: on or before October 1, 2027.\n"
        "Accommodations\n• Pass to leave class 5 minutes early to avoid crowded hallways\n"
        "Behavior Plan\nTarget Behavior: Leaving the classroom without permission (elopement).\n"
        "Staff Response: Do not chase Tobias. Notify the case manager by radio, ext. 4400."
    )
    assert "October 1, 2027" in ask_document(doc, "when do we meet again for his iep").quotes[0].quote.text
    walks = ask_document(doc, "what do i do if he walks out of my class", embedder)
    assert any("Do not chase" in q.quote.text for q in walks.quotes)


def test_counseling_given_as_social_work_services_answers_how_much_counseling():
    doc = doc_of(
        "Present Levels\nBehavior/Social-Emotional: an FBA was completed in October 2026.\n"
        "Special Education and Related Services\nService — Amount / Frequency — Location — Provider\n"
        "Social work services (individual) — 30 min 1x/wk — Social worker's office — Ms. Deja Fairweather, LCSW"
    )
    answer = ask_document(doc, "how much counseling does he get")
    assert not answer.not_found and "30 min 1x/wk" in answer.quotes[0].quote.text
    assert "social work services is listed" in ask_document(doc, "does he get counseling?").text


def test_reading_help_is_found_under_a_literacy_service_name():
    doc = doc_of(
        "Crew Services\nService — Provider — Amount — Where\n"
        "Structured literacy (Orton-Gillingham based) — Learning Specialist — daily, 45 min — Learning Studio\n"
        "Executive functioning coaching — Learning Guide — 20 minutes, 2x/wk — Learning Studio"
    )
    assert "daily, 45 min" in ask_document(doc, "how much reading help does he get").quotes[0].quote.text


def test_a_language_waiver_a_parents_visit_and_a_bus_the_iep_never_mentions_are_absent():
    doc = doc_of(
        "Services\nSpecialized instruction — 45 minutes daily — resource room, provided by the special education teacher "
        "in her classroom twice a week.\n"
        "Health\nMarisol carries her glucose monitor at all times."
    )
    _said_absent(
        doc,
        ("can he get a foreign language waiver for graduation", "a foreign language requirement or waiver"),
        ("am i allowed to come watch him in the classroom", "visits by the parents to the classroom"),
    )
    assert ask_document(doc, "does the school provide a bus for marisol").not_found
    assert not ask_document(doc, "how often does the special ed teacher come to her classroom").not_found


def test_a_meeting_by_phone_a_nut_free_table_and_the_rest_of_the_day_are_no_phone_fee_or_nap(embedder):
    doc = doc_of(
        "Team\nDr. Imani Castellanos — Neuropsychologist, by phone — Participated by phone\n"
        "Health\nNut-free table at snack; staff check all food labels. He is tired for the rest of the day after seizures.\n"
        "Transportation\nPick-up at home at 9:05 AM. Driver informed of the Individualized Health Plan.\n"
        "Schedule\nSchool hours: 8:10 a.m. to 11:55 a.m. for the first four weeks."
    )
    _said_absent(
        doc,
        ("is she allowed to use her phone in class", "a phone"),
        ("do we have to pay tuition for little wren", "tuition"),
        ("do we have to pay for the bus", "a cost or fee"),
        ("will he take naps at preschool", "naps or rest time"),
        ("can he drive himself to school", "driver's education"),
        ("who is her homeroom teacher", "a homeroom teacher"),
        embedder=embedder,
    )
    day = ask_document(doc, "how long is marisol's school day right now", embedder)
    assert "8:10 a.m. to 11:55 a.m." in day.quotes[0].quote.text


def test_a_checked_choice_beside_a_blank_other_line_still_answers():
    doc = doc_of(
        "Section 7. Progress Reporting\nMethod: ☒ Written progress report ☒ Data graphs ☐ Parent conference\n"
        "Parents will be informed of progress toward annual goals: ☒ Quarterly, with report cards ☐ Each trimester "
        "☐ Other: ______"
    )
    assert "Quarterly" in ask_document(doc, "how often will i get progress reports").quotes[0].quote.text


def test_a_seizure_plan_a_conference_credits_and_being_held_back_are_absent_when_never_mentioned():
    doc = doc_of(
        "Contacts\nEmergency contact — Relationship — Phone\nDelphine Baines — Mother — (555) 014-2296\n"
        "Present Levels\n3d. Parent concerns (in the parents' words, from the meeting): 'He is bored in class.'\n"
        "3e. Student input: Teddy said he would rather type than write by hand.\n"
        "Dates\nNext annual review due by: 10/06/2027"
    )
    _said_absent(
        doc,
        ("what is the seizure plan if she has one at school", "a seizure plan"),
        ("when is the next parent teacher conference", "a parent-teacher conference"),
        ("how many credits does elias have so far", "credits toward graduation"),
        ("is she going to be held back in 3rd grade", "being held back a grade"),
        ("is she allowed to keep her cell phone on her in class for anxiety", "a phone"),
    )
    worried = ask_document(doc, "what did we say we were worried about at the meeting")
    assert "bored in class" in worried.quotes[0].quote.text


def test_what_sets_off_a_migraine_finds_its_triggers_and_a_discontinued_plan_is_no_yes(embedder):
    doc = doc_of(
        "Health Plan\nSigns that a migraine is starting: Nora may rub her eyes or go quiet.\n"
        "Known triggers: bright or flickering light, skipped meals, dehydration, poor sleep.\n"
        "Changes\nBehavior intervention plan — Discontinued; Rowan met his behavior goal."
    )
    assert any("Known triggers" in q.quote.text for q in ask_document(doc, "what sets off her migraines", embedder).quotes)
    assert not ask_document(doc, "does he still have a BIP").text.startswith("Yes")


def test_checked_boxes_are_the_list_and_a_subject_teacher_or_insulin_dose_never_named_is_absent():
    doc = doc_of(
        "Accommodations\nAccommodations to be provided in the general education classroom and all school settings:\n"
        "☒ Extra wait time (5 seconds) before repeating a question\n☒ Seat near the teacher\n"
        "☐ Modified curriculum or grading ☐ Shortened assignments\n"
        "Team\nHarriet Vo — 7th Grade Team Lead / Math Teacher — Signed\n"
        "Health\nElsie wears a glucose monitor and uses an insulin pump.\n"
        "Transition\nRights transfer to Toby at age 18, on 2027-05-12."
    )
    texts = [q.quote.text for q in ask_document(doc, "what do i need to do in my classroom for him").quotes]
    assert any(t.startswith("☒ Extra wait time") for t in texts) and any(t.startswith("☒ Seat near") for t in texts)
    _said_absent(
        doc,
        ("who is his science teacher", "a science teacher"),
        ("how many units of insulin does she get at lunch", "an insulin dose"),
    )
    assert not ask_document(doc, "who is his math teacher").not_found
    assert "age 18" in ask_document(doc, "when do the iep rights go to him instead of us").quotes[0].quote.text


def test_why_a_child_has_a_plan_finds_the_impairment_and_a_numbered_section_is_a_heading_in_a_pdf(embedder):
    doc = doc_of(
        "Section 1. Plan Information\nStudent: Lena Ortiz Meeting Date: 09/12/2026\n"
        "Section 2. Eligibility\nImpairment — Major Life Activities Substantially Limited — Source of Information\n"
        "Type 1 diabetes — Eating; concentrating — Physician statement, 2026-08-01\n"
        "Section 3. Parent/Guardian Input and Concerns\n"
        "Mrs. Ortiz shared that Lena skips snacks when she is embarrassed and worries about field trips.\n"
        "Section 4. Services\nServices begin September 15, 2026 and continue through 9/11/2027.\n"
        "504 Coordinator: Dana Pike, 555-0100. Notice of rights under Section 504 provided: Yes"
    )
    headings = [s.heading for s in doc.sections]
    assert {"Section 2. Eligibility", "Section 3. Parent/Guardian Input and Concerns", "Section 4. Services"} <= set(headings)
    assert "Type 1 diabetes" in ask_document(doc, "why does she have a 504", embedder).quotes[0].quote.text
    concerns = ask_document(doc, "what did her mom bring up at the meeting", embedder).quotes
    assert concerns[0].quote.text.startswith("Mrs. Ortiz shared")
    assert "9/11/2027" in ask_document(doc, "when does this plan end", embedder).quotes[0].quote.text


def test_a_title_in_a_pdf_starts_its_part_a_field_stays_a_line_and_the_share_of_the_day_is_the_percent(embedder):
    doc = doc_of(
        "INDIVIDUALIZED EDUCATION PROGRAM\nStudent: Ava Lind Grade: 3\n"
        "Eligibility\nPrimary Disability: Specific Learning Disability\n"
        "Secondary Disability: Speech or Language Impairment\n"
        "Parent and Student Concerns\nMs. Lind worries that Ava reads far below her classmates.\n"
        "Communication Plan\nInterpreter: a qualified ASL interpreter for the full school day.\n"
        "Least Restrictive Environment\nLRE Category: Regular class 80% or more of day\n"
        "Percentage of time in the general education environment: 84%\n"
        "Justification: Ava receives reading instruction in the resource room."
    )
    headings = [s.heading for s in doc.sections]
    assert "Parent and Student Concerns" in headings and "Communication Plan" in headings
    assert "Secondary Disability: Speech or Language Impairment" not in headings  # a field with its value
    assert "LRE Category: Regular class 80% or more of day" not in headings
    disability = [q.quote.text for q in ask_document(doc, "what is her disability", embedder).quotes]
    assert any("Speech or Language Impairment" in t for t in disability), disability
    assert ask_document(doc, "what were mom's concerns", embedder).quotes[0].quote.text.startswith("Ms. Lind worries")
    share = [q.quote.text for q in ask_document(doc, "how much of the day is she in gen ed", embedder).quotes[:2]]
    assert any("84%" in t for t in share), share
    interpreter = ask_document(doc, "what happens with her interpreter", embedder).quotes
    assert interpreter[0].quote.text.startswith("Interpreter:")  # not taken for the parents' own words


def test_a_plan_not_required_is_a_field_a_talking_goal_is_a_speech_goal_and_a_counselor_finds_counseling(embedder):
    doc = doc_of(
        "Special Factors\nBehavior Intervention Plan (BIP): Not required\nAssistive Technology: Yes - a laptop\n"
        "Eligibility\nPhysical or Mental Impairment(s): Type 1 diabetes; anxiety\n"
        "Goals\nGoal 1 - Talking. By May 2027, Lia will use 3-4 word phrases in 4 out of 5 opportunities.\n"
        "Goal 2 - Using her hands. Lia will cut along a straight line.\n"
        "Amendment\nCounseling added - School-Based Counseling with the School Psychologist, 30 min, 2x per month"
    )
    assert "Behavior Intervention Plan (BIP): Not required" not in [s.heading for s in doc.sections]
    assert "Not required" in ask_document(doc, "does she have a behavior plan", embedder).quotes[0].quote.text
    speech = ask_document(doc, "what's her speech goal", embedder)
    assert not speech.not_found and any("Talking" in q.quote.text for q in speech.quotes)
    assert "Counseling added" in ask_document(doc, "is she seeing a counselor now?", embedder).quotes[0].quote.text
    assert "Type 1 diabetes" in ask_document(doc, "what is lia's 504 plan for", embedder).quotes[0].quote.text


def test_a_narrative_plan_tells_why_a_child_has_it_and_an_eligibility_field_is_found_mid_line(embedder):
    narrative = doc_of(
        "Section 504 Plan for Noor\nOn March 3, 2027, the team met for Noor's annual review.\n"
        "Noor was diagnosed with Type 1 diabetes in 2021 and uses an insulin pump.\n"
        "Accommodations\nAll classes — Water and restroom at any time — All teachers"
    )
    assert "Type 1 diabetes" in ask_document(narrative, "why does she have a 504", embedder).quotes[0].quote.text
    form = doc_of(
        "IEP\nParent/Guardian: Jamal Fair - 555-0100 Case Manager: D. Weather Primary Eligibility: Autism (AUT)\n"
        "Secondary Eligibility: Speech or Language Impairment (SLI)\nGoals\nGoal 1 - Reading. Amaya will read 40 words."
    )
    texts = [q.quote.text for q in ask_document(form, "what's her eligibility category", embedder).quotes]
    assert any("Primary Eligibility: Autism" in t for t in texts) and any("Secondary Eligibility" in t for t in texts)


def test_whether_a_child_with_a_504_plan_qualifies_for_an_iep_finds_the_idea_decision(embedder):
    doc = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment(s): Type 1 diabetes; ADHD\n"
        "IDEA Eligibility Considered: Yes - the team found the student not eligible for special education under IDEA\n"
        "Accommodations\nAll classes — Water and restroom at any time — All teachers"
    )
    idea = ask_document(doc, "does she qualify for an IEP too?", embedder).quotes[0].quote.text
    assert "not eligible for special education" in idea
    assert "Type 1 diabetes" in ask_document(doc, "why does she have a 504", embedder).quotes[0].quote.text


def test_what_to_do_if_her_sugar_goes_low_finds_the_plans_line_for_that_case(embedder):
    doc = doc_of(
        "504 Plan\nAccommodations\nSetting — Accommodation — Responsible Staff — Frequency\n"
        "Classroom — May carry and use her phone to monitor CGM readings in all classes — All teachers — Daily\n"
        "PE — Check blood glucose before PE; must be at least 100 mg/dL to participate — PE teacher — Each class\n"
        "Classroom — If CGM reads below 80 or she feels low, she is escorted to the nurse by a trained adult — never sent alone"
        " — All teachers — As needed"
    )
    texts = [q.quote.text for q in ask_document(doc, "what do i do if her sugar goes low in my class", embedder).quotes]
    assert any("never sent alone" in t for t in texts[:2]), texts


def test_a_parents_shorthand_finds_what_the_iep_spells_out(embedder):
    doc = doc_of(
        "Individualized Education Program\nAnnual review due: 1-26-27 Three-year reevaluation due: 3-14-27\n"
        "Behavior Intervention Plan\nTarget behavior: leaving the classroom without permission.\n"
        "Accommodations\nExtended time (1.5x) on tests and quizzes — All teachers"
    )
    assert "3-14-27" in ask_document(doc, "reeval date?", embedder).quotes[0].quote.text
    crisis = doc_of(
        "Behavior Intervention Plan\nCrisis Plan\nCall 911 if there is a weapon or a serious injury. Call the Mobile "
        "Crisis Team at (555) 018-0900 if Rowan cannot be calmed down within 30 minutes.\n"
        "2. Escalation — Swearing, pacing — Call the office; offer to walk with him to the Reset Room (Room 116)\n"
        "Accommodations\nExtended time (1.5x) on tests — All teachers"
    )
    assert "Reset Room" in ask_document(crisis, "where does he go to calm down", embedder).quotes[0].quote.text
    held = doc_of(
        "Behavior Intervention Plan\nCrisis Plan\n1 - Trigger — Loud rooms, changes in routine — Offer a break card\n"
        "3 - Peak — Shoving desk or chair, leaving the room — 1 adult only; short calm statements; call Room 118\n"
        "Safety: No restrictive procedures are part of this plan.\n"
        "Accommodations\nExtended time (1.5x) on tests — All teachers"
    )
    answer = ask_document(held, "are they allowed to restrain him or put him in a room by himself", embedder)
    assert "No restrictive procedures" in answer.quotes[0].quote.text
    dated = doc_of(
        "Individualized Education Program\nEvaluation Date: 02/19/2026 (re-evaluation)\n"
        "Next Re-evaluation Due: 02/18/2029\nAnnual Review Due: 10/05/2027\n"
        "State Assessment\nLEAP Grade 4: participates in the regular assessment with accommodations."
    )
    big = ask_document(dated, "when do they have to do the big 3 year testing on him again", embedder)
    assert "02/18/2029" in big.quotes[0].quote.text
    signed = doc_of(
        "Section 504 Plan\nWritten by — Mr. Devin Achterberg, School Counselor — Parents — Gianna and Paul Marchetti\n"
        "Accommodations\nExtended time (1.5x) on tests and quizzes — All teachers\n"
        "Each teacher initials the row for their class to show they have read this plan."
    )
    assert "Written by" in ask_document(signed, "who wrote this plan", embedder).quotes[0].quote.text
    assert "Extended time" in ask_document(doc, "what are her accoms", embedder).quotes[0].quote.text


def test_what_to_do_in_a_case_finds_the_health_plans_row_named_by_it(embedder):
    doc = doc_of(
        "Individualized Health Plan\nSituation — Signs — What staff do\n"
        "Mild or moderate low (below 70 mg/dL) — Shaky, sweaty, pale — Give 15 grams of fast-acting sugar; recheck in 15"
        " minutes\nHigh (above 300 mg/dL) — Thirsty, tired — Water and bathroom access; call the nurse\n"
        "Accommodations\nMay carry water and snacks in all classes — All teachers\n"
        "Extended time (1.5x) on tests and quizzes — All teachers"
    )
    texts = [q.quote.text for q in ask_document(doc, "what do i do if shes low in my class", embedder).quotes]
    assert any(t.startswith("Mild or moderate low") for t in texts[:2]), texts


def test_a_field_whose_value_reads_as_prose_is_not_a_heading():
    doc = doc_of(
        "Individualized Education Program\nMeasurable Annual Goals\nGoal 1: Reading fluency to 110 words per minute.\n"
        "Progress Reporting Frequency: Quarterly, with district report cards\n"
        "Section 6: Accommodations\nExtended time (1.5x) on tests and quizzes"
    )
    headings = [s.heading for s in doc.sections]
    assert "Section 6: Accommodations" in headings
    assert not any(h.startswith("Progress Reporting") for h in headings)
    goals = next(s for s in doc.sections if s.kind == "goals")
    assert any("Quarterly, with district report cards" in q.text for q in goals.lines)


def test_a_time_asked_of_the_bus_is_looked_for_on_a_line_about_the_bus(embedder):
    text = (
        "Individualized Education Program\nHealth\nNoon ADHD medication given by the school nurse at 12:00 p.m.\n"
        "Transportation\nRegular bus transportation, Route 14. No special transportation needs."
    )
    answer = ask_document(doc_of(text), "what time does the bus pick him up in the morning", embedder)
    assert answer.not_found and answer.note.startswith("This IEP does not give a time of day for that.")
    timed = doc_of(text.replace("Route 14.", "Route 14, picked up at 7:10 a.m."))
    answer = ask_document(timed, "what time does the bus pick him up in the morning", embedder)
    assert not answer.not_found and "7:10 a.m." in answer.quotes[0].quote.text


def test_a_reading_level_or_program_the_plan_never_gives_is_said_to_be_absent(embedder):
    plan = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment: Type 1 diabetes\n"
        "Accommodations\nThe nurse will text the parent when a CGM reading is below 55 mg/dL — Nurse — As needed"
    )
    _said_absent(
        plan,
        ("what is her reading level", "a reading level"),
        ("what reading program are they using with her", "a reading program"),
        embedder=embedder,
    )
    iep = doc_of(
        "Present Levels\nTobias reads at a 5th grade level (Lexile 820) and finds the main idea half of the time.\n"
        "Services\nSpecialized reading instruction (Wilson Reading System) — 45 minutes daily — Resource room"
    )
    assert "5th grade level" in ask_document(iep, "what is his reading level", embedder).quotes[0].quote.text
    assert "Wilson" in ask_document(iep, "what reading program are they using with him", embedder).quotes[0].quote.text


def test_a_language_tests_standard_score_is_no_iq_and_1_on_1_names_an_aide(embedder):
    doc = doc_of(
        "Present Levels\nOn the PLS-5 Toby earned an Expressive Communication standard score of 71.\n"
        "Services\nSpeech-language therapy — 30 minutes, 2 times a week — Speech room"
    )
    _said_absent(
        doc,
        ("what was his IQ score from the psychologist testing", "an IQ or cognitive score"),
        ("does he have a 1 on 1 aide", "a one-to-one aide"),
        embedder=embedder,
    )
    tested = doc_of("Present Levels\nHer evaluation found a Full Scale IQ (FSIQ) of 96 on the WISC-V.")
    assert "96" in ask_document(tested, "what's her IQ", embedder).quotes[0].quote.text


def test_a_goal_area_is_absent_from_a_plan_without_goals_and_a_goal_read_aloud_is_no_reading_goal(embedder):
    plan = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment: Type 1 diabetes\n"
        "Accommodations\nMay keep her phone on her desk to monitor CGM readings — All teachers"
    )
    answer = ask_document(plan, "what is her reading goal", embedder)
    assert answer.not_found and answer.note.startswith("This plan lists no goals, so no reading goal either.")
    iep = doc_of(
        "Area of Need 2: Math Problem Solving\nAnnual goal — By 01/07/2028, given two-step word problems read aloud, "
        "Ezra will solve them correctly on 7 of 10 problems.\nArea of Need 3: Social-Emotional\n"
        "Annual goal — By 01/07/2028, Ezra will use a coping strategy when anxious in 4 of 5 observed times."
    )
    answer = ask_document(iep, "What's his reading goal?", embedder)
    assert answer.not_found and answer.note.startswith("No reading goal is listed in this IEP.")
    amended = doc_of("Amended IEP\nSummary of Changes\nWe also raised Mia's reading fluency goal to 50 words correct per minute.")
    assert not ask_document(amended, "did they change her reading goal", embedder).not_found


def test_a_doctor_a_bus_driver_an_a1c_or_a_carb_ratio_the_plan_never_names_is_said_to_be_absent(embedder):
    plan = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment: Type 1 diabetes, diagnosed in 2023\n"
        "Insulin at School: Lunch insulin bolus given in the nurse's office; she enters carbs into the pump.\n"
        "Transportation\nRides the regular bus (Route 14); the driver has her emergency information sheet."
    )
    _said_absent(
        plan,
        ("what is her insulin to carb ratio", "an insulin-to-carb ratio"),
        ("what was her last A1C", "an A1C result"),
        ("who is her doctor for her diabetes", "the doctor's name"),
        ("who is her bus driver", "the bus driver's name"),
        embedder=embedder,
    )
    named = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment: Type 1 diabetes, diagnosed in 2023\n"
        "Health Information\nHer endocrinologist, Dr. Amara Lind, set an insulin-to-carb ratio of 1:12 at lunch.\n"
        "Accommodations\nMay eat snacks in class — All teachers"
    )
    assert not ask_document(named, "who is her doctor for her diabetes", embedder).not_found
    assert "1:12" in ask_document(named, "what is her insulin to carb ratio", embedder).text


def test_a_note_in_brackets_after_a_numbered_heading_leaves_it_a_heading():
    doc = doc_of(
        "Individualized Education Program\nSection 6. Special Factors\nBehavior: no concerns at this time.\n"
        "Section 7. Postsecondary Transition Plan (required by age 16; begun early at parent request)\n"
        "Education/Training — After graduation, Jonah will enroll in an automotive technology certificate program."
    )
    kinds = {s.kind: s.heading for s in doc.sections}
    assert kinds.get("transition", "").startswith("Section 7. Postsecondary Transition Plan")


def test_who_is_trained_finds_the_line_that_names_the_trained_staff(embedder):
    doc = doc_of(
        "Individualized Health Plan\nIEP Team Meeting Date: 10/19/26\n"
        "Severe low (unconscious, seizure, or unable to swallow) — Give nasal glucagon 3 mg; call 911; call parents\n"
        "Glucagon-Trained Staff: Priya Lindqvist (RN), Harriet Vo, Tomasz Adeyemi\n"
        "Accommodations\nMay eat snacks in class — All teachers"
    )
    texts = [q.quote.text for q in ask_document(doc, "who knows how to give glucagon", embedder).quotes]
    assert any(t.startswith("Glucagon-Trained Staff") for t in texts[:2]), texts


def test_things_a_plan_may_never_mention_are_said_to_be_absent_and_found_where_it_does(embedder):
    plan = doc_of(
        "Section 504 Plan\nPhysical or Mental Impairment: epilepsy (focal seizures), diagnosed in 2026\n"
        "Accommodations\nExtended time (1.5x) on tests and quizzes — All teachers\n"
        "May rest in the health office after a seizure — Nurse"
    )
    _said_absent(
        plan,
        ("what rescue med does the nurse give him if he has a long seizure", "a rescue medication"),
        ("does she need to wear a helmet", "a helmet"),
        ("is she taking any dual enrollment college classes", "dual enrollment"),
        ("is she in any honors or advanced classes", "honors or advanced classes"),
        ("when is his next court date", "a court date"),
        ("does he get a reader or scribe for tests", "a reader or scribe"),
        ("whats the plan for potty training / toileting", "toilet training"),
        embedder=embedder,
    )
    named = doc_of(
        "Section 504 Plan\nSeizure Action Plan\nIf a seizure lasts more than 5 minutes, the nurse gives the rescue "
        "medication (Valtoco nasal spray) and calls 911.\nAccommodations\nTests read aloud by a reader — All teachers"
    )
    assert not ask_document(named, "what rescue med does the nurse give him if he has a long seizure", embedder).not_found
    assert not ask_document(named, "does he get a reader or scribe for tests", embedder).not_found


def test_text_to_speech_is_a_reading_tool_not_speech_therapy(embedder):
    doc = doc_of(
        "Individualized Education Program\nServices\nSpecialized instruction in reading — 1.5 hrs weekly — Resource room\n"
        "State Assessment\nDesignated Supports/Accommodations: Text-to-speech (Math, Science, and ELA items); separate setting"
    )
    answer = ask_document(doc, "can she use text to speech on the state test", embedder)
    assert not answer.not_found and "Text-to-speech" in answer.quotes[0].quote.text
    plain = doc_of("Individualized Education Program\nServices\nSpecialized instruction in reading — 1.5 hrs weekly")
    _said_absent(plain, ("can he use speech to text for writing assignments", "text-to-speech or speech-to-text"))


def test_an_amendments_new_amount_answers_how_much_of_it_there_is_now(embedder):
    doc = doc_of(
        "Individualized Education Program\nPostsecondary Transition Plan\n"
        "Postsecondary goal — employment: Zeke will work part-time (10–15 hours per week) in a kitchen, with support "
        "from a job coach if needed.\nServices\nCommunity-based instruction and job coaching — 1.5 hrs weekly\n"
        "IEP Amendment Without a Meeting\n2. Community-based instruction and job coaching increases from 1.5 hrs "
        "weekly to 2 hours per week, beginning April 26, 2027."
    )
    answer = ask_document(doc, "how much job coaching does he have", embedder)
    assert "to 2 hours per week" in answer.quotes[0].quote.text


def test_when_they_meet_again_is_the_meeting_set_for_a_date_of_its_own(embedder):
    doc = doc_of(
        "Individualized Education Program\nIEP start date: 01/25/2027 IEP end date: 01/18/2028\n"
        "Annual Review Due: 01/18/2028\nShortened School Day\nThe team will reconvene on February 26, 2027 to review "
        "his progress and decide whether to lengthen his day.\nServices\nSpecialized instruction — 60 min daily"
    )
    answer = ask_document(doc, "when do they meet again about the half days", embedder)
    assert "February 26, 2027" in answer.quotes[0].quote.text
    assert "01/18/2028" in ask_document(doc, "when is his next annual review", embedder).quotes[0].quote.text


def test_what_am_i_supposed_to_do_when_finds_the_plans_line_for_that_case(embedder):
    doc = doc_of(
        "Behavior Intervention Plan\nBehavior and functional skills: in class Marcus refuses to do work about 3 times a "
        "day, and 4 of his 6 incident reports involved refusing a direction in class.\nStaff responses\n"
        "If he refuses: Restate the direction once, privately and calmly, and offer the break pass.\n"
        "Accommodations\nExtended time (1.5x) on tests — All teachers"
    )
    texts = [
        q.quote.text for q in ask_document(doc, "what am i supposed to do in class when he refuses to do work", embedder).quotes
    ]
    assert any(t.startswith("If he refuses") for t in texts[:2]), texts


def test_a_goal_asked_by_its_baseline_words_gives_the_goal_and_mom_s_worries_are_her_concerns(embedder):
    doc = doc_of(
        "Individualized Education Program\nWhy the team met\nMrs. Lindqvist asked for this meeting in January. She is "
        "worried about his speech because relatives often cannot understand him.\nMeasurable Annual Goals\n"
        "Goal 3 — Organization and work completion\nBaseline: turns in about 55% of homework.\n"
        "Annual goal: Using a weekly planner, Desmond will turn in 85% of assignments on time for 2 grading periods.\n"
        "Measured by: gradebook review, weekly."
    )
    texts = [q.quote.text for q in ask_document(doc, "what is the homework goal", embedder).quotes]
    assert any("85% of assignments on time" in t for t in texts), texts
    baseline = [q.quote.text for q in ask_document(doc, "where is he at right now with homework", embedder).quotes]
    assert "85%" not in " ".join(baseline[:1])  # where he is now: the baseline, not the goal
    concerns = ask_document(doc, "what concerns did mom raise", embedder).quotes
    assert "relatives often cannot understand him" in concerns[0].quote.text


def test_the_share_of_time_with_typical_kids_is_a_share_not_a_services_minutes(embedder):
    doc = doc_of(
        "IEP Amendment\nWhat is changing\nStarting February 22, he will receive speech-language therapy 3 times a week "
        "for 30 minutes each time.\nHis teacher reported that he plays next to other children for up to 10 minutes.\n"
        "Placement\nHe spends about 90% of his time in the regular early childhood program with typically developing "
        "peers.\nSummer\nHe qualifies for ESY speech-language therapy only: 45 minutes once a week for six weeks."
    )
    texts = [q.quote.text for q in ask_document(doc, "how much of the time is he with typical kids", embedder).quotes]
    assert "about 90%" in texts[0] and not any("3 times a week" in t for t in texts), texts


def test_every_counted_target_behavior_answers_what_behaviors_the_plan_is_for(embedder):
    doc = doc_of(
        "IEP Amendment\n2. A Behavior Intervention Plan is added (Attachment A). The school psychologist will provide "
        "behavior consultation, 1.5 hrs monthly.\nAttachment A — Behavior Intervention Plan (BIP)\n"
        "Target behavior 1 — Leaving the group area: Mateo walks or runs more than 3 feet away from circle time without "
        "permission.\nTarget behavior 2 — Biting: Mateo's teeth make contact with another person's skin or clothing.\n"
        "BIP review: The team will review this plan within 6 weeks, by March 30, 2027.\n"
        "Data collection: Classroom staff record each time he leaves the area and any biting on a daily tally sheet."
    )
    texts = [q.quote.text for q in ask_document(doc, "what behaviors is the behavior plan for", embedder).quotes]
    targets = [t for t in texts if t.startswith("Target behavior")]
    assert [t.split(":")[0] for t in targets] == ["Target behavior 1 — Leaving the group area", "Target behavior 2 — Biting"]


def test_seating_and_a_doctor_are_absent_when_the_only_dr_is_the_school_psychologist(embedder):
    plan = doc_of(
        "Section 504 Plan\nHealth Information\nShe checks her glucose in front of classmates only if she chooses.\n"
        "Accommodations\nC8 — Private signal (colored card on desk) to request a 5-minute break — All classes\n"
        "Team\nThe school psychologist, Dr. Hollis Vantongeren, will consult monthly.\n"
        "Dr. Vantongeren will review the data every 2 weeks."
    )
    _said_absent(
        plan,
        ("is she supposed to sit near the front", "preferential seating"),
        ("who is her pediatrician", "the doctor's name"),
        embedder=embedder,
    )
    assert "colored card on desk" in ask_document(plan, "how does she ask me for a break", embedder).quotes[0].quote.text
    seated = doc_of("Section 504 Plan\nAccommodations\nPreferential seating near instruction — All classes — Daily")
    assert not ask_document(seated, "is she supposed to sit near the front", embedder).not_found
    doctor = doc_of("Section 504 Plan\nSources: Physician orders from Dr. Amara Whitcombe, Pediatric Endocrinology.")
    assert "Whitcombe" in ask_document(doctor, "who is her doctor", embedder).quotes[0].quote.text


def test_what_to_do_if_he_has_a_seizure_is_the_plans_numbered_first_aid_and_who_is_trained_its_staff_table(embedder):
    plan = doc_of(
        "Section 504 Plan\nPart 2. Eligibility\nWas IDEA (special education) eligibility considered? ☒ Yes — the team "
        "reviewed the evaluation and Desmond was found not eligible for special education because his academic skills "
        "are at grade level.\nPhysical or mental impairment: Epilepsy, diagnosed at age 11.\nPart 4. Accommodations\n"
        "After a tonic-clonic seizure — Rest in the health office; returns to class only when the nurse clears him — Nurse\n"
        "Field trips — A staff member trained to give the rescue medicine goes on every field trip — Trip leader\n"
        "Part 5. Seizure Emergency Plan\nFIRST AID FOR A TONIC-CLONIC SEIZURE:\n"
        "1. Stay calm and note the time the seizure started.\n2. Keep him safe and do not hold him down.\n"
        "3. Turn him on his side when the jerking stops.\nPart 6. Staff Trained\nName — Role — Training — Date\n"
        "Gretchen Halvorsen-Ibe, RN — School nurse — Seizure first aid + rescue medicine — 8/12/2026\n"
        "Liam Boateng — JV soccer coach — Seizure first aid + rescue medicine — 8/20/2026"
    )
    steps = [q.quote.text for q in ask_document(plan, "what do i do if he has a seizure in my class", embedder).quotes]
    assert steps[:4] == [
        "FIRST AID FOR A TONIC-CLONIC SEIZURE:",
        "1. Stay calm and note the time the seizure started.",
        "2. Keep him safe and do not hold him down.",
        "3. Turn him on his side when the jerking stops.",
    ], steps
    trained = [q.quote.text for q in ask_document(plan, "who is trained to give the rescue med", embedder).quotes]
    assert trained[0].startswith("Gretchen Halvorsen-Ibe") and any(t.startswith("Liam Boateng") for t in trained), trained
    why = [q.quote.text for q in ask_document(plan, "why doesnt he have an IEP", embedder).quotes]
    assert any("not eligible for special education" in t for t in why), why
    _said_absent(
        plan,
        ("what percent of the day is he in gen ed", "the share of the day in general education"),
        ("is he allowed a wiggle cushion or fidget", "a fidget or a wiggle cushion"),
        ("can he listen to audiobooks for english", "audiobooks"),
        embedder=embedder,
    )


def test_a_teacher_asking_what_to_do_in_class_gets_the_accommodations_and_a_small_tables_rows_come_whole(embedder):
    doc = doc_of(
        "Individualized Education Program\nDisability Category — Code — Primary / Secondary\nAutism — AUT — Primary\n"
        "Speech or Language Impairment — SLI — Secondary\nSECTION 3 | SPECIAL EDUCATION, RELATED SERVICES\n"
        "SVC 1: Specialized Academic Instruction (SAI), Reading | Provider: Resource Specialist | Location: Resource Room "
        "(outside Gen Ed) | Freq: daily, 45 min\nSECTION 4 | PLACEMENT\nPlacement: General education classroom with "
        "resource support; % of time in Gen Ed: 84%\nSECTION 5 | ACCOMMODATIONS\nA1 Extended time: 1.5x on tests; "
        "A2 Directions read aloud and repeated; A4 Preferential seating near the teacher"
    )
    duty = ask_document(doc, "what do I need to do in my classroom for him", embedder).quotes
    assert duty[0].quote.text.startswith("A1 Extended time"), [q.quote.text for q in duty]
    category = [q.quote.text for q in ask_document(doc, "whats her disability category", embedder).quotes]
    assert "Speech or Language Impairment — SLI — Secondary" in category, category


def _eval_doc(name: str):
    """One of the IEP eval's documents, read from its lines (as a plain text file would be)."""
    from evals.iep_documents import DOCUMENTS

    lines = []
    for block in DOCUMENTS[name]:
        if block[0] in ("h", "p"):
            lines.append(block[1])
        elif block[0] == "table":
            lines += [" — ".join(row) for row in block[1]]
    return doc_of("\n".join(lines))


def _eval_docx(tmp_path: Path, name: str):
    """One of the IEP eval's documents, written as a Word file and read back."""
    from evals.iep_documents import DOCUMENTS

    path = write_docx(tmp_path / f"{name}.docx", DOCUMENTS[name])
    return read_iep(path.name, path.read_bytes())


def test_a_line_packing_many_facts_is_as_close_to_a_question_as_its_closest_part(embedder):
    doc = _eval_doc("huckleberry")
    texts = [q.quote.text for q in ask_document(doc, "where is she at with potty training right now", embedder).quotes]
    assert any("still wears pull-ups" in t for t in texts), texts


def test_a_progress_reports_goal_lines_answer_on_track_and_starting_point_for_the_goal_named(embedder):
    report = doc_of(
        "IEP Progress Report\nKey to Progress Codes\nSP — Sufficient Progress – expected to meet the goal\n"
        "Goal 1 of 2 - Reading: Oral Reading Fluency\nAnnual Goal: By 10/07/2027, Tobias will read aloud at 95 words "
        "correct per minute.\nBaseline (September 2026): 58 WCPM with 88% accuracy on grade 4 passages.\n"
        "Q1 mark: SP Q2 mark: SP (Sufficient Progress)\nComments: Tobias is now reading 74 words correct per minute.\n"
        "Goal 2 of 2 - Work Habits: Task Initiation\nAnnual Goal: Tobias will start independent work within 2 minutes.\n"
        "Baseline (September 2026): started within 2 minutes in 1 of 5 opportunities.\n"
        "Q1 mark: E Q2 mark: IP (Insufficient Progress)"
    )
    on_track = ask_document(report, "is tobias on track for his reading fluency goal?", embedder).quotes
    assert on_track[0].quote.text == "Q1 mark: SP Q2 mark: SP (Sufficient Progress)", [q.quote.text for q in on_track]
    start = [q.quote.text for q in ask_document(report, "what was his starting point in reading fluency", embedder).quotes]
    # under the goal's title: the baseline of the goal named, not another goal's
    assert start[:2] == [
        "Goal 1 of 2 - Reading: Oral Reading Fluency",
        "Baseline (September 2026): 58 WCPM with 88% accuracy on grade 4 passages.",
    ], start


def test_a_notice_of_refused_actions_answers_what_the_school_said_no_to_and_what_we_disagreed_with(embedder):
    notice = doc_of(
        "Prior Written Notice\nSection 3. Description of the Actions\n3A. Actions the district PROPOSES:\n"
        "1. Increase reading instruction to 5 sessions per week.\n3B. Actions the district REFUSES:\n"
        "1. The parents' request for a one-to-one (1:1) paraprofessional for the full school day.\n"
        "2. The parents' request for placement at Linden Hall Academy, a private day school.\n"
        "Meeting Notes\n- Parents agree with: daily reading instruction and counseling.\n"
        "- Parents disagree with: the refusal of a 1:1 paraprofessional and the refusal of private placement."
    )
    refused = [q.quote.text for q in ask_document(notice, "what did the school say no to", embedder).quotes]
    assert any("one-to-one (1:1) paraprofessional" in t for t in refused) and any("Linden Hall" in t for t in refused), refused
    disagreed = ask_document(notice, "which parts did we not agree with", embedder).quotes
    assert disagreed[0].quote.text.startswith("- Parents disagree with"), [q.quote.text for q in disagreed]


def test_a_bus_question_about_a_paper_with_no_transportation_is_said_to_be_absent(embedder):
    report = doc_of(
        "IEP Progress Report\nGoal 1 of 2 - Reading: Oral Reading Fluency\nQ1 mark: SP Q2 mark: SP (Sufficient Progress)"
    )
    _said_absent(report, ("does the bus pick him up at home", "transportation"), embedder=embedder)
    riding = doc_of("Individualized Education Program\nTransportation: regular bus, Route 14")
    assert not ask_document(riding, "does the bus pick him up at home", embedder).not_found
    driver = ask_document(riding, "who is her bus driver", embedder)
    assert "bus driver" in driver.note  # the driver's name the plan does not give, not transportation


def test_assistive_tech_a_half_day_and_gen_ed_kids_in_a_parents_words(embedder):
    tech = [
        q.quote.text for q in ask_document(_eval_doc("sourwood"), "what assistive tech is she supposed to have", embedder).quotes
    ]
    assert any(t.startswith("Refreshable braille notetaker") for t in tech), tech
    assert any(t.startswith("Long white cane") for t in tech), tech
    bluebeech = _eval_doc("bluebeech")
    half = [q.quote.text for q in ask_document(bluebeech, "why is he only going half a day", embedder).quotes]
    assert any("seizure activity" in t for t in half), half
    gen_ed = [q.quote.text for q in ask_document(bluebeech, "how much time is he w/ gen ed kids", embedder).quotes]
    assert any("Time in General Education: 10%" in t for t in gen_ed), gen_ed


def test_a_terse_plans_abbreviations_and_a_counselors_weekly_check_in_are_read(embedder):
    staghorn = _eval_doc("staghorn")
    breaks = [q.quote.text for q in ask_document(staghorn, "how many breaks can she take", embedder).quotes]
    assert any("brk pass: up to 2/day" in t for t in breaks), breaks
    counselor = ask_document(staghorn, "how often does she see the counselor", embedder)
    assert not counselor.not_found and any("counselor check-in 1x/wk" in q.quote.text for q in counselor.quotes)
    seat = ask_document(staghorn, "where should she sit in my class", embedder)
    assert not seat.not_found  # "pref seat — front, away from door/windows" is preferential seating
    hw = ask_document(staghorn, "how will i find out about missing homework", embedder)
    assert not hw.not_found  # "HW" is homework
    hazelalder = _eval_doc("hazelalder")
    assert not ask_document(hazelalder, "does he get extra time on the algebra EOC", embedder).not_found
    renewal = ask_document(hazelalder, "when is his iep up for renewal", embedder).quotes
    assert renewal[0].quote.text == "IEP End Date: 2027-10-13", [q.quote.text for q in renewal]
    share = [q.quote.text for q in ask_document(hazelalder, "what % of the day is he in gen ed", embedder).quotes]
    assert any(t.endswith("85%") for t in share), share


def test_a_services_grid_under_special_education_related_services_and_supplementary_aids_is_read(embedder):
    doc = _eval_doc("fetterbush")
    assert "Speech-language therapy" in [s.name for s in doc.services]
    speech = [q.quote.text for q in ask_document(doc, "how much speech does tobias get", embedder).quotes]
    assert any("2 x 25 minutes weekly" in t for t in speech), speech
    # a teacher's "what do I have to do in my class" still gets the aids listed in such a section
    duty = [
        q.quote.text
        for q in ask_document(_eval_doc("osageorange"), "what do I have to do in my class for tobias", embedder).quotes
    ]
    assert any("time and one-half" in t for t in duty), duty


def test_why_gives_the_reasons_a_plan_lists_and_gym_is_pe(embedder):
    doc = _eval_doc("yellowwood")
    why = [q.quote.text for q in ask_document(doc, "why did they say he qualifies for summer services", embedder).quotes]
    assert why[0] == "Reasons for decision:" and why[1].startswith("1. Regression and recoupment"), why
    gym = [q.quote.text for q in ask_document(doc, "does he need to use his inhaler before gym", embedder).quotes]
    assert any("15 minutes before PE" in t for t in gym[:2]), gym
    _said_absent(
        _eval_doc("possumhaw"),
        ("does he have a peer mentor or buddy at school", "a peer buddy or mentor"),
        ("does he get a second set of books to keep at home", "an extra set of books for home"),
        embedder=embedder,
    )


def test_one_to_one_help_is_no_aide_and_the_crisis_team_is_no_sports_team(embedder):
    _said_absent(
        _eval_doc("hazelalder"),
        ("does he have a 1 on 1 aide", "a one-to-one aide"),
        ("is he allowed to play football this year or is he ineligible bc of grades", "sports or athletics"),
        embedder=embedder,
    )
    aide = doc_of("Individualized Education Program\nSupports\n1:1 aide for all transitions and lunch — daily")
    assert not ask_document(aide, "does he have a 1 on 1 aide", embedder).not_found


def test_how_often_asks_of_what_the_plan_times_outside_its_services_when_that_is_what_it_names(tmp_path, embedder):
    doc = _eval_docx(tmp_path, "titi")  # a services grid of nine rows, and a positioning schedule under its own heading
    often = [q.quote.text for q in ask_document(doc, "how often does he need to be repositioned", embedder).quotes]
    assert often[0].startswith("Positioning schedule: Elias must be repositioned at least every 60 minutes"), often
    # a service the question names is still answered from the services
    therapy = [q.quote.text for q in ask_document(doc, "how often does he get physical therapy", embedder).quotes]
    assert therapy[0].startswith("Physical therapy — Physical Therapist — 2 sessions/week"), therapy
    # "bathroom" is only in the parents' input, untimed; "restroom", as rare, is on the timed toileting plan
    bathroom = ask_document(_eval_docx(tmp_path, "bluebeech"), "how often do they take him to the bathroom", embedder)
    assert bathroom.quotes[0].quote.text.startswith("Toileting Plan: Scheduled toileting every 2 hours"), bathroom.quotes


def test_a_make_up_window_is_no_question_about_extra_time_and_a_named_next_meeting_answers_meet_again(embedder):
    plan = doc_of(
        "Section 504 Plan\nMeeting Type: Annual Review   Meeting Date: 10/08/2025   Plan End Date: 10/07/2026\n"
        "Part D. Attendance and Make-Up Work\n"
        "Missed tests and quizzes must be made up within 5 school days of her return, during Advisory.\n"
        "Team\nNext IEP Meeting (tentative): week of 09/28/2026 | Contact the case manager at any time."
    )
    make_up = ask_document(plan, "how long does she have to make up a test she missed", embedder)
    assert not make_up.absent and make_up.quotes[0].quote.text.startswith("Missed tests"), make_up.note
    again = [q.quote.text for q in ask_document(plan, "when do they meet again", embedder).quotes]
    assert any(t.startswith("Next IEP Meeting (tentative): week of 09/28/2026") for t in again), again


def test_a_pdf_title_after_a_labelled_line_stands_alone_and_brings_the_numbered_lines_under_it(tmp_path, embedder):
    from evals.iep_files import write_pdf

    blocks = [
        ("h", "Attachment A — Behavior Intervention Plan"),
        ("p", "Based on: Functional Behavioral Assessment, Dr. Yusuf Brandvold, completed 12-19-25"),
        ("h", "Target Behaviors"),
        ("p", "1. Elopement: leaving the classroom or assigned area without permission (baseline: 3 times per week)."),
        ("p", "2. Throwing objects: throwing pencils or papers during work time (baseline: 2 times per week)."),
        ("h", "Hypothesized Function"),
        ("p", "Escape/avoidance: Both behaviors happen within 10 minutes of starting a writing task."),
        ("h", "Options Considered and Rejected"),
        ("p", "The team considered a more restrictive placement in the Therapeutic Learning Center. This was rejected."),
    ]
    doc = read_iep("bip.pdf", write_pdf(tmp_path / "bip.pdf", blocks).read_bytes())
    texts = [q.text for q in doc.lines]
    assert "Target Behaviors" in texts, texts  # not glued to the line with a date before it, as a table cell's end
    targets = [q.quote.text for q in ask_document(doc, "what behaviors is the bip targeting", embedder).quotes]
    assert any(t.startswith("1. Elopement") for t in targets) and any(t.startswith("2. Throwing") for t in targets), targets
    why = [q.quote.text for q in ask_document(doc, "why is he doing this?", embedder).quotes]
    assert any(t.startswith("Escape/avoidance") for t in why[:2]), why  # under its title
    moved = [q.quote.text for q in ask_document(doc, "did they talk about moving him to a different program", embedder).quotes]
    assert moved[0].startswith("The team considered a more restrictive placement"), moved


def test_a_line_under_a_heading_on_the_questions_words_counts_more_and_a_named_item_is_quoted_when_nothing_is_near(
    tmp_path, embedder
):
    plan = doc_of(
        "Individualized Education Program\nSpecial Education and Related Services\n"
        "A paraprofessional will support Milo during arrival, lunch, recess, and transitions, about 90 minutes each day.\n"
        "Speech-language therapy: two times per week for 25 minutes per session.\n"
        "Extended School Year\nMilo's need for summer services will be decided by March 31, 2027.\n"
        "Case Manager\nCase manager: Ms. Loretta Quincey, Special Education Teacher Phone: 555-310-7700 ext. 241"
    )
    aide = ask_document(plan, "does he have a one on one aide", embedder)
    assert not aide.absent and aide.quotes[0].quote.text.startswith("A paraprofessional will support Milo"), aide
    contact = ask_document(plan, "who is the case manager and phone", embedder)  # a number to call, not a phone to carry
    assert not contact.absent and "555-310-7700" in contact.quotes[0].quote.text, contact
    # the interim plan's length and end date, under its heading on a temporary IEP's 30 days
    length = ask_document(_eval_docx(tmp_path, "sweetgum"), "how long does this temporary iep last", embedder).quotes
    texts = " ".join(q.quote.text for q in length)
    assert "30 calendar days" in texts and "2027-03-09" in texts, [q.quote.text for q in length]


def test_who_is_her_counselor_finds_the_person_the_plan_names_though_no_counseling_is_a_service(embedder):
    summary = doc_of(
        "Summary of Performance\nServices\nSpecialized academic instruction — 45 min daily — resource room\n"
        "Recommendations\nEmployment: Imogen was found eligible for vocational rehabilitation in January 2027. "
        "Her vocational rehabilitation counselor is Mr. Desmond Achterberg, (555) 410-2280."
    )
    who = ask_document(summary, "who is her voc rehab counselor", embedder)
    assert not who.absent and "Desmond Achterberg" in who.quotes[0].quote.text, who
    assert ask_document(summary, "does she get counseling at school", embedder).absent  # the service, still absent


def test_where_she_sits_at_lunch_is_no_question_about_preferential_seating(embedder):
    plan = doc_of(
        "Section 504 Plan\nPart F. Cafeteria Rules\n"
        "1. Imani sits at the peanut-free table (Table 4, nearest the lunch line).\n"
        "2. Staff wipe the table before her lunch period."
    )
    lunch = ask_document(plan, "where does she sit at lunch", embedder)
    assert not lunch.absent and lunch.quotes[0].quote.text.startswith("1. Imani sits at the peanut-free table"), lunch
    assert ask_document(plan, "where does she sit in class", embedder).absent  # a seat in class, which it never gives


def test_pe_finds_what_the_plan_spells_out_as_physical_education_and_nothing_merely_physical(embedder):
    plan = doc_of(
        "Section 504 Plan\nPart C. Accommodations\n"
        "• Physical Education: Imogen may participate at a self-paced level during a flare.\n"
        "• Physical restraint is not part of this plan.\n"
        "Related services\nPhysical therapy — 2 sessions per month, 30 minutes"
    )
    pe = [q.quote.text for q in ask_document(plan, "does she have to dress out for PE", embedder).quotes]
    assert pe[0].startswith("• Physical Education: Imogen may participate at a self-paced level"), pe


def test_a_print_outs_stamp_of_when_it_was_printed_answers_no_when_question(tmp_path, embedder):
    # a print-out whose first line is "StriveIEP v4.2 | … | Printed: 02/04/2027 03:42 PM | Status: FINAL …"
    doc = _eval_docx(tmp_path, "groundsel")
    call = [q.quote.text for q in ask_document(doc, "when will the school call me if something happens", embedder).quotes]
    assert not call[0].startswith("StriveIEP") and any(t.startswith("Parent Notification") for t in call), call
    printed = [q.quote.text for q in ask_document(doc, "when was this printed", embedder).quotes]
    assert printed[0].startswith("StriveIEP v4.2"), printed


def test_what_to_do_if_the_child_is_low_gets_the_steps_under_that_heading_not_every_line_with_her_name(tmp_path, embedder):
    doc = _eval_docx(tmp_path, "wintergreen")  # a 504 plan whose "3C. Low Blood Sugar (Hypoglycemia)" lists the steps
    low = [q.quote.text for q in ask_document(doc, "what do i do if marisol is low", embedder).quotes]
    assert low[0].startswith("Low is below 70 mg/dL"), low
    assert any("15 grams of fast-acting carbohydrate" in t for t in low), low
    parents = [q.quote.text for q in ask_document(doc, "what did her parents ask for", embedder).quotes]
    assert "as independent as possible" in parents[0], parents  # Part 2. Parent and Student Input


def test_items_a_plan_may_not_have_are_said_to_be_missing_and_an_aide_is_found_as_a_para(tmp_path, embedder):
    plan = _eval_docx(tmp_path, "wintergreen")  # the pump gives the "insulin dose"; no ratio, no drills, no reading help
    for question in (
        "what is her insulin to carb ratio",
        "what is the plan for her during lockdown drills",
        "does she get extra help in reading",
    ):
        assert ask_document(plan, question, embedder).absent, question
    amendment = _eval_docx(tmp_path, "lingonberry")  # a shortened day with a 1:1 para, no state testing
    aide = ask_document(amendment, "does he have an aide with him", embedder)
    assert not aide.absent and any("1:1 para" in q.quote.text for q in aide.quotes), aide
    assert ask_document(amendment, "does he take the state test this year", embedder).absent
    # what is given on the test is another question, answered from the lines the plan has
    assert not ask_document(_eval_docx(tmp_path, "hobblebush"), "does she get extra time on the state test", embedder).absent


def test_what_to_do_instead_of_a_behavior_is_the_replacement_behavior(tmp_path, embedder):
    bip = _eval_docx(tmp_path, "salmonberry")  # a behavior plan with "Replacement Behavior" and "Response to Target Behavior"
    instead = ask_document(bip, "what is he supposed to do instead of walking out of class", embedder).quotes
    assert instead[0].heading == "Replacement Behavior" and "up to 5 minutes" in instead[0].quote.text, instead


def test_how_long_the_plan_is_good_for_is_its_dates_not_a_services_minutes(tmp_path, embedder):
    interim = _eval_docx(tmp_path, "snowberry")  # "Interim IEP in effect: 09/02/2026 through 10/01/2026 (30 calendar days)"
    length = [q.quote.text for q in ask_document(interim, "how long is the interim iep good for", embedder).quotes]
    assert length[0].startswith("Interim IEP in effect: 09/02/2026 through 10/01/2026"), length


def test_the_para_asked_about_is_found_and_the_closest_line_naming_the_aide_answers(tmp_path, embedder):
    doc = _eval_docx(tmp_path, "winterberry")  # a one-to-one paraprofessional for part of the day, named on several lines
    para = [q.quote.text for q in ask_document(doc, "when does he have the para with him", embedder).quotes]
    assert para[0].startswith("One-to-one paraprofessional: Jonah will have a one-to-one paraprofessional for part"), para
    all_day = ask_document(doc, "does he have a 1 on 1 all day?", embedder)
    assert "not all day" in all_day.note, all_day.note  # not the health line that names the para first


def test_a_parent_called_to_pick_the_child_up_is_no_bus_question_and_missing_plans_are_said_missing(tmp_path, embedder):
    plan = _eval_docx(tmp_path, "bladdernut")  # a 504 plan with no transportation, whose nurse calls a parent
    call = ask_document(plan, "when do they call me to pick her up", embedder)
    assert not call.absent and "the nurse will call a parent to pick her up" in call.quotes[0].quote.text, call
    assert ask_document(plan, "does she get a shortened school day or reduced course load", embedder).absent
    assert ask_document(_eval_docx(tmp_path, "arrowwood"), "does he have a feeding or swallowing plan for lunch", embedder).absent


def test_the_childs_name_in_a_question_does_not_pull_every_line_with_it_and_a_forms_prompt_is_not_its_answer(tmp_path, embedder):
    doc = _eval_docx(tmp_path, "bunchberry")  # "Student: Marisol A. Tennant", her name on many lines
    graduate = [q.quote.text for q in ask_document(doc, "when does marisol graduate", embedder).quotes]
    assert any("Expected graduation date: June 11, 2027" in t for t in graduate), graduate
    after = [q.quote.text for q in ask_document(doc, "what is she planning to do after high school", embedder).quotes]
    assert "What will the student do after high school?" not in after, after  # the form's prompt, not its answer


def test_a_504_plan_a_crisis_plan_or_a_wheelchair_the_plan_never_names_is_said_to_be_missing(tmp_path, embedder):
    iep = _eval_docx(tmp_path, "hazelnut")  # a state form IEP with no 504 plan and no crisis plan
    assert ask_document(iep, "does he also have a 504 plan", embedder).absent
    assert ask_document(iep, "does he have a crisis or elopement plan", embedder).absent
    assert ask_document(_eval_docx(tmp_path, "bloodroot"), "can she get a wheelchair at school", embedder).absent
    # a 504 plan's own questions are no question about whether there is one
    assert not ask_document(_eval_docx(tmp_path, "wintergreen"), "when is her 504 reviewed next", embedder).absent


def test_a_choice_made_on_the_form_is_no_heading_and_answers_its_question(tmp_path, embedder):
    # "☐ Eligible for ESY ☒ Not eligible for ESY" on a line of its own, its reasons under it
    esy = [q.quote.text for q in ask_document(_eval_docx(tmp_path, "trillium"), "is he getting ESY this summer", embedder).quotes]
    assert esy[0] == "☐ Eligible for ESY ☒ Not eligible for ESY", esy


def test_a_plans_parts_for_what_teachers_and_the_student_do_answer_who_does_what(tmp_path, embedder):
    plan = _eval_docx(tmp_path, "wildginger")  # a 504 plan: accommodations, then teacher, then student responsibilities
    mine = ask_document(plan, "what do i have to do in my class for talia", embedder).quotes
    assert mine[0].heading == "Teacher Responsibilities", mine
    hers = ask_document(plan, "what is talia herself responsible for", embedder).quotes
    assert hers[0].heading == "Student Responsibilities", hers
    # an extension "on assignments" answers a question about homework
    extension = ask_document(plan, "how many days extension can she get on homework", embedder)
    assert not extension.absent and "Extension of up to 2 school days" in extension.quotes[0].quote.text, extension


def test_vision_services_a_plan_never_lists_are_said_to_be_missing(tmp_path, embedder):
    assert ask_document(_eval_docx(tmp_path, "bellwort"), "does he get vision services", embedder).absent


def test_a_service_line_is_the_service_it_names_first_and_extra_days_are_extra_time():
    # parent training given with the speech-language pathologist is no speech therapy session
    doc = doc_of(
        "Services\nLeo will also receive speech-language therapy from the district speech-language pathologist, "
        "for 30 minutes twice a week, at the preschool.\n"
        "Parent training will be provided to the parents by the itinerant teacher and the speech-language "
        "pathologist together, one 60-minute session per month.\n"
        "Absences\nWhen Mia is absent for a medical appointment, she will receive 2 extra school days for each day "
        "missed to complete make-up work."
    )
    speech = ask_document(doc, "how often is speech")
    assert "30 minutes twice a week" in speech.quotes[0].quote.text
    assert [s.name for s in doc.services].count("Speech-language therapy") == 1
    late = ask_document(doc, "how much extra time does she get for make up work when shes out sick")
    assert not late.not_found and "2 extra school days" in late.quotes[0].quote.text


PROGRESS_REPORT = [
    ("h", "IEP Progress Report on Annual Goals"),
    ("table", [["Student:", "Tobias Lund", "Grade:", "4"]]),
    ("h", "Progress Code Legend"),
    (
        "table",
        [
            ["Code", "Meaning"],
            ["GM", "Goal Met — student has met the annual goal criteria"],
            ["SP", "Sufficient Progress — on track to meet the goal by the annual review date"],
            ["LP", "Limited Progress — some progress made, but the goal may not be met"],
            ["RG", "Regression — performance is below the previous reporting period"],
        ],
    ),
    ("h", "Goal 1 — Reading Fluency (Area: Reading)"),
    ("p", "Annual goal: Tobias will read aloud at 95 words correct per minute with 95% accuracy."),
    ("p", "Baseline (October 2025): 62 words correct per minute with 88% accuracy."),
    ("table", [["Q1", "Q2", "Q3", "Q4"], ["SP", "SP", "LP", ""]]),
    ("p", "Comment: Tobias missed eight resource sessions in February; we are adding a repeated-reading routine."),
    ("h", "Goal 2 — Task Initiation (Area: Work Habits)"),
    ("p", "Annual goal: Tobias will begin independent classwork within 2 minutes of the direction."),
    ("table", [["Q1", "Q2", "Q3", "Q4"], ["SP", "RG", "SP", ""]]),
    ("p", "Comment: The Q2 drop came after a move to a new seat near the classroom door."),
]


def test_a_progress_reports_marks_stay_under_their_goal_and_are_spelled_out(tmp_path):
    from evals.iep_files import write_docx, write_pdf

    for write, ext in ((write_docx, "docx"), (write_pdf, "pdf")):
        doc = read_iep(f"report.{ext}", write(tmp_path / f"report.{ext}", PROGRESS_REPORT).read_bytes())
        # a row of marks is a table's row, not a heading, and a mark given twice is given twice
        goals = [s for s in doc.sections if s.heading.startswith("Goal")] or doc.sections
        texts = [q.text for s in goals for q in s.lines]
        assert any(t.rstrip(" —") == "SP — SP — LP" for t in texts), (ext, texts)
        assert not any(s.heading.startswith(("Q1", "SP")) for s in doc.sections), ext
        answer = ask_document(doc, "how is tobias doing on his reading fluency goal")
        shown = [q.quote.text for q in answer.quotes]
        assert any(t.rstrip(" —") == "SP — SP — LP" for t in shown), (ext, shown)
        assert any(t.startswith("LP — Limited Progress") for t in shown), (ext, shown)  # the legend says what LP is


def test_a_class_a_bathroom_trip_or_a_heading_are_not_what_they_sound_like():
    doc = doc_of(
        "Interim IEP\nThis interim IEP is in effect for 30 calendar days, through 10/8/26, while the team reviews records.\n"
        "Services\nWritten expression support — 60 min/wk in class — Resource teacher — Gen ed classroom\n"
        "Accommodations (carried over from prior IEP)\n☒ Preferential seating near teacher\n☒ Read test directions aloud\n"
        "Toileting Plan\nWren will start a bathroom trip by handing an adult her toilet picture card.\n"
        "Daily Schedule\n1:25 — Music (Tuesday, Thursday) or sensory room"
    )
    # a music class is no music therapy, a bathroom trip no field trip
    _said_absent(
        doc, ("does she get music therapy", "music therapy"), ("can she go on field trips with her class", "field trips")
    )
    # the plan's own dates for how long a temporary placement lasts
    assert "30 calendar days" in ask_document(doc, "how long is this temporary placement for").quotes[0].quote.text
    # "accomodations" is the heading's word misspelled, and asks for the list under it, not a service given in class
    listed = ask_document(doc, "what accomodations does he have in class").quotes
    assert listed[0].quote.text.startswith("☒"), [q.quote.text for q in listed]
    therapy = doc_of("Services\nMusic therapy — 30 minutes weekly — music therapist")
    assert not ask_document(therapy, "does she get music therapy").not_found


def test_a_behavior_support_plan_and_a_completed_reevaluation():
    doc = doc_of(
        "Student: Nora Amadi Grade: 11\n"
        "Behavior Support Plan\nBSP Date — 10/14/2026\nBSP Review Date — 01/20/2027\n"
        "Reevaluation completed: January 22, 2027\nNext reevaluation due by: January 21, 2030\n"
        "Accommodations\n- Teacher-provided guided notes or a peer note-taker in all classes.\n"
        "- Screen time is limited to 15 minutes at a time.\n"
        "Class-by-Class Guidance for Teachers\n"
        "2 – Chemistry — Mr. Ruiz — No lab write-ups until Phase 3\n"
        "3 – English 11 — Mrs. Petrosyan — Audiobook for the novel; extend essay due dates 2 weeks"
    )
    # a BSP is a behavior plan by another name, so the plan has one
    assert not ask_document(doc, "when is the behavior plan reviewed").not_found
    # the reevaluation done is not the one due next
    assert "2030" in ask_document(doc, "when does she get reevaluated again").quotes[0].quote.text


def test_a_teacher_naming_one_class_gets_that_classs_row(tmp_path):
    from evals.iep_documents import DOCUMENTS
    from evals.iep_files import write_docx

    # a temporary 504 plan with a row of guidance for each class: the row for the class the teacher
    # names, not the student line that shares its number ("Grade: 11") nor the plan's dates
    path = write_docx(tmp_path / "plan.docx", DOCUMENTS["fiddlehead"])
    doc = read_iep(path.name, path.read_bytes())
    duty = ask_document(doc, "what am I supposed to do in english 11 for her")
    assert "English 11" in duty.quotes[0].quote.text, [q.quote.text for q in duty.quotes]


def test_a_line_of_open_boxes_is_no_heading_and_a_why_question_gets_no_yes():
    doc = doc_of(
        "Section 8. Accommodations\n☒ Visual schedule\n"
        "☐ Modified curriculum ☐ Behavior intervention plan (team determined not needed at this time)\n"
        "Services\nSpeech-Language Therapy — SLP 30 min 2x/wk — Speech room\n"
        "Eligibility\nHer speech needs are not primarily the result of limited English proficiency."
    )
    assert not any(s.heading.startswith("☐") for s in doc.sections)
    plan = ask_document(doc, "does he have a behavior plan")
    assert "not needed" in plan.quotes[0].quote.text and not plan.text.startswith("Yes")
    # whether the speech need comes from learning English asks why, not whether she gets speech therapy
    assert not ask_document(doc, "is her speech problem just because she's still learning english?").text.startswith("Yes")


def test_a_narrative_reports_rating_answers_did_he_meet_his_goal_and_ei_is_early_intervention():
    doc = doc_of(
        "Goal 3 — Self-Regulation: Using a Calming Strategy\n"
        "Goal as written: When Desmond becomes upset, he will choose and use a calming strategy from his menu.\n"
        "Progress narrative: Desmond has made strong gains on this goal, using a strategy in 5 of 5 incidents.\n"
        "Rating: Goal met. The team will keep collecting data through the end of the IEP.\n"
        "Transition from the IFSP\nThe transition conference with the early intervention program was held March 2, 2026."
    )
    met = ask_document(doc, "did he meet his calming down goal?")
    assert met.quotes[0].quote.text.startswith("Rating: Goal met"), [q.quote.text for q in met.quotes]
    # "EI" is early intervention, which the plan names in words
    conference = ask_document(doc, "when was the transition conference from EI")
    assert not conference.not_found and "March 2, 2026" in conference.quotes[0].quote.text


def test_a_list_question_after_the_asker_says_who_they_are_gets_the_whole_table():
    doc = doc_of(
        "Section 6. Accommodations and Supplementary Aids\n"
        "Accommodation — Setting(s) — Frequency\n"
        "Text-to-speech or human reader for content-area text — General education classroom — Daily\n"
        "Directions read aloud and restated — All settings — Daily\n"
        "Extended time (time and a half) on tests and quizzes — All settings — All tests and quizzes\n"
        "Reduced spelling list (15 words instead of 25) — General education classroom — Weekly\n"
        "Audiobooks for independent reading and book reports — General education classroom, home — Daily\n"
        "Will not be asked to read aloud in front of the class unless he volunteers — General education classroom — Daily"
    )
    shown = " ".join(
        q.quote.text for q in ask_document(doc, "im his teacher, what accommodations do I have to do in my class").quotes
    )
    for row in ("Directions read aloud", "Extended time", "Reduced spelling list", "Audiobooks"):
        assert row in shown, row


def test_a_start_date_under_a_row_naming_the_annual_review_is_the_start_not_the_review(embedder):
    doc = doc_of(
        "Key Dates\nEvent — Date\nMeeting Date — 2027-01-28\nMeeting Type — Annual Review\n"
        "IEP Start Date — 2027-02-01\nIEP End Date — 2028-01-27\nTriennial Reevaluation Due — 2028-04-12"
    )
    review = next(d for d in doc.dates if d.kind == "annual_review")
    assert review.value == date(2028, 1, 27), doc.dates
    assert "2028-01-27" in ask_document(doc, "when does this iep run out", embedder).quotes[0].quote.text


def test_what_to_do_when_the_behavior_happens_is_the_behavior_plans_response_not_the_accommodations(embedder):
    doc = doc_of(
        "Accommodations\nPreferential seating near the teacher and away from doors/windows — All classes — Daily\n"
        "Alternate passing time (leave class 3 minutes early) — Yes — No — No\n"
        "Behavior Intervention Plan\n"
        "Target Behavior — Leaving the classroom without permission (elopement), usually walking to the library.\n"
        "Hypothesized function: When asked to do independent work, he leaves his seat to escape the task.\n"
        "Response to Behavior — Calmly radio the office with his location; an adult checks on him within 5 minutes.\n"
        "Responsible: Case manager"
    )
    for question in ("what am i supposed to do if he walks out of my class", "what am i supposed to do when he leaves his seat"):
        first = ask_document(doc, question, embedder).quotes[0].quote.text
        assert first.startswith("Response to Behavior"), (question, first)


def test_whether_a_504_student_qualifies_for_an_iep_is_the_special_education_decision(embedder):
    doc = doc_of(
        "Eligibility\nPhysical or Mental Impairment(s): Type 1 diabetes mellitus; Generalized anxiety disorder\n"
        "Eligible under Section 504: Yes\n"
        "Eligible under IDEA (special education): No. Evaluated 2022-10; did not require specially designed instruction."
    )
    first = ask_document(doc, "does she qualify for an iep too", embedder).quotes[0].quote.text
    assert first.startswith("Eligible under IDEA"), first


def test_who_to_contact_about_the_plan_is_its_case_manager_before_a_doctor(embedder):
    doc = doc_of(
        "Contacts\nDiabetes provider — Dr. Naomi Feld, Pediatric Endocrinology, Tallow Creek Children's Clinic — (555) 204-6100\n"
        "Plan Case Manager — Tilly Ferreira, School Counselor — ext. 4120\n"
        "Parent/Guardian 1 — Lorena Castellano (mother) — (555) 204-7731 cell"
    )
    first = ask_document(doc, "who do I contact at school about her 504 plan", embedder).quotes[0].quote.text
    assert "Tilly Ferreira" in first, first


def test_a_speech_goal_is_the_goal_written_for_speech_not_the_speech_service(embedder):
    doc = doc_of(
        "Section 6. Measurable Annual Goals\nGoal 1 — Reading Fluency\n"
        "Annual goal: By 10/06/2027, Dalia will read a grade 2 passage at 70 words correct per minute.\n"
        "Goal 4 — Articulation\nBaseline: Produces /r/ correctly in 40% of single words.\n"
        "Annual goal: By 10/06/2027, Dalia will correctly produce /r/ in all word positions with 80% accuracy.\n"
        "Section 7. Services\n"
        "Speech-language therapy (small group) — Speech-Language Pathologist — Speech room — SLP 30 min 2x/wk"
    )
    texts = [q.quote.text for q in ask_document(doc, "what's the speech goal", embedder).quotes]
    assert not texts[0].startswith("Speech-language therapy"), texts
    assert any("/r/ in all word positions" in t for t in texts), texts


def test_a_label_over_a_table_brings_the_tables_rows(embedder):
    doc = doc_of(
        "Section 5. Postsecondary Transition Plan\n5b. Measurable postsecondary goals:\nArea — Goal\n"
        "Education / Training — After graduation, Toby will enroll in a program at Harlan Ridge Community College.\n"
        "Employment — After completing training, Toby will work full-time as an automotive service technician.\n"
        "Independent Living — After graduation, Toby will obtain a driver's license.\n"
        "5d. Transition services and activities:\nActivity — Person responsible — Target date\n"
        "Tour the Harlan Ridge automotive program — Transition coordinator — by 03/31/2027"
    )
    texts = [q.quote.text for q in ask_document(doc, "what does he want to do after high school", embedder).quotes]
    assert any("Harlan Ridge Community College" in t for t in texts), texts
    assert not any(t.startswith("Area —") for t in texts), texts  # the table's header row is not a goal


def test_what_to_do_if_she_goes_low_is_the_health_plans_step_for_a_low_not_a_class_accommodation(embedder):
    table = doc_of(
        "Accommodations\nAll classes — Go to the nurse's office with an escort when low or feeling unwell — All teachers\n"
        "All classes — Not called on to answer aloud without warning — All teachers\n"
        "Health Plan\nLow: below 70 mg/dL or symptoms (shaky, pale) — Give 15 grams of fast-acting sugar; recheck in 15 minutes\n"
        "High: above 250 mg/dL — Check ketones; water and restroom access"
    )
    first = ask_document(table, "what do i do if maren is low in my class", embedder).quotes[0].quote.text
    assert first.startswith("Low: below 70 mg/dL"), first
    # a reading below a number is a low, in a row named by the reading
    reading = doc_of(
        "Classroom\nAll classes — Nurse pass on file; may go to the nurse at any time — All teachers\n"
        "Blood glucose levels\nBelow 70 mg/dL — Low (hypoglycemia) — Give 15 grams fast-acting sugar; recheck in 15 minutes"
    )
    first = ask_document(reading, "what do I do if her blood sugar is low in my class", embedder).quotes[0].quote.text
    assert first.startswith("Below 70 mg/dL"), first


def test_what_happens_if_she_goes_low_during_a_test_is_still_the_tests_accommodation(embedder):
    doc = doc_of(
        "Accommodations\nTesting — If blood glucose is below 70 mg/dL before a test, reschedule the test for the next day\n"
        "Health Plan\nLow: below 70 mg/dL — Give 15 grams of fast-acting sugar; recheck in 15 minutes"
    )
    texts = [
        q.quote.text for q in ask_document(doc, "what happens if her blood sugar is low right before a test", embedder).quotes
    ]
    assert any("reschedule the test" in t for t in texts), texts


def test_steps_for_a_case_are_introduced_by_the_askers_words_not_by_a_word_the_plan_uses_for_them(embedder):
    # "blood sugar" is read as a CGM too, but an amendment that mentions a new CGM lists no steps for a high
    doc = doc_of(
        "Amendment\nAt the parents' request, the team met on 1-13-26 because Wren began a new CGM. The following changes:\n"
        "• Staff will respond to CGM alarms by checking on Wren within 5 minutes.\n"
        "• Wren may leave the room 2 minutes early for lunch.\n"
        "Health Plan\nHigh (above 250 mg/dL) — Thirsty, headache — Check ketones. Give water and restroom access."
    )
    texts = [q.quote.text for q in ask_document(doc, "what do we do if her blood sugar is high", embedder).quotes]
    assert texts[0].startswith("High (above 250 mg/dL)"), texts
