"""Synthetic data marked everywhere it appears (issue 11): the register list and record,
the published aggregates (page, API, CSV export), the map points and the public list.
The web fixture's register is the synthetic demo (``synthetic=True``)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from tests.web.conftest import Client


def test_register_list_and_aggregates_say_synthetic(clients: dict[str, Client]) -> None:
    analyst, viewer = clients["analyst_own"], clients["viewer"]
    rows = analyst.http.get("/register").text.split('id="register-table"', 1)[1]
    body_rows = re.findall(r"<tr><td>\d+</td>(.*?)</tr>", rows, re.S)
    assert body_rows and all('class="badge synthetic"' in r for r in body_rows)
    items = analyst.http.get("/api/v1/register/records").json()["items"]
    assert items and all(i["synthetic"] is True for i in items)
    page = viewer.http.get("/register").text
    assert 'id="synthetic-notice"' in page and "SINTETIS" in page
    cells = viewer.http.get("/api/v1/register/aggregate").json()
    assert cells and all(c["synthetic"] is True for c in cells)
    points = analyst.http.get("/api/v1/register/points").json()["points"]
    assert all(p["synthetic"] is True for p in points)


def test_exports_say_synthetic(web_app: FastAPI, tmp_path: Path) -> None:
    url = str(web_app.state.engine.url)
    runner, app = CliRunner(), build_cli()
    res = runner.invoke(app, ["registry", "export", "--aggregate", "--out",
                              str(tmp_path / "agg.csv"), "--database-url", url])
    assert res.exit_code == 0 and "SINTETIS" in res.output
    assert pl.read_csv(tmp_path / "agg.csv")["synthetic"].all()
    res = runner.invoke(app, ["registry", "export", "--public", "--out",
                              str(tmp_path / "pub.csv"), "--database-url", url])
    assert res.exit_code == 0 and "SINTETIS" in res.output
    assert pl.read_csv(tmp_path / "pub.csv")["synthetic"].all()
