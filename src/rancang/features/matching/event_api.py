"""``/api/v1/match``: stored Temu Usaha events (list, get, create, change, delete), their
stored meetings and outcomes, the outcome report, and the needs a register firm can serve
(the same service as the pages, :mod:`rancang.features.matching.meetings`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, UploadFile
from pydantic import BaseModel, Field

from rancang.core.actors import Actor
from rancang.features.matching import market as mk
from rancang.features.matching import meetings as mt
from rancang.features.matching.market_api import Created, ServedOut
from rancang.web.deps import EngineDep, PathId, Permit
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/match", tags=["matching"], responses=ERROR_RESPONSES)
Manage = Annotated[Actor, Depends(Permit("matching.manage"))]


class EventIn(BaseModel):
    """A Temu Usaha day: ``slots`` meetings of ``minutes`` from ``start``, the first
    ``morning_slots`` in the morning, at ``tables`` tables."""

    region: str = Field(max_length=13, examples=["72.06"])
    name: str = Field(max_length=200)
    held_on: date
    slots: int = 12
    morning_slots: int = 6
    tables: int = 10
    start: str = Field(default="09:00", max_length=5)
    minutes: int = 20


class EventPatch(BaseModel):
    """The fields of an event to change (the others stay)."""

    region: str | None = Field(default=None, max_length=13)
    name: str | None = Field(default=None, max_length=200)
    held_on: date | None = None
    slots: int | None = None
    morning_slots: int | None = None
    tables: int | None = None
    start: str | None = Field(default=None, max_length=5)
    minutes: int | None = None


class EventOut(BaseModel):
    """A stored event and the number of its stored meetings."""

    id: int
    region_code: str
    name: str
    held_on: date
    slots: int
    morning_slots: int
    tables: int
    start: str
    minutes: int
    created_by: str
    meetings: int = 0


class MeetingOut(BaseModel):
    """A stored meeting: slot, table, participants (``B-<buyer>``, ``F-<firm>``,
    ``O-<offer>``), the supplier's KBLI and region, the slot it had before a re-schedule
    moved it, and its outcome (null until recorded)."""

    id: int
    event_id: int
    slot: int
    table_no: int
    from_id: str
    to_id: str
    from_name: str
    to_name: str
    priority: int
    kbli: str
    region: str
    previous_slot: int | None
    outcome: str | None
    follow_up: str | None
    agreement: str | None
    value: float | None
    recorded_by: str | None


class OutcomeBody(BaseModel):
    """A meeting's outcome: ``status`` held / no_show / cancelled (blank clears it),
    ``agreement`` none / mou / contract, ``value`` in rupiah."""

    status: str = Field(max_length=20, examples=["held"])
    follow_up: str = Field(default="", max_length=2000)
    agreement: str = Field(default="none", max_length=20, examples=["contract"])
    value: float | None = None


class Recorded(BaseModel):
    """How many meetings an import recorded."""

    recorded: int


class ReportRow(BaseModel):
    """One row of the report: its key (one of event, section, division, region, quarter,
    total) and the figures (held share in %, contract value in rupiah, the change against
    the previous quarter in %)."""

    event: str | None = None
    section: str | None = None
    division: str | None = None
    region: str | None = None
    quarter: str | None = None
    total: str | None = None
    meetings: int
    held: int
    no_show: int
    cancelled: int
    held_share: float | None
    mou: int
    contracts: int
    contract_value: float
    change_pct: float | None = None


class ReportOut(BaseModel):
    """The outcome report's tables (empty when no outcome is recorded)."""

    events: list[ReportRow] = Field(default_factory=list)
    sections: list[ReportRow] = Field(default_factory=list)
    divisions: list[ReportRow] = Field(default_factory=list)
    regions: list[ReportRow] = Field(default_factory=list)
    quarters: list[ReportRow] = Field(default_factory=list)
    total: list[ReportRow] = Field(default_factory=list)


def _event_out(engine: Any, actor: Actor, ident: int) -> EventOut:
    ev = mk.get_event(engine, actor, ident)
    return EventOut(**ev, meetings=len(mt.meetings(engine, actor, ident)))


@router.get("/events")
def events_list(engine: EngineDep, user: Manage) -> list[EventOut]:
    """The events of the regions the caller manages, newest first."""
    return [EventOut(**e) for e in mk.list_events(engine)
            if user.can("matching.manage", e["region_code"])]


@router.post("/events", status_code=201)
def events_create(body: EventIn, engine: EngineDep, user: Manage) -> Created:
    """Create an event of a region the caller manages."""
    return Created(id=mk.create_event(engine, user, **body.model_dump()))


@router.get("/events/{event_id}")
def events_get(engine: EngineDep, user: Manage, event_id: PathId) -> EventOut:
    """One event."""
    return _event_out(engine, user, event_id)


@router.patch("/events/{event_id}")
def events_patch(body: EventPatch, engine: EngineDep, user: Manage,
                 event_id: PathId) -> EventOut:
    """Change an event (the fields given); its stored meetings stay until re-scheduled."""
    values = body.model_dump(exclude_none=True)
    if "region" in values:
        values["region_code"] = values.pop("region")
    mt.update_event(engine, user, event_id, **values)
    return _event_out(engine, user, event_id)


@router.delete("/events/{event_id}", status_code=204)
def events_delete(engine: EngineDep, user: Manage, event_id: PathId) -> Response:
    """Delete an event and its meetings (its requests stay with their needs); refused
    (422) once an outcome is recorded."""
    mt.delete_event(engine, user, event_id)
    return Response(status_code=204)


@router.get("/events/{event_id}/meetings")
def event_meetings(engine: EngineDep, user: Manage, event_id: PathId) -> list[MeetingOut]:
    """The stored schedule of an event, by slot and table."""
    return [MeetingOut(**m) for m in mt.meetings(engine, user, event_id)]


@router.put("/meetings/{meeting_id}/outcome")
def meeting_outcome(body: OutcomeBody, engine: EngineDep, user: Manage,
                    meeting_id: PathId) -> MeetingOut:
    """Record a meeting's outcome (a blank status clears it)."""
    return MeetingOut(**mt.record_outcome(engine, user, meeting_id,
                                          mt.OutcomeIn(**body.model_dump())))


@router.post("/events/{event_id}/outcomes")
async def event_outcomes(engine: EngineDep, user: Manage, event_id: PathId,
                         files: list[UploadFile]) -> Recorded:
    """Import outcome files (CSV or XLSX: ``from_id``, ``to_id``, ``status``...) against
    the stored meetings: all or nothing."""
    contents = [(f.filename or "hasil.csv", await f.read()) for f in files]
    return Recorded(recorded=mt.import_outcomes(engine, user, event_id, contents))


@router.get("/events/{event_id}/report")
def event_report(engine: EngineDep, user: Manage, event_id: PathId) -> ReportOut:
    """The outcome report of one event."""
    return ReportOut.model_validate(mt.event_report(engine, user, event_id))


@router.get("/report")
def report_all(engine: EngineDep, user: Manage) -> ReportOut:
    """The outcome report of every event the caller manages, with the quarterly
    comparison."""
    return ReportOut.model_validate(mt.event_report(engine, user))


@router.get("/firms/{firm_id}/needs")
def firm_needs(engine: EngineDep, user: Manage, firm_id: PathId) -> list[ServedOut]:
    """The open needs a register firm of a region the caller manages can serve, best
    first."""
    return [ServedOut(**r) for r in mt.firm_needs(engine, user, firm_id)["needs"]]
