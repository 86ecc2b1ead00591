"""Answer feedback in the app database (`assistant.database`): by default a local SQLite file
next to the index, where nothing leaves the machine; PostgreSQL when IEP_GUIDE_DATABASE_URL
names one.

One row per answer: a later rating or explanation of the same answer updates its row (an
upsert, so two processes rating at once lose nothing). On SQLite every call opens its own
connection, so one store may be used from many threads and processes: SQLite serialises the
writes, WAL keeps readers from blocking them, and a writer waits up to BUSY_TIMEOUT_S for
another."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql import Executable
from sqlalchemy.sql.dml import UpdateBase

from assistant.database import BUSY_TIMEOUT_S, Database, DatabaseError, open_database
from assistant.database import feedback as _table
from assistant.feedback import Feedback, FeedbackError

if TYPE_CHECKING:
    from assistant.config import Settings

__all__ = ["BUSY_TIMEOUT_S", "FeedbackStore"]

_COLUMNS = tuple(f.name for f in fields(Feedback))
_JSON = {"reasons", "citations", "settings"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class FeedbackStore:
    """Saves and reads answer feedback: in one SQLite file (a path) or the app database (a Database)."""

    def __init__(self, path: Path | str | Database, *, timeout: float = BUSY_TIMEOUT_S) -> None:
        if isinstance(path, Database):
            self.database = path
        else:
            self.database = open_database(Path(path), timeout=timeout)
        self.path = self.database.path
        self.timeout = self.database.timeout

    @classmethod
    def for_settings(cls, settings: Settings) -> FeedbackStore:
        """The store on the settings' app database (IEP_GUIDE_DATABASE_URL, else the feedback file)."""
        return cls(open_database(settings.database()))

    def _problem(self, exc: Exception) -> str:
        if self.path is not None:
            return (
                f"Could not use the feedback file {self.path}: {exc}. "
                "Move the file aside (a new one is made) or set IEP_GUIDE_FEEDBACK_DB to another path."
            )
        return f"Could not use the feedback database {self.database.describe()}: {exc}. Check IEP_GUIDE_DATABASE_URL."

    @overload
    def _run(self, statement: sa.Select[Any], params: Mapping[str, object] | None = None) -> Sequence[RowMapping]: ...

    @overload
    def _run(self, statement: UpdateBase, params: Mapping[str, object] | None = None) -> int: ...

    def _run(self, statement: Executable, params: Mapping[str, object] | None = None) -> Sequence[RowMapping] | int:
        try:
            with self.database.begin() as conn:
                result = conn.execute(statement, params or {})
                return result.mappings().all() if result.returns_rows else result.rowcount
        except (DatabaseError, SQLAlchemyError) as exc:
            raise FeedbackError(self._problem(getattr(exc, "orig", None) or exc)) from exc

    def _upsert(self, row: Mapping[str, object]) -> sqlite.Insert | postgresql.Insert:
        name = self.database.engine.dialect.name
        inserts: dict[str, Callable[[sa.Table], sqlite.Insert | postgresql.Insert]] = {
            "sqlite": sqlite.insert,
            "postgresql": postgresql.insert,
        }
        insert = inserts.get(name)
        if insert is None:
            raise FeedbackError(f"The feedback store runs on SQLite or PostgreSQL, not {name}.")
        stmt = insert(_table).values(**row)
        keep = ("answer_id", "created_at")
        return stmt.on_conflict_do_update(
            index_elements=["answer_id"], set_={c: stmt.excluded[c] for c in _COLUMNS if c not in keep}
        )

    def save(self, feedback: Feedback) -> None:
        """Store feedback, replacing any earlier feedback on the same answer."""
        feedback.check()
        now = _now()
        values = {f: getattr(feedback, f) for f in _COLUMNS}
        values.update(created_at=feedback.created_at or now, updated_at=now)
        row = {k: json.dumps(list(v) if isinstance(v, tuple) else v) if k in _JSON else v for k, v in values.items()}
        row["abstained"] = int(bool(row["abstained"]))
        self._run(self._upsert(row))

    def remove(self, answer_id: str) -> None:
        """Forget the feedback on one answer (the rating was taken back)."""
        self._run(sa.delete(_table).where(_table.c.answer_id == answer_id))

    def get(self, answer_id: str) -> Feedback | None:
        rows = self._run(sa.select(_table).where(_table.c.answer_id == answer_id))
        return self._feedback(rows[0]) if rows else None

    def all(self) -> list[Feedback]:
        """Every stored feedback, oldest first."""
        tiebreak = sa.literal_column("rowid") if self.database.is_sqlite else _table.c.answer_id
        return [self._feedback(r) for r in self._run(sa.select(_table).order_by(_table.c.created_at, tiebreak))]

    def purge(self, older_than_days: int, *, now: datetime | None = None) -> int:
        """Delete feedback last touched more than `older_than_days` ago; how many rows went."""
        cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=older_than_days)).isoformat(timespec="seconds")
        return int(self._run(sa.delete(_table).where(_table.c.updated_at < cutoff)))

    def count(self) -> int:
        return int(self._run(sa.select(sa.func.count().label("n")).select_from(_table))[0]["n"])

    @staticmethod
    def _feedback(row: RowMapping) -> Feedback:
        values = {k: json.loads(row[k]) if k in _JSON else row[k] for k in _COLUMNS}
        values["reasons"] = tuple(values["reasons"])
        values["citations"] = tuple(values["citations"])
        values["abstained"] = bool(values["abstained"])
        return Feedback(**values)
