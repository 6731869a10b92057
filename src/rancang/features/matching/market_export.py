"""``rancang match unmet`` and ``rancang match market-export``: the stored market as CSV
files (UTF-8 with a byte-order mark, so that spreadsheet programs read it), for the
office's own analysis. The command line acts for the whole database (the server's
operator), like the plan's section; ``region`` keeps one region and those inside it."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, or_, select

from rancang.features.matching.models import MatchNeed, MatchOffer, MatchRequest


def _write(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def write_unmet(engine: Engine, out: Path, *, region: str | None = None
                ) -> tuple[Path, int]:
    """Unmet demand (:func:`rancang.features.matching.market.unmet`, the rows of
    ``GET /api/v1/match/unmet``): kbli, region, needs, buyers, quantity, need_ids."""
    from rancang.features.matching.market import unmet

    rows = unmet(engine, region=region)
    return _write(out, ["kbli", "region", "needs", "buyers", "quantity", "need_ids"],
                  [[r["kbli"], r["region"], r["needs"], r["buyers"], r["quantity"],
                    ";".join(str(i) for i in r["need_ids"])] for r in rows]), len(rows)


def _in(column: Any, region: str | None) -> Any:
    if region is None:
        return column.is_not(None)
    return or_(column == region, column.like(region + ".%"))


def write_market(engine: Engine, out: Path, *, region: str | None = None
                 ) -> list[tuple[Path, int]]:
    """``needs.csv``, ``offers.csv`` and ``requests.csv`` (every column of the tables)."""
    written = []
    n = MatchNeed.__table__
    for name, table, cond in (
            ("needs.csv", n, _in(n.c.region_code, region)),
            ("offers.csv", MatchOffer.__table__, _in(MatchOffer.__table__.c.region_code,
                                                      region)),
            ("requests.csv", MatchRequest.__table__, MatchRequest.__table__.c.need_id.in_(
                select(n.c.id).where(_in(n.c.region_code, region))))):
        with engine.connect() as conn:
            rows = conn.execute(select(table).where(cond).order_by(table.c.id)).all()
        header = [c.name for c in table.columns]
        body = [[";".join(v) if isinstance(v, list) else v for v in r] for r in rows]
        written.append((_write(out / name, header, body), len(body)))
    return written
