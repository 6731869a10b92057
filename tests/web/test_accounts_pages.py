"""Accounts in the browser and the API: the administrator creates, renames, disables and
enables accounts, gives and takes roles for a region, resets passwords; every user changes
their own password. The same rules as ``rancang users`` (asked through the CLI too)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from tests.web.conftest import PASSWORD, Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    path = tmp_path_factory.mktemp("accounts") / "a.sqlite"
    application = build_app(f"sqlite:///{path}", firms=6, boundaries=None)
    application.state.test_url = f"sqlite:///{path}"
    yield application
    application.state.engine.dispose()


@pytest.fixture(scope="module")
def admin(app: FastAPI) -> Client:
    return login(app, "admin")


def _post(client: Client, url: str, **data: str) -> object:
    return client.http.post(url, data={"csrf_token": client.csrf, **data},
                            follow_redirects=False)


def _can_sign_in(app: FastAPI, username: str, password: str) -> bool:
    http = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
    assert token is not None
    resp = http.post("/login", data={"username": username, "password": password,
                                     "csrf_token": token.group(1)}, follow_redirects=False)
    return resp.status_code == 303


def _cli_users(app: FastAPI) -> str:
    result = CliRunner().invoke(build_cli(), ["--lang", "en", "users", "list", "--database-url",
                                              app.state.test_url])
    assert result.exit_code == 0, result.output
    return result.output


def test_create_grant_revoke_disable_reset(app: FastAPI, admin: Client) -> None:
    page = admin.http.get("/admin/users")
    assert page.status_code == 200 and 'id="user-analyst_own"' in page.text
    resp = _post(admin, "/admin/users", username="dinas.palu", display_name="Dinas Palu",
                 password="rahasia-palu-1", role="analyst", region="72.71")
    assert resp.status_code == 303  # type: ignore[attr-defined]
    assert _can_sign_in(app, "dinas.palu", "rahasia-palu-1")
    palu = login(app, "dinas.palu", "rahasia-palu-1")
    me = palu.http.get("/api/v1/me").json()
    assert [(g["role"], g["region_code"]) for g in me["grants"]] == [("analyst", "72.71")]
    # a second role for the province; the CLI lists what the page set
    assert _post(admin, "/admin/users/dinas.palu/grant", role="analyst",
                 region="72").status_code == 303  # type: ignore[attr-defined]
    listed = _cli_users(app)
    line = next(x for x in listed.splitlines() if "dinas.palu" in x)
    assert "72.71" in line and "analyst 72" in line.replace("72.71", "")
    # taking a role ends the user's sessions at once
    assert _post(admin, "/admin/users/dinas.palu/revoke", role="analyst",
                 region="72.71").status_code == 303  # type: ignore[attr-defined]
    assert palu.http.get("/api/v1/me").status_code == 401
    # disabled: cannot sign in; enabled again: can
    assert _post(admin, "/admin/users/dinas.palu/active", active="0").status_code == 303  # type: ignore[attr-defined]
    assert not _can_sign_in(app, "dinas.palu", "rahasia-palu-1")
    assert "disabled" in next(x for x in _cli_users(app).splitlines() if "dinas.palu" in x)
    _post(admin, "/admin/users/dinas.palu/active", active="1")
    assert _can_sign_in(app, "dinas.palu", "rahasia-palu-1")
    # reset: the new password shown once works, the old one no longer
    resp = _post(admin, "/admin/users/dinas.palu/password")
    assert resp.status_code == 200  # type: ignore[attr-defined]
    assert resp.headers["cache-control"] == "no-store"  # type: ignore[attr-defined]
    shown = re.search(r'id="new-password">[^<]*<code>([^<]+)</code>', resp.text)  # type: ignore[attr-defined]
    assert shown is not None
    assert _can_sign_in(app, "dinas.palu", shown.group(1))
    assert not _can_sign_in(app, "dinas.palu", "rahasia-palu-1")
    # rename
    _post(admin, "/admin/users/dinas.palu/name", display_name="Disperindag Kota Palu")
    assert "Disperindag Kota Palu" in admin.http.get("/admin/users").text


@pytest.mark.parametrize(("lang", "short", "needs_region"), [
    ("id", "kata sandi minimal 8 karakter", "peran analyst memerlukan wilayah"),
    ("en", "the password needs at least 8 characters", "the role analyst needs a region"),
])
def test_bad_form_comes_back_with_edits_and_messages(app: FastAPI, admin: Client, lang: str,
                                                     short: str, needs_region: str) -> None:
    admin.http.get(f"/lang/{lang}?next=/")
    resp = _post(admin, "/admin/users", username="kurang", display_name="Nama Diketik",
                 password="pendek", role="analyst", region="")
    admin.http.get("/lang/id?next=/")
    assert resp.status_code == 422  # type: ignore[attr-defined]
    html = resp.text  # type: ignore[attr-defined]
    assert short in html and needs_region in html
    assert 'value="kurang"' in html and 'value="Nama Diketik"' in html
    assert 'value="analyst" selected' in html
    assert "kurang" not in _cli_users(app)


def test_admin_cannot_lock_themselves_out(app: FastAPI, admin: Client) -> None:
    resp = _post(admin, "/admin/users/admin/active", active="0")
    assert resp.status_code == 422  # type: ignore[attr-defined]
    assert "menonaktifkan akun Anda sendiri" in resp.text  # type: ignore[attr-defined]
    resp = _post(admin, "/admin/users/admin/revoke", role="admin", region="")
    assert resp.status_code == 422  # type: ignore[attr-defined]
    assert admin.http.get("/api/v1/me").status_code == 200
    r = admin.http.patch("/api/v1/users/admin", json={"active": False},
                         headers={"X-CSRF-Token": admin.csrf})
    assert r.status_code == 422 and r.json()["problems"][0]["column"] == "username"


def test_unknown_account_is_404(admin: Client) -> None:
    assert _post(admin, "/admin/users/nobody/active", active="0").status_code == 404  # type: ignore[attr-defined]
    r = admin.http.post("/api/v1/users/nobody/password", headers={"X-CSRF-Token": admin.csrf})
    assert r.status_code == 404


def test_own_password(app: FastAPI) -> None:
    from rancang.features.accounts.service import create_user

    create_user(app.state.engine, "ganti", PASSWORD, role="viewer")
    me = login(app, "ganti")
    wrong = _post(me, "/account/password", current="salah-sekali", password="baru-rahasia-9",
                  repeated="baru-rahasia-9")
    assert wrong.status_code == 422 and "kata sandi saat ini salah" in wrong.text  # type: ignore[attr-defined]
    differ = _post(me, "/account/password", current=PASSWORD, password="baru-rahasia-9",
                   repeated="baru-rahasia-8")
    assert differ.status_code == 422 and "tidak sama" in differ.text  # type: ignore[attr-defined]
    assert _can_sign_in(app, "ganti", PASSWORD)
    done = _post(me, "/account/password", current=PASSWORD, password="baru-rahasia-9",
                 repeated="baru-rahasia-9")
    assert done.status_code == 303  # type: ignore[attr-defined]
    assert me.http.get("/api/v1/me").status_code == 401  # every session ended
    assert _can_sign_in(app, "ganti", "baru-rahasia-9")
    assert not _can_sign_in(app, "ganti", PASSWORD)


def test_api_channel(app: FastAPI, admin: Client) -> None:
    h = {"X-CSRF-Token": admin.csrf}
    r = admin.http.post("/api/v1/users", headers=h, json={
        "username": "pusat", "password": "rahasia-pusat-1", "role": "analyst",
        "region": "central"})
    assert r.status_code == 201, r.text
    assert r.json()["grants"] == [{"role": "analyst", "region_code": None, "level": "central"}]
    bad = admin.http.post("/api/v1/users", headers=h, json={
        "username": "a b", "password": "x", "role": "nope"})
    assert bad.status_code == 422
    columns = {p["column"] for p in bad.json()["problems"]}
    assert {"username", "password", "role"} <= columns
    r = admin.http.post("/api/v1/users/pusat/grants", headers=h,
                        json={"role": "analyst", "region": "72.06"})
    assert {g["region_code"] for g in r.json()["grants"]} == {None, "72.06"}
    r = admin.http.delete("/api/v1/users/pusat/grants?role=analyst&region=72.06", headers=h)
    assert {g["region_code"] for g in r.json()["grants"]} == {None}
    r = admin.http.post("/api/v1/users/pusat/password", headers=h)
    assert _can_sign_in(app, "pusat", r.json()["password"])
    listed = {u["username"]: u for u in admin.http.get("/api/v1/users").json()}
    assert listed["pusat"]["active"] and "password" not in listed["pusat"]
    # the page and the API list the same accounts as the CLI
    cli = _cli_users(app)
    assert all(name in cli for name in listed)


def test_viewer_and_analyst_cannot_manage(app: FastAPI) -> None:
    for who in ("viewer", "analyst_own"):
        c = login(app, who)
        assert c.http.get("/admin/users").status_code == 403
        assert 'id="nav-users"' not in c.http.get("/").text
    assert 'id="nav-users"' in login(app, "admin").http.get("/").text


def test_templates_exist_for_both_forms() -> None:
    root = Path(__file__).resolve().parents[2] / "src/rancang/features/accounts/templates"
    assert (root / "users.html").is_file() and (root / "password.html").is_file()


def test_admin_sees_and_lifts_a_throttle(app: FastAPI, admin: Client) -> None:
    from rancang.features.accounts.service import create_user

    create_user(app.state.engine, "lupa", PASSWORD, role="viewer")
    for _ in range(5):
        assert not _can_sign_in(app, "lupa", "salah-terus")
    assert not _can_sign_in(app, "lupa", PASSWORD)  # throttled, even with the right one
    page = admin.http.get("/admin/users").text
    assert 'id="throttled-lupa"' in page and "5 percobaan masuk gagal" in page
    assert _post(admin, "/admin/users/lupa/unlock").status_code == 303  # type: ignore[attr-defined]
    assert 'id="throttled-lupa"' not in admin.http.get("/admin/users").text
    assert _can_sign_in(app, "lupa", PASSWORD)
