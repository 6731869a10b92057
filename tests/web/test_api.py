"""JSON API: datasets, analyses (same service as the page), uploads good and bad."""

from __future__ import annotations

import io

import openpyxl
import polars as pl

from tests.web.conftest import Client


def _csv(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_csv(buf)
    return buf.getvalue()


def test_analysis_matches_page_and_weights_change_ranking(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    base = http.get("/api/v1/datasets/1/analysis/9903").json()
    assert base["reference"].startswith("9900")
    assert set(base["tables"]) >= {"location_quotient", "leading_industries", "klassen"}
    top = base["tables"]["leading_industries"][0]["industry_code"]
    page = http.get("/region/1/9903").text
    assert f'data-industry="{top}"' in page
    only_share = http.get("/api/v1/datasets/1/ranking/9903?w_share=1&w_slq=0").json()
    assert only_share["weights"]["share"] == 1.0
    shares = {r["code"]: r["contributions"]["share"] for r in only_share["rows"]}
    assert only_share["rows"][0]["code"] == max(shares, key=lambda k: shares[k] or 0)
    assert http.get("/api/v1/datasets/1/analysis/0000").status_code == 404
    bad = http.get("/api/v1/datasets/1/analysis/9903?w_slq=0&w_dlq=0&w_competitive=0"
                   "&w_growth=0&w_share=0")
    assert bad.status_code == 422


def test_downloads_open(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    resp = http.get("/region/1/9903/table/leading_industries.xlsx?w_slq=1")
    assert resp.status_code == 200
    wb = openpyxl.load_workbook(io.BytesIO(resp.content))
    assert len(wb.sheetnames) >= 2
    csv = http.get("/region/1/9903/table/location_quotient.csv")
    assert csv.text.splitlines()[0] == "region_code,industry_code,year,lq"
    assert http.get("/region/1/9903/table/nope.csv").status_code == 404


def test_pdrb_upload_good_and_bad(clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    h = {"X-CSRF-Token": c.csrf}
    good = pl.DataFrame({"region_code": ["7203"] * 4 + ["7200"] * 4,
                         "industry_code": ["A", "C"] * 4,
                         "year": [2019, 2019, 2020, 2020] * 2,
                         "value": [10.0, 5.0, 11.0, 7.0, 100.0, 50.0, 104.0, 55.0]})
    resp = c.http.post("/api/v1/imports/pdrb", files={"files": ("pdrb.csv", _csv(good))},
                       data={"name": "kecil"}, headers=h)
    assert resp.status_code == 201, resp.text
    assert resp.json()["years"] == [2019, 2020]
    bad = good.with_columns(pl.lit("x").alias("value"))
    resp = c.http.post("/api/v1/imports/pdrb", files={"files": ("bad.csv", _csv(bad))},
                       headers=h)
    assert resp.status_code == 422
    assert resp.json()["problems"] and resp.json()["problems"][0]["file"]
    for files in ({"files": ("x.exe", b"MZ")}, {"files": ("empty.csv", b"")},
                  {"files": ("broken.xlsx", b"PK not a zip")}):
        resp = c.http.post("/api/v1/imports/pdrb", files=files, headers=h)
        assert resp.status_code == 422, (files, resp.text)
    history = c.http.get("/api/v1/imports").json()
    assert [h["status"] for h in history][:2] == ["refused", "refused"]
    assert "ok" in [h["status"] for h in history]


def test_register_upload_outside_region_refused(clients: dict[str, Client], tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.registry.conftest import ROWS, office_workbook

    rows = [list(r) for r in ROWS]
    rows[1][4] = "72.03.10.2003"  # one firm in another regency
    path = office_workbook(tmp_path / "reg.xlsx", rows)
    c = clients["analyst_own"]
    resp = c.http.post("/api/v1/imports/register",
                       files={"files": ("reg.xlsx", path.read_bytes())},
                       headers={"X-CSRF-Token": c.csrf})
    assert resp.status_code == 422, resp.text
    problems = resp.json()["problems"]
    # the workbook's own sheet and header, never an internal field name
    assert any(p["row"] and p["sheet"] and p["column"]
               and p["column"] not in ("region", "regency_code", "village_code")
               for p in problems)
    page = c.http.post("/data/upload", data={"csrf_token": c.csrf, "kind": "register"},
                       files={"files": ("reg.xlsx", path.read_bytes())})
    assert page.status_code == 422 and 'id="problems"' in page.text
    ok = office_workbook(tmp_path / "ok.xlsx")
    resp = c.http.post("/api/v1/imports/register", files={"files": ("ok.xlsx", ok.read_bytes())},
                       headers={"X-CSRF-Token": c.csrf})
    assert resp.status_code == 201, resp.text
    assert resp.json()["added"] == 3


def test_register_filters_and_paging(clients: dict[str, Client]) -> None:
    http = clients["admin"].http
    all_ = http.get("/api/v1/register/records").json()
    assert (all_["total"] >= 40 and len(all_["items"]) == 50) or all_["total"] < 50
    micro = http.get("/api/v1/register/records?size=micro&sort=workers&desc=true").json()
    assert all(1 <= (r["workers"] or 0) <= 4 for r in micro["items"])
    p2 = http.get("/api/v1/register/records?page=2").json()
    assert p2["page"] == min(2, p2["pages"])  # a page past the end shows the last page
    kbli = http.get("/api/v1/register/records?kbli=10").json()
    assert all(r["kbli"].startswith("10") for r in kbli["items"])


def test_map_and_boundaries(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    ind = http.get("/api/v1/datasets/1/indicator?name=lq&industry=C").json()
    assert len(ind["values"]) == 12
    page = http.get("/map?dataset=1").text
    assert 'id="no-boundaries"' in page  # synthetic regions have no boundaries: said so
