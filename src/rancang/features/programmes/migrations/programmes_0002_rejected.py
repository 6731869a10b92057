"""Programmes: a suggestion a person rejected is kept as rejected (it is not suggested
again), and the programme list is indexed by its region and year together.

Revision ID: programmes_0002
Revises: programmes_0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "programmes_0002"
down_revision = "programmes_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme_mapping") as batch:
        batch.add_column(sa.Column("rejected", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_index("ix_programme_region_year", "programme", ["region_code", "year"])


def downgrade() -> None:
    op.drop_index("ix_programme_region_year", table_name="programme")
    with op.batch_alter_table("programme_mapping") as batch:
        batch.drop_column("rejected")
