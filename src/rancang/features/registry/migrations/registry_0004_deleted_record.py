"""Deliberate deletes: a deleted firm is kept whole until its retention period ends.

Revision ID: registry_0004
Revises: registry_0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "registry_0004"
down_revision = "registry_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deleted_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("deleted_by", sa.String(length=100), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("purge_after", sa.DateTime(), nullable=False),
        sa.Column("restored_at", sa.DateTime(), nullable=True),
        sa.Column("restored_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deleted_record")),
    )
    for col in ("record_id", "regency_code", "purge_after"):
        op.create_index(op.f(f"ix_deleted_record_{col}"), "deleted_record", [col], unique=False)


def downgrade() -> None:
    for col in ("record_id", "regency_code", "purge_after"):
        op.drop_index(op.f(f"ix_deleted_record_{col}"), table_name="deleted_record")
    op.drop_table("deleted_record")
