"""The chat's plain logic: wording per audience, starter questions that the library answers,
reading a streamed answer, and UI-free modules that never import Streamlit."""

import subprocess
import sys

import pytest

from assistant.errors import IEPGuideError
from assistant.types import Answer
from ui.conversation import AnswerStream, Exchange, history
from ui.wording import FAMILY, PARENT_CENTER_FINDER, TEACHER, unsupported_note, wording_for

PLAIN_MODULES = [
    "ui.answer_html",
    "ui.cards",
    "ui.conversation",
    "ui.export",
    "ui.highlight",
    "ui.wording",
    "assistant.sources",
    "assistant.feedback",
    "assistant.feedback_store",
]


def test_wording_differs_by_audience():
    assert wording_for("teacher") is TEACHER and wording_for("family") is FAMILY and wording_for("?") is FAMILY
    for field in ("label", "tagline", "placeholder", "starters_heading", "starters", "help"):
        assert getattr(FAMILY, field) != getattr(TEACHER, field), field
    assert any(h.url == PARENT_CENTER_FINDER for h in FAMILY.help)
    assert any(h.url == PARENT_CENTER_FINDER for h in TEACHER.help)
    assert "1 sentence " in unsupported_note(1) and "3 sentences" in unsupported_note(3)


@pytest.mark.parametrize("words", [FAMILY, TEACHER], ids=["family", "teacher"])
def test_every_starter_question_gets_a_cited_answer(assistant, words):
    for question in words.starters:
        answer = assistant.ask(question, audience=words.audience)
        assert not answer.abstained and answer.citations, question


def test_answer_stream_yields_text_then_keeps_the_final_answer(assistant):
    stream = AnswerStream(assistant.stream("What is an IEP?")).start()
    text = "".join(stream)
    answer = stream.result()
    assert isinstance(answer, Answer) and text == answer.text


def test_answer_stream_final_answer_may_differ_from_the_streamed_text():
    final = Answer(text="Verified text. [1]")
    stream = AnswerStream(iter(["Draft ", "text."] + [final])).start()
    assert "".join(stream) == "Draft text." and stream.result() is final


def test_a_stream_that_stops_early_is_an_error_not_a_blank_answer():
    with pytest.raises(IEPGuideError, match="stopped"):
        AnswerStream(iter(["partial"])).start().result()


def test_history_passes_earlier_questions_and_answers():
    ex = Exchange(question="What is an IEP?", answer=Answer(text="A plan. [1]", question="What is an IEP?"), audience="family")
    assert history([ex])[0].question == "What is an IEP?" and history([ex])[0].answer == "A plan. [1]"
    assert ex.anchor(2) == f"ig-src-{ex.id}-2"


@pytest.mark.integration  # a fresh interpreter as a process
def test_plain_modules_do_not_import_streamlit():
    code = f"import sys\nfor m in {PLAIN_MODULES!r}: __import__(m)\nprint('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_stored_answer_comes_back_as_it_was_answered():
    import json

    from assistant.conversation_store import Message
    from assistant.types import Citation, SentenceCheck
    from ui.conversation import answer_record, exchanges_from

    cited = Citation(
        n=1,
        title="What is an IEP?",
        section="Overview",
        source="corpus/what-is-an-iep.md",
        chunk_id="c1",
        quote="An IEP is a written plan.",
        score=0.8125,
        page=3,
    )
    answer = Answer(
        text="An IEP is a written plan. [1] Schools pay for tutors. [1]",
        citations=(cited,),
        question="What is an IEP?",
        answerer="openai",
        notice="Part could not be verified.",
        lead_in="Good question.",
        evidence=0.7,
        checks=(
            SentenceCheck("An IEP is a written plan.", (1,), True, 0.9),
            SentenceCheck("Schools pay for tutors.", (1,), False, 0.1),
        ),
    )
    exchange = Exchange("what's an iep", answer, "teacher")
    citations, meta = answer_record(exchange)
    citations, meta = json.loads(json.dumps(citations)), json.loads(json.dumps(meta))  # as the database keeps them
    messages = [
        Message(0, "user", exchange.question),
        Message(1, "assistant", answer.text, tuple(citations), meta),
        Message(2, "user", "a question whose answer never came"),
    ]
    (back,) = exchanges_from(messages, "family")
    assert back.answer == answer and back.id == exchange.id and back.audience == "teacher"
    assert back.question == exchange.question and back.asked_at == exchange.asked_at and back.sources == ()
