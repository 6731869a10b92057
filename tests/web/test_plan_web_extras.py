"""The plan's web pages: each section's charts drawn from the same data as the DOCX (the
numbers equal the analysis computed independently; the page's tables equal the DOCX's),
and the "draft from the data" form offering what ``plan draft`` offers (sites, the
siting ranking, a KBLI reference, the manufacturing breakdown, a stored IO table, AHP
weights), every bad file or choice refused with file, row and column, changing nothing."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from fastapi import FastAPI

from rancang.features.datasets.service import load_panel
from rancang.features.leading.service import AnalysisOptions, run_analysis
from tests.web.conftest import Client, build_app, login

SITES = ("district_code,district_name,regency_code,lat,lng,score,rank,rank_low,rank_high\n"
         "7206010,Bungku Tengah,72.06,-2.55,121.95,0.81,1,1,2\n"
         "7206020,Bahodopi,72.06,-2.75,122.10,0.64,2,1,3\n")
CENTROIDS = ("level,kode,nama,lat,lng\nprov,72,Sulawesi Tengah,-1.4,121.4\n"
             "kab,72.06,Kabupaten Morowali,-2.6,121.9\n"
             "kec,72.06.01,Bungku Tengah,-2.55,121.95\n"
             "kec,72.06.02,Bahodopi,-2.75,122.10\n"
             "kec,72.06.03,Menui Kepulauan,-3.30,123.00\n"
             "kec,72.06.04,Bungku Selatan,-2.90,122.40\n")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    folder = tmp_path_factory.mktemp("planx")
    centroids = folder / "centroids.csv"
    centroids.write_text(CENTROIDS, encoding="utf-8")
    a = build_app(f"sqlite:///{folder / 'w.sqlite'}", firms=12, centroids=centroids)
    yield a
    a.state.engine.dispose()


@pytest.fixture(scope="module")
def own(app: FastAPI) -> Client:
    return login(app, "analyst_own")


def _new_plan(own: Client) -> int:
    r = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                             "allow_duplicate": True,
                                             "region_name": "Morowali"},
                      headers={"X-CSRF-Token": own.csrf})
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def _draft(own: Client, pid: int, files: dict[str, tuple[str, bytes]] | None = None,
           **data: str) -> Any:
    form = {"csrf_token": own.csrf, "dataset_id": "1", "region": "9903", **data}
    upload = {k: (name, io.BytesIO(content), "text/csv")
              for k, (name, content) in (files or {}).items()}
    return own.http.post(f"/plans/{pid}/draft", data=form, files=upload or None,
                         follow_redirects=False)


@pytest.fixture(scope="module")
def drafted(own: Client) -> int:
    pid = _new_plan(own)
    r = _draft(own, pid, {"sites": ("sites.csv", SITES.encode()),
                          "weights": ("priorities.csv",
                                      b"criterion,weight\nslq,0.4\ndlq,0.3\ngrowth,0.3\n")})
    assert r.status_code == 303, r.text[:2000]
    return pid


def _specs(html: str) -> dict[str, dict[str, Any]]:
    """Each chart's option on the page, by the chart's id."""
    out = {}
    for anchor, n in re.findall(r'data-chart="([^"]+)"><div class="chart[^"]*" '
                                r'id="chart-(\d+)"', html):
        m = re.search(rf'<script type="application/json" id="spec-{n}">(.*?)</script>', html,
                      re.S)
        assert m, anchor
        out[anchor] = json.loads(m.group(1))
    return out


def test_section_pages_draw_the_documents_charts(app: FastAPI, own: Client,
                                                  drafted: int) -> None:
    page = own.http.get(f"/plans/{drafted}/sections/kondisi.sektor_basis")
    assert page.status_code == 200
    assert "vendor/echarts.min.js" in page.text
    specs = _specs(page.text)
    assert {"leading.lq_chart", "leading.klassen_chart"} <= set(specs)
    # the SLQ x DLQ points equal the analysis run here on the stored dataset
    res = run_analysis(load_panel(app.state.engine, 1), AnalysisOptions(regions=["9903"]))
    q = res.tables["lq_quadrant"].filter(pl.col("industry_code") == "C")
    points = {d["name"]: d["value"] for d in specs["leading.lq_chart"]["series"][0]["data"]}
    c = next(v for k, v in points.items() if k.startswith("C"))
    assert c[0] == pytest.approx(float(q["slq"][0]), rel=1e-9)
    assert c[1] == pytest.approx(float(q["dlq"][0]), rel=1e-9)
    assert specs["leading.lq_chart"]["rancangQuadrants"]
    assert specs["leading.lq_chart"]["rancangNote"].startswith(("Sumber", "Source"))
    # the ranking with its rank intervals, the pathways as lines
    ranking = _specs(own.http.get(f"/plans/{drafted}/sections/program.unggulan").text)
    spec = ranking["leading.ranking_chart"]
    weighed = run_analysis(load_panel(app.state.engine, 1), AnalysisOptions(
        regions=["9903"], weights={"slq": 0.4, "dlq": 0.3, "growth": 0.3}))
    lead = weighed.tables["leading_industries"].sort("rank")
    assert spec["series"][2]["data"][0][0] == lead["rank"][0]
    assert spec["rancangIntervals"][0] == [lead["rank_low"][0], lead["rank_high"][0]]


def test_sentra_map_on_the_zoning_page(own: Client, drafted: int) -> None:
    specs = _specs(own.http.get(f"/plans/{drafted}/sections/program.perwilayahan").text)
    pts = specs["plan.sites_map"]["series"][-1]["data"]
    assert [(p["value"][0], p["value"][1]) for p in pts] == [(121.95, -2.55), (122.10, -2.75)]
    assert pts[0]["name"] == "1. Bungku Tengah"


def test_page_tables_equal_the_docx_tables(own: Client, drafted: int) -> None:
    from docx import Document

    page = own.http.get(f"/plans/{drafted}/sections/kondisi.sektor_basis").text
    m = re.search(r'data-table="leading.lq"><caption>([^<]+)</caption>.*?<tbody>(.*?)</tbody>',
                  page, re.S)
    assert m
    caption = m.group(1).replace("&amp;", "&")
    rows = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", tr)]
            for tr in re.findall(r"<tr>(.*?)</tr>", m.group(2), re.S)]
    doc = Document(io.BytesIO(own.http.get(f"/plans/{drafted}/download.docx").content))
    paragraphs = [p.text for p in doc.paragraphs]
    assert caption in paragraphs  # the same table number as in the DOCX
    k = [t for t in doc.tables if [c.text for c in t.rows[0].cells][:1]
         and len(t.rows) == len(rows) + 1]
    want = [[c.text for c in r.cells] for t in k for r in t.rows[1:]]
    assert rows and all(r in want for r in rows)


def test_the_form_records_every_extra(own: Client, drafted: int) -> None:
    detail = own.http.get(f"/api/v1/plans/{drafted}").json()
    src = detail["sources"]
    assert src["sites"]["file"] == "sites.csv" and len(src["sites"]["sha256"]) == 64
    assert src["weights"]["file"] == "priorities.csv"
    assert src["options"]["weights"] == {"slq": 0.4, "dlq": 0.3, "growth": 0.3}
    page = own.http.get(f"/plans/{drafted}").text
    for field in ("f-sites", "f-kbli", "f-manufacturing", "f-io", "f-weights",
                  "f-sites-siting", "f-reference"):
        assert f'id="{field}"' in page


def test_sites_from_the_siting_ranking(own: Client) -> None:
    pid = _new_plan(own)
    r = _draft(own, pid, sites_from_siting="1")
    assert r.status_code == 303, r.text[:2000]
    specs = _specs(own.http.get(f"/plans/{pid}/sections/program.perwilayahan").text)
    names = {p["name"].split(". ", 1)[1] for p in specs["plan.sites_map"]["series"][-1]["data"]}
    assert names == {"Bungku Tengah", "Bahodopi", "Menui Kepulauan", "Bungku Selatan"}


def _problems(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text))


@pytest.mark.parametrize(("files", "data", "words"), [
    ({"sites": ("sites.csv", SITES.replace("-2.55", "abc").encode())}, {},
     ["sites.csv", "3", "lat"]),
    ({"weights": ("priorities.csv", b"criterion,weight\nslq,0.5\nbogus,0.5\n")}, {},
     ["priorities.csv", "3", "bogus"]),
    ({"kbli_reference": ("ref.csv", b"kbli,workers\n10,abc\n")}, {}, ["ref.csv"]),
    ({"manufacturing": ("m.txt", b"x")}, {}, ["m.txt", ".xlsx"]),
    ({}, {"io_table": "999"}, ["999"]),
    ({}, {"target_share": "150"}, ["150"]),
    ({"sites": ("sites.csv", SITES.encode())}, {"sites_from_siting": "1"}, ["sites.csv"]),
])
def test_bad_input_is_refused_and_changes_nothing(own: Client, drafted: int,
                                                  files: dict[str, tuple[str, bytes]],
                                                  data: dict[str, str],
                                                  words: list[str]) -> None:
    before = own.http.get(f"/api/v1/plans/{drafted}").json()
    r = _draft(own, drafted, files, **data)
    assert r.status_code == 422, r.text[:500]
    said = _problems(r.text)
    assert "Traceback" not in r.text
    for w in words:
        assert w in said, (w, said[:1500])
    after = own.http.get(f"/api/v1/plans/{drafted}").json()
    assert after["sources"] == before["sources"]
    assert after["sections"] == before["sections"]


def test_bad_upload_is_not_kept(app: FastAPI, own: Client, drafted: int) -> None:
    kept = Path(app.state.settings.data_dir) / "plan-inputs"
    before = sorted(kept.rglob("*")) if kept.is_dir() else []
    _draft(own, drafted, {"sites": ("sites.csv", b"district_code,lat\n1,2\n")})
    assert (sorted(kept.rglob("*")) if kept.is_dir() else []) == before


def test_bad_section_and_target_on_the_pages_change_nothing(own: Client, drafted: int) -> None:
    r = own.http.get(f"/plans/{drafted}/sections/bab.tidak_ada")
    assert r.status_code in (404, 422) and "bab.tidak_ada" in _problems(r.text)
    r = own.http.post(f"/plans/{drafted}/sections/bab.tidak_ada",
                      data={"csrf_token": own.csrf, "text": "x"}, follow_redirects=False)
    assert r.status_code in (404, 422) and "Traceback" not in r.text
    before = own.http.get(f"/plans/{drafted}/targets.csv").text
    lines = before.splitlines()
    header = lines[0].split(",")
    cells = lines[1].split(",")
    cells[header.index("unit")] = ""
    bad = "\n".join([lines[0], ",".join(cells), *lines[2:]]) + "\n"
    r = own.http.post(f"/plans/{drafted}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.csv", io.BytesIO(bad.encode()), "text/csv")},
                      follow_redirects=False)
    said = _problems(r.text)
    assert r.status_code == 422 and "sasaran.csv" in said and "unit" in said, said[:800]
    assert own.http.get(f"/plans/{drafted}/targets.csv").text == before


def test_the_api_draft_takes_the_extras_without_files(app: FastAPI, own: Client) -> None:
    """``POST /api/v1/plans/{id}/draft`` with the reference economy, the siting ranking
    and AHP weights: recorded in the plan's sources, the ranking equal to the analysis
    with those weights; bad choices are all named in one 422 and change nothing."""
    pid = _new_plan(own)
    h = {"X-CSRF-Token": own.csrf}
    weights = {"slq": 0.5, "dlq": 0.1, "growth": 0.4}
    r = own.http.post(f"/api/v1/plans/{pid}/draft", headers=h, json={
        "dataset_id": 1, "region": "9903", "weights": weights, "sites_from_siting": True,
        "reference": "9900"})
    assert r.status_code == 200, r.text
    detail = own.http.get(f"/api/v1/plans/{pid}").json()
    src = detail["sources"]
    assert src["options"]["weights"] == weights and src["options"]["reference"] == "9900"
    assert src["sites"]["file"] == "rancang siting (TOPSIS)"
    zoning = next(s for s in detail["sections"] if s["key"] == "program.perwilayahan")
    assert zoning["state"] == "generated"
    res = run_analysis(load_panel(app.state.engine, 1), AnalysisOptions(
        regions=["9903"], reference="9900", weights=weights))
    lead = res.tables["leading_industries"].sort("rank")
    unggulan = next(s for s in detail["sections"] if s["key"] == "program.unggulan")
    ranking = next(t for b in unggulan["blocks"] for t in b["tables"]
                   if t["id"] == "leading.ranking")
    assert [row[1] for row in ranking["rows"][:5]] == lead["industry_code"].to_list()[:5]
    assert ranking["rows"][0][3] == pytest.approx(float(lead["score"][0]), rel=1e-12)
    # unknown criterion, negative weight, missing IO table: all named, nothing changed
    r = own.http.post(f"/api/v1/plans/{pid}/draft", headers=h, json={
        "dataset_id": 1, "region": "9903", "weights": {"bogus": 1.0, "slq": -1.0},
        "io_table": "999"})
    assert r.status_code == 422, r.text
    said = json.dumps(r.json()["problems"])
    for word in ("bogus", "slq", "999"):
        assert word in said, said
    assert own.http.get(f"/api/v1/plans/{pid}").json() == detail
