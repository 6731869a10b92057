"""PDRB structure and growth: tables beside the charts, downloadable as CSV and XLSX like
every other table of the dashboard."""

from __future__ import annotations

import io
import re

import openpyxl
import polars as pl
import pytest

from tests.web.conftest import Client


def test_dashboard_shows_structure_and_growth_tables(clients: dict[str, Client]) -> None:
    html = clients["viewer"].http.get("/region/1/9903?start=2019&end=2022&lang=en").text
    for table in ("structure-table", "growth-table"):
        body = re.search(rf'<table id="{table}">(.*?)</table>', html, re.S)
        assert body is not None, table
        assert body.group(1).count("<tr>") > 2
    growth = re.search(r'<table id="growth-table">(.*?)</table>', html, re.S).group(1)  # type: ignore[union-attr]
    assert re.findall(r"<tr><td>(\d{4})</td>", growth) == ["2019", "2020", "2021", "2022"]
    for name in ("pdrb_structure", "pdrb_growth"):
        assert f"/table/{name}.csv?" in html and f"/table/{name}.xlsx?" in html


@pytest.mark.parametrize("name", ["pdrb_structure", "pdrb_growth"])
def test_pdrb_tables_download(clients: dict[str, Client], name: str) -> None:
    http = clients["viewer"].http
    resp = http.get(f"/region/1/9903/table/{name}.csv?start=2019&end=2022")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/csv")
    frame = pl.read_csv(io.BytesIO(resp.content))
    assert sorted(set(frame["year"])) == [2019, 2020, 2021, 2022]
    if name == "pdrb_structure":
        shares = frame.group_by("year").agg(pl.col("share_pct").sum())["share_pct"]
        assert all(abs(s - 100) < 1e-6 for s in shares)
    else:
        first, second = frame.sort("year")["value"][:2]
        assert frame.sort("year")["growth_pct"][1] == pytest.approx(100 * (second / first - 1))
    xlsx = http.get(f"/region/1/9903/table/{name}.xlsx?lang=en")
    assert xlsx.status_code == 200
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    sheet = wb["PDRB structure" if name == "pdrb_structure" else "PDRB growth"]
    cells = {c.value for row in sheet.iter_rows(max_row=5) for c in row}
    assert ("Share (%)" if name == "pdrb_structure" else "Growth (%)") in cells
