"""The consultation through the app, issue 14's last points: the public forms' CSRF token
and the brake on guessing check-in codes, the check-in QR code on the event page, an
input's attachment (upload, download by the region's team only), and an e-mail notice
that fails shown to the answerer without breaking the answer (both languages)."""

from __future__ import annotations

import io
import re
import socket

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Client
from tests.web.test_consult_web import public_token


@pytest.fixture(scope="module")
def demo(web_app: FastAPI) -> dict[str, int]:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.consult.inputs import Filters, list_inputs
    from rancang.features.plan.service import create_plan

    engine = web_app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025,
                       region_name="Morowali")
    event = demo_consultation(engine, plan.id)
    first = list_inputs(engine, CLI_ACTOR, plan.id, Filters())[0]
    return {"plan": plan.id, "event": event, "input": first.id}


def _code(clients: dict[str, Client], event: int) -> str:
    ev = clients["analyst_own"].http.get(f"/consult/events/{event}").text
    found = re.search(r'id="checkin-code">([A-Z0-9]+)<', ev)
    assert found is not None
    return found.group(1)


def test_public_forms_need_their_csrf_token(web_app: FastAPI, clients: dict[str, Client],
                                            demo: dict[str, int]) -> None:
    code = _code(clients, demo["event"])
    url = f"/consult/checkin/{code}"
    person = {"name": "Hana", "organisation": "Kampus (contoh)", "group": "akademisi"}
    browser = TestClient(web_app, client=("10.0.0.11", 5000))
    assert browser.post(url, data=person).status_code == 403  # no token, no cookie
    token = public_token(browser, url)
    stranger = TestClient(web_app, client=("10.0.0.12", 5000))  # token without the cookie
    assert stranger.post(url, data={**person, "csrf_token": token}).status_code == 403
    assert browser.post(url, data={**person, "csrf_token": token + "x"}).status_code == 403
    r = browser.post(url, data={**person, "csrf_token": token})
    assert r.status_code == 200 and 'id="checked-in"' in r.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_guessing_codes_is_braked_per_address(web_app: FastAPI, clients: dict[str, Client],
                                              demo: dict[str, int], lang: str) -> None:
    from rancang.features.consult.throttle import MAX_FAILURES

    code = _code(clients, demo["event"])
    guesser = TestClient(web_app, client=(f"10.0.1.{1 + (lang == 'en')}", 5000))
    for k in range(MAX_FAILURES):
        assert guesser.get(f"/consult/checkin/ZZ{k:04d}").status_code == 404
    # the next attempt is refused whatever it is, the right code included
    blocked = guesser.get(f"/consult/checkin/{code}?lang={lang}")
    assert blocked.status_code == 429
    assert ("Terlalu banyak kode" if lang == "id" else "Too many wrong codes") in blocked.text
    assert guesser.get("/consult/link/unknown-token").status_code == 429
    # another address is not affected
    other = TestClient(web_app, client=(f"10.0.2.{1 + (lang == 'en')}", 5000))
    assert other.get(f"/consult/checkin/{code}").status_code == 200


def test_event_page_shows_the_checkin_qr(clients: dict[str, Client],
                                         demo: dict[str, int]) -> None:
    import segno
    from PIL import Image

    own = clients["analyst_own"].http
    eid = demo["event"]
    code = _code(clients, eid)
    page = own.get(f"/consult/events/{eid}").text
    assert f'src="/consult/events/{eid}/checkin.svg"' in page
    svg = own.get(f"/consult/events/{eid}/checkin.svg")
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg")
    png = own.get(f"/consult/events/{eid}/checkin.png")
    assert png.status_code == 200 and "attachment" in png.headers["content-disposition"]
    # the printed image is the QR code of this event's check-in link
    expected = segno.make_qr(f"http://testserver/consult/checkin/{code}", error="m",
                             boost_error=False).matrix
    image = Image.open(io.BytesIO(png.content)).convert("L")
    assert image.size[0] == (len(expected) + 8) * 10
    dark = [[image.getpixel(((4 + c) * 10 + 5, (4 + r) * 10 + 5)) < 128
             for c in range(len(expected))] for r in range(len(expected))]
    assert dark == [[bool(v) for v in row] for row in expected]
    assert own.get(f"/consult/events/{eid}/checkin.gif").status_code == 422
    assert clients["analyst_other"].http.get(
        f"/consult/events/{eid}/checkin.png").status_code == 404


def test_attachment_upload_and_download(clients: dict[str, Client],
                                        demo: dict[str, int]) -> None:
    c = clients["analyst_own"]
    iid = demo["input"]
    url = f"/consult/inputs/{iid}/attachment"
    pdf = b"%PDF-1.4\n% surat KADIN (contoh)\n%%EOF\n"
    fake = {"files": ("surat.pdf", io.BytesIO(b"<html>not a pdf</html>"), "application/pdf")}
    bad = c.http.post(url, files=fake, data={"csrf_token": c.csrf})
    assert bad.status_code == 422
    r = c.http.post(url, files={"files": ("surat KADIN.pdf", io.BytesIO(pdf),
                                          "application/octet-stream")},
                    data={"csrf_token": c.csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    got = c.http.get(url)
    assert got.status_code == 200 and got.content == pdf
    assert got.headers["content-type"] == "application/pdf"
    assert "attachment" in got.headers["content-disposition"]
    assert 'id="attachment-link"' in c.http.get(f"/consult/inputs/{iid}").text
    listing = c.http.get(f"/consult/plans/{demo['plan']}").text
    assert f'href="/consult/inputs/{iid}/attachment"' in listing
    api = c.http.get(f"/api/v1/consult/plans/{demo['plan']}/inputs").json()
    assert {i["id"]: i["attachment"] for i in api}[iid] == "pdf"
    assert clients["analyst_other"].http.get(url).status_code == 404
    assert clients["viewer"].http.get(url).status_code == 403
    seen = clients["viewer"].http.get(f"/api/v1/consult/plans/{demo['plan']}/inputs").json()
    assert all(i["attachment"] is None for i in seen)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_failing_mail_is_shown_and_the_answer_kept(web_app: FastAPI,
                                                   clients: dict[str, Client],
                                                   demo: dict[str, int],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   lang: str) -> None:
    v, team = clients["viewer"], clients["analyst_own"]
    r = v.http.post(f"/consult/plans/{demo['plan']}/inputs", data={
        "csrf_token": v.csrf, "version": "v0.1", "bagian": "visi.strategi",
        "masukan": f"Kabari saya lewat surel ({lang})", "email": "viewer@contoh.example"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    mine = [i for i in v.http.get(f"/api/v1/consult/plans/{demo['plan']}/inputs").json()
            if i["text"] == f"Kabari saya lewat surel ({lang})"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = web_app.state.settings
    for name, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port),
                        ("smtp_from", "bappeda@contoh.example"), ("smtp_security", "none"),
                        ("smtp_timeout", 2.0)):
        monkeypatch.setattr(settings, name, value)
    iid = mine[0]["id"]
    r = team.http.post(f"/consult/inputs/{iid}", data={
        "csrf_token": team.csrf, "response": "Dicatat", "status": "tidak_diakomodasi"},
        follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("?mail_failed=1")
    page = team.http.get(r.headers["location"] + f"&lang={lang}").text
    shown = re.search(r'id="mail-failed">([^<]+)<', page)
    assert shown is not None
    assert ("Tanggapan tersimpan" if lang == "id" else "The answer is saved") in shown.group(1)
    assert team.http.get(f"/api/v1/consult/plans/{demo['plan']}/inputs").json()
    api = team.http.post(f"/api/v1/consult/inputs/{iid}/answer", json={
        "response": "Dicatat lagi", "status": "tidak_diakomodasi"},
        headers={"X-CSRF-Token": team.csrf})
    assert api.status_code == 200 and api.json() == {"answered": 1, "mail_sent": 0,
                                                     "mail_failed": 1}
    answered = {i["id"]: i for i in team.http.get(
        f"/api/v1/consult/plans/{demo['plan']}/inputs").json()}[iid]
    assert answered["response"] == "Dicatat lagi"
