"""Chat conversations kept server-side in the app database (`assistant.database`).

A conversation belongs to one browser: its `owner` is an opaque key the browser keeps, and every
read or change names it. Another owner sees nothing: `get` answers None and changes are refused
exactly as for an id that does not exist, so ids cannot be probed. Ids are random and URL-safe
(they go in a link). Deleting a conversation deletes its messages; `purge` applies the retention
setting (IEP_GUIDE_FEEDBACK_RETENTION_DAYS) to conversations not touched for that long.

Every change is one transaction: a refused change leaves the database as it was."""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.exc import SQLAlchemyError

from assistant.database import Database, DatabaseError, open_database
from assistant.database import conversations as _conv
from assistant.database import messages as _msg
from assistant.errors import IEPGuideError

if TYPE_CHECKING:
    from assistant.config import Settings

TITLE_CHARS = 200  # the longest title a person may give
AUTO_TITLE_CHARS = 80  # a title taken from the first question is cut to this
OWNER_CHARS = 128
AUDIENCE_CHARS = 32
ID_CHARS = 64
MESSAGE_CHARS = 100_000
ROLES = ("user", "assistant")


class ConversationError(IEPGuideError):
    """A conversation could not be made, read or changed (unknown, not this browser's, bad input)."""


@dataclass(frozen=True)
class Message:
    position: int
    role: str
    text: str
    citations: tuple[dict[str, object], ...] = ()
    meta: dict[str, object] = field(default_factory=dict)
    created: datetime | None = None


@dataclass(frozen=True)
class Conversation:
    id: str
    owner: str
    title: str
    audience: str
    created: datetime
    updated: datetime
    messages: tuple[Message, ...] = ()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _oneline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def title_from(question: str) -> str:
    """A conversation's title from its first question: one line, cut at a word near AUTO_TITLE_CHARS."""
    line = _oneline(question)
    if len(line) <= AUTO_TITLE_CHARS:
        return line
    cut = line[: AUTO_TITLE_CHARS - 1]
    if " " in cut[AUTO_TITLE_CHARS // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def _check_owner(owner: str) -> str:
    if not isinstance(owner, str) or not owner.strip() or len(owner) > OWNER_CHARS:
        raise ConversationError(f"A conversation's owner is a non-empty key of at most {OWNER_CHARS} characters.")
    return owner


def _check_title(title: str, *, allow_empty: bool) -> str:
    if not isinstance(title, str):
        raise ConversationError("A conversation's title is text.")
    title = _oneline(title)
    if not title and not allow_empty:
        raise ConversationError("A conversation's title cannot be empty.")
    if len(title) > TITLE_CHARS:
        raise ConversationError(f"A conversation's title is at most {TITLE_CHARS} characters (this one has {len(title)}).")
    return title


@dataclass(frozen=True)
class NewMessage:
    """A message to store (see `ConversationStore.replace_last`)."""

    role: str
    text: str
    citations: Sequence[Mapping[str, object]] = ()
    meta: Mapping[str, object] | None = None


# A message checked for storing: role, text, citations, metadata.
_Checked = tuple[str, str, list[dict[str, object]], dict[str, object]]


def _claim(conn: Connection, conversation_id: str, owner: str, now: datetime) -> None:
    """Mark the owner's conversation as used, which takes its write lock before positions are
    read (ConversationError when it is not theirs)."""
    touched = conn.execute(
        sa.update(_conv).where(_conv.c.id == conversation_id, _conv.c.owner == owner).values(updated=now)
    ).rowcount
    if not touched:
        raise ConversationError("There is no such conversation in this browser.")


def _insert(conn: Connection, conversation_id: str, position: int, checked: _Checked, now: datetime) -> Message:
    """Store one checked message (role, text, citations, meta) at `position`."""
    role, text, cites, meta = checked
    conn.execute(
        sa.insert(_msg).values(
            conversation_id=conversation_id, position=position, role=role, text=text, citations=cites, meta=meta, created=now
        )
    )
    return Message(position, role, text, tuple(cites), meta, now)


def _checked(message: NewMessage) -> _Checked:
    """A message's role, text, citations and metadata, checked (ConversationError when not storable)."""
    if message.role not in ROLES:
        raise ConversationError(f"A message's role is one of {', '.join(ROLES)}, not {message.role!r}.")
    if not isinstance(message.text, str) or len(message.text) > MESSAGE_CHARS:
        raise ConversationError(f"A message is text of at most {MESSAGE_CHARS} characters.")
    try:
        cites = [dict(c) for c in message.citations]
        meta = dict(message.meta or {})
        json.dumps(cites), json.dumps(meta)
    except (TypeError, ValueError) as exc:
        raise ConversationError(f"A message's citations and metadata must be plain JSON values ({exc}).") from exc
    return message.role, message.text, cites, meta


def _plausible_id(conversation_id: object) -> bool:
    return isinstance(conversation_id, str) and 0 < len(conversation_id) <= ID_CHARS


class ConversationStore:
    """Conversations and their messages, each visible only to the browser that owns it."""

    def __init__(self, database: Database | str | Path, *, retention_days: int | None = None) -> None:
        self.database = database if isinstance(database, Database) else open_database(database)
        self.retention_days = retention_days

    @classmethod
    def for_settings(cls, settings: Settings) -> "ConversationStore":
        """The store on the settings' database, purging on the feedback retention setting."""
        return cls(open_database(settings.database()), retention_days=settings.ui.feedback_retention_days)

    def _problem(self, exc: Exception) -> ConversationError:
        return ConversationError(
            f"Could not use the conversation database {self.database.describe()}: {getattr(exc, 'orig', None) or exc}"
        )

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        """A transaction on the conversation database; a database failure becomes a
        ConversationError that names the database."""
        try:
            with self.database.begin() as conn:
                yield conn
        except (DatabaseError, SQLAlchemyError) as exc:
            raise self._problem(exc) from exc

    def create(self, owner: str, *, audience: str, title: str = "") -> Conversation:
        """A new, empty conversation. Without a title it takes one from its first question."""
        _check_owner(owner)
        title = _check_title(title, allow_empty=True)
        if not isinstance(audience, str) or not audience or len(audience) > AUDIENCE_CHARS:
            raise ConversationError(f"A conversation's audience is a short name (at most {AUDIENCE_CHARS} characters).")
        now = _now()
        conv = Conversation(secrets.token_urlsafe(16), owner, title, audience, now, now)
        with self._begin() as conn:
            conn.execute(
                sa.insert(_conv).values(id=conv.id, owner=owner, title=title, audience=audience, created=now, updated=now)
            )
        return conv

    def append(
        self,
        conversation_id: str,
        owner: str,
        role: str,
        text: str,
        *,
        citations: Sequence[Mapping[str, object]] = (),
        meta: Mapping[str, object] | None = None,
    ) -> Message:
        """Add a message at the end of the owner's conversation (ConversationError if it is not theirs)."""
        _check_owner(owner)
        role, text, cites, meta = _checked(NewMessage(role, text, tuple(citations), meta))
        if not _plausible_id(conversation_id):
            raise ConversationError("There is no such conversation in this browser.")
        now = _now()
        with self._begin() as conn:
            _claim(conn, conversation_id, owner, now)
            position = conn.execute(
                sa.select(sa.func.coalesce(sa.func.max(_msg.c.position), -1) + 1).where(_msg.c.conversation_id == conversation_id)
            ).scalar_one()
            message = _insert(conn, conversation_id, position, (role, text, cites, meta), now)
            if role == "user" and text.strip():
                conn.execute(
                    sa.update(_conv).where(_conv.c.id == conversation_id, _conv.c.title == "").values(title=title_from(text))
                )
        return message

    def replace_last(self, conversation_id: str, owner: str, count: int, messages: Sequence[NewMessage]) -> list[Message]:
        """Replace the last `count` messages of the owner's conversation with `messages`, in one
        transaction (regenerating an answer, or editing the last question and its answer). A
        conversation titled after the first question it is replacing takes the new question's title.
        ConversationError when it is not theirs, has fewer than `count` messages or a message is not
        storable; then nothing changes."""
        _check_owner(owner)
        if not isinstance(count, int) or count < 1:
            raise ConversationError("Replacing messages needs at least one message to replace.")
        checked = [_checked(m) for m in messages]
        if not _plausible_id(conversation_id):
            raise ConversationError("There is no such conversation in this browser.")
        now = _now()
        with self._begin() as conn:
            _claim(conn, conversation_id, owner, now)
            last = conn.execute(
                sa.select(_msg.c.position, _msg.c.role, _msg.c.text)
                .where(_msg.c.conversation_id == conversation_id)
                .order_by(_msg.c.position.desc())
                .limit(count)
            ).all()
            if len(last) < count:
                raise ConversationError(f"This conversation has {len(last)} message(s), fewer than the {count} to replace.")
            first = min(row.position for row in last)
            first_question = next((row.text for row in last if row.position == 0 and row.role == "user"), None)
            conn.execute(sa.delete(_msg).where(_msg.c.conversation_id == conversation_id, _msg.c.position >= first))
            stored = [
                _insert(conn, conversation_id, position, message, now) for position, message in enumerate(checked, start=first)
            ]
            new_question = next((m.text for m in stored if m.position == 0 and m.role == "user"), None)
            if first_question is not None and new_question and new_question.strip():
                conn.execute(
                    sa.update(_conv)
                    .where(_conv.c.id == conversation_id, _conv.c.title == title_from(first_question))
                    .values(title=title_from(new_question))
                )
        return stored

    def list_for(self, owner: str, *, limit: int = 200) -> list[Conversation]:
        """The owner's conversations, most recently used first (without their messages)."""
        _check_owner(owner)
        query = (
            sa.select(_conv)
            .where(_conv.c.owner == owner)
            .order_by(_conv.c.updated.desc(), _conv.c.created.desc(), _conv.c.id)
            .limit(limit)
        )
        with self._begin() as conn:
            return [self._conversation(r) for r in conn.execute(query).mappings()]

    def get(self, conversation_id: str, owner: str) -> Conversation | None:
        """The conversation with its messages, or None when it does not exist or is another browser's."""
        _check_owner(owner)
        if not _plausible_id(conversation_id):
            return None
        with self._begin() as conn:
            row = conn.execute(sa.select(_conv).where(_conv.c.id == conversation_id, _conv.c.owner == owner)).mappings().first()
            if row is None:
                return None
            msgs = (
                conn.execute(sa.select(_msg).where(_msg.c.conversation_id == conversation_id).order_by(_msg.c.position))
                .mappings()
                .all()
            )
        return self._conversation(
            row,
            tuple(
                Message(
                    m["position"], m["role"], m["text"], tuple(m["citations"] or ()), dict(m["meta"] or {}), _utc(m["created"])
                )
                for m in msgs
            ),
        )

    def rename(self, conversation_id: str, owner: str, title: str) -> Conversation | None:
        """Give the owner's conversation a new title; None when it is not theirs (nothing changes)."""
        _check_owner(owner)
        title = _check_title(title, allow_empty=False)
        if not _plausible_id(conversation_id):
            return None
        with self._begin() as conn:
            done = conn.execute(
                sa.update(_conv).where(_conv.c.id == conversation_id, _conv.c.owner == owner).values(title=title)
            ).rowcount
        return self.get(conversation_id, owner) if done else None

    def delete(self, conversation_id: str, owner: str) -> bool:
        """Delete the owner's conversation and every message in it; False when it is not theirs."""
        _check_owner(owner)
        if not _plausible_id(conversation_id):
            return False
        with self._begin() as conn:
            mine = sa.select(_conv.c.id).where(_conv.c.id == conversation_id, _conv.c.owner == owner)
            conn.execute(sa.delete(_msg).where(_msg.c.conversation_id.in_(mine)))
            return bool(conn.execute(sa.delete(_conv).where(_conv.c.id == conversation_id, _conv.c.owner == owner)).rowcount)

    def purge(self, older_than_days: int | None = None, *, now: datetime | None = None) -> int:
        """Delete conversations (and their messages) untouched for more than `older_than_days`
        (by default the store's retention); how many conversations went."""
        days = older_than_days if older_than_days is not None else self.retention_days
        if days is None or days < 1:
            raise ConversationError("Purging conversations needs a retention of at least one day.")
        cutoff = (now or _now()) - timedelta(days=days)
        with self._begin() as conn:
            old = sa.select(_conv.c.id).where(_conv.c.updated < cutoff)
            conn.execute(sa.delete(_msg).where(_msg.c.conversation_id.in_(old)))
            return int(conn.execute(sa.delete(_conv).where(_conv.c.updated < cutoff)).rowcount)

    def count(self, owner: str | None = None) -> int:
        """How many conversations are stored (of one owner, or all)."""
        query = sa.select(sa.func.count().label("n")).select_from(_conv)
        if owner is not None:
            query = query.where(_conv.c.owner == owner)
        with self._begin() as conn:
            return int(conn.execute(query).scalar_one())

    @staticmethod
    def _conversation(row: RowMapping, messages: tuple[Message, ...] = ()) -> Conversation:
        return Conversation(
            row["id"], row["owner"], row["title"], row["audience"], _utc(row["created"]), _utc(row["updated"]), messages
        )
