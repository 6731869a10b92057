"""Programmes: the audit log of changes made by a person (the edit form and the API).

Revision ID: programmes_0003
Revises: programmes_0002
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "programmes_0003"
down_revision = "programmes_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_audit")),
    )
    op.create_index(op.f("ix_programme_audit_at"), "programme_audit", ["at"])
    op.create_index(op.f("ix_programme_audit_programme_id"), "programme_audit",
                    ["programme_id"])
    op.create_index(op.f("ix_programme_audit_region_code"), "programme_audit",
                    ["region_code"])


def downgrade() -> None:
    op.drop_table("programme_audit")
