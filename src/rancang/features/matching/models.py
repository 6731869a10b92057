"""Stored needs, offers, meeting requests and Temu Usaha events of the matching feature.

A *need* is posted by a buyer (an estate tenant, a retailer, an exporter, a government
buyer); an *offer* is a firm registering itself as a supplier. The register's firms are
suppliers too, without an offer; a meeting request names its supplier as ``firm`` (the
register's :class:`~rancang.features.registry.models.Enterprise`) or ``offer``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow

FREQUENCIES = ("once", "weekly", "monthly", "quarterly", "yearly")
REQUEST_STATUSES = ("shortlisted", "requested", "accepted", "declined")
#: who asked for the meeting: the buyer (the supplier answers) or the supplier (the buyer
#: answers)
DIRECTIONS = ("buyer", "supplier")
#: a need or an offer is open, or closed: filled (the buyer found a supplier, the firm
#: sold its capacity) or withdrawn
STATUSES = ("open", "filled", "withdrawn")


class MatchNeed(Base):
    """What a buyer wants to buy, where and by when."""

    __tablename__ = "match_need"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    buyer: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    kbli: Mapped[str] = mapped_column(String(5))
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    frequency: Mapped[str] = mapped_column(String(10), default="once")
    standards: Mapped[list[str]] = mapped_column(JSON, default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    radius_km: Mapped[float | None] = mapped_column(Float)
    deadline: Mapped[date | None] = mapped_column(Date)
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    #: ``filled`` or ``withdrawn`` once closed (None while open)
    closed_reason: Mapped[str | None] = mapped_column(String(10))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class MatchOffer(Base):
    """A firm that registered itself as a supplier: what it makes, how much, where."""

    __tablename__ = "match_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(300))
    products: Mapped[str] = mapped_column(Text)
    kbli: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    certificates: Mapped[list[str]] = mapped_column(JSON, default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    #: a closed offer leaves the matches (its requests stay)
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    closed_reason: Mapped[str | None] = mapped_column(String(10))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class MatchEvent(Base):
    """A Temu Usaha day: its slots (the first ``morning_slots`` in the morning) and tables."""

    __tablename__ = "match_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    slots: Mapped[int] = mapped_column(Integer)
    morning_slots: Mapped[int] = mapped_column(Integer)
    tables: Mapped[int] = mapped_column(Integer)
    start: Mapped[str] = mapped_column(String(5), default="09:00")
    minutes: Mapped[int] = mapped_column(Integer, default=20)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MatchRequest(Base):
    """A buyer's shortlisted supplier for a need, or a meeting request and its answer.

    ``direction`` says who asked: ``buyer`` (the supplier answers) or ``supplier`` (a
    supplier asked to meet the buyer of a need it can serve; the buyer answers). One row
    per need and supplier, whichever side asked.
    """

    __tablename__ = "match_request"
    __table_args__ = (UniqueConstraint("need_id", "supplier_kind", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(ForeignKey("match_need.id", ondelete="CASCADE"),
                                         index=True)
    supplier_kind: Mapped[str] = mapped_column(String(5))
    supplier_id: Mapped[int] = mapped_column(Integer)
    supplier_region: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(12), default="shortlisted")
    direction: Mapped[str] = mapped_column(String(8), default="buyer",
                                           server_default="buyer")
    priority: Mapped[int] = mapped_column(Integer, default=1)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("match_event.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    answered_by: Mapped[str | None] = mapped_column(String(100))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)


class MatchAudit(Base):
    """Every change to a need or an offer: who, when, the values before and after.

    The id of the last entry is also the market's stamp: the supplier index of another
    process reads the entries after the one it saw and applies them
    (:mod:`rancang.features.matching.market_index`).
    """

    __tablename__ = "match_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    #: create, update, close, reopen, delete
    action: Mapped[str] = mapped_column(String(10))
    #: need or offer
    entity: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    region_code: Mapped[str] = mapped_column(String(20), default="", index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


#: a stored meeting's outcome (None until recorded)
OUTCOMES = ("held", "no_show", "cancelled")
AGREEMENTS = ("none", "mou", "contract")


class MatchMeeting(Base):
    """A scheduled meeting of a stored event, and its outcome once recorded.

    ``from_id`` and ``to_id`` are the scheduler's participants (``B-<buyer account>``,
    ``F-<register firm>``, ``O-<offer>``); ``kbli`` and ``region`` are the supplier's,
    copied when the meeting is scheduled (the report groups by them). ``previous_slot`` is
    the slot a confirmed meeting had before a re-schedule moved it (None: unchanged or new).
    """

    __tablename__ = "match_meeting"
    __table_args__ = (UniqueConstraint("event_id", "from_id", "to_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("match_event.id", ondelete="CASCADE"),
                                          index=True)
    slot: Mapped[int] = mapped_column(Integer)
    table_no: Mapped[int] = mapped_column(Integer)
    from_id: Mapped[str] = mapped_column(String(120))
    to_id: Mapped[str] = mapped_column(String(120))
    from_name: Mapped[str] = mapped_column(String(300), default="")
    to_name: Mapped[str] = mapped_column(String(300), default="")
    priority: Mapped[int] = mapped_column(Integer, default=1)
    kbli: Mapped[str] = mapped_column(String(5), default="")
    region: Mapped[str] = mapped_column(String(20), default="")
    previous_slot: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(10))
    follow_up: Mapped[str | None] = mapped_column(Text)
    agreement: Mapped[str | None] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime)
    scheduled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
