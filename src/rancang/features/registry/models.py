"""Register tables: enterprises and their per-period values, sentra IKM, industrial estates,
merge records, stored duplicate reviews and the audit log.

The register is a time series: stable identity lives on :class:`Enterprise`, everything that
changes from one reporting period to the next on :class:`EnterprisePeriod`.
Personal data (owner, phone, e-mail) and single-firm values are confidential
(UU 3/2014 arts. 69-70); :mod:`rancang.features.registry.schemas` keeps them out of public output.
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
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rancang.core.db.base import Base, utcnow

STATUSES = ("draft", "returned", "verified")
# List columns (kbli_others, export_destinations, cert_others) are NULL when empty, so that
# bulk imports do not serialise millions of empty JSON lists.


class Sentra(Base):
    """A sentra IKM: at least 5 IKM in one place making similar products (PP 29/2018)."""

    __tablename__ = "sentra"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    main_product: Mapped[str | None] = mapped_column(String(200))
    kbli: Mapped[str | None] = mapped_column(String(5))
    regency_code: Mapped[str | None] = mapped_column(String(5))
    district_code: Mapped[str | None] = mapped_column(String(8))
    village_code: Mapped[str | None] = mapped_column(String(13))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    decree_number: Mapped[str | None] = mapped_column(String(100))
    decree_date: Mapped[date | None] = mapped_column(Date)
    members: Mapped[list[Enterprise]] = relationship(back_populates="sentra")


class IndustrialEstate(Base):
    """An industrial estate (kawasan industri) and what its tenants need from local firms."""

    __tablename__ = "industrial_estate"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    operator: Mapped[str | None] = mapped_column(String(200))
    regency_code: Mapped[str | None] = mapped_column(String(5))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    area_ha: Mapped[float | None] = mapped_column(Float)
    tenants: Mapped[int | None] = mapped_column(Integer)
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)


class Enterprise(Base):
    """A firm or IKM unit: stable identity, location, classification, data status."""

    __tablename__ = "enterprise"
    __table_args__ = (
        Index("ix_enterprise_nib", "nib"),
        Index("ix_enterprise_match_key", "match_key"),
        Index("ix_enterprise_regency_code", "regency_code"),
        # register list at 100k records: sort keys with merged_into_id, so paging and
        # counting active records read the index only (migration 0003)
        Index("ix_enterprise_name_active", "name", "merged_into_id"),
        Index("ix_enterprise_kbli_active", "kbli", "merged_into_id"),
        Index("ix_enterprise_status_active", "status", "merged_into_id"),
        Index("ix_enterprise_sentra_active", "sentra_id", "merged_into_id"),
        Index("ix_enterprise_district_code", "district_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nib: Mapped[str | None] = mapped_column(String(13))
    name: Mapped[str] = mapped_column(String(300))
    legal_form: Mapped[str | None] = mapped_column(String(20))
    owner_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    province_code: Mapped[str | None] = mapped_column(String(2))
    regency_code: Mapped[str | None] = mapped_column(String(5))
    district_code: Mapped[str | None] = mapped_column(String(8))
    village_code: Mapped[str | None] = mapped_column(String(13))
    district_name: Mapped[str | None] = mapped_column(String(100))
    village_name: Mapped[str | None] = mapped_column(String(100))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    kbli: Mapped[str | None] = mapped_column(String(5))
    kbli_others: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    product: Mapped[str | None] = mapped_column(String(300))
    sentra_id: Mapped[int | None] = mapped_column(ForeignKey("sentra.id"))
    status: Mapped[str] = mapped_column(String(10), default="draft")
    source: Mapped[str | None] = mapped_column(String(300))
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    match_key: Mapped[str | None] = mapped_column(String(400))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # the published aggregates count a verified record published since its last change
    # (rancang.features.registry.publish)
    published_at: Mapped[datetime | None] = mapped_column(DateTime)

    sentra: Mapped[Sentra | None] = relationship(back_populates="members")
    periods: Mapped[list[EnterprisePeriod]] = relationship(
        back_populates="enterprise",
        cascade="all, delete-orphan",
        order_by="EnterprisePeriod.period",
    )


class EnterprisePeriod(Base):
    """What an enterprise reported for one period (a year ``2023`` or ``2023-S1``)."""

    __tablename__ = "enterprise_period"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "period"),
        # latest period's workers and investment (size class, sort) from the index alone
        Index("ix_enterprise_period_latest", "enterprise_id", "period", "workers", "investment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise.id", ondelete="CASCADE"), index=True
    )
    period: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer, index=True)
    workers_men: Mapped[int | None] = mapped_column(Integer)
    workers_women: Mapped[int | None] = mapped_column(Integer)
    workers: Mapped[int | None] = mapped_column(Integer)
    investment: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[float | None] = mapped_column(Float)
    capacity_unit: Mapped[str | None] = mapped_column(String(40))
    output_quantity: Mapped[float | None] = mapped_column(Float)
    output_unit: Mapped[str | None] = mapped_column(String(40))
    output_value: Mapped[float | None] = mapped_column(Float)
    domestic_share: Mapped[float | None] = mapped_column(Float)
    export_share: Mapped[float | None] = mapped_column(Float)
    export_destinations: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    cert_sni: Mapped[bool | None] = mapped_column(Boolean)
    cert_halal: Mapped[bool | None] = mapped_column(Boolean)
    cert_others: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))

    enterprise: Mapped[Enterprise] = relationship(back_populates="periods")
    raw_materials: Mapped[list[RawMaterial]] = relationship(
        back_populates="enterprise_period", cascade="all, delete-orphan"
    )


class RawMaterial(Base):
    """One raw material an enterprise used in a period, and whether it was imported."""

    __tablename__ = "raw_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_period_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_period.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    value: Mapped[float | None] = mapped_column(Float)
    imported: Mapped[bool | None] = mapped_column(Boolean)

    enterprise_period: Mapped[EnterprisePeriod] = relationship(back_populates="raw_materials")


class MergeRecord(Base):
    """A de-duplication decision: ``merged_ids`` were folded into ``survivor_id``."""

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    survivor_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"))
    merged_ids: Mapped[list[int]] = mapped_column(JSON)
    survivor_before: Mapped[dict[str, Any]] = mapped_column(JSON)
    moved_period_ids: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditLog(Base):
    """Every change to the register: who, when, which record, before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    batch: Mapped[str | None] = mapped_column(String(40), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class DedupReview(Base):
    """One run of duplicate detection over the records of a region, stored for review.

    ``scope`` is the region prefix the run covered ("" = the whole register); ``version``
    the register version (last audit entry id) the run saw. Page views read the stored
    clusters instead of running the matcher again.
    """

    __tablename__ = "dedup_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20), index=True)
    version: Mapped[int] = mapped_column(Integer)
    threshold: Mapped[float] = mapped_column(Float)
    computed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    computed_by: Mapped[str] = mapped_column(String(100))
    n_records: Mapped[int] = mapped_column(Integer)
    n_clusters: Mapped[int] = mapped_column(Integer)
    seconds: Mapped[float] = mapped_column(Float)


class DedupCluster(Base):
    """A proposed duplicate cluster of a :class:`DedupReview` and what became of it."""

    __tablename__ = "dedup_cluster"
    __table_args__ = (Index("ix_dedup_cluster_review_position", "review_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("dedup_review.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    ids: Mapped[list[int]] = mapped_column(JSON)
    survivor: Mapped[int] = mapped_column(Integer)
    records: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # None (open), "merged" or "kept" (not duplicates)
    resolution: Mapped[str | None] = mapped_column(String(10))
    merge_id: Mapped[int | None] = mapped_column(Integer)
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class RegionTransfer(Base):
    """A request to move a firm to another region, reviewed by the firm's region.

    An import never moves a firm between regencies (:mod:`rancang.features.registry.ownership`);
    the region that wants the firm asks here, both regions see the request, and an analyst
    of the firm's current region (not the requester) approves or rejects it.
    """

    __tablename__ = "region_transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    from_regency: Mapped[str] = mapped_column(String(5), index=True)
    to_regency: Mapped[str] = mapped_column(String(5), index=True)
    to_village_code: Mapped[str] = mapped_column(String(13))
    reason: Mapped[str | None] = mapped_column(Text)
    # pending, approved, rejected
    status: Mapped[str] = mapped_column(String(10), default="pending")
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeletedRecord(Base):
    """A deleted firm, kept whole (its row, periods and raw materials) until its retention
    period ends, so the delete can be undone (:mod:`rancang.features.registry.deletion`)."""

    __tablename__ = "deleted_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, index=True)
    regency_code: Mapped[str | None] = mapped_column(String(5), index=True)
    name: Mapped[str] = mapped_column(String(300))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    deleted_by: Mapped[str] = mapped_column(String(100))
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    purge_after: Mapped[datetime] = mapped_column(DateTime, index=True)
    restored_at: Mapped[datetime | None] = mapped_column(DateTime)
    restored_by: Mapped[str | None] = mapped_column(String(100))


class FieldEntry(Base):
    """A record sent from the field officer's phone form, by the id the phone gave it: a
    record re-sent after a lost answer is recognised and not stored twice
    (:mod:`rancang.features.registry.field`)."""

    __tablename__ = "field_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(String(64), unique=True)
    enterprise_id: Mapped[int | None] = mapped_column(Integer, index=True)
    username: Mapped[str] = mapped_column(String(100))
    photo: Mapped[str | None] = mapped_column(String(300))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
