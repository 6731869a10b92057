"""The programme pages: the list of programmes and the synchronisation report (page, XLSX
and DOCX downloads), from the same service as the CLI and the API."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from rancang.core.i18n import current_language
from rancang.features.programmes.routes import (
    Province,
    ReadProgrammes,
    Year,
    default_province,
    default_year,
)
from rancang.features.programmes.service import list_programmes
from rancang.features.programmes.sync import sync_report
from rancang.features.programmes.sync_tables import report_tables, write_docx, write_xlsx
from rancang.web.deps import EngineDep
from rancang.web.render import render

router = APIRouter(include_in_schema=False)
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
SHOWN = 500


@router.get("/programmes")
def programmes_page(request: Request, engine: EngineDep, user: ReadProgrammes,
                    province: Province = None, year: Year = None) -> HTMLResponse:
    """The programmes of a province and year the actor may read (the first 500)."""
    province = province or default_province(user)
    year = year or default_year(engine, user, province)
    rows = list_programmes(engine, user, area=province, year=year)
    return render(request, "programmes/programmes.html", {
        "rows": rows[:SHOWN], "total": len(rows), "shown": SHOWN, "province": province,
        "year": year})


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
    from rancang.core.errors import NotFoundError
    from rancang.core.i18n import Msg

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
