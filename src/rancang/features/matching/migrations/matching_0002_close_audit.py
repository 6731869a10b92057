"""Matching: needs and offers closed (filled or withdrawn), and the audit of their changes.

Revision ID: matching_0002
Revises: matching_0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "matching_0002"
down_revision = "matching_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("match_need", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_reason", sa.String(length=10), nullable=True))
    with op.batch_alter_table("match_offer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("open", sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column("closed_reason", sa.String(length=10), nullable=True))
    op.create_table(
        "match_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("after", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_audit")),
    )
    with op.batch_alter_table("match_audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_audit_entity_id"), ["entity_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_match_audit_region_code"), ["region_code"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("match_audit")
    with op.batch_alter_table("match_offer", schema=None) as batch_op:
        batch_op.drop_column("closed_reason")
        batch_op.drop_column("open")
    with op.batch_alter_table("match_need", schema=None) as batch_op:
        batch_op.drop_column("closed_reason")
