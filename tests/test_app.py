"""The Streamlit chat, driven with AppTest against the real index."""

import os

import pytest
from streamlit.testing.v1 import AppTest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture
def app(corpus_settings, corpus_index, monkeypatch):
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", str(corpus_settings.index_dir))
    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=120)
    at.run()
    return at


def test_chat_round_trip_shows_answer_and_sources(app):
    assert not app.exception
    app.chat_input[0].set_value("What is an IEP?").run()
    assert not app.exception
    text = " ".join(m.value for m in app.markdown)
    assert "IEP" in text and "[1]" in text
    assert len(app.expander) >= 1
    assert app.expander[0].label.startswith("[1]")
    assert len(app.session_state["messages"]) == 2


def test_out_of_scope_question_is_answered_kindly(app):
    app.chat_input[0].set_value("How do I bake bread?").run()
    assert not app.exception
    assert any("Parent Training and Information Center" in i.value for i in app.info)


def test_empty_question_shows_a_warning_not_a_crash(app):
    app.chat_input[0].set_value("\x00 ").run()
    assert not app.exception
    assert any("Please type a question" in w.value for w in app.warning)


def test_teacher_audience_and_disclaimer(app):
    app.sidebar.radio[0].set_value("teacher").run()
    assert not app.exception
    assert any("not legal advice" in c.value for c in app.sidebar.caption)
    app.chat_input[0].set_value("What is a 504 plan?").run()
    assert not app.exception and len(app.expander) >= 1
