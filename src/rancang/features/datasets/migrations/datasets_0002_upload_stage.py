"""Uploads waiting for confirmation: the flagged and repaired BPS rows are shown first.

Revision ID: datasets_0002
Revises: datasets_0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "datasets_0002"
down_revision = "datasets_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "upload_stage",
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_upload_stage")),
    )
    op.create_index(op.f("ix_upload_stage_created_at"), "upload_stage", ["created_at"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_upload_stage_created_at"), table_name="upload_stage")
    op.drop_table("upload_stage")
