"""Jobs: when a finished job's result expires (``RANCANG_JOB_RETENTION_DAYS`` after it
ended); ``rancang jobs purge`` and every new job delete what has expired.

Revision ID: jobs_0004
Revises: jobs_0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "jobs_0004"
down_revision = "jobs_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job") as batch:
        batch.add_column(sa.Column("expires_at", sa.DateTime(), nullable=True))
        batch.create_index(batch.f("ix_job_expires_at"), ["expires_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("job") as batch:
        batch.drop_index(batch.f("ix_job_expires_at"))
        batch.drop_column("expires_at")
