"""Matching: who asked for a meeting (the buyer, or the supplier of a need it can serve).

Revision ID: matching_0004
Revises: matching_0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "matching_0004"
down_revision = "matching_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("match_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction", sa.String(length=8), nullable=False,
                                      server_default="buyer"))


def downgrade() -> None:
    with op.batch_alter_table("match_request", schema=None) as batch_op:
        batch_op.drop_column("direction")
