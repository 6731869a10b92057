"""Tables of the programmes feature: programmes as governments keep them, and their
mappings to a plan's strategies and targets.

A programme's natural key is ``(code, region_code, year, agency)``: the same
sub-activity run by two agencies in one place and year is two programmes (and a
duplicate the synchronisation report shows). A mapping points to a plan anchor: a target
(``kind = "target"``, the target's ``key``) or a strategy (``kind = "strategy"``, an
outline section key of the plan, see :mod:`rancang.features.programmes.anchors`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import false

from rancang.core.db.base import Base, utcnow


class Programme(Base):
    """A programme, activity or sub-activity of one agency, place and year."""

    __tablename__ = "programme"
    __table_args__ = (UniqueConstraint("code", "region_code", "year", "agency"),
                      Index("ix_programme_region_year", "region_code", "year"))

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Kemendagri nomenclature code (``3.31.02.2.01.0002``) or a ministry's budget code
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(500))
    #: pusat, provinsi or kabupaten
    level: Mapped[str] = mapped_column(String(12))
    agency: Mapped[str] = mapped_column(String(200))
    #: Kemendagri code of the place (``72``, ``72.06``)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    #: budget ceiling (pagu), Rupiah
    budget: Mapped[float | None] = mapped_column(Float)
    indicator: Mapped[str] = mapped_column(String(500), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    target: Mapped[float | None] = mapped_column(Float)
    source_file: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class ProgrammeMapping(Base):
    """A programme serving a plan's target or strategy, with the expected contribution;
    ``confirmed`` once a person has checked it (who and when), ``rejected`` when a person
    said no."""

    __tablename__ = "programme_mapping"
    __table_args__ = (UniqueConstraint("programme_id", "plan_id", "kind", "anchor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    #: target or strategy
    kind: Mapped[str] = mapped_column(String(12))
    #: the target's key or the strategy's outline section key
    anchor: Mapped[str] = mapped_column(String(100))
    contribution: Mapped[str] = mapped_column(Text, default="")
    #: the similarity score of the suggestion it came from (None: entered by hand)
    score: Mapped[float | None] = mapped_column(Float)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str] = mapped_column(String(100), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: a person said no: not counted, not suggested again (``confirmed_by`` and
    #: ``confirmed_at`` say who decided and when)
    rejected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ProgrammeAudit(Base):
    """One change to a programme made by a person (the edit form, the API): who, when,
    the fields before and after, and the mappings the change took away."""

    __tablename__ = "programme_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    #: update
    action: Mapped[str] = mapped_column(String(10))
    #: the programme (no foreign key: the log outlives what it describes)
    programme_id: Mapped[int] = mapped_column(Integer, index=True)
    #: the programme's region after the change (readers of that region see the entry)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
