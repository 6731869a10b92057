"""``/io``: the stored IO tables and the upload form; ``/io/{table_id}``: multipliers,
linkages, key sectors, import dependence and, with a dataset and a regency, the
regionalised table (SLQ, CILQ or FLQ with its delta); each table as the CLI's CSV.

Every choice (dataset, regency, method, delta, reference, year) lives in the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.core.i18n import text
from rancang.core.settings import Settings
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.features.datasets.region_choice import region_in
from rancang.features.datasets.regions import visible_dataset, visible_datasets
from rancang.features.inputoutput import page, store
from rancang.features.inputoutput.routes import ImportIO, ReadIO
from rancang.features.inputoutput.service import TABLE_NAMES, IOOptions, IOResult, run_io
from rancang.web.deps import EngineDep, LangDep, QueryId, SettingsDep
from rancang.web.errors import render_error
from rancang.web.render import render

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class IOQuery:
    """A table and, for a regionalised table, the dataset, regency, method and delta."""

    table: store.StoredTable
    dataset: DatasetInfo | None
    options: IOOptions

    def params(self) -> dict[str, str]:
        """The query as URL parameters (the state a shared link carries)."""
        o = self.options
        if self.dataset is None or o.region is None:
            return {}
        out = {"dataset": str(self.dataset.id), "region": o.region, "method": o.method,
               "delta": f"{o.delta:g}"}
        if o.reference:
            out["reference"] = o.reference
        if o.year is not None:
            out["year"] = str(o.year)
        return out


def io_query(
    engine: EngineDep, settings: SettingsDep, user: ReadIO, table_id: str,
    dataset: QueryId = None, region: str | None = None,
    method: Literal["slq", "cilq", "flq"] = "flq",
    delta: Annotated[float, Query(ge=0, lt=1)] = 0.3,
    reference: str | None = None, year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
) -> IOQuery:
    """The table of the URL and the regionalisation asked for (none without a dataset)."""
    meta = store.get_table(settings.data_dir, table_id)
    info = visible_dataset(engine, user, dataset) if dataset is not None else None
    workers = store.employment_of(settings.data_dir, meta)
    options = IOOptions(method=method, delta=delta, mapping=meta.mapping, employment=workers)
    if info is not None:
        panel = load_panel(engine, info)
        code = region_in(panel, region, user)
        options = IOOptions(region=code, method=method, delta=delta,
                            reference=reference or _default_reference(settings, meta, panel,
                                                                      code),
                            year=year, mapping=meta.mapping, employment=workers)
    return IOQuery(meta, info, options)


QueryDep = Annotated[IOQuery, Depends(io_query)]


def _default_reference(settings: Settings, meta: store.StoredTable, panel: Any,
                       region: str) -> str | None:
    """The CLI's default (the table's own economy); for a national table read against a
    dataset without the national row (9999), the regency's province row, said on the
    page."""
    from rancang.features.inputoutput.regional import table_province

    table = store.read_table(settings.data_dir, meta)
    refs = panel.references
    if table_province(table) is not None or refs is None or "9999" in refs.region_codes:
        return None
    parent = panel.parent_codes[panel.region_index(region)]
    return parent if parent in refs.region_codes else None


def result_of(engine: Engine, settings: Settings, q: IOQuery) -> IOResult:
    """:func:`run_io` on the stored table (and the dataset's panel for a regency)."""
    table = store.read_table(settings.data_dir, q.table)
    panel = load_panel(engine, q.dataset) if q.dataset is not None else None
    return run_io(table, panel, q.options)


def _list_page(request: Request, engine: Engine, settings: Settings, user: Actor,
               problems: list[Any], status: int = 200) -> HTMLResponse:
    return render(request, "inputoutput/list.html", {
        "tables": store.list_tables(settings.data_dir), "problems": problems,
        "unit_label": page.unit_label,
        "can_upload": user.can("inputoutput.import",
                               permissions=request.app.state.features.permissions()),
    }, status=status)


@router.get("/io")
def io_tables(request: Request, engine: EngineDep, settings: SettingsDep,
              user: ReadIO) -> HTMLResponse:
    """The stored tables (the synthetic demo first) and, for analysts, the upload form."""
    return _list_page(request, engine, settings, user, [])


@router.post("/io/upload", response_model=None)
async def io_upload(request: Request, engine: EngineDep, settings: SettingsDep,
                    user: ImportIO, files: list[UploadFile]) -> Response:
    """Keep an uploaded BPS IO workbook (checked by the CLI's reader) and open it; a file
    the reader refuses comes back with its problems."""
    upload = files[0]
    content = await upload.read()
    try:
        meta = store.save_upload(settings.data_dir, upload.filename or "io.xlsx", content,
                                 user.username)
    except InputError as exc:
        return _list_page(request, engine, settings, user, exc.problems, status=422)
    return RedirectResponse(f"/io/{meta.id}", status_code=303)


@router.get("/io/{table_id}")
def io_page(request: Request, engine: EngineDep, settings: SettingsDep, user: ReadIO,
            lang: LangDep, q: QueryDep) -> HTMLResponse:
    """Multipliers, linkages, key sectors, imports and the regionalised table."""
    result = result_of(engine, settings, q)
    datasets = visible_datasets(engine, user)
    chosen = q.dataset
    regions: list[tuple[str, str]] = []
    references: list[tuple[str, str]] = []
    if chosen is not None:
        panel = load_panel(engine, chosen)
        regions = list(zip(panel.region_codes, panel.region_names, strict=True))
        if panel.references is not None:
            references = list(zip(panel.references.region_codes,
                                  panel.references.region_names, strict=True))
    return render(request, "inputoutput/page.html", {
        # the table, and the region it is regionalised for (when one is chosen)
        "title": text("inputoutput.page.title_of", lang, n=q.table.sectors,
                      table=q.table.title)
        + (f" · {dict(regions).get(q.options.region) or q.options.region}"
           if q.options.region else ""),
        "q": q, "o": q.options, "meta": q.table, "d": page.build(result, lang),
        "datasets": datasets, "regions": regions, "references": references,
        "can_upload": user.can("inputoutput.import",
                               permissions=request.app.state.features.permissions()),
        "state": urlencode(q.params()), "tables": [n for n in TABLE_NAMES
                                                   if n in result.tables],
    })


@router.post("/io/{table_id}/employment", response_model=None)
async def io_employment(request: Request, settings: SettingsDep, user: ImportIO,
                        table_id: str, files: list[UploadFile]) -> Response:
    """Keep the workers per sector of a table (``sector,workers``, as ``rancang io
    --employment``) for its employment multipliers; a refused file comes back with its
    problems on the table's page."""
    meta = store.get_table(settings.data_dir, table_id)
    upload = files[0]
    content = await upload.read()
    try:
        store.save_employment(settings.data_dir, meta, upload.filename or "", content)
    except InputError as exc:
        return render_error(request, exc, back=f"/io/{meta.id}#multipliers")
    return RedirectResponse(f"/io/{meta.id}#multipliers", status_code=303)


@router.get("/io/{table_id}/{name}.csv")
def io_csv(engine: EngineDep, settings: SettingsDep, q: QueryDep, name: str,
           csv_locale: str = "en") -> Response:
    """One table as ``rancang io`` writes it (``multipliers``, ``linkages``, ``imports``,
    ``location_quotients``, ``coefficients``, ``leontief``; ``csv_locale=id``: for an
    Indonesian Excel)."""
    from rancang.web.downloads import check_csv_locale, csv_download

    check_csv_locale(csv_locale)
    result = result_of(engine, settings, q)
    if name not in result.tables:
        raise NotFoundError("inputoutput.page.no_download", name=name)
    region = f"_{q.options.region}" if q.options.region else ""
    return csv_download(result.tables[name], f"{name}_{q.table.id}{region}", csv_locale)
