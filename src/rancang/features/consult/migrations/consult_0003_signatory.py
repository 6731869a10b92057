"""Consultation: who signs an event's minutes (name, position, optional NIP).

Revision ID: consult_0003
Revises: consult_0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "consult_0003"
down_revision = "consult_0002"
branch_labels = None
depends_on = None

COLUMNS = (("signatory_name", 200), ("signatory_position", 200), ("signatory_nip", 30))


def upgrade() -> None:
    with op.batch_alter_table("consult_event", schema=None) as batch_op:
        for name, length in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False,
                                          server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("consult_event", schema=None) as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
