"""Firms without coordinates are listed on the map page instead of silently missing:
counted, each linked to its record where the coordinates are filled in; only for those who
may read firms' records, and only the firms of their region."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import or_, select, update

from rancang.features.registry import records as svc
from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client
from tests.web.test_record_edit_form import app_on_both_databases

HX = {"HX-Request": "true"}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def web_app(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    yield from app_on_both_databases(request, tmp_path_factory)


@pytest.fixture(scope="module")
def unplaced_ids(web_app: FastAPI) -> list[int]:
    """Four firms of 72.06 lose a coordinate (one only its longitude); the ids of every
    live firm without both coordinates, counted straight from the table."""
    e = Enterprise.__table__
    live = e.c.merged_into_id.is_(None)
    with web_app.state.engine.begin() as conn:
        ids = conn.execute(select(e.c.id).where(e.c.regency_code == "72.06", live)
                           .order_by(e.c.id).limit(4)).scalars().all()
        conn.execute(update(e).where(e.c.id.in_(ids[:3])).values(latitude=None,
                                                                 longitude=None))
        conn.execute(update(e).where(e.c.id == ids[3]).values(longitude=None))
        return sorted(conn.execute(select(e.c.id).where(live, or_(
            e.c.latitude.is_(None), e.c.longitude.is_(None)))).scalars())


def _listed(page: str) -> list[int]:
    table = page.split('id="unplaced-table"', 1)[1].split("</tbody>", 1)[0]
    return sorted({int(i) for i in re.findall(r'<td><a href="/register/(\d+)">', table)})


def _count(page: str) -> int:
    return int(re.search(r'id="unplaced-count"[^>]*>([\d.,]+)<', page)
               .group(1).replace(".", "").replace(",", ""))  # type: ignore[union-attr]


@pytest.mark.parametrize(("lang", "title", "edit"), [
    ("id", "Usaha tanpa koordinat", "Isi koordinat"),
    ("en", "Firms without coordinates", "Fill in coordinates")])
def test_the_analyst_sees_the_firms_of_the_region_without_coordinates(
        clients: dict[str, Client], unplaced_ids: list[int], lang: str, title: str,
        edit: str) -> None:
    http = clients["analyst_own"].http
    part = http.get(f"/register/unplaced?lang={lang}", headers=HX)
    assert part.status_code == 200
    assert "<html" not in part.text  # a part of the map page
    assert _count(part.text) == len(unplaced_ids) >= 4
    assert _listed(part.text) == unplaced_ids
    assert title in part.text and part.text.count(f">{edit}</a>") == len(unplaced_ids)
    for i in unplaced_ids:
        assert f'href="/register/{i}#f-latitude"' in part.text
    whole = http.get(f"/register/unplaced?lang={lang}")
    assert whole.status_code == 200 and f"<title>{title}" in whole.text
    assert _listed(whole.text) == unplaced_ids


def test_the_map_page_lists_them_for_readers_of_records_only(
        clients: dict[str, Client], unplaced_ids: list[int]) -> None:
    analyst = clients["analyst_own"].http.get("/map").text
    assert 'hx-get="/register/unplaced?lang=id"' in analyst and 'hx-trigger="load"' in analyst
    assert 'href="/register/unplaced?lang=id"' in analyst  # also without JavaScript
    # in the page's language (an htmx request carries no ?lang= of its own)
    filtered = clients["analyst_own"].http.get("/map?province=72&lang=en").text
    assert 'hx-get="/register/unplaced?lang=en&amp;province=72"' in filtered
    viewer = clients["viewer"]
    assert "/register/unplaced" not in viewer.http.get("/map").text
    assert viewer.http.get("/register/unplaced", headers=HX).status_code == 403


def test_others_see_none_of_another_regions_firms(
        web_app: FastAPI, clients: dict[str, Client], unplaced_ids: list[int]) -> None:
    e = Enterprise.__table__
    with web_app.state.engine.connect() as conn:
        names = conn.execute(select(e.c.name).where(e.c.id.in_(unplaced_ids))).scalars().all()
    other = clients["analyst_other"].http.get("/register/unplaced?lang=en", headers=HX).text
    assert _count(other) == 0 and 'id="unplaced-none"' in other
    assert not any(n in other for n in names)
    admin = clients["admin"].http.get("/register/unplaced", headers=HX).text
    assert _count(admin) == len(unplaced_ids)
    province = clients["admin"].http.get("/register/unplaced?province=73", headers=HX).text
    assert _count(province) == 0


def test_pages_of_the_whole_list(clients: dict[str, Client], unplaced_ids: list[int],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(svc, "PAGE_SIZE", 3)
    http = clients["analyst_own"].http
    pages = -(-len(unplaced_ids) // 3)
    first = http.get("/register/unplaced").text
    assert f"1 / {pages}" in first and 'id="next-page"' in first
    seen: list[int] = []
    for n in range(1, pages + 1):
        seen += _listed(http.get(f"/register/unplaced?page={n}").text)
    assert sorted(seen) == unplaced_ids
    monkeypatch.setattr("rancang.features.registry.routes.unplaced.ON_THE_MAP", 2)
    part = http.get("/register/unplaced", headers=HX).text
    assert len(_listed(part)) == 2 and 'id="unplaced-all"' in part
    assert f"Lihat semua {len(unplaced_ids)} usaha" in part


def test_filling_in_the_coordinates_takes_a_firm_off_the_list(
        web_app: FastAPI, clients: dict[str, Client], unplaced_ids: list[int]) -> None:
    c = clients["analyst_own"]
    fix = unplaced_ids[0]
    before = _count(c.http.get("/register/unplaced", headers=HX).text)
    bad = c.http.post(f"/register/{fix}?lang=en", data={
        "latitude": "-2,5123", "longitude": "12,5", "csrf_token": c.csrf})
    assert bad.status_code == 422
    assert "longitude outside Indonesia (95 to 141): '12.5'" in htmllib.unescape(bad.text)
    assert 'value="-2,5123"' in bad.text  # as the user typed it
    done = c.http.post(f"/register/{fix}", data={
        "latitude": "-2,5123", "longitude": "121.9456", "csrf_token": c.csrf},
        follow_redirects=False)
    assert done.status_code == 303, done.text[:300]
    e = Enterprise.__table__
    with web_app.state.engine.connect() as conn:
        assert conn.execute(select(e.c.latitude, e.c.longitude).where(e.c.id == fix)).one() \
            == (-2.5123, 121.9456)
    after = c.http.get("/register/unplaced", headers=HX).text
    assert _count(after) == before - 1 and fix not in _listed(after)
