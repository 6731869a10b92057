"""Register: firms, periods, raw materials, sentra, estates, merges, audit log, duplicate reviews.

Revision ID: registry_0001
Revises: (none: the first revision of the registry feature's branch)
Create Date: 2026-12-04

The same tables as the single migration chain of release 0.1 (revisions 0001_register and
0003_register_review); a database created by that release is brought here by
:func:`rancang.core.db.ensure_schema`, which stamps it at this revision after running the
old chain to its end.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "registry_0001"
down_revision = None
branch_labels = ("registry",)
depends_on = None

ENTERPRISE_INDEXES = {
    "ix_enterprise_name_active": ["name", "merged_into_id"],
    "ix_enterprise_kbli_active": ["kbli", "merged_into_id"],
    "ix_enterprise_status_active": ["status", "merged_into_id"],
    "ix_enterprise_sentra_active": ["sentra_id", "merged_into_id"],
    "ix_enterprise_district_code": ["district_code"],
}


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("batch", sa.String(length=40), nullable=True),
        sa.Column("before", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("after", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_batch"), ["batch"], unique=False)
        batch_op.create_index(
            "ix_audit_log_entity_entity_id", ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "industrial_estate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("area_ha", sa.Float(), nullable=True),
        sa.Column("tenants", sa.Integer(), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industrial_estate")),
    )
    op.create_table(
        "sentra",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("main_product", sa.String(length=200), nullable=True),
        sa.Column("kbli", sa.String(length=5), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("district_code", sa.String(length=8), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("decree_number", sa.String(length=100), nullable=True),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sentra")),
    )
    op.create_table(
        "enterprise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nib", sa.String(length=13), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("legal_form", sa.String(length=20), nullable=True),
        sa.Column("owner_name", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("regency_code", sa.String(length=5), nullable=True),
        sa.Column("district_code", sa.String(length=8), nullable=True),
        sa.Column("village_code", sa.String(length=13), nullable=True),
        sa.Column("district_name", sa.String(length=100), nullable=True),
        sa.Column("village_name", sa.String(length=100), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("kbli", sa.String(length=5), nullable=True),
        sa.Column("kbli_others", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("product", sa.String(length=300), nullable=True),
        sa.Column("sentra_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("synthetic", sa.Boolean(), nullable=False),
        sa.Column("match_key", sa.String(length=400), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["enterprise.id"],
            name=op.f("fk_enterprise_merged_into_id_enterprise"),
        ),
        sa.ForeignKeyConstraint(
            ["sentra_id"], ["sentra.id"], name=op.f("fk_enterprise_sentra_id_sentra")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise")),
    )
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.create_index("ix_enterprise_match_key", ["match_key"], unique=False)
        batch_op.create_index("ix_enterprise_nib", ["nib"], unique=False)
        batch_op.create_index("ix_enterprise_regency_code", ["regency_code"], unique=False)

    op.create_table(
        "enterprise_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("workers_men", sa.Integer(), nullable=True),
        sa.Column("workers_women", sa.Integer(), nullable=True),
        sa.Column("workers", sa.Integer(), nullable=True),
        sa.Column("investment", sa.Float(), nullable=True),
        sa.Column("capacity", sa.Float(), nullable=True),
        sa.Column("capacity_unit", sa.String(length=40), nullable=True),
        sa.Column("output_quantity", sa.Float(), nullable=True),
        sa.Column("output_unit", sa.String(length=40), nullable=True),
        sa.Column("output_value", sa.Float(), nullable=True),
        sa.Column("domestic_share", sa.Float(), nullable=True),
        sa.Column("export_share", sa.Float(), nullable=True),
        sa.Column("export_destinations", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("cert_sni", sa.Boolean(), nullable=True),
        sa.Column("cert_halal", sa.Boolean(), nullable=True),
        sa.Column("cert_others", sa.JSON(none_as_null=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprise.id"],
            name=op.f("fk_enterprise_period_enterprise_id_enterprise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enterprise_period")),
        sa.UniqueConstraint(
            "enterprise_id", "period", name=op.f("uq_enterprise_period_enterprise_id_period")
        ),
    )
    with op.batch_alter_table("enterprise_period", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enterprise_period_enterprise_id"), ["enterprise_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enterprise_period_year"), ["year"], unique=False)

    op.create_table(
        "merge_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_ids", sa.JSON(), nullable=False),
        sa.Column("survivor_before", sa.JSON(), nullable=False),
        sa.Column("moved_period_ids", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["enterprise.id"], name=op.f("fk_merge_record_survivor_id_enterprise")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )
    op.create_table(
        "raw_material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_period_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("imported", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["enterprise_period_id"],
            ["enterprise_period.id"],
            name=op.f("fk_raw_material_enterprise_period_id_enterprise_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_raw_material")),
    )
    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_raw_material_enterprise_period_id"),
            ["enterprise_period_id"],
            unique=False,
        )

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

    with op.batch_alter_table("raw_material", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raw_material_enterprise_period_id"))

    op.drop_table("raw_material")
    op.drop_table("merge_record")
    with op.batch_alter_table("enterprise_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enterprise_period_year"))
        batch_op.drop_index(batch_op.f("ix_enterprise_period_enterprise_id"))

    op.drop_table("enterprise_period")
    with op.batch_alter_table("enterprise", schema=None) as batch_op:
        batch_op.drop_index("ix_enterprise_regency_code")
        batch_op.drop_index("ix_enterprise_nib")
        batch_op.drop_index("ix_enterprise_match_key")

    op.drop_table("enterprise")
    op.drop_table("sentra")
    op.drop_table("industrial_estate")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity_entity_id")
        batch_op.drop_index(batch_op.f("ix_audit_log_batch"))
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
