"""Issue 17, item 9: the sign-in throttle cannot lock the owner out and an administrator
can lift it; ``X-Forwarded-For`` is not trusted by default; confidential answers are not
stored by browsers; a 500 page carries the security headers; the upload limit holds per
request."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.settings import Settings
from rancang.features.accounts.throttle import MAX_FAILURES, MAX_USER_FAILURES
from rancang.web.app import create_app
from tests.web.conftest import PASSWORD, Client


def _sign_in(http: TestClient, username: str, password: str) -> int:
    token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
    assert token is not None
    return http.post("/login", data={"username": username, "password": password,
                                     "csrf_token": token.group(1)},
                     follow_redirects=False).status_code


def test_an_attacker_cannot_lock_the_owner_out(web_app: FastAPI) -> None:
    attacker = TestClient(web_app, client=("203.0.113.9", 5000))
    owner = TestClient(web_app, client=("198.51.100.7", 5000))
    for _ in range(MAX_FAILURES + 2):
        assert _sign_in(attacker, "analyst_own", "salah") in (401, 429)
    assert _sign_in(attacker, "analyst_own", PASSWORD) == 429  # the guesser waits
    assert _sign_in(owner, "analyst_own", PASSWORD) == 303  # the owner signs in


def test_distributed_guessing_is_braked_and_an_admin_unlocks(web_app: FastAPI,
                                                             tmp_path: Path) -> None:
    from rancang.features.accounts.throttle import record_failure

    engine = web_app.state.engine
    for k in range(MAX_USER_FAILURES):
        record_failure(engine, "viewer", f"10.1.{k // 250}.{k % 250}")
    owner = TestClient(web_app, client=("198.51.100.8", 5000))
    assert _sign_in(owner, "viewer", PASSWORD) == 429
    url = str(engine.url.render_as_string(hide_password=False))
    listed = CliRunner().invoke(build_app(), ["users", "list", "--database-url", url])
    assert re.search(rf"viewer .*{MAX_USER_FAILURES} gagal masuk", listed.output)
    done = CliRunner().invoke(build_app(), ["users", "unlock", "viewer",
                                            "--database-url", url])
    assert done.exit_code == 0 and f"{MAX_USER_FAILURES} kegagalan" in done.output
    assert _sign_in(owner, "viewer", PASSWORD) == 303


def test_forwarded_for_is_not_trusted_by_default(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(kw))
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    runner = CliRunner()
    assert runner.invoke(build_app(), ["serve", "--database-url", url]).exit_code == 0
    assert calls[-1]["proxy_headers"] is False and not calls[-1]["forwarded_allow_ips"]
    assert runner.invoke(build_app(), ["serve", "--database-url", url,
                                       "--forwarded-allow-ips", "10.0.0.5"]).exit_code == 0
    assert calls[-1]["proxy_headers"] is True
    assert calls[-1]["forwarded_allow_ips"] == "10.0.0.5"


def test_confidential_answers_are_not_stored(clients: dict[str, Client]) -> None:
    http = clients["analyst_own"].http
    rid = http.get("/api/v1/register/records").json()["items"][0]["id"]
    for url in ("/register", f"/register/{rid}", f"/api/v1/register/records/{rid}",
                "/api/v1/me", "/data", "/login"):
        resp = http.get(url)
        assert resp.status_code == 200, url
        assert resp.headers["cache-control"] == "no-store", url
    static = http.get("/static/favicon.svg")
    assert "no-store" not in static.headers.get("cache-control", "")


def test_a_500_page_carries_the_security_headers(web_app: FastAPI,
                                                 clients: dict[str, Client],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from rancang.features.registry import records

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Ani 0812-3456-7890")  # data that must not be shown

    monkeypatch.setattr(records, "get_record", broken)
    http = TestClient(web_app, raise_server_exceptions=False)
    http.cookies = clients["analyst_own"].http.cookies
    for url in ("/register/1", "/api/v1/register/records/1"):
        resp = http.get(url)
        assert resp.status_code == 500, (url, resp.status_code)
        for header in ("content-security-policy", "x-frame-options",
                       "x-content-type-options", "referrer-policy"):
            assert header in resp.headers, (url, header)
        assert resp.headers["cache-control"] == "no-store"
        assert "0812" not in resp.text and "Traceback" not in resp.text


def test_the_upload_limit_holds_per_request() -> None:
    """Six files each under the limit, together above it: refused before they are read."""
    from rancang.features.accounts.service import create_user

    settings = Settings(database_url="sqlite://", data_dir=Path(tempfile.mkdtemp()),
                        max_request_mb=1)
    from sqlalchemy.pool import StaticPool

    from rancang.core.db import make_engine

    engine = make_engine("sqlite://", poolclass=StaticPool,
                         connect_args={"check_same_thread": False})
    app = create_app(settings, engine=engine)
    create_user(engine, "admin", PASSWORD, role="admin")
    http = TestClient(app)
    assert _sign_in(http, "admin", PASSWORD) == 303
    csrf = http.get("/api/v1/me").json()["csrf_token"]
    part = b"a,b\n" + b"1,2\n" * 60_000  # 240 kB each
    files = [("files", (f"f{i}.csv", io.BytesIO(part), "text/csv")) for i in range(6)]
    resp = http.post("/api/v1/imports/register", files=files,
                     headers={"X-CSRF-Token": csrf})
    assert resp.status_code == 413, resp.text[:300]
    assert set(resp.json()) == {"error", "status", "problems"}
    one = http.post("/api/v1/imports/register", headers={"X-CSRF-Token": csrf},
                    files=[("files", ("f.csv", io.BytesIO(part), "text/csv"))])
    assert one.status_code == 422  # read, and refused for what it holds


def test_admin_sees_and_unlocks_throttled_names_on_a_page(web_app: FastAPI,
                                                          clients: dict[str, Client]) -> None:
    from rancang.features.accounts.throttle import record_failure

    engine = web_app.state.engine
    for k in range(MAX_USER_FAILURES):
        record_failure(engine, "analyst_other", f"10.2.{k // 250}.{k % 250}")
    owner = TestClient(web_app, client=("198.51.100.9", 5000))
    assert _sign_in(owner, "analyst_other", PASSWORD) == 429
    admin = clients["admin"]
    page = admin.http.get("/admin/sign-ins")
    assert page.status_code == 200
    assert re.search(rf"<td>analyst_other</td><td class=\"num\">{MAX_USER_FAILURES}</td>",
                     page.text)
    assert clients["analyst_own"].http.get("/admin/sign-ins").status_code == 403
    done = admin.http.post("/admin/sign-ins/unlock", data={"username": "analyst_other",
                                                           "csrf_token": admin.csrf},
                           follow_redirects=False)
    assert done.status_code == 303
    assert 'id="done"' in admin.http.get(done.headers["location"]).text
    assert _sign_in(owner, "analyst_other", PASSWORD) == 303


def test_a_million_column_register_csv_is_refused_before_it_is_parsed(
        tmp_path: Path) -> None:
    """Item 9: a 10 MB CSV of one million columns held the register reader for 18 s at
    2 GB; it is refused on its first line (file, row 1), and Excel's 16,384 columns are
    still read."""
    from rancang.core.errors import InputError
    from rancang.core.text import MAX_COLUMNS, refuse_wide_text
    from rancang.features.registry.reader import read_tables

    wide = tmp_path / "lebar.csv"
    n = 1_000_000
    wide.write_text(",".join(f"c{i}" for i in range(n)) + "\n" + ",".join("1" * n) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_tables([wide])
    [problem] = refused.value.problems
    assert (problem.file, problem.row) == ("lebar.csv", 1)
    assert f"{n}" in problem.text() and f"{MAX_COLUMNS}" in problem.text()
    # the limit is Excel's: a sheet of exactly 16,384 columns passes, one more does not
    line = ",".join(["x"] * MAX_COLUMNS)
    refuse_wide_text(line + "\n1", ",", file="a.csv")
    with pytest.raises(InputError):
        refuse_wide_text(line + ",x\n1", ",", file="a.csv")
