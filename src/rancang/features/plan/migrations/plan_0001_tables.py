"""Plan: plans (RPIK/RPIP), their sections, targets and frozen versions.

Revision ID: plan_0001
Revises: (none: the first revision of the plan feature's branch)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "plan_0001"
down_revision = None
branch_labels = ("plan",)
depends_on = None


def _fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f(f"fk_{table}_plan_id_plan"),
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("region_name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("perda_number", sa.String(length=100), nullable=True),
        sa.Column("perda_date", sa.Date(), nullable=True),
        sa.Column("outline", sa.JSON(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("uid", name=op.f("uq_plan_uid")),
    )
    op.create_index(op.f("ix_plan_region_code"), "plan", ["region_code"], unique=False)
    op.create_table(
        "plan_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("generated", sa.JSON(), nullable=False),
        sa.Column("authored", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        _fk("plan_section"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_section")),
        sa.UniqueConstraint("plan_id", "key", name=op.f("uq_plan_section_plan_id_key")),
    )
    op.create_index(op.f("ix_plan_section_plan_id"), "plan_section", ["plan_id"])
    op.create_table(
        "plan_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_source", sa.String(length=300), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("required", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        _fk("plan_target"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_target")),
        sa.UniqueConstraint("plan_id", "key", name=op.f("uq_plan_target_plan_id_key")),
    )
    op.create_index(op.f("ix_plan_target_plan_id"), "plan_target", ["plan_id"])
    op.create_table(
        "plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        _fk("plan_version"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_version")),
        sa.UniqueConstraint("plan_id", "label", name=op.f("uq_plan_version_plan_id_label")),
    )
    op.create_index(op.f("ix_plan_version_plan_id"), "plan_version", ["plan_id"])


def downgrade() -> None:
    for table in ("plan_version", "plan_target", "plan_section"):
        op.drop_index(op.f(f"ix_{table}_plan_id"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_plan_region_code"), table_name="plan")
    op.drop_table("plan")
