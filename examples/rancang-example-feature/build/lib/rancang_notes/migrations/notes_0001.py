"""Field notes.

Revision ID: notes_0001
Revises: (none: the first revision of the notes feature's branch)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "notes_0001"
down_revision = None
branch_labels = ("notes",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_note")),
    )
    op.create_index(op.f("ix_field_note_region_code"), "field_note", ["region_code"])


def downgrade() -> None:
    op.drop_index(op.f("ix_field_note_region_code"), table_name="field_note")
    op.drop_table("field_note")
