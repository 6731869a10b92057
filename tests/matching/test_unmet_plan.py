"""Unmet demand in the plan document (the matching feature's ``sections`` hook, as the plan's
draft calls it) and a need's deadline: a need past its deadline leaves unmet demand (the
plan, siting's hook, the API) and the needs a supplier can serve, as a closed need does
(issue 16, audit lines 2.6 and 2.19)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi import FastAPI

from rancang.core.actors import CLI_ACTOR
from rancang.core.features import installed, load_ref
from rancang.core.i18n import language
from rancang.features.matching import market as mk
from rancang.features.matching.offers import today
from rancang.features.plan.draft import hooks
from tests.web.conftest import build_app, login

STEEL = "pelat baja tahan karat"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('unmet') / 'u.sqlite'}", firms=4)
    engine = a.state.engine
    yesterday = today() - dt.timedelta(days=1)
    # steel nobody supplies: three buyers in 72.06 (one of them in a district), one whose
    # deadline passed yesterday, one in another regency; miners' transport for one buyer
    for buyer, region, qty, deadline in (
            ("PT Sintetis A", "72.06", 5.0, None), ("PT Sintetis B", "72.06.01", 7.0, today()),
            ("PT Sintetis C", "72.06", 9.0, None), ("PT Sintetis Lewat", "72.06", 1000.0,
                                                    yesterday),
            ("PT Sintetis Lain", "72.03", 11.0, None)):
        mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            region, buyer, STEEL, "24101", qty, deadline=deadline))
    mk.create_need(engine, CLI_ACTOR, mk.NeedData(
        "72.06", "PT Sintetis Tambang", "jasa angkutan karyawan tambang", "49216", 100.0))
    yield a
    engine.dispose()


def _hook() -> Any:
    return dict(hooks())["matching"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_plan_gets_unmet_demand_by_kbli_without_buyers_names(app: FastAPI,
                                                                  lang: str) -> None:
    engine = app.state.engine
    # the hook the plan's draft calls is the manifest's
    [feature] = [f for f in installed() if f.name == "matching"]
    assert load_ref(feature.sections) is _hook()
    ctx = SimpleNamespace(register=engine, lang=lang, plan=SimpleNamespace(region_code="72.06"))
    with language(lang):
        [(key, block)] = _hook()(ctx)
    assert key == "program.perwilayahan" and block.id == "matching.unmet"
    [table] = block.tables
    # 3 steel needs of 3 buyers (the quantity shown: 5 + 7 + 9), the transport of one buyer
    # (its quantity withheld); the need past its deadline and the other regency's left out
    assert table.rows == [["24101", 3, 3, 21.0], ["49216", 1, 1, None]]
    assert block.text.startswith("4 ")
    shown = " ".join([block.text, table.title, table.source, *table.columns,
                      *(str(c) for r in table.rows for c in r)])
    assert "Sintetis" not in shown
    # another regency's plan gets its own need only; a region without needs no block
    other = SimpleNamespace(register=engine, lang=lang, plan=SimpleNamespace(region_code="72.03"))
    with language(lang):
        [(_, block)] = _hook()(other)
    assert block.tables[0].rows == [["24101", 1, 1, None]]
    none = SimpleNamespace(register=engine, lang=lang, plan=SimpleNamespace(region_code="72.71"))
    assert _hook()(none) == []


def test_a_need_past_its_deadline_leaves_unmet_demand_and_the_served_lists(
        app: FastAPI) -> None:
    engine = app.state.engine
    late = next(n["id"] for n in mk.list_needs(engine, CLI_ACTOR)
                if n["buyer"] == "PT Sintetis Lewat")
    unmet = mk.unmet(engine, region="72.06")
    assert all(late not in r["need_ids"] for r in unmet)
    assert sum(r["needs"] for r in unmet if r["kbli"] == "24101") == 3
    # siting's hook reads the same
    [demand] = [load_ref(f.demand) for f in installed() if f.demand]
    assert demand(engine, "72.06") == unmet
    # the office's API and the need's page
    c = login(app, "analyst_own")
    rows = c.http.get("/api/v1/match/unmet").json()
    assert all(late not in r["need_ids"] for r in rows)
    page = c.http.get(f"/match/market/needs/{late}?lang=en").text
    assert "deadline passed: no longer counted as unmet demand" in page
    page = c.http.get(f"/match/market/needs/{late}?lang=id").text
    assert "tenggat sudah lewat" in page
    # a steel maker's offer: it can serve the steel needs still open, not the late one
    oid = mk.create_offer(engine, CLI_ACTOR, mk.OfferData(
        "72.06", "CV Sintetis Baja", STEEL, "24101", 50.0))
    served = {s["need_id"] for s in mk.offer_needs(engine, CLI_ACTOR, oid)}
    steel = {n["id"] for n in mk.list_needs(engine, CLI_ACTOR) if n["kbli"] == "24101"}
    assert late in steel and late not in served
    assert len(served & steel) == 4  # the three of 72.06 and the one of 72.03
    # the deadline moved to tomorrow: the need is back
    mk.update_need(engine, CLI_ACTOR, late, mk.NeedData(
        "72.06", "PT Sintetis Lewat", STEEL, "24101", 1000.0,
        deadline=today() + dt.timedelta(days=1)))
    assert late in {s["need_id"] for s in mk.offer_needs(engine, CLI_ACTOR, oid)}
