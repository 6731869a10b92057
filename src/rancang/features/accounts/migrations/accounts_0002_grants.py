"""Role grants: an account holds any number of roles, each for a region or the country.

Revision ID: accounts_0002
Revises: accounts_0001
Create Date: 2026-12-04

Release 0.1 kept one role in ``app_user.role`` (``String(10)``: admin, analyst, viewer) and
one ``region_code``. Each account's role and region become its first grant; the two
columns go. Features now bring roles of their own (planners, stakeholders, buyers...).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "accounts_0002"
down_revision = "accounts_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "role_grant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"],
                                name=op.f("fk_role_grant_user_id_app_user"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_grant")),
    )
    op.create_index("ix_role_grant_user_id", "role_grant", ["user_id"], unique=False)
    op.execute(
        "INSERT INTO role_grant (user_id, role, region_code, created_at) "
        "SELECT id, role, region_code, created_at FROM app_user"
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("role")
        batch_op.drop_column("region_code")


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=10), nullable=False,
                                      server_default="viewer"))
        batch_op.add_column(sa.Column("region_code", sa.String(length=20), nullable=True))
    op.execute(
        "UPDATE app_user SET role = (SELECT g.role FROM role_grant g WHERE g.user_id = "
        "app_user.id ORDER BY g.id LIMIT 1), region_code = (SELECT g.region_code FROM "
        "role_grant g WHERE g.user_id = app_user.id ORDER BY g.id LIMIT 1) WHERE EXISTS "
        "(SELECT 1 FROM role_grant g WHERE g.user_id = app_user.id)"
    )
    op.drop_index("ix_role_grant_user_id", table_name="role_grant")
    op.drop_table("role_grant")
