"""``/api/v1/match``: stored needs and offers, a need's matches, an offer's needs, meeting
requests and their answers, unmet demand (the same service as the pages)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field

from rancang.core.actors import Actor
from rancang.features.matching import market as mk
from rancang.features.matching import market_asks as ma
from rancang.web.deps import EngineDep, PathId, Permit
from rancang.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1/match", tags=["matching"], responses=ERROR_RESPONSES)
Post = Annotated[Actor, Depends(Permit("matching.post"))]
Manage = Annotated[Actor, Depends(Permit("matching.manage"))]


class NeedIn(BaseModel):
    """A buyer's need; ``kbli`` is the class the buyer confirmed (``/api/v1/kbli/suggest``
    suggests it from the description)."""

    region: str = Field(max_length=13, examples=["72.06"])
    buyer: str = Field(max_length=200)
    description: str = Field(max_length=2000)
    kbli: str = Field(max_length=5)
    quantity: float | None = None
    unit: str | None = Field(default=None, max_length=40)
    frequency: str = "once"
    standards: list[str] = Field(default_factory=list, max_length=3)
    lat: float | None = None
    lng: float | None = None
    radius_km: float | None = None
    deadline: date | None = None


class OfferIn(BaseModel):
    """A firm registering itself as a supplier."""

    region: str = Field(max_length=13, examples=["72.06"])
    name: str = Field(max_length=300)
    products: str = Field(max_length=2000)
    kbli: str = Field(max_length=5)
    capacity: float | None = None
    unit: str | None = Field(default=None, max_length=40)
    certificates: list[str] = Field(default_factory=list, max_length=3)
    lat: float | None = None
    lng: float | None = None


class Created(BaseModel):
    """The id of what was stored."""

    id: int


class NeedOut(BaseModel):
    """A stored need."""

    id: int
    region_code: str
    buyer: str
    description: str
    kbli: str
    quantity: float | None
    unit: str | None
    frequency: str
    standards: list[str]
    latitude: float | None
    longitude: float | None
    radius_km: float | None
    deadline: date | None
    open: bool
    closed_reason: str | None = None
    created_by: str


class OfferOut(BaseModel):
    """A stored offer."""

    id: int
    region_code: str
    name: str
    products: str
    kbli: str
    capacity: float | None
    unit: str | None
    certificates: list[str]
    latitude: float | None
    longitude: float | None
    open: bool
    closed_reason: str | None = None
    created_by: str


class StateIn(BaseModel):
    """Close a need or an offer (``filled`` or ``withdrawn``) or reopen it (``open``)."""

    status: str = Field(max_length=10, examples=["filled"])


class MatchOut(BaseModel):
    """A supplier for a need: the score (0-100) and its weighted parts (KBLI 35, text 25,
    distance 20, capacity 10, certificates 10), the distance and why. A register firm shows
    its public fields only (its capacity is confidential: null)."""

    supplier: str
    kind: str
    id: int
    name: str
    product: str
    kbli: str
    place: str
    capacity: float | None
    unit: str | None
    certificates: list[str]
    score: float
    parts: dict[str, float]
    km: float | None
    why: str
    adequate: bool


class ServedOut(BaseModel):
    """An open need an offer is adequate for."""

    need_id: int
    buyer: str
    description: str
    kbli: str
    region: str
    quantity: float | None
    score: float
    parts: dict[str, float]
    km: float | None
    why: str


class RequestIn(BaseModel):
    """Shortlist a supplier (``meet`` false) or request a meeting, optionally at an
    event."""

    supplier: str = Field(max_length=30, examples=["offer:3", "firm:120"])
    meet: bool = True
    priority: int = Field(default=1, ge=1, le=9)
    event_id: int | None = None


class AnswerIn(BaseModel):
    """The supplier's answer."""

    accept: bool


class StatusOut(BaseModel):
    """A request's status after the answer."""

    id: int
    status: str


class AskIn(BaseModel):
    """A supplier's meeting request to the buyer of a need it can serve (one of its
    needs it can serve), with a priority (1 first), optionally at an event."""

    need_id: int
    priority: int = Field(default=1, ge=1, le=9)
    event_id: int | None = None


class ProfileOut(BaseModel):
    """A supplier's public profile (what a buyer sees of a supplier that asks to meet)."""

    name: str
    product: str
    kbli: str
    place: str
    certificates: list[str]


class RequestOut(BaseModel):
    """A request of a need: who asked (``buyer`` or ``supplier``), its status and
    priority, the supplier and its public profile."""

    id: int
    supplier: str
    direction: str
    status: str
    priority: int
    event_id: int | None
    profile: ProfileOut


class UnmetOut(BaseModel):
    """Open needs without an adequate supplier in one KBLI class and region."""

    kbli: str
    region: str
    needs: int
    buyers: int
    quantity: float | None
    need_ids: list[int]


@router.get("/needs")
def needs_list(engine: EngineDep, user: Post) -> list[NeedOut]:
    """The caller's needs and those of the regions the caller manages."""
    return [NeedOut(**r) for r in mk.list_needs(engine, user)]


@router.post("/needs", status_code=201)
def needs_create(body: NeedIn, engine: EngineDep, user: Post) -> Created:
    """Store a need."""
    return Created(id=mk.create_need(engine, user, mk.NeedData(**body.model_dump())))


@router.get("/needs/{need_id}/matches")
def need_matches(engine: EngineDep, user: Post, need_id: PathId,
                 top: Annotated[int, Query(ge=1, le=50)] = 10,
                 kbli: Annotated[str, Query(max_length=5)] = "",
                 max_km: Annotated[float | None, Query(gt=0)] = None,
                 certificates: Annotated[list[str] | None, Query()] = None
                 ) -> list[MatchOut]:
    """A need's best suppliers the caller may see, filtered."""
    f = mk.Filters(kbli, max_km, tuple(certificates or ()))
    return [MatchOut(**m) for m in mk.need_matches(engine, user, need_id, top=top,
                                                    filters=f)]


@router.post("/offers", status_code=201)
def offers_create(body: OfferIn, engine: EngineDep, user: Post) -> Created:
    """Register an offer."""
    return Created(id=mk.create_offer(engine, user, mk.OfferData(**body.model_dump())))


@router.get("/offers/{offer_id}/needs")
def offer_needs(engine: EngineDep, user: Post, offer_id: PathId) -> list[ServedOut]:
    """The open needs an offer can serve, best first."""
    return [ServedOut(**r) for r in mk.offer_needs(engine, user, offer_id)]


@router.post("/needs/{need_id}/requests", status_code=201)
def requests_create(body: RequestIn, engine: EngineDep, user: Post,
                    need_id: PathId) -> Created:
    """Shortlist a supplier for a need or request a meeting with it."""
    return Created(id=mk.request_meeting(engine, user, need_id, body.supplier,
                                         meet=body.meet, priority=body.priority,
                                         event_id=body.event_id))


@router.get("/needs/{need_id}/requests")
def requests_list(engine: EngineDep, user: Post, need_id: PathId) -> list[RequestOut]:
    """A need's requests, whichever side asked, each with the supplier's public profile
    (the buyer answers those a supplier asked)."""
    return [RequestOut(id=r["id"], supplier=f"{r['supplier_kind']}:{r['supplier_id']}",
                       direction=r["direction"], status=r["status"],
                       priority=r["priority"], event_id=r["event_id"],
                       profile=ProfileOut(**r["profile"]))
            for r in mk.requests_of(engine, user, need_id=need_id)]


@router.post("/offers/{offer_id}/requests", status_code=201)
def offer_asks(body: AskIn, engine: EngineDep, user: Post, offer_id: PathId) -> Created:
    """An offer (its author, or the office of its region) requests a meeting with the
    buyer of a need it can serve; refused when the buyer already asked."""
    return Created(id=ma.request_buyer(engine, user, f"offer:{offer_id}", body.need_id,
                                       priority=body.priority, event_id=body.event_id))


@router.post("/firms/{firm_id}/requests", status_code=201)
def firm_asks(body: AskIn, engine: EngineDep, user: Manage, firm_id: PathId) -> Created:
    """The office of a register firm's region requests, on the firm's behalf, a meeting
    with the buyer of a need the firm can serve."""
    return Created(id=ma.request_buyer(engine, user, f"firm:{firm_id}", body.need_id,
                                       priority=body.priority, event_id=body.event_id))


@router.post("/requests/{request_id}/answer")
def request_answer(body: AnswerIn, engine: EngineDep, user: Post,
                   request_id: PathId) -> StatusOut:
    """Accept or decline a meeting request: a buyer's (the supplier, or the office for
    a register firm) or a supplier's (the buyer, or the office of the need's region)."""
    return StatusOut(id=request_id,
                     status=mk.answer_request(engine, user, request_id, body.accept))


@router.get("/unmet")
def unmet(engine: EngineDep, user: Manage) -> list[UnmetOut]:
    """Unmet demand of the regions the caller manages."""
    return [UnmetOut(**r) for r in mk.unmet(engine, user)]




@router.put("/needs/{need_id}")
def needs_update(body: NeedIn, engine: EngineDep, user: Post, need_id: PathId) -> NeedOut:
    """Change a need (its author or the office of its region); audited."""
    return NeedOut(**mk.update_need(engine, user, need_id, mk.NeedData(**body.model_dump())))


@router.post("/needs/{need_id}/status")
def needs_status(body: StateIn, engine: EngineDep, user: Post, need_id: PathId) -> NeedOut:
    """Close a need as filled or withdrawn, or reopen it."""
    return NeedOut(**mk.set_status(engine, user, "need", need_id, body.status))


@router.delete("/needs/{need_id}", status_code=204)
def needs_delete(engine: EngineDep, user: Post, need_id: PathId) -> Response:
    """Delete a need and its requests (the audit keeps its values)."""
    mk.delete_entry(engine, user, "need", need_id)
    return Response(status_code=204)


@router.put("/offers/{offer_id}")
def offers_update(body: OfferIn, engine: EngineDep, user: Post, offer_id: PathId
                  ) -> OfferOut:
    """Change an offer (its author or the office of its region); audited."""
    return OfferOut(**mk.update_offer(engine, user, offer_id,
                                      mk.OfferData(**body.model_dump())))


@router.post("/offers/{offer_id}/status")
def offers_status(body: StateIn, engine: EngineDep, user: Post, offer_id: PathId
                  ) -> OfferOut:
    """Close an offer (it leaves the matches) or reopen it."""
    return OfferOut(**mk.set_status(engine, user, "offer", offer_id, body.status))


@router.delete("/offers/{offer_id}", status_code=204)
def offers_delete(engine: EngineDep, user: Post, offer_id: PathId) -> Response:
    """Delete an offer and the requests made to it (the audit keeps its values)."""
    mk.delete_entry(engine, user, "offer", offer_id)
    return Response(status_code=204)
