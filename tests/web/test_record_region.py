"""A record's village decides its region: analysts cannot move a firm out of their region,
and a new village code carries its district, regency and province codes along."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('rr') / 'rr.sqlite'}", firms=8)
    yield web
    web.state.engine.dispose()


def _ids(app: FastAPI) -> list[int]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(e.c.id).where(e.c.regency_code == "72.06")
                                           .order_by(e.c.id))]


def _location(app: FastAPI, rid: int) -> tuple[str | None, ...]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return tuple(conn.execute(select(e.c.village_code, e.c.district_code, e.c.regency_code,
                                         e.c.province_code).where(e.c.id == rid)).one())


def _patch(c: Client, rid: int, village: str) -> object:
    return c.http.patch(f"/api/v1/register/records/{rid}", json={"village_code": village},
                        headers={"X-CSRF-Token": c.csrf})


def test_analyst_cannot_move_a_record_out_of_their_region(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    rid = _ids(app)[0]
    before = _location(app, rid)
    resp = _patch(analyst, rid, "72.03.01.2001")
    assert resp.status_code == 403  # type: ignore[attr-defined]
    assert "72.03.01.2001" in resp.json()["error"]  # type: ignore[attr-defined]
    assert _location(app, rid) == before
    page = analyst.http.post(f"/register/{rid}", data={"csrf_token": analyst.csrf,
                                                       "village_code": "72.03.01.2001"},
                             follow_redirects=False)
    assert page.status_code == 403
    assert _location(app, rid) == before


def test_new_village_re_derives_district_regency_province(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    rid = _ids(app)[1]
    resp = _patch(analyst, rid, "72.06.09.2003")
    assert resp.status_code == 200, resp.text  # type: ignore[attr-defined]
    assert _location(app, rid) == ("72.06.09.2003", "72.06.09", "72.06", "72")
    admin = login(app, "admin")
    page = admin.http.post(f"/register/{rid}", data={"csrf_token": admin.csrf,
                                                     "village_code": "72.03.02.2004"},
                           follow_redirects=False)
    assert page.status_code == 303
    assert _location(app, rid) == ("72.03.02.2004", "72.03.02", "72.03", "72")
    # the audit trail shows the derived codes changing too
    audit = admin.http.get(f"/api/v1/register/records/{rid}").json()["audit"]
    assert audit[-1]["after"]["regency_code"] == "72.03"


def test_register_paging_updates_the_address(app: FastAPI) -> None:
    """Next/previous put the page in the URL (hx-push-url and a real href), so refresh and
    Back keep the page."""
    from tests.web.conftest import add_duplicates

    for _ in range(3):
        add_duplicates(app.state.engine, 100)
    admin = login(app, "admin")
    page = admin.http.get("/register?sort=name").text
    assert 'id="next-page"' in page
    link = page.split('id="next-page"', 1)[1].split(">", 1)[0]
    assert 'hx-push-url="true"' in link and 'href="/register?' in link and "page=2" in link
    second = admin.http.get("/register?sort=name&page=2").text
    assert "2 / " in second
