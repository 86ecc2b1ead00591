"""Answer feedback in a local SQLite file (by default next to the index). Nothing leaves the
machine.

One row per answer: a later rating or explanation of the same answer updates its row. Every
call opens its own connection, so one store may be used from many threads and processes:
SQLite serialises the writes, WAL keeps readers from blocking them, and a writer waits up to
BUSY_TIMEOUT_S for another. The file is switched to WAL and given its table once per store:
switching the journal mode does not wait for other connections the way writes do, so it is
retried until the same timeout."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assistant.feedback import Feedback, FeedbackError

BUSY_TIMEOUT_S = 10.0

_SCHEMA = """
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
_COLUMNS = tuple(f.name for f in fields(Feedback))
_JSON = {"reasons", "citations", "settings"}
_UPSERT = (
    f"INSERT INTO feedback ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    "ON CONFLICT(answer_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c not in ("answer_id", "created_at"))
)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class FeedbackStore:
    """Saves and reads answer feedback in one SQLite file."""

    def __init__(self, path: Path, *, timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._ready = False
        self._setup = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():  # questions can name a child: the file is the owner's alone
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise FeedbackError(self._problem(exc)) from exc
        try:
            self._prepare(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise FeedbackError(self._problem(exc)) from exc
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """WAL mode and the table, set up once per store (both persist in the file)."""
        if self._ready:
            return
        with self._setup:
            if self._ready:
                return
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute(_SCHEMA)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            self._ready = True

    def _problem(self, exc: Exception) -> str:
        return (
            f"Could not use the feedback file {self.path}: {exc}. "
            "Move the file aside (a new one is made) or set IEP_GUIDE_FEEDBACK_DB to another path."
        )

    def _run(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        with closing(self._connect()) as conn:
            conn.row_factory = sqlite3.Row
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise FeedbackError(self._problem(exc)) from exc

    def save(self, feedback: Feedback) -> None:
        """Store feedback, replacing any earlier feedback on the same answer."""
        feedback.check()
        now = _now()
        values = {f: getattr(feedback, f) for f in _COLUMNS}
        values.update(created_at=feedback.created_at or now, updated_at=now)
        row = tuple(json.dumps(list(v) if isinstance(v, tuple) else v) if k in _JSON else v for k, v in values.items())
        self._run(_UPSERT, row)

    def remove(self, answer_id: str) -> None:
        """Forget the feedback on one answer (the rating was taken back)."""
        self._run("DELETE FROM feedback WHERE answer_id = ?", (answer_id,))

    def get(self, answer_id: str) -> Feedback | None:
        rows = self._run("SELECT * FROM feedback WHERE answer_id = ?", (answer_id,))
        return self._feedback(rows[0]) if rows else None

    def all(self) -> list[Feedback]:
        """Every stored feedback, oldest first."""
        return [self._feedback(r) for r in self._run("SELECT * FROM feedback ORDER BY created_at, rowid")]

    def purge(self, older_than_days: int, *, now: datetime | None = None) -> int:
        """Delete feedback last touched more than `older_than_days` ago; how many rows went."""
        cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=older_than_days)).isoformat(timespec="seconds")
        with closing(self._connect()) as conn:
            try:
                return conn.execute("DELETE FROM feedback WHERE updated_at < ?", (cutoff,)).rowcount
            except sqlite3.Error as exc:
                raise FeedbackError(self._problem(exc)) from exc

    def count(self) -> int:
        return int(self._run("SELECT COUNT(*) FROM feedback")[0][0])

    @staticmethod
    def _feedback(row: sqlite3.Row) -> Feedback:
        values = {k: json.loads(row[k]) if k in _JSON else row[k] for k in _COLUMNS}
        values["reasons"] = tuple(values["reasons"])
        values["citations"] = tuple(values["citations"])
        values["abstained"] = bool(values["abstained"])
        return Feedback(**values)
