"""Publish, then show (issue 11): an analyst's upload of draft records leaves what viewers
see unchanged; verified records count only after the explicit publish step, and a changed
record leaves the aggregates until published again. Page, API and CLI agree."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from fastapi import FastAPI
from sqlalchemy import select
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client, build_app, login

HEAD = "Nama Usaha,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pub") / "p.sqlite"


@pytest.fixture(scope="module")
def app(db: Path) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{db}", firms=30)
    yield web
    web.state.engine.dispose()


def total(c: Client) -> int:
    """Firms in the published aggregate's grand total (latest year)."""
    cells = c.http.get("/api/v1/register/aggregate").json()
    grand = [r for r in cells if r["region_code"] == "TOTAL" and r["industry_code"] == "TOTAL"]
    return int(max(grand, key=lambda r: r["year"])["firms"])


def test_drafts_wait_for_verification_and_publication(app: FastAPI, db: Path) -> None:
    viewer, analyst = login(app, "viewer"), login(app, "analyst_own")
    before = total(viewer)
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        verified = conn.execute(select(e.c.id).where(e.c.status == "verified")).all()
    assert before == len(verified)  # demo: the verified firms, published by the demo
    rows = "".join(f"UD Baru {k},Jl. Baru {k},72.06.05.1014,10710,2,2023\n" for k in range(8))
    up = analyst.http.post("/data/upload", data={"csrf_token": analyst.csrf, "kind": "register"},
                           files={"files": ("baru.csv", io.BytesIO((HEAD + rows).encode()),
                                            "text/csv")})
    assert up.status_code == 200, up.text[:500]
    assert total(viewer) == before  # drafts are not published
    with app.state.engine.connect() as conn:
        new = [r[0] for r in conn.execute(select(e.c.id).where(e.c.name.like("UD Baru%")))]
    for rid in new[:5]:
        r = analyst.http.patch(f"/api/v1/register/records/{rid}", json={"status": "verified"},
                               headers={"X-CSRF-Token": analyst.csrf})
        assert r.status_code == 200, r.text
    assert total(viewer) == before  # verified, not yet published
    page = analyst.http.get("/register").text
    assert 'id="publish-form"' in page and "5 data terverifikasi belum terbit" in page
    done = analyst.http.post("/register/publish", data={"csrf_token": analyst.csrf},
                             follow_redirects=True)
    assert done.status_code == 200 and "5 data diterbitkan" in done.text
    assert total(viewer) == before + 5
    # a change takes the record out until it is published again
    analyst.http.patch(f"/api/v1/register/records/{new[0]}", json={"product": "Roti"},
                       headers={"X-CSRF-Token": analyst.csrf})
    assert total(viewer) == before + 4
    again = analyst.http.post("/api/v1/register/publish", headers={"X-CSRF-Token": analyst.csrf})
    assert again.json() == {"published": 1} and total(viewer) == before + 5
    # the viewer may not publish; the CLI's aggregate export gives the same total
    assert viewer.http.post("/api/v1/register/publish",
                            headers={"X-CSRF-Token": viewer.csrf}).status_code == 403
    out = db.parent / "agg.csv"
    res = CliRunner().invoke(build_cli(), ["registry", "export", "--aggregate", "--measure",
                                           "units", "--region-level", "regency", "--out",
                                           str(out), "--database-url", f"sqlite:///{db}"])
    assert res.exit_code == 0, res.output
    agg = pl.read_csv(out, infer_schema=False).filter(
        (pl.col("region_code") == "TOTAL") & (pl.col("industry_code") == "TOTAL"))
    assert int(agg.sort("year")["firms"][-1]) == before + 5
