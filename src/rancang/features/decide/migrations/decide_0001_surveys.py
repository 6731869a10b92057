"""Decide: AHP surveys and their participants (personal tokens, one submission each).

Revision ID: decide_0001
Revises: (none: the first revision of the decide feature's branch)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "decide_0001"
down_revision = None
branch_labels = ("decide",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ahp_survey",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("alternatives", sa.JSON(), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ahp_survey")),
    )
    op.create_index(op.f("ix_ahp_survey_region_code"), "ahp_survey", ["region_code"],
                    unique=False)
    op.create_table(
        "ahp_participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("judgments", sa.JSON(), nullable=True),
        sa.Column("via", sa.String(length=10), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["survey_id"], ["ahp_survey.id"],
                                name=op.f("fk_ahp_participant_survey_id_ahp_survey"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ahp_participant")),
        sa.UniqueConstraint("token", name=op.f("uq_ahp_participant_token")),
    )
    op.create_index(op.f("ix_ahp_participant_survey_id"), "ahp_participant", ["survey_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_ahp_participant_survey_id"), table_name="ahp_participant")
    op.drop_table("ahp_participant")
    op.drop_index(op.f("ix_ahp_survey_region_code"), table_name="ahp_survey")
    op.drop_table("ahp_survey")
