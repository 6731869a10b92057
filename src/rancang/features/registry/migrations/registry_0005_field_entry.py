"""Records sent from the field officer's phone form, by the id the phone gave them.

Revision ID: registry_0005
Revises: registry_0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "registry_0005"
down_revision = "registry_0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("photo", sa.String(length=300), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_entry")),
        sa.UniqueConstraint("client_id", name=op.f("uq_field_entry_client_id")),
    )
    op.create_index(op.f("ix_field_entry_enterprise_id"), "field_entry", ["enterprise_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_field_entry_enterprise_id"), table_name="field_entry")
    op.drop_table("field_entry")
