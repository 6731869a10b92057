"""What the register's API answers: one response model per route, so the OpenAPI document
describes every response. Single-firm records (with personal data) only ever go to actors
who may read them; the published aggregate has its small cells suppressed (null)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    """Fields the register may grow keep flowing through (documented ones are typed)."""

    model_config = ConfigDict(extra="allow")


class RecordItemOut(BaseModel):
    """A firm in a list page."""

    id: int
    nib: str | None
    name: str
    address: str | None
    regency_code: str | None
    district_name: str | None
    kbli: str | None
    product: str | None
    sentra_id: int | None
    status: str
    workers: int | None
    synthetic: bool = False


class RecordPageOut(BaseModel):
    """One page of the records the actor may read."""

    total: int
    page: int
    page_size: int
    pages: int
    items: list[RecordItemOut]


class EnterpriseOut(_Open):
    """A firm's record (confidential: its region's readers only)."""

    id: int
    nib: str | None
    name: str
    legal_form: str | None
    owner_name: str | None
    phone: str | None
    email: str | None
    address: str | None
    province_code: str | None
    regency_code: str | None
    district_code: str | None
    village_code: str | None
    district_name: str | None
    village_name: str | None
    latitude: float | None
    longitude: float | None
    kbli: str | None
    kbli_others: list[str] | None
    product: str | None
    sentra_id: int | None
    status: str
    source: str | None
    public: bool
    synthetic: bool
    merged_into_id: int | None
    created_at: datetime
    updated_at: datetime


class PeriodOut(_Open):
    """A firm's reporting period: workers, investment, capacity, output, markets."""

    id: int
    enterprise_id: int
    period: str
    year: int
    workers: int | None = None
    investment: float | None = None
    output_value: float | None = None


class AuditOut(_Open):
    """One audit entry: who changed what, when, before and after."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    batch: str | None = None
    before: Any = None
    after: Any = None


class RecordOut(BaseModel):
    """One firm with its periods and audit trail."""

    record: EnterpriseOut
    periods: list[PeriodOut]
    audit: list[AuditOut]


class ChangedOut(BaseModel):
    """The fields an edit changed (before and after), as the audit trail keeps them."""

    changed: dict[str, Any]


class PointOut(BaseModel):
    """A located firm for the map."""

    id: int
    name: str
    kbli: str | None
    lat: float
    lon: float
    synthetic: bool = False


class PointsOut(BaseModel):
    """Firm locations (at most ``limit``, lowest ids first) and how many there are."""

    points: list[PointOut]
    total: int
    limit: int
    capped: bool


class AggregateCellOut(_Open):
    """A published cell: firms and value per region x KBLI x year, null when suppressed."""

    region_code: str
    industry_code: str
    year: int
    measure: str
    synthetic: bool = Field(default=False, description="the records behind the table include "
                            "synthetic (demo) records")


class ReviewOut(BaseModel):
    """A stored duplicate search: what it covered, when, whether the register changed
    since (``fresh``)."""

    id: int
    scope: str
    version: int
    threshold: float
    computed_at: datetime | str
    computed_by: str
    n_records: int
    n_clusters: int
    seconds: float
    fresh: bool
    open_clusters: int


class ClusterOut(_Open):
    """A proposed group of duplicates with the proposed surviving record."""

    id: int
    review_id: int
    position: int
    ids: list[int]
    survivor: int
    records: list[dict[str, Any]]
    resolution: str | None


class DuplicatesOut(BaseModel):
    """The actor's stored review (null before the first search) and a page of its open
    clusters."""

    scope: str
    review: ReviewOut | None
    clusters: list[ClusterOut]
    page: int
    pages: int


class MergeOut(BaseModel):
    """The merge made (undo it with ``/merges/{merge_id}/undo``)."""

    merge_id: int


class KeptOut(BaseModel):
    """The cluster marked "not duplicates"."""

    kept: int


class UndoneOut(BaseModel):
    """The merge undone and its surviving record."""

    undone: int
    survivor: int




class ChangeOut(BaseModel):
    """One stored value an import changes: record, period (null: a field of the firm
    itself), field, the value before and after."""

    id: int
    name: str | None
    period: str | None
    field: str
    before: Any
    after: Any


class ResolvedOut(BaseModel):
    """A place name of the files resolved to a Kemendagri code: level (regency, district,
    village), the name as written, the code and official name, how (exact, spelling, or
    moved: the exact name found in another district or regency than the one on the row,
    ``place`` naming it) and on how many rows."""

    level: str
    written: str
    code: str
    name: str
    how: str
    rows: int
    place: str = ""


class KbliSuggestionOut(BaseModel):
    """A suggested KBLI 2020 class: code, title, score and the words that matched."""

    code: str
    title: str
    score: float
    matched: str


class KbliRowOut(BaseModel):
    """A row of the upload whose firm has no KBLI, and the classes suggested for it;
    ``key`` is its choice's key on the data page."""

    key: str
    file: str
    sheet: str | None
    row: int
    name: str | None
    product: str
    suggestions: list[KbliSuggestionOut]


class RegisterImportOut(BaseModel):
    """What a register import did, or with ``dry_run`` would do: rows, firms added,
    changed and unchanged, periods, the ``batch`` that undoes it and every change."""

    rows: int
    added: int
    changed: int
    unchanged: int
    periods_added: int
    periods_changed: int
    batch: str | None
    n_changes: int
    dry_run: bool
    changes: list[ChangeOut] = []
    resolved: list[ResolvedOut] = []
    #: firms left without KBLI (none in the files, none stored) and firms given a chosen one
    without_kbli: int = 0
    kbli_chosen: int = 0
    #: with ``dry_run``: the installed features' KBLI suggestions for the first firms
    #: without KBLI (empty when no feature suggests KBLI)
    kbli_suggestions: list[KbliRowOut] = []


class TransferOut(BaseModel):
    """A region transfer request; ``name`` and ``enterprise_id`` only for those who may
    read the firm where it is now."""

    id: int
    nib: str | None
    name: str | None
    enterprise_id: int | None
    from_regency: str
    to_regency: str
    to_village_code: str
    reason: str | None
    status: str
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    may_decide: bool


class TransferDecisionOut(BaseModel):
    """The request decided and its new status (approved or rejected)."""

    id: int
    status: str


class UndoImportOut(BaseModel):
    """An undone import: firms removed and restored, periods removed and restored."""

    batch: str
    removed: int
    restored: int
    periods_removed: int
    periods_restored: int


class PublishedOut(BaseModel):
    """How many records a publish step added to the aggregates."""

    published: int


class DeletedOut(BaseModel):
    """A deleted firm, restorable until ``purge_after``."""

    id: int
    record_id: int
    regency_code: str | None
    name: str
    reason: str | None
    deleted_by: str
    deleted_at: datetime
    purge_after: datetime


class RestoredOut(BaseModel):
    """A restored firm: the deleted entry, the firm's id and name."""

    id: int
    record_id: int
    name: str
