"""Deliberate deletes through the page and the API: the record page asks first, the
deleted firm is listed for its region and restored with one click; the API wants
``confirm=true``; another region's analyst may not delete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.models import Enterprise
from tests.web.conftest import build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('del') / 'd.sqlite'}", firms=5)
    yield web
    web.state.engine.dispose()


def _ids(app: FastAPI) -> list[int]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(e.c.id).order_by(e.c.id))]


def test_delete_asks_then_restores(app: FastAPI) -> None:
    analyst, other = login(app, "analyst_own"), login(app, "analyst_other")
    rid = _ids(app)[0]
    page = analyst.http.get(f"/register/{rid}").text
    assert f'href="/register/{rid}/delete" id="delete-record"' in page
    ask = analyst.http.get(f"/register/{rid}/delete")
    assert ask.status_code == 200 and "90 hari" in ask.text and rid in _ids(app)
    assert other.http.post(f"/register/{rid}/delete",
                           data={"csrf_token": other.csrf}).status_code == 404
    done = analyst.http.post(f"/register/{rid}/delete",
                             data={"csrf_token": analyst.csrf, "reason": "tutup usaha"})
    assert done.status_code == 200 and 'id="deleted-done"' in done.text
    assert rid not in _ids(app)
    assert analyst.http.get(f"/api/v1/register/records/{rid}").status_code == 404
    listed = analyst.http.get("/api/v1/register/deleted").json()
    assert [(d["record_id"], d["reason"]) for d in listed] == [(rid, "tutup usaha")]
    assert other.http.get("/api/v1/register/deleted").json() == []  # not their region
    back = analyst.http.post(f"/register/deleted/{listed[0]['id']}/restore",
                             data={"csrf_token": analyst.csrf}, follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == f"/register/{rid}"
    assert rid in _ids(app)


def test_api_delete_needs_confirm(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    rid = _ids(app)[1]
    hdr = {"X-CSRF-Token": analyst.csrf}
    resp = analyst.http.delete(f"/api/v1/register/records/{rid}", headers=hdr)
    assert resp.status_code == 422 and "confirm=true" in resp.json()["problems"][0]["message"]
    assert rid in _ids(app)
    resp = analyst.http.delete(f"/api/v1/register/records/{rid}?confirm=true", headers=hdr)
    assert resp.status_code == 200 and resp.json()["record_id"] == rid
    restored = analyst.http.post(f"/api/v1/register/deleted/{resp.json()['id']}/restore",
                                 headers=hdr)
    assert restored.status_code == 200 and rid in _ids(app)
