"""Register at 100k records: list indexes; stored duplicate reviews.

Revision ID: 0003_register_review
Revises: 0002_web
Create Date: 2026-12-02 10:00:00

- Indexes so that the register list pages (sort, filter, count, deep offsets) read indexes
  instead of sorting the table: sort keys with ``merged_into_id``, and the latest reporting
  period's workers and investment for the size classes.
- ``dedup_review`` / ``dedup_cluster``: the clusters of one run of duplicate detection per
  region, with the register version it saw and what the reviewers decided.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_register_review"
down_revision = "0002_web"
branch_labels = None
depends_on = None

ENTERPRISE_INDEXES = {
    "ix_enterprise_name_active": ["name", "merged_into_id"],
    "ix_enterprise_kbli_active": ["kbli", "merged_into_id"],
    "ix_enterprise_status_active": ["status", "merged_into_id"],
    "ix_enterprise_sentra_active": ["sentra_id", "merged_into_id"],
    "ix_enterprise_district_code": ["district_code"],
}


def upgrade() -> None:
    for name, cols in ENTERPRISE_INDEXES.items():
        op.create_index(name, "enterprise", cols, unique=False)
    op.create_index("ix_enterprise_period_latest", "enterprise_period",
                    ["enterprise_id", "period", "workers", "investment"], unique=False)
    op.create_table(
        "dedup_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("threshold", sa.Float(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("computed_by", sa.String(length=100), nullable=False),
        sa.Column("n_records", sa.Integer(), nullable=False),
        sa.Column("n_clusters", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dedup_review")),
    )
    op.create_index(op.f("ix_dedup_review_scope"), "dedup_review", ["scope"], unique=False)
    op.create_table(
        "dedup_cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ids", sa.JSON(), nullable=False),
        sa.Column("survivor", sa.Integer(), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["review_id"], ["dedup_review.id"],
                                name=op.f("fk_dedup_cluster_review_id_dedup_review"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dedup_cluster")),
    )
    op.create_index("ix_dedup_cluster_review_position", "dedup_cluster",
                    ["review_id", "position"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_dedup_cluster_review_position", table_name="dedup_cluster")
    op.drop_table("dedup_cluster")
    op.drop_index(op.f("ix_dedup_review_scope"), table_name="dedup_review")
    op.drop_table("dedup_review")
    op.drop_index("ix_enterprise_period_latest", table_name="enterprise_period")
    for name in ENTERPRISE_INDEXES:
        op.drop_index(name, table_name="enterprise")
