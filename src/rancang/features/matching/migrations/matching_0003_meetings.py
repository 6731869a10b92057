"""Matching: the stored schedule of an event (its meetings) and the meetings' outcomes.

Revision ID: matching_0003
Revises: matching_0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "matching_0003"
down_revision = "matching_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "match_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.String(length=120), nullable=False),
        sa.Column("to_id", sa.String(length=120), nullable=False),
        sa.Column("from_name", sa.String(length=300), nullable=False),
        sa.Column("to_name", sa.String(length=300), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("kbli", sa.String(length=5), nullable=False),
        sa.Column("region", sa.String(length=20), nullable=False),
        sa.Column("previous_slot", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("agreement", sa.String(length=10), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["match_event.id"],
                                name=op.f("fk_match_meeting_event_id_match_event"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_meeting")),
        sa.UniqueConstraint("event_id", "from_id", "to_id",
                            name=op.f("uq_match_meeting_event_id_from_id_to_id")),
    )
    with op.batch_alter_table("match_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_meeting_event_id"), ["event_id"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("match_meeting")
