"""Candidate sites for sentra IKM in the plan: ``sites.csv`` of ``rancang siting`` read
back (every problem located by file, row and column; nothing is drafted on a problem),
and the zoning section's table and map of the best-ranked candidates."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.core.text import decode_text

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext

REQUIRED = ("district_code", "district_name", "lat", "lng", "rank")
#: how many candidates the document lists and maps
SHOWN = 10


@dataclass(frozen=True)
class Site:
    """One candidate district of ``rancang siting``."""

    code: str
    name: str
    regency: str
    lat: float
    lng: float
    score: float | None
    rank: int
    rank_low: int | None
    rank_high: int | None


def _number(raw: str | None) -> float | None:
    if raw is None or not raw.strip():
        return None
    value = float(raw.strip().replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


def read_sites(path: Path) -> list[Site]:
    """The candidates of ``sites.csv`` by rank.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "sites.csv"
    >>> _ = f.write_text("district_code,district_name,lat,lng,rank\\n"
    ...                  "7206010,Bungku,-2.5,121.9,1\\n")
    >>> [(s.name, s.rank, s.lat) for s in read_sites(f)]
    [('Bungku', 1, -2.5)]
    """
    source = decode_text(path.read_bytes(), file=path.name)
    reader = csv.DictReader(io.StringIO(source.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError([Problem(Msg("plan.sites.column", column=c), file=path.name, row=1,
                                  column=c) for c in missing])
    problems: list[Problem] = []
    out: list[Site] = []
    for n, row in enumerate(reader, start=2):
        values: dict[str, float | None] = {}
        for col in ("lat", "lng", "rank", "score", "rank_low", "rank_high"):
            try:
                values[col] = _number(row.get(col))
            except ValueError:
                problems.append(Problem(Msg("plan.sites.number", value=row.get(col)),
                                        file=path.name, row=n, column=col))
                values[col] = None
        lat, lng, rank = values["lat"], values["lng"], values["rank"]
        for col, v, lo, hi in (("lat", lat, -90, 90), ("lng", lng, -180, 180)):
            if v is None and not any(p.row == n and p.column == col for p in problems):
                problems.append(Problem(Msg("plan.sites.number", value=""), file=path.name,
                                        row=n, column=col))
            elif v is not None and not lo <= v <= hi:
                problems.append(Problem(Msg("plan.sites.range", value=v), file=path.name,
                                        row=n, column=col))
        if rank is None and not any(p.row == n and p.column == "rank" for p in problems):
            problems.append(Problem(Msg("plan.sites.number", value=""), file=path.name,
                                    row=n, column="rank"))
        code = (row.get("district_code") or "").strip()
        if not code:
            problems.append(Problem(Msg("plan.sites.code"), file=path.name, row=n,
                                    column="district_code"))
        if lat is None or lng is None or rank is None or not code:
            continue

        def whole(v: float | None) -> int | None:
            return None if v is None else int(v)

        out.append(Site(code, (row.get("district_name") or "").strip() or code,
                        (row.get("regency_code") or "").strip(), lat, lng,
                        values["score"], int(rank), whole(values["rank_low"]),
                        whole(values["rank_high"])))
    if problems:
        raise InputError(problems)
    return sorted(out, key=lambda s: s.rank)


def sites_block(ctx: DraftContext, sites: list[Site], source: str) -> Block:
    """The best-ranked candidates as a table and a map (boundaries from
    ``RANCANG_BOUNDARIES_FILE`` when set, else points only)."""
    from rancang.core.document import Block, Chart, Table

    lang = ctx.lang
    shown = sites[:SHOWN]
    rows: list[list[Any]] = [
        [s.rank, s.code, s.name, s.regency or "-", s.score,
         "-" if s.rank_low is None else f"{s.rank_low}-{s.rank_high}", s.lat, s.lng]
        for s in shown]
    line = text("plan.src.sites", lang, file=source, n=len(sites))
    table = Table("plan.sites", text("plan.tbl.sites", lang),
                  [text("plan.col.rank", lang), text("plan.col.code", lang),
                   text("plan.col.district", lang), text("plan.col.regency", lang),
                   text("plan.col.score", lang), text("plan.col.rank_range", lang),
                   text("plan.col.lat", lang), text("plan.col.lng", lang)],
                  rows, [0, None, None, None, 3, None, 4, 4], line)
    top = max((s.score or 0.0) for s in shown) if shown else 1.0
    chart = Chart("plan.sites_map", "map", text("plan.chart.sites", lang),
                  {"points": [{"label": f"{s.rank}. {s.name}", "lat": s.lat, "lng": s.lng,
                               "value": (s.score or 0.0) / (top or 1.0)} for s in shown],
                   "xlabel": text("plan.chart.lng_axis", lang),
                   "ylabel": text("plan.chart.lat_axis", lang)}, line)
    body = text("plan.txt.sites", lang, n=len(sites), top=", ".join(
        f"{s.name} ({s.rank})" for s in shown[:3]) or "-")
    return Block("plan.sites", body, [table], {"source": source, "method": "rancang siting"},
                 [chart])
