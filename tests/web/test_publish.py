"""An upload is private to the uploader's region until an administrator publishes it; the
default dataset is the administrator's explicit choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client, build_app, login


def _tidy_csv() -> bytes:
    lines = ["region_code,industry_code,year,value"]
    for k, code in enumerate(("7201", "7202", "7203", "7206")):
        for j, ind in enumerate(("A", "B", "C", "F", "G")):
            base = 100 + 10 * k + j
            lines += [f"{code},{ind},2019,{base}", f"{code},{ind},2020,{base * 1.05:.2f}"]
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('pub') / 'p.sqlite'}", firms=4)
    yield web
    web.state.engine.dispose()


@pytest.fixture(scope="module")
def users(app: FastAPI) -> dict[str, Client]:
    return {u: login(app, u) for u in ("admin", "analyst_own", "analyst_other", "viewer")}


def _ids(c: Client) -> list[int]:
    return [d["id"] for d in c.http.get("/api/v1/datasets").json()]


def test_upload_is_private_until_published(users: dict[str, Client]) -> None:
    own = users["analyst_own"]
    resp = own.http.post("/api/v1/imports/pdrb", headers={"X-CSRF-Token": own.csrf},
                         files={"files": ("pdrb.csv", _tidy_csv(), "text/csv")},
                         data={"name": "Upload analis"})
    assert resp.status_code == 201, resp.text
    ds = resp.json()["dataset_id"]
    assert ds in _ids(own) and ds in _ids(users["admin"])
    for who in ("analyst_other", "viewer"):
        c = users[who]
        assert ds not in _ids(c)
        assert c.http.get(f"/region/{ds}/7203").status_code == 404
        assert c.http.get(f"/api/v1/datasets/{ds}/indicator").status_code == 404
        # the newest upload is not their default: home and map open the published demo
        assert "Upload analis" not in c.http.get("/").text
        assert "Upload analis" not in c.http.get("/map").text
    assert own.http.get(f"/region/{ds}/7203").status_code == 200

    admin = users["admin"]
    page = admin.http.get("/admin/datasets")
    assert "Upload analis" in page.text
    assert admin.http.post(f"/admin/datasets/{ds}/publish",
                           data={"csrf_token": admin.csrf, "published": "1"},
                           follow_redirects=False).status_code == 303
    assert ds in _ids(users["viewer"])
    assert users["viewer"].http.get(f"/region/{ds}/7203").status_code == 200
    # published is not default: the admin's choice is
    assert admin.http.post(f"/admin/datasets/{ds}/default", data={"csrf_token": admin.csrf},
                           follow_redirects=False).status_code == 303
    assert 'selected>Upload analis' in users["viewer"].http.get("/").text
    assert admin.http.post(f"/admin/datasets/{ds}/delete",
                           data={"csrf_token": admin.csrf, "confirm": "1"},
                           follow_redirects=False).status_code == 303
    assert ds not in _ids(admin)
    assert users["viewer"].http.get("/").status_code == 200


def test_admin_page_needs_csrf(users: dict[str, Client]) -> None:
    admin = users["admin"]
    resp = admin.http.post("/admin/datasets/1/publish", data={"published": "0"},
                           follow_redirects=False)
    assert resp.status_code == 403
