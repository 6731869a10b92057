"""A supplier's meeting request to the buyer of a need it can serve, in the stored market
(issue 16, audit line 3.5: requests in both directions, with priority): on the page and
through the API, for an offer (its author) and a register firm (the office of its
region); the buyer answers seeing the supplier's public profile only; an accepted request
joins the event with the supplier as the one who asked (schedule, ``event.xlsx``); a
pair requested one way is not requested the other way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, select, update

from rancang.core.errors import InputError, NotFoundError
from rancang.features.accounts.service import create_user
from rancang.features.matching import market as mk
from rancang.features.matching import market_asks as ma
from rancang.features.matching import meetings as mt
from rancang.features.matching.models import MatchRequest
from rancang.features.registry.models import Enterprise
from tests.matching.accounts import signed_in as _actor
from tests.web.conftest import PASSWORD, build_app, login

FIRM = 3  # a register firm of 72.06 set up below to make crackers


def _setup(engine: Engine) -> None:
    for name, role in (("pembeli_q", "buyer"), ("pemasok_rahasia_q", "supplier"),
                       ("pemasok_lain_q", "supplier")):
        create_user(engine, name, PASSWORD, role=role)
    e = Enterprise.__table__
    with engine.begin() as conn:
        conn.execute(update(e).where(e.c.id == FIRM).values(
            name="UD Keripik Register", product="keripik singkong balado", kbli="10794",
            regency_code="72.06", latitude=-2.80, longitude=122.10,
            owner_name="Ibu Pemilik Rahasia", phone="081299990000",
            email="rahasia@contoh.id", nib="9120000000001"))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('asks') / 'a.sqlite'}", firms=6)
    _setup(a.state.engine)
    yield a
    a.state.engine.dispose()


def _row(engine: Engine, rid: int) -> tuple[object, ...]:
    t = MatchRequest.__table__
    with engine.connect() as conn:
        return tuple(conn.execute(select(
            t.c.direction, t.c.status, t.c.priority, t.c.event_id, t.c.supplier_kind,
            t.c.supplier_id).where(t.c.id == rid)).one())


def _scenario(app: FastAPI, tmp: Path) -> None:
    engine = app.state.engine
    buyer_a = _actor(engine, "pembeli_q")
    near = mk.create_offer(engine, _actor(engine, "pemasok_rahasia_q"), mk.OfferData(
        "72.06", "CV Sintetis Dekat", "keripik singkong balado", "10794", 2000.0, "kg",
        ["halal"], -2.82, 122.17))
    far = mk.create_offer(engine, _actor(engine, "pemasok_lain_q"), mk.OfferData(
        "72.06", "UD Sintetis Lain", "keripik singkong", "10794", 2000.0, "kg",
        [], -2.82, 122.30))
    need = mk.create_need(engine, buyer_a, mk.NeedData(
        "72.06", "PT Sintetis Estate", "keripik singkong balado pedas", "10794", 1000.0,
        "kg", "monthly", ["halal"], -2.82, 122.15, 300.0))
    second = mk.create_need(engine, buyer_a, mk.NeedData(
        "72.06", "PT Sintetis Estate", "keripik singkong balado manis", "10794", 500.0,
        "kg", "monthly", [], -2.82, 122.15, 300.0))
    truck = mk.create_need(engine, buyer_a, mk.NeedData(
        "72.06", "PT Sintetis Estate", "jasa angkutan truk", "49431"))
    office = _actor(engine, "analyst_own")
    event = mk.create_event(engine, office, region="72.06", name="Temu Dua Arah",
                            held_on=date(2027, 7, 1), slots=4, morning_slots=2, tables=2)

    # the supplier asks on its offer's page, from its needs it can serve
    sup = login(app, "pemasok_rahasia_q")
    page = sup.http.get(f"/match/market/offers/{near}?lang=en").text
    assert f'data-need="{need}"' in page and "Request a meeting with the buyer" in page
    assert f'data-need="{truck}"' not in page
    r = sup.http.post(f"/match/market/offers/{near}/requests", data={
        "csrf_token": sup.csrf, "need_id": str(need), "priority": "3",
        "event_id": str(event)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    t = MatchRequest.__table__
    with engine.connect() as conn:
        rid = conn.execute(select(t.c.id).where(t.c.need_id == need)).scalar_one()
    assert _row(engine, rid) == ("supplier", "requested", 3, event, "offer", near)
    # a need it cannot serve, an offer it did not post: not found
    with pytest.raises(NotFoundError):
        ma.request_buyer(engine, _actor(engine, "pemasok_rahasia_q"), f"offer:{near}",
                         truck)
    other = login(app, "pemasok_lain_q")
    h = {"X-CSRF-Token": other.csrf}
    assert other.http.post(f"/api/v1/match/offers/{near}/requests", json={
        "need_id": need}, headers=h).status_code == 404

    # the buyer sees the supplier's public profile only, and answers
    buyer = login(app, "pembeli_q")
    bh = {"X-CSRF-Token": buyer.csrf}
    page = buyer.http.get(f"/match/market/needs/{need}?lang=en").text
    assert "CV Sintetis Dekat" in page and "the supplier" in page
    assert f'action="/match/market/requests/{rid}/answer"' in page
    assert "pemasok_rahasia_q" not in page
    home = buyer.http.get("/match/market?lang=id").text
    assert f'data-request="{rid}"' in home and "Pemasok yang meminta bertemu" in home
    api = buyer.http.get(f"/api/v1/match/needs/{need}/requests").json()
    assert [(x["id"], x["direction"], x["supplier"], x["priority"]) for x in api] == [
        (rid, "supplier", f"offer:{near}", 3)]
    assert api[0]["profile"] == {"name": "CV Sintetis Dekat",
                                 "product": "keripik singkong balado", "kbli": "10794",
                                 "place": "72.06", "certificates": ["halal"]}
    # the buyer asking back, on this need or another one: refused, saying so
    for n in (need, second):
        r = buyer.http.post(f"/api/v1/match/needs/{n}/requests", json={
            "supplier": f"offer:{near}", "meet": True}, headers=bh)
        assert r.status_code == 422 and r.json()["problems"][0]["column"] == "supplier"
        assert f"{rid}" in r.json()["problems"][0]["message"]
    # who asked does not answer, nor another region's office
    for who in ("pemasok_rahasia_q", "analyst_other"):
        c = login(app, who)
        assert c.http.post(f"/api/v1/match/requests/{rid}/answer", json={"accept": True},
                           headers={"X-CSRF-Token": c.csrf}).status_code == 404
    r = buyer.http.post(f"/match/market/requests/{rid}/answer", data={
        "csrf_token": buyer.csrf, "back": f"/match/market/needs/{need}"},
        follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/match/market/needs/{need}"
    assert _row(engine, rid)[1] == "declined"
    r = buyer.http.post(f"/api/v1/match/requests/{rid}/answer", json={"accept": True},
                        headers=bh)
    assert r.json() == {"id": rid, "status": "accepted"}

    # the other way round: the buyer asked first, the supplier is refused, saying so
    bid = mk.request_meeting(engine, buyer_a, need, f"offer:{far}", event_id=event)
    r = other.http.post(f"/api/v1/match/offers/{far}/requests", json={"need_id": need},
                        headers=h)
    assert r.status_code == 422 and f"{bid}" in r.json()["problems"][0]["message"]
    r = other.http.post(f"/match/market/offers/{far}/requests", data={
        "csrf_token": other.csrf, "need_id": str(need)})
    assert r.status_code == 422 and f"{bid}" in r.text
    assert _row(engine, bid)[:2] == ("buyer", "requested")

    # the office asks for a register firm, from the firm's needs
    o = login(app, "analyst_own")
    page = o.http.get(f"/register/{FIRM}/needs").text
    assert f'action="/match/market/firms/{FIRM}/requests"' in page
    r = o.http.post(f"/match/market/firms/{FIRM}/requests", data={
        "csrf_token": o.csrf, "need_id": str(second), "priority": "2",
        "event_id": str(event)}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/register/{FIRM}/needs"
    x = login(app, "analyst_other")
    assert x.http.post(f"/api/v1/match/firms/{FIRM}/requests", json={"need_id": second},
                       headers={"X-CSRF-Token": x.csrf}).status_code == 404
    with engine.connect() as conn:
        fid = conn.execute(select(t.c.id).where(t.c.need_id == second,
                                                t.c.supplier_kind == "firm")).scalar_one()
    assert _row(engine, fid) == ("supplier", "requested", 2, event, "firm", FIRM)
    page = buyer.http.get(f"/match/market/needs/{second}").text
    assert "UD Keripik Register" in page
    for secret in ("Ibu Pemilik Rahasia", "081299990000", "rahasia@contoh.id",
                   "9120000000001"):
        assert secret not in page
    profile = buyer.http.get(f"/api/v1/match/needs/{second}/requests").json()[0]["profile"]
    assert set(profile) == {"name", "product", "kbli", "place", "certificates"}
    buyer.http.post(f"/api/v1/match/requests/{fid}/answer", json={"accept": True},
                    headers=bh)

    # the event: the suppliers' requests from the supplier, the buyer's from the buyer
    mk.answer_request(engine, _actor(engine, "pemasok_lain_q"), bid, True)
    ev = mk.event_of(engine, office, event)
    assert sorted((q.from_id, q.to_id, q.priority) for q in ev.requests) == sorted([
        (f"O-{near}", "B-pembeli_q", 3), ("B-pembeli_q", f"O-{far}", 1),
        (f"F-{FIRM}", "B-pembeli_q", 2)])
    ev_page = o.http.get(f"/match/market/events/{event}?lang=en").text
    assert ev_page.count('<td class="asked-by">the supplier</td>') == 2
    assert ev_page.count('<td class="asked-by">the buyer</td>') == 1
    from rancang.features.matching.event import read_event

    r = o.http.get(f"/match/market/events/{event}/event.xlsx")
    assert r.status_code == 200
    path = tmp / "acara.xlsx"
    path.write_bytes(r.content)
    assert sorted((q.from_id, q.to_id) for q in read_event(path).requests) == sorted(
        (q.from_id, q.to_id) for q in ev.requests)
    mk.schedule_event(engine, office, event, time_limit=2)
    stored = {(m["from_id"], m["to_id"]): m for m in mt.meetings(engine, office, event)}
    assert set(stored) == {(q.from_id, q.to_id) for q in ev.requests}
    assert stored[(f"O-{near}", "B-pembeli_q")]["kbli"] == "10794"
    assert stored[(f"F-{FIRM}", "B-pembeli_q")]["priority"] == 2
    # the command line's export (``rancang match market-export``) says who asked
    import csv

    from rancang.features.matching.market_export import write_market

    write_market(engine, tmp / "m", region="72.06")
    text = (tmp / "m" / "requests.csv").read_text(encoding="utf-8-sig")
    asked = {int(x["id"]): x["direction"] for x in csv.DictReader(text.splitlines())}
    assert (asked[rid], asked[fid], asked[bid]) == ("supplier", "supplier", "buyer")


def test_a_supplier_requests_a_meeting_with_a_buyer(app: FastAPI, tmp_path: Path) -> None:
    _scenario(app, tmp_path)


@pytest.mark.postgres
def test_a_supplier_requests_a_meeting_on_postgresql(postgres_url: str,
                                                     tmp_path: Path) -> None:
    a = build_app(postgres_url, firms=6)
    try:
        _setup(a.state.engine)
        _scenario(a, tmp_path)
    finally:
        a.state.engine.dispose()


def test_a_bad_supplier_or_priority_is_refused(app: FastAPI) -> None:
    engine = app.state.engine
    with pytest.raises(InputError):
        ma.parse_supplier("penjual:3")
    office = _actor(engine, "analyst_own")
    need = mk.create_need(engine, office, mk.NeedData(
        "72.06", "PT Prioritas", "keripik singkong balado", "10794",
        lat=-2.82, lng=122.15, radius_km=100.0))
    with pytest.raises(InputError) as exc:
        ma.request_buyer(engine, office, f"firm:{FIRM}", need, priority=10)
    assert [p.column for p in exc.value.problems] == ["priority"]
