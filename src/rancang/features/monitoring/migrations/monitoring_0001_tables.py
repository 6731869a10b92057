"""Monitoring: indicators, yearly targets, realisations and the audit log.

Revision ID: monitoring_0001
Revises: (none: the first revision of the monitoring feature's branch)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "monitoring_0001"
down_revision = None
branch_labels = ("monitoring",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitor_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("indicator", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("target_key", sa.String(length=60), nullable=True),
        sa.Column("group_code", sa.String(length=60), nullable=True),
        sa.Column("baseline_year", sa.Integer(), nullable=True),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_indicator")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_monitor_indicator_plan_id_code")),
    )
    op.create_index(op.f("ix_monitor_indicator_plan_id"), "monitor_indicator", ["plan_id"])
    op.create_index(op.f("ix_monitor_indicator_region_code"), "monitor_indicator",
                    ["region_code"])
    op.create_table(
        "monitor_year_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["monitor_indicator.id"],
                                name=op.f("fk_monitor_year_target_indicator_id_monitor_indicator"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_year_target")),
        sa.UniqueConstraint("indicator_id", "year",
                            name=op.f("uq_monitor_year_target_indicator_id_year")),
    )
    op.create_index(op.f("ix_monitor_year_target_indicator_id"), "monitor_year_target",
                    ["indicator_id"])
    op.create_table(
        "monitor_realisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("n_firms", sa.Integer(), nullable=True),
        sa.Column("evidence_link", sa.String(length=500), nullable=True),
        sa.Column("evidence_file", sa.String(length=300), nullable=True),
        sa.Column("evidence_name", sa.String(length=300), nullable=True),
        sa.Column("obstacles", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("verified_by", sa.String(length=100), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["monitor_indicator.id"],
                                name=op.f("fk_monitor_realisation_indicator_id_monitor_indicator"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_realisation")),
        sa.UniqueConstraint("indicator_id", "region_code", "period",
                            name=op.f("uq_monitor_realisation_indicator_id_region_code_period")),
    )
    op.create_index(op.f("ix_monitor_realisation_indicator_id"), "monitor_realisation",
                    ["indicator_id"])
    op.create_index(op.f("ix_monitor_realisation_region_code"), "monitor_realisation",
                    ["region_code"])
    op.create_index(op.f("ix_monitor_realisation_year"), "monitor_realisation", ["year"])
    op.create_table(
        "monitor_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitor_audit")),
    )
    op.create_index(op.f("ix_monitor_audit_at"), "monitor_audit", ["at"])
    op.create_index(op.f("ix_monitor_audit_entity_id"), "monitor_audit", ["entity_id"])


def downgrade() -> None:
    op.drop_table("monitor_audit")
    op.drop_table("monitor_realisation")
    op.drop_table("monitor_year_target")
    op.drop_table("monitor_indicator")
