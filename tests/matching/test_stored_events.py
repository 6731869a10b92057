"""Stored Temu Usaha events (issue 16): the schedule stored and shown, re-scheduling that
keeps the stored meetings in their slots, outcomes per stored meeting (page, API, file
import) read by the event report and the quarterly comparison, editing and deleting an
event, the needs a register firm can serve, and the register's KBLI suggestions through
the API. Every figure is checked against values counted here from the stored rows."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select, update

from rancang.core.errors import InputError, NotFoundError
from rancang.features.accounts.service import create_user
from rancang.features.matching import market as mk
from rancang.features.matching import meetings as mt
from rancang.features.matching.models import MatchMeeting, MatchRequest
from rancang.features.registry.models import Enterprise
from tests.matching.accounts import signed_in as _actor
from tests.web.conftest import PASSWORD, build_app, login

FIRM = 3  # a register firm of 72.06 set up below to make crackers


def _setup(engine: Engine) -> None:
    for name, role in (("buyer_s1", "buyer"), ("buyer_s2", "buyer"),
                       ("supplier_s1", "supplier")):
        create_user(engine, name, PASSWORD, role=role)
    e = Enterprise.__table__
    with engine.begin() as conn:
        conn.execute(update(e).where(e.c.id == FIRM).values(
            product="keripik singkong balado", kbli="10794", regency_code="72.06",
            latitude=-2.80, longitude=122.10))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('events') / 'ev.sqlite'}", firms=8)
    _setup(a.state.engine)
    yield a
    a.state.engine.dispose()


def _stored(engine: Engine, event_id: int) -> list[dict[str, Any]]:
    m = MatchMeeting.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(m).where(m.c.event_id == event_id)
                                              .order_by(m.c.id)).mappings()]


def _valid(rows: list[dict[str, Any]], pairs: set[tuple[str, str]], slots: int,
           tables: int) -> None:
    """An independent check of a stored schedule: only accepted pairs, each once, inside
    the event's slots and tables, nobody twice in a slot, no table twice in a slot."""
    assert {(r["from_id"], r["to_id"]) for r in rows} <= pairs
    assert len({(r["from_id"], r["to_id"]) for r in rows}) == len(rows)
    assert all(1 <= r["slot"] <= slots and 1 <= r["table_no"] <= tables for r in rows)
    people = Counter((p, r["slot"]) for r in rows for p in (r["from_id"], r["to_id"]))
    assert max(people.values(), default=1) == 1
    seats = Counter((r["slot"], r["table_no"]) for r in rows)
    assert max(seats.values(), default=1) == 1


def _market(engine: Engine, event_id: int) -> dict[str, Any]:
    """Two offers (crackers, catering), two buyers; three accepted requests."""
    b1, b2 = _actor(engine, "buyer_s1"), _actor(engine, "buyer_s2")
    sup = _actor(engine, "supplier_s1")
    o1 = mk.create_offer(engine, sup, mk.OfferData("72.06", "UD Keripik Sintetis",
                                                   "keripik singkong", "10794"))
    o2 = mk.create_offer(engine, sup, mk.OfferData("72.06", "CV Katering Sintetis",
                                                   "katering nasi kotak", "56290"))
    n1 = mk.create_need(engine, b1, mk.NeedData("72.06", "PT Estate Satu",
                                                "keripik singkong balado", "10794"))
    n2 = mk.create_need(engine, b1, mk.NeedData("72.06", "PT Estate Satu",
                                                "katering makan siang", "56290"))
    n3 = mk.create_need(engine, b2, mk.NeedData("72.06", "PT Estate Dua",
                                                "keripik singkong", "10794"))
    reqs = [mk.request_meeting(engine, b1, n1, f"offer:{o1}", event_id=event_id),
            mk.request_meeting(engine, b1, n2, f"offer:{o2}", event_id=event_id),
            mk.request_meeting(engine, b2, n3, f"offer:{o1}", event_id=event_id)]
    for r in reqs:
        mk.answer_request(engine, sup, r, True)
    return {"o1": o1, "o2": o2, "n3": n3, "reqs": reqs, "b2": b2, "sup": sup}


def _scenario(app: FastAPI) -> None:
    """The whole life of a stored event, run on SQLite and PostgreSQL."""
    engine = app.state.engine
    office, other = _actor(engine, "analyst_own"), _actor(engine, "analyst_other")
    eid = mk.create_event(engine, office, region="72.06", name="Temu Usaha Tersimpan",
                          held_on=date(2027, 2, 10), slots=6, morning_slots=3, tables=2)
    m = _market(engine, eid)
    o1, o2 = m["o1"], m["o2"]
    pairs = {("B-buyer_s1", f"O-{o1}"), ("B-buyer_s1", f"O-{o2}"),
             ("B-buyer_s2", f"O-{o1}")}
    result, total, _ = mk.schedule_event(engine, office, eid, time_limit=2)
    rows = _stored(engine, eid)
    assert total == 3 and len(rows) == len(result.meetings) == 3
    _valid(rows, pairs, 6, 2)
    assert {r["kbli"] for r in rows} == {"10794", "56290"}
    assert {r["region"] for r in rows} == {"72.06"}
    with pytest.raises(NotFoundError):
        mt.meetings(engine, other, eid)

    # a prior schedule (set here) had the meetings in slots 1, 6 and 2; the event loses
    # its last slot and one request is declined: the meeting in slot 1 stays, the one in
    # slot 6 moves and remembers it, the declined one goes
    t = MatchMeeting.__table__
    stay, mover = ("B-buyer_s1", f"O-{o1}"), ("B-buyer_s1", f"O-{o2}")
    with engine.begin() as conn:
        for (a, b), slot in ((stay, 1), (mover, 6), (("B-buyer_s2", f"O-{o1}"), 2)):
            conn.execute(update(t).where(t.c.event_id == eid, t.c.from_id == a,
                                         t.c.to_id == b).values(slot=slot, table_no=1))
    mt.update_event(engine, office, eid, slots=5)
    mk.answer_request(engine, m["sup"], m["reqs"][2], False)  # buyer 2 - crackers
    _, _, data = mk.schedule_event(engine, office, eid, time_limit=2)
    after = {(r["from_id"], r["to_id"]): r for r in _stored(engine, eid)}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        moved = list(csv.DictReader(io.StringIO(z.read("moved.csv").decode("utf-8"))))
    assert {(r["from_id"], r["to_id"], r["old_slot"], r["new_slot"]) for r in moved} == {
        (*mover, "6", str(after[mover]["slot"])), ("B-buyer_s2", f"O-{o1}", "2", "")}
    assert set(after) == pairs - {("B-buyer_s2", f"O-{o1}")}
    assert after[stay]["slot"] == 1 and after[stay]["previous_slot"] is None
    assert after[mover]["previous_slot"] == 6 and after[mover]["slot"] <= 5
    _valid(list(after.values()), pairs, 5, 2)

    # outcomes: one held with a contract, one no-show; an MoU without a held meeting is
    # refused with its column
    held, missed = after[stay]["id"], after[mover]["id"]
    mt.record_outcome(engine, office, held, mt.OutcomeIn("terlaksana", "kirim sampel",
                                                         "kontrak", 125_000_000.0))
    with pytest.raises(InputError) as exc:
        mt.record_outcome(engine, office, missed, mt.OutcomeIn("no_show", "", "mou"))
    assert [p.column for p in exc.value.problems] == ["agreement"]
    mt.record_outcome(engine, office, missed, mt.OutcomeIn("tidak_hadir"))
    with pytest.raises(NotFoundError):
        mt.record_outcome(engine, other, held, mt.OutcomeIn("held"))
    report = mt.event_report(engine, office, eid)
    total_row = report["total"][0]
    assert (total_row["meetings"], total_row["held"], total_row["no_show"],
            total_row["contracts"], total_row["contract_value"]) == (2, 1, 1, 1, 125e6)
    assert {r["section"]: r["contract_value"] for r in report["sections"]} == {
        "C": 125e6, "I": 0.0}  # 10794 is manufacturing (C), 56290 food service (I)
    assert [r["quarter"] for r in report["quarters"]] == ["2027-Q1"]
    assert mt.event_report(engine, other) == {}  # nothing of another region

    # final: no re-schedule, no delete; cleared, the delete takes the meetings and leaves
    # the requests with their needs
    with pytest.raises(InputError):
        mk.schedule_event(engine, office, eid, time_limit=1)
    with pytest.raises(InputError):
        mt.delete_event(engine, office, eid)
    for ident in (held, missed):
        mt.record_outcome(engine, office, ident, mt.OutcomeIn(""))
    with pytest.raises(NotFoundError):
        mt.delete_event(engine, other, eid)
    mt.delete_event(engine, office, eid)
    assert _stored(engine, eid) == []
    r = MatchRequest.__table__
    with engine.connect() as conn:
        left = conn.execute(select(r.c.id, r.c.event_id).where(
            r.c.id.in_(m["reqs"]))).all()
    assert sorted(i for i, _ in left) == sorted(m["reqs"])
    assert {e for _, e in left} == {None}


def test_stored_event_life(app: FastAPI) -> None:
    _scenario(app)


@pytest.mark.postgres
def test_stored_event_life_on_postgresql(postgres_url: str) -> None:
    a = build_app(postgres_url, firms=4)
    try:
        _setup(a.state.engine)
        _scenario(a)
    finally:
        a.state.engine.dispose()


def _scheduled_event(app: FastAPI, name: str) -> tuple[int, dict[str, Any]]:
    engine = app.state.engine
    office = _actor(engine, "analyst_own")
    eid = mk.create_event(engine, office, region="72.06", name=name,
                          held_on=date(2027, 5, 20), slots=4, morning_slots=2, tables=3)
    m = _market(engine, eid)
    mk.schedule_event(engine, office, eid, time_limit=2)
    return eid, m


def test_outcome_import_is_keyed_to_the_stored_meetings(app: FastAPI) -> None:
    engine = app.state.engine
    office = _actor(engine, "analyst_own")
    eid, m = _scheduled_event(app, "Temu Impor")
    o1 = m["o1"]
    bad = (f"from_id,to_id,status,agreement,value\nB-buyer_s1,O-{o1},held,mou,\n"
           "B-nobody,O-999,held,,\n").encode()
    with pytest.raises(InputError) as exc:
        mt.import_outcomes(engine, office, eid, [("hasil.csv", bad)])
    [p] = exc.value.problems
    assert (p.file, p.row, p.column) == ("hasil.csv", 3, "to_id")
    assert all(r["outcome"] is None for r in _stored(engine, eid))  # all or nothing
    good = (f"dari,ke,status,kesepakatan,nilai\nB-buyer_s1,O-{o1},terlaksana,kontrak,"
            f"1.250.000.000\nB-buyer_s2,O-{o1},batal,,\n").encode()
    assert mt.import_outcomes(engine, office, eid, [("hasil.csv", good)]) == 2
    got = {(r["from_id"], r["outcome"], r["agreement"], r["value"])
           for r in _stored(engine, eid) if r["outcome"]}
    assert got == {("B-buyer_s1", "held", "contract", 1.25e9),
                   ("B-buyer_s2", "cancelled", "none", 0.0)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_event_pages_and_api(app: FastAPI, lang: str) -> None:
    engine = app.state.engine
    eid, _ = _scheduled_event(app, f"Temu Halaman {lang}")
    c = login(app, "analyst_own")
    assert c is not None
    c.http.get(f"/lang/{lang}?next=/")
    page = c.http.get(f"/match/market/events/{eid}")
    stored = _stored(engine, eid)
    assert page.status_code == 200 and len(stored) == 3
    assert page.text.count('class="inline outcome-form"') == 3
    word = "Jadwal pertemuan tersimpan" if lang == "id" else "Stored meeting schedule"
    assert word in page.text
    # an outcome entered on the page; a bad value comes back with its message
    first = stored[0]
    r = c.http.post(f"/match/market/meetings/{first['id']}/outcome", data={
        "csrf_token": c.csrf, "status": "held", "agreement": "contract",
        "value": "abc"})
    assert r.status_code == 422 and "abc" in r.text
    r = c.http.post(f"/match/market/meetings/{first['id']}/outcome", data={
        "csrf_token": c.csrf, "status": "held", "agreement": "contract",
        "value": "40000000", "follow_up": "kirim sampel"}, follow_redirects=False)
    assert r.status_code == 303
    # the API: the meeting, its outcome, the event's report and the regions' report
    h = {"X-CSRF-Token": c.csrf}
    api = c.http.get(f"/api/v1/match/events/{eid}/meetings").json()
    assert [x["id"] for x in api] == [x["id"] for x in sorted(
        stored, key=lambda s: (s["slot"], s["table_no"]))]
    second = stored[1]["id"]
    r = c.http.put(f"/api/v1/match/meetings/{second}/outcome", headers=h,
                   json={"status": "held", "agreement": "mou"})
    assert r.status_code == 200 and r.json()["agreement"] == "mou"
    bad = c.http.put(f"/api/v1/match/meetings/{second}/outcome", headers=h,
                     json={"status": "no_show", "agreement": "none", "value": 5})
    assert bad.status_code == 422
    assert {p["column"] for p in bad.json()["problems"]} == {"value"}
    rep = c.http.get(f"/api/v1/match/events/{eid}/report").json()
    assert (rep["total"][0]["meetings"], rep["total"][0]["mou"],
            rep["total"][0]["contract_value"]) == (2, 1, 4e7)
    allrep = c.http.get("/api/v1/match/report").json()
    assert allrep["total"][0]["contract_value"] >= 4e7
    assert any(e["event"] == f"#{eid} Temu Halaman {lang}" for e in allrep["events"])
    page = c.http.get("/match/market/report")
    title = "Laporan hasil temu usaha" if lang == "id" else "Business-matching outcome report"
    assert page.status_code == 200 and title in page.text
    assert "40.000.000" in page.text if lang == "id" else "40,000,000" in page.text
    # the event is final: the delete page refuses, the API answers 422 in the house shape
    page = c.http.get(f"/match/market/events/{eid}/delete")
    assert 'id="event-delete-refused"' in page.text
    r = c.http.delete(f"/api/v1/match/events/{eid}", headers=h)
    assert r.status_code == 422 and set(r.json()) == {"error", "status", "problems"}


def test_event_edit_delete_and_api(app: FastAPI) -> None:
    c = login(app, "analyst_own")
    assert c is not None
    h = {"X-CSRF-Token": c.csrf}
    r = c.http.post("/api/v1/match/events", headers=h, json={
        "region": "72.06", "name": "Temu API", "held_on": "2027-08-01", "slots": 8,
        "morning_slots": 4, "tables": 5})
    assert r.status_code == 201
    eid = r.json()["id"]
    got = c.http.get(f"/api/v1/match/events/{eid}").json()
    assert (got["name"], got["slots"], got["meetings"]) == ("Temu API", 8, 0)
    assert eid in [e["id"] for e in c.http.get("/api/v1/match/events").json()]
    r = c.http.patch(f"/api/v1/match/events/{eid}", headers=h,
                     json={"tables": 7, "name": "Temu API 2"})
    assert (r.json()["tables"], r.json()["name"], r.json()["slots"]) == (7, "Temu API 2", 8)
    bad = c.http.patch(f"/api/v1/match/events/{eid}", headers=h,
                       json={"morning_slots": 9, "minutes": 1})
    assert bad.status_code == 422
    assert {p["column"] for p in bad.json()["problems"]} == {"morning_slots", "minutes"}
    other = login(app, "analyst_other")
    assert other is not None
    assert other.http.get(f"/api/v1/match/events/{eid}").status_code == 404
    assert eid not in [e["id"] for e in other.http.get("/api/v1/match/events").json()]
    # the page: edit form, a problem beside the form, confirm and delete
    r = c.http.post(f"/match/market/events/{eid}/edit", data={
        "csrf_token": c.csrf, "name": "Temu Halaman", "slots": "x"})
    assert r.status_code == 422 and "&#39;x&#39;" in r.text and 'value="x"' in r.text
    r = c.http.post(f"/match/market/events/{eid}/edit", data={
        "csrf_token": c.csrf, "name": "Temu Halaman", "slots": "10"},
        follow_redirects=False)
    assert r.status_code == 303
    assert c.http.get(f"/api/v1/match/events/{eid}").json()["slots"] == 10
    page = c.http.get(f"/match/market/events/{eid}/delete")
    assert 'id="event-delete-form"' in page.text
    r = c.http.post(f"/match/market/events/{eid}/delete", data={"csrf_token": c.csrf},
                    follow_redirects=False)
    assert r.status_code == 303
    assert c.http.get(f"/api/v1/match/events/{eid}").status_code == 404


@pytest.mark.parametrize("lang", ["id", "en"])
def test_needs_a_register_firm_can_serve(app: FastAPI, lang: str) -> None:
    engine = app.state.engine
    buyer = _actor(engine, "buyer_s2")
    nid = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", f"PT Pembeli Keripik {lang}", "keripik singkong balado", "10794",
        lat=-2.82, lng=122.15, radius_km=100.0))
    other_kind = mk.create_need(engine, buyer, mk.NeedData(
        "72.06", "PT Pembeli Truk", "jasa angkutan truk", "49431"))
    office = _actor(engine, "analyst_own")
    found = [n["need_id"] for n in mt.firm_needs(engine, office, FIRM)["needs"]]
    assert nid in found and other_kind not in found
    with pytest.raises(NotFoundError):
        mt.firm_needs(engine, _actor(engine, "analyst_other"), FIRM)
    c = login(app, "analyst_own")
    assert c is not None
    c.http.get(f"/lang/{lang}?next=/")
    record = c.http.get(f"/register/{FIRM}")
    assert f'href="/register/{FIRM}/needs"' in record.text
    page = c.http.get(f"/register/{FIRM}/needs")
    word = "Kebutuhan yang dapat dipasok" if lang == "id" else "Needs this firm can serve"
    assert page.status_code == 200 and word in page.text
    assert f'data-need="{nid}"' in page.text
    api = c.http.get(f"/api/v1/match/firms/{FIRM}/needs").json()
    assert [n["need_id"] for n in api] == found
    o = login(app, "analyst_other")
    assert o is not None
    assert o.http.get(f"/api/v1/match/firms/{FIRM}/needs").status_code == 404
    assert f"/register/{FIRM}/needs" not in o.http.get(f"/register/{FIRM}").text


def test_kbli_register_suggestions_api_never_applies_by_itself(app: FastAPI) -> None:
    engine = app.state.engine
    e = Enterprise.__table__
    with engine.begin() as conn:
        conn.execute(update(e).where(e.c.id == 5).values(
            kbli=None, product="keripik singkong pedas balado", regency_code="72.06"))
    c = login(app, "analyst_own")
    assert c is not None
    body = c.http.get("/api/v1/kbli/register?top=3").json()
    rec = next(r for r in body["records"] if r["id"] == 5)
    assert rec["suggestions"][0]["code"] == "10794" and len(rec["suggestions"]) <= 3
    assert body["total"] >= 1 and rec["suggestions"][0]["why"]
    with engine.connect() as conn:
        assert conn.execute(select(e.c.kbli).where(e.c.id == 5)).scalar_one() is None
    other = login(app, "analyst_other")
    assert other is not None
    assert 5 not in [r["id"] for r in other.http.get("/api/v1/kbli/register").json()[
        "records"]]
    h = {"X-CSRF-Token": c.csrf}
    bad = c.http.post("/api/v1/kbli/register/5", headers=h, json={"kbli": "107"})
    assert bad.status_code == 422
    r = c.http.post("/api/v1/kbli/register/5", headers=h, json={"kbli": "10794"})
    assert r.status_code == 200 and r.json() == {"id": 5, "kbli": "10794"}
    with engine.connect() as conn:
        assert conn.execute(select(e.c.kbli).where(e.c.id == 5)).scalar_one() == "10794"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_error_location_is_printed_once(app: FastAPI, lang: str) -> None:
    c = login(app, "analyst_own")
    assert c is not None
    c.http.get(f"/lang/{lang}?next=/")
    page = c.http.get("/kbli?text=keripik&top=99")
    alerts = re.findall(r'role="alert">([^<]*)<', page.text)
    word = "kolom" if lang == "id" else "column"
    assert len(alerts) == 1 and alerts[0].count(f"{word} &#39;top&#39;") == 1, alerts
    r = c.http.post("/match/schedule", data={"csrf_token": c.csrf},
                    files={"files": ("acara.txt", b"x", "text/plain")})
    alerts = re.findall(r'role="alert">([^<]*)<', r.text)
    assert r.status_code == 422 and len(alerts) == 1
    assert alerts[0].count("acara.txt") == 1, alerts


def test_outcome_import_on_the_event_page(app: FastAPI) -> None:
    engine = app.state.engine
    eid, m = _scheduled_event(app, "Temu Unggah")
    c = login(app, "analyst_own")
    assert c is not None
    o2 = m["o2"]
    bad = f"from_id,to_id,status\nB-buyer_s1,O-{o2},hadir\n".encode()
    r = c.http.post(f"/match/market/events/{eid}/outcomes", data={"csrf_token": c.csrf},
                    files={"files": ("hasil.csv", bad, "text/csv")})
    alerts = re.findall(r'role="alert">([^<]*)<', r.text)
    assert r.status_code == 422 and len(alerts) == 1 and alerts[0].count("hasil.csv") == 1
    good = f"from_id,to_id,status\nB-buyer_s1,O-{o2},no_show\n".encode()
    r = c.http.post(f"/match/market/events/{eid}/outcomes", data={"csrf_token": c.csrf},
                    files={"files": ("hasil.csv", good, "text/csv")},
                    follow_redirects=False)
    assert r.status_code == 303
    assert [(x["to_id"], x["outcome"]) for x in _stored(engine, eid) if x["outcome"]] == [
        (f"O-{o2}", "no_show")]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from(["held", "no_show", "cancelled", "terlaksana", "x"]),
       agreement=st.sampled_from(["none", "mou", "contract", "kontrak", "", "y"]),
       value=st.one_of(st.none(), st.sampled_from([0.0, 1.0, 2.5e9, -3.0])))
def test_an_outcome_entered_follows_the_rules_of_the_files(
        tmp_path: Any, status: str, agreement: str, value: float | None) -> None:
    """Entered on the page or the API, an outcome is refused exactly when the same row
    of an outcome file is."""
    from rancang.features.matching.outcomes import read_outcomes

    path = tmp_path / "satu.csv"
    cell = "" if value is None else repr(value)
    path.write_text(f"event,date,from_id,to_id,status,agreement,value\n"
                    f"E,2027-01-02,a,b,{status},{agreement},{cell}\n", encoding="utf-8")
    try:
        read_outcomes([path])
        file_ok = True
    except InputError:
        file_ok = False
    try:
        mt.check_outcome(mt.OutcomeIn(status, "", agreement, value))
        entered_ok = True
    except InputError:
        entered_ok = False
    assert entered_ok == file_ok


def test_a_follow_up_is_kept_from_the_file_the_page_and_the_api(app: FastAPI) -> None:
    """Audit line 3.28: the follow-up of a meeting, entered on each channel, is read back
    from the meetings' API and shown in the event page's form."""
    engine = app.state.engine
    eid, m = _scheduled_event(app, "Temu Tindak Lanjut")
    o1, o2 = m["o1"], m["o2"]
    office = _actor(engine, "analyst_own")
    good = (f"dari,ke,status,tindak_lanjut\nB-buyer_s1,O-{o1},terlaksana,kirim sampel 50 kg\n"
            ).encode()
    assert mt.import_outcomes(engine, office, eid, [("hasil.csv", good)]) == 1
    stored = {(r["from_id"], r["to_id"]): r["id"] for r in _stored(engine, eid)}
    c = login(app, "analyst_own")
    r = c.http.post(f"/match/market/meetings/{stored[('B-buyer_s1', f'O-{o2}')]}/outcome",
                    data={"csrf_token": c.csrf, "status": "held",
                          "follow_up": "kunjungan pabrik"}, follow_redirects=False)
    assert r.status_code == 303
    r = c.http.put(f"/api/v1/match/meetings/{stored[('B-buyer_s2', f'O-{o1}')]}/outcome",
                   headers={"X-CSRF-Token": c.csrf},
                   json={"status": "held", "follow_up": "penawaran harga"})
    assert r.status_code == 200
    api = {(x["from_id"], x["to_id"]): x["follow_up"]
           for x in c.http.get(f"/api/v1/match/events/{eid}/meetings").json()}
    assert api == {("B-buyer_s1", f"O-{o1}"): "kirim sampel 50 kg",
                   ("B-buyer_s1", f"O-{o2}"): "kunjungan pabrik",
                   ("B-buyer_s2", f"O-{o1}"): "penawaran harga"}
    page = c.http.get(f"/match/market/events/{eid}").text
    for text in api.values():
        assert f'name="follow_up" size="20" maxlength="2000" value="{text}"' in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_stored_event_downloads_as_the_event_workbook(app: FastAPI, lang: str,
                                                        tmp_path: Any) -> None:
    """Audit line 3.5: what a stored event cannot hold (unavailable slots, sessions, fixed
    meetings, sellers' requests) is added to its workbook, which the schedule page and
    ``rancang match schedule`` read as they read any event."""
    from rancang.features.matching.event import read_event

    engine = app.state.engine
    office = _actor(engine, "analyst_own")
    eid, _ = _scheduled_event(app, f"Temu Berkas {lang}")
    c = login(app, "analyst_own")
    c.http.get(f"/lang/{lang}?next=/")
    page = c.http.get(f"/match/market/events/{eid}").text
    assert f'id="event-workbook" href="/match/market/events/{eid}/event.xlsx"' in page
    r = c.http.get(f"/match/market/events/{eid}/event.xlsx")
    assert r.status_code == 200 and r.headers["content-type"].endswith("sheet")
    path = tmp_path / f"acara-{lang}.xlsx"
    path.write_bytes(r.content)
    import openpyxl

    names = openpyxl.load_workbook(path).sheetnames
    assert names == (["peserta", "slot", "permintaan", "pengaturan"] if lang == "id"
                     else ["participants", "slots", "requests", "settings"])
    got, want = read_event(path), mk.event_of(engine, office, eid)
    assert got.participants == want.participants and got.slots == want.slots
    assert got.requests == want.requests and got.tables == want.tables == 3
    # the CLI schedules it as it is
    from typer.testing import CliRunner

    from rancang.cli import build_app as build_cli

    res = CliRunner().invoke(build_cli(), ["match", "schedule", str(path), "--out",
                                           str(tmp_path / f"out-{lang}"), "--time-limit", "2"])
    assert res.exit_code == 0, res.output
    with (tmp_path / f"out-{lang}" / "schedule.csv").open() as fh:
        assert len(list(csv.DictReader(fh))) == len(want.requests)
    # another region's office: not found; an event with nothing accepted: refused
    assert login(app, "analyst_other").http.get(
        f"/match/market/events/{eid}/event.xlsx").status_code == 404
    empty = mk.create_event(engine, office, region="72.06", name="Temu Kosong",
                            held_on=date(2027, 6, 1), slots=4, morning_slots=2, tables=2)
    assert 'id="event-workbook"' not in c.http.get(f"/match/market/events/{empty}").text
    assert c.http.get(f"/match/market/events/{empty}/event.xlsx").status_code == 422
