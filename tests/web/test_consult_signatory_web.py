"""Who signs the berita acara, through the app: the event's create form and its
correction form carry the signatory (name, position, optional NIP), the API reads and
sets it, the berita acara downloaded from the page prints it; a half-filled signatory is
refused and changes nothing."""

from __future__ import annotations

import io
import re

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client

NIP = "19700101 199003 1 001"


@pytest.fixture(scope="module")
def plan(web_app: FastAPI) -> int:
    """A plan of 72.06 frozen as v0.1."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze

    p = create_plan(web_app.state.engine, CLI_ACTOR, region="72.06", start_year=2025,
                    region_name="Morowali")
    freeze(web_app.state.engine, CLI_ACTOR, p.id, "v0.1")
    return p.id


def _create(c: Client, plan: int, **extra: str) -> int:
    r = c.http.post(f"/consult/plans/{plan}/events", data={
        "csrf_token": c.csrf, "version": "v0.1", "kind": "fgd", "title": "FGD RPIK",
        "date": "2026-05-12", "place": "Aula Bappeda", "organiser": "Bappeda Morowali",
        "chair": "Sekretaris Daerah", **extra}, follow_redirects=False)
    assert r.status_code == 303, r.text[:500]
    found = re.fullmatch(r"/consult/events/(\d+)", r.headers["location"])
    assert found is not None
    return int(found.group(1))


def _signer_cell(docx_bytes: bytes) -> list[str]:
    from docx import Document

    cells = Document(io.BytesIO(docx_bytes)).tables[1].rows[0].cells
    return [p.text for p in cells[-1].paragraphs]


def test_signatory_from_the_create_and_edit_forms(web_app: FastAPI,
                                                  clients: dict[str, Client],
                                                  plan: int) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import get_event

    engine = web_app.state.engine
    c = clients["analyst_own"]
    form = c.http.get(f"/consult/plans/{plan}").text
    for name in ("signatory_name", "signatory_position", "signatory_nip"):
        assert f'name="{name}"' in form, name
    eid = _create(c, plan, signatory_name="Ir. Ani Wijaya",
                  signatory_position="Kepala Bappeda", signatory_nip=NIP)
    e = get_event(engine, CLI_ACTOR, eid)
    assert (e.signatory_name, e.signatory_position, e.signatory_nip) == (
        "Ir. Ani Wijaya", "Kepala Bappeda", NIP)
    page = c.http.get(f"/consult/events/{eid}").text
    assert 'name="signatory_name" maxlength="200" value="Ir. Ani Wijaya"' in page
    assert f'value="{NIP}"' in page
    docx = c.http.get(f"/consult/events/{eid}/minutes.docx")
    assert _signer_cell(docx.content) == ["Kepala Bappeda,", "", "", "", "Ir. Ani Wijaya",
                                          f"NIP. {NIP}"]
    # corrected on the event's page, the NIP left empty
    r = c.http.post(f"/consult/events/{eid}", data={
        "csrf_token": c.csrf, "signatory_name": "Drs. Budi",
        "signatory_position": "Sekretaris Bappeda", "signatory_nip": ""},
        follow_redirects=False)
    assert r.status_code == 303, r.text[:500]
    e = get_event(engine, CLI_ACTOR, eid)
    assert (e.signatory_name, e.signatory_position, e.signatory_nip) == (
        "Drs. Budi", "Sekretaris Bappeda", "")
    docx = c.http.get(f"/consult/events/{eid}/minutes.docx")
    assert _signer_cell(docx.content) == ["Sekretaris Bappeda,", "", "", "", "Drs. Budi"]
    # a form without the signatory's fields (the minutes' text only) keeps it
    r = c.http.post(f"/consult/events/{eid}", data={"csrf_token": c.csrf, "points": "x"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert get_event(engine, CLI_ACTOR, eid).signatory_name == "Drs. Budi"
    # a name without a position is refused, in the page's language; nothing changes
    r = c.http.post(f"/consult/events/{eid}", data={
        "csrf_token": c.csrf, "signatory_name": "Drs. Budi", "signatory_position": "",
        "signatory_nip": "", "title": "Judul baru"}, follow_redirects=False)
    assert r.status_code == 422
    assert "nama dan jabatan penandatangan" in r.text
    e = get_event(engine, CLI_ACTOR, eid)
    assert (e.title, e.signatory_position) == ("FGD RPIK", "Sekretaris Bappeda")
    r = c.http.post(f"/consult/plans/{plan}/events", data={
        "csrf_token": c.csrf, "version": "v0.1", "title": "FGD", "date": "2026-05-12",
        "place": "Aula", "signatory_name": "Ir. Ani", "signatory_position": "Kepala",
        "signatory_nip": "12345"}, follow_redirects=False)
    assert r.status_code == 422 and "18" in r.text


def test_signatory_through_the_api(web_app: FastAPI, clients: dict[str, Client],
                                   plan: int) -> None:
    c = clients["analyst_own"]
    eid = _create(c, plan)
    url = f"/api/v1/consult/events/{eid}"
    got = c.http.get(url).json()
    assert (got["signatory_name"], got["signatory_position"], got["signatory_nip"]) == (
        "", "", "")
    r = c.http.put(f"{url}/signatory", json={"name": "Ir. Ani", "position": "Kepala Bappeda",
                                             "nip": NIP}, headers={"X-CSRF-Token": c.csrf})
    assert r.status_code == 200, r.text
    assert (r.json()["signatory_name"], r.json()["signatory_nip"]) == ("Ir. Ani", NIP)
    got = c.http.get(url).json()
    assert (got["signatory_name"], got["signatory_position"], got["signatory_nip"]) == (
        "Ir. Ani", "Kepala Bappeda", NIP)
    docx = c.http.get(f"/consult/events/{eid}/minutes.docx")
    assert _signer_cell(docx.content)[-2:] == ["Ir. Ani", f"NIP. {NIP}"]
    bad = c.http.put(f"{url}/signatory", json={"name": "", "position": "Kepala",
                                               "nip": ""}, headers={"X-CSRF-Token": c.csrf})
    assert bad.status_code == 422
    assert c.http.get(url).json()["signatory_name"] == "Ir. Ani"
    # another region's team: the event is missing
    other = clients["analyst_other"]
    r = other.http.put(f"{url}/signatory", json={"name": "X", "position": "Y"},
                       headers={"X-CSRF-Token": other.csrf})
    assert r.status_code == 404
    # all empty: the office signs again
    r = c.http.put(f"{url}/signatory", json={}, headers={"X-CSRF-Token": c.csrf})
    assert r.status_code == 200 and r.json()["signatory_name"] == ""
    from docx import Document

    rows = Document(io.BytesIO(c.http.get(f"/consult/events/{eid}/minutes.docx").content)
                    ).tables[1].rows
    assert rows[1].cells[1].text.strip() == "Bappeda Morowali"
