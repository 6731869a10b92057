"""``/api/v1/consult``: inputs, answers, events and the capture page's batch endpoint
(the same service as the CLI and the pages)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from rancang.features.consult import answers as ans
from rancang.features.consult import capture, events, views
from rancang.features.consult.inputs import Filters, InputInfo, list_inputs
from rancang.features.consult.notify import Mailer
from rancang.features.consult.routes import ReadConsult, SubmitInputs, WriteConsult
from rancang.features.consult.similar import similar_inputs
from rancang.features.consult.vocab import parse_disposition
from rancang.web.deps import EngineDep, Limit, PathId, QueryId
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/consult", tags=["consult"], responses=ERROR_RESPONSES)


class InputOut(BaseModel):
    """An input as the caller may see it: the author's name only with consent (or for
    the plan's team), its answer when there is one."""

    id: int
    plan_id: int
    version: str
    section: str
    quote: str
    cell: str
    text: str
    author_name: str
    organisation: str
    group: str
    channel: str
    received_on: date
    event_id: int | None
    answered: bool
    response: str | None
    disposition: str | None
    reason: str | None
    change: str | None
    #: the type of the attached scan (pdf, jpg, png) for the team, else None
    attachment: str | None

    @classmethod
    def of(cls, i: InputInfo, team: bool) -> InputOut:
        name, org = i.shown_author(team)
        return cls(id=i.id, plan_id=i.plan_id, version=i.version_label,
                   section=i.section_key, quote=i.quote, cell=i.cell, text=i.text,
                   author_name=name,
                   organisation=org, group=i.group, channel=i.channel,
                   received_on=i.received_on, event_id=i.event_id, answered=i.answered,
                   response=i.response, disposition=i.disposition, reason=i.reason,
                   change=f"{i.change_version}#{i.change_section}" if i.change_version
                   else None,
                   attachment=(i.attachment_type or None) if team else None)


class CaptureItem(BaseModel):
    """One input captured at an FGD (the capture form's fields)."""

    nama: str = Field("", max_length=200)
    instansi: str = Field("", max_length=300)
    kelompok: str = Field("", max_length=60)
    bagian: str = Field(max_length=100)
    kutipan: str = Field("", max_length=10_000)
    masukan: str = Field(max_length=10_000)
    boleh_dipublikasikan: str = Field("", max_length=20)
    sel_tabel: str = Field("", max_length=300)
    email: str = Field("", max_length=200)


class CaptureBatch(BaseModel):
    """The capture page's queue, sent when the network is back."""

    items: list[CaptureItem] = Field(max_length=500)


class CaptureResult(BaseModel):
    """New input ids, and how many of the batch were already stored."""

    ids: list[int]
    already: int


class AnswerIn(BaseModel):
    """An answer; ``also``: more input ids that get the same answer."""

    response: str = Field(max_length=10_000)
    status: str = Field(max_length=60)
    reason: str = Field("", max_length=10_000)
    change: str = Field("", max_length=200)
    also: list[int] = Field(default_factory=list, max_length=500)


class Answered(BaseModel):
    """How many inputs were answered; e-mail notices sent and failed (when mail is
    configured and authors left an address)."""

    answered: int
    mail_sent: int = 0
    mail_failed: int = 0


class GroupOut(BaseModel):
    """Invited vs present of one stakeholder group."""

    group: str
    invited: int
    present_orgs: int
    persons: int


class EventOut(BaseModel):
    """An event with its attendance by group."""

    id: int
    plan_id: int
    version: str
    kind: str
    number: str
    title: str
    held_on: date
    place: str
    online: bool
    checkin_code: str
    #: who signs the minutes (empty: the organiser's office line signs)
    signatory_name: str
    signatory_position: str
    signatory_nip: str
    groups: list[GroupOut]
    n_inputs: int


class SignatoryIn(BaseModel):
    """Who signs an event's minutes: name and position together, the NIP (18 digits)
    optional; all three empty removes the signatory."""

    name: str = Field("", max_length=200)
    position: str = Field("", max_length=200)
    nip: str = Field("", max_length=30)


class SimilarOut(BaseModel):
    """A similar input and its cosine similarity (0-1)."""

    id: int
    section: str
    text: str
    score: float


@router.get("/plans/{plan_id}/inputs")
def inputs_api(plan_id: PathId, engine: EngineDep, user: SubmitInputs,
               status: str | None = None, section: str | None = None,
               group: str | None = None, event: QueryId = None,
               assignee: Annotated[str | None, Query(max_length=100)] = None,
               limit: Limit = 100,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> list[InputOut]:
    """The inputs on the plan the caller may see, filtered; ``limit`` at a time (100
    unless asked; at most 10,000) from ``offset`` (oldest first). ``assignee`` (the
    team member an input is assigned to) filters for the plan's team only."""
    from rancang.features.plan.service import get_plan

    plan = get_plan(engine, user, plan_id)
    team = user.can("consult.read", plan.region_code)
    items = list_inputs(engine, user, plan_id, Filters(
        status=status, section=section, group=group, event_id=event,
        assignee=(assignee or None) if team else None),
                        limit=limit, offset=offset, plan=plan)
    return [InputOut.of(i, team) for i in items]


@router.post("/events/{event_id}/inputs")
def capture_api(event_id: PathId, body: CaptureBatch, engine: EngineDep,
                user: WriteConsult) -> CaptureResult:
    """Store inputs captured at the event, all or nothing (an input sent twice is
    stored once: the offline page may resend its queue)."""
    ids, already = capture.capture_batch(engine, user, event_id,
                                         [i.model_dump() for i in body.items])
    return CaptureResult(ids=ids, already=already)


@router.post("/inputs/{input_id}/answer")
def answer_api(request: Request, input_id: PathId, body: AnswerIn, engine: EngineDep,
               user: WriteConsult) -> Answered:
    """Answer the input (and the ``also`` inputs with the same answer)."""
    version, section = ans.parse_change(body.change)
    mailer = Mailer(request.app.state.settings)
    n = ans.answer(engine, user, [input_id, *body.also], ans.Answer(
        body.response, parse_disposition(body.status) or body.status, body.reason,
        version, section), via="api", on_saved=mailer)
    return Answered(answered=n, mail_sent=mailer.sent, mail_failed=mailer.failed)


@router.get("/inputs/{input_id}/similar")
def similar_api(input_id: PathId, engine: EngineDep, user: ReadConsult) -> list[SimilarOut]:
    """Inputs on the same plan most like this one (TF-IDF cosine)."""
    return [SimilarOut(id=i.id, section=i.section_key, text=i.text, score=round(s, 4))
            for i, s in similar_inputs(engine, user, input_id)]


@router.get("/events/{event_id}")
def event_api(event_id: PathId, engine: EngineDep, user: ReadConsult) -> EventOut:
    """An event with its attendance by group and its number of inputs."""
    d = views.event_page(engine, user, event_id)
    e: events.EventInfo = d["event"]
    return EventOut(id=e.id, plan_id=e.plan_id, version=e.version_label, kind=e.kind,
                    number=e.number, title=e.title, held_on=e.held_on, place=e.place,
                    online=e.online, checkin_code=e.checkin_code,
                    signatory_name=e.signatory_name,
                    signatory_position=e.signatory_position,
                    signatory_nip=e.signatory_nip,
                    groups=[GroupOut(group=g.group, invited=g.invited,
                                     present_orgs=g.present_orgs, persons=g.persons)
                            for g in d["by_group"]], n_inputs=len(d["items"]))


@router.put("/events/{event_id}/signatory")
def signatory_api(event_id: PathId, body: SignatoryIn, engine: EngineDep,
                  user: WriteConsult) -> EventOut:
    """Set who signs the event's minutes (name, position, optional NIP; all empty:
    the organiser's office line signs again). Returns the event."""
    events.set_minutes(engine, user, event_id,
                       signatory=(body.name, body.position, body.nip))
    return event_api(event_id, engine, user)
