"""Authorisation matrix: every route x role x own/other region.

Users: ``admin``; ``analyst_own`` (region 72.06, where the synthetic register's firms are);
``analyst_other`` (region 72.03: every firm is in *another* region for them); ``viewer``.
A test fails when a route of the app is missing from the matrix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from tests.web.conftest import USERS, Client, add_duplicates

ROLES = ("admin", "analyst_own", "analyst_other", "viewer")
ALL_OK = dict.fromkeys(ROLES, 200)
RECORD = {"admin": 200, "analyst_own": 200, "analyst_other": 403, "viewer": 403}
LISTING = {"admin": 200, "analyst_own": 200, "analyst_other": 200, "viewer": 403}
UPLOAD = {"admin": 422, "analyst_own": 422, "analyst_other": 422, "viewer": 403}
BAD_FILE = {"files": ("bad.txt", b"not a table", "text/plain")}

ADMIN_ONLY = {"admin": 200, "analyst_own": 403, "analyst_other": 403, "viewer": 403}
ADMIN_FORM = {**ADMIN_ONLY, "admin": 303}
DEDUP = {"admin": 303, "analyst_own": 303, "analyst_other": 403, "viewer": 403}
DEDUP_API = {"admin": 200, "analyst_own": 200, "analyst_other": 403, "viewer": 403}
FIND = {"admin": 303, "analyst_own": 303, "analyst_other": 303, "viewer": 403}
# per (action, user): a duplicate cluster of region 72.06 (or a merge of one) of its own,
# filled by the ``targets`` fixture
TARGETS: dict[tuple[str, str], int] = {}

# (method, route path) -> (request maker, expected status per user)
Maker = Callable[[Client, int], object]


def _form(url: str, action: str, **data: object) -> Maker:
    def make(c: Client, rid: int) -> object:
        target = TARGETS[(action, c.username)]
        fields = {"csrf_token": c.csrf, **{k: (v(target) if callable(v) else v)
                                           for k, v in data.items()}}
        return c.http.post(url.format(id=target), data=fields, follow_redirects=False)
    return make


def _api(url: str, action: str, **body: object) -> Maker:
    def make(c: Client, rid: int) -> object:
        target = TARGETS[(action, c.username)]
        return c.http.post(url.format(id=target), headers={"X-CSRF-Token": c.csrf},
                           json={k: (v(target) if callable(v) else v) for k, v in body.items()})
    return make


def _survivor(cluster_id: int) -> int:
    return TARGETS[("survivor", cluster_id)]


def _get(url: str) -> Maker:
    return lambda c, rid: c.http.get(url.format(rid=rid), follow_redirects=False)


MATRIX: dict[tuple[str, str], tuple[Maker, dict[str, int]] | None] = {
    ("GET", "/"): (_get("/"), ALL_OK),
    ("GET", "/regions/search"): (_get("/regions/search?dataset=1&q=nikel"), ALL_OK),
    ("GET", "/region/{dataset_id}/{region}"): (_get("/region/1/9903"), ALL_OK),
    ("GET", "/region/{dataset_id}/{region}/ranking"): (_get("/region/1/9903/ranking?w_slq=1"),
                                                       ALL_OK),
    ("GET", "/region/{dataset_id}/{region}/table/{name}.{fmt}"): (
        _get("/region/1/9903/table/klassen.xlsx"), ALL_OK),
    ("GET", "/map"): (_get("/map"), ALL_OK),
    ("GET", "/register"): (_get("/register"), ALL_OK),
    ("GET", "/register/duplicates"): (_get("/register/duplicates"), LISTING),
    ("POST", "/register/duplicates/find"): (
        lambda c, rid: c.http.post("/register/duplicates/find", data={"csrf_token": c.csrf},
                                   follow_redirects=False), FIND),
    ("POST", "/register/duplicates/{cluster_id}/merge"): (
        _form("/register/duplicates/{id}/merge", "page_merge", survivor=_survivor), DEDUP),
    ("POST", "/register/duplicates/{cluster_id}/keep"): (
        _form("/register/duplicates/{id}/keep", "page_keep"), DEDUP),
    ("POST", "/register/merges/{merge_id}/undo"): (
        _form("/register/merges/{id}/undo", "page_undo"), DEDUP),
    ("GET", "/register/{record_id}"): (_get("/register/{rid}"), RECORD),
    ("POST", "/register/{record_id}"): (
        lambda c, rid: c.http.post(f"/register/{rid}", data={"csrf_token": c.csrf,
                                                             "product": f"by {c.role}"},
                                   follow_redirects=False),
        {"admin": 303, "analyst_own": 303, "analyst_other": 403, "viewer": 403}),
    ("GET", "/data"): (_get("/data"), ALL_OK),
    ("POST", "/data/upload"): (
        lambda c, rid: c.http.post("/data/upload", data={"csrf_token": c.csrf, "kind": "pdrb"},
                                   files=BAD_FILE), UPLOAD),
    ("GET", "/admin/datasets"): (_get("/admin/datasets"), ADMIN_ONLY),
    ("POST", "/admin/datasets/{dataset_id}/publish"): (
        lambda c, rid: c.http.post("/admin/datasets/1/publish",
                                   data={"csrf_token": c.csrf, "published": "1"},
                                   follow_redirects=False), ADMIN_FORM),
    ("POST", "/admin/datasets/{dataset_id}/default"): (
        lambda c, rid: c.http.post("/admin/datasets/1/default", data={"csrf_token": c.csrf},
                                   follow_redirects=False), ADMIN_FORM),
    ("POST", "/admin/datasets/{dataset_id}/delete"): (
        lambda c, rid: c.http.post("/admin/datasets/999/delete", data={"csrf_token": c.csrf},
                                   follow_redirects=False),
        {"admin": 404, "analyst_own": 403, "analyst_other": 403, "viewer": 403}),
    ("GET", "/login"): (_get("/login"), ALL_OK),
    ("POST", "/login"): None,  # tested in test_auth
    ("POST", "/logout"): None,  # tested in test_auth (it would end the shared session)
    ("GET", "/lang/{code}"): (_get("/lang/id"), dict.fromkeys(ROLES, 303)),
    ("GET", "/healthz"): (_get("/healthz"), ALL_OK),
    ("GET", "/api/docs"): (_get("/api/docs"), ALL_OK),
    ("GET", "/api/openapi.json"): (_get("/api/openapi.json"), ALL_OK),
    ("GET", "/api/v1/me"): (_get("/api/v1/me"), ALL_OK),
    ("GET", "/api/v1/datasets"): (_get("/api/v1/datasets"), ALL_OK),
    ("GET", "/api/v1/datasets/{dataset_id}"): (_get("/api/v1/datasets/1"), ALL_OK),
    ("DELETE", "/api/v1/datasets/{dataset_id}"): (
        lambda c, rid: c.http.delete("/api/v1/datasets/999", headers={"X-CSRF-Token": c.csrf}),
        {"admin": 404, "analyst_own": 403, "analyst_other": 403, "viewer": 403}),
    ("GET", "/api/v1/datasets/{dataset_id}/regions"): (_get("/api/v1/datasets/1/regions"),
                                                       ALL_OK),
    ("GET", "/api/v1/datasets/{dataset_id}/panel/{region}"): (
        _get("/api/v1/datasets/1/panel/9903"), ALL_OK),
    ("GET", "/api/v1/datasets/{dataset_id}/analysis/{region}"): (
        _get("/api/v1/datasets/1/analysis/9903"), ALL_OK),
    ("GET", "/api/v1/datasets/{dataset_id}/ranking/{region}"): (
        _get("/api/v1/datasets/1/ranking/9903"), ALL_OK),
    ("GET", "/api/v1/datasets/{dataset_id}/indicator"): (
        _get("/api/v1/datasets/1/indicator?name=lq&industry=C"), ALL_OK),
    ("GET", "/api/v1/boundaries"): (_get("/api/v1/boundaries?province=72"), ALL_OK),
    ("GET", "/api/v1/centroids"): (_get("/api/v1/centroids?province=72"), ALL_OK),
    ("GET", "/api/v1/register/records"): (_get("/api/v1/register/records"), LISTING),
    ("GET", "/api/v1/register/records/{record_id}"): (_get("/api/v1/register/records/{rid}"),
                                                      RECORD),
    ("PATCH", "/api/v1/register/records/{record_id}"): (
        lambda c, rid: c.http.patch(f"/api/v1/register/records/{rid}",
                                    json={"product": f"api {c.role}"},
                                    headers={"X-CSRF-Token": c.csrf}), RECORD),
    ("GET", "/api/v1/register/aggregate"): (_get("/api/v1/register/aggregate"), ALL_OK),
    ("GET", "/api/v1/register/points"): (_get("/api/v1/register/points"), LISTING),
    ("GET", "/api/v1/register/duplicates"): (_get("/api/v1/register/duplicates"), LISTING),
    ("POST", "/api/v1/register/duplicates/find"): (
        lambda c, rid: c.http.post("/api/v1/register/duplicates/find",
                                   headers={"X-CSRF-Token": c.csrf}),
        {**FIND, "admin": 200, "analyst_own": 200, "analyst_other": 200}),
    ("POST", "/api/v1/register/duplicates/{cluster_id}/merge"): (
        _api("/api/v1/register/duplicates/{id}/merge", "api_merge", survivor=_survivor),
        DEDUP_API),
    ("POST", "/api/v1/register/duplicates/{cluster_id}/keep"): (
        _api("/api/v1/register/duplicates/{id}/keep", "api_keep"), DEDUP_API),
    ("POST", "/api/v1/register/merges/{merge_id}/undo"): (
        _api("/api/v1/register/merges/{id}/undo", "api_undo"), DEDUP_API),
    ("POST", "/api/v1/imports/pdrb"): (
        lambda c, rid: c.http.post("/api/v1/imports/pdrb", files=BAD_FILE,
                                   headers={"X-CSRF-Token": c.csrf}), UPLOAD),
    ("POST", "/api/v1/imports/register"): (
        lambda c, rid: c.http.post("/api/v1/imports/register", files=BAD_FILE,
                                   headers={"X-CSRF-Token": c.csrf}), UPLOAD),
    ("GET", "/api/v1/imports"): (_get("/api/v1/imports"), LISTING),
}


def _walk(routes: list[Any], prefix: str = "") -> set[tuple[str, str]]:
    """(method, path) of every route, descending into included routers (FastAPI >= 0.165
    keeps an included router as one ``_IncludedRouter`` entry of ``app.routes``)."""
    out = set()
    for r in routes:
        inner = getattr(r, "original_router", None)
        if inner is not None:
            ctx = getattr(r, "include_context", None)
            out |= _walk(inner.routes, prefix + (getattr(ctx, "prefix", "") or ""))
        elif isinstance(r, APIRoute) or (hasattr(r, "methods") and r.methods):
            out |= {(m, prefix + r.path) for m in r.methods or () if m != "HEAD"}
    return out


def _routes(app: FastAPI) -> set[tuple[str, str]]:
    return _walk(list(app.routes))


def test_route_walk_sees_included_routers(web_app: FastAPI) -> None:
    routes = _routes(web_app)
    assert ("GET", "/register/{record_id}") in routes
    assert ("PATCH", "/api/v1/register/records/{record_id}") in routes
    assert len(routes) > 30


def test_every_route_is_in_the_matrix(web_app: FastAPI) -> None:
    missing = _routes(web_app) - set(MATRIX)
    assert not missing, f"routes without authorisation expectations: {sorted(missing)}"


@pytest.fixture(scope="module")
def targets(web_app: FastAPI) -> dict[tuple[str, str], int]:
    """A duplicate cluster (or merge) of region 72.06 per action and user.

    They come from a review of province ``72``, a scope no user of the matrix reviews, so
    the "find duplicates" requests of the matrix do not replace them.
    """
    from rancang.features.registry import review

    engine = web_app.state.engine
    actions = ("page_merge", "page_keep", "api_merge", "api_keep", "page_undo", "api_undo")
    add_duplicates(engine, len(actions) * len(USERS), offset=5)
    run = review.find(engine, "72", actor="test")
    clusters = iter(review.open_clusters(engine, run.id, limit=1000))
    for action in actions:
        for username, _, _ in USERS:
            c = next(clusters)
            TARGETS[("survivor", c["id"])] = c["survivor"]
            TARGETS[(action, username)] = (
                review.merge_cluster(engine, c["id"], c["survivor"], actor="test")
                if action.endswith("undo") else c["id"])
    return TARGETS


@pytest.fixture(scope="module")
def record_id(clients: dict[str, Client]) -> int:
    items = clients["admin"].http.get("/api/v1/register/records").json()["items"]
    assert items and items[0]["regency_code"] == "72.06"
    return int(items[0]["id"])


CASES = [(k, role) for k, v in MATRIX.items() if v is not None for role in ROLES]


@pytest.mark.parametrize(("route", "role"), CASES, ids=[f"{m} {p} {r}" for (m, p), r in CASES])
def test_matrix(route: tuple[str, str], role: str, clients: dict[str, Client],
                record_id: int, targets: dict[tuple[str, str], int]) -> None:
    spec = MATRIX[route]
    assert spec is not None
    make, expected = spec
    resp = make(clients[role], record_id)
    assert resp.status_code == expected[role], (route, role, resp.text[:300])  # type: ignore[attr-defined]


def test_other_region_sees_no_confidential_data(clients: dict[str, Client], record_id: int,
                                                web_app: FastAPI) -> None:
    from sqlalchemy import select

    from rancang.features.registry.models import Enterprise

    with web_app.state.engine.connect() as conn:
        name, owner = conn.execute(select(Enterprise.name, Enterprise.owner_name)
                                   .where(Enterprise.id == record_id)).one()
    for role in ("analyst_other", "viewer"):
        http = clients[role].http
        for url in ("/register", "/api/v1/register/aggregate", "/register/duplicates",
                    "/api/v1/register/points", "/map"):
            text = http.get(url).text
            assert name not in text and (owner is None or owner not in text), (role, url)
    listed = clients["analyst_other"].http.get("/api/v1/register/records").json()
    assert listed["total"] == 0
    own = clients["analyst_own"].http.get("/api/v1/register/records").json()
    assert own["total"] > 0
    assert all(r["regency_code"] == "72.06" for r in own["items"])


UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


def test_every_unsafe_route_refuses_a_request_without_csrf_token(
    web_app: FastAPI, clients: dict[str, Client]
) -> None:
    """CSRF on every form and unsafe API call: the administrator's session without the token
    is refused (403) on each unsafe route, whatever the route would do with a valid one."""
    import re

    http = clients["admin"].http
    unsafe = sorted((m, p) for m, p in _routes(web_app) if m in UNSAFE)
    assert len(unsafe) >= 8
    for method, path in unsafe:
        url = re.sub(r"\{[^}]+\}", "1", path)
        form = {"username": "admin", "password": "x"} if path == "/login" else {"x": "1"}
        resp = http.request(method, url, data=form, follow_redirects=False)
        assert resp.status_code == 403, (method, path, resp.status_code, resp.text[:200])
