"""Records of eval runs in the app database (`assistant.database`): when, which eval set, the
summary metrics and where the full report was written. The reports themselves stay files."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from assistant.database import Database, DatabaseError, open_database
from assistant.database import eval_runs as _runs
from assistant.errors import IEPGuideError

if TYPE_CHECKING:
    from assistant.config import Settings

SET_NAME_CHARS = 200


class EvalRunError(IEPGuideError):
    """An eval run record could not be saved or read."""


@dataclass(frozen=True)
class EvalRun:
    id: str
    created: datetime
    set_name: str
    summary: dict[str, object] = field(default_factory=dict)
    report_path: str = ""


class EvalRunStore:
    """Saves and lists eval run records, newest first."""

    def __init__(self, database: Database | str | Path) -> None:
        self.database = database if isinstance(database, Database) else open_database(database)

    @classmethod
    def for_settings(cls, settings: Settings) -> "EvalRunStore":
        return cls(open_database(settings.database()))

    def _problem(self, exc: Exception) -> EvalRunError:
        return EvalRunError(
            f"Could not use the eval run database {self.database.describe()}: {getattr(exc, 'orig', None) or exc}"
        )

    def record(self, set_name: str, summary: Mapping[str, object], report_path: str | Path = "") -> EvalRun:
        """Save one run's summary (plain JSON values) and the path of its report."""
        if not isinstance(set_name, str) or not set_name or len(set_name) > SET_NAME_CHARS:
            raise EvalRunError(f"An eval set name is non-empty text of at most {SET_NAME_CHARS} characters.")
        try:
            stored: dict[str, object] = json.loads(json.dumps(dict(summary)))
        except (TypeError, ValueError) as exc:
            raise EvalRunError(f"An eval run's summary must be plain JSON values ({exc}).") from exc
        run = EvalRun(secrets.token_urlsafe(12), datetime.now(timezone.utc), set_name, stored, str(report_path))
        try:
            with self.database.begin() as conn:
                conn.execute(
                    sa.insert(_runs).values(
                        id=run.id, created=run.created, set_name=set_name, summary=stored, report_path=run.report_path
                    )
                )
        except (DatabaseError, SQLAlchemyError) as exc:
            raise self._problem(exc) from exc
        return run

    def get(self, run_id: str) -> EvalRun | None:
        return next(iter(self._select(sa.select(_runs).where(_runs.c.id == run_id))), None)

    def recent(self, limit: int = 50, *, set_name: str | None = None) -> list[EvalRun]:
        """The latest runs (of one eval set, or all), newest first."""
        query = sa.select(_runs).order_by(_runs.c.created.desc(), _runs.c.id).limit(limit)
        if set_name is not None:
            query = query.where(_runs.c.set_name == set_name)
        return self._select(query)

    def _select(self, query: sa.Select[Any]) -> list[EvalRun]:
        try:
            with self.database.begin() as conn:
                rows = conn.execute(query).mappings().all()
        except (DatabaseError, SQLAlchemyError) as exc:
            raise self._problem(exc) from exc
        return [EvalRun(r["id"], _utc(r["created"]), r["set_name"], dict(r["summary"] or {}), r["report_path"]) for r in rows]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
