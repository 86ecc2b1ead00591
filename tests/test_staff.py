"""Staff accounts and sign-in: argon2id hashes in a 0600 file, a growing delay and a lockout after
wrong passwords, the e-mail allow-list for an identity provider, the CLI and the sign-in form."""

import json
import os
import stat
import subprocess
import sys
import time

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import IngestSettings, Settings
from assistant.staff import StaffAccounts, StaffError, staff_email
from ui.access import SESSION

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "correct horse battery staple"


class Clock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def accounts(tmp_path, clock):
    store = StaffAccounts(tmp_path / "conf" / "staff.json", lockout_failures=4, lockout_minutes=15, clock=clock)
    store.add("Maria", PASSWORD)
    return store


def test_passwords_are_argon2id_hashes_in_a_private_file(accounts):
    text = accounts.path.read_text()
    assert PASSWORD not in text and "$argon2id$" in text
    assert stat.S_IMODE(os.stat(accounts.path).st_mode) == 0o600
    assert accounts.names() == ["maria"] and accounts.exists()


def test_bad_names_short_passwords_and_duplicates_are_refused(accounts):
    with pytest.raises(StaffError, match="at least 12"):
        accounts.add("bob", "short")
    with pytest.raises(StaffError, match="letters, digits"):
        accounts.add("../etc/passwd", PASSWORD)
    with pytest.raises(StaffError, match="exists already"):
        accounts.add("maria", PASSWORD)
    with pytest.raises(StaffError, match="no staff account"):
        accounts.remove("nobody")


def test_right_password_signs_in_and_wrong_ones_wait_longer_then_lock(accounts, clock):
    assert accounts.sign_in("MARIA ", PASSWORD).ok
    first = accounts.sign_in("maria", "wrong password!!")
    assert not first.ok and first.wait_s == 1.0 and "do not match" in first.message
    early = accounts.sign_in("maria", PASSWORD)
    assert not early.ok and "Try again" in early.message, "even the right password waits out the delay"
    clock.now += 1.5
    assert accounts.sign_in("maria", "wrong again!!!!").wait_s == 2.0
    clock.now += 2.5
    assert accounts.sign_in("maria", "still wrong!!!!").wait_s == 4.0
    clock.now += 4.5
    locked = accounts.sign_in("maria", "wrong a 4th time")
    assert locked.wait_s == 15 * 60
    clock.now += 60
    refused = accounts.sign_in("maria", PASSWORD)
    assert not refused.ok and "locked" in refused.message
    clock.now += 15 * 60
    assert accounts.sign_in("maria", PASSWORD).ok, "the lock ends, and a success clears the count"
    assert accounts.sign_in("maria", "wrong once more").wait_s == 1.0


def test_attempts_survive_a_new_process_and_unknown_names_are_treated_alike(accounts, clock):
    accounts.sign_in("maria", "wrong password!!")
    again = StaffAccounts(accounts.path, clock=clock)  # another browser, a reload, a restart
    assert not again.sign_in("maria", PASSWORD).ok
    unknown = accounts.sign_in("mallory", "anything at all")
    assert unknown.message == "That name and password do not match." and unknown.wait_s == 1.0


def test_identity_provider_users_are_staff_by_address_or_domain():
    allowed = ["ops@district.org", "@schools.example.gov", "pti.org"]
    assert staff_email("OPS@district.org", allowed)
    assert staff_email("teacher@schools.example.gov", allowed)
    assert staff_email("a@pti.org", allowed)
    assert not staff_email("someone@district.org", allowed)
    assert not staff_email("a@evil-pti.org", allowed)
    assert not staff_email(None, allowed) and not staff_email("ops@district.org", [])


@pytest.mark.integration  # the iep-guide command as a process
def test_the_staff_command_adds_lists_and_removes(tmp_path):
    env = dict(os.environ, IEP_GUIDE_STAFF_FILE=str(tmp_path / "staff.json"))

    def cli(*args, stdin=""):
        return subprocess.run(
            [sys.executable, "-m", "cli", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
        )

    assert "No staff accounts yet" in cli("staff", "list").stdout
    added = cli("staff", "add", "jo", "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert cli("staff", "list").stdout.split() == ["jo"]
    short = cli("staff", "add", "kim", "--password-stdin", stdin="short\n")
    assert short.returncode == 2 and "at least 12" in short.stderr and "Traceback" not in short.stderr
    assert cli("staff", "remove", "jo").returncode == 0
    assert "No staff accounts yet" in cli("staff", "list").stdout


def sign_in_page(settings):
    from ui.access import sign_in_page as render

    render(settings)


@pytest.mark.integration  # the Streamlit app through AppTest
def test_the_sign_in_form_signs_staff_in_and_says_why_not(tmp_path):
    settings = Settings(staff_file=tmp_path / "staff.json", staff_lockout_failures=3)
    StaffAccounts(settings.ui.staff_path()).add("maria", PASSWORD)
    at = AppTest.from_function(sign_in_page, args=(settings,), default_timeout=60)
    at.run()
    at.text_input[0].set_value("maria")
    at.text_input[1].set_value("not the password")
    at.button[0].click().run()
    assert "do not match" in at.error[0].value and SESSION not in at.session_state
    time.sleep(1.1)  # the one-second wait after a first wrong password
    at.text_input[0].set_value("maria")
    at.text_input[1].set_value(PASSWORD)
    at.button[0].click().run()
    assert not at.exception
    assert at.session_state[SESSION]["name"] == "maria"


def test_with_no_accounts_and_no_identity_provider_there_is_no_sign_in(tmp_path):
    settings = Settings(staff_file=tmp_path / "none.json")
    at = AppTest.from_function(sign_in_page, args=(settings,), default_timeout=60)
    at.run()
    assert not at.text_input and not at.button


def test_uploads_get_a_safe_short_name_and_never_replace_another_document(tmp_path):
    from ingest.uploads import MAX_NAME, safe_name, save_upload

    settings = Settings(uploads_dir=tmp_path / "uploads")
    assert safe_name("../../etc/passwd.md") == "passwd.md"
    long = safe_name("a" * 300 + ".pdf")
    assert len(long) == MAX_NAME and long.endswith(".pdf")
    first = save_upload("policy.md", b"# Policy\nOne.", settings)
    second = save_upload("policy.md", b"# Policy\nA different one.", settings)
    assert first.name == "policy.md" and second.name == "policy (2).md"
    assert first.read_bytes() == b"# Policy\nOne.", "the first document is untouched"
    assert save_upload("policy.md", b"# Policy\nOne.", settings) == first, "the same file again keeps its place"
    assert save_upload("x" * 300 + ".md", b"# Long\nName.", settings).name.endswith(".md")


def test_the_uploader_limit_matches_the_ingest_limit():
    import tomllib

    config = tomllib.loads(open(os.path.join(ROOT, ".streamlit", "config.toml")).read())
    assert config["server"]["maxUploadSize"] == IngestSettings.model_fields["max_file_mb"].default


def test_feedback_is_private_and_purged_after_its_retention(tmp_path):
    from datetime import datetime, timedelta, timezone

    from assistant.feedback import Feedback
    from assistant.feedback_store import FeedbackStore

    store = FeedbackStore(tmp_path / "fb" / "feedback.sqlite3")
    row = dict(
        rating=1,
        reasons=(),
        comment="",
        question="My son Jake (7, autism)…",
        answer="…",
        abstained=False,
        citations=(),
        audience="family",
        answerer="extractive",
        retrieval="rerank",
        k=5,
        abstain_threshold=0.5,
        model="m",
        settings={},
    )
    store.save(Feedback(answer_id="old", **row))
    store.save(Feedback(answer_id="new", **row))
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    later = datetime.now(timezone.utc) + timedelta(days=181)
    assert store.purge(180, now=later) == 2 and store.count() == 0
    store.save(Feedback(answer_id="fresh", **row))
    assert store.purge(180) == 0 and store.count() == 1


@pytest.mark.integration  # the iep-guide command as a process
def test_feedback_purge_uses_the_app_database_and_purges_old_conversations(tmp_path):
    from datetime import datetime, timedelta, timezone

    import sqlalchemy as sa

    from assistant.conversation_store import ConversationStore
    from assistant.database import conversations, open_database, sqlite_url
    from assistant.feedback import Feedback
    from assistant.feedback_store import FeedbackStore

    url = sqlite_url(tmp_path / "app.sqlite3")
    env = dict(os.environ, IEP_GUIDE_DATABASE_URL=url, IEP_GUIDE_INDEX_DIR=str(tmp_path / "index"))
    database = open_database(url)
    FeedbackStore(database).save(Feedback(answer_id="a1", rating=1, question="q", answer="a", audience="family"))
    store = ConversationStore(database)
    old, fresh = store.create("browser-1", audience="family"), store.create("browser-1", audience="family")
    store.append(old.id, "browser-1", "user", "What is an IEP?")
    with database.begin() as conn:
        conn.execute(
            sa.update(conversations)
            .where(conversations.c.id == old.id)
            .values(updated=datetime.now(timezone.utc) - timedelta(days=200))
        )

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "cli", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
        )

    exported = cli("feedback", "export")
    assert exported.returncode == 0, exported.stderr
    assert [json.loads(line)["answer_id"] for line in exported.stdout.splitlines()] == ["a1"]
    purged = cli("feedback", "purge")
    assert purged.returncode == 0, purged.stderr
    assert "Removed 1 conversations" in purged.stdout
    assert store.get(old.id, "browser-1") is None and store.get(fresh.id, "browser-1") is not None
    assert FeedbackStore(database).count() == 1


def feedback_page(settings):
    from ui.feedback_page import render

    render(settings)


def test_only_staff_read_feedback_on_the_feedback_page(tmp_path):
    from assistant.feedback import Feedback
    from assistant.feedback_store import FeedbackStore

    settings = Settings(feedback_db=tmp_path / "fb.sqlite3", index_dir=tmp_path / "index")
    FeedbackStore(settings.feedback_path()).save(
        Feedback(
            answer_id="a1",
            rating=0,
            question="Can my son Jake get speech?",
            answer="…",
            audience="family",
            reasons=("unclear",),
            comment="Too long",
        )
    )
    public = AppTest.from_function(feedback_page, args=(settings,), default_timeout=60)
    public.run()
    assert "This page is for staff" in public.error[0].value and not public.dataframe
    staff = AppTest.from_function(feedback_page, args=(settings,), default_timeout=60)
    staff.session_state[SESSION] = {"name": "maria", "via": "local", "seen": time.time()}
    staff.run()
    assert not staff.exception
    table = staff.dataframe[0].value
    assert list(table["Question"]) == ["Can my son Jake get speech?"] and list(table["Comment"]) == ["Too long"]
