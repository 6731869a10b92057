"""Values Rancang already knows flow in as proposals with their source (issue 15): the
growth of manufacturing from the stored dataset, and IKM units, workers and investment
from the register's verified records only; comments on obstacles and follow-up kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.features.monitoring.dashboard import region_dashboard
from rancang.features.monitoring.importer import import_file
from rancang.features.monitoring.indicators import add_indicator
from rancang.features.monitoring.models import Realisation
from rancang.features.monitoring.proposals import propose_from_data, register_values
from rancang.features.monitoring.realisations import confirm
from tests.monitoring.conftest import World


def test_growth_of_manufacturing_is_proposed_from_the_dataset(world: World,
                                                             analyst: Actor) -> None:
    from rancang.features.datasets.service import load_panel

    assert propose_from_data(world.engine, analyst, world.plans["72.06"]) > 0
    p = load_panel(world.engine, world.dataset)
    k, c = p.region_index("9903"), p.industry_codes.index("C")
    t1, t0 = p.years.index(2024), p.years.index(2023)
    expected = 100 * (p.values[k, c, t1] / p.values[k, c, t0] - 1)  # BPS "laju"
    d = region_dashboard(world.engine, analyst, "72.06", "2024")
    growth = next(r for r in d.rows if r.indicator.code == "industry_growth")
    assert growth.realisation is None  # a proposal does not count yet
    assert growth.proposed is not None
    assert growth.proposed.value == pytest.approx(expected, abs=1e-3)
    assert "dataset" in growth.proposed.source


def _firm(s: Session, name: str, region: str, status: str,
          periods: list[tuple[str, int, int, float]], merged_into: int | None = None) -> int:
    from rancang.features.registry.models import Enterprise, EnterprisePeriod

    e = Enterprise(name=name, province_code=region[:2], regency_code=region, status=status,
                   merged_into_id=merged_into)
    e.periods = [EnterprisePeriod(period=p, year=y, workers=w, investment=i)
                 for p, y, w, i in periods]
    s.add(e)
    s.flush()
    return e.id


def test_register_values_count_verified_records_once(world: World, analyst: Actor,
                                                     planner: Actor) -> None:
    with Session(world.engine) as s, s.begin():
        a = _firm(s, "IKM A", "72.06", "verified",
                  [("2026-S1", 2026, 5, 100.0), ("2026-S2", 2026, 7, 150.0)])
        _firm(s, "IKM B", "72.06", "verified", [("2026", 2026, 3, 50.0)])
        _firm(s, "IKM C (draft)", "72.06", "draft", [("2026", 2026, 100, 9e9)])
        _firm(s, "IKM D (elsewhere)", "72.03", "verified", [("2026", 2026, 50, 1e6)])
        _firm(s, "IKM A again (merged)", "72.06", "verified", [("2026", 2026, 9, 9.0)],
              merged_into=a)
        _firm(s, "IKM F (last year)", "72.06", "verified", [("2025", 2025, 4, 40.0)])
    # A's latest period of the year (7, 150) and B (3, 50): two firms
    assert register_values(world.engine, "72.06", 2026) == {
        "firms": 2, "units": 2, "workers": 10.0, "investment": 200.0}
    plan = world.plans["72.06"]
    ids = {m: add_indicator(world.engine, analyst, plan, code=f"ikm-{m}", label=m,
                            unit="unit", indicator=f"ikm_{m}", targets={2026: 1.0}).id
           for m in ("units", "workers", "investment")}
    propose_from_data(world.engine, analyst, plan)
    d = region_dashboard(world.engine, analyst, "72.06", "2026")
    rows = {r.indicator.id: r for r in d.rows}
    proposed = {m: rows[i].proposed for m, i in ids.items()}
    assert {m: (p.value if p else None) for m, p in proposed.items()} == {
        "units": 2.0, "workers": 10.0, "investment": 200.0}
    assert all(p is not None and p.source.startswith("register|2|2026")
               for p in proposed.values())
    assert all(rows[i].realisation is None for i in ids.values())
    workers = proposed["workers"]
    assert workers is not None
    confirm(world.engine, planner, workers.id)
    d = region_dashboard(world.engine, analyst, "72.06", "2026")
    counted = next(r for r in d.rows if r.indicator.id == ids["workers"])
    assert counted.realisation is not None and counted.value == 10.0


def test_obstacles_and_follow_up_are_kept(world: World, tmp_path: Path) -> None:
    path = tmp_path / "catatan.csv"
    path.write_text("indikator;wilayah;periode;nilai;kendala;tindak_lanjut\n"
                    "industry_share;72.06;2026-Q3;12,5;Pasokan listrik;Koordinasi PLN\n",
                    encoding="utf-8")
    import_file(world.engine, CLI_ACTOR, path)
    t = Realisation.__table__
    with world.engine.connect() as conn:
        row = conn.execute(select(t.c.period, t.c.value, t.c.obstacles, t.c.follow_up)).one()
    assert tuple(row) == ("2026-Q3", 12.5, "Pasokan listrik", "Koordinasi PLN")
