"""The OpenAI-compatible answerer against a real local llama.cpp server (SmolLM2-135M).

The tiny model often writes things the sources do not say: these tests check that the verifier
marks such sentences or replaces the answer, never that the model is right."""

from __future__ import annotations

import pytest

pytest.importorskip("llama_cpp.server", reason="needs the llm extra: pip install -e '.[llm]'")

from assistant import build_assistant  # noqa: E402
from assistant.llm_answer import make_chat_model  # noqa: E402
from assistant.types import Answer  # noqa: E402
from tests.checks import assert_valid_citations  # noqa: E402
from tests.llm_server import llama_server  # noqa: E402
from ui.answer_html import answer_html  # noqa: E402

pytestmark = pytest.mark.llm

QUESTIONS = [
    "What is an IEP?",
    "Who pays for the services in an IEP?",
    "What is a 504 plan?",
    "What is an IEP? Also, which famous athletes had one?",
]


@pytest.fixture(scope="session")
def llm_url(tmp_path_factory):
    with llama_server(tmp_path_factory.mktemp("llama") / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def llm_settings(corpus_settings, llm_url):
    return corpus_settings.replace(
        **{
            "answerer": "openai",
            "llm_base_url": llm_url,
            "llm_max_tokens": 96,
            "llm_temperature": 0.0,
            "llm_context_chars": 2400,
            "llm_max_retries": 0,
        }
    )


@pytest.fixture(scope="session")
def llm_assistant(llm_settings, corpus_index, embedder):
    return build_assistant(llm_settings, embedder=embedder, client=corpus_index.client)


@pytest.fixture(scope="session")
def answers(llm_assistant):
    return [llm_assistant.ask(q) for q in QUESTIONS]


def test_answers_are_verified_or_replaced(answers, corpus_index):
    for answer in answers:
        assert not answer.abstained
        assert_valid_citations(answer, corpus_index)
        if answer.answerer == "openai":
            assert answer.checks and any(c.supported for c in answer.checks)
            assert answer.unsupported == sum(1 for c in answer.checks if not c.supported)
            html = answer_html(answer, lambda n: f"s{n}")
            assert html.count('class="ig-unsupported"') == answer.unsupported
        else:
            assert answer.answerer == "extractive" and answer.notice and not answer.checks


def test_the_verifier_catches_what_the_model_makes_up(answers):
    """The sources name no athletes: whatever the model writes about them is flagged, or the
    whole answer is replaced by quoted guidance."""
    off_topic = answers[-1]
    flagged = [c.text for c in off_topic.checks if not c.supported]
    print("\nflagged:", flagged, "\nnotice:", off_topic.notice)
    assert flagged or (off_topic.answerer == "extractive" and "could not be matched" in off_topic.notice)
    assert not off_topic.abstained  # half of the question is in scope


def test_stream_yields_tokens_before_the_answer(llm_assistant):
    items = list(llm_assistant.stream("What is an IEP?"))
    assert isinstance(items[-1], Answer) and not items[-1].abstained
    assert len(items[:-1]) >= 3 and all(isinstance(p, str) for p in items[:-1])


def test_max_tokens_is_honoured(llm_settings):
    short = make_chat_model(llm_settings.replace(llm_max_tokens=5).llm)
    reply = short.invoke("Write a long story about a school bus.")
    assert 0 < reply.response_metadata["token_usage"]["completion_tokens"] <= 5
    assert len(reply.content.split()) <= 6


def test_the_chat_streams_and_marks_the_checked_answer(llm_url, corpus_settings, corpus_index, monkeypatch, tmp_path):
    from tests.test_app import ask, exchanges, html_of, start

    for name, value in {
        "ANSWERER": "openai",
        "LLM_BASE_URL": llm_url,
        "LLM_MAX_TOKENS": "96",
        "LLM_TEMPERATURE": "0",
        "LLM_CONTEXT_CHARS": "2400",
    }.items():
        monkeypatch.setenv(f"IEP_GUIDE_{name}", value)
    at = ask(start(monkeypatch, corpus_settings.index.index_dir, tmp_path / "f.db"), "What is a 504 plan?")
    (exchange,) = exchanges(at)
    answer, body = exchange.answer, html_of(at)
    assert 'class="ig-answer"' in body and answer.citations
    assert body.count('class="ig-unsupported"') == answer.unsupported
    assert answer.answerer == "openai" or any(answer.notice in i.value for i in at.info)
