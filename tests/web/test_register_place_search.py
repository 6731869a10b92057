"""Register search by district and village, names and codes (issue 12, section 1,
"Register: ... search by district and village"): the records of the user's region for
those who may read records, the published district aggregates for everyone else."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from rancang.features.registry.models import Enterprise
from rancang.features.registry.publish import published_condition
from tests.web.conftest import Client, add_duplicates


@pytest.fixture(scope="module")
def outsider(web_app: FastAPI) -> int:
    """A firm copied into another regency (72.03) whose district and village names are
    those of a 72.06 place: out of the analyst of 72.06's scope."""
    (_, copy), = add_duplicates(web_app.state.engine, 1)
    e = Enterprise.__table__
    with web_app.state.engine.begin() as conn:
        conn.execute(update(e).where(e.c.id == copy).values(
            regency_code="72.03", province_code="72", district_code="72.03.01",
            village_code="72.03.01.2001", district_name="Bahodopi Luar",
            village_name="Fatufia Baru"))
    return copy


def _rows(app: FastAPI, *, published: bool = False) -> list[dict[str, object]]:
    e = Enterprise.__table__
    stmt = select(e.c.id, e.c.regency_code, e.c.district_code, e.c.district_name,
                  e.c.village_code, e.c.village_name).where(e.c.merged_into_id.is_(None))
    if published:
        stmt = stmt.where(published_condition())
    with app.state.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def _expected(rows: list[dict[str, object]], place: str, regency: str | None) -> set[int]:
    """The firms ``place`` names, computed in Python: a code starts the district's or the
    village's code, a name is inside the district's or the village's name."""
    def hit(r: dict[str, object]) -> bool:
        if re.fullmatch(r"[\d.]+", place):
            return any(str(r[c] or "").startswith(place) for c in ("district_code",
                                                                     "village_code"))
        return any(place.lower() in str(r[c] or "").lower() for c in ("district_name",
                                                                       "village_name"))
    return {int(r["id"]) for r in rows  # type: ignore[call-overload]
            if hit(r) and (regency is None or r["regency_code"] == regency)}


def _found(http: object, place: str) -> set[int]:
    out: set[int] = set()
    page = 1
    while True:
        res = http.get("/api/v1/register/records",  # type: ignore[attr-defined]
                       params={"place": place, "page": page}).json()
        out |= {r["id"] for r in res["items"]}
        if page >= res["pages"]:
            return out
        page += 1


@pytest.mark.parametrize("place", ["bahodopi", "Fatufia", "72.06.10", "72.06.10.2004",
                                   "72.03.01", "Bungku"])
def test_records_by_district_or_village_within_the_scope(
        web_app: FastAPI, clients: dict[str, Client], outsider: int, place: str) -> None:
    rows = _rows(web_app)
    admin = _found(clients["admin"].http, place)
    assert admin == _expected(rows, place, None)
    assert admin  # every search finds something for the administrator
    own = _found(clients["analyst_own"].http, place)
    assert own == _expected(rows, place, "72.06")
    assert outsider not in own
    if place in ("bahodopi", "Fatufia", "72.03.01"):
        assert outsider in admin


def test_the_register_page_searches_and_keeps_the_place(clients: dict[str, Client],
                                                        web_app: FastAPI) -> None:
    http = clients["analyst_own"].http
    for lang, label in (("id", "Kecamatan/desa"), ("en", "District/village")):
        page = http.get("/register", params={"place": "Fatufia", "lang": lang}).text
        assert label in page
        assert re.search(r'name="place" value="Fatufia"', page)
        total = re.search(r'id="register-total">(\d+)', page)
        assert total is not None
        assert int(total.group(1)) == len(_expected(_rows(web_app), "Fatufia", "72.06"))
        assert "Bahodopi Luar" not in page


def test_viewers_search_the_published_district_aggregates(
        web_app: FastAPI, clients: dict[str, Client], outsider: int) -> None:
    """A viewer's search shows the published cells of the matching districts (a village
    leads to its district), never a firm; the firm count of each district and KBLI
    division, where shown, is the count of its published records (>= 3)."""
    from rancang.features.registry.panel import aggregate, load_register

    http = clients["viewer"].http
    rows = _rows(web_app, published=True)
    checked = 0
    for place, lang in (("Fatufia", "id"), ("72.06.10", "en"), ("bungku", "en")):
        page = http.get("/register", params={"place": place, "lang": lang}).text
        assert 'id="aggregate-table"' in page and 'id="register-table"' not in page
        districts = {str(r["district_code"]) for r in rows
                     if int(str(r["id"])) in _expected(rows, place, None)}
        assert districts
        shown = set(re.findall(r'<td translate="no">[^<]*\((72\.\d\d\.\d\d)\)</td>', page))
        assert shown and shown <= districts
        # the counts shown: recomputed from the published records of those districts
        frame = load_register(web_app.state.engine, published=True)
        cells = aggregate(frame, level=2, measure="units", region_level="district")
        for code, kbli, year, firms in re.findall(
                r'\((72\.\d\d\.\d\d)\)</td><td>(\d\d <span|Total)[^/]*(?:</span>)?</td>'
                r'<td>(\d{4})</td><td class="num">(\d+)</td>', page):
            cell = cells.filter((cells["region_code"] == code) & (cells["year"] == int(year)))
            if kbli != "Total":
                cell = cell.filter(cell["industry_code"] == kbli[:2])
            assert int(cell["firms"].sum()) == int(firms) and int(firms) >= 3
            checked += 1
        for name in re.findall(r"<a href=\"/register/\d+\">", page):
            raise AssertionError(name)
    assert checked  # some cells are shown and were checked
    # a place outside every published record: no cell
    none = http.get("/register", params={"place": "Tidak Ada Desa Ini", "lang": "id"}).text
    assert re.search(r'id="aggregate-total">0 ', none)
