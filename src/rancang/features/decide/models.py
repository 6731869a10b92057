"""Tables of the decide feature: AHP surveys and their participants.

A survey belongs to a region (the analyst's), names its criteria (code, name, explanation)
and optionally the alternatives they will rank, and has a deadline. Each participant has an
unguessable personal token (the link they answer through, no account needed) and at most
one submission: the upper triangle of their pairwise-comparison matrix, row by row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow


class AhpSurvey(Base):
    """One AHP survey: criteria with explanations, alternatives, deadline, region."""

    __tablename__ = "ahp_survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(300))
    criteria: Mapped[list[Any]] = mapped_column(JSON)
    alternatives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    deadline: Mapped[datetime] = mapped_column(DateTime)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AhpParticipant(Base):
    """A participant of a survey, their personal token and their one submission."""

    __tablename__ = "ahp_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("ahp_survey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    token: Mapped[str] = mapped_column(String(64), unique=True)
    judgments: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    via: Mapped[str | None] = mapped_column(String(10), nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
