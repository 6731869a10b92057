"""The consultation pages and API through the app: the team's pages, another region's
404, a stakeholder's submission, the public pages (check-in, personal link, public
version page: only consented names), the capture endpoint that never duplicates."""

from __future__ import annotations

import io
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Client


def public_token(http: TestClient, url: str) -> str:
    """The CSRF token of a public form (its page sets the matching cookie)."""
    page = http.get(url)
    assert page.status_code == 200, (url, page.status_code, page.text[:300])
    found = re.search(r'id="public-csrf" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


@pytest.fixture(scope="module")
def demo(web_app: FastAPI) -> dict[str, int]:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.plan.service import create_plan

    engine = web_app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025,
                       region_name="Morowali")
    event = demo_consultation(engine, plan.id)
    return {"plan": plan.id, "event": event}


def test_team_pages(clients: dict[str, Client], demo: dict[str, int]) -> None:
    own = clients["analyst_own"].http
    pid, eid = demo["plan"], demo["event"]
    page = own.get(f"/consult/plans/{pid}")
    assert page.status_code == 200 and page.text.count('name="ids"') == 6
    assert own.get(f"/consult/plans/{pid}?status=open").text.count('name="ids"') == 2
    assert own.get(f"/consult/plans/{pid}?group=ikm").text.count('name="ids"') == 2
    assert own.get(f"/consult/plans/{pid}?section=visi.visi_misi").text.count(
        'name="ids"') == 2
    ev = own.get(f"/consult/events/{eid}")
    assert ev.status_code == 200 and 'data-group="asosiasi"' in ev.text
    for url in (f"/consult/plans/{pid}/matrix.xlsx", f"/consult/plans/{pid}/matrix.docx",
                f"/consult/events/{eid}/minutes.docx", f"/consult/events/{eid}/minutes.pdf",
                f"/consult/plans/{pid}/form.xlsx", f"/consult/plans/{pid}/answers.xlsx",
                f"/consult/events/{eid}/capture", f"/api/v1/consult/events/{eid}"):
        assert own.get(url).status_code == 200, url
    other = clients["analyst_other"].http
    for url in (f"/consult/plans/{pid}", f"/consult/events/{eid}",
                f"/consult/plans/{pid}/matrix.xlsx", f"/api/v1/consult/events/{eid}"):
        assert other.get(url).status_code == 404, url


def test_bulk_answer_and_capture_api(clients: dict[str, Client],
                                     demo: dict[str, int]) -> None:
    c = clients["analyst_own"]
    pid, eid = demo["plan"], demo["event"]
    items = c.http.get(f"/api/v1/consult/plans/{pid}/inputs?status=open").json()
    r = c.http.post(f"/consult/plans/{pid}/answer", data={
        "csrf_token": c.csrf, "ids": [i["id"] for i in items], "response": "Dicatat",
        "status": "tidak diakomodasi", "reason": "Bukan kewenangan daerah"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    assert c.http.get(f"/api/v1/consult/plans/{pid}/inputs?status=open").json() == []
    batch = {"items": [{"nama": "Eka", "bagian": "visi.strategi", "masukan": "Baru 1"},
                       {"nama": "Eka", "bagian": "visi.strategi", "masukan": "Baru 2"}]}
    url = f"/api/v1/consult/events/{eid}/inputs"
    first = c.http.post(url, json=batch, headers={"X-CSRF-Token": c.csrf})
    again = c.http.post(url, json=batch, headers={"X-CSRF-Token": c.csrf})
    assert (len(first.json()["ids"]), again.json()) == (2, {"ids": [], "already": 2})
    bad = c.http.post(url, json={"items": [{"bagian": "nope", "masukan": "x"}]},
                      headers={"X-CSRF-Token": c.csrf})
    assert bad.status_code == 422 and bad.json()["problems"][0]["column"] == "bagian"


def test_public_pages(web_app: FastAPI, clients: dict[str, Client],
                      demo: dict[str, int]) -> None:
    anyone = TestClient(web_app)
    page = anyone.get(f"/consult/public/{demo['plan']}/v0.1")
    assert page.status_code == 200
    assert "Peserta Contoh 1" in page.text and "Peserta Contoh 3" not in page.text
    assert anyone.get(f"/consult/public/{demo['plan']}/current").status_code == 404
    ev = clients["admin"].http.get(f"/consult/events/{demo['event']}").text
    code = re.search(r'id="checkin-code">([A-Z0-9]+)<', ev).group(1)  # type: ignore[union-attr]
    r = anyone.post(f"/consult/checkin/{code}", data={
        "name": "Fajar", "organisation": "DPRD (contoh)", "group": "dprd",
        "csrf_token": public_token(anyone, f"/consult/checkin/{code}")})
    assert r.status_code == 200 and 'id="checked-in"' in r.text
    assert anyone.get("/consult/checkin/NOPE99").status_code == 404
    link = re.search(r'href="(/consult/link/[^"]+)"', ev).group(1)  # type: ignore[union-attr]
    r = anyone.post(link, data={"nama": "Gita", "bagian": "visi.visi_misi",
                                "masukan": "Lewat tautan",
                                "csrf_token": public_token(anyone, link)})
    assert r.status_code == 200 and 'id="link-sent"' in r.text
    assert anyone.get("/consult/link/unknown-token").status_code == 404


def test_stakeholder_submits_and_sees_own(clients: dict[str, Client],
                                          demo: dict[str, int]) -> None:
    v = clients["viewer"]
    r = v.http.post(f"/consult/plans/{demo['plan']}/inputs", data={
        "csrf_token": v.csrf, "version": "v0.1", "bagian": "visi.strategi",
        "masukan": "Masukan pribadi saya", "kelompok": "masyarakat"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    seen = v.http.get(f"/api/v1/consult/plans/{demo['plan']}/inputs").json()
    texts = {i["text"] for i in seen}
    assert "Masukan pribadi saya" in texts
    assert "Libatkan masyarakat sekitar kawasan dalam rekrutmen tenaga kerja." not in texts
    shown = {i["author_name"] for i in seen}
    assert "Peserta Contoh 1" in shown and "Peserta Contoh 3" not in shown
    assert "Masukan pribadi saya" in v.http.get("/consult").text
    assert v.http.get(f"/consult/plans/{demo['plan']}").status_code == 403
    upload = {"files": ("hadir.csv", io.BytesIO(b"nama\nX\n"), "text/csv")}
    assert v.http.post(f"/consult/events/{demo['event']}/attendance", files=upload,
                       data={"csrf_token": v.csrf}).status_code == 403
