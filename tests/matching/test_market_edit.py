"""Needs and offers edited on their pages (issue 16): the fields as when posting, the KBLI
suggested from the text, problems beside their fields in the user's language with what
the user typed kept, the same 404 as the API for those who may not change it, and the
same stored record and audit entry as the API's ``PUT``."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from rancang.features.accounts.service import create_user
from rancang.features.matching import market as mk
from rancang.features.matching.market_forms import shown
from rancang.features.matching.models import MatchAudit
from tests.matching.accounts import signed_in as _actor
from tests.web.conftest import PASSWORD, Client, build_app, login

NEED = mk.NeedData("72.06", "PT Sintetis Estate", "keripik singkong balado", "10794",
                   100.0, "kg", "monthly", ["halal"], -2.123456789, 122.15, 50.0,
                   date(2027, 3, 31))


def _users(engine: Engine) -> None:
    for name, role in (("buyer_e1", "buyer"), ("buyer_e2", "buyer"),
                       ("supplier_e1", "supplier"), ("supplier_e2", "supplier")):
        create_user(engine, name, PASSWORD, role=role)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('edit') / 'e.sqlite'}", firms=8)
    _users(a.state.engine)
    yield a
    a.state.engine.dispose()


def _need(engine: Engine, who: str = "buyer_e1") -> int:
    d = NEED
    return mk.create_need(engine, _actor(engine, who), mk.NeedData(
        d.region, d.buyer, d.description, d.kbli, d.quantity, d.unit, d.frequency,
        list(d.standards), d.lat, d.lng, d.radius_km, d.deadline))


def _offer(engine: Engine, who: str = "supplier_e1") -> int:
    return mk.create_offer(engine, _actor(engine, who), mk.OfferData(
        "72.06", "UD Sintetis Keripik", "keripik singkong", "10794", 500.0, "kg",
        ["halal"], -2.82, 122.15))


def _row(engine: Engine, entity: str, ident: int) -> dict[str, Any]:
    from rancang.features.matching.models import MatchNeed, MatchOffer

    t = (MatchNeed if entity == "need" else MatchOffer).__table__
    with engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == ident)).mappings().one()
    return {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")}


def _audit(engine: Engine, entity: str, ident: int) -> list[dict[str, Any]]:
    a = MatchAudit.__table__
    with engine.connect() as conn:
        return [{k: r[k] for k in ("actor", "action", "entity", "region_code", "before",
                                   "after")}
                for r in conn.execute(select(a).where(a.c.entity == entity,
                                                      a.c.entity_id == ident)
                                      .order_by(a.c.id)).mappings()]


def _audits(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(MatchAudit)).scalar_one())


class _Form(HTMLParser):
    """The values a browser sends for one form of a page, as the page shows them."""

    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id, self.inside = form_id, False
        self.values: list[tuple[str, str]] = []
        self._text: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        name = a.get("name") or ""
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside:
            return
        if tag == "input" and name and a.get("type") != "submit":
            if a.get("type") != "checkbox" or "checked" in a:
                self.values.append((name, a.get("value") or ""))
        elif tag == "textarea":
            self._text = name
            self.values.append((name, ""))
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.values.append((self._select, a.get("value") or ""))

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            name, value = self.values.pop()
            self.values.append((name, value + data))

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._text = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self.inside = False


def form_of(html: str, form_id: str) -> dict[str, Any]:
    """The form's fields as a browser sends them (a field sent twice: a list)."""
    reader = _Form(form_id)
    reader.feed(html)
    assert reader.values, form_id
    out: dict[str, Any] = {}
    for name, value in reader.values:
        if name in ("standards", "certificates"):
            out.setdefault(name, []).append(value)
        else:
            out[name] = value
    return out


def _client(app: FastAPI, name: str, lang: str = "id") -> Client:
    c = login(app, name)
    c.http.get(f"/lang/{lang}?next=/")
    return c


# -- the pages in each language ---------------------------------------------------------------

WORDS = {
    "id": {"title": "Ubah kebutuhan", "offer_title": "Ubah penawaran",
           "matched": "kata yang cocok:", "buyer": "Pembeli (organisasi) wajib diisi",
           "number": "'dua' bukan angka", "outside": "di luar Indonesia",
           "kbli": "KBLI 5 digit wajib", "name": "Nama wajib diisi"},
    "en": {"title": "Edit the need", "offer_title": "Edit the offer",
           "matched": "words that matched:", "buyer": "Buyer (organisation) is required",
           "number": "'dua' is not a number", "outside": "is outside Indonesia",
           "kbli": "a 5-digit KBLI is required", "name": "Name is required"},
}


def _error_of(html: str, prefix: str, field: str) -> str:
    """The text of the problem shown beside ``field`` (empty when none)."""
    import re

    found = re.search(rf'<span class="field-error" id="{prefix}-e-{field}" role="alert">'
                      r"([^<]*)</span>", html)
    return "" if found is None else found.group(1).replace("&#39;", "'")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_need_edit_page(app: FastAPI, lang: str) -> None:
    engine = app.state.engine
    nid = _need(engine)
    c = _client(app, "buyer_e1", lang)
    w = WORDS[lang]
    # the need's page links to its edit form
    assert f'href="/match/market/needs/{nid}/edit"' in c.http.get(
        f"/match/market/needs/{nid}").text
    page = c.http.get(f"/match/market/needs/{nid}/edit")
    assert page.status_code == 200 and w["title"] in page.text
    # the stored values filled in, exactly (a coordinate with all its digits)
    values = form_of(page.text, "need-edit-form")
    assert values["lat"] == "-2.123456789" and values["quantity"] == "100"
    assert values["deadline"] == "2027-03-31" and values["frequency"] == "monthly"
    assert values["standards"] == ["halal"] and values["kbli"] == "10794"
    # the KBLI suggested from the description, with the words that matched
    assert 'id="need-edit-suggestions"' in page.text and w["matched"] in page.text
    assert '<td class="kbli-code">10794</td>' in page.text
    # saved as shown: nothing changes, nothing is audited
    before, entries = _row(engine, "need", nid), _audits(engine)
    r = c.http.post(f"/match/market/needs/{nid}/edit", data=values,
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/match/market/needs/{nid}"
    assert _row(engine, "need", nid) == before and _audits(engine) == entries
    # refused: every problem beside its field, in the page's language, the input kept
    bad = {**values, "csrf_token": c.csrf, "buyer": " ", "quantity": "dua", "lat": "-200",
           "kbli": "1", "description": "keripik pedas level lima"}
    r = c.http.post(f"/match/market/needs/{nid}/edit", data=bad)
    assert r.status_code == 422
    assert _error_of(r.text, "need-edit", "buyer") == w["buyer"]
    assert _error_of(r.text, "need-edit", "quantity") == w["number"]
    assert w["outside"] in _error_of(r.text, "need-edit", "lat")
    assert w["kbli"] in _error_of(r.text, "need-edit", "kbli")
    assert _error_of(r.text, "need-edit", "unit") == ""
    kept = form_of(r.text, "need-edit-form")
    assert kept["quantity"] == "dua" and kept["lat"] == "-200" and kept["kbli"] == "1"
    assert kept["description"] == "keripik pedas level lima"
    assert 'aria-invalid="true" aria-describedby="need-edit-e-buyer"' in r.text
    assert _row(engine, "need", nid) == before and _audits(engine) == entries
    # suggest for a new description: a blank KBLI takes the first suggestion; not saved
    from rancang.features.kbli.service import suggest_text

    text = "jasa angkutan karyawan tambang"
    r = c.http.post(f"/match/market/needs/{nid}/edit",
                    data={**values, "csrf_token": c.csrf, "description": text, "kbli": "",
                          "action": "suggest"})
    assert r.status_code == 200
    first = suggest_text(text, top=3)[0].code
    assert form_of(r.text, "need-edit-form")["kbli"] == first
    assert _row(engine, "need", nid) == before
    # saved: stored, and one audit entry with what changed
    r = c.http.post(f"/match/market/needs/{nid}/edit", follow_redirects=False,
                    data={**values, "csrf_token": c.csrf, "description": text,
                          "kbli": first, "quantity": "12,5", "standards": ["sni", "halal"]})
    assert r.status_code == 303
    row = _row(engine, "need", nid)
    assert row["description"] == text and row["quantity"] == 12.5 and row["kbli"] == first
    assert row["standards"] == ["halal", "sni"] and row["latitude"] == -2.123456789
    last = _audit(engine, "need", nid)[-1]
    assert last["action"] == "update" and last["actor"] == "buyer_e1"
    assert last["after"] == {"description": text, "kbli": first, "quantity": 12.5,
                             "standards": ["halal", "sni"]}
    assert last["before"] == {"description": NEED.description, "kbli": "10794",
                              "quantity": 100.0, "standards": ["halal"]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_offer_edit_page(app: FastAPI, lang: str) -> None:
    engine = app.state.engine
    oid = _offer(engine)
    c = _client(app, "supplier_e1", lang)
    w = WORDS[lang]
    assert f'href="/match/market/offers/{oid}/edit"' in c.http.get(
        f"/match/market/offers/{oid}").text
    page = c.http.get(f"/match/market/offers/{oid}/edit")
    assert page.status_code == 200 and w["offer_title"] in page.text
    assert 'id="offer-edit-suggestions"' in page.text
    values = form_of(page.text, "offer-edit-form")
    assert values["capacity"] == "500" and values["certificates"] == ["halal"]
    before, entries = _row(engine, "offer", oid), _audits(engine)
    bad = {**values, "name": "", "capacity": "-3", "lng": "", "unit": "x" * 41}
    r = c.http.post(f"/match/market/offers/{oid}/edit", data=bad)
    assert r.status_code == 422
    assert _error_of(r.text, "offer-edit", "name") == w["name"]
    assert _error_of(r.text, "offer-edit", "capacity").startswith("-3")
    assert _error_of(r.text, "offer-edit", "lat")  # latitude without longitude
    assert "40" in _error_of(r.text, "offer-edit", "unit")
    kept = form_of(r.text, "offer-edit-form")
    assert kept["capacity"] == "-3" and kept["unit"] == "x" * 41 and kept["name"] == ""
    assert _row(engine, "offer", oid) == before and _audits(engine) == entries
    r = c.http.post(f"/match/market/offers/{oid}/edit", follow_redirects=False,
                    data={**values, "products": "keripik singkong dan pisang",
                          "capacity": "750", "certificates": ["halal", "sni"]})
    assert r.status_code == 303
    row = _row(engine, "offer", oid)
    assert row["products"] == "keripik singkong dan pisang" and row["capacity"] == 750.0
    assert row["certificates"] == ["halal", "sni"]
    assert _audit(engine, "offer", oid)[-1]["after"] == {
        "products": "keripik singkong dan pisang", "capacity": 750.0,
        "certificates": ["halal", "sni"]}


def test_post_form_keeps_an_offer_refused(app: FastAPI) -> None:
    """The offer form of the market page (the same fields) comes back with the input."""
    c = _client(app, "supplier_e2", "en")
    r = c.http.post("/match/market/offers", data={
        "csrf_token": c.csrf, "region": "72.06", "name": "UD Baru", "products": "roti",
        "kbli": "10710", "capacity": "banyak"})
    assert r.status_code == 422
    assert _error_of(r.text, "offer", "capacity") == "'banyak' is not a number"
    kept = form_of(r.text, "offer-form")
    assert kept["name"] == "UD Baru" and kept["capacity"] == "banyak"


# -- who may edit: as the API ----------------------------------------------------------------

def _statuses(app: FastAPI, who: str | None, entity: str, ident: int,
              form: dict[str, Any], body: dict[str, Any]) -> tuple[int, int, int]:
    """(edit page, page save, API PUT) for one caller."""
    if who is None:
        http, csrf = TestClient(app), ""
    else:
        c = login(app, who)
        http, csrf = c.http, c.csrf
    base = f"/match/market/{entity}s/{ident}/edit"
    page = http.get(base, follow_redirects=False).status_code
    save = http.post(base, data={**form, "csrf_token": csrf},
                     follow_redirects=False).status_code
    api = http.put(f"/api/v1/match/{entity}s/{ident}", json=body,
                   headers={"X-CSRF-Token": csrf}).status_code
    return page, save, api


def test_who_may_edit_as_the_api(app: FastAPI) -> None:
    engine = app.state.engine
    nid, oid = _need(engine), _offer(engine)
    need_body = {"region": "72.06", "buyer": "PT Lain", "description": "keripik",
                 "kbli": "10794"}
    offer_body = {"region": "72.06", "name": "UD Lain", "products": "keripik",
                  "kbli": "10794"}
    for entity, ident, body in (("need", nid, need_body), ("offer", oid, offer_body)):
        stored, entries = _row(engine, entity, ident), _audits(engine)
        # another buyer or supplier, another region's office: as if it did not exist;
        # a viewer (no permission to post anywhere): 403; signed out: the sign-in page
        for who in ("buyer_e2", "supplier_e2", "analyst_other"):
            assert _statuses(app, who, entity, ident, body, body) == (404, 404, 404), who
        assert _statuses(app, "viewer", entity, ident, body, body) == (403, 403, 403)
        page, save, api = _statuses(app, None, entity, ident, body, body)
        assert (page, save, api) == (303, 303, 401)
        # without the CSRF token: refused
        author = login(app, "buyer_e1" if entity == "need" else "supplier_e1")
        r = author.http.post(f"/match/market/{entity}s/{ident}/edit", data=body)
        assert r.status_code == 403
        assert _row(engine, entity, ident) == stored and _audits(engine) == entries
        # the office of the region may; moving it to a region it does not serve: 403
        moved = {**body, "region": "72.03"}
        assert _statuses(app, "analyst_own", entity, ident, moved, moved) == (200, 403, 403)
        assert _row(engine, entity, ident) == stored
        assert _statuses(app, "analyst_own", entity, ident, body, body)[:2] == (200, 303)
        assert _audit(engine, entity, ident)[-1]["actor"] == "analyst_own"


# -- one code path: the page and the API store the same ---------------------------------------

def _same_record(app: FastAPI) -> None:
    engine = app.state.engine
    c = login(app, "buyer_e1")
    a, b = _need(engine), _need(engine)
    page = {"csrf_token": c.csrf, "region": " 72.06 ", "buyer": "  PT Sintetis Baru ",
            "description": "katering nasi kotak karyawan", "kbli": " 56290",
            "quantity": "1500,5", "unit": " kotak ",
            "frequency": "weekly", "standards": ["HALAL", "sni"], "lat": "-2,5",
            "lng": "122.3", "radius_km": "", "deadline": "2028-01-15"}
    api = {"region": "72.06", "buyer": "PT Sintetis Baru",
           "description": "katering nasi kotak karyawan", "kbli": "56290",
           "quantity": 1500.5, "unit": "kotak", "frequency": "weekly",
           "standards": ["halal", "sni"], "lat": -2.5, "lng": 122.3, "radius_km": None,
           "deadline": "2028-01-15"}
    r = c.http.post(f"/match/market/needs/{a}/edit", data=page, follow_redirects=False)
    assert r.status_code == 303, r.text[:400]
    r = c.http.put(f"/api/v1/match/needs/{b}", json=api, headers={"X-CSRF-Token": c.csrf})
    assert r.status_code == 200, r.text[:400]
    assert _row(engine, "need", a) == _row(engine, "need", b)
    assert _audit(engine, "need", a) == _audit(engine, "need", b)
    assert _audit(engine, "need", a)[-1]["after"]["quantity"] == 1500.5
    s = login(app, "supplier_e1")
    a, b = _offer(engine), _offer(engine)
    page = {"csrf_token": s.csrf, "region": "72.06", "name": "UD Sintetis Boga ",
            "products": "nasi kotak", "kbli": "56290", "capacity": "300", "unit": "",
            "certificates": ["halal"], "lat": "", "lng": ""}
    api = {"region": "72.06", "name": "UD Sintetis Boga", "products": "nasi kotak",
           "kbli": "56290", "capacity": 300, "unit": None, "certificates": ["halal"],
           "lat": None, "lng": None}
    assert s.http.post(f"/match/market/offers/{a}/edit", data=page,
                       follow_redirects=False).status_code == 303
    assert s.http.put(f"/api/v1/match/offers/{b}", json=api,
                      headers={"X-CSRF-Token": s.csrf}).status_code == 200
    assert _row(engine, "offer", a) == _row(engine, "offer", b)
    assert _audit(engine, "offer", a) == _audit(engine, "offer", b)


def test_page_and_api_store_the_same(app: FastAPI) -> None:
    _same_record(app)


@pytest.mark.postgres
def test_page_and_api_store_the_same_on_postgresql(postgres_url: str) -> None:
    a = build_app(postgres_url, firms=4)
    try:
        _users(a.state.engine)
        _same_record(a)
    finally:
        a.state.engine.dispose()


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_shown_number_reads_back_exactly(x: float) -> None:
    assert float(shown(x)) == x
    assert not math.isnan(float(shown(x)))
