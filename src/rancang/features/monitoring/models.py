"""Tables of monitoring: indicators, their yearly targets, realisations and the audit log.

An indicator belongs to a plan: kind ``target`` for a target (sasaran) of the plan (its
``code`` is the target's key), kind ``output`` for a free indicator with a code of its
own (a programme's output indicator, identified by its Kemendagri nomenclature code such
as ``3.31.02.2.01.0002``). Realisations are stored per region and period (``2026``,
``2026-S1``, ``2026-Q3``); every change is a row of :class:`MonitorAudit`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow

KINDS = ("target", "output")
#: proposed (from data Rancang holds; counts only once confirmed), entered, verified
STATUSES = ("proposed", "entered", "verified")


class MonitorIndicator(Base):
    """An indicator monitored for a plan."""

    __tablename__ = "monitor_indicator"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the plan (``plan.id``; no foreign key, so that this feature's migrations stand
    #: apart from the plan's branch; plans are never deleted)
    plan_id: Mapped[int] = mapped_column(Integer, index=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    code: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10), default="target")
    #: the plan indicator (``industry_share``...) of a target; ``custom`` for output
    indicator: Mapped[str] = mapped_column(String(60), default="custom")
    label: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    direction: Mapped[str] = mapped_column(String(10), default="up")
    #: the plan target this indicator serves (its own key for a target indicator)
    target_key: Mapped[str | None] = mapped_column(String(60))
    #: programme group (e.g. the programme code of an output indicator)
    group_code: Mapped[str | None] = mapped_column(String(60))
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class MonitorYearTarget(Base):
    """The target of an indicator for one year of the plan period."""

    __tablename__ = "monitor_year_target"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("monitor_indicator.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    #: interpolated (from the plan's stage values) or edited (by a person)
    origin: Mapped[str] = mapped_column(String(20), default="interpolated")


class Realisation(Base):
    """The realised value of an indicator in a region and period, with its evidence."""

    __tablename__ = "monitor_realisation"
    __table_args__ = (UniqueConstraint("indicator_id", "region_code", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("monitor_indicator.id", ondelete="CASCADE"), index=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    period: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer, index=True)
    value: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(10), default="entered")
    #: where the value came from (a form, a file, a BPS dataset, the register)
    source: Mapped[str] = mapped_column(String(300), default="")
    #: firms behind a value from the register (public pages need at least 3)
    n_firms: Mapped[int | None] = mapped_column(Integer)
    evidence_link: Mapped[str | None] = mapped_column(String(500))
    evidence_file: Mapped[str | None] = mapped_column(String(300))
    evidence_name: Mapped[str | None] = mapped_column(String(300))
    obstacles: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    verified_by: Mapped[str | None] = mapped_column(String(100))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MonitorAudit(Base):
    """One change: who, when, what (entity and id), the values before and after."""

    __tablename__ = "monitor_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer, index=True)
    region_code: Mapped[str] = mapped_column(String(20), default="")
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)
