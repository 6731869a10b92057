"""The programme pages: the list of programmes (with the import), the review of a plan's
mappings, and the synchronisation report (page, XLSX and DOCX downloads), from the same
service as the CLI and the API."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, current_language, render_text
from rancang.features.programmes.edit import (
    FIELDS,
    REQUIRED,
    AuditRow,
    form_value,
    get_programme,
    programme_history,
    update_programme,
)
from rancang.features.programmes.importer import HEADERS
from rancang.features.programmes.routes import (
    Level,
    Province,
    ReadProgrammes,
    Region,
    State,
    Threshold,
    Top,
    WriteProgrammes,
    Year,
    default_province,
    default_year,
    save_uploads,
)
from rancang.features.programmes.service import ProgrammeRow, list_programmes, plans_of_area
from rancang.features.programmes.sync import sync_report
from rancang.features.programmes.sync_tables import report_tables, write_docx, write_xlsx
from rancang.web.deps import EngineDep, PathId, parse_id
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SHOWN = 500


def _list_context(engine: EngineDep, user: ReadProgrammes, province: str | None,
                  region: str | None, level: str | None, year: int | None) -> dict[str, object]:
    province = (region or "")[:2] or province or default_province(user)
    year = year or default_year(engine, user, province)
    rows = list_programmes(engine, user, area=region or province, year=year, level=level)
    shown = rows[:SHOWN]
    return {"rows": shown, "total": len(rows), "shown": SHOWN, "province": province,
            "region": region or "", "level": level or "", "year": year,
            "may_write": user.can("programmes.write"),
            "writable": {p.id for p in shown if user.can("programmes.write", p.region_code)},
            "plans": plans_of_area(engine, user, province)}


@router.get("/programmes")
def programmes_page(request: Request, engine: EngineDep, user: ReadProgrammes,
                    province: Province = None, region: Region = None, level: Level = None,
                    year: Year = None) -> HTMLResponse:
    """The programmes the actor may read, by province or regency, level and year (the
    first 500), the import form and the plans whose mappings to review."""
    return render(request, "programmes/programmes.html",
                  _list_context(engine, user, province, region, level, year))


@router.post("/programmes/import")
async def import_page(request: Request, engine: EngineDep, user: WriteProgrammes,
                      files: list[UploadFile]) -> HTMLResponse:
    """Import programme lists (XLSX/CSV), all or nothing: every problem with its file,
    sheet, row and column, as ``rancang programmes import`` says it."""
    from rancang.features.programmes.importer import import_programmes

    with tempfile.TemporaryDirectory() as tmp:
        paths = await save_uploads(files, Path(tmp))
        result = import_programmes(engine, user, paths)
    form = await request.form()
    region = str(form.get("region") or "")
    context = _list_context(engine, user, None, region if _is_region(region) else None,
                            None, None)
    return render(request, "programmes/programmes.html", {**context, "result": result})


def _is_region(value: str) -> bool:
    import re

    return re.fullmatch(r"\d{2}(\.\d{2})?", value) is not None


@router.get("/programmes/plans/{plan_id}")
def review_page(request: Request, plan_id: PathId, engine: EngineDep, user: ReadProgrammes,
                state: State = None, top: Top = 3, threshold: Threshold = 0.1) -> HTMLResponse:
    """The suggested and stored mappings of a plan's programmes, each to confirm (with
    the expected contribution) or reject."""
    from rancang.features.programmes.review import readable_plan, review_rows

    plan = readable_plan(engine, user, plan_id)
    rows = review_rows(engine, user, plan_id, top=top, threshold=threshold, state=state)
    return render(request, "programmes/review.html", {
        "plan": plan, "rows": rows[:SHOWN], "total": len(rows), "state": state or "",
        "top": top, "threshold": threshold,
        "may_write": user.can("programmes.write", plan.region_code)})


@router.post("/programmes/plans/{plan_id}/mappings")
async def decide_page(request: Request, plan_id: PathId, engine: EngineDep,
                      user: WriteProgrammes) -> Response:
    """A person's answer to one mapping: confirm (with the expected contribution) or
    reject."""
    from rancang.features.programmes.review import decide

    form = await request.form()
    pid = parse_id(form.get("programme_id"))
    decision = str(form.get("decision") or "")
    if pid is None:
        raise InputError(Problem(Msg("programmes.import.required"), column="programme_id"))
    if decision not in ("confirm", "reject"):
        raise InputError(Problem(Msg("programmes.review.decision"), column="decision"))
    score = str(form.get("score") or "")
    decide(engine, user, plan_id, pid, str(form.get("kind") or ""), str(form.get("key") or ""),
           confirm=decision == "confirm", contribution=str(form.get("contribution") or ""),
           score=_score(score))
    back = str(form.get("state") or "")
    query = f"?state={back}" if back in ("suggested", "confirmed", "rejected") else ""
    return RedirectResponse(f"/programmes/plans/{plan_id}{query}#p{pid}", status_code=303)


def _score(value: str) -> float | None:
    try:
        found = float(value)
    except ValueError:
        return None
    return found if 0.0 <= found <= 1.0 else None


@router.post("/programmes/plans/{plan_id}/mappings/upload")
async def mappings_upload_page(plan_id: PathId, engine: EngineDep, user: WriteProgrammes,
                               files: list[UploadFile]) -> Response:
    """Load a workbook of confirmed mappings (``rancang programmes map``), all or
    nothing."""
    from rancang.features.programmes.mapping import load_mappings
    from rancang.features.programmes.review import readable_plan

    readable_plan(engine, user, plan_id, "programmes.write")
    with tempfile.TemporaryDirectory() as tmp:
        paths = await save_uploads(files[:1], Path(tmp))
        load_mappings(engine, user, plan_id, paths[0])
    return RedirectResponse(f"/programmes/plans/{plan_id}?state=confirmed", status_code=303)


@router.get("/programmes/plans/{plan_id}/suggestions.xlsx")
def suggestions_download(plan_id: PathId, engine: EngineDep, user: ReadProgrammes,
                         top: Top = 3, threshold: Threshold = 0.1) -> Response:
    """The suggestions as the workbook to confirm (``rancang programmes suggest``)."""
    from rancang.features.programmes.review import readable_plan
    from rancang.features.programmes.suggest import suggest, write_suggestions

    plan = readable_plan(engine, user, plan_id)
    rows = suggest(engine, user, plan_id, top=top, threshold=threshold)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_suggestions(rows, Path(tmp) / "usulan.xlsx",
                                 plan_label=f"{plan.level.upper()} {plan.region_code}",
                                 lang=current_language())
        content = path.read_bytes()
    return Response(content, media_type=MEDIA["xlsx"], headers={
        "Content-Disposition": f'attachment; filename="usulan-pemetaan-{plan_id}.xlsx"'})


@router.get("/programmes/sync")
def sync_page(request: Request, engine: EngineDep, user: ReadProgrammes,
              province: Province = None, year: Year = None) -> HTMLResponse:
    """The synchronisation report of a province and its regencies."""
    province = province or default_province(user)
    year = year or default_year(engine, user, province)
    report = sync_report(engine, user, province, year)
    return render(request, "programmes/sync.html", {
        "report": report, "tables": report_tables(report, current_language()),
        "province": province, "year": year})


@router.get("/programmes/sync.{fmt}")
def sync_download(fmt: str, engine: EngineDep, user: ReadProgrammes,
                  province: Province = None, year: Year = None) -> Response:
    """The synchronisation report as XLSX or DOCX."""
    if fmt not in MEDIA:
        raise NotFoundError(Msg("programmes.no_format", fmt=fmt))
    province = province or default_province(user)
    year = year or default_year(engine, user, province)
    report = sync_report(engine, user, province, year)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"sync.{fmt}"
        (write_xlsx if fmt == "xlsx" else write_docx)(report, path, current_language())
        content = path.read_bytes()
    name = f"sinkronisasi-{province}-{year}.{fmt}"
    return Response(content, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _decimal() -> str:
    """The decimal mark people type in the page's language (``2,5`` or ``2.5``)."""
    return "," if current_language() == "id" else "."


def _edit_context(programme: ProgrammeRow, values: dict[str, str],
                  near: dict[str, list[str]], history: list[AuditRow]) -> dict[str, object]:
    return {"programme": programme, "fields": FIELDS, "required": REQUIRED,
            "values": values, "near": near, "history": history,
            "list_url": f"/programmes?region={programme.region_code}&year={programme.year}",
            "levels": ("pusat", "provinsi", "kabupaten")}


@router.get("/programmes/{programme_id}/edit")
def edit_page(request: Request, programme_id: PathId, engine: EngineDep,
              user: WriteProgrammes) -> HTMLResponse:
    """The form to change one programme of the actor's region (404 for another region's),
    with the history of its changes."""
    programme = get_programme(engine, user, programme_id, permission="programmes.write")
    saved = request.query_params.get("saved")
    removed = parse_id(request.query_params.get("removed"))
    values = {f: form_value(getattr(programme, f), _decimal()) for f in FIELDS}
    return render(request, "programmes/edit.html", {
        **_edit_context(programme, values, {},
                        programme_history(engine, user, programme_id)),
        "saved": saved if saved in ("1", "0") else "", "removed": removed or 0})


@router.post("/programmes/{programme_id}/edit")
async def edit_save(request: Request, programme_id: PathId, engine: EngineDep,
                    user: WriteProgrammes) -> Response:
    """Save the form (the importer's checks, all or nothing, logged), or show it again
    with the user's values and each message next to its field (422)."""
    programme = get_programme(engine, user, programme_id, permission="programmes.write")
    form = await request.form()
    values = {f: str(form.get(f) or "") for f in FIELDS}
    try:
        result = update_programme(engine, user, programme_id, values, decimal=_decimal())
    except InputError as exc:
        by_header = {HEADERS[f]: f for f in FIELDS}
        near: dict[str, list[str]] = {}
        for p in exc.problems:
            near.setdefault(by_header.get(str(p.column), "code"), []).append(
                render_text(p.message))
        return render(request, "programmes/edit.html", {
            **_edit_context(programme, values, near,
                            programme_history(engine, user, programme_id)),
            "saved": "", "removed": 0}, status=422)
    query = f"saved={1 if result.after else 0}"
    if result.removed_mappings:
        query += f"&removed={result.removed_mappings}"
    return RedirectResponse(f"/programmes/{programme_id}/edit?{query}", status_code=303)
