"""Issue 17, item 3: long text and NUL are refused where they enter, the same on SQLite and
PostgreSQL (PostgreSQL used to answer 500 or print a traceback with owners and phone
numbers), and no message carries the refused data.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.registry.models import Enterprise
from tests.web.conftest import build_app as build_web_app
from tests.web.conftest import login

LONG_OWNER = "Pemilik" + "B" * 400
ROWS = [
    "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun,Nama Pemilik,Telepon",
    "Roti Bu Ani\x00,9120001234567,Jl. Merdeka,72.06.05.1014,10710,5,2023,Ani,0812345678",
    f"Mebel Jaya,,Jl. Trans,72.06.10.2003,31001,7,2023,{LONG_OWNER},0812345679",
    "Ikan \x1b[2J Asin,,Desa,72.06.05.1016,10291,2,2023,Hasan,0812345670",
]
EXPECTED = {(2, "Nama Usaha"), (3, "Nama Pemilik"), (4, "Nama Usaha")}


def _hostile_csv(folder: Path) -> Path:
    path = folder / "hostile.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'b.sqlite'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture()
def app(db_url: str) -> Iterator[FastAPI]:
    web = build_web_app(db_url, firms=6)
    yield web
    web.state.engine.dispose()


def _count(app: FastAPI) -> int:
    with app.state.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Enterprise)).scalar_one())


def test_cli_import_refuses_with_place_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    path = _hostile_csv(tmp_path)
    result = runner.invoke(build_app(), ["registry", "import", str(path),
                                         "--database-url", db_url])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = result.output
    for row, column in EXPECTED:
        assert f"baris {row}, kolom '{column}'" in out
    assert "U+0000" in out and "U+001B" in out and "maks. 200" in out
    assert "\x1b" not in out and "\x00" not in out and "B" * 300 not in out
    stats = runner.invoke(build_app(), ["registry", "stats", "--json",
                                        "--database-url", db_url])
    assert '"enterprises": 0' in stats.output


def test_web_refuses_nul_and_long_text_with_4xx(app: FastAPI, tmp_path: Path) -> None:
    before = _count(app)
    admin = login(app, "admin")
    h = {"X-CSRF-Token": admin.csrf}
    # the upload: located problems, nothing written, no data echoed
    data = _hostile_csv(tmp_path).read_bytes()
    up = admin.http.post("/api/v1/imports/register", headers=h,
                         files={"files": ("hostile.csv", io.BytesIO(data), "text/csv")})
    assert up.status_code == 422, up.text[:300]
    found = {(p["row"], p["column"]) for p in up.json()["problems"]}
    assert found >= EXPECTED
    assert "B" * 300 not in up.text
    assert _count(app) == before
    rid = admin.http.get("/api/v1/register/records").json()["items"][0]["id"]
    # (field lengths of the edit form: the web-edit validation of the register, item 9)
    for body in ({"product": "Roti\x00"}, {"owner_name": "x\x00" * 250},
                 {"address": "a\x1b[2J"}):
        resp = admin.http.patch(f"/api/v1/register/records/{rid}", json=body, headers=h)
        assert resp.status_code == 422, (body.keys(), resp.status_code, resp.text[:200])
        payload = resp.json()
        assert set(payload) == {"error", "status", "problems"}
        assert "x" * 250 not in resp.text
    for q in ("Roti\x00", "q" * 20_000, "\x1b[2J"):
        resp = admin.http.get("/api/v1/register/records", params={"q": q})
        assert resp.status_code == 422 and resp.json()["problems"][0]["column"] == "q"
        page = admin.http.get("/register", params={"q": q})
        assert page.status_code == 422


@pytest.mark.parametrize("username", ["ad\x00min", "a" * 5000, "\x1b[2J", "admin\x00"])
def test_sign_in_with_hostile_name_is_a_4xx(app: FastAPI, username: str) -> None:
    import re

    from fastapi.testclient import TestClient

    http = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
    assert token is not None
    resp = http.post("/login", data={"username": username, "password": "x",
                                      "csrf_token": token.group(1)}, follow_redirects=False)
    assert 400 <= resp.status_code < 500, resp.status_code
    assert username not in resp.text


@pytest.mark.parametrize("change", ["long_region_name", "long_code", "nul_dataset_name",
                                    "long_dataset_name"])
def test_pdrb_upload_refuses_what_a_column_cannot_hold(app: FastAPI, change: str) -> None:
    """What the dataset tables cannot hold on PostgreSQL is refused on both databases."""
    import polars as pl

    from rancang.sources.synthetic import demo_province

    long = demo_province().to_long()
    name = "PDRB contoh"
    if change == "long_region_name":
        long = long.with_columns(pl.when(pl.col("region_code") == "9903")
                                 .then(pl.lit("Kabupaten " + "X" * 250))
                                 .otherwise(pl.col("region_name")).alias("region_name"))
    elif change == "long_code":
        long = long.with_columns(pl.when(pl.col("region_code") == "9903")
                                 .then(pl.lit("9903" + "0" * 30))
                                 .otherwise(pl.col("region_code")).alias("region_code"))
    elif change == "nul_dataset_name":
        name = "PDRB\x00contoh"
    else:
        name = "P" * 201
    buf = io.BytesIO()
    long.write_csv(buf)
    admin = login(app, "admin")
    with app.state.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM dataset").scalar_one()
    resp = admin.http.post("/api/v1/imports/pdrb", headers={"X-CSRF-Token": admin.csrf},
                           data={"name": name},
                           files={"files": ("pdrb.csv", io.BytesIO(buf.getvalue()),
                                            "text/csv")})
    assert resp.status_code == 422, resp.text[:300]
    problem = resp.json()["problems"][0]
    assert problem["column"] in ("region_name", "region_code", "name"), problem
    with app.state.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM dataset").scalar_one() == before
