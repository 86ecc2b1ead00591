"""The app database: conversations, feedback and eval runs, the same tests on a SQLite file and on a
real PostgreSQL (`postgres` tier), its migrations (from empty, and from the feedback file as it
was before migrations), and two processes writing at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from assistant import Settings
from assistant.conversation_store import (
    TITLE_CHARS,
    ConversationError,
    ConversationStore,
    NewMessage,
    title_from,
)
from assistant.database import Database, DatabaseError, open_database, sqlite_url
from assistant.eval_run_store import EvalRunError, EvalRunStore
from assistant.feedback import Feedback, FeedbackError
from assistant.feedback_store import FeedbackStore

ROOT = Path(__file__).resolve().parent.parent
HEAD = "0002"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "app.sqlite3")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(db_url) -> Database:
    return open_database(db_url)


def rows(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


def a_feedback(answer_id="a1", rating=1, **kw) -> Feedback:
    values = dict(
        answer_id=answer_id,
        rating=rating,
        question="What is an IEP?",
        answer="An IEP is a plan. [1]",
        audience="family",
        citations=({"n": 1, "chunk_id": "c1"},),
        answerer="extractive",
        retrieval="hybrid",
        k=5,
        abstain_threshold=0.3,
        model="m",
        settings={"k": 5},
    )
    values.update(kw)
    return Feedback(**values)


# --- settings -----------------------------------------------------------------------------------


def test_the_default_database_is_the_sqlite_file_next_to_the_index(tmp_path, monkeypatch):
    monkeypatch.delenv("IEP_GUIDE_DATABASE_URL", raising=False)
    settings = Settings(index_dir=tmp_path / "idx")
    assert settings.database() == f"sqlite:///{(tmp_path / 'idx' / 'feedback.sqlite3').resolve()}"
    monkeypatch.setenv("IEP_GUIDE_DATABASE_URL", "postgresql+psycopg://u:secret@db.example/iep")
    assert Settings().database() == "postgresql+psycopg://u:secret@db.example/iep"
    assert "secret" not in Database(Settings().database()).describe()


def test_a_malformed_url_gives_a_clear_error():
    with pytest.raises(DatabaseError, match="IEP_GUIDE_DATABASE_URL"):
        Database("not a url at all")


# --- migrations ---------------------------------------------------------------------------------


def test_migrations_bring_an_empty_database_to_the_current_schema(db):
    assert db.revision() is None
    db.ready()
    assert db.revision() == HEAD
    with db.engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    assert {"feedback", "conversations", "messages", "eval_runs", "alembic_version"} <= tables
    again = Database(db.url)  # another process starting later: nothing to do, nothing lost
    FeedbackStore(db).save(a_feedback())
    again.ready()
    assert again.revision() == HEAD and FeedbackStore(again).count() == 1


# The feedback file as FeedbackStore made it before the app database had migrations.
OLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (0, 1)),
    reasons TEXT NOT NULL DEFAULT '[]',
    comment TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    citations TEXT NOT NULL,
    audience TEXT NOT NULL,
    answerer TEXT NOT NULL,
    retrieval TEXT NOT NULL,
    k INTEGER NOT NULL,
    abstain_threshold REAL NOT NULL,
    model TEXT NOT NULL,
    settings TEXT NOT NULL
)
"""


def test_an_existing_feedback_file_is_migrated_in_place_keeping_every_row(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(OLD_SCHEMA)
        for i in range(25):
            conn.execute(
                "INSERT INTO feedback VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    f"old{i}",
                    f"2026-01-{i + 1:02d}T10:00:00+00:00",
                    f"2026-01-{i + 1:02d}T10:00:00+00:00",
                    i % 2,
                    json.dumps(["unclear"] if i % 2 == 0 else []),
                    f"comment {i}",
                    f"question {i}?",
                    f"answer {i}",
                    i % 3 == 0,
                    json.dumps([{"n": 1, "chunk_id": f"c{i}"}]),
                    "family",
                    "extractive",
                    "hybrid",
                    5,
                    0.3,
                    "all-MiniLM-L6-v2",
                    json.dumps({"k": 5}),
                ),
            )
    conn.close()

    store = FeedbackStore(path)  # the new code, opening the old file
    old = store.all()
    assert [f.answer_id for f in old] == [f"old{i}" for i in range(25)]
    assert old[0].reasons == ("unclear",) and old[0].abstained and old[1].rating == 1
    assert old[3].citations == ({"n": 1, "chunk_id": "c3"},) and old[24].comment == "comment 24"
    assert store.database.revision() == HEAD
    # ...and the same file now also holds conversations, next to the rows it had.
    conversations = ConversationStore(store.database)
    conv = conversations.create("browser-1", audience="family")
    conversations.append(conv.id, "browser-1", "user", "What is an IEP?")
    assert FeedbackStore(path).count() == 25 and conversations.get(conv.id, "browser-1").title == "What is an IEP?"


def test_an_unreadable_file_is_left_alone(tmp_path):
    path = tmp_path / "app.sqlite3"
    path.write_bytes(b"not a database at all" * 200)
    with pytest.raises(ConversationError, match="Could not use"):
        ConversationStore(path).create("b", audience="family")
    assert path.read_bytes() == b"not a database at all" * 200


# --- conversations ------------------------------------------------------------------------------


def test_a_conversation_keeps_its_messages_in_order_with_citations_and_metadata(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="family")
    assert len(conv.id) >= 20 and conv.id.replace("-", "").replace("_", "").isalnum()
    store.append(conv.id, "browser-1", "user", "  What is an IEP?\n")
    store.append(
        conv.id,
        "browser-1",
        "assistant",
        "An IEP is a written plan. [1]",
        citations=[{"n": 1, "title": "What is an IEP?", "score": 0.71}],
        meta={"abstained": False, "answerer": "extractive", "answer_id": "x1"},
    )
    store.append(conv.id, "browser-1", "user", "And a 504 plan?")
    got = store.get(conv.id, "browser-1")
    assert got.title == "What is an IEP?" and got.audience == "family" and got.owner == "browser-1"
    assert [(m.position, m.role) for m in got.messages] == [(0, "user"), (1, "assistant"), (2, "user")]
    assert got.messages[1].citations == ({"n": 1, "title": "What is an IEP?", "score": 0.71},)
    assert got.messages[1].meta == {"abstained": False, "answerer": "extractive", "answer_id": "x1"}
    assert got.messages[0].text == "  What is an IEP?\n"  # the message itself is kept as asked
    assert got.updated >= got.created and got.updated.tzinfo is not None


def test_a_long_first_question_gives_a_short_title():
    question = "My son is in third grade and the school says he does not qualify for an IEP even though " * 3
    title = title_from(question)
    assert len(title) <= 80 and title.endswith("…") and title.startswith("My son is in third grade")


def test_the_list_is_one_browsers_newest_first(db):
    store = ConversationStore(db)
    first = store.create("browser-1", audience="family", title="First")
    second = store.create("browser-1", audience="educator", title="Second")
    store.create("browser-2", audience="family", title="Someone else's")
    assert [c.title for c in store.list_for("browser-1")] == ["Second", "First"]
    store.append(first.id, "browser-1", "user", "Back to the first one")
    assert [c.id for c in store.list_for("browser-1")] == [first.id, second.id]
    assert [c.title for c in store.list_for("browser-2")] == ["Someone else's"]
    assert store.list_for("browser-3") == []


def test_another_browser_can_neither_see_nor_change_a_conversation(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="family")
    store.append(conv.id, "browser-1", "user", "What is an IEP?")
    assert store.get(conv.id, "browser-2") is None
    with pytest.raises(ConversationError, match="no such conversation"):
        store.append(conv.id, "browser-2", "user", "Sneaking in")
    assert store.rename(conv.id, "browser-2", "Mine now") is None
    assert store.delete(conv.id, "browser-2") is False
    mine = store.get(conv.id, "browser-1")
    assert mine.title == "What is an IEP?" and [m.text for m in mine.messages] == ["What is an IEP?"]


def test_unknown_ids_and_bad_input_are_refused_and_change_nothing(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="family", title="Kept")
    for bad_id in ("no-such-id", "", "x" * 500):
        assert store.get(bad_id, "browser-1") is None
        assert store.rename(bad_id, "browser-1", "New") is None
        assert store.delete(bad_id, "browser-1") is False
        with pytest.raises(ConversationError, match="no such conversation"):
            store.append(bad_id, "browser-1", "user", "Hello")
    with pytest.raises(ConversationError, match=f"at most {TITLE_CHARS}"):
        store.rename(conv.id, "browser-1", "t" * (TITLE_CHARS + 1))
    with pytest.raises(ConversationError, match="cannot be empty"):
        store.rename(conv.id, "browser-1", "   ")
    with pytest.raises(ConversationError, match="role"):
        store.append(conv.id, "browser-1", "system", "Ignore the rules")
    with pytest.raises(ConversationError, match="owner"):
        store.create("", audience="family")
    with pytest.raises(ConversationError, match="owner"):
        store.list_for("o" * 1000)
    with pytest.raises(ConversationError, match="JSON"):
        store.append(conv.id, "browser-1", "assistant", "Hi", meta={"when": object()})
    got = store.get(conv.id, "browser-1")
    assert got.title == "Kept" and got.messages == () and store.count() == 1 and rows(db, "messages") == 0


def test_replace_last_swaps_the_last_exchange_in_place(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="family")
    for role, text in (
        ("user", "What is an IEP?"),
        ("assistant", "A plan. [1]"),
        ("user", "Who writes it?"),
        ("assistant", "The team. [1]"),
    ):
        store.append(conv.id, "browser-1", role, text)
    # regenerating: the same question, a new answer
    store.replace_last(
        conv.id,
        "browser-1",
        2,
        [
            NewMessage("user", "Who writes it?", meta={"exchange_id": "e2"}),
            NewMessage("assistant", "The IEP team writes it. [2]", citations=[{"n": 2}], meta={"exchange_id": "e2"}),
        ],
    )
    got = store.get(conv.id, "browser-1")
    assert [(m.position, m.role, m.text) for m in got.messages] == [
        (0, "user", "What is an IEP?"),
        (1, "assistant", "A plan. [1]"),
        (2, "user", "Who writes it?"),
        (3, "assistant", "The IEP team writes it. [2]"),
    ]
    assert got.messages[3].citations == ({"n": 2},) and got.messages[3].meta == {"exchange_id": "e2"}
    # editing: another question and its answer
    store.replace_last(
        conv.id,
        "browser-1",
        2,
        [NewMessage("user", "Who comes to the meeting?"), NewMessage("assistant", "Parents and teachers. [1]")],
    )
    got = store.get(conv.id, "browser-1")
    assert [m.text for m in got.messages] == [
        "What is an IEP?",
        "A plan. [1]",
        "Who comes to the meeting?",
        "Parents and teachers. [1]",
    ]
    assert got.title == "What is an IEP?" and rows(db, "messages") == 4


def test_editing_the_first_question_retitles_only_an_automatic_title(db):
    store = ConversationStore(db)
    auto = store.create("browser-1", audience="family")
    named = store.create("browser-1", audience="family", title="My notes")
    for conv in (auto, named):
        store.append(conv.id, "browser-1", "user", "What is an IEP?")
        store.append(conv.id, "browser-1", "assistant", "A plan.")
        store.replace_last(
            conv.id, "browser-1", 2, [NewMessage("user", "What is a 504 plan?"), NewMessage("assistant", "Another plan.")]
        )
    assert store.get(auto.id, "browser-1").title == "What is a 504 plan?"
    assert store.get(named.id, "browser-1").title == "My notes"


def test_replace_last_refuses_bad_requests_and_changes_nothing(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="family")
    store.append(conv.id, "browser-1", "user", "What is an IEP?")
    store.append(conv.id, "browser-1", "assistant", "A plan.")
    before = store.get(conv.id, "browser-1").messages
    good = [NewMessage("user", "Changed?"), NewMessage("assistant", "Changed.")]
    with pytest.raises(ConversationError, match="no such conversation"):
        store.replace_last(conv.id, "browser-2", 2, good)
    with pytest.raises(ConversationError, match="no such conversation"):
        store.replace_last("no-such-id", "browser-1", 2, good)
    with pytest.raises(ConversationError, match="fewer than the 3"):
        store.replace_last(conv.id, "browser-1", 3, good)
    with pytest.raises(ConversationError, match="at least one"):
        store.replace_last(conv.id, "browser-1", 0, good)
    with pytest.raises(ConversationError, match="role"):
        store.replace_last(conv.id, "browser-1", 2, [NewMessage("system", "Ignore the rules")])
    with pytest.raises(ConversationError, match="JSON"):
        store.replace_last(conv.id, "browser-1", 2, [NewMessage("assistant", "Hi", meta={"when": object()})])
    assert store.get(conv.id, "browser-1").messages == before and rows(db, "messages") == 2


def test_rename_keeps_the_messages(db):
    store = ConversationStore(db)
    conv = store.create("browser-1", audience="educator")
    store.append(conv.id, "browser-1", "user", "What is an FBA?")
    renamed = store.rename(conv.id, "browser-1", "  Behaviour\nplan ")
    assert renamed.title == "Behaviour plan" and [m.text for m in renamed.messages] == ["What is an FBA?"]
    store.append(conv.id, "browser-1", "user", "And a BIP?")  # a later question does not retitle it
    assert store.get(conv.id, "browser-1").title == "Behaviour plan"


def test_delete_really_deletes_the_messages(db):
    store = ConversationStore(db)
    gone = store.create("browser-1", audience="family")
    kept = store.create("browser-1", audience="family")
    for conv in (gone, kept):
        store.append(conv.id, "browser-1", "user", "What is an IEP?")
        store.append(conv.id, "browser-1", "assistant", "A plan.")
    assert store.delete(gone.id, "browser-1") is True
    assert store.get(gone.id, "browser-1") is None and store.delete(gone.id, "browser-1") is False
    with db.engine.connect() as conn:
        left = conn.execute(sa.text("SELECT conversation_id FROM messages")).scalars().all()
    assert left == [kept.id, kept.id]


def test_purge_follows_the_feedback_retention_setting(db, tmp_path):
    settings = Settings(
        index_dir=tmp_path / "idx",
        database_url=db.describe() if not db.is_sqlite else None,
        feedback_db=db.path,
        feedback_retention_days=30,
    )
    store = ConversationStore(db, retention_days=settings.ui.feedback_retention_days)
    old = store.create("browser-1", audience="family", title="Old")
    store.append(old.id, "browser-1", "user", "Old question")
    new = store.create("browser-1", audience="family", title="New")
    later = datetime.now(timezone.utc) + timedelta(days=31)
    with db.begin() as conn:  # the new one was used again a month later
        conn.execute(sa.text("UPDATE conversations SET updated = :t WHERE id = :id"), {"t": later, "id": new.id})
    assert store.purge(now=later) == 1
    assert [c.title for c in store.list_for("browser-1")] == ["New"] and rows(db, "messages") == 0
    assert ConversationStore.for_settings(settings).retention_days == 30
    assert FeedbackStore.for_settings(settings).database is ConversationStore.for_settings(settings).database
    with pytest.raises(ConversationError, match="retention"):
        ConversationStore(db).purge()


# --- feedback and eval runs on the shared database ----------------------------------------------


def test_feedback_on_the_shared_database(db):
    store = FeedbackStore(db)
    store.save(a_feedback("a1", rating=1))
    store.save(a_feedback("a2", rating=1))
    first = store.get("a1")
    store.save(a_feedback("a1", rating=0, reasons=("unclear",), comment="More please."))
    got = store.get("a1")
    assert got.rating == 0 and got.reasons == ("unclear",) and got.created_at == first.created_at
    assert got.citations == ({"n": 1, "chunk_id": "c1"},) and got.settings == {"k": 5} and got.abstained is False
    assert store.count() == 2 and [f.answer_id for f in store.all()] == ["a1", "a2"]
    with pytest.raises(FeedbackError, match="rating"):
        store.save(a_feedback("a3", rating=7))
    store.remove("a2")
    assert store.get("a2") is None and store.count() == 1
    assert store.purge(30, now=datetime.now(timezone.utc) + timedelta(days=31)) == 1 and store.count() == 0


def test_eval_runs_are_recorded_newest_first(db):
    store = EvalRunStore(db)
    first = store.record("dev", {"recall@5": 0.91, "abstain": {"precision": 0.8}}, "reports/eval-1.json")
    second = store.record("test", {"recall@5": 0.88}, Path("reports/eval-2.json"))
    assert [r.id for r in store.recent()] == [second.id, first.id]
    assert [r.id for r in store.recent(set_name="dev")] == [first.id]
    got = store.get(first.id)
    assert got.summary == {"recall@5": 0.91, "abstain": {"precision": 0.8}} and got.report_path == "reports/eval-1.json"
    assert store.get("nope") is None
    with pytest.raises(EvalRunError, match="JSON"):
        store.record("dev", {"when": object()})
    assert len(store.recent()) == 2


# --- two processes at once ----------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from assistant.conversation_store import ConversationStore
    from assistant.database import Database
    from assistant.feedback import Feedback
    from assistant.feedback_store import FeedbackStore

    url, name, barrier, shared, n = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])
    (barrier / name).touch()
    while len(list(barrier.iterdir())) < 2:  # both processes start writing together
        time.sleep(0.01)
    db = Database(url)
    db.ready()
    if shared == "-":
        sys.exit(0)
    conversations, feedback = ConversationStore(db), FeedbackStore(db)
    for i in range(n):
        conv = conversations.create(name, audience="family")
        conversations.append(conv.id, name, "user", f"{name} question {i}")
        conversations.append(conv.id, name, "assistant", f"{name} answer {i}", citations=[{"n": 1}])
        conversations.append(shared, "shared-browser", "user", f"{name} shared {i}")
        feedback.save(Feedback(answer_id=f"{name}-{i}", rating=i % 2, question="q", answer="a", audience="family"))
        feedback.save(Feedback(answer_id=f"both-{i}", rating=1, question="q", answer=name, audience="family"))
""")


def run_two_writers(url: str, tmp_path: Path, shared: str, n: int) -> None:
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, name, str(barrier), shared, str(n)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name in ("p1", "p2")
    ]
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0, out


@pytest.mark.integration  # two processes
def test_two_processes_migrating_a_new_database_at_once_both_succeed(db_url, tmp_path):
    run_two_writers(db_url, tmp_path, "-", 0)
    assert Database(db_url).revision() == HEAD


@pytest.mark.integration  # two processes
def test_two_processes_writing_at_once_lose_nothing(db, tmp_path):
    conversations = ConversationStore(db)
    shared = conversations.create("shared-browser", audience="family", title="Shared")
    n = 15
    run_two_writers(str(db.url.render_as_string(hide_password=False)), tmp_path, shared.id, n)
    for name in ("p1", "p2"):
        mine = conversations.list_for(name)
        assert len(mine) == n
        texts = {m.text for c in mine for m in conversations.get(c.id, name).messages}
        assert texts == {f"{name} question {i}" for i in range(n)} | {f"{name} answer {i}" for i in range(n)}
    shared_messages = conversations.get(shared.id, "shared-browser").messages
    assert [m.position for m in shared_messages] == list(range(2 * n))
    assert {m.text for m in shared_messages} == {f"{p} shared {i}" for p in ("p1", "p2") for i in range(n)}
    feedback = FeedbackStore(db)
    assert feedback.count() == 3 * n
    assert {f.answer_id for f in feedback.all()} == (
        {f"{p}-{i}" for p in ("p1", "p2") for i in range(n)} | {f"both-{i}" for i in range(n)}
    )
    assert rows(db, "messages") == 4 * n + 2 * n
