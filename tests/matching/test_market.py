"""Stored needs and offers: matches (checked against the file matcher), visibility of the
register's firms, region scope, requests feeding an event that schedules (issue 16)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.features.accounts.service import authenticate, create_user
from rancang.features.matching import market as mk
from rancang.features.registry.models import Enterprise
from tests.web.conftest import PASSWORD, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('market') / 'm.sqlite'}", firms=12)
    engine = a.state.engine
    create_user(engine, "buyer1", PASSWORD, role="buyer")
    create_user(engine, "supplier1", PASSWORD, role="supplier")
    e = Enterprise.__table__
    with engine.begin() as conn:  # one public firm making crackers, close to the buyer
        conn.execute(update(e).where(e.c.id == 1).values(
            public=True, product="keripik singkong balado", kbli="10794",
            latitude=-2.80, longitude=122.10))
        conn.execute(update(e).where(e.c.id == 2).values(
            public=False, product="keripik singkong pedas", kbli="10794",
            latitude=-2.81, longitude=122.11, regency_code="72.06"))
    from rancang.features.registry.publish import publish_demo

    publish_demo(engine)
    yield a
    engine.dispose()


def _actor(app: FastAPI, name: str) -> Actor:
    actor = authenticate(app.state.engine, name, PASSWORD)
    assert actor is not None
    return actor


def test_need_matches_offers_and_public_firms_only(app: FastAPI) -> None:
    engine = app.state.engine
    buyer, sup = _actor(app, "buyer1"), _actor(app, "supplier1")
    oid = mk.create_offer(engine, sup, mk.OfferData(
        "72.06", "UD Sintetis Keripik", "keripik singkong", "10794", 500.0, "kg",
        ["halal"], -2.82, 122.15))
    nid = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", "PT Sintetis Estate", "keripik singkong balado", "10794", 1000.0, "kg",
        "monthly", ["halal"], -2.82, 122.15, 100.0))
    found = mk.need_matches(engine, buyer, nid, top=10)
    keys = [m["supplier"] for m in found]
    assert f"offer:{oid}" in keys and "firm:2" not in keys  # firm 2 is not public
    offer = next(m for m in found if m["supplier"] == f"offer:{oid}")
    # the parts add up, independently: KBLI same class 35, distance 0 km 20, capacity
    # 500/1000 -> 5, halal held 10
    assert offer["parts"]["kbli"] == 35.0 and offer["parts"]["distance"] == 20.0
    assert offer["parts"]["capacity"] == 5.0 and offer["parts"]["certificates"] == 10.0
    assert abs(sum(offer["parts"].values()) - offer["score"]) < 0.2
    assert offer["why"]
    firm = next((m for m in found if m["supplier"] == "firm:1"), None)
    if firm is not None:  # a register firm: public fields only, capacity never shown
        assert firm["capacity"] is None and firm["parts"]["capacity"] == 5.0
    # the office of 72.06 sees the non-public firm of its region
    office = _actor(app, "analyst_own")
    assert "firm:2" in [m["supplier"] for m in mk.need_matches(engine, office, nid, top=50)]
    # filters: a certificate nobody holds leaves no one; a KBLI of another group neither
    assert mk.need_matches(engine, buyer, nid, filters=mk.Filters(certificates=("tkdn",))) == []
    assert mk.need_matches(engine, buyer, nid, filters=mk.Filters(kbli="56")) == []
    # the offer can serve the need
    assert [s["need_id"] for s in mk.offer_needs(engine, sup, oid)] == [nid]


def test_index_text_part_equals_the_file_matcher(app: FastAPI) -> None:
    """A need posted after the index was built scores like the file matcher over the same
    parties, up to the idf's counts (checked on the text part's order)."""
    from rancang.features.matching.market_index import current_index

    engine = app.state.engine
    buyer = _actor(app, "buyer1")
    nid = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", "Toko Sintetis", "keripik singkong", "10794"))
    index = current_index(engine)
    view, row, _, _ = index.needs_view(engine)
    total, parts, _, _ = view.score(row[nid])
    from rancang.features.matching.match import Matcher

    fresh = Matcher(view.needs, view.suppliers)
    total2, parts2, _, _ = fresh.score(row[nid])
    assert np.allclose(parts["kbli"], parts2["kbli"])
    assert np.allclose(total, total2, atol=3.0)
    assert np.argmax(parts["text"]) == np.argmax(parts2["text"])


def test_scope_and_refusals(app: FastAPI) -> None:
    engine = app.state.engine
    buyer, other = _actor(app, "buyer1"), _actor(app, "analyst_other")
    nid = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", "PT Sintetis", "jasa katering karyawan", "56290"))
    with pytest.raises(NotFoundError):
        mk.get_need(engine, other, nid)  # another region's office
    with pytest.raises(InputError) as exc:
        mk.create_need(engine, buyer, mk.NeedData("72.06", "", "x", "561", lat=1000.0,
                                                  lng=122.0))
    columns = {p.column for p in exc.value.problems}
    assert {"buyer", "kbli", "lat"} <= columns


def test_requests_feed_an_event_that_schedules(app: FastAPI) -> None:
    engine = app.state.engine
    buyer, sup = _actor(app, "buyer1"), _actor(app, "supplier1")
    office = _actor(app, "analyst_own")
    eid = mk.create_event(engine, office, region="72.06", name="Temu Usaha Sintetis",
                          held_on=__import__("datetime").date(2027, 3, 1), slots=4,
                          morning_slots=2, tables=2)
    oid = mk.create_offer(engine, sup, mk.OfferData(
        "72.06", "CV Sintetis Katering", "katering nasi kotak", "56290"))
    nid = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", "PT Sintetis", "katering makan siang karyawan", "56290"))
    rid = mk.request_meeting(engine, buyer, nid, f"offer:{oid}", event_id=eid)
    assert mk.request_meeting(engine, buyer, nid, f"offer:{oid}", event_id=eid) == rid
    with pytest.raises(NotFoundError):
        mk.answer_request(engine, buyer, rid, True)  # the buyer cannot answer
    with pytest.raises(InputError):
        mk.event_of(engine, office, eid)  # nothing accepted yet
    assert mk.answer_request(engine, sup, rid, True) == "accepted"
    event = mk.event_of(engine, office, eid)
    assert [(r.from_id, r.to_id) for r in event.requests] == [("B-buyer1", f"O-{oid}")]
    result, total, data = mk.schedule_event(engine, office, eid, time_limit=2)
    assert total == 1 and len(result.meetings) == 1 and data[:2] == b"PK"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pages_and_api(app: FastAPI, lang: str, tmp_path: Path) -> None:
    c = login(app, "buyer1")
    assert c is not None
    c.http.get(f"/lang/{lang}?next=/")
    r = c.http.post("/match/market/needs", data={
        "csrf_token": c.csrf, "region": "72.06", "buyer": "PT Sintetis",
        "description": "keripik singkong balado", "action": "suggest"})
    assert r.status_code == 200 and 'name="kbli" value="10794"' in r.text
    r = c.http.post("/match/market/needs", data={
        "csrf_token": c.csrf, "region": "72.06", "buyer": "PT Sintetis",
        "description": "keripik singkong balado", "kbli": "10794", "action": "save"},
        follow_redirects=False)
    assert r.status_code == 303
    page = c.http.get(r.headers["location"])
    assert page.status_code == 200
    word = "Pemasok yang cocok" if lang == "id" else "Matching suppliers"
    assert word in page.text
    bad = c.http.post("/api/v1/match/needs", json={
        "region": "72.06", "buyer": "X", "description": "y", "kbli": ""},
        headers={"X-CSRF-Token": c.csrf})
    assert bad.status_code == 422 and bad.json()["problems"][0]["column"] == "kbli"
    nid = int(r.headers["location"].rsplit("/", 1)[1])
    api = c.http.get(f"/api/v1/match/needs/{nid}/matches?top=3")
    assert api.status_code == 200 and len(api.json()) <= 3
