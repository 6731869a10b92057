"""Tables of the plan feature: plans, their sections, targets and frozen versions.

Stable anchors for the features built on a plan (consultation comments, programmes): a
plan has an integer ``id`` and a ``uid`` that never changes; a section is addressed by its
outline ``key`` inside a plan (``kondisi.perekonomian``), which survives reordering and
renaming; a version by its ``label`` inside a plan (``v0.1``). The anchor
``plan/<uid>/<label>#<key>`` names one section of one frozen version.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
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


class Plan(Base):
    """One RPIK (regency/city) or RPIP (province): period, status, outline and sources."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    region_name: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300), default="")
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    perda_number: Mapped[str | None] = mapped_column(String(100))
    perda_date: Mapped[date | None] = mapped_column(Date)
    #: the outline this plan follows (a copy of a template the region may change)
    outline: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: what the draft was built from: datasets with their stamps, files, IO table, weights
    sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PlanSection(Base):
    """A section of a plan: generated blocks (refreshed from data) and authored text
    (Markdown, kept when the data is regenerated)."""

    __tablename__ = "plan_section"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    #: generated, edited, to_review or empty
    state: Mapped[str] = mapped_column(String(20), default="empty")
    generated: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    authored: Mapped[str | None] = mapped_column(Text)
    #: changes the last regeneration made ("LQ C 2,79 -> 2,81"), newest last
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class PlanTarget(Base):
    """A target (sasaran) of a plan: indicator, unit, baseline, a value per stage and,
    when needed, values for single years."""

    __tablename__ = "plan_target"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: a RIPIN indicator (``industry_share``...) or ``custom``
    indicator: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(60))
    direction: Mapped[str] = mapped_column(String(10), default="up")
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_source: Mapped[str] = mapped_column(String(300), default="")
    #: stage number (1-4, as text) -> value at the end of that stage
    stages: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    #: stage number -> annual growth (%) the stage's value requires (from ``targets``)
    required: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    origin: Mapped[str] = mapped_column(String(20), default="authored")
    #: year (as text) -> value in that year, besides the stage values (when needed)
    yearly: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)


class PlanVersion(Base):
    """A frozen version (v0.1, v0.2 ... final): an immutable snapshot of the whole plan."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(500), default="")
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class PlanAction(Base):
    """One action of the plan's action plan (rencana aksi), with the programme and the
    strategy it belongs to: programme group (leading industries, zoning, resources,
    facilities and infrastructure, empowerment), the stages in which it runs, the agency
    responsible and those related, and the targets it serves (keys of ``plan_target``).

    Stable anchors for the features built on the plan (``programmes`` maps government
    programmes to strategies): ``strategy_key``, ``programme_key`` and ``key`` inside a plan.
    """

    __tablename__ = "plan_action"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: leading, zoning, resources, infrastructure or empowerment
    group: Mapped[str] = mapped_column(String(30))
    strategy_key: Mapped[str] = mapped_column(String(60))
    strategy: Mapped[str] = mapped_column(String(500), default="")
    programme_key: Mapped[str] = mapped_column(String(60))
    programme: Mapped[str] = mapped_column(String(500), default="")
    action: Mapped[str] = mapped_column(String(1000))
    #: the stages (1-4) in which the action runs
    stages: Mapped[list[int]] = mapped_column(JSON, default=list)
    lead_agency: Mapped[str] = mapped_column(String(300), default="")
    related_agencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: keys of the plan's targets the action serves
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(String(1000), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
