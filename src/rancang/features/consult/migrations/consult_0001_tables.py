"""Consultation: events, invitations, attendance, inputs, answers, the answer audit and
notifications.

Revision ID: consult_0001
Revises: (none: the first revision of the consult feature's branch)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "consult_0001"
down_revision = None
branch_labels = ("consult",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consult_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("version_label", sa.String(length=40), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("chair", sa.String(length=200), nullable=False),
        sa.Column("speakers", sa.JSON(), nullable=False),
        sa.Column("points", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("checkin_code", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_event")),
        sa.UniqueConstraint("checkin_code", name=op.f("uq_consult_event_checkin_code")),
    )
    with op.batch_alter_table("consult_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_event_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consult_event_region_code"), ["region_code"], unique=False
        )

    op.create_table(
        "consult_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("group", sa.String(length=30), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("organisation_key", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["consult_event.id"],
            name=op.f("fk_consult_attendance_event_id_consult_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_attendance")),
        sa.UniqueConstraint(
            "event_id",
            "name_key",
            "organisation_key",
            name=op.f("uq_consult_attendance_event_id_name_key_organisation_key"),
        ),
    )
    with op.batch_alter_table("consult_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consult_attendance_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "consult_invite",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("group", sa.String(length=30), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["consult_event.id"],
            name=op.f("fk_consult_invite_event_id_consult_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_invite")),
        sa.UniqueConstraint(
            "event_id", "organisation", name=op.f("uq_consult_invite_event_id_organisation")
        ),
        sa.UniqueConstraint("token", name=op.f("uq_consult_invite_token")),
    )
    with op.batch_alter_table("consult_invite", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_invite_event_id"), ["event_id"], unique=False)

    op.create_table(
        "consult_input",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=20), nullable=False),
        sa.Column("version_label", sa.String(length=40), nullable=False),
        sa.Column("section_key", sa.String(length=100), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("cell", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("group", sa.String(length=30), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("forum", sa.String(length=300), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("invite_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("assignee", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["consult_event.id"],
            name=op.f("fk_consult_input_event_id_consult_event"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invite_id"],
            ["consult_invite.id"],
            name=op.f("fk_consult_input_invite_id_consult_invite"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_input")),
        sa.UniqueConstraint(
            "plan_id", "fingerprint", name=op.f("uq_consult_input_plan_id_fingerprint")
        ),
    )
    with op.batch_alter_table("consult_input", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_input_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consult_input_group"), ["group"], unique=False)
        batch_op.create_index(batch_op.f("ix_consult_input_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consult_input_region_code"), ["region_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consult_input_section_key"), ["section_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_consult_input_user_id"), ["user_id"], unique=False)

    op.create_table(
        "consult_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("input_id", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("disposition", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change_version", sa.String(length=40), nullable=False),
        sa.Column("change_section", sa.String(length=100), nullable=False),
        sa.Column("answered_by", sa.String(length=100), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["input_id"],
            ["consult_input.id"],
            name=op.f("fk_consult_answer_input_id_consult_input"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_answer")),
        sa.UniqueConstraint("input_id", name=op.f("uq_consult_answer_input_id")),
    )
    op.create_table(
        "consult_answer_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("input_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("answered_by", sa.String(length=100), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("via", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["input_id"],
            ["consult_input.id"],
            name=op.f("fk_consult_answer_log_input_id_consult_input"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_answer_log")),
    )
    with op.batch_alter_table("consult_answer_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consult_answer_log_input_id"), ["input_id"], unique=False
        )

    op.create_table(
        "consult_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("input_id", sa.Integer(), nullable=False),
        sa.Column("disposition", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["input_id"],
            ["consult_input.id"],
            name=op.f("fk_consult_notice_input_id_consult_input"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consult_notice")),
    )
    with op.batch_alter_table("consult_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consult_notice_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consult_notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_notice_user_id"))

    op.drop_table("consult_notice")
    with op.batch_alter_table("consult_answer_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_answer_log_input_id"))

    op.drop_table("consult_answer_log")
    op.drop_table("consult_answer")
    with op.batch_alter_table("consult_input", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_input_user_id"))
        batch_op.drop_index(batch_op.f("ix_consult_input_section_key"))
        batch_op.drop_index(batch_op.f("ix_consult_input_region_code"))
        batch_op.drop_index(batch_op.f("ix_consult_input_plan_id"))
        batch_op.drop_index(batch_op.f("ix_consult_input_group"))
        batch_op.drop_index(batch_op.f("ix_consult_input_event_id"))

    op.drop_table("consult_input")
    with op.batch_alter_table("consult_invite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_invite_event_id"))

    op.drop_table("consult_invite")
    with op.batch_alter_table("consult_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_attendance_event_id"))

    op.drop_table("consult_attendance")
    with op.batch_alter_table("consult_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consult_event_region_code"))
        batch_op.drop_index(batch_op.f("ix_consult_event_plan_id"))

    op.drop_table("consult_event")
