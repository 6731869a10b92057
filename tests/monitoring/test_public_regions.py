"""The public dashboard lists the regions with a monitored plan in force, not every region:
a plan nobody monitors, a plan of another period, indicators whose plan is no longer
stored and every region without a plan stay out (SQLite and PostgreSQL; service, page
and API)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert

from rancang.core.actors import CLI_ACTOR
from tests.monitoring.conftest import World


def _more_plans(w: World) -> dict[str, int]:
    """Beside the world's monitored 72.06 and 72.03 (2025-2045): 72.01 planned but not
    monitored, 72.02 monitored over 2030-2050, and indicators of 72.04 whose plan id is
    stored nowhere."""
    from rancang.features.monitoring.indicators import sync_indicators
    from rancang.features.monitoring.models import MonitorIndicator
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan

    unmonitored = create_plan(w.engine, CLI_ACTOR, region="72.01", start_year=2025)
    later = create_plan(w.engine, CLI_ACTOR, region="72.02", start_year=2030)
    draft_from_dataset(w.engine, CLI_ACTOR, later.id, w.dataset, region="9903")
    assert sync_indicators(w.engine, CLI_ACTOR, later.id)
    with w.engine.begin() as conn:
        conn.execute(insert(MonitorIndicator), [{
            "plan_id": 999_999, "region_code": "72.04", "code": "ikm-unit", "kind": "output",
            "label": "Unit IKM", "unit": "unit", "created_by": "test"}])
    return {"72.01": unmonitored.id, "72.02": later.id}


def test_only_regions_with_a_monitored_plan_in_force(world: World) -> None:
    from rancang.features.monitoring.dashboard import public_dashboards
    from rancang.features.monitoring.indicators import (
        monitored_plan_regions,
        monitored_regions,
    )
    from rancang.features.monitoring.periods import Period

    _more_plans(world)
    # indicators are held for five regions...
    assert monitored_regions(world.engine) == ["72.02", "72.03", "72.04", "72.06"]
    # ...but in 2026 only two have a stored plan in force that is monitored
    assert monitored_plan_regions(world.engine, 2026) == ["72.03", "72.06"]
    assert [d.region for d in public_dashboards(world.engine, Period(2026))] == [
        "72.03", "72.06"]
    # in 2031 the later plan is in force too; the plan without indicators never shows
    assert monitored_plan_regions(world.engine, 2031) == ["72.02", "72.03", "72.06"]
    # a province narrows to its regions; a regency to itself; another province to none
    assert monitored_plan_regions(world.engine, 2026, "72") == ["72.03", "72.06"]
    assert monitored_plan_regions(world.engine, 2026, "72.06") == ["72.06"]
    assert monitored_plan_regions(world.engine, 2026, "73") == []
    # "72.0" is no prefix of "72.06": the filter is by whole codes
    assert monitored_plan_regions(world.engine, 2026, "72.0") == []


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    from rancang.features.monitoring.demo import seed_plan
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from tests.web.conftest import build_app

    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('pub') / 'p.sqlite'}", firms=12)
    engine = app.state.engine
    for region, data in (("72.06", "9903"), ("72.03", "9905")):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, 1, region=data)
        seed_plan(engine, plan.id)
    _more_plans(World(engine, {}, 1))
    yield app
    engine.dispose()


def _regions(html: str) -> list[str]:
    import re

    return re.findall(r'<section class="card monitor-region" id="public-([\d.]+)"', html)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_public_page_and_api_list_the_monitored_regions(app: FastAPI, lang: str,
                                                        tmp_path: Path) -> None:
    from rancang.features.programmes.service import regencies_of

    anon = TestClient(app)
    page = anon.get(f"/monitoring/public?period=2026-S1&lang={lang}")
    assert page.status_code == 200
    assert _regions(page.text) == ["72.03", "72.06"]
    assert len(regencies_of("72")) == 13  # the province has 13 regencies: 11 stay out
    api = anon.get("/api/v1/monitoring/public?period=2026-S1").json()
    assert [d["region"] for d in api] == ["72.03", "72.06"]
    one = anon.get("/api/v1/monitoring/public?period=2026-S1&province=72.03").json()
    assert [d["region"] for d in one] == ["72.03"]
    later = anon.get(f"/monitoring/public?period=2031&lang={lang}")
    assert _regions(later.text) == ["72.02", "72.03", "72.06"]


def test_public_filter_takes_region_codes_only(app: FastAPI) -> None:
    anon = TestClient(app)
    assert anon.get("/api/v1/monitoring/public?province=72%25").status_code == 422
    assert anon.get("/monitoring/public?province=7'2").status_code == 404
    assert anon.get("/monitoring/public?province=73").status_code == 200
