"""Matching: stored needs, offers, Temu Usaha events and meeting requests.

Revision ID: matching_0001
Revises: (none: the first revision of the matching feature's branch)
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "matching_0001"
down_revision = None
branch_labels = ("matching",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "match_need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("buyer", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kbli", sa.String(length=5), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("standards", sa.JSON(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("radius_km", sa.Float(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_need")),
    )
    op.create_index(op.f("ix_match_need_region_code"), "match_need", ["region_code"])
    op.create_table(
        "match_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("kbli", sa.String(length=5), nullable=False),
        sa.Column("capacity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("certificates", sa.JSON(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_offer")),
    )
    op.create_index(op.f("ix_match_offer_region_code"), "match_offer", ["region_code"])
    op.create_table(
        "match_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("slots", sa.Integer(), nullable=False),
        sa.Column("morning_slots", sa.Integer(), nullable=False),
        sa.Column("tables", sa.Integer(), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_event")),
    )
    op.create_index(op.f("ix_match_event_region_code"), "match_event", ["region_code"])
    op.create_table(
        "match_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("supplier_kind", sa.String(length=5), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=False),
        sa.Column("supplier_region", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("answered_by", sa.String(length=100), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["need_id"], ["match_need.id"],
                                name=op.f("fk_match_request_need_id_match_need"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["match_event.id"],
                                name=op.f("fk_match_request_event_id_match_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_request")),
        sa.UniqueConstraint("need_id", "supplier_kind", "supplier_id",
                            name=op.f("uq_match_request_need_id_supplier_kind_supplier_id")),
    )
    op.create_index(op.f("ix_match_request_need_id"), "match_request", ["need_id"])
    op.create_index(op.f("ix_match_request_supplier_region"), "match_request",
                    ["supplier_region"])
    op.create_index(op.f("ix_match_request_event_id"), "match_request", ["event_id"])


def downgrade() -> None:
    for name in ("match_request", "match_event", "match_offer", "match_need"):
        op.drop_table(name)
