"""The Streamlit chat, driven with AppTest against the real index, model and feedback file."""

import html
import os
import re
import sqlite3
import threading

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from assistant.conversation_store import ConversationStore
from assistant.database import messages, open_database
from assistant.feedback_store import FeedbackStore
from ui import copy_button, owner, session
from ui.answer_html import one_marker_per_source
from ui.cards import OPEN_CARD_SCRIPT
from ui.export import to_html, to_markdown
from ui.wording import FAMILY, GETTING_READY, NOT_LEGAL_ADVICE, PARENT_CENTER_FINDER, TEACHER

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start(monkeypatch, index_dir, feedback_db) -> AppTest:
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("IEP_GUIDE_FEEDBACK_DB", str(feedback_db))
    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=180)
    at.run()
    return at


@pytest.fixture
def feedback_db(tmp_path):
    return tmp_path / "feedback.sqlite3"


@pytest.fixture
def app(corpus_settings, corpus_index, monkeypatch, feedback_db):
    return start(monkeypatch, corpus_settings.index.index_dir, feedback_db)


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception
    return at


def html_of(at: AppTest) -> str:
    """The HTML the page shows (without the page's own scripts: the one keeping the browser's key, the Copy
    buttons', the one opening a source's chip from its marker)."""
    return "\n".join(
        h.value.replace(copy_button.SCRIPT, "").replace(OPEN_CARD_SCRIPT, "")
        for h in at.html
        if f'id="{owner.SCRIPT_ID}"' not in h.value
    )


def exchanges(at: AppTest):
    return at.session_state[session.CONVERSATION]


def test_chat_round_trip_links_markers_to_source_cards(app):
    assert not app.exception
    ask(app, "What is an IEP?")
    (exchange,) = exchanges(app)
    body = html_of(app)
    assert 'class="ig-answer"' in body and "IEP" in body
    for citation in exchange.answer.citations:
        anchor = exchange.anchor(citation.n)
        assert f'href="#{anchor}"' in body, "each [n] links to its card"
        assert f'id="{anchor}"' in body, "each card carries the link's target id"
    first = exchange.sources[0]
    assert first.chunk is not None and first.chunk.id == first.citation.chunk_id
    assert "<mark>" in body and first.citation.title in body
    assert "Written for families" in body or "For families and school staff" in body
    assert len([b for b in app.button if b.label == "Open full article"]) == len(exchange.sources)
    assert len(app.feedback) == 1


def plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def test_each_answer_has_a_copy_button_with_the_answer_and_its_sources_as_text(app):
    ask(app, "<b>What</b> is an IEP?")
    (exchange,) = exchanges(app)
    (copy,) = [h.value for h in app.html if 'class="ig-copy"' in h.value]
    assert copy.endswith(copy_button.SCRIPT) and copy.count("<script>") == 1
    assert f'aria-label="{copy_button.ACCESSIBLE_NAME}"' in copy and '<button type="button"' in copy
    text = html.unescape(re.search(r'data-copy="([^"]*)"', copy).group(1))
    assert text.startswith("Question: <b>What</b> is an IEP?") and one_marker_per_source(exchange.answer.text) in text
    assert "Sources" in text and all(f"[{s.n}] {s.citation.title}" in text for s in exchange.sources)
    assert all(s.citation.source not in text for s in exchange.sources) and "not legal advice" in text
    assert "<b>" not in copy, "what was typed is escaped in the page"


def test_open_full_article_shows_the_whole_document_with_the_quote_marked(app, corpus_index):
    ask(app, "What is an IEP?")
    (exchange,) = exchanges(app)
    app.button(key=f"ig-open-{exchange.id}-1").click().run()
    assert not app.exception
    article = next(h.value for h in app.html if 'class="ig-article"' in h.value)
    assert 'id="ig-quote"' in article and 'href="#ig-quote"' in article
    chunks = corpus_index.source_chunks(exchange.sources[0].citation.source)
    assert len(chunks) > 1
    text = plain(article)
    starts = [text.find(" ".join(re.sub(r"^[-*] ", "", c.text).split()[:5])) for c in chunks]
    assert all(p >= 0 for p in starts) and starts == sorted(starts), "the whole article, in order"


def test_starter_question_asks_it(app):
    labels = [b.label for b in app.button]
    assert labels[: len(FAMILY.starters)] == list(FAMILY.starters)
    app.button(key="ig-starter-family-0").click().run()
    assert not app.exception
    (exchange,) = exchanges(app)
    assert exchange.question == FAMILY.starters[0] and not exchange.answer.abstained
    assert not any(b.label in FAMILY.starters for b in app.main.button), "suggestions make way for the answer"


def test_audience_toggle_changes_suggestions_wording_and_answers(app):
    assert any(FAMILY.tagline in c.value for c in app.caption)
    app.radio(key="audience").set_value("teacher").run()
    assert not app.exception
    labels = [b.label for b in app.button]
    assert TEACHER.starters[0] in labels and FAMILY.starters[1] not in labels
    assert any(TEACHER.tagline in c.value for c in app.caption)
    assert app.chat_input[0].placeholder == TEACHER.placeholder
    ask(app, "What is a 504 plan?")
    assert exchanges(app)[0].audience == "teacher"
    assert any("not legal advice" in c.value for c in app.sidebar.caption)


def test_new_conversation_clears_the_chat(app):
    ask(app, "What is an IEP?")
    assert len(exchanges(app)) == 1
    app.button(key="ig-new").click().run()
    assert not app.exception
    assert exchanges(app) == [] and 'class="ig-answer"' not in html_of(app)
    assert any(b.label == FAMILY.starters[0] for b in app.button)


def test_export_buttons_and_their_contents(app):
    ask(app, "What is an IEP?")
    ask(app, "How long does the school have to evaluate my child?")
    labels = [d.label for d in app.download_button]
    assert labels == ["Save as Markdown", "Save as web page"]
    conversation = exchanges(app)
    from datetime import datetime, timezone

    markdown = to_markdown(conversation, saved_at=datetime.now(timezone.utc))
    page = to_html(conversation, saved_at=datetime.now(timezone.utc), context_chars=300)
    for exchange in conversation:
        assert exchange.question in markdown and exchange.answer.citations[0].title in markdown
        assert exchange.answer.citations[0].title in page
    assert page.count('class="exchange"') == 2


def test_feedback_thumbs_down_with_reasons_is_stored(app, feedback_db):
    ask(app, "What is an IEP?")
    (exchange,) = exchanges(app)
    app.feedback[0].set_value(0).run()
    assert not app.exception
    store = FeedbackStore(feedback_db)
    saved = store.get(exchange.id)
    assert saved is not None and saved.rating == 0 and saved.reasons == ()
    assert saved.question == "What is an IEP?" and saved.answer == exchange.answer.text
    assert [c["chunk_id"] for c in saved.citations] == [c.chunk_id for c in exchange.answer.citations]
    assert saved.audience == "family" and saved.answerer == "extractive"
    assert saved.retrieval and saved.k >= 1 and saved.model and "abstain_threshold" in saved.settings

    app.button_group(key=f"ig-why-reasons-{exchange.id}").set_value(["wrong_source", "unclear"])
    app.text_area(key=f"ig-why-comment-{exchange.id}").set_value("The second source is about 504 plans.")
    next(b for b in app.button if b.label == "Send feedback").click().run()
    assert not app.exception
    saved = store.get(exchange.id)
    assert saved.reasons == ("wrong_source", "unclear") and "504" in saved.comment
    assert any("saved on this computer" in c.value for c in app.caption)
    with sqlite3.connect(feedback_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 1


def test_feedback_thumbs_up_then_taken_back(app, feedback_db):
    ask(app, "What is an IEP?")
    (exchange,) = exchanges(app)
    app.feedback[0].set_value(1).run()
    assert FeedbackStore(feedback_db).get(exchange.id).rating == 1
    assert not app.text_area, "no 'what was wrong' form for a helpful answer"
    app.feedback[0].set_value(None).run()
    assert FeedbackStore(feedback_db).get(exchange.id) is None


def test_feedback_that_cannot_be_saved_says_so_and_keeps_the_answer(corpus_settings, corpus_index, monkeypatch, tmp_path):
    broken = tmp_path / "feedback.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    at = start(monkeypatch, corpus_settings.index.index_dir, broken)
    ask(at, "What is an IEP?")
    at.feedback[0].set_value(1).run()
    assert not at.exception
    assert any("could not be saved" in w.value for w in at.warning)
    assert 'class="ig-answer"' in html_of(at)


def test_out_of_scope_question_is_answered_kindly_with_where_to_get_help(app):
    ask(app, "How do I bake sourdough bread?")
    (exchange,) = exchanges(app)
    assert exchange.answer.abstained
    assert any("Parent Training and Information Center" in i.value for i in app.info)
    text = " ".join(m.value for m in app.markdown)
    assert FAMILY.abstain_heading in text and PARENT_CENTER_FINDER in text
    assert "special education coordinator" in text
    retry = next(b for b in app.button if b.key == f"ig-retry-{exchange.id}-0")
    retry.click().run()
    assert len(exchanges(app)) == 2 and not exchanges(app)[1].answer.abstained
    assert len(app.feedback) == 2, "every answer, an abstention too, can be rated"


def test_abstention_help_for_teachers(app):
    app.radio(key="audience").set_value("teacher").run()
    ask(app, "How do I bake sourdough bread?")
    text = " ".join(m.value for m in app.markdown)
    assert TEACHER.abstain_heading in text and "case manager" in text and PARENT_CENTER_FINDER in text


def test_empty_question_shows_a_warning_not_a_crash(app):
    ask(app, "\x00 ")
    assert any("Please type a question" in w.value for w in app.warning)
    assert exchanges(app) == []


def test_question_box_shows_the_length_limit_while_typing(app):
    assert app.chat_input[0].max_chars == 2000 > 0


def test_too_long_question_is_refused_but_kept(app):
    """The box stops at the limit; a longer question arriving any other way is still refused."""
    question = "Can my child get speech therapy? " * 200
    app.session_state[session.PENDING] = question
    app.run()
    assert not app.exception
    assert any("too long" in w.value for w in app.warning)
    assert any(c.value == question for c in app.code), "what was typed is kept to copy"
    assert exchanges(app) == []


def _main_captions(at: AppTest) -> list[str]:
    return [c.value for c in at.main.caption]


def test_not_legal_advice_is_in_the_page_not_only_the_sidebar(app):
    """Under the answers, just above the question box: seen at every width, before and after a question."""
    assert _main_captions(app)[-1] == NOT_LEGAL_ADVICE
    ask(app, "What is an IEP?")
    assert _main_captions(app)[-1] == NOT_LEGAL_ADVICE, "the last line of the page, under the answer"


def test_parent_and_teacher_questions_have_different_avatars(app):
    ask(app, "What is an IEP?")
    (parent,) = [m for m in app.chat_message if m.name != "assistant"]
    assert (parent.name, parent.avatar) == (FAMILY.asker, FAMILY.avatar)
    app.button(key="ig-new").click().run()
    app.radio(key="audience").set_value("teacher").run()
    ask(app, "What is an IEP?")
    (teacher,) = [m for m in app.chat_message if m.name != "assistant"]
    assert (teacher.name, teacher.avatar) == (TEACHER.asker, TEACHER.avatar)
    assert teacher.avatar != parent.avatar and teacher.name != parent.name


def test_a_question_asked_while_the_library_loads_is_answered_once_it_has(corpus_settings, corpus_index, monkeypatch, tmp_path):
    """The page does not wait for the library before showing the question box: it shows a note,
    waits for the background load, then answers what was asked meanwhile."""
    from ui import chat_page, resources

    gate, waited = threading.Event(), []
    build, getting_ready = resources._build, chat_page._getting_ready

    def slow_build(value, result):
        gate.wait(60)
        build(value, result)

    def recording(warming):
        waited.append(warming.done())
        getting_ready(warming)

    monkeypatch.setattr(resources, "_build", slow_build)
    monkeypatch.setattr(chat_page, "_getting_ready", recording)
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", str(corpus_settings.index.index_dir))
    monkeypatch.setenv("IEP_GUIDE_FEEDBACK_DB", str(tmp_path / "loading.sqlite3"))  # settings not loaded yet
    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=180)
    at.session_state[session.PENDING] = "What is an IEP?"
    timer = threading.Timer(1.0, gate.set)
    timer.start()
    try:
        at.run()
    finally:
        gate.set()
    assert not at.exception
    assert waited == [False], "the page waited for the library after showing the box"
    assert GETTING_READY not in [i.value for i in at.info], "the note is gone once loaded"
    assert [e.question for e in exchanges(at)] == ["What is an IEP?"]


def test_html_in_a_question_is_shown_as_text(app):
    ask(app, "<script>alert('x')</script> What is an <b>IEP</b>?")
    user_text = " ".join(m.value for m in app.markdown)
    assert "\\<script\\>" in user_text and "<script>" not in user_text
    assert "<script>" not in html_of(app)


def test_missing_index_explains_how_to_build_it(monkeypatch, tmp_path):
    at = start(monkeypatch, tmp_path / "no-index-here", tmp_path / "fb.sqlite3")
    assert not at.exception
    assert any("has not been built yet" in e.value and "iep-guide ingest" in e.value for e in at.error)
    assert at.chat_input[0].disabled


def test_broken_index_explains_how_to_rebuild_it(monkeypatch, tmp_path):
    index_dir = tmp_path / "broken"
    index_dir.mkdir()
    (index_dir / "chroma.sqlite3").write_bytes(b"\x00garbage" * 512)
    at = start(monkeypatch, index_dir, tmp_path / "fb.sqlite3")
    assert not at.exception
    assert any("could not be opened" in e.value and "--reset" in e.value for e in at.error)
    assert at.chat_input[0].disabled


@pytest.fixture
def html_index(tmp_path, embedder):
    """A real index whose only document holds HTML as text (as a PDF's extracted text can)."""
    from assistant import Settings
    from assistant.factory import open_index
    from assistant.types import Chunk

    settings = Settings(index_dir=tmp_path / "html-index")
    index = open_index(settings, embedder=embedder, create=True)
    texts = [
        "An IEP is a written plan for a child who gets special education. <script>alert('doc')</script> "
        "The IEP lists services and goals for the year.",
        "Parents are members of the IEP team. <img src=x onerror=alert(1)> The team meets at least once a year.",
    ]
    chunks = [
        Chunk(
            id=f"html-{i}",
            text=t,
            source="uploads/<b>plan</b>.pdf",
            title="IEP <b>basics</b>",
            section="Overview",
            audience="family",
            position=i,
            page=i + 1,
        )
        for i, t in enumerate(texts)
    ]
    index.upsert(chunks, embedder.embed_documents([c.indexed_text for c in chunks]))
    index.record_version()
    return settings.index.index_dir


def test_html_in_a_document_is_shown_as_text(html_index, monkeypatch, tmp_path):
    at = start(monkeypatch, html_index, tmp_path / "fb.sqlite3")
    ask(at, "What is an IEP?")
    (exchange,) = exchanges(at)
    assert not exchange.answer.abstained
    at.button(key=f"ig-open-{exchange.id}-1").click().run()
    assert not at.exception
    markup = html_of(at)
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "IEP &lt;b&gt;basics&lt;/b&gt;" in markup
    assert "page 1" in markup


def _render_checked_answer(index_dir: str, feedback_db: str) -> None:
    """A script: one exchange whose answer was verified sentence by sentence."""
    from assistant import Settings
    from assistant.types import Answer, SentenceCheck
    from ui import exchange_view, resources
    from ui.conversation import Exchange
    from ui.feedback_view import FeedbackContext

    settings = Settings(index_dir=index_dir, feedback_db=feedback_db)
    assistant = resources.get_assistant(settings)
    hit = assistant.ask("What is an IEP?")
    cited = hit.citations[0]
    answer = Answer(
        text=f"{cited.quote} [1] Every school must also pay for a private tutor. [1]",
        citations=(cited,),
        question="What is an IEP?",
        answerer="openai",
        checks=(
            SentenceCheck(cited.quote, (1,), True),
            SentenceCheck("Every school must also pay for a private tutor.", (1,), False),
        ),
        notice="Part of the generated answer could not be verified against the guidance.",
    )
    library = resources.library(assistant)
    view = exchange_view.View(settings, library, FeedbackContext(settings, resources.feedback_store(settings), "m"))
    exchange_view.show(Exchange("What is an IEP?", answer, "family", library.cited(answer.citations), id="fixed"), view)


def test_unsupported_sentences_and_notice_are_shown(corpus_settings, corpus_index, tmp_path):
    at = AppTest.from_function(
        _render_checked_answer, default_timeout=180, args=(str(corpus_settings.index.index_dir), str(tmp_path / "f.db"))
    )
    at.run()
    assert not at.exception
    assert any("could not be verified" in i.value for i in at.info)
    body = html_of(at)
    assert body.count("not backed by the sources") == 1
    assert '<span class="ig-unsupported">Every school must also pay for a private tutor.</span>' in body
    assert any("1 sentence" in c.value and "not backed by the sources" in c.value for c in at.caption)


def test_a_session_asking_too_fast_is_asked_to_wait_and_keeps_its_question(
    corpus_settings, corpus_index, monkeypatch, feedback_db
):
    monkeypatch.setenv("IEP_GUIDE_QUESTIONS_PER_MINUTE", "2")
    at = start(monkeypatch, corpus_settings.index.index_dir, feedback_db)
    ask(at, "What is an IEP?")
    ask(at, "What is a 504 plan?")
    ask(at, "Who is on the IEP team?")
    assert len(exchanges(at)) == 2, "the third question in a minute is not answered"
    assert any("Please wait a moment" in i.value for i in at.info)
    assert any(c.value == "Who is on the IEP team?" for c in at.code), "what was typed is kept to copy"


def test_the_chat_says_what_is_kept_and_that_it_is_not_legal_advice(app):
    captions = " ".join(c.value for c in app.caption)
    assert "not legal advice" in captions and "180 days" in captions


# --- stored conversations -------------------------------------------------------------------------


def open_as(monkeypatch, index_dir, feedback_db, browser: str, conversation_id: str | None = None) -> AppTest:
    """The chat in one browser (its key injected as the cookie would give it), optionally at ?c=…."""
    monkeypatch.setenv("IEP_GUIDE_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("IEP_GUIDE_FEEDBACK_DB", str(feedback_db))
    at = AppTest.from_file(os.path.join(ROOT, "app.py"), default_timeout=180)
    at.session_state[owner.OWNER] = browser
    if conversation_id:
        at.query_params["c"] = conversation_id
    at.run()
    assert not at.exception
    return at


BROWSER_A, BROWSER_B = "browser-a-" + "x" * 20, "browser-b-" + "y" * 20


def conversation_store(feedback_db) -> ConversationStore:
    return ConversationStore(open_database(feedback_db))


def test_a_conversation_is_stored_and_comes_back_from_its_address(corpus_settings, corpus_index, monkeypatch, feedback_db):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    ask(at, "How do I bake sourdough bread?")
    conversation_id = at.query_params["c"]
    first, second = exchanges(at)
    stored = conversation_store(feedback_db).get(conversation_id, BROWSER_A)
    assert stored.title == "What is an IEP?" and [m.role for m in stored.messages] == ["user", "assistant"] * 2
    assert stored.messages[1].citations[0]["chunk_id"] == first.answer.citations[0].chunk_id

    again = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A, conversation_id)
    restored = exchanges(again)
    assert [e.question for e in restored] == ["What is an IEP?", "How do I bake sourdough bread?"]
    assert [e.id for e in restored] == [first.id, second.id], "feedback stays on the same answers"
    assert restored[0].answer == first.answer.__class__(
        **{**first.answer.__dict__, "timings": {}, "citations": restored[0].answer.citations}
    )
    assert [s.citation.chunk_id for s in restored[0].sources] == [s.citation.chunk_id for s in first.sources]
    assert all(s.chunk is not None for s in restored[0].sources), "source cards are read from the index again"
    assert restored[1].answer.abstained
    body = html_of(again)
    assert 'class="ig-answer"' in body and f'id="{first.anchor(1)}"' in body
    assert len(again.feedback) == 2
    ask(again, "Who is on the IEP team?")
    assert len(conversation_store(feedback_db).get(conversation_id, BROWSER_A).messages) == 6, (
        "a restored conversation goes on where it was"
    )


def test_another_browser_gets_a_fresh_chat_from_the_same_link(corpus_settings, corpus_index, monkeypatch, feedback_db):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    conversation_id = at.query_params["c"]

    other = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_B, conversation_id)
    assert exchanges(other) == [] and 'class="ig-answer"' not in html_of(other)
    assert "c" not in other.query_params
    assert not [b for b in other.button if str(b.key).startswith("ig-conv-open-")]
    assert any("not kept in this browser" in w.value for w in other.sidebar.warning)
    assert any(b.label == FAMILY.starters[0] for b in other.button)
    ask(other, "What is a 504 plan?")
    assert other.query_params["c"] != conversation_id
    store = conversation_store(feedback_db)
    assert [c.title for c in store.list_for(BROWSER_A)] == ["What is an IEP?"]
    assert [c.title for c in store.list_for(BROWSER_B)] == ["What is a 504 plan?"]


def test_the_sidebar_lists_renames_opens_and_deletes_conversations(corpus_settings, corpus_index, monkeypatch, feedback_db):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    first_id = at.query_params["c"]
    at.button(key="ig-new-side").click().run()
    assert exchanges(at) == [] and "c" not in at.query_params
    ask(at, "What is a 504 plan?")
    second_id = at.query_params["c"]
    listed = [b for b in at.sidebar.button if str(b.key).startswith("ig-conv-open-")]
    assert [b.label for b in listed] == ["What is a 504 plan?", "What is an IEP?"], "newest first"
    assert all(re.search(r"\d{2} \w{3} \d{4}", c.value) for c in at.sidebar.caption if c.key is None and re.match(r"\d", c.value))

    at.text_input(key=f"ig-conv-title-{first_id}").set_value("Jake's IEP basics")
    at.button(key=f"ig-conv-rename-{first_id}").click().run()
    assert not at.exception
    assert conversation_store(feedback_db).get(first_id, BROWSER_A).title == "Jake's IEP basics"
    assert at.button(key=f"ig-conv-open-{first_id}").label == "Jake's IEP basics"

    at.button(key=f"ig-conv-open-{first_id}").click().run()
    assert at.query_params["c"] == first_id
    assert [e.question for e in exchanges(at)] == ["What is an IEP?"]

    at.button(key=f"ig-conv-delete-{first_id}").click().run()
    assert not at.exception
    store = conversation_store(feedback_db)
    assert store.get(first_id, BROWSER_A) is None and store.count(BROWSER_A) == 1
    with open_database(feedback_db).begin() as conn:
        assert (
            conn.execute(
                sa.select(sa.func.count()).select_from(messages).where(messages.c.conversation_id == first_id)
            ).scalar_one()
            == 0
        )
    assert exchanges(at) == [] and "c" not in at.query_params, "deleting the open conversation closes it"
    assert [b.key for b in at.sidebar.button if str(b.key).startswith("ig-conv-open-")] == [f"ig-conv-open-{second_id}"]


def test_switching_audience_in_a_thread_offers_a_new_conversation(corpus_settings, corpus_index, monkeypatch, feedback_db):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    first_id = at.query_params["c"]
    at.radio(key="audience").set_value("teacher").run()
    assert not at.exception
    assert at.radio(key="audience").value == "family", "the thread is not mixed"
    assert len(exchanges(at)) == 1
    at.button(key="ig-audience-stay").click().run()
    assert not [b for b in at.button if b.key == "ig-audience-new"]
    at.radio(key="audience").set_value("teacher").run()
    at.button(key="ig-audience-new").click().run()
    assert not at.exception
    assert at.radio(key="audience").value == "teacher" and exchanges(at) == []
    assert any(b.label == TEACHER.starters[0] for b in at.button)
    ask(at, "What is a 504 plan?")
    assert exchanges(at)[0].audience == "teacher" and at.query_params["c"] != first_id
    assert conversation_store(feedback_db).get(at.query_params["c"], BROWSER_A).audience == "teacher"


def test_regenerate_replaces_the_last_answer_and_a_reload_shows_one_exchange(
    corpus_settings, corpus_index, monkeypatch, feedback_db
):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    ask(at, "Who is on the IEP team?")
    conversation_id = at.query_params["c"]
    first, last = exchanges(at)
    at.button(key="ig-regenerate").click().run()
    assert not at.exception
    kept, again = exchanges(at)
    assert kept.id == first.id and again.id != last.id and again.question == last.question
    assert again.answer.text == last.answer.text, "the passage answerer gives the same answer again"
    stored = conversation_store(feedback_db).get(conversation_id, BROWSER_A)
    assert [m.text for m in stored.messages if m.role == "user"] == ["What is an IEP?", "Who is on the IEP team?"]
    assert stored.messages[3].meta["exchange_id"] == again.id and len(stored.messages) == 4

    reloaded = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A, conversation_id)
    assert [e.id for e in exchanges(reloaded)] == [first.id, again.id]
    assert html_of(reloaded).count('class="ig-answer"') == 2


def test_edit_replaces_the_last_question_and_its_answer_and_survives_a_reload(
    corpus_settings, corpus_index, monkeypatch, feedback_db
):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "How do I bake sourdough bread?")
    conversation_id = at.query_params["c"]
    (before,) = exchanges(at)
    assert before.answer.abstained
    at.button(key="ig-edit").click().run()
    box = at.text_area(key="ig-edit-text")
    assert box.value == "How do I bake sourdough bread?"
    box.input("What is an IEP?")
    next(b for b in at.button if b.label == "Ask the edited question").click().run()
    assert not at.exception
    (after,) = exchanges(at)
    assert after.question == "What is an IEP?" and not after.answer.abstained and after.answer.citations
    stored = conversation_store(feedback_db).get(conversation_id, BROWSER_A)
    assert [(m.role, m.text) for m in stored.messages][0] == ("user", "What is an IEP?")
    assert len(stored.messages) == 2 and stored.messages[1].text == after.answer.text
    assert stored.title == "What is an IEP?", "the title came from the edited question"

    reloaded = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A, conversation_id)
    (restored,) = exchanges(reloaded)
    assert restored.question == "What is an IEP?" and restored.answer.text == after.answer.text


def test_an_empty_edit_is_refused_and_the_last_exchange_is_kept(corpus_settings, corpus_index, monkeypatch, feedback_db):
    at = open_as(monkeypatch, corpus_settings.index.index_dir, feedback_db, BROWSER_A)
    ask(at, "What is an IEP?")
    conversation_id = at.query_params["c"]
    (before,) = exchanges(at)
    at.button(key="ig-edit").click().run()
    next(b for b in at.button if b.label == "Cancel").click().run()
    assert not [t for t in at.text_area if t.key == "ig-edit-text"], "Cancel closes the edit box"
    at.button(key="ig-edit").click().run()
    at.text_area(key="ig-edit-text").input("   ")
    next(b for b in at.button if b.label == "Ask the edited question").click().run()
    assert not at.exception and any("Please type a question" in w.value for w in at.warning)
    assert [e.id for e in exchanges(at)] == [before.id]
    stored = conversation_store(feedback_db).get(conversation_id, BROWSER_A)
    assert [m.text for m in stored.messages] == ["What is an IEP?", before.answer.text]
