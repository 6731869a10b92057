"""Region transfers: the page both regions see, its forms, and the JSON API.

A transfer is asked for by NIB by an analyst of the region that wants the firm, and
approved or rejected by an analyst of the firm's region (not the requester); see
:mod:`rancang.features.registry.transfers`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from rancang.features.registry import transfers as svc
from rancang.features.registry.api_models import TransferDecisionOut, TransferOut
from rancang.features.registry.routes import EditRecords, ReadRecords
from rancang.web.deps import EngineDep
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


class TransferRequest(BaseModel):
    """The firm (by NIB) and the village of the requester's region it should move to."""

    nib: str = Field(max_length=20)
    village_code: str = Field(max_length=20)
    reason: str = Field(default="", max_length=2000)


@pages.get("/register/transfers")
def transfers_page(request: Request, engine: EngineDep, user: ReadRecords) -> HTMLResponse:
    """Requests from and to the user's region, the request form, approve and reject."""
    return render(request, "registry/transfers.html",
                  {"transfers": svc.list_transfers(engine, user),
                   "done": request.query_params.get("done", "")})


@pages.post("/register/transfers")
def transfer_form(engine: EngineDep, user: EditRecords, nib: Annotated[str, Form()],
                  village_code: Annotated[str, Form()],
                  reason: Annotated[str, Form()] = "") -> RedirectResponse:
    """Ask for a firm of another region (by NIB) to move into the user's region."""
    svc.request_transfer(engine, user, nib=nib[:20], village_code=village_code[:20],
                         reason=reason[:2000])
    return RedirectResponse("/register/transfers?done=requested", status_code=303)


@pages.post("/register/transfers/{transfer_id}/approve")
def approve_form(engine: EngineDep, user: EditRecords, transfer_id: int) -> RedirectResponse:
    """Approve a request: the firm moves (audited)."""
    svc.decide_transfer(engine, user, transfer_id, approve=True)
    return RedirectResponse("/register/transfers?done=approved", status_code=303)


@pages.post("/register/transfers/{transfer_id}/reject")
def reject_form(engine: EngineDep, user: EditRecords, transfer_id: int) -> RedirectResponse:
    """Reject a request: the firm stays."""
    svc.decide_transfer(engine, user, transfer_id, approve=False)
    return RedirectResponse("/register/transfers?done=rejected", status_code=303)


@api.get("/transfers")
def transfers(engine: EngineDep, user: ReadRecords) -> list[TransferOut]:
    """Transfer requests from or to the user's regions, newest first."""
    return [TransferOut(**t) for t in svc.list_transfers(engine, user)]


@api.post("/transfers", status_code=201)
def request_transfer(engine: EngineDep, user: EditRecords, body: TransferRequest) -> TransferOut:
    """Ask for the firm with ``nib`` to move to ``village_code`` (a village of the user's
    region); an analyst of the firm's region reviews it."""
    return TransferOut(**svc.request_transfer(engine, user, nib=body.nib,
                                              village_code=body.village_code,
                                              reason=body.reason))


@api.post("/transfers/{transfer_id}/approve")
def approve(engine: EngineDep, user: EditRecords, transfer_id: int) -> TransferDecisionOut:
    """Approve a pending request of the user's region (not one's own request)."""
    return TransferDecisionOut(**svc.decide_transfer(engine, user, transfer_id, approve=True))


@api.post("/transfers/{transfer_id}/reject")
def reject(engine: EngineDep, user: EditRecords, transfer_id: int) -> TransferDecisionOut:
    """Reject a pending request of the user's region."""
    return TransferDecisionOut(**svc.decide_transfer(engine, user, transfer_id, approve=False))
