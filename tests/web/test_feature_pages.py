"""The diversification, targets and input-output pages for each role and language, and
one number per question: the page, its API, its CSV download and the CLI run on the same
data give the same numbers (``rancang complexity``, ``rancang targets``, ``rancang io``).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import polars as pl
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.i18n import format_number, text
from tests.web.conftest import Client

REGION = "9903"
ROLES = ("admin", "analyst_own", "analyst_other", "viewer")
PAGES = {
    "complexity": (f"/complexity/1?region={REGION}", "complexity.page.title",
                   ("#chart-eci", "#opportunity-table", "#chart-heat", "#heat-table",
                    "#province-table")),
    "targets": (f"/targets/1?region={REGION}", "targets.page.title",
                ("#indicator-table", "#required-table", "#chart-share", "#pathway-table",
                 "#exposure-table")),
    "io_list": ("/io", "inputoutput.page.list_title", ("#io-tables",)),
    "io": (f"/io/demo?dataset=1&region={REGION}&method=flq&delta=0.3",
           "inputoutput.page.title",
           ("#multiplier-table", "#chart-linkages", "#import-table", "#lq-table")),
}


def _csv(body: bytes) -> pl.DataFrame:
    return pl.read_csv(io.BytesIO(body), infer_schema_length=0)



@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", list(PAGES))
def test_page_for_each_role_and_language(clients: dict[str, Client], name: str, role: str,
                                         lang: str) -> None:
    url, title, ids = PAGES[name]
    r = clients[role].http.get(f"{url}{'&' if '?' in url else '?'}lang={lang}")
    assert r.status_code == 200, r.text[:500]
    assert f'<html lang="{lang}">' in r.text
    assert text(title, lang) in r.text
    assert 'id="guide"' in r.text  # the first-visit explanation
    for element in ids:
        assert f'id="{element[1:]}"' in r.text, element
    upload = 'id="io-upload"' in r.text
    assert upload == (name == "io_list" and role != "viewer")


def test_anonymous_is_sent_to_sign_in(web_app: FastAPI) -> None:
    from fastapi.testclient import TestClient

    http = TestClient(web_app)
    for url, _, _ in PAGES.values():
        assert http.get(url, follow_redirects=False).status_code in (303, 307, 401)


def test_entries_open_the_users_region(clients: dict[str, Client]) -> None:
    r = clients["viewer"].http.get("/complexity")
    assert r.status_code == 200 and r.url.path == "/complexity/1"
    r = clients["viewer"].http.get("/targets")
    assert r.status_code == 200 and r.url.path == "/targets/1"


def test_filters_live_in_the_url(clients: dict[str, Client]) -> None:
    """Threshold and year change the numbers and are carried by the download link."""
    c = clients["analyst_own"].http
    a = c.get(f"/complexity/1?region={REGION}").text
    b = c.get(f"/complexity/1?region={REGION}&threshold=1.5&year=2020").text
    assert "Peluang diversifikasi 2020" in b and "Peluang diversifikasi 2024" in a
    assert re.search(r'href="/complexity/1/opportunities\.csv\?region=9903&amp;threshold=1\.5'
                     r'&amp;year=2020"', b)
    assert c.get(f"/complexity/1?region={REGION}&year=1990").status_code == 422
    assert c.get(f"/complexity/1?region={REGION}&threshold=0").status_code == 422
    assert c.get("/complexity/1?region=1234").status_code == 404
    t = c.get(f"/targets/1?region={REGION}&target_share=35&shock_year=2027").text
    assert 'href="/targets/1/pathways.csv?region=9903&amp;target_share=35&amp;shock_year=2027"' in t
    assert c.get(f"/targets/1?region={REGION}&target_year=2020").status_code == 422


def test_complexity_one_number(clients: dict[str, Client], demo_csv: Path,
                               tmp_path: Path) -> None:
    """Page, API, download and ``rancang complexity --threshold 1.2 --to 2022``."""
    out = tmp_path / "cx"
    res = CliRunner().invoke(build_cli(), ["complexity", str(demo_csv), "--threshold", "1.2",
                                           "--to", "2022", "-q", "--out", str(out)])
    assert res.exit_code == 0, res.output
    cli = pl.read_csv(out / "opportunities.csv", infer_schema_length=0).filter(
        pl.col("region_code") == REGION)
    eci_cli = pl.read_csv(out / "eci.csv", infer_schema_length=0).filter(
        pl.col("region_code") == REGION)
    c = clients["viewer"].http
    query = f"region={REGION}&threshold=1.2&year=2022"
    download = _csv(c.get(f"/complexity/1/opportunities.csv?{query}").content)
    assert download.equals(cli)  # the same rows, columns and text as the CLI's file
    api = c.get(f"/api/v1/datasets/1/complexity?{query}").json()
    assert api["year"] == 2022 and len(api["opportunities"]) == cli.height
    for row, o in zip(cli.iter_rows(named=True), api["opportunities"], strict=True):
        assert (o["code"], o["rank"], o["rank_low"], o["rank_high"]) == (
            row["industry_code"], int(row["rank"]), int(row["rank_low"]),
            int(row["rank_high"]))
        assert o["score"] == pytest.approx(float(row["score"]), rel=1e-12)
    for row, e in zip(eci_cli.iter_rows(named=True), api["eci"], strict=True):
        assert e["eci"] == pytest.approx(float(row["eci"]), rel=1e-12)
    page = c.get(f"/complexity/1?{query}&lang=id").text
    first = cli.row(0, named=True)
    cell = format_number(float(first["score"]), 3, "id")
    assert re.search(rf'data-industry="{first["industry_code"]}">.*?'
                     rf'{first["rank_low"]}–{first["rank_high"]}</td>\s*<td class="num">'
                     rf'{re.escape(cell)}</td>', page, re.S)


def test_targets_one_number(clients: dict[str, Client], demo_csv: Path,
                            tmp_path: Path) -> None:
    """Page, API, downloads and ``rancang targets --target-share 35``."""
    out = tmp_path / "tg"
    res = CliRunner().invoke(build_cli(), ["targets", str(demo_csv), "--region", REGION,
                                           "--target-share", "35", "-q", "--out", str(out)])
    assert res.exit_code == 0, res.output
    c = clients["analyst_other"].http
    query = f"region={REGION}&target_share=35"
    api = c.get(f"/api/v1/datasets/1/targets?{query}").json()
    for name in ("indicators", "required_growth", "pathways", "exposure"):
        cli = pl.read_csv(out / f"{name}.csv", infer_schema_length=0)
        download = _csv(c.get(f"/targets/1/{name}.csv?{query}").content)
        assert download.equals(cli), name
        assert len(api["tables"][name]) == cli.height
    req = pl.read_csv(out / "required_growth.csv")
    user = req.filter(pl.col("target") == "user").row(0, named=True)
    api_user = next(r for r in api["tables"]["required_growth"] if r["target"] == "user")
    assert api_user["required_growth"] == pytest.approx(user["required_growth"], rel=1e-12)
    page = c.get(f"/targets/1?{query}&lang=en").text
    assert f"<b>{format_number(user['required_growth'], 2, 'en')}</b>" in page


def test_io_one_number(clients: dict[str, Client], demo_csv: Path, tmp_path: Path,
                       web_app: FastAPI) -> None:
    """Page, API, downloads and ``rancang io`` on the stored workbook, regionalised to
    9903 with CILQ and with FLQ at two deltas (the delta changes the numbers)."""
    from rancang.features.inputoutput import store
    from rancang.sources.bps_io_synthetic import synthetic_sector_mapping

    c = clients["analyst_own"].http
    assert c.get("/io").status_code == 200
    data_dir = web_app.state.settings.data_dir
    xlsx = store.table_path(data_dir, store.get_table(data_dir, "demo"))
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("io_sector,pdrb_category\n" + "".join(
        f"{k},{v}\n" for k, v in synthetic_sector_mapping(17).items()))
    seen = {}
    for method, delta in (("cilq", 0.3), ("flq", 0.3), ("flq", 0.1)):
        out = tmp_path / f"io_{method}_{delta}"
        res = CliRunner().invoke(build_cli(), [
            "io", str(xlsx), "--panel", str(demo_csv), "--region", REGION, "--method", method,
            "--delta", str(delta), "--reference", "9900", "--mapping", str(mapping), "-q",
            "--out", str(out)])
        assert res.exit_code == 0, res.output
        query = f"dataset=1&region={REGION}&method={method}&delta={delta}"
        api = c.get(f"/api/v1/io/tables/demo?{query}").json()
        for name in ("multipliers", "linkages", "imports", "location_quotients"):
            cli = pl.read_csv(out / f"{name}.csv", infer_schema_length=0)
            download = _csv(c.get(f"/io/demo/{name}.csv?{query}").content)
            assert download.equals(cli), (method, name)
            assert len(api["tables"][name]) == cli.height
        mult = pl.read_csv(out / "multipliers.csv")
        first = mult.row(0, named=True)
        assert api["tables"]["multipliers"][0]["output"] == pytest.approx(first["output"],
                                                                          rel=1e-12)
        page = c.get(f"/io/demo?{query}&lang=id").text
        assert f'{format_number(first["output"], 3, "id")}</td>' in page
        seen[(method, delta)] = first["output"]
    assert len(set(seen.values())) == 3  # method and delta change the multipliers


def test_io_upload(clients: dict[str, Client], web_app: FastAPI, tmp_path: Path) -> None:
    """An analyst's BPS workbook is kept and opened; a file the reader refuses comes back
    with its problem and nothing is kept; a viewer may not upload."""
    from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

    c = clients["analyst_own"]
    path = write_bps_io_xlsx(synthetic_io_table(17, seed=5), tmp_path / "io_17.xlsx")
    before = c.http.get("/api/v1/io/tables").json()
    r = c.http.post("/io/upload", data={"csrf_token": c.csrf},
                    files={"files": ("io_17.xlsx", path.read_bytes())})
    assert r.status_code == 200 and re.match(r"/io/\d+$", r.url.path), r.text[:300]
    assert "#multiplier-table"[1:] in r.text
    after = c.http.get("/api/v1/io/tables").json()
    assert len(after) == len(before) + 1 and after[1]["uploaded_by"] == "analyst_own"
    bad = c.http.post("/io/upload?lang=en", data={"csrf_token": c.csrf},
                      files={"files": ("notes.txt", b"hello")})
    assert bad.status_code == 422 and "BPS IO tables are read from .xlsx files" in bad.text
    assert bad.text.count("file notes.txt") == 1  # the location once, not before its text too
    assert len(c.http.get("/api/v1/io/tables").json()) == len(after)
    v = clients["viewer"]
    refused = v.http.post("/io/upload", data={"csrf_token": v.csrf},
                          files={"files": ("io_17.xlsx", path.read_bytes())})
    assert refused.status_code == 403


def test_io_employment(clients: dict[str, Client], web_app: FastAPI, demo_csv: Path,
                       tmp_path: Path) -> None:
    """Workers per sector uploaded for a table give the employment multipliers of
    ``rancang io --employment``; a file missing sectors is refused and names them."""
    from rancang.features.inputoutput import store
    from rancang.sources.bps_io_synthetic import synthetic_io_table, write_bps_io_xlsx

    c = clients["analyst_own"]
    path = write_bps_io_xlsx(synthetic_io_table(17, seed=9), tmp_path / "io_tk.xlsx")
    r = c.http.post("/io/upload", data={"csrf_token": c.csrf},
                    files={"files": ("io_tk.xlsx", path.read_bytes())})
    table = r.url.path.rsplit("/", 1)[-1]
    workers = "sector,workers\n" + "".join(f"{k + 1:03d},{1000 + 37 * k}\n" for k in range(17))
    short = "sector,workers\n001,5\n"
    bad = c.http.post(f"/io/{table}/employment?lang=en", data={"csrf_token": c.csrf},
                      files={"files": ("tk.csv", short.encode())})
    assert bad.status_code == 422 and "002" in bad.text
    # the shared error page: the file's located table, a way back to the table's form
    assert '<table class="problems" id="problems">' in bad.text and "tk.csv" in bad.text
    assert f'id="error-back" href="/io/{table}#multipliers"' in bad.text
    ok = c.http.post(f"/io/{table}/employment", data={"csrf_token": c.csrf},
                     files={"files": ("tk.csv", workers.encode())})
    assert ok.status_code == 200 and 'id="multiplier-table"' in ok.text
    emp = tmp_path / "tk.csv"
    emp.write_text(workers)
    data_dir = web_app.state.settings.data_dir
    xlsx = store.table_path(data_dir, store.get_table(data_dir, table))
    out = tmp_path / "io_tk"
    res = CliRunner().invoke(build_cli(), ["io", str(xlsx), "--employment", str(emp), "-q",
                                           "--out", str(out)])
    assert res.exit_code == 0, res.output
    cli = pl.read_csv(out / "multipliers.csv", infer_schema_length=0)
    download = _csv(c.http.get(f"/io/{table}/multipliers.csv").content)
    assert download.equals(cli)
    first = float(cli["employment"][0])
    assert first > 0
    page = c.http.get(f"/io/{table}?lang=en").text
    shown = format_number(first, 6, "en")  # workers per million rupiah: 3 significant
    assert f"{shown}</td>" in page and float(shown) == pytest.approx(first, rel=5e-3)


@pytest.mark.postgres
def test_pages_on_both_databases(postgres_url: str, tmp_path: Path) -> None:
    """The three pages and their APIs read the stored dataset the same way from SQLite
    and PostgreSQL (the same ECI, required growth and output multiplier)."""
    from tests.web.conftest import build_app, login

    found = {}
    for backend, url in (("sqlite", f"sqlite:///{tmp_path / 'p.sqlite'}"),
                         ("postgresql", postgres_url)):
        app = build_app(url, firms=5)
        try:
            c = login(app, "viewer").http
            for page in ("/complexity/1?region=9903", "/targets/1?region=9903",
                         "/io/demo?dataset=1&region=9903"):
                assert c.get(page).status_code == 200, (backend, page)
            cx = c.get("/api/v1/datasets/1/complexity?region=9903").json()
            tg = c.get("/api/v1/datasets/1/targets?region=9903").json()
            io_out = c.get("/api/v1/io/tables/demo?dataset=1&region=9903").json()
            found[backend] = (cx["eci"][-1]["eci"],
                              tg["tables"]["required_growth"][0]["required_growth"],
                              io_out["tables"]["multipliers"][0]["output"])
        finally:
            app.state.engine.dispose()
    assert found["sqlite"] == pytest.approx(found["postgresql"], rel=1e-12)
