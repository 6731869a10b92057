"""The plan pages: list and create, the plan (outline with each section's state, targets,
versions, draft, freeze, status, downloads), the section editor and the version diff."""

from __future__ import annotations

import math
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language
from rancang.core.i18n import text as text_
from rancang.features.jobs.routes import start
from rancang.features.plan import actions as plan_actions
from rancang.features.plan import draft as drafting
from rancang.features.plan import service as svc
from rancang.features.plan import store, targets, versions
from rancang.features.plan.document import section_parts
from rancang.features.plan.export import (
    diff_about,
    diff_docx,
    diff_pdf,
    diff_rows,
    write_docx,
    write_pdf,
)
from rancang.features.plan.render_text import source_pairs
from rancang.features.plan.routes import MovePlans, ReadPlans, WritePlans
from rancang.features.plan.web_charts import echarts_option
from rancang.web.deps import EngineDep, SettingsDep
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "pdf": "application/pdf"}


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _int(form: Any, name: str) -> int:
    try:
        return int(str(form.get(name, "")).strip())
    except ValueError:
        raise InputError(Problem(Msg("plan.target.number", value=form.get(name)),
                                 column=name)) from None


@router.get("/plans")
def plans_page(request: Request, engine: EngineDep, user: ReadPlans) -> HTMLResponse:
    """The plans the actor may read, and the form for a new one."""
    return render(request, "plan/plans.html", {
        "plans": svc.list_plans(engine, user), "may_write": user.can("plan.write")})


@router.post("/plans")
async def create_page(request: Request, engine: EngineDep, user: WritePlans) -> Response:
    """Create a plan from the form."""
    form = await request.form()
    region = str(form.get("region", "")).strip()
    # no name typed: the region's Kemendagri name ("Kabupaten Morowali"), when known
    typed = str(form.get("region_name", "")).strip()
    name = typed or svc.reference_name(region)
    try:
        plan = svc.create_plan(engine, user, region=region,
                               start_year=_int(form, "start_year"), region_name=name,
                               allow_duplicate=bool(form.get("allow_duplicate")))
    except svc.DuplicatePlan as exc:
        # the list again: which plan is there (a link to it) and the choice to go on
        refused = exc.saying(Msg("plan.duplicate.how_page",
                                 choice=Msg("plan.page.allow_duplicate")))
        return render(request, "plan/plans.html", {
            "plans": svc.list_plans(engine, user), "may_write": True,
            "duplicate": refused,
            "form": {"region": region, "start_year": str(form.get("start_year", "")),
                     "region_name": typed}}, status=422)
    return _see_other(f"/plans/{plan.id}")


@router.get("/plans/{plan_id}")
def plan_page(request: Request, plan_id: int, engine: EngineDep, settings: SettingsDep,
              user: ReadPlans) -> HTMLResponse:
    """The plan: outline with states, targets, versions and the actions."""
    from rancang.features.datasets.access import can_see_dataset
    from rancang.features.datasets.service import list_datasets

    plan, views = store.plan_sections(engine, user, plan_id)
    rows = targets.stored_targets(engine, plan)
    may_write = user.can("plan.write", plan.region_code) and plan.status != "adopted"
    # a reader outside the region's team reads what is published: the newest version
    outside = versions.reads_published(user, plan)
    listed = versions.list_versions(engine, user, plan_id)
    published = listed[-1] if outside and listed else None
    if outside:
        snap = versions.newest_version(engine, plan)
        rows = [targets.TargetRow(**t) for t in (snap or {}).get("targets", [])]
    return render(request, "plan/plan.html", {
        "plan": plan, "views": views, "targets": rows,
        "indicators": list(targets.INDICATORS), "directions": targets.DIRECTIONS,
        "edit_value": targets.edit_value,
        "actions": [] if outside else plan_actions.stored_actions(engine, plan.id),
        "outside": outside, "published": published,
        "served_names": plan_actions.served_names,
        "source_pairs": source_pairs,
        "value_decimals": targets.value_decimals, "milestone_unit": targets.milestone_unit,
        "target_flags": [] if outside else targets.baseline_flags(
            rows, int(plan.sources["years"][-1]) if plan.sources.get("years") else None,
            plan.sources.get("baselines"), current_language()),
        "target_names": {t.key: t.label for t in rows},
        "groups": plan_actions.GROUPS,
        "required": {(t.key, k): targets.required_growth(plan, t, k) for t in rows
                     for k in range(1, 5)},
        "milestones": {t.key: targets.stage_milestones(plan, t.indicator) for t in rows},
        "versions": listed,
        "people": _people(engine, [v.created_by for v in listed]),
        "datasets": [d for d in list_datasets(engine) if can_see_dataset(user, d)]
        if may_write else [],
        "io_tables": _io_tables(settings) if may_write else [],
        "siting": may_write and settings.find_centroids() is not None,
        "may_write": may_write, "may_move": user.can("plan.status", plan.region_code),
        "next_statuses": svc.TRANSITIONS[plan.status]})


def _people(engine: Any, usernames: list[str]) -> dict[str, str]:
    """Display names of the given users (a username without one stays as it is)."""
    from sqlalchemy import select

    from rancang.features.accounts.models import User

    wanted = sorted(set(usernames))
    if not wanted:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(select(User.username, User.display_name).where(
            User.username.in_(wanted))).all()
    return {u: d for u, d in rows if d}


def _io_tables(settings: Any) -> list[Any]:
    """The stored input-output tables the draft may use."""
    from rancang.features.inputoutput import store as io_store

    return io_store.list_tables(settings.data_dir)


@router.get("/plans/{plan_id}/sections/{key}")
def section_page(request: Request, plan_id: int, key: str, engine: EngineDep,
                 user: ReadPlans) -> HTMLResponse:
    """One section: what the data generated (with its tables) and the team's text."""
    plan, views = store.plan_sections(engine, user, plan_id)
    store.check_section(plan, key)
    view = next(v for v in views if v.key == key)
    outside = versions.reads_published(user, plan)
    # a reader outside the region's team reads the newest version (none yet: nothing)
    snap = versions.newest_version(engine, plan) if outside else versions.document(engine, plan)
    lang = current_language()
    shown = section_parts(snap, key, lang) if snap is not None else []
    listed = versions.list_versions(engine, user, plan_id) if outside else []
    return render(request, "plan/section.html", {
        "plan": plan, "view": view, "parts": shown,
        "outside": outside, "published": listed[-1] if listed else None,
        "charts": {p.anchor: echarts_option(p.chart, lang) for p in shown
                   if p.kind == "chart" and p.chart is not None},
        "may_write": user.can("plan.write", plan.region_code) and plan.status != "adopted"})


@router.post("/plans/{plan_id}/sections/{key}")
async def section_save(request: Request, plan_id: int, key: str, engine: EngineDep,
                       user: WritePlans) -> Response:
    """Save the team's text (or mark the section reviewed)."""
    form = await request.form()
    if form.get("reviewed"):
        store.mark_reviewed(engine, user, plan_id, key)
    else:
        store.edit_section(engine, user, plan_id, key, str(form.get("text", "")))
    return _see_other(f"/plans/{plan_id}/sections/{key}")


@router.post("/plans/{plan_id}/draft")
async def draft_page(request: Request, plan_id: int, engine: EngineDep, settings: SettingsDep,
                     user: WritePlans) -> Response:
    """Draft (or regenerate) from a stored dataset, with what the CLI's ``plan draft``
    also takes: sites (an uploaded sites.csv or the siting ranking), a KBLI reference
    table, the manufacturing subcategories, a stored IO table, AHP weights. Every file
    and choice is checked before the job starts; a problem changes nothing."""
    from starlette.datastructures import UploadFile as StarletteUpload

    from rancang.features.plan import web_inputs

    form = await request.form()
    try:
        region = str(form.get("region", "")).strip() or None
        share = str(form.get("target_share", "")).strip().replace(",", ".") or "30"
        try:
            target_share = float(share)
        except ValueError:
            target_share = math.nan
        problems: list[Problem] = []
        if not (math.isfinite(target_share) and 0 < target_share < 100):
            problems.append(Problem(Msg("plan.target.share_range", value=share[:40]),
                                    column="target_share"))
        dataset_id = _int(form, "dataset_id")
        drafting.check_draft_source(engine, user, plan_id, dataset_id)
        plan = svc.writable_plan(engine, user, plan_id)
        uploads: dict[str, tuple[str, bytes]] = {}
        for field in web_inputs.UPLOADS:
            upload = form.get(field)
            if isinstance(upload, StarletteUpload) and upload.filename:
                uploads[field] = (upload.filename, await upload.read())
        io_table = str(form.get("io_table", "")).strip() or None
        from_siting = bool(form.get("sites_from_siting"))
        problems += web_inputs.check_choices(settings.data_dir, io_table, from_siting,
                                             settings.find_centroids(), "sites" in uploads)
        paths = web_inputs.check_and_keep(settings.data_dir, uploads, problems)
    finally:
        await form.close()
    reference = str(form.get("reference", "")).strip() or None
    # the job runs elsewhere; this request waits for it a moment, off the event loop
    return await run_in_threadpool(
        start, request, user, "rancang.features.plan.jobs:draft",
        {"plan_id": plan_id, "dataset_id": dataset_id, "region": region,
         "target_share": target_share, "lang": current_language(), "reference": reference,
         "inputs": {k: str(v) for k, v in paths.items()}, "io_table": io_table,
         "sites_from_siting": from_siting, "data_dir": str(settings.data_dir),
         "centroids": str(settings.find_centroids() or "") or None},
        region=plan.region_code, result_url=f"/plans/{plan_id}")


@router.post("/plans/{plan_id}/targets")
async def targets_page(request: Request, plan_id: int, engine: EngineDep,
                       user: WritePlans) -> Response:
    """Save the targets: the page's editable table (it becomes all of the plan's
    targets; rows ticked for removal go) or an uploaded CSV or XLSX (the round trip of
    targets.csv/.xlsx). Every row is checked first; nothing changes on a problem."""
    from starlette.datastructures import UploadFile as StarletteUpload

    plan = svc.writable_plan(engine, user, plan_id)
    form = await request.form()
    try:
        uploads = [f for f in form.getlist("files")
                   if isinstance(f, StarletteUpload) and f.filename]
        if uploads:
            upload = uploads[0]
            name = Path(upload.filename or "targets.csv").name
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / name
                path.write_bytes(await upload.read())
                sheet, rows = targets.read_targets_file(path)
            targets.set_targets(engine, user, plan_id, rows, name=name, sheet=sheet)
            return _see_other(f"/plans/{plan_id}")
        if "t_key" not in form:
            raise InputError(Problem(Msg("plan.target.format"), column="files"))
        columns = {c: [str(v) for v in form.getlist(f"t_{c}")]
                   for c in targets.TABLE_COLUMNS}
        removed = {str(v) for v in form.getlist("t_remove")}
        table = targets.rows_of_table(columns, removed, targets.stored_targets(engine, plan),
                                      current_language())
        targets.set_targets(engine, user, plan_id, table, name=text_("plan.page.targets"))
    finally:
        await form.close()
    return _see_other(f"/plans/{plan_id}#targets-edit")


@router.get("/plans/{plan_id}/targets.csv")
def targets_csv_page(plan_id: int, engine: EngineDep, user: ReadPlans,
                     csv_locale: str = "en") -> Response:
    """The targets as CSV, to edit in a spreadsheet and upload again (``csv_locale=id``:
    for an Indonesian Excel)."""
    from rancang.web.downloads import check_csv_locale, csv_filename

    check_csv_locale(csv_locale)
    _, rows = targets.plan_targets(engine, user, plan_id)
    name = csv_filename(f"plan-{plan_id}-targets", csv_locale)
    return Response(targets.targets_csv(rows, csv_locale), media_type="text/csv", headers={
        "Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/plans/{plan_id}/targets.xlsx")
def targets_xlsx_page(plan_id: int, engine: EngineDep, user: ReadPlans) -> Response:
    """The targets as a workbook, to edit and upload again."""
    _, rows = targets.plan_targets(engine, user, plan_id)
    with tempfile.TemporaryDirectory() as tmp:
        data = targets.write_targets_xlsx(rows, Path(tmp) / "targets.xlsx",
                                          current_language()).read_bytes()
    return Response(data, media_type="application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.sheet", headers={
                        "Content-Disposition":
                        f'attachment; filename="plan-{plan_id}-targets.xlsx"'})


FORM_COLUMNS = ("key", "group", "strategy_key", "strategy", "programme_key", "programme",
                "action", "stages", "lead_agency", "related_agencies", "targets")


@router.post("/plans/{plan_id}/actions")
async def actions_page(request: Request, plan_id: int, engine: EngineDep,
                       user: WritePlans) -> Response:
    """Save the action plan: the page's editable table (it becomes the whole matrix;
    rows ticked for removal go) or an uploaded CSV/XLSX (rows matched by key)."""
    svc.writable_plan(engine, user, plan_id)
    form = await request.form()
    try:
        return await _save_actions(form, plan_id, engine, user)
    finally:
        await form.close()  # the uploaded file's spooled copy


async def _save_actions(form: Any, plan_id: int, engine: Any, user: Any) -> Response:
    from starlette.datastructures import UploadFile as StarletteUpload

    upload = form.get("file")
    if isinstance(upload, StarletteUpload) and upload.filename:
        name = Path(upload.filename).name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(await upload.read())
            sheet, rows = plan_actions.read_actions_file(path)
        plan_actions.set_actions(engine, user, plan_id, rows, name=name, sheet=sheet)
        return _see_other(f"/plans/{plan_id}#actions")
    columns = {c: [str(v) for v in form.getlist(f"a_{c}")] for c in FORM_COLUMNS}
    removed = {str(v) for v in form.getlist("a_remove")}
    n = max((len(v) for v in columns.values()), default=0)
    table = [{c: (columns[c][k] if k < len(columns[c]) else "") for c in FORM_COLUMNS}
             for k in range(n)]
    table = [r for r in table if r["key"].strip() not in removed or not r["key"].strip()]
    plan_actions.set_actions(engine, user, plan_id, table, name=text_("plan.page.actions"),
                             replace=True, first_row=1)
    return _see_other(f"/plans/{plan_id}#actions")


@router.get("/plans/{plan_id}/actions.{fmt}")
def actions_file_page(plan_id: int, fmt: str, engine: EngineDep, user: ReadPlans,
                      csv_locale: str = "en") -> Response:
    """The action plan as CSV (``csv_locale=id``: for an Indonesian Excel) or XLSX, to
    edit in a spreadsheet and upload again."""
    from rancang.web.downloads import check_csv_locale, csv_filename

    check_csv_locale(csv_locale)
    plan, rows = plan_actions.plan_actions(engine, user, plan_id)
    if fmt == "csv":
        name = csv_filename(f"plan-{plan_id}-actions", csv_locale)
        return Response(plan_actions.actions_csv(rows, csv_locale), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    if fmt != "xlsx":
        from rancang.core.errors import NotFoundError

        raise NotFoundError(Msg("plan.action.format"))
    with tempfile.TemporaryDirectory() as tmp:
        path = plan_actions.write_actions_xlsx(rows, Path(tmp) / "actions.xlsx",
                                               current_language())
        data = path.read_bytes()
    return Response(data, media_type="application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.sheet", headers={
                        "Content-Disposition":
                        f'attachment; filename="plan-{plan.id}-actions.xlsx"'})


@router.post("/plans/{plan_id}/versions")
async def freeze_page(request: Request, plan_id: int, engine: EngineDep,
                      user: WritePlans) -> Response:
    """Freeze a version."""
    form = await request.form()
    versions.freeze(engine, user, plan_id, str(form.get("label", "")),
                    str(form.get("note", "")))
    return _see_other(f"/plans/{plan_id}")


@router.post("/plans/{plan_id}/status")
async def status_page(request: Request, plan_id: int, engine: EngineDep,
                      user: MovePlans) -> Response:
    """Move the plan to its next status."""
    form = await request.form()
    raw = str(form.get("perda_date", "")).strip()
    try:
        when = date.fromisoformat(raw) if raw else None
    except ValueError:
        raise InputError(Problem(Msg("plan.perda_date"), column="perda_date")) from None
    svc.set_status(engine, user, plan_id, str(form.get("status", "")),
                   perda_number=str(form.get("perda_number", "")).strip() or None,
                   perda_date=when)
    return _see_other(f"/plans/{plan_id}")


@router.get("/plans/{plan_id}/diff")
def diff_page(request: Request, plan_id: int, engine: EngineDep, user: ReadPlans,
              old: str = "", new: str = "current") -> HTMLResponse:
    """Two versions side by side, by section: changed lines and cells."""
    plan = svc.get_plan(engine, user, plan_id)
    labels = [v.label for v in versions.list_versions(engine, user, plan_id)]
    old = old or (labels[-1] if labels else versions.CURRENT)
    diffs = versions.diff_versions(engine, user, plan_id, old, new)
    lang = current_language()
    return render(request, "plan/diff.html", {
        "plan": plan, "labels": [*labels, versions.CURRENT], "old": old, "new": new,
        "version_name": versions.version_name,
        "diffs": [d for d in diffs if d.status != "same"],
        "rows": {d.key: diff_rows(d, lang) for d in diffs}})


@router.get("/plans/{plan_id}/diff.{fmt}")
def diff_download(plan_id: int, fmt: str, engine: EngineDep, user: ReadPlans, old: str,
                  new: str = "current") -> Response:
    """The differences between two versions as an annex: Word (``diff.docx``) or PDF
    (``diff.pdf``)."""
    if fmt not in MEDIA:
        raise InputError(Problem(Msg("plan.diff.suffix", name=f"diff.{fmt}"), column="fmt"))
    diffs = versions.diff_versions(engine, user, plan_id, old, new)
    write = diff_docx if fmt == "docx" else diff_pdf
    lang = current_language()
    about = diff_about(svc.get_plan(engine, user, plan_id), lang)
    with tempfile.TemporaryDirectory() as tmp:
        path = write(diffs, Path(tmp) / f"diff.{fmt}", old, new, lang, about)
        content = path.read_bytes()
    return Response(content, media_type=MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="plan-{plan_id}-{old}-{new}.{fmt}"'})


@router.get("/plans/{plan_id}/download.{fmt}")
def download_page(plan_id: int, fmt: str, engine: EngineDep, user: ReadPlans,
                  version: str = versions.CURRENT) -> Response:
    """The plan (or a version) as DOCX or PDF."""
    if fmt not in MEDIA:
        raise InputError(Problem(Msg("plan.diff.suffix", name=f"download.{fmt}"),
                                 column="fmt"))
    snap = versions.snapshot(engine, user, plan_id, version)
    lang = current_language()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"plan.{fmt}"
        (write_docx if fmt == "docx" else write_pdf)(snap, path, lang)
        content = path.read_bytes()
    p = snap["plan"]
    name = f"{p['level']}-{p['region_code']}-{snap.get('label', version)}.{fmt}"
    return Response(content, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
