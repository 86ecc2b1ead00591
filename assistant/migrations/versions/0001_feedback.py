"""Answer feedback: the table the feedback file has always had.

A feedback file made before migrations already holds this table with its rows; it is adopted
as it is, so no row is lost.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("feedback"):
        return
    op.create_table(
        "feedback",
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


def downgrade() -> None:
    op.drop_table("feedback")
