"""The KBLI suggestion page ``/kbli`` (one phrase, or a whole file coded as a background
job) and the API ``/api/v1/kbli/suggest`` and ``/api/v1/kbli/code``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.jobs.routes import JobOut
from rancang.features.kbli.coder import Suggestion
from rancang.features.kbli.service import explain, suggest_text
from rancang.web.deps import EngineDep, LangDep, PathId, Permit
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


def _page(request: Request, user: Actor, **extra: Any) -> dict[str, Any]:
    ctx: dict[str, Any] = {"text": "", "top": 3, "found": [], "problems": [],
                           "batch_problems": [], "job": None,
                           "can_records": not user.scope("registry.records.read").empty}
    ctx.update(extra)
    return ctx


@router.get("/kbli", include_in_schema=False)
def kbli_page(request: Request, engine: EngineDep, user: UseKbli, text: str = "",
              top: int = 3, job: int | None = None) -> HTMLResponse:
    """A phrase in, its best classes out, each with the words that matched; with ``job``,
    the outcome of a file coded by that job (its counts and the download)."""
    ctx = _page(request, user, text=text, top=top)
    if job is not None:
        from rancang.features.jobs.service import get_job

        ctx["job"] = get_job(engine, user, job)
    if text.strip():
        try:
            ctx["found"] = [_out(s) for s in suggest_text(text, top=top)]
        except InputError as exc:
            ctx["problems"] = exc.problems
    return render(request, "kbli/kbli.html", ctx)


@router.post("/kbli/code", include_in_schema=False, response_model=None)
async def code_page(request: Request, user: UseKbli, files: list[UploadFile],
                    column: Annotated[str, Form(max_length=200)] = "",
                    top: Annotated[int, Form()] = 3,
                    sheet: Annotated[str, Form(max_length=100)] = "",
                    format: Annotated[str, Form(max_length=10)] = "csv") -> Response:
    """Code the uploaded file's column as a background job: the page shows the job's
    progress, then ``/kbli?job={id}`` with the counts and the coded file to download."""
    from rancang.features.jobs.routes import answer
    from rancang.features.kbli.jobs import start_code

    upload = files[0]
    try:
        job_id = start_code(request.app.state.engine, user, upload.filename or "upload.csv",
                            await upload.read(), column=column, top=top, sheet=sheet,
                            fmt=format, result_url="/kbli?job={id}",
                            broker_url=request.app.state.settings.broker_url)
    except InputError as exc:
        return render(request, "kbli/kbli.html", _page(request, user,
                                                       batch_problems=exc.problems),
                      status=422)
    return answer(request, user, job_id)


@router.post("/api/v1/kbli/code", tags=["kbli"], responses=ERROR_RESPONSES, status_code=202)
async def kbli_code(request: Request, user: UseKbli, lang: LangDep, files: list[UploadFile],
                    column: Annotated[str, Form(max_length=200)],
                    top: Annotated[int, Form()] = 3,
                    sheet: Annotated[str, Form(max_length=100)] = "",
                    format: Annotated[str, Form(max_length=10)] = "csv") -> JobOut:
    """Code a column of an uploaded CSV/XLSX as a background job: 202 with the job; follow
    it at ``/api/v1/jobs/{id}`` until ``status`` is done, then download ``result_url``
    (the input columns plus ``kbli_1..kbli_N`` with titles and scores, as ``format`` csv
    or xlsx: the same bytes as ``rancang kbli code``). A bad request answers 422 at once;
    a file refused while it is read ends the job failed with its located problems."""
    from rancang.features.jobs.routes import job_out
    from rancang.features.jobs.service import get_job
    from rancang.features.kbli.jobs import start_code

    engine = request.app.state.engine
    upload = files[0]
    job_id = start_code(engine, user, upload.filename or "upload.csv", await upload.read(),
                        column=column, top=top, sheet=sheet, fmt=format,
                        result_url="/api/v1/jobs/{id}/download",
                        broker_url=request.app.state.settings.broker_url)
    return job_out(get_job(engine, user, job_id), lang)


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
