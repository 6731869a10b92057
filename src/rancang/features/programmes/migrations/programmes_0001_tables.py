"""Programmes: programmes of every level and their mappings to a plan's anchors.

Revision ID: programmes_0001
Revises: plan_0001 (the programmes branch starts from the plan's first revision: its
mappings refer to the plan table. A ``depends_on`` would leave plan_0001 out of the
version table, which then never equals the heads ``ensure_schema`` compares it with.)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "programmes_0001"
down_revision = "plan_0001"
branch_labels = ("programmes",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("indicator", sa.String(length=500), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("source_file", sa.String(length=300), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("code", "region_code", "year", "agency",
                            name=op.f("uq_programme_code_region_code_year_agency")),
    )
    op.create_index(op.f("ix_programme_region_code"), "programme", ["region_code"])
    op.create_index(op.f("ix_programme_year"), "programme", ["year"])
    op.create_table(
        "programme_mapping",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("anchor", sa.String(length=100), nullable=False),
        sa.Column("contribution", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=100), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"],
                                name=op.f("fk_programme_mapping_programme_id_programme"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"],
                                name=op.f("fk_programme_mapping_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_mapping")),
        sa.UniqueConstraint("programme_id", "plan_id", "kind", "anchor",
                            name=op.f("uq_programme_mapping_programme_id_plan_id_kind_anchor")),
    )
    op.create_index(op.f("ix_programme_mapping_programme_id"), "programme_mapping",
                    ["programme_id"])
    op.create_index(op.f("ix_programme_mapping_plan_id"), "programme_mapping", ["plan_id"])


def downgrade() -> None:
    op.drop_table("programme_mapping")
    op.drop_table("programme")
