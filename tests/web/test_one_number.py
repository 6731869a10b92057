"""One truth per number: the same question gets the same number from every channel.

The same BPS files (or the demo CSV) are analysed by ``rancang analyze`` (its CSV and its
workbook) and uploaded through the data page (read the same way: a row off its total by a
lost decimal point is repaired, and the page shows the flagged rows before saving); then
the LQ of one regency, industry and year is asked of the dashboard API, the map API and the
dashboard's CSV and XLSX downloads. All give one number, computed against the default
reference economy (:mod:`rancang.comparison`: a regency against its province row).
"""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.sources.csv_text import read_csv_text
from rancang.sources.numbers import parse_number
from tests.web.conftest import Client, login
from tests.web.conftest import build_app as build_web


def _cli(inputs: list[Path], region: str, out: Path) -> tuple[dict[tuple[str, int], float],
                                                               dict[tuple[str, int], float]]:
    """LQ by (industry, year) of ``region`` from analyze's CSV and from its workbook."""
    res = CliRunner().invoke(build_app(), ["analyze", *map(str, inputs), "--region", region,
                                           "-q", "--out", str(out)])
    assert res.exit_code == 0, res.output
    csv = pl.read_csv(out / "location_quotient.csv",
                      schema_overrides={"region_code": pl.String, "industry_code": pl.String})
    from_csv = {(r["industry_code"], r["year"]): r["lq"] for r in csv.iter_rows(named=True)}
    wb = openpyxl.load_workbook(out / "analysis.xlsx", read_only=True)
    from_xlsx = {(ind, int(y)): v for (ind, y), v in _sheet_lq(wb["LQ"]).items()}
    wb.close()
    return from_csv, from_xlsx


def _sheet_lq(ws: object) -> dict[tuple[str, int], float]:
    """LQ by (industry, year) from a workbook sheet laid out as analysts read it: a header
    row with the years, then one row per region x industry."""
    rows = list(ws.iter_rows(values_only=True))  # type: ignore[attr-defined]
    head = next(i for i, r in enumerate(rows) if r and any(str(c).isdigit() and len(str(c))
                                                           == 4 for c in r if c))
    years = rows[head]
    # the industry code's column by its header (a download has names beside the codes)
    code = next(k for k, h in enumerate(years) if h in ("Kode lapangan usaha", "Industry code"))
    out = {}
    for r in rows[head + 1:]:
        if not r or r[code] is None:
            continue
        for k, y in enumerate(years):
            if y is not None and str(y).isdigit() and r[k] is not None:
                out[(str(r[code]), int(y))] = float(r[k])
    return out


def _upload(c: Client, files: list[Path]) -> tuple[int, bool]:
    """Upload through the data page; confirm the flagged rows when asked; the dataset id
    and whether the page asked."""
    payload = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in files]
    page = c.http.post("/data/upload", data={"kind": "pdrb", "csrf_token": c.csrf,
                                             "name": "same files"}, files=payload)
    assert page.status_code == 200, page.text[-2000:]
    staged = re.search(r'name="token" value="([^"]+)"', page.text)
    if staged:
        assert 'id="staged-checks"' in page.text
        page = c.http.post("/data/upload/confirm",
                           data={"token": staged.group(1), "csrf_token": c.csrf})
        assert page.status_code == 200
    found = re.search(r'id="open-dataset" href="/\?dataset=(\d+)"', page.text)
    assert found, page.text[-2000:]
    return int(found.group(1)), staged is not None


def _web(c: Client, ds: int, region: str, industry: str, year: int) -> dict[str, float]:
    api = c.http.get(f"/api/v1/datasets/{ds}/analysis/{region}?tables=location_quotient")
    assert api.status_code == 200, api.text
    lq = {(r["industry_code"], r["year"]): r["lq"]
          for r in api.json()["tables"]["location_quotient"]}
    code = api.json()["region"]
    out = {"dashboard API": lq[(industry, year)]}
    ind = c.http.get(f"/api/v1/datasets/{ds}/indicator?name=lq&industry={industry}"
                     f"&year={year}").json()
    out["map API"] = next(v["value"] for v in ind["values"] if v["code"] == code)
    csv = c.http.get(f"/region/{ds}/{region}/table/location_quotient.csv")
    frame = pl.read_csv(io.BytesIO(csv.content),
                        schema_overrides={"region_code": pl.String, "industry_code": pl.String})
    out["CSV download"] = frame.filter((pl.col("industry_code") == industry)
                                       & (pl.col("year") == year))["lq"][0]
    csv_id = c.http.get(f"/region/{ds}/{region}/table/location_quotient.csv?csv_locale=id")
    assert csv_id.status_code == 200 and csv_id.content.startswith(b"\xef\xbb\xbf")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lq_id.csv"
        path.write_bytes(csv_id.content)
        frame_id, fmt = read_csv_text(path, ["lq"])
    assert (fmt.separator, fmt.decimal) == (";", ",")
    row = frame_id.filter((pl.col("industry_code") == industry)
                          & (pl.col("year") == str(year)))["lq"][0]
    out["CSV download (Indonesian Excel)"] = parse_number(row, fmt.decimal)
    xlsx = c.http.get(f"/region/{ds}/{region}/table/location_quotient.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.content), read_only=True)
    out["XLSX download"] = _sheet_lq(wb.worksheets[-1])[(industry, year)]
    wb.close()
    return out


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    web = build_web(f"sqlite:///{tmp_path_factory.mktemp('one') / 'one.sqlite'}", firms=4)
    yield web
    web.state.engine.dispose()


def test_demo_lq_is_one_number_everywhere(app: FastAPI, tmp_path: Path) -> None:
    from rancang.sources.synthetic import demo_province

    panel = demo_province()
    src = tmp_path / "demo.csv"
    panel.to_long().vstack(panel.references.to_long()).write_csv(src)
    csv, xlsx = _cli([src], "9903", tmp_path / "cli")
    analyst = login(app, "admin")
    ds, asked = _upload(analyst, [src])
    assert not asked  # synthetic data: every row adds up
    web = _web(analyst, ds, "9903", "C", panel.years[-1])
    want = csv[("C", panel.years[-1])]
    assert xlsx[("C", panel.years[-1])] == pytest.approx(want, rel=1e-12)
    for channel, got in web.items():
        assert got == pytest.approx(want, rel=1e-12), channel


@pytest.mark.realdata
def test_morowali_manufacturing_2020_is_one_number(app: FastAPI, tmp_path: Path,
                                                   bps_pdrb_dir: Path) -> None:
    """Morowali (Kemendagri 72.06, BPS 7203), manufacturing (C), 2020: the issue found
    2.792 (CLI, sum of regions), 2.419 (dashboard, province row) and 3.074 (map, national
    row). Now every channel says 2.419: Morowali against Sulawesi Tengah's row."""
    files = sorted(bps_pdrb_dir.glob("*.xlsx"))
    csv, xlsx = _cli(files, "72.06", tmp_path / "cli")
    want = csv[("C", 2020)]
    assert want == pytest.approx(2.419, abs=5e-4)
    assert xlsx[("C", 2020)] == pytest.approx(want, rel=1e-12)
    analyst = login(app, "analyst_own")
    ds, asked = _upload(analyst, files)
    assert asked  # the 2014 file has rows off their totals: shown before saving
    for channel, got in _web(analyst, ds, "72.06", "C", 2020).items():
        assert got == pytest.approx(want, rel=1e-12), channel
    # the upload stored what the CLI analyses: Kab. Bekasi 2014, repaired the same way
    from rancang.sources import read_panel_checked

    panel, _ = read_panel_checked(files)
    cli_total = float(panel.select_regions(["3216"]).values[0, :, panel.years.index(2014)].sum())
    stored = analyst.http.get(f"/api/v1/datasets/{ds}/panel/3216").json()
    web_total = sum(r["value"] or 0.0 for r in stored if r["year"] == 2014)
    assert web_total == pytest.approx(cli_total, rel=1e-12)
