"""Declarative base shared by every feature's models, with stable constraint names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import MetaData, Table
from sqlalchemy.orm import DeclarativeBase

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of all ORM models; its metadata is what the migrations describe."""

    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:
        # every model here is mapped to one table (no joined or custom selectables)
        __table__: ClassVar[Table]


def utcnow() -> datetime:
    """Current time in UTC (naive, as stored in every table)."""
    return datetime.now(UTC).replace(tzinfo=None)
