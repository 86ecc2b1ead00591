"""Alembic environment for the app database. `assistant.database.Database` runs the migrations
on a connection it passes in (``config.attributes["connection"]``); the ``alembic`` command
line (``alembic -c assistant/migrations/alembic.ini …``) uses IEP_GUIDE_DATABASE_URL instead."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from assistant.database import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from assistant.config import Settings
    from assistant.database import Database

    db = Database(Settings().database())
    if context.is_offline_mode():
        context.configure(url=db.url, target_metadata=metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
    else:
        with db.engine.connect() as conn:
            _run(conn)
            conn.commit()
