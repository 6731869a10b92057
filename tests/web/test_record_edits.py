"""Edits refuse what the import refuses (issue 17, item 9): an empty name, a KBLI that is
not a known manufacturing code, text longer than its column, control characters; on the
page and through the API, with SQLite and PostgreSQL answering the same 422."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.models import Enterprise
from tests.web.conftest import build_app, login

BAD = [
    ({"name": ""}, "name", "wajib diisi"),
    ({"name": None}, "name", "wajib diisi"),
    ({"kbli": "46100"}, "kbli", "KBLI"),
    ({"kbli": "99999"}, "kbli", "KBLI"),
    ({"product": "x" * 5000}, "product", "terlalu panjang"),
    ({"address": "Jl. " + "panjang " * 400}, "address", "terlalu panjang"),
    ({"owner_name": "Ani\x00"}, "owner_name", "karakter kendali"),
    ({"phone": "0" * 40}, "phone", "terlalu panjang"),
]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def app(request: pytest.FixtureRequest,
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('ed') / 'e.sqlite'}"
        web = build_app(url, firms=4)
        yield web
        web.state.engine.dispose()
    else:
        server = request.getfixturevalue("postgres_server")
        import uuid
        from urllib.parse import quote

        import sqlalchemy as sa

        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(server)
        with admin.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        web = build_app(f"{server}?options={quote(f'-csearch_path={schema}')}", firms=4)
        yield web
        web.state.engine.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def _record(app: FastAPI) -> dict[str, object]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return dict(conn.execute(select(e).where(e.c.regency_code == "72.06")
                                 .order_by(e.c.id)).mappings().first() or {})


@pytest.mark.parametrize(("change", "column", "words"), BAD)
def test_api_edit_refuses_what_the_import_refuses(app: FastAPI, change: dict[str, object],
                                                  column: str, words: str) -> None:
    analyst = login(app, "analyst_own")
    before = _record(app)
    resp = analyst.http.patch(f"/api/v1/register/records/{before['id']}", json=change,
                              headers={"X-CSRF-Token": analyst.csrf})
    assert resp.status_code == 422, resp.text
    problems = resp.json()["problems"]
    assert any(p["column"] == column and words in p["message"] for p in problems), problems
    assert _record(app) == before


def test_page_edit_refuses_an_empty_name_and_unknown_kbli(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    before = _record(app)
    for field, value in (("name", " "), ("kbli", "46100")):
        page = analyst.http.post(f"/register/{before['id']}",
                                 data={"csrf_token": analyst.csrf, field: value},
                                 follow_redirects=False)
        assert page.status_code == 422, (field, page.status_code)
    assert _record(app) == before
    ok = analyst.http.patch(f"/api/v1/register/records/{before['id']}",
                            json={"kbli": "10710", "product": "Roti"},
                            headers={"X-CSRF-Token": analyst.csrf})
    assert ok.status_code == 200, ok.text
