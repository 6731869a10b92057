"""Tables of the consultation feature: events, invitations, attendance, inputs, answers,
the answer audit and in-app notifications.

An input is anchored to a frozen version of a plan and a section of that version (the
plan's anchor ``plan/<uid>/<label>#<key>``), optionally a quoted passage or a table cell;
versions are immutable snapshots, so the text an input speaks about never changes under
it. Every row carries the region of its plan (``region_code``): queries narrow on it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow


class ConsultEvent(Base):
    """A consultation event (FGD, public consultation, Rakor, written round) on one
    frozen version of a plan."""

    __tablename__ = "consult_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the plan (no foreign key across feature branches: each branch migrates on its own)
    plan_id: Mapped[int] = mapped_column(Integer, index=True)
    version_label: Mapped[str] = mapped_column(String(40))
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="fgd")
    number: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    organiser: Mapped[str] = mapped_column(String(300), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    speakers: Mapped[list[str]] = mapped_column(JSON, default=list)
    points: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    #: who signs the minutes: name, position (jabatan) and optional NIP (civil servant
    #: number); empty: the signature block names the organiser (an office)
    signatory_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_position: Mapped[str] = mapped_column(String(200), default="",
                                                    server_default="")
    signatory_nip: Mapped[str] = mapped_column(String(30), default="", server_default="")
    #: the code participants type (or scan) on the phone check-in page
    checkin_code: Mapped[str] = mapped_column(String(20), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ConsultInvite(Base):
    """An organisation invited to an event, by stakeholder group, with its personal link
    (``token``) to send inputs without an account."""

    __tablename__ = "consult_invite"
    __table_args__ = (UniqueConstraint("event_id", "organisation"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("consult_event.id", ondelete="CASCADE"),
                                          index=True)
    organisation: Mapped[str] = mapped_column(String(300))
    group: Mapped[str] = mapped_column(String(30))
    token: Mapped[str] = mapped_column(String(64), unique=True)


class ConsultAttendance(Base):
    """One person present at an event (from an uploaded list or the phone check-in)."""

    __tablename__ = "consult_attendance"
    __table_args__ = (UniqueConstraint("event_id", "name_key", "organisation_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("consult_event.id", ondelete="CASCADE"),
                                          index=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    group: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    #: lower-case, single-spaced name and organisation: one row per person and event
    name_key: Mapped[str] = mapped_column(String(200))
    organisation_key: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(20), default="list")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConsultInput(Base):
    """An input (masukan) on a section of a frozen plan version."""

    __tablename__ = "consult_input"
    __table_args__ = (UniqueConstraint("plan_id", "fingerprint"),
                      Index("ix_consult_input_plan_id_id", "plan_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the plan (no foreign key across feature branches: each branch migrates on its own)
    plan_id: Mapped[int] = mapped_column(Integer, index=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    version_label: Mapped[str] = mapped_column(String(40))
    section_key: Mapped[str] = mapped_column(String(100), index=True)
    quote: Mapped[str] = mapped_column(Text, default="")
    #: a table cell the input is about: ``table id | row | column``
    cell: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    group: Mapped[str] = mapped_column(String(30), default="masyarakat", index=True)
    #: the author agreed to publication of their name (UU PDP 27/2022)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str] = mapped_column(String(20), default="online")
    forum: Mapped[str] = mapped_column(String(300), default="")
    received_on: Mapped[date] = mapped_column(Date)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("consult_event.id", ondelete="SET NULL"), index=True)
    invite_id: Mapped[int | None] = mapped_column(
        ForeignKey("consult_invite.id", ondelete="SET NULL"))
    #: the account that sent it (a stakeholder online), else None
    user_id: Mapped[int | None] = mapped_column(Integer, index=True)
    assignee: Mapped[str] = mapped_column(String(100), default="")
    #: where the author wants to hear of the answer (optional; e-mail when configured)
    email: Mapped[str] = mapped_column(String(200), default="",
                                           server_default="")
    #: the language the author wrote in (``id`` or ``en``): the e-mail's language
    lang: Mapped[str] = mapped_column(String(5), default="id",
                                          server_default="id")
    #: a scanned letter or an e-mail kept with the input: the stored file's name under
    #: ``<data folder>/consult/attachments``, the name shown and its type (pdf, jpg, png)
    attachment_file: Mapped[str] = mapped_column(String(120), default="",
                                                     server_default="")
    attachment_name: Mapped[str] = mapped_column(String(200), default="",
                                                     server_default="")
    attachment_type: Mapped[str] = mapped_column(String(10), default="",
                                                     server_default="")
    #: what makes two inputs the same one (re-imports never duplicate)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class ConsultAnswer(Base):
    """The answer (tanggapan) to an input: disposition, reason and where it changed."""

    __tablename__ = "consult_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    input_id: Mapped[int] = mapped_column(
        ForeignKey("consult_input.id", ondelete="CASCADE"), unique=True)
    response: Mapped[str] = mapped_column(Text)
    disposition: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: the later version and section that carried the change out
    change_version: Mapped[str] = mapped_column(String(40), default="")
    change_section: Mapped[str] = mapped_column(String(100), default="")
    answered_by: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ConsultAnswerLog(Base):
    """Who answered what and when: every answer saved, kept (the audit)."""

    __tablename__ = "consult_answer_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    input_id: Mapped[int] = mapped_column(
        ForeignKey("consult_input.id", ondelete="CASCADE"), index=True)
    answer: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    answered_by: Mapped[str] = mapped_column(String(100))
    answered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: cli, page, api, file, bulk
    via: Mapped[str] = mapped_column(String(20), default="")


class ConsultNotice(Base):
    """An in-app notification for an account: one of its inputs was answered."""

    __tablename__ = "consult_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, index=True)
    input_id: Mapped[int] = mapped_column(
        ForeignKey("consult_input.id", ondelete="CASCADE"))
    disposition: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime)


class ConsultCodeFailure(Base):
    """A wrong check-in code or personal link asked for from a client address (the
    public forms' rate limit counts them per address and minute)."""

    __tablename__ = "consult_code_failure"

    id: Mapped[int] = mapped_column(primary_key=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
