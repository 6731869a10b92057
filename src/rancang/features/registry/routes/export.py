"""Register downloads from the web: the firms of the user's region for those who may read
records, the published aggregate (cells under 3 firms hidden) for everyone else."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from rancang.features.registry.routes import ReadAggregates
from rancang.web.deps import EngineDep

pages = APIRouter(include_in_schema=False)
MEDIA = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "csv": "text/csv; charset=utf-8"}


@pages.get("/register/export.{fmt}")
def export_register(
    engine: EngineDep, user: ReadAggregates, fmt: Literal["xlsx", "csv"],
    view: Literal["records", "aggregate"] = "records",
    measure: Literal["units", "workers", "output_value", "investment"] = "workers",
    level: int = Query(2, ge=1, le=5),
    region_level: Literal["province", "regency", "district", "village"] = "district",
    csv_locale: str = "en",
) -> Response:
    """The register as the CLI's ``registry export`` writes it: the records of the
    user's regions (``view=records``, for those who may read records), or the published
    aggregate with suppression (``view=aggregate``, and for everyone else);
    ``csv_locale=id``: a CSV for an Indonesian Excel."""
    import polars as pl

    from rancang.features.registry.service import (
        export_aggregate,
        register_frame,
        write_table,
    )
    from rancang.web.downloads import check_csv_locale

    check_csv_locale(csv_locale)
    scope = user.scope("registry.records.read")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"register.{fmt}"
        if view == "records" and not scope.empty:
            frame = register_frame(engine)
            if not scope.everywhere and frame.height:
                keep = [scope.contains(c) for c in frame["regency_code"].to_list()]
                frame = frame.filter(pl.Series(keep, dtype=pl.Boolean))
            write_table(frame, out, sheet="Register", csv_locale=csv_locale)
            name = "register-usaha"
        else:
            export_aggregate(engine, out, level=level, measure=measure,
                             region_level=region_level, csv_locale=csv_locale)
            name = f"register-agregat-{measure}"
        data = out.read_bytes()
    name += "_id" if fmt == "csv" and csv_locale == "id" else ""
    name += f".{fmt}"
    return Response(data, media_type=MEDIA[fmt], headers={
        "Content-Disposition": f'attachment; filename="{name}"'})
