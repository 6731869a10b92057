"""The monitoring pages: the regions, a region's dashboard (indicators, achievement,
traffic lights, trend charts, entry and verification forms), the reports and the
workbook to fill, and the public dashboard of aggregates."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from rancang.core.actors import level_of
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, current_language
from rancang.features.monitoring import channels
from rancang.features.monitoring import dashboard as dash
from rancang.features.monitoring.routes import ReadMonitoring, VerifyMonitoring, WriteMonitoring
from rancang.web.deps import PUBLIC, EngineDep, parse_id
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
#: a Kemendagri region code, the only thing a redirect is built from
REGION = re.compile(r"\d{2}(\.\d{2}){0,2}")
#: the public dashboard's filter: a province or a regency
PUBLIC_AREA = re.compile(r"\d{2}(\.\d{2})?")
MEDIA = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _float(value: Any, column: str) -> float | None:
    from rancang.sources.numbers import parse_number

    if value is None or not str(value).strip():
        return None
    found = parse_number(str(value), ",")
    if found is None:
        raise InputError(Problem(Msg("monitor.bad_number", value=str(value)[:40]),
                                 column=column))
    return found


def _opt_float(request: Request, name: str) -> float | None:
    return _float(request.query_params.get(name), name)


@router.get("/monitoring")
def index_page(request: Request, engine: EngineDep, user: ReadMonitoring) -> HTMLResponse:
    """The monitored regions the actor may read, and the plans whose indicators they may
    create or refresh."""
    from rancang.features.plan.service import list_plans

    period = channels.period_of(request.query_params.get("period"))
    plans = [p for p in list_plans(engine, user) if user.can("monitoring.write", p.region_code)]
    return render(request, "monitoring/index.html", {
        "regions": dash.readable_regions(engine, user), "period": period, "plans": plans})


@router.post("/monitoring/plans/{plan_id}/sync")
async def sync_page(plan_id: int, engine: EngineDep, user: WriteMonitoring) -> Response:
    """Create or refresh the plan's indicators, then propose values from the data."""
    from rancang.features.monitoring.indicators import sync_indicators
    from rancang.features.monitoring.proposals import propose_from_data
    from rancang.features.plan.service import get_plan

    plan = get_plan(engine, user, plan_id)
    user.require_visible("monitoring.write", plan.region_code,
                         NotFoundError(Msg("plan.not_found", id=plan_id)))
    sync_indicators(engine, user, plan_id)
    propose_from_data(engine, user, plan_id)
    return _see_other(f"/monitoring/{plan.region_code}")


@router.get("/monitoring/public")
def public_page(request: Request, engine: EngineDep, _: None = PUBLIC) -> HTMLResponse:
    """Aggregates anyone may see: verified values only, no firm-level data."""
    period = channels.period_of(request.query_params.get("period"))
    province = request.query_params.get("province") or None
    if province is not None and not PUBLIC_AREA.fullmatch(province):
        raise NotFoundError(Msg("monitor.region_not_found", region=province[:20]))
    ds = dash.public_dashboards(engine, period, province)
    return render(request, "monitoring/public.html", {"dashboards": ds, "period": period,
                                                      "province": province or ""})


@router.get("/monitoring/{region}")
def region_page(request: Request, region: str, engine: EngineDep,
                user: ReadMonitoring) -> HTMLResponse:
    """A region's dashboard for a period."""
    from rancang.features.monitoring.audit import history

    period = channels.period_of(request.query_params.get("period"))
    th = channels.thresholds_of(_opt_float(request, "green"), _opt_float(request, "yellow"))
    d = dash.region_dashboard(engine, user, region, period, thresholds=th)
    coverage = None
    if level_of(region).value == "province":
        from rancang.features.monitoring.coverage import province_coverage

        coverage = province_coverage(engine, user, region, period, thresholds=th)
    lang = current_language()
    charts = {r.indicator.id: channels.chart(r, lang, _pathway(engine, user, r))
              for r in d.rows if r.series}
    return render(request, "monitoring/region.html", {
        "d": d, "charts": charts, "lang": lang, "coverage": coverage,
        "may_write": user.can("monitoring.write", region),
        "may_verify": user.can("monitoring.verify", region),
        "history": history(engine, user, region=region, limit=20)})


def _pathway(engine: Any, user: Any, row: dash.Row) -> dict[str, dict[int, float]] | None:
    """The ``targets`` feature's paths of the share of PDRB toward the indicator's last
    yearly target, for the share's chart (None for other indicators)."""
    from rancang.features.monitoring.proposals import share_pathway
    from rancang.features.plan.service import get_plan

    if row.indicator.indicator != "industry_share":
        return None
    last = [(y, t) for y, t, _ in row.series if t is not None]
    if not last:
        return None
    plan = get_plan(engine, user, row.indicator.plan_id)
    return share_pathway(engine, user, plan, last[-1][1], last[-1][0])


@router.post("/monitoring/{region}/realisations")
async def enter_page(request: Request, region: str, engine: EngineDep,
                     user: WriteMonitoring) -> Response:
    """Enter or change a realisation from the form (with an evidence file or link)."""
    from rancang.features.monitoring.realisations import Entry, enter, store_evidence

    user.require_visible("monitoring.write", region, NotFoundError(
        Msg("monitor.region_not_found", region=region)))
    async with request.form() as form:
        iid = parse_id(form.get("indicator_id"))
        if iid is None:
            raise InputError(Problem(Msg("monitor.required", column="indicator_id"),
                                     column="indicator_id"))
        upload = form.get("evidence_file")
        stored = None
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data = await upload.read()
            stored = store_evidence(channels.evidence_folder(request.app.state.settings),
                                    upload.filename, data)
        period = str(form.get("period", ""))
        enter(engine, user, iid, Entry(
            region=region, period=period, value=_float(form.get("value"), "value"),
            evidence_link=str(form.get("evidence_link") or ""),
            obstacles=str(form.get("obstacles") or ""),
            follow_up=str(form.get("follow_up") or ""), evidence_file=stored))
    return _see_other(f"/monitoring/{region}?period={channels.period_of(period).code}")


@router.post("/monitoring/realisations/{realisation_id}/verify")
async def verify_page(realisation_id: int, engine: EngineDep,
                      user: VerifyMonitoring) -> Response:
    """Verify a realisation (evidence required; not by who entered it)."""
    from rancang.features.monitoring.realisations import verify

    r = verify(engine, user, realisation_id)
    return _see_other(f"/monitoring/{r.region_code}?period={r.period}")


@router.post("/monitoring/realisations/{realisation_id}/confirm")
async def confirm_page(realisation_id: int, engine: EngineDep,
                       user: WriteMonitoring) -> Response:
    """Confirm a proposed realisation, so that it counts."""
    from rancang.features.monitoring.realisations import confirm

    r = confirm(engine, user, realisation_id)
    return _see_other(f"/monitoring/{r.region_code}?period={r.period}")


@router.get("/monitoring/realisations/{realisation_id}/evidence")
def evidence_page(request: Request, realisation_id: int, engine: EngineDep,
                  user: ReadMonitoring) -> Response:
    """The evidence file of a realisation."""
    from rancang.features.monitoring.realisations import get_realisation

    r = get_realisation(engine, user, realisation_id)
    folder = channels.evidence_folder(request.app.state.settings)
    path = folder / (r.evidence_file or "")
    if not r.evidence_file or not path.is_file():
        raise NotFoundError(Msg("monitor.realisation_not_found", id=realisation_id))
    return FileResponse(path, filename=r.evidence_name or r.evidence_file,
                        media_type="application/octet-stream")


@router.post("/monitoring/import")
async def import_page(request: Request, engine: EngineDep, user: WriteMonitoring) -> Response:
    """Import realisations from an uploaded CSV/XLSX (all or nothing)."""
    from rancang.features.monitoring.importer import import_file

    async with request.form() as form:
        upload = form.get("file")
        if upload is None or isinstance(upload, str) or not upload.filename:
            raise InputError(Problem(Msg("monitor.required", column="file"), column="file"))
        name = Path(upload.filename).name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("upload" + Path(name).suffix.lower()[:6])
            path.write_bytes(await upload.read())
            import_file(engine, user, path, name=name)
        back = str(form.get("region") or "")
    ok = REGION.fullmatch(back) is not None and user.can("monitoring.read", back)
    return _see_other(f"/monitoring/{back}" if ok else "/monitoring")


@router.get("/monitoring/{region}/template.{fmt}")
def template_page(request: Request, region: str, fmt: str, engine: EngineDep,
                  user: ReadMonitoring) -> Response:
    """The workbook (or CSV) to fill for a period: every indicator, blanks to fill."""
    from rancang.features.monitoring.importer import template_rows, write_template

    if fmt not in ("xlsx", "csv") or REGION.fullmatch(region) is None:
        raise NotFoundError(Msg("monitor.region_not_found", region=region[:20]))
    d = dash.region_dashboard(engine, user, region,
                              channels.period_of(request.query_params.get("period")))
    with tempfile.TemporaryDirectory() as tmp:
        path = write_template(template_rows(engine, region, d.period),
                              Path(tmp) / f"realisasi-{region}-{d.period.code}.{fmt}")
        content = path.read_bytes()
    media = MEDIA["xlsx"] if fmt == "xlsx" else "text/csv; charset=utf-8"
    return Response(content, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="realisasi-{region}-{d.period.code}.{fmt}"'})


@router.get("/monitoring/{region}/report.{fmt}")
def report_page(request: Request, region: str, fmt: str, engine: EngineDep,
                user: ReadMonitoring) -> Response:
    """The region's report (DOCX or XLSX) for a period; a province's covers its
    regencies."""
    from rancang.features.monitoring import report as rep

    if fmt not in MEDIA or REGION.fullmatch(region) is None:  # a file name is built from it
        raise NotFoundError(Msg("monitor.region_not_found", region=region[:20]))
    period = channels.period_of(request.query_params.get("period"))
    th = channels.thresholds_of(_opt_float(request, "green"), _opt_float(request, "yellow"))
    lang = current_language()
    if level_of(region).value == "province":
        r = rep.province_report(engine, user, region, period.code, lang=lang, thresholds=th)
    else:
        r = rep.region_report(engine, user, region, period.code, lang=lang, thresholds=th)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{r.stem}.{fmt}"
        (rep.write_docx(r, path, lang) if fmt == "docx" else rep.write_xlsx(r, path, lang))
        content = path.read_bytes()
    return Response(content, media_type=MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="{r.stem}.{fmt}"'})
