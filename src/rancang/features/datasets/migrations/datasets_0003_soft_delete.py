"""Deliberate deletes: a deleted dataset is hidden and kept until its retention ends.

Revision ID: datasets_0003
Revises: datasets_0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "datasets_0003"
down_revision = "datasets_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dataset") as batch:
        batch.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("deleted_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dataset") as batch:
        batch.drop_column("deleted_by")
        batch.drop_column("deleted_at")
