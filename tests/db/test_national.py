"""A national deployment's database (issue 17) on the real PostgreSQL server:

- ``rancang db backup`` of a populated PostgreSQL database, ``rancang db restore`` into a
  fresh one, then every table read back from both with plain SQL and compared row by row
  (binary job files included), and the restored database takes new writes;
- PostgreSQL ending the application's connections (what a restart does to its clients,
  simulated with ``pg_terminate_backend`` on this test's own connections only, found by
  their ``application_name``): the next requests succeed and no acknowledged write is
  lost, the web's and a background job's alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.db import make_engine
from rancang.core.db.base import Base
from rancang.features.jobs import service as jobs
from rancang.features.registry.models import Enterprise
from tests.web.conftest import build_app, login

runner = CliRunner()


@pytest.fixture()
def fresh_postgres(postgres_server: str) -> Iterator[str]:
    """A second URL on a fresh, empty schema (the database restored into)."""
    from tests.conftest import fresh_schema

    with fresh_schema(postgres_server) as url:
        yield url


def _every_row(engine: sa.Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the application (and the migration heads), in primary
    key order, as the driver returns them: read with plain SQL, not by the backup code."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    names = set(sa.inspect(engine).get_table_names())
    with engine.connect() as conn:
        for name, table in Base.metadata.tables.items():
            if name in names:
                out[name] = [tuple(r) for r in conn.execute(
                    sa.select(table).order_by(*table.primary_key.columns))]
        out["alembic_version"] = sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT version_num FROM alembic_version"))
    return out


def test_postgresql_backup_restores_into_a_fresh_database_the_same(
        postgres_url: str, fresh_postgres: str, tmp_path: Path) -> None:
    app = build_app(postgres_url, firms=25, boundaries=None)
    source = app.state.engine
    # a finished job that made a file: binary content travels too
    own = login(app, "analyst_own")
    resp = own.http.post("/api/v1/kbli/code", headers={"X-CSRF-Token": own.csrf},
                         data={"column": "uraian", "format": "xlsx"},
                         files={"files": ("a.csv", b"uraian\nkeripik singkong\n", "text/csv")})
    assert resp.status_code == 202, resp.text
    from rancang.features.accounts.service import authenticate
    from tests.web.conftest import PASSWORD

    who = authenticate(source, "analyst_own", PASSWORD)
    assert who is not None
    assert jobs.wait(source, who, int(resp.json()["id"]), 60).status == "done"
    before = _every_row(source)
    assert len(before["enterprise"]) == 25 and len(before["job_file"]) == 1
    assert before["job_file"][0][5][:2] == b"PK"  # an XLSX, stored as bytes

    archive = tmp_path / "cadangan.zip"
    r = runner.invoke(build_cli(), ["--lang", "en", "db", "backup", "--out", str(archive),
                                    "--database-url", postgres_url])
    assert r.exit_code == 0, r.output
    r = runner.invoke(build_cli(), ["--lang", "en", "db", "restore", str(archive),
                                    "--database-url", fresh_postgres])
    assert r.exit_code == 0, r.output
    target = make_engine(fresh_postgres)
    after = _every_row(target)
    assert sorted(after) == sorted(before)
    for name in before:
        assert after[name] == before[name], name
    # the restored database goes on: new rows get fresh ids after the restored ones
    from rancang.features.accounts.models import User
    from rancang.features.accounts.service import create_user

    create_user(target, "setelah_pulih", "rahasia-123", role="viewer")
    with target.connect() as conn:
        new_id = conn.execute(sa.select(User.id).where(User.username == "setelah_pulih")
                              ).scalar_one()
    assert new_id > max(row[0] for row in before["app_user"])
    target.dispose()
    source.dispose()


def _named(url: str, name: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}application_name={name}"


def _terminate(server: str, name: str) -> int:
    """End every connection of ``application_name`` ``name`` (ours only: other tests
    share the server); how many were ended."""
    admin = sa.create_engine(server)
    with admin.begin() as conn:
        ended = conn.execute(sa.text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = :n AND pid <> pg_backend_pid()"), {"n": name}
        ).scalar_one()
    admin.dispose()
    return int(ended)


def _names(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(sa.select(Enterprise.name)).scalars())


def test_the_app_recovers_when_postgresql_ends_its_connections(
        postgres_server: str, postgres_url: str) -> None:
    name = f"rancang-t-{uuid.uuid4().hex[:8]}"
    app = build_app(_named(postgres_url, name), firms=8, boundaries=None)
    app.state.settings = app.state.settings.model_copy(update={"job_wait_seconds": 60.0})
    own = login(app, "analyst_own")
    written = []
    for round_ in range(3):
        firm = f"IKM Ronde {round_}"
        resp = own.http.post("/register/add", data={
            "csrf_token": own.csrf, "name": firm, "village_code": "72.06.05.1014",
            "period": "2025"}, follow_redirects=False)
        assert resp.status_code in (200, 303), resp.text[:500]
        written.append(firm)
        # the server ends every open connection of the app (a restart, for its clients)
        assert _terminate(postgres_server, name) >= 1
        # the next request is served: the pool replaces the dead connections
        page = own.http.get("/register?lang=en")
        assert page.status_code == 200 and "Traceback" not in page.text
        # and the session (stored in the database) is still valid
        assert "/login" not in str(page.url)
    # a background job after the drop runs and stores its file
    resp = own.http.post("/api/v1/kbli/code", headers={"X-CSRF-Token": own.csrf},
                         data={"column": "uraian"},
                         files={"files": ("a.csv", b"uraian\ntahu\n", "text/csv")})
    assert resp.status_code == 202
    job_id = int(resp.json()["id"])
    from rancang.features.accounts.service import authenticate
    from tests.web.conftest import PASSWORD

    who = authenticate(app.state.engine, "analyst_own", PASSWORD)
    assert who is not None
    assert jobs.wait(app.state.engine, who, job_id, 60).status == "done"
    # every acknowledged write is there, read through a connection of another program
    check = make_engine(postgres_url)
    assert set(written) <= _names(check)
    assert jobs.output_file(check, who, job_id).content.startswith(b"uraian,kbli_1")
    check.dispose()
    app.state.engine.dispose()


def test_two_app_processes_share_one_session_on_postgresql(postgres_url: str) -> None:
    """Two applications on the same database stand for two workers behind a proxy
    without sticky sessions: a session and its CSRF token made by one are honoured by
    the other, for reads and writes, and signing out on one ends it on both."""
    from fastapi.testclient import TestClient

    from rancang.web.app import create_app

    first = build_app(postgres_url, firms=8, boundaries=None)
    second = create_app(first.state.settings)  # its own engine and pool
    own = login(first, "analyst_own")
    other = TestClient(second)
    other.cookies.update(own.http.cookies)
    page = other.get("/register?lang=en", follow_redirects=False)
    assert page.status_code == 200, page.headers.get("location")
    resp = other.post("/register/add", data={
        "csrf_token": own.csrf, "name": "IKM Dua Pekerja", "village_code": "72.06.05.1014",
        "period": "2025"}, follow_redirects=False)
    assert resp.status_code in (200, 303), resp.text[:500]
    assert "IKM Dua Pekerja" in _names(first.state.engine)
    # a forged token is refused by the second as by the first
    bad = other.post("/register/add", data={
        "csrf_token": "x" * 20, "name": "IKM Palsu", "village_code": "72.06.05.1014",
        "period": "2025"}, follow_redirects=False)
    assert bad.status_code == 403 and "IKM Palsu" not in _names(first.state.engine)
    assert own.http.post("/logout", data={"csrf_token": own.csrf},
                         follow_redirects=False).status_code in (200, 303)
    gone = other.get("/register", follow_redirects=False)
    assert gone.status_code == 303 and "/login" in gone.headers["location"]
    second.state.engine.dispose()
    first.state.engine.dispose()
