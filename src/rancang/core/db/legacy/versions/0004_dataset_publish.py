"""Datasets are published by an administrator: ``published``, ``is_default``, ``region_code``.

Revision ID: 0004_dataset_publish
Revises: 0003_register_review
Create Date: 2026-12-02 12:00:00

An upload through the web is private to the uploader's region until an administrator
publishes it; the default dataset (home page, map) is the administrator's explicit choice.
Datasets stored before this migration were visible to everyone, so they stay published.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_dataset_publish"
down_revision = "0003_register_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dataset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published", sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column("is_default", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("region_code", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dataset", schema=None) as batch_op:
        batch_op.drop_column("region_code")
        batch_op.drop_column("is_default")
        batch_op.drop_column("published")
