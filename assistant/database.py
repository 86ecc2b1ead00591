"""The app's database: conversations, answer feedback and eval run records, through SQLAlchemy.

One setting chooses it, ``IEP_GUIDE_DATABASE_URL``: unset, a SQLite file on this machine
(``Settings.feedback_path()``, zero setup); ``postgresql+psycopg://…`` when the app runs as
several replicas that must share state. The schema is kept by the Alembic migrations in
``assistant/migrations`` and brought up to date the first time a process uses a database. Two
processes starting at once take turns: on PostgreSQL under an advisory lock, on SQLite under a
lock file beside the database.

SQLite runs in WAL mode (readers never block the writer) with a busy timeout (a writer waits
for another instead of failing); every use opens its own connection, so one `Database` serves
many threads and processes."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, NullPool, StaticPool

from assistant.errors import IEPGuideError

if TYPE_CHECKING:
    from assistant.config import Settings

BUSY_TIMEOUT_S = 10.0
# Any fixed number: the key of the PostgreSQL advisory lock held while migrating.
_MIGRATION_LOCK_KEY = 7_357_001
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"

metadata = sa.MetaData()

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("answer_id", sa.Text, primary_key=True),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
    sa.Column("rating", sa.Integer, sa.CheckConstraint("rating IN (0, 1)"), nullable=False),
    sa.Column("reasons", sa.Text, nullable=False, server_default="[]"),
    sa.Column("comment", sa.Text, nullable=False, server_default=""),
    sa.Column("question", sa.Text, nullable=False),
    sa.Column("answer", sa.Text, nullable=False),
    sa.Column("abstained", sa.Integer, nullable=False),
    sa.Column("citations", sa.Text, nullable=False),
    sa.Column("audience", sa.Text, nullable=False),
    sa.Column("answerer", sa.Text, nullable=False),
    sa.Column("retrieval", sa.Text, nullable=False),
    sa.Column("k", sa.Integer, nullable=False),
    sa.Column("abstain_threshold", sa.Float, nullable=False),
    sa.Column("model", sa.Text, nullable=False),
    sa.Column("settings", sa.Text, nullable=False),
)

conversations = sa.Table(
    "conversations",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner", sa.String(128), nullable=False),
    sa.Column("title", sa.String(200), nullable=False, server_default=""),
    sa.Column("audience", sa.String(32), nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_conversations_owner_updated", "owner", "updated"),
    sa.Index("ix_conversations_updated", "updated"),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("conversation_id", sa.String(64), sa.ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("citations", sa.JSON, nullable=False),
    sa.Column("meta", sa.JSON, nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
)

eval_runs = sa.Table(
    "eval_runs",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    sa.Column("set_name", sa.String(200), nullable=False),
    sa.Column("summary", sa.JSON, nullable=False),
    sa.Column("report_path", sa.Text, nullable=False, server_default=""),
    sa.Index("ix_eval_runs_created", "created"),
)


class DatabaseError(IEPGuideError):
    """The app database could not be opened, migrated, read or written."""


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


class Database:
    """One app database: an engine, its schema brought up to date on first use."""

    def __init__(self, url: str | URL, *, timeout: float = BUSY_TIMEOUT_S) -> None:
        try:
            self.url = make_url(url)
        except (SQLAlchemyError, ValueError) as exc:
            raise DatabaseError(f"IEP_GUIDE_DATABASE_URL is not a database URL ({exc}).") from exc
        self.timeout = timeout
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        database = self.url.database
        self.path = Path(database).resolve() if self.is_sqlite and database and self._on_disk() else None
        self.engine = self._engine()
        self._ready = False
        self._setup = threading.Lock()

    def __repr__(self) -> str:
        return f"Database({self.describe()!r})"

    def describe(self) -> str:
        """The URL without its password, for messages."""
        return self.url.render_as_string(hide_password=True)

    def _on_disk(self) -> bool:
        return bool(self.url.database) and self.url.database != ":memory:" and not self.url.query.get("mode")

    def _engine(self) -> Engine:
        if self.is_sqlite:
            # Every use its own connection (as the feedback file always had), except in memory.
            memory = self.path is None
            engine = sa.create_engine(
                self.url,
                poolclass=StaticPool if memory else NullPool,
                connect_args={"timeout": self.timeout, "check_same_thread": False},
            )

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
                cur = dbapi_conn.cursor()
                cur.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
                cur.execute("PRAGMA foreign_keys = ON")
                cur.close()

            return engine
        if self.url.get_backend_name() == "postgresql":
            args = {"connect_timeout": max(1, int(self.timeout))}
            return sa.create_engine(self.url, pool_pre_ping=True, connect_args=args)
        return sa.create_engine(self.url, pool_pre_ping=True)

    def ready(self) -> None:
        """Bring the schema up to date, once per Database (and at most one process at a time)."""
        if self._ready and (self.path is None or self.path.exists()):
            return
        with self._setup:
            if self._ready and (self.path is None or self.path.exists()):
                return
            try:
                self._migrate()
            except DatabaseError:
                raise
            except (SQLAlchemyError, OSError) as exc:
                raise DatabaseError(f"Could not prepare the database {self.describe()}: {exc}") from exc
            self._ready = True

    def _migrate(self) -> None:
        if self.is_sqlite:
            if self.path is None:
                self._upgrade()
                return
            from filelock import FileLock, Timeout

            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():  # questions can name a child: the file is the owner's alone
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            try:
                with FileLock(str(self.path) + ".lock", timeout=max(self.timeout, 30.0)):
                    self._wal()
                    self._upgrade()
            except Timeout as exc:
                raise DatabaseError(f"Another process kept {self.path} locked while preparing it.") from exc
            return
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
                conn.commit()
            try:
                self._upgrade(conn)
            finally:
                if conn.dialect.name == "postgresql":
                    conn.rollback()
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_KEY})
                    conn.commit()

    def _wal(self) -> None:
        """WAL persists in the file; switching to it does not wait on other connections, so retry."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
                return
            except sa.exc.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _upgrade(self, conn: Connection | None = None) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        if conn is not None:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            return
        with self.engine.connect() as own:
            config.attributes["connection"] = own
            command.upgrade(config, "head")
            own.commit()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a transaction on the up-to-date schema; commits unless an error escapes."""
        self.ready()
        with self.engine.begin() as conn:
            yield conn

    def revision(self) -> str | None:
        """The schema revision the database is at (None before the first migration)."""
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def dispose(self) -> None:
        self.engine.dispose()


_OPEN: dict[str, Database] = {}
_OPEN_LOCK = threading.Lock()


def open_database(url: str | URL | Path, *, timeout: float = BUSY_TIMEOUT_S) -> Database:
    """The process's one Database for a URL (or a SQLite file path), made on first call."""
    key = sqlite_url(url) if isinstance(url, Path) else str(url)
    with _OPEN_LOCK:
        db = _OPEN.get(key)
        if db is None or db.timeout != timeout:
            db = _OPEN[key] = Database(key, timeout=timeout)
        return db


def database_for(settings: Settings) -> Database:
    """The app database the settings name (IEP_GUIDE_DATABASE_URL, else the SQLite feedback file)."""
    return open_database(settings.database())


def close_all() -> None:
    """Dispose of every Database this process opened (their pooled connections close)."""
    with _OPEN_LOCK:
        for db in _OPEN.values():
            db.dispose()
        _OPEN.clear()
