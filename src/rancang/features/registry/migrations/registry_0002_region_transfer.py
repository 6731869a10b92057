"""Region transfers: a firm moves to another region only through a reviewed request.

Revision ID: registry_0002
Revises: registry_0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "registry_0002"
down_revision = "registry_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "region_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("from_regency", sa.String(length=5), nullable=False),
        sa.Column("to_regency", sa.String(length=5), nullable=False),
        sa.Column("to_village_code", sa.String(length=13), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprise.id"],
                                name=op.f("fk_region_transfer_enterprise_id_enterprise")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region_transfer")),
    )
    for col in ("enterprise_id", "from_regency", "to_regency"):
        op.create_index(op.f(f"ix_region_transfer_{col}"), "region_transfer", [col],
                        unique=False)


def downgrade() -> None:
    for col in ("enterprise_id", "from_regency", "to_regency"):
        op.drop_index(op.f(f"ix_region_transfer_{col}"), table_name="region_transfer")
    op.drop_table("region_transfer")
