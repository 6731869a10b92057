"""Publish, then show: when each record was last published.

Revision ID: registry_0003
Revises: registry_0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "registry_0003"
down_revision = "registry_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enterprise") as batch:
        batch.add_column(sa.Column("published_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enterprise") as batch:
        batch.drop_column("published_at")
