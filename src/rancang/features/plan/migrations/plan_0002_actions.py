"""Plan: the action plan (strategies, programmes and actions) of a plan.

Revision ID: plan_0002
Revises: plan_0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "plan_0002"
down_revision = "plan_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=30), nullable=False),
        sa.Column("strategy_key", sa.String(length=60), nullable=False),
        sa.Column("strategy", sa.String(length=500), nullable=False),
        sa.Column("programme_key", sa.String(length=60), nullable=False),
        sa.Column("programme", sa.String(length=500), nullable=False),
        sa.Column("action", sa.String(length=1000), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("lead_agency", sa.String(length=300), nullable=False),
        sa.Column("related_agencies", sa.JSON(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_plan_action_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
        sa.UniqueConstraint("plan_id", "key", name=op.f("uq_plan_action_plan_id_key")),
    )
    op.create_index(op.f("ix_plan_action_plan_id"), "plan_action", ["plan_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_plan_action_plan_id"), table_name="plan_action")
    op.drop_table("plan_action")
