"""The field officer's phone form (pendataan) on the server side: a record sent twice with
the same phone id is stored once; a new firm is a draft; an existing one is updated, a blank
field erasing nothing; a bad value answers 422 naming the form's field; another region is
refused; the photo is kept beside the firm (the browser test cuts the network:
``test_register_field_browser.py``)."""

from __future__ import annotations

import base64

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from rancang.features.registry.field import photo_folder
from rancang.features.registry.models import Enterprise, FieldEntry
from tests.web.conftest import Client

pytestmark = pytest.mark.usefixtures("english")
URL = "/api/v1/register/field-entries"
GOOD = {"name": "IKM Kripik Lapangan", "village_code": "72.06.05.1014", "period": "2025",
        "kbli": "10794", "product": "kripik pisang", "workers_men": "1",
        "workers_women": "4", "latitude": "-2.512345", "longitude": "121.912345"}
PNG = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\nfake").decode()


def _count(app: FastAPI, name: str | None = None) -> int:
    e = Enterprise.__table__
    q = select(func.count()).select_from(e)
    if name:
        q = q.where(e.c.name == name)
    with app.state.engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def _send(c: Client, cid: str, values: dict[str, str], photo: str | None = None,
          lang: str = "en"):  # type: ignore[no-untyped-def]
    return c.http.post(f"{URL}?lang={lang}", json={"client_id": cid, "values": values,
                                                   "photo": photo},
                       headers={"X-CSRF-Token": c.csrf})


def test_the_page_is_a_phone_form(clients: dict[str, Client]) -> None:
    page = clients["analyst_own"].http.get("/register/field?lang=id")
    assert page.status_code == 200
    assert 'id="field-form"' in page.text and 'capture="environment"' in page.text
    assert "registry/field.js" in page.text and "Pendataan lapangan" in page.text
    # the villages of the own region are suggested, none of another
    assert 'value="72.06.' in page.text and 'value="72.03.' not in page.text
    assert clients["viewer"].http.get("/register/field").status_code == 403


def test_a_record_sent_twice_is_stored_once(web_app: FastAPI,
                                            clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    before = _count(web_app)
    first = _send(c, "phone-a-000001", GOOD, PNG)
    assert first.status_code == 200, first.text
    got = first.json()
    assert got["repeated"] is False and got["enterprise_id"]
    again = _send(c, "phone-a-000001", GOOD, PNG)
    assert again.json() == {**got, "repeated": True}
    assert _count(web_app) == before + 1
    e = Enterprise.__table__
    with web_app.state.engine.connect() as conn:
        row = conn.execute(select(e.c.status, e.c.latitude, e.c.regency_code)
                           .where(e.c.id == got["enterprise_id"])).one()
        photo = conn.execute(select(FieldEntry.__table__.c.photo).where(
            FieldEntry.__table__.c.client_id == "phone-a-000001")).scalar_one()
    assert row == ("draft", -2.512345, "72.06")
    stored = photo_folder(web_app.state.settings) / photo
    assert stored.read_bytes() == b"\x89PNG\r\n\x1a\nfake"


def test_an_update_keeps_what_is_left_blank(web_app: FastAPI,
                                            clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    values = {**GOOD, "name": "IKM Dodol Lapangan", "product": "dodol"}
    first = _send(c, "phone-b-000001", values).json()
    # a second visit: new phone number, the product left blank
    second = _send(c, "phone-b-000002", {**values, "product": "", "phone": "0812345678"})
    assert second.status_code == 200, second.text
    assert second.json()["enterprise_id"] == first["enterprise_id"]
    assert _count(web_app, "IKM Dodol Lapangan") == 1
    e = Enterprise.__table__
    with web_app.state.engine.connect() as conn:
        row = conn.execute(select(e.c.product, e.c.phone)
                           .where(e.c.id == first["enterprise_id"])).one()
    assert row == ("dodol", "0812345678")


def test_bad_values_name_the_field_in_the_page_language(web_app: FastAPI,
                                                        clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    before = _count(web_app)
    bad = _send(c, "phone-c-000001", {**GOOD, "name": "IKM Salah", "kbli": "99999"})
    assert bad.status_code == 422
    columns = {p["column"] for p in bad.json()["problems"]}
    assert "KBLI 2020" in columns
    missing = _send(c, "phone-c-000002", {**GOOD, "name": ""}, lang="id")
    assert missing.status_code == 422
    assert missing.json()["problems"][0] == {**missing.json()["problems"][0],
                                             "column": "Nama Perusahaan",
                                             "message": "wajib diisi"}
    photo = _send(c, "phone-c-000003", {**GOOD, "name": "IKM Foto"}, "data:text/html,x")
    assert photo.status_code == 422 and photo.json()["problems"][0]["column"] == "foto"
    assert _send(c, "x", GOOD).status_code == 422  # no valid phone id
    assert _count(web_app) == before
    # refused records are not remembered: corrected, the same id goes through
    fixed = _send(c, "phone-c-000001", {**GOOD, "name": "IKM Salah"})
    assert fixed.status_code == 200 and fixed.json()["repeated"] is False


def test_another_region_and_other_roles_are_refused(web_app: FastAPI,
                                                    clients: dict[str, Client]) -> None:
    before = _count(web_app)
    other = _send(clients["analyst_own"], "phone-d-000001",
                  {**GOOD, "name": "IKM Palu", "village_code": "72.03.01.2001"})
    assert other.status_code == 403
    assert _send(clients["viewer"], "phone-d-000002", GOOD).status_code == 403
    assert _count(web_app) == before
