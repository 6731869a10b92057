"""Load confirmed mappings (programme -> a plan's target or strategy) from a workbook,
all or nothing.

The workbook is the one :func:`~rancang.features.programmes.suggest.write_suggestions`
writes (or any sheet with its columns): a row whose ``konfirmasi`` says yes is stored as
confirmed, with the person and the time; ``tidak``/``no`` rejects it (it no longer
counts and is not suggested again); a blank row is left alone. A programme is named by
``kode``, ``wilayah``, ``tahun`` (and ``instansi`` when two agencies share the code
there).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.service import get_plan
from rancang.features.programmes.anchors import plan_anchors
from rancang.features.programmes.models import ProgrammeMapping
from rancang.features.programmes.service import list_programmes

ALIASES: dict[str, tuple[str, ...]] = {
    "kode": ("kode", "code"), "wilayah": ("wilayah", "region"), "tahun": ("tahun", "year"),
    "instansi": ("instansi", "agency"), "jenis": ("jenis", "kind"), "kunci": ("kunci", "key"),
    "kontribusi": ("kontribusi", "contribution"), "skor": ("skor", "score"),
    "konfirmasi": ("konfirmasi", "confirmed", "confirm"),
}
REQUIRED = ("kode", "wilayah", "tahun", "jenis", "kunci", "konfirmasi")
YES = frozenset(("ya", "y", "yes", "1", "true", "benar", "x", "v", "ok", "\u2713"))
NO = frozenset(("tidak", "no", "n", "0", "false", "salah", "t"))
KIND_WORDS = {"target": "target", "sasaran": "target", "strategy": "strategy",
              "strategi": "strategy"}


@dataclass
class MapResult:
    """What a mapping load did."""

    confirmed: int = 0
    removed: int = 0
    skipped: int = 0


def _field(label: str | None) -> str | None:
    plain = " ".join(str(label or "").strip().lower().replace("_", " ").split())
    return next((f for f, names in ALIASES.items() if plain in names), None)


def _rows(path: Path) -> list[tuple[str | None, int, dict[str, str]]]:
    """(sheet, spreadsheet row, field -> cell) of the first sheet with the columns."""
    from rancang.sources._cells import grid_of, load_sheets

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise InputError(Problem(Msg("programmes.import.type", suffix=path.suffix),
                                 file=path.name))
    for sheet, frame in load_sheets(path):
        grid = grid_of(frame)
        for h, head in enumerate(grid[:10]):
            cols = {j: f for j, c in enumerate(head) if (f := _field(c)) is not None}
            if set(REQUIRED) <= set(cols.values()):
                out: list[tuple[str | None, int, dict[str, str]]] = []
                for i in range(h + 1, len(grid)):
                    cells = {f: (grid[i][j] or "").strip() for j, f in cols.items()
                             if j < len(grid[i])}
                    if any(cells.values()):
                        out.append((sheet, i + 1, cells))
                return out
    raise InputError(Problem(Msg("programmes.map.no_header", columns=", ".join(REQUIRED)),
                             file=path.name))


def load_mappings(engine: Engine, actor: Actor, plan_id: int, path: Path) -> MapResult:
    """Store the confirmed rows of ``path`` as mappings of plan ``plan_id``."""
    from rancang.sources.numbers import parse_number

    plan = get_plan(engine, actor, plan_id)
    actor.require("programmes.write", plan.region_code)
    anchors = {(a.kind, a.key) for a in plan_anchors(engine, plan)}
    progs: dict[tuple[str, str, int], list[Any]] = {}
    for p in list_programmes(engine, actor, area=plan.region_code):
        progs.setdefault((p.code, p.region_code, p.year), []).append(p)
    problems: list[Problem] = []
    wanted: dict[tuple[int, str, str], dict[str, Any]] = {}
    removed: set[tuple[int, str, str]] = set()
    result = MapResult()
    for sheet, row, cells in _rows(path):
        def bad(msg: Msg, column: str, sheet: str | None = sheet, row: int = row) -> None:
            problems.append(Problem(msg, file=path.name, sheet=sheet, row=row, column=column))

        answer = cells.get("konfirmasi", "").lower()
        if not answer:
            result.skipped += 1
            continue
        if answer not in YES and answer not in NO:
            bad(Msg("programmes.map.answer", value=cells["konfirmasi"]), "konfirmasi")
            continue
        year = parse_number(cells.get("tahun"))
        found = progs.get((cells.get("kode", ""), cells.get("wilayah", ""),
                           int(year) if year is not None and year == int(year) else -1), [])
        agency = cells.get("instansi", "")
        if agency:
            found = [p for p in found if p.agency == agency]
        if not found:
            bad(Msg("programmes.map.no_programme", code=cells.get("kode", ""),
                    region=cells.get("wilayah", ""), year=cells.get("tahun", "")), "kode")
            continue
        if len(found) > 1:
            bad(Msg("programmes.map.ambiguous", code=cells["kode"]), "instansi")
            continue
        kind = KIND_WORDS.get(cells.get("jenis", "").lower())
        if kind is None or (kind, cells.get("kunci", "")) not in anchors:
            bad(Msg("programmes.map.no_anchor", kind=cells.get("jenis", ""),
                    key=cells.get("kunci", ""), plan=plan.id), "kunci")
            continue
        key = (found[0].id, kind, cells["kunci"])
        if answer in NO:
            removed.add(key)
            continue
        wanted[key] = {"contribution": cells.get("kontribusi", ""),
                       "score": parse_number(cells.get("skor"))}
    if problems:
        raise InputError(problems)
    stored = store_mappings(engine, actor, plan.id, wanted, removed)
    result.confirmed, result.removed = stored.confirmed, stored.removed
    return result


def store_mappings(engine: Engine, actor: Actor, plan_id: int,
                   wanted: dict[tuple[int, str, str], dict[str, Any]],
                   removed: set[tuple[int, str, str]]) -> MapResult:
    """Confirm the mappings ``(programme id, kind, key) -> {contribution, score}`` of a
    plan as ``actor`` now, and reject those of ``removed`` (no longer counted, not
    suggested again; ``removed`` counts the confirmed ones taken back), in one
    transaction. A blank contribution keeps the stored one."""
    actor.require("programmes.write", get_plan(engine, actor, plan_id).region_code)
    result = MapResult()
    t = ProgrammeMapping.__table__
    now = utcnow()
    with engine.begin() as conn:
        existing = {(r["programme_id"], r["kind"], r["anchor"]): r for r in conn.execute(
            select(t).where(t.c.plan_id == plan_id)).mappings()}
        for key, values in wanted.items():
            old = existing.get(key)
            stamp = {"confirmed": True, "rejected": False, "confirmed_by": actor.username,
                     "confirmed_at": now}
            if old is None:
                conn.execute(insert(t).values(programme_id=key[0], plan_id=plan_id,
                                              kind=key[1], anchor=key[2],
                                              contribution=values["contribution"],
                                              score=values["score"], **stamp))
            else:
                keep = {"contribution": values["contribution"] or old["contribution"],
                        "score": values["score"] if values["score"] is not None
                        else old["score"]}
                conn.execute(update(t).where(t.c.id == old["id"]).values(**keep, **stamp))
            result.confirmed += 1
        no = {"confirmed": False, "rejected": True, "confirmed_by": actor.username,
              "confirmed_at": now}
        for key in removed:
            old = existing.get(key)
            if old is None:  # a suggestion said no to: kept, so it is not suggested again
                conn.execute(insert(t).values(programme_id=key[0], plan_id=plan_id,
                                              kind=key[1], anchor=key[2], contribution="",
                                              score=None, **no))
                continue
            if old["confirmed"]:
                result.removed += 1
            conn.execute(update(t).where(t.c.id == old["id"]).values(**no))
    return result
