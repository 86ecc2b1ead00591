"""The "My child's IEP" page, driven with AppTest: upload a fictional IEP, read what is in it and
what to ask about, ask a question, download the summary, forget the document."""

from __future__ import annotations

import os

import pytest
from streamlit.testing.v1 import AppTest

from tests.iep_samples import write_all
from ui import iep_page

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PDF = "application/pdf"


def page(settings, embedder, assistant):
    from ui.iep_page import render

    render(settings, embedder=embedder, assistant=assistant)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return write_all(tmp_path_factory.mktemp("ieps"))


@pytest.fixture
def app(corpus_settings, embedder, assistant):
    at = AppTest.from_function(page, args=(corpus_settings, embedder, assistant), default_timeout=300)
    at.run()
    assert not at.exception
    return at


def upload(at: AppTest, files, name: str, mime: str = PDF) -> AppTest:
    at.file_uploader[0].set_value((name, files[name].read_bytes(), mime)).run()
    assert not at.exception
    return at


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_empty_page_says_what_to_do_and_how_the_document_is_kept(app):
    assert app.title[0].value == "My child's IEP"
    assert any(c.value == iep_page.PRIVACY_LINE for c in app.caption)
    assert "not saved" in iep_page.PRIVACY_LINE and "not added to the library" in iep_page.PRIVACY_LINE
    assert app.file_uploader[0].allowed_type == [".pdf", ".docx"] or set(app.file_uploader[0].allowed_type) >= {"pdf", "docx"}
    assert any("Upload your child's IEP" in i.value for i in app.info)


def test_upload_shows_sections_checklist_and_downloads(app, files):
    upload(app, files, "gaps.pdf")
    doc = app.session_state[iep_page.DOCUMENT]
    assert doc.name == "gaps.pdf" and doc.pages == 2
    labels = [e.label for e in app.expander]
    assert labels[:6] == [
        "Opening and student information · page 1",
        "Present levels — “Present Levels of Performance” · page 1",
        "Annual goals — “Annual Goals” · page 1",
        "Related services — “Related Services” · page 2",
        "Supplementary aids and accommodations — “Accommodations” · page 2",
        "Time with non-disabled peers (LRE) — “Least Restrictive Environment” · page 2",
    ]
    text = markdown(app)
    assert "IEP meeting: January 20, 2026 (page 1)" in text.replace("\\", "")
    assert "2 annual goals, 1 without a measurable criterion" in text
    table = app.table[0].value
    assert list(table.iloc[0]) == ["Speech-language therapy", "not stated", "not stated", "Speech room", "page 2"]
    assert "Speech-language therapy has no frequency or duration" in text
    assert "“Speech therapy: as needed, in the speech room.” — page 2" in text
    assert "Goal 2 has no measurable criterion" in text
    captions = [c.value.replace("\\", "") for c in app.caption]
    assert any("34 CFR 300.320(a)(7)" in c and "related-services.md" in c for c in captions)
    assert [d.label for d in app.get("download_button")] == [
        "Download summary (Markdown)",
        "Download summary (printable web page)",
    ]


def test_question_is_answered_from_the_iep_and_the_library_told_apart(app, files):
    upload(app, files, "district.pdf")
    app.text_input(key="ig-iep-question").set_value("How long are her speech sessions?")
    app.button[-1].click().run()  # the form's "Ask" button
    assert not app.exception
    (asked,) = app.session_state[iep_page.ASKED]
    best = asked.document.quotes[0].quote
    assert best.page == 3 and "Speech-language therapy — 2 times per week — 30 minutes" in best.text
    text = markdown(app)
    assert "**In your child's IEP**" in text and "**From the guidance library**" in text
    assert "— IEP, page 3" in text
    assert asked.library is not None and not asked.library.abstained
    assert asked.library_question == "What are related services in an IEP?", "asked in general terms"
    assert "corpus/related-services.md" in [c.source for c in asked.library.citations]
    assert any(c.value.startswith("[1] ") for c in app.caption), "the library's own sources are listed"


def test_docx_upload_cites_sections(app, files):
    upload(app, files, "teen-no-transition.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    text = markdown(app)
    assert "Student is 16 and there is no transition plan" in text
    assert "“Age — 16” — page 1" in text
    assert any("page breaks saved in it" in c.value for c in app.caption)


def test_scanned_pdf_is_explained(app, files):
    upload(app, files, "scan.pdf")
    assert any("looks like a scan" in w.value for w in app.warning)
    assert iep_page.DOCUMENT not in app.session_state


def test_forget_this_document_drops_it(app, files):
    upload(app, files, "district.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert iep_page.DOCUMENT in app.session_state
    app.button(key="ig-iep-forget").click().run()
    assert not app.exception
    for key in iep_page.KEYS:
        assert key not in app.session_state
    assert app.file_uploader[0].value is None
    assert any("Upload your child's IEP" in i.value for i in app.info)


def test_the_app_lists_the_page(corpus_settings, corpus_index, monkeypatch, tmp_path):
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", str(corpus_settings.index.index_dir))
    monkeypatch.setenv("IEP_GUIDE_FEEDBACK_DB", str(tmp_path / "feedback.sqlite3"))
    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=180)
    at.run()
    assert not at.exception
    pages = {info["url_pathname"]: h for h, info in at._registered_pages.items()}  # st.navigation's pages
    assert at._registered_pages[pages["my-iep"]]["page_name"] == "My child's IEP"
    at._page_hash = pages["my-iep"]  # open it as a visitor following the link would (AppTest has no public way)
    at.run()
    assert not at.exception and at.title[0].value == "My child's IEP"
    assert any(c.value == iep_page.PRIVACY_LINE for c in at.caption)
