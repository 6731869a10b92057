"""Plan: yearly values of a target besides its four stage values.

Revision ID: plan_0003
Revises: plan_0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "plan_0003"
down_revision = "plan_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # existing targets get no yearly value; the column then holds one for every row
    with op.batch_alter_table("plan_target") as batch:
        batch.add_column(sa.Column("yearly", sa.JSON(), nullable=True))
    op.execute(sa.text("UPDATE plan_target SET yearly = '{}'"))
    with op.batch_alter_table("plan_target") as batch:
        batch.alter_column("yearly", existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_target") as batch:
        batch.drop_column("yearly")
