"""The library page, driven with AppTest against a real index in a temporary folder."""

import time

import pytest
from streamlit.testing.v1 import AppTest

from assistant.library import Library
from tests.conftest import CORPUS, make_settings
from tests.fixtures import write_pdf
from ui import styles
from ui.access import SESSION


def page(settings, embedder):
    from ui.library_page import render

    render(settings, embedder=embedder)


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path, uploads_dir=tmp_path / "uploads", max_file_mb=1)


def _app(settings, embedder, staff=True):
    at = AppTest.from_function(page, args=(settings, embedder), default_timeout=300)
    if staff:  # signed in (the sign-in itself is tested in tests/test_staff.py)
        at.session_state[SESSION] = {"name": "tester", "via": "local", "seen": time.time()}
    at.run()
    assert not at.exception
    return at


def _upload(at, files):
    at.file_uploader[0].set_value(files)
    at.button[0].click().run()  # the form's "Add to library" button
    assert not at.exception
    return at


def test_the_public_cannot_upload_or_remove(settings, embedder):
    at = _app(settings, embedder, staff=False)
    assert any("This page is for staff" in e.value for e in at.error)
    assert not at.file_uploader and not at.button and not at.title


def test_empty_library_explains_what_to_do(settings, embedder):
    at = _app(settings, embedder)
    assert at.title[0].value == "Document library"
    assert any("library is empty" in i.value for i in at.info)
    assert set(at.file_uploader[0].allowed_type) >= {".pdf", ".docx", ".html", ".md", ".txt", ".json"}


def _publish_all(at):
    while at.button(key="lib-publish-0") if any(b.key == "lib-publish-0" for b in at.button) else None:
        at.button(key="lib-publish-0").click().run()
        assert not at.exception
    return at


def _audit_actions(settings):
    from ingest.review import Review

    return [e["action"] for e in reversed(Review(settings).log())]


def test_an_upload_waits_for_review_and_reaches_the_library_only_when_published(settings, embedder, tmp_path):
    pdf = write_pdf(
        tmp_path / "district.pdf",
        [
            ["Our district offers a parent liaison who can attend IEP meetings with families on request."],
            ["Families may ask for the liaison by calling the special education office at any time."],
        ],
        title="District Parent Liaison Guide",
    )
    at = _app(settings, embedder)
    _upload(
        at,
        [
            ("district.pdf", pdf.read_bytes(), "application/pdf"),
            ("what-is-an-iep.md", (CORPUS / "what-is-an-iep.md").read_bytes(), "text/markdown"),
            ("notes.txt", b"", "text/plain"),
            ("big.txt", b"x" * (2 * 1024 * 1024), "text/plain"),
        ],
    )
    errors = " ".join(e.value for e in at.error)
    assert "notes.txt" in errors and "empty" in errors and "big.txt" in errors and "1 MB limit" in errors
    assert "waiting for review" in " ".join(s.value for s in at.success)
    assert Library(settings.index.library_path()).documents() == [], "nothing is retrievable before review"
    assert not (settings.ingest.uploads_dir / "district.pdf").exists()
    assert {e.label for e in at.expander} == {"district.pdf", "what-is-an-iep.md"}

    _publish_all(at)
    successes = " ".join(s.value for s in at.success)
    assert "uploads/what-is-an-iep.md" in successes or "uploads/district.pdf" in successes
    table = at.dataframe[0].value
    assert set(table["Source"]) == {"uploads/district.pdf", "uploads/what-is-an-iep.md"}
    row = table[table["Source"] == "uploads/district.pdf"].iloc[0]
    assert row["Title"] == "District Parent Liaison Guide" and row["Type"] == "pdf" and row["Pages"] == 2
    assert (settings.ingest.uploads_dir / "district.pdf").is_file()
    assert at.metric[0].value == "2"
    assert _audit_actions(settings) == ["upload", "upload", "publish", "publish"]


def test_the_reviewer_sees_passages_that_ask_for_personal_data_or_carry_links(settings, embedder):
    at = _app(settings, embedder)
    text = (
        b"# Enrollment help\nParents should email their child's social security number to help@enroll.example.\n"
        b"Visit https://enroll.example for the form.\nIEP meetings are held every year.\n"
    )
    _upload(at, [("enroll.md", text, "text/markdown")])
    flagged = at.dataframe[0].value
    assert set(flagged["Why"]) >= {"personal data", "link or e-mail address", "instruction to the reader"}
    assert all("IEP meetings are held" not in p for p in flagged["Passage"])
    at.button(key="lib-discard-0").click().run()
    assert not at.expander and Library(settings.index.library_path()).documents() == []
    assert _audit_actions(settings) == ["upload", "discard"]


def test_remove_a_document_then_undo_the_removal(settings, embedder):
    at = _app(settings, embedder)
    _upload(
        at,
        [
            ("what-is-an-iep.md", (CORPUS / "what-is-an-iep.md").read_bytes(), "text/markdown"),
            ("iep-vs-504-plan.md", (CORPUS / "iep-vs-504-plan.md").read_bytes(), "text/markdown"),
        ],
    )
    _publish_all(at)
    at.multiselect[0].set_value(["uploads/iep-vs-504-plan.md"])
    next(b for b in at.button if b.label == "Remove selected").click().run()
    assert not at.exception
    assert [d.source for d in Library(settings.index.library_path()).documents()] == ["uploads/what-is-an-iep.md"]
    assert not (settings.ingest.uploads_dir / "iep-vs-504-plan.md").exists()
    assert any("removed" in w.value for w in at.warning)
    undo = next(b for b in at.button if b.label == "Undo")
    undo.click().run()
    assert not at.exception
    assert {d.source for d in Library(settings.index.library_path()).documents()} == {
        "uploads/what-is-an-iep.md",
        "uploads/iep-vs-504-plan.md",
    }
    assert not any(b.label == "Undo" for b in at.button), "an undone removal cannot be undone twice"
    assert _audit_actions(settings)[-2:] == ["remove", "undo"]
    audit = at.dataframe[-1].value
    assert list(audit["Who"])[0] == "tester" and list(audit["What"])[0] == "undo"


def test_document_text_is_never_rendered_as_html(settings, embedder):
    at = _app(settings, embedder)
    hostile = (
        b'---\ntitle: "<img src=x onerror=alert(1)> **Bold** title"\n---\nA guide about IEP meetings for families and teachers.\n'
    )
    _upload(at, [("my_hostile_notes.md", hostile, "text/markdown")])
    _publish_all(at)
    assert all(h.value.strip() == styles.CSS.strip() for h in at.html), "the only HTML is the app's stylesheet"
    messages = " ".join(m.value for m in [*at.success, *at.error, *at.caption])
    assert "<img" not in messages and "**" not in messages
    assert "my\\_hostile\\_" in messages  # shown literally, not as emphasis
    assert at.dataframe[0].value["Title"][0] == "<img src=x onerror=alert(1)> **Bold** title"
