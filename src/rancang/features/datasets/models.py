"""Tables of stored panels and of the import history."""

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
    LargeBinary,
    String,
    Text,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from rancang.core.db.base import Base, utcnow


class Dataset(Base):
    """One stored panel: what it measures, where it came from, when and by whom."""

    __tablename__ = "dataset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(40), default="")
    classification: Mapped[str] = mapped_column(String(20), default="pdrb17")
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    n_regions: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(100))
    # visible to everyone only once an administrator publishes it; until then to the
    # uploader, analysts of ``region_code`` and administrators
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # the administrator's choice of the dataset pages open with (at most one)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    region_code: Mapped[str | None] = mapped_column(String(20))
    # a deleted dataset is hidden at once and kept until purged (restorable until then)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    deleted_by: Mapped[str | None] = mapped_column(String(100))


class DatasetRegion(Base):
    """A region row of a dataset; references (province, nation) have ``is_reference``."""

    __tablename__ = "dataset_region"
    __table_args__ = (Index("ix_dataset_region_dataset_id_code", "dataset_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    parent_code: Mapped[str | None] = mapped_column(String(20))
    kemendagri_code: Mapped[str | None] = mapped_column(String(20))
    is_reference: Mapped[bool] = mapped_column(Boolean, default=False)


class DatasetIndustry(Base):
    """An industry of a dataset, in panel order."""

    __tablename__ = "dataset_industry"

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(300))


class DatasetValue(Base):
    """One cell: region (position) x industry (position) x year, for regions and references."""

    __tablename__ = "dataset_value"
    __table_args__ = (Index("ix_dataset_value_dataset_id", "dataset_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("dataset_region.id", ondelete="CASCADE"))
    industry: Mapped[int] = mapped_column(Integer)
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)


class ImportRecord(Base):
    """Import history: every upload through the web or the API, accepted or refused."""

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    files: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int | None] = mapped_column(Integer)
    region_code: Mapped[str | None] = mapped_column(String(20))
    dataset_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)


class UploadStage(Base):
    """Uploaded files waiting for the uploader's confirmation (BPS rows flagged or repaired
    are shown before anything is saved). Kept a day at most."""

    __tablename__ = "upload_stage"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200), default="")
    files: Mapped[list[str]] = mapped_column(JSON, default=list)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
