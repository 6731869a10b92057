"""A need's matches filtered on the page and through the API (the same suppliers either
way), the sentence of each match, and a buyer's shortlist becoming a meeting request that
the supplier declines and then accepts, on the page and through the API (issue 16, audit
lines 2.12-2.15)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from rancang.core.actors import Actor
from rancang.core.errors import InputError
from rancang.features.accounts.service import authenticate, create_user
from rancang.features.matching import market as mk
from rancang.features.matching.models import MatchRequest
from tests.web.conftest import PASSWORD, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('requests') / 'r.sqlite'}", firms=4)
    for name, role in (("buyer_r", "buyer"), ("near_r", "supplier"), ("far_r", "supplier")):
        create_user(a.state.engine, name, PASSWORD, role=role)
    yield a
    a.state.engine.dispose()


def _actor(app: FastAPI, name: str) -> Actor:
    actor = authenticate(app.state.engine, name, PASSWORD)
    assert actor is not None
    return actor


def _market(app: FastAPI) -> tuple[int, int, int]:
    """A halal cracker maker 2 km from the delivery point, one about 110 km away without
    certificates, and a need for halal crackers within 300 km."""
    engine = app.state.engine
    near = mk.create_offer(engine, _actor(app, "near_r"), mk.OfferData(
        "72.06", "CV Sintetis Dekat", "keripik singkong balado", "10794", 2000.0, "kg",
        ["halal"], -2.82, 122.17))
    far = mk.create_offer(engine, _actor(app, "far_r"), mk.OfferData(
        "72.06", "UD Sintetis Jauh", "keripik singkong", "10794", 2000.0, "kg",
        [], -2.82, 123.15))
    need = mk.create_need(engine, _actor(app, "buyer_r"), mk.NeedData(
        "72.06", "PT Sintetis Estate", "keripik singkong balado pedas", "10794", 1000.0, "kg",
        "monthly", ["halal"], -2.82, 122.15, 300.0))
    return near, far, need


@pytest.mark.parametrize("lang", ["id", "en"])
def test_filters_on_the_page_equal_the_api_and_each_match_says_why(
        app: FastAPI, lang: str) -> None:
    near, far, need = _market(app)
    c = login(app, "buyer_r")
    c.http.get(f"/lang/{lang}?next=/")
    both = {f"offer:{near}", f"offer:{far}"}
    cases: list[tuple[dict[str, object], set[str]]] = [
        ({}, both),
        ({"max_km": 50}, {f"offer:{near}"}),             # the far one is about 110 km away
        ({"certificates": ["halal"]}, {f"offer:{near}"}),  # the far one holds none
        ({"kbli": "107"}, both),                          # group 107 holds 10794
        ({"kbli": "561"}, set()),
    ]
    for params, want in cases:
        api = c.http.get(f"/api/v1/match/needs/{need}/matches", params={**params, "top": 50})
        assert api.status_code == 200, api.text
        got = {m["supplier"] for m in api.json()} & both
        assert got == want, params
        page = c.http.get(f"/match/market/needs/{need}", params={**params, "top": 50})
        assert page.status_code == 200
        shown = {s for s in both if f'name="supplier" value="{s}"' in page.text}
        assert shown == want, params
    best = next(m for m in c.http.get(f"/api/v1/match/needs/{need}/matches").json()
                if m["supplier"] == f"offer:{near}")
    # the sentence names the KBLI level, the shared words, the distance, the capacity and
    # the certificates, in the reader's language
    if lang == "en":
        want_parts = ["same KBLI class (10794)", "shared words: keripik, singkong, balado",
                      "2 km from the delivery place", "capacity 200% of the quantity",
                      "certificates held: halal; lacking: -"]
    else:
        want_parts = ["KBLI sama (10794)", "kata yang sama: keripik, singkong, balado",
                      "2 km dari lokasi pengiriman", "kapasitas 200% dari kebutuhan",
                      "sertifikat dimiliki: halal; belum: -"]
    assert best["why"].split("; ", 4) == want_parts
    assert abs(sum(best["parts"].values()) - best["score"]) < 0.2
    page = c.http.get(f"/match/market/needs/{need}").text
    assert best["why"] in page.replace("&#39;", "'")


def test_shortlist_then_request_then_decline_and_accept(app: FastAPI) -> None:
    engine = app.state.engine
    near, _, need = _market(app)
    buyer = login(app, "buyer_r")
    r = buyer.http.post(f"/match/market/needs/{need}/requests", data={
        "csrf_token": buyer.csrf, "supplier": f"offer:{near}"}, follow_redirects=False)
    assert r.status_code == 303
    t = MatchRequest.__table__
    with engine.connect() as conn:
        [(rid, status, priority)] = conn.execute(
            t.select().with_only_columns(t.c.id, t.c.status, t.c.priority)
            .where(t.c.need_id == need)).all()
    assert status == "shortlisted" and priority == 1
    page = buyer.http.get(f"/match/market/needs/{need}?lang=en").text
    assert f"<td>{rid}</td><td>offer:{near}</td><td>shortlisted</td>" in page
    # a shortlist is not a request: the supplier cannot answer it, the office cannot
    # schedule it
    supplier = login(app, "near_r")
    h = {"X-CSRF-Token": supplier.csrf}
    r = supplier.http.post(f"/api/v1/match/requests/{rid}/answer", json={"accept": True},
                           headers=h)
    assert r.status_code == 422 and r.json()["problems"][0]["column"] == "status"
    offer_page = supplier.http.get(f"/match/market/offers/{near}").text
    assert f"/match/market/requests/{rid}/answer" not in offer_page
    office = _actor(app, "analyst_own")
    event = mk.create_event(engine, office, region="72.06", name="Temu Sintetis",
                            held_on=__import__("datetime").date(2027, 4, 1), slots=4,
                            morning_slots=2, tables=2)
    # the buyer asks for the meeting through the API: the same request, now requested
    r = buyer.http.post(f"/api/v1/match/needs/{need}/requests", json={
        "supplier": f"offer:{near}", "meet": True, "priority": 2, "event_id": event},
        headers={"X-CSRF-Token": buyer.csrf})
    assert r.status_code == 201 and r.json()["id"] == rid
    with engine.connect() as conn:
        assert conn.execute(t.select().with_only_columns(t.c.status, t.c.priority, t.c.event_id)
                            .where(t.c.id == rid)).one() == ("requested", 2, event)
    with pytest.raises(InputError):
        mk.event_of(engine, office, event)  # nothing accepted yet
    # the supplier declines on the page, then accepts through the API
    offer_page = supplier.http.get(f"/match/market/offers/{near}").text
    assert f"/match/market/requests/{rid}/answer" in offer_page
    r = supplier.http.post(f"/match/market/requests/{rid}/answer", data={
        "csrf_token": supplier.csrf, "back": f"/match/market/offers/{near}"},
        follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/match/market/offers/{near}"
    with engine.connect() as conn:
        assert conn.execute(t.select().with_only_columns(t.c.status)
                            .where(t.c.id == rid)).scalar_one() == "declined"
    # nobody else answers: the buyer, another supplier, another region's office
    for who in ("buyer_r", "far_r", "analyst_other"):
        other = login(app, who)
        assert other.http.post(f"/api/v1/match/requests/{rid}/answer", json={"accept": True},
                               headers={"X-CSRF-Token": other.csrf}).status_code == 404
    r = supplier.http.post(f"/api/v1/match/requests/{rid}/answer", json={"accept": True},
                           headers=h)
    assert r.status_code == 200 and r.json() == {"id": rid, "status": "accepted"}
    ev = mk.event_of(engine, office, event)
    assert [(q.from_id, q.to_id, q.priority) for q in ev.requests] == [
        ("B-buyer_r", f"O-{near}", 2)]
