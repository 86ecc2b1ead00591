"""Two app processes as two replicas: one real `chroma run` server for the guidance, one real
PostgreSQL for conversations and feedback. Both answer questions at the same time and store each
exchange and a rating; nothing is lost and every answer is grounded in the shared library."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.conversation_store import ConversationStore
from assistant.database import Database
from assistant.feedback_store import FeedbackStore
from assistant.remote import ChromaServer
from tests.conftest import ROOT, copy_articles

pytestmark = [pytest.mark.server, pytest.mark.postgres]

QUESTIONS = (
    "What is an IEP?",
    "What is the difference between an IEP and a 504 plan?",
    "How long does the school have to finish an evaluation?",
    "Can I bring someone to the IEP meeting?",
)

REPLICA = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from assistant import Settings, build_assistant
    from assistant.conversation_store import ConversationStore
    from assistant.database import Database
    from assistant.feedback import Feedback
    from assistant.feedback_store import FeedbackStore

    name, barrier, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    questions = sys.argv[4:]
    settings = Settings()  # the Chroma server and the database come from the environment
    assistant = build_assistant(settings)
    db = Database(settings.database())
    db.ready()
    conversations, feedback = ConversationStore(db), FeedbackStore(db)
    (barrier / name).touch()
    while len(list(barrier.iterdir())) < 2:  # both replicas start answering together
        time.sleep(0.01)
    for r in range(rounds):
        conv = conversations.create(name, audience="family")
        for i, question in enumerate(questions):
            answer = assistant.ask(question)
            assert not answer.abstained and answer.citations, (question, answer.text)
            conversations.append(conv.id, name, "user", question)
            conversations.append(conv.id, name, "assistant", answer.text,
                                 citations=[{"n": c.n, "source": c.source} for c in answer.citations])
            feedback.save(Feedback(answer_id=f"{name}-{r}-{i}", rating=1, question=question, answer=answer.text,
                                   audience="family"))
    print("done", name)
""")


@pytest.fixture(scope="module")
def chroma(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("replica-chroma") / "data") as running:
        yield running


def test_two_replicas_share_one_chroma_server_and_one_postgres_and_lose_nothing(tmp_path, chroma, postgres_url):
    home = tmp_path / "ingest-host"
    home.mkdir()
    copy_articles(
        home / "corpus", ["what-is-an-iep.md", "iep-vs-504-plan.md", "evaluation-timelines.md", "parent-centers-and-free-help.md"]
    )
    base = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "IEP_GUIDE_CHROMA_HOST": chroma.host,
        "IEP_GUIDE_CHROMA_PORT": str(chroma.port),
        "IEP_GUIDE_COLLECTION": "replicas",
        "IEP_GUIDE_DATABASE_URL": postgres_url,
    }
    ingest = subprocess.run(
        [sys.executable, "-m", "cli", "ingest", "--quiet"],
        capture_output=True,
        text=True,
        cwd=home,
        env={**base, "IEP_GUIDE_INDEX_DIR": str(home / ".index")},
        timeout=600,
    )
    assert ingest.returncode == 0, ingest.stderr

    barrier = tmp_path / "barrier"
    barrier.mkdir()
    rounds = 3
    procs = []
    for name in ("replica-a", "replica-b"):
        folder = tmp_path / name  # each replica its own working folder and local index files
        folder.mkdir()
        env = {**base, "IEP_GUIDE_INDEX_DIR": str(folder / ".index")}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", REPLICA, name, str(barrier), str(rounds), *QUESTIONS],
                cwd=folder,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        )
    for proc in procs:
        out, _ = proc.communicate(timeout=600)
        assert proc.returncode == 0, out

    db = Database(postgres_url)
    conversations, feedback = ConversationStore(db), FeedbackStore(db)
    for name in ("replica-a", "replica-b"):
        mine = conversations.list_for(name)
        assert len(mine) == rounds
        for conv in mine:
            messages = conversations.get(conv.id, name).messages
            assert [m.position for m in messages] == list(range(2 * len(QUESTIONS)))
            assert [m.text for m in messages if m.role == "user"] == list(QUESTIONS)
            assert all(m.citations for m in messages if m.role == "assistant")
    assert feedback.count() == 2 * rounds * len(QUESTIONS)
    assert {f.answer_id for f in feedback.all()} == {
        f"{name}-{r}-{i}" for name in ("replica-a", "replica-b") for r in range(rounds) for i in range(len(QUESTIONS))
    }
    # the app state went to PostgreSQL only: no replica fell back to a SQLite file of its own
    assert not [p for name in ("replica-a", "replica-b") for p in Path(tmp_path / name).rglob("*.sqlite3")]
