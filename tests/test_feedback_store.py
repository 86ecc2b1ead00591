"""The feedback store: a real SQLite file, one row per answer, safe from several threads."""

import json
import sqlite3
import threading

import pytest
from pydantic import SecretStr

from assistant import Settings
from assistant.feedback import Feedback, FeedbackError, settings_snapshot
from assistant.feedback_store import FeedbackStore
from assistant.types import Answer, Citation

ANSWER = Answer(
    text="An IEP is a written plan. [1]",
    citations=(Citation(1, "What is an IEP?", "Overview", "corpus/what-is-an-iep.md", "c1", "An IEP is a written plan.", 0.71),),
    question="What is an IEP?",
)


def feedback(answer_id="a1", rating=1, settings=None, **kw) -> Feedback:
    return Feedback.about(
        answer_id, ANSWER, audience="family", rating=rating, settings=settings or Settings(), model="all-MiniLM-L6-v2", **kw
    )


def test_default_location_is_next_to_the_index(tmp_path):
    assert Settings(index_dir=tmp_path / "idx").feedback_path() == (tmp_path / "idx" / "feedback.sqlite3").resolve()
    assert Settings(feedback_db=tmp_path / "fb.db").feedback_path() == (tmp_path / "fb.db").resolve()


def test_saves_the_answer_its_citations_and_the_settings(tmp_path):
    store = FeedbackStore(tmp_path / "sub" / "feedback.sqlite3")
    settings = Settings(k=7, retrieval="hybrid", abstain_threshold=0.33)
    store.save(feedback(settings=settings, rating=0, reasons=("wrong_source",), comment="The source is off."))
    saved = store.get("a1")
    assert saved.rating == 0 and saved.reasons == ("wrong_source",) and saved.comment == "The source is off."
    assert saved.question == "What is an IEP?" and saved.answer == ANSWER.text and saved.audience == "family"
    assert saved.citations == ({**ANSWER.citations[0].to_dict()},)
    assert (saved.answerer, saved.retrieval, saved.k, saved.abstain_threshold) == ("extractive", "hybrid", 7, 0.33)
    assert saved.model == "all-MiniLM-L6-v2" and saved.settings["k"] == 7 and saved.created_at
    with sqlite3.connect(store.path) as conn:
        row = conn.execute("SELECT citations, settings FROM feedback").fetchone()
    assert json.loads(row[0])[0]["chunk_id"] == "c1" and json.loads(row[1])["retrieval"] == "hybrid"


def test_later_feedback_on_the_same_answer_updates_its_row(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.save(feedback(rating=1))
    first = store.get("a1")
    store.save(feedback(rating=0, reasons=("unclear", "missing_info"), comment="More detail please."))
    assert store.count() == 1
    updated = store.get("a1")
    assert updated.rating == 0 and updated.reasons == ("unclear", "missing_info")
    assert updated.created_at == first.created_at and updated.updated_at >= first.updated_at
    store.remove("a1")
    assert store.get("a1") is None and store.count() == 0


def test_bad_feedback_is_refused_with_a_clear_error(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    with pytest.raises(FeedbackError, match="rating"):
        store.save(feedback(rating=5))
    with pytest.raises(FeedbackError, match="Unknown feedback reason"):
        store.save(feedback(reasons=("rude",)))
    assert store.count() == 0


def test_a_corrupt_file_gives_a_clear_error_and_is_left_alone(tmp_path):
    path = tmp_path / "feedback.sqlite3"
    path.write_bytes(b"not a database at all" * 200)
    with pytest.raises(FeedbackError, match="Move the file aside"):
        FeedbackStore(path).save(feedback())
    assert path.read_bytes() == b"not a database at all" * 200


def test_two_threads_writing_at_once_lose_nothing(tmp_path):
    store = FeedbackStore(tmp_path / "f.sqlite3")
    errors = []

    def write(prefix: str) -> None:
        try:
            for i in range(40):
                store.save(feedback(answer_id=f"{prefix}{i}", rating=i % 2))
                store.save(feedback(answer_id=f"{prefix}{i}", rating=0, reasons=("other",), comment=f"{prefix}{i}"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    rows = store.all()
    assert len(rows) == 80 and all(r.rating == 0 and r.comment == r.answer_id for r in rows)


def test_snapshot_keeps_settings_but_no_secrets(tmp_path):
    snap = settings_snapshot(Settings(llm_api_key=SecretStr("sk-secret"), index_dir=tmp_path, k=7))
    assert "llm_api_key" not in snap and snap["k"] == 7 and snap["llm_model"] == "local-model"
    assert snap["index_dir"] == str(tmp_path.resolve()) and snap["answerer"] == "extractive"
    assert "sk-secret" not in json.dumps(snap)
