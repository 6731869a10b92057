"""Consultation: the author's e-mail address and language, an input's attachment (a
scanned letter or an e-mail), wrong check-in codes per client address (the public forms'
rate limit), and the index the inputs list pages by.

Revision ID: consult_0002
Revises: consult_0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "consult_0002"
down_revision = "consult_0001"
branch_labels = None
depends_on = None

COLUMNS = (("email", 200, ""), ("lang", 5, "id"), ("attachment_file", 120, ""),
           ("attachment_name", 200, ""), ("attachment_type", 10, ""))


def upgrade() -> None:
    with op.batch_alter_table("consult_input", schema=None) as batch_op:
        for name, length, default in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False,
                                          server_default=default))
        batch_op.create_index("ix_consult_input_plan_id_id", ["plan_id", "id"], unique=False)
    op.create_table(
        "consult_code_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_code_failure")),
    )
    with op.batch_alter_table("consult_code_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_code_failure_client"), ["client"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_consult_code_failure_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consult_code_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_code_failure_at"))
        batch_op.drop_index(batch_op.f("ix_consult_code_failure_client"))
    op.drop_table("consult_code_failure")
    with op.batch_alter_table("consult_input", schema=None) as batch_op:
        batch_op.drop_index("ix_consult_input_plan_id_id")
        for name, _, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
