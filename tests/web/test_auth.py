"""Sign-in, sessions, CSRF, throttling, logout, language switch."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, Client, login


def _form_token(http: TestClient) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"',  # type: ignore[union-attr]
                     http.get("/login").text).group(1)


def test_pages_need_login(web_app: FastAPI) -> None:
    http = TestClient(web_app)
    resp = http.get("/", follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login")
    assert http.get("/api/v1/datasets").status_code == 401


def test_login_sets_safe_cookie_and_logout_ends_session(web_app: FastAPI) -> None:
    http = TestClient(web_app)
    token = _form_token(http)
    resp = http.post("/login", data={"username": "viewer", "password": PASSWORD,
                                     "csrf_token": token, "next": "//evil.example/x"},
                     follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == "/"
    cookie = resp.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert http.get("/").status_code == 200
    csrf = http.get("/api/v1/me").json()["csrf_token"]
    assert http.post("/logout", data={}, follow_redirects=False).status_code == 403
    assert http.post("/logout", data={"csrf_token": csrf},
                     follow_redirects=False).status_code == 303
    assert http.get("/api/v1/me").status_code == 401


def test_wrong_password_and_throttle(web_app: FastAPI) -> None:
    http = TestClient(web_app)
    for _ in range(5):
        resp = http.post("/login", data={"username": "analyst_other", "password": "wrong-pass",
                                         "csrf_token": _form_token(http)})
        assert resp.status_code == 401
    resp = http.post("/login", data={"username": "analyst_other", "password": PASSWORD,
                                     "csrf_token": _form_token(http)})
    assert resp.status_code == 429  # even the right password waits out the window
    from rancang.features.accounts.throttle import clear_failures

    clear_failures(web_app.state.engine, "analyst_other")


def test_login_form_needs_csrf(web_app: FastAPI) -> None:
    http = TestClient(web_app)
    http.get("/login")
    resp = http.post("/login", data={"username": "admin", "password": PASSWORD,
                                     "csrf_token": "forged"})
    assert resp.status_code == 403


def test_unsafe_api_calls_need_csrf_header(clients: dict[str, Client]) -> None:
    c = clients["admin"]
    rid = c.http.get("/api/v1/register/records").json()["items"][0]["id"]
    assert c.http.patch(f"/api/v1/register/records/{rid}",
                        json={"product": "x"}).status_code == 403
    ok = c.http.patch(f"/api/v1/register/records/{rid}", json={"product": "Roti manis"},
                      headers={"X-CSRF-Token": c.csrf})
    assert ok.status_code == 200 and ok.json()["changed"] == {"product": "Roti manis"}
    trail = c.http.get(f"/api/v1/register/records/{rid}").json()["audit"]
    assert trail[-1]["actor"] == "admin" and trail[-1]["after"] == {"product": "Roti manis"}


def test_language_switch(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    assert "Peta" in http.get("/").text
    http.get("/lang/en?next=/")
    assert ">Map<" in http.get("/").text
    http.get("/lang/id?next=/")
    assert ">Peta<" in http.get("/").text


def test_users_cli(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from rancang.cli import build_app

    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    runner = CliRunner()
    res = runner.invoke(build_app(), ["users", "create", "boss", "--password", "sangat-rahasia",
                                      "--database-url", url])
    assert res.exit_code == 0, res.output
    res = runner.invoke(build_app(), ["users", "list", "--database-url", url])
    assert "boss" in res.output and "admin" in res.output
    res = runner.invoke(build_app(), ["users", "create", "x", "--role", "analyst",
                                      "--password", "sangat-rahasia", "--database-url", url])
    assert res.exit_code != 0


def test_login_helper(web_app: FastAPI) -> None:
    assert login(web_app, "admin").role == "admin"


def test_one_office_address_is_not_locked_out(web_app: FastAPI) -> None:
    """Colleagues behind one NAT address: many failures across names do not lock out a
    colleague who types the right password; per-account throttling still holds."""
    from rancang.features.accounts.throttle import MAX_FAILURES, is_throttled, record_failure

    engine = web_app.state.engine
    for k in range(40):
        record_failure(engine, f"colleague{k % 10}", "10.0.0.1")
    assert not is_throttled(engine, "analyst_own", "10.0.0.1")
    for _ in range(MAX_FAILURES):
        record_failure(engine, "target", "10.9.9.9")
    assert is_throttled(engine, "target", "10.9.9.9")
    # the guesses of another address do not lock the owner out
    assert not is_throttled(engine, "target", "10.0.0.1")


def test_passwords_are_hashed_at_the_real_cost(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The suite hashes at the lowest Argon2id cost (``tests/conftest.py``); the application
    hashes at argon2-cffi's default, RFC 9106's low-memory profile (Argon2id, 3 passes,
    64 MiB, 4 lanes): an account made with the application's hasher stores that cost, signs
    in with its password and not with another."""
    from argon2 import PasswordHasher, extract_parameters
    from argon2.profiles import RFC_9106_LOW_MEMORY
    from sqlalchemy import select

    from rancang.core.db.engine import make_engine
    from rancang.features.accounts import service
    from rancang.features.accounts.models import RoleGrant, User
    from tests.conftest import REAL_PASSWORD_HASHER

    assert isinstance(REAL_PASSWORD_HASHER, PasswordHasher)
    monkeypatch.setattr(service, "_HASHER", REAL_PASSWORD_HASHER)
    engine = make_engine(f"sqlite:///{tmp_path / 'u.sqlite'}")
    User.metadata.create_all(engine, tables=[User.__table__, RoleGrant.__table__])
    service.create_user(engine, "boss", "sangat-rahasia", role="admin")
    with engine.connect() as conn:
        stored = conn.execute(select(User.password_hash)).scalar_one()
    params = extract_parameters(stored)
    assert stored.startswith("$argon2id$")
    assert (params.time_cost, params.memory_cost, params.parallelism) == (
        RFC_9106_LOW_MEMORY.time_cost, RFC_9106_LOW_MEMORY.memory_cost,
        RFC_9106_LOW_MEMORY.parallelism) == (3, 65536, 4)
    assert service.authenticate(engine, "boss", "sangat-rahasia") is not None
    assert service.authenticate(engine, "boss", "sangat-rahasiA") is None
    engine.dispose()
