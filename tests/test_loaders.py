"""Each document format loads into clean sections: titles, headings, pages, no boilerplate."""

import json

import pytest

from assistant import DocumentError
from ingest.loaders import load
from ingest.regulations import paragraph_groups
from tests.fixtures import write_docx, write_pdf

IEP_LINE = "An IEP team must include the parents of the child and at least one regular"


def test_markdown_without_front_matter_takes_title_from_h1(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Meeting notes for families\n\n<!-- internal marker -->\nBring a list of questions &amp; concerns.\n")
    doc = load(path, "x/notes.md")
    assert doc.title == "Meeting notes for families" and doc.audience == "both"
    assert doc.sections[0].text == "Bring a list of questions & concerns."


def test_markdown_without_any_heading_takes_title_from_file_name(tmp_path):
    path = tmp_path / "iep-meeting_checklist.md"
    path.write_text("Bring the last IEP and recent report cards to the meeting.\n")
    assert load(path, "x/a.md").title == "Iep meeting checklist"


def test_liquid_question_blocks_become_cited_headings(tmp_path):
    path = tmp_path / "qa.md"
    path.write_text(
        '---\ntitle: "Child  Care  Q&A"\ndescription: About centers.\ntags:\n  - child care\n---\n'
        "{% include expand-accordions-wrapper.html expand-heading='Coverage' %}\n"
        "{% details Q1. Does the ADA apply to child care centers? expandable %}\n"
        "A: Yes. Call {{site.contact.tollfree}} for help.{% fn 1 %}\n{% enddetails %}\n"
    )
    doc = load(path, "x/qa.md")
    assert doc.title == "Child Care Q&A" and doc.topics == ("child care",) and doc.summary == "About centers."
    (section,) = doc.sections
    assert section.path == ("Coverage", "Q1. Does the ADA apply to child care centers?")
    assert section.text == "A: Yes. Call for help."


def test_us_code_markdown_gets_statute_citations(tmp_path):
    chunk = (
        "<!-- source chunk {n} -->\n\n# Title 20— EDUCATION\n### CHAPTER 33— EDUCATION OF INDIVIDUALS WITH DISABILITIES\n"
        "#### §\u202f1414. Evaluations, eligibility determinations, individualized education programs\n"
        "##### (d) Individualized education programs\n\n{text}\n\n"
    )
    path = tmp_path / "usc.md"
    path.write_text(
        "# Title 20— EDUCATION\n### CHAPTER 33— EDUCATION OF INDIVIDUALS WITH DISABILITIES\n\nSUBCHAPTER II— ASSISTANCE\n\n"
        + chunk.format(n=1, text="The term individualized education program means a written statement.")
        + chunk.format(n=2, text="Each child has an IEP in effect at the beginning of each school year.")
    )
    doc = load(path, "x/usc.md")
    assert doc.title == "20 U.S.C. Chapter 33 — Education of Individuals with Disabilities"
    (section,) = doc.sections
    assert section.path == (
        "20 U.S.C. 1414 — Evaluations, eligibility determinations, individualized education programs",
        "(d) Individualized education programs",
    )
    assert "written statement" in section.text and "beginning of each school year" in section.text
    assert "<!--" not in section.text and "SUBCHAPTER" not in section.text


def test_regulation_json_sections_read_like_cfr_citations(tmp_path):
    path = tmp_path / "part300.json"
    path.write_text(
        json.dumps(
            {
                "display": "IDEA Part B — Assistance to States",
                "citation": "34 CFR Part 300",
                "cfrTitle": 34,
                "sections": [
                    {
                        "number": "300.320",
                        "heading": "§ 300.320 Definition of individualized education program.",
                        "paragraphs": [
                            "(a) General. The term IEP means a written statement—",
                            "(1) A statement of present levels;",
                        ],
                    },
                    {
                        "number": "300.321",
                        "heading": "§ 300.321 IEP Team.",
                        "paragraphs": ["(a) General. The team includes the parents."],
                    },
                ],
            }
        )
    )
    doc = load(path, "x/part300.json")
    assert doc.title == "IDEA Part B — Assistance to States (34 CFR Part 300)" and doc.kind == "regulations"
    assert [s.heading for s in doc.sections] == [
        "34 CFR 300.320 — Definition of individualized education program",
        "34 CFR 300.321 — IEP Team",
    ]
    assert doc.sections[0].text == "(a) General. The term IEP means a written statement—\n\n(1) A statement of present levels;"


def test_a_regulation_section_is_read_in_parts_that_begin_at_its_lettered_paragraphs(tmp_path):
    long = ("The public agency must keep a record of its attempts to arrange a time and place. " * 8).strip()
    paragraphs = [
        "(a) Public agency responsibility—general. " + long,
        "(1) Notifying parents of the meeting early enough.",
        "(b) Information provided to parents. The notice must—",
        "(i) Indicate the purpose, time, and location of the meeting; and",  # a roman numeral under (b), no letter
        "(ii) Inform the parents of who will attend.",
        "(c) Other methods to ensure parent participation. " + long,
        "(d) Conducting an IEP Team meeting without a parent in attendance. " + long,
        "(e) Use of interpreters. The agency must take whatever action is necessary.",
        "(f) Parent copy of child's IEP. The agency must give the parent a copy.",
        "(g) A.",
        "(h) Notification. On the date of the decision, the agency must notify the parents.",
        "(1) The parents get a notice.",
        "(i) Its content.",  # a roman numeral right under a numbered paragraph
        "(i) Definitions. For this section, the following definitions apply.",  # ... but this one is a letter
    ]
    path = tmp_path / "part300.json"
    section = {"number": "300.322", "heading": "§ 300.322 Parent participation.", "paragraphs": paragraphs}
    path.write_text(json.dumps({"display": "IDEA Part B", "cfrTitle": 34, "sections": [section]}))
    doc = load(path, "x/part300.json")
    assert {s.heading for s in doc.sections} == {"34 CFR 300.322 — Parent participation"}  # one section, cited as one
    firsts = [s.text.split("\n\n")[0][:4] for s in doc.sections]
    # (a) and (c) and (d) are long and read on their own; short neighbours are read together
    assert firsts == ["(a) ", "(c) ", "(d) ", "(h) "], firsts
    assert doc.sections[0].text.count("\n\n") == 4  # (a), (1), (b), (i), (ii)
    assert doc.sections[2].text.endswith("(g) A.")  # (e) to (g) with (d) while under 1,000 characters
    groups = [group[0][:4] for group in paragraph_groups(paragraphs)]
    assert groups == ["(a) ", "(b) ", "(c) ", "(d) ", "(e) ", "(f) ", "(g) ", "(h) ", "(i) "]
    assert paragraph_groups(paragraphs)[7][-1] == "(i) Its content."  # the roman (i) stays under (h)(1)
    assert "\n\n".join(s.text for s in doc.sections) == "\n\n".join(paragraphs)  # nothing lost, nothing reordered
    assert doc.section_count == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"name": "a package"}', "not a regulation file"),
        ("[1, 2]", "not a regulation file"),
        ('{"sections": [', "not valid"),
    ],
)
def test_other_json_is_refused_clearly(tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(DocumentError, match=message):
        load(path, "x/x.json")


def test_html_keeps_main_content_by_heading_and_repairs_text(tmp_path):
    path = tmp_path / "page.html"
    mojibake = "child\u2019s".encode("utf-8").decode("latin-1").encode("utf-8")  # double-encoded apostrophe
    path.write_bytes(
        b"<html><head><title>Special education | Example.gov</title><script>var x = 1;</script></head><body>"
        b"<nav><a href='/'>Home</a> <a href='/menu'>Menu item</a></nav>"
        b"<main><h1>Special education</h1><p class='usa-sr-only'>current page</p>"
        b"<p>Schools must evaluate a " + mojibake + b" needs at no cost &amp; on time.</p>"
        b"<aside>Related links sidebar</aside>"
        b"<h2>Requesting an evaluation</h2><ul><li>Write to the <a href='#'>principal</a> .</li></ul>"
        b"<form><button>Subscribe</button></form></main><footer>Footer text</footer></body></html>"
    )
    doc = load(path, "x/page.html")
    assert doc.title == "Special education" and doc.kind == "html"
    assert [s.path for s in doc.sections] == [("Overview",), ("Requesting an evaluation",)]
    assert doc.sections[0].text == "Schools must evaluate a child\u2019s needs at no cost & on time."
    assert doc.sections[1].text == "Write to the principal."
    everything = " ".join(s.text for s in doc.sections)
    for boilerplate in ("Home", "Menu item", "sidebar", "Subscribe", "Footer", "var x", "current page"):
        assert boilerplate not in everything


def test_html_without_a_main_element_uses_main_content_extraction(tmp_path):
    body = " ".join(f"Sentence {i} explains how parents can ask the school for an evaluation." for i in range(12))
    path = tmp_path / "plain.html"
    path.write_text(
        f"<html><head><title>Asking for an evaluation</title></head><body>"
        f"<div class='menu'><a href='/a'>A</a></div><div><p>{body}</p></div></body></html>"
    )
    doc = load(path, "x/plain.html")
    assert doc.title == "Asking for an evaluation"
    assert "Sentence 11 explains" in doc.sections[0].text


def test_docx_sections_tables_and_title(tmp_path):
    path = write_docx(
        tmp_path / "guide.docx",
        [
            ("Title", "District Special Education Guide"),
            ("Normal", "Our office answers questions from families."),
            ("Heading 1", "Evaluations"),
            ("Normal", "The district evaluates within 60 days of consent."),
            ("Table", "Service|Who provides it"),
            ("Heading 2", "Reevaluations"),
            ("Normal", "A reevaluation happens at least every three years."),
        ],
    )
    doc = load(path, "x/guide.docx")
    assert doc.title == "District Special Education Guide" and doc.kind == "docx"
    assert [s.path for s in doc.sections] == [("Overview",), ("Evaluations",), ("Evaluations", "Reevaluations")]
    assert "Service — Who provides it" in doc.sections[1].text
    assert all("confidential header" not in s.text and "footer" not in s.text for s in doc.sections)


def test_pdf_pages_outline_headers_and_hyphenation(tmp_path):
    path = write_pdf(
        tmp_path / "guide.pdf",
        [
            ["Springfield Parent Guide", IEP_LINE, "education teacher. The team reviews the plan at least once a year.", "1"],
            [
                "Springfield Parent Guide",
                "Related services such as speech therapy are part of the inter-",
                "vention the school provides at no cost when the team agrees.",
                "2",
            ],
            ["Springfield Parent Guide", "Transportation is a related service when a child needs it.", "3"],
        ],
        title="Microsoft Word - Springfield Parent Guide.docx",
        outline=[("Team members", 0), ("Services", 1)],
    )
    doc = load(path, "x/guide.pdf")
    assert doc.title == "Springfield Parent Guide" and doc.kind == "pdf" and doc.pages == 3
    assert [(s.page, s.path) for s in doc.sections] == [(1, ("Team members",)), (2, ("Services",)), (3, ("Services",))]
    assert doc.sections[0].text.startswith("An IEP team must include the parents of the child and at least one regular education")
    assert "intervention the school provides" in doc.sections[1].text
    assert all("Springfield Parent Guide" not in s.text and not s.text.rstrip().endswith(("1", "2", "3")) for s in doc.sections)


def test_pdf_contents_references_and_notes_are_not_text(tmp_path):
    path = write_pdf(
        tmp_path / "report.pdf",
        [
            [
                "Contents",
                "Executive Summary . . . . . . . . . . . . . . . 3",
                "Chapter 1: Placement Data . . . . . . . . . . . 7",
                "Chapter 2: Findings . . . . . . . . . . . . . . 12",
                "Chapter 3: Appendix . . . . . . . . . . . . . . 20",
            ],
            [
                "Students with disabilities are bullied more often than their peers, studies show, and",
                "schools must respond.",
                "References:",
                "Carter, B. B. and Spencer, V. G. (2006) The Fear Factor: Bullying and Students with",
                "Disabilities.",
                "Massachusetts Advocates for Children. Targeted, Taunted, Tormented. (2009). Boston, MA.",
                "Retrieved December 29, 2010 http://www.example.org/report.pdf",
            ],
            [
                "Hodges, E. V. E. (1996). Peer abuse.",
                "Appendix A: what families told us in interviews about meetings where the school did not",
                "explain its plan for keeping the child safe, and about the help they asked for and never",
                "got.",
            ],
            ["Endnotes", "1 Interview with a parent, April 14, 2017", "2 Ibid., 67."],
        ],
        outline=[("Contents", 0), ("Findings", 1), ("Endnotes", 3)],
    )
    doc = load(path, "x/report.pdf")
    text = "\n".join(s.text for s in doc.sections)
    assert [s.page for s in doc.sections] == [2, 3]
    assert "are bullied more often" in text and "Appendix A: what families told us" in text
    for gone in ("Executive Summary", "References", "Carter, B. B.", "Retrieved", "Hodges", "Interview with a parent"):
        assert gone not in text, gone


def test_plain_text_title_and_headings(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(
        "Parent Guide to IEPs\n\nAn IEP is a written plan.\n\nMEETINGS\nParents are team members.\n\n"
        "Timelines\n---------\nThe school has 60 days.\n".encode("utf-16")
    )
    doc = load(path, "x/notes.txt")
    assert doc.title == "Parent Guide to IEPs" and doc.kind == "text"
    assert [(s.heading, s.text) for s in doc.sections] == [
        ("Overview", "An IEP is a written plan."),
        ("MEETINGS", "Parents are team members."),
        ("Timelines", "The school has 60 days."),
    ]


def test_legacy_encoded_text_is_decoded(tmp_path):
    path = tmp_path / "cafe.txt"
    text = "Notes from the caf\u00e9 meeting: the r\u00e9sum\u00e9 of services was reviewed by the team.\n"
    path.write_bytes(text.encode("cp1252"))
    assert "caf\u00e9 meeting" in load(path, "x/cafe.txt").sections[0].text


def test_a_footer_ending_in_its_page_number_is_dropped_from_every_page():
    from ingest.pdf_layout import drop_repeated_edges

    pages = [
        "Plan for Ximena L. Thornbury\nShe checks her blood sugar before lunch.\nXimena L. Thornbury - Section 504 Plan - page 1",
        "Health plan\nGlucagon is kept in the nurse's office.\nXimena L. Thornbury - Section 504 Plan - page 2",
    ]
    kept = drop_repeated_edges(pages)
    assert all("Section 504 Plan - page" not in page for page in kept)
    assert "before lunch" in kept[0] and "nurse's office" in kept[1]
