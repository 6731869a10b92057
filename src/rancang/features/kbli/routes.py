"""The KBLI suggestion page ``/kbli`` and the API ``/api/v1/kbli/suggest``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.kbli.coder import Suggestion
from rancang.features.kbli.service import explain, suggest_text
from rancang.web.deps import EngineDep, PathId, Permit
from rancang.web.errors import ERROR_RESPONSES
from rancang.web.render import render

router = APIRouter()
UseKbli = Annotated[Actor, Depends(Permit("kbli.use"))]
ReadRecords = Annotated[Actor, Depends(Permit("registry.records.read"))]
EditRecords = Annotated[Actor, Depends(Permit("registry.records.edit"))]


class SuggestionOut(BaseModel):
    """One suggested KBLI 2020 class with its reasons."""

    code: str
    title: str
    score: float
    matched: list[str]
    fields: list[str]
    excerpt: str
    corrected: list[tuple[str, str]]
    similarity: float
    why: str


def _out(s: Suggestion) -> SuggestionOut:
    return SuggestionOut(code=s.code, title=s.title, score=s.score, matched=list(s.matched),
                         fields=list(s.fields), excerpt=s.excerpt,
                         corrected=list(s.corrected), similarity=s.similarity,
                         why=explain(s))


@router.get("/kbli", include_in_schema=False)
def kbli_page(request: Request, user: UseKbli, text: str = "", top: int = 3) -> HTMLResponse:
    """A phrase in, its best classes out, each with the words that matched."""
    ctx: dict[str, Any] = {"text": text, "top": top, "found": [], "problems": [],
                           "can_records": not user.scope("registry.records.read").empty}
    if text.strip():
        try:
            ctx["found"] = [_out(s) for s in suggest_text(text, top=top)]
        except InputError as exc:
            ctx["problems"] = exc.problems
    return render(request, "kbli/kbli.html", ctx)


@router.get("/api/v1/kbli/suggest", tags=["kbli"], responses=ERROR_RESPONSES)
def kbli_suggest(user: UseKbli, text: Annotated[str, Query(max_length=2000)],
                 top: int = 3) -> list[SuggestionOut]:
    """The ``top`` best KBLI 2020 classes for a phrase (empty when no word is known)."""
    return [_out(s) for s in suggest_text(text, top=top)]


@router.get("/kbli/register", include_in_schema=False)
def register_page(request: Request, engine: EngineDep, user: ReadRecords,
                  done: int = 0) -> HTMLResponse:
    """The register's firms without KBLI in the user's region, each with suggested classes
    and their reasons; a suggestion is applied only when the user chooses it."""
    from rancang.features.kbli.register import suggestions_page

    ctx = suggestions_page(engine, user)
    ctx["done"] = done
    ctx["can_edit"] = bool(user.scope("registry.records.edit").regions) or \
        user.scope("registry.records.edit").everywhere
    return render(request, "kbli/register.html", ctx)


@router.post("/kbli/register/{record_id}", include_in_schema=False)
def apply_suggestion(engine: EngineDep, user: EditRecords, record_id: int,
                     kbli: Annotated[str, Form(max_length=5)]) -> RedirectResponse:
    """Set the chosen class on the firm through the register's own edit (audited)."""
    from rancang.features.registry.records import update_record

    update_record(engine, user, record_id, {"kbli": kbli})
    return RedirectResponse(f"/kbli/register?done={record_id}", status_code=303)


class RegisterSuggestionOut(BaseModel):
    """One suggested class for a register firm without KBLI (never applied by itself)."""

    code: str
    title: str
    score: float
    why: str


class RegisterRecordOut(BaseModel):
    """A register firm without KBLI and the classes suggested for its product."""

    id: int
    name: str
    regency_code: str
    product: str
    suggestions: list[RegisterSuggestionOut]


class RegisterSuggestionsOut(BaseModel):
    """The firms without KBLI in the caller's region (``total``) and, for the first
    ``limit``, the suggestions."""

    total: int
    limit: int
    records: list[RegisterRecordOut]


class ApplyIn(BaseModel):
    """The class the user chose for a firm (consent: only this call sets it)."""

    kbli: str = Field(min_length=5, max_length=5, pattern=r"^\d{5}$", examples=["10794"])


class AppliedOut(BaseModel):
    """The firm and the class now set on it."""

    id: int
    kbli: str


@router.get("/api/v1/kbli/register", tags=["kbli"], responses=ERROR_RESPONSES)
def register_suggestions_api(engine: EngineDep, user: ReadRecords,
                             top: Annotated[int, Query(ge=1, le=10)] = 3,
                             limit: Annotated[int, Query(ge=1, le=500)] = 100
                             ) -> RegisterSuggestionsOut:
    """The register's firms without KBLI the caller may read, each with suggested classes
    and their reasons, as the page ``/kbli/register`` shows them; nothing is applied."""
    from rancang.features.kbli.register import suggestions_page

    return RegisterSuggestionsOut(**suggestions_page(engine, user, top=top, limit=limit))


@router.post("/api/v1/kbli/register/{record_id}", tags=["kbli"], responses=ERROR_RESPONSES)
def apply_suggestion_api(body: ApplyIn, engine: EngineDep, user: EditRecords,
                         record_id: PathId) -> AppliedOut:
    """Set the class the user chose on the firm, through the register's own edit
    (audited)."""
    from rancang.features.registry.records import update_record

    update_record(engine, user, record_id, {"kbli": body.kbli})
    return AppliedOut(id=record_id, kbli=body.kbli)
