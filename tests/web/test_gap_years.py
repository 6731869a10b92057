"""A PDRB panel whose years have gaps (census years; here 2008 and 2014 only) is accepted
by the web upload (issue 11 §1), and every page, API route and download of the stored
dataset answers with the note of what needs every year, and the same LQ and shift-share
as ``rancang analyze`` on the same file, checked against numpy by hand."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.sources.synthetic import demo_province
from tests.web.conftest import Client

YEARS = (2008, 2014)
REGIONS = tuple(f"720{k}" for k in range(1, 7))
REGION = "7206"
NOTE = {"en": "The data years are not consecutive (2008, 2014)",
        "id": "Tahun data tidak berurutan (2008, 2014)"}


def _values() -> tuple[tuple[str, ...], np.ndarray]:
    """(industry codes, values (R, I, 2)) of six synthetic regencies, 2008 and 2014."""
    p = demo_province(first_year=YEARS[0], last_year=YEARS[1])
    keep = [p.year_index(y) for y in YEARS]
    return p.industry_codes, np.round(p.values[:6][:, :, keep], 2)


def _csv() -> bytes:
    codes, x = _values()
    lines = ["region_code,industry_code,year,value"]
    for r, region in enumerate(REGIONS):
        for i, code in enumerate(codes):
            lines += [f"{region},{code},{y},{float(x[r, i, t])!r}" for t, y in enumerate(YEARS)]
    return ("\n".join(lines) + "\n").encode()


def _by_hand() -> dict[str, dict[str, float]]:
    """LQ (2008 and 2014) and the classic shift-share of 7206 against the sum of the six
    regions, from the formulas (Isard 1960; Dunn 1960)."""
    codes, x = _values()
    ref = x.sum(axis=0)                                   # (I, T)
    r = REGIONS.index(REGION)
    lq = (x[r] / x[r].sum(axis=0)) / (ref / ref.sum(axis=0))
    g_all = ref.sum(axis=0)[1] / ref.sum(axis=0)[0] - 1   # the reference's total growth
    g_ind = ref[:, 1] / ref[:, 0] - 1                     # each industry's in the reference
    g_reg = x[r, :, 1] / x[r, :, 0] - 1
    base = x[r, :, 0]
    out: dict[str, dict[str, float]] = {}
    for i, c in enumerate(codes):
        out[c] = {"lq_2008": lq[i, 0], "lq_2014": lq[i, 1],
                  "national_share": base[i] * g_all,
                  "industry_mix": base[i] * (g_ind[i] - g_all),
                  "regional_share": base[i] * (g_reg[i] - g_ind[i]),
                  "actual_change": x[r, i, 1] - x[r, i, 0]}
    total = x[r].sum(axis=0)
    out["_growth"] = {"cagr": 100 * ((total[1] / total[0]) ** (1 / 6) - 1)}
    return out


@pytest.fixture(scope="module")
def gap(web_app: FastAPI, clients: dict[str, Client], tmp_path_factory: pytest.TempPathFactory
        ) -> dict[str, object]:
    """The file uploaded through the data page (held with the note, then confirmed), and
    ``rancang analyze`` on the same file."""
    from rancang.cli import build_app

    analyst = clients["analyst_own"]
    data = _csv()
    held = analyst.http.post("/data/upload?lang=en", data={
        "csrf_token": analyst.csrf, "kind": "pdrb", "name": "Sensus"},
        files={"files": ("sensus.csv", io.BytesIO(data), "text/csv")})
    assert held.status_code == 200, held.text[-1500:]
    assert 'id="staged-notes"' in held.text
    assert "the years are not consecutive (2008, 2014; 2009-2013 absent)" in held.text
    assert "leading-industry ranking are left out because they need every year" in held.text
    token = re.search(r'name="token" value="([^"]+)"', held.text).group(1)  # type: ignore[union-attr]
    saved = analyst.http.post("/data/upload/confirm?lang=id",
                              data={"csrf_token": analyst.csrf, "token": token})
    assert saved.status_code == 200 and 'id="saved-notes"' in saved.text
    assert "tahun tidak berurutan (2008, 2014; tidak ada 2009-2013)" in saved.text
    ds = int(re.search(r'id="open-dataset" href="/\?dataset=(\d+)"', saved.text).group(1))  # type: ignore[union-attr]
    folder = tmp_path_factory.mktemp("gap")
    (folder / "sensus.csv").write_bytes(data)
    out = folder / "out"
    run = CliRunner().invoke(build_app(), ["analyze", str(folder / "sensus.csv"),
                                           "--out", str(out), "--quiet", "--lang", "en"])
    assert run.exit_code == 0, run.output
    return {"ds": ds, "out": out, "hand": _by_hand()}


def _rows(path: Path, region: str = REGION) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["region_code"] == region]


def test_the_api_upload_says_what_is_left_out(clients: dict[str, Client]) -> None:
    analyst = clients["analyst_own"]
    r = analyst.http.post("/api/v1/imports/pdrb?lang=en", headers={"X-CSRF-Token": analyst.csrf},
                          files={"files": ("sensus.csv", io.BytesIO(_csv()), "text/csv")})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["dataset_id"] and body["years"] == list(YEARS)
    assert any("DLQ, the SLQ x DLQ quadrant, dynamic shift-share" in n for n in body["notes"])


def test_cli_matches_numpy(gap: dict[str, object]) -> None:
    out, hand = gap["out"], gap["hand"]
    assert isinstance(out, Path) and isinstance(hand, dict)
    for row in _rows(out / "location_quotient.csv"):
        assert float(row["lq"]) == pytest.approx(hand[row["industry_code"]][
            f"lq_{row['year']}"], rel=1e-9)
    for row in _rows(out / "shift_share.csv"):
        for k in ("actual_change", "national_share", "industry_mix", "regional_share"):
            assert float(row[k]) == pytest.approx(hand[row["industry_code"]][k], rel=1e-9,
                                                  abs=1e-6)
    assert not (out / "dynamic_lq.csv").exists()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_api_analysis_and_ranking(gap: dict[str, object], clients: dict[str, Client],
                                  lang: str) -> None:
    http, ds, hand = clients["analyst_own"].http, gap["ds"], gap["hand"]
    assert isinstance(hand, dict) and isinstance(gap["out"], Path)
    r = http.get(f"/api/v1/datasets/{ds}/analysis/{REGION}?lang={lang}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert NOTE[lang] in body["note"]
    assert set(body["left_out"]) == {"dynamic_lq", "lq_quadrant", "shift_share_dynamic",
                                     "leading_industries"}
    assert set(body["tables"]) == {"location_quotient", "shift_share", "klassen",
                                   "specialization"}
    cli_lq = {(row["industry_code"], int(row["year"])): float(row["lq"])
              for row in _rows(gap["out"] / "location_quotient.csv")}
    for row in body["tables"]["location_quotient"]:
        assert row["lq"] == pytest.approx(hand[row["industry_code"]][f"lq_{row['year']}"],
                                          rel=1e-9)
        assert row["lq"] == pytest.approx(cli_lq[row["industry_code"], row["year"]],
                                          rel=1e-12)
    cli_ss = {row["industry_code"]: row for row in _rows(gap["out"] / "shift_share.csv")}
    for row in body["tables"]["shift_share"]:
        for k in ("national_share", "industry_mix", "regional_share", "em_competitive"):
            assert row[k] == pytest.approx(float(cli_ss[row["industry_code"]][k]), rel=1e-9,
                                           abs=1e-6)
        assert row["regional_share"] == pytest.approx(
            hand[row["industry_code"]]["regional_share"], rel=1e-9, abs=1e-6)
    rk = http.get(f"/api/v1/datasets/{ds}/ranking/{REGION}?lang={lang}")
    assert rk.status_code == 200 and rk.json()["rows"] == []
    assert ("needs every year" if lang == "en" else "memerlukan data setiap tahun") \
        in rk.json()["note"]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_dashboard_ranking_and_downloads(gap: dict[str, object], clients: dict[str, Client],
                                         lang: str) -> None:
    http, ds, hand = clients["analyst_own"].http, gap["ds"], gap["hand"]
    assert isinstance(hand, dict)
    page = http.get(f"/region/{ds}/{REGION}?lang={lang}")
    assert page.status_code == 200, page.text[-800:]
    assert 'id="gap-note"' in page.text and NOTE[lang] in page.text
    assert 'id="chart-quadrant"' not in page.text and "<th class=\"num\">DLQ</th>" not in page.text
    assert "table/dynamic_lq" not in page.text and "table/leading_industries" not in page.text
    assert ("Average annual growth (CAGR" if lang == "en" else "rata-rata per tahun (CAGR") \
        in page.text
    frag = http.get(f"/region/{ds}/{REGION}/ranking?lang={lang}")
    assert frag.status_code == 200 and 'id="ranking-note"' in frag.text
    lq = http.get(f"/region/{ds}/{REGION}/table/location_quotient.csv?lang={lang}")
    assert lq.status_code == 200
    for row in csv.DictReader(io.StringIO(lq.text)):
        assert float(row["lq"]) == pytest.approx(hand[row["industry_code"]][
            f"lq_{row['year']}"], rel=1e-9)
    growth = http.get(f"/region/{ds}/{REGION}/table/pdrb_growth.csv?lang={lang}")
    last = list(csv.DictReader(io.StringIO(growth.text)))[-1]
    assert float(last["growth_pct"]) == pytest.approx(hand["_growth"]["cagr"], rel=1e-9)
    assert last["years_spanned"] == "6"
    for name in ("shift_share", "klassen", "specialization", "pdrb_structure"):
        for fmt in ("csv", "xlsx"):
            r = http.get(f"/region/{ds}/{REGION}/table/{name}.{fmt}?lang={lang}")
            assert r.status_code == 200, (name, fmt)
    left = http.get(f"/region/{ds}/{REGION}/table/dynamic_lq.csv?lang={lang}")
    assert left.status_code == 422
    assert ("needs every year" if lang == "en" else "memerlukan data setiap tahun") in left.text


@pytest.mark.parametrize("lang", ["en", "id"])
def test_map_and_other_feature_pages(gap: dict[str, object], clients: dict[str, Client],
                                     lang: str) -> None:
    http, ds, hand = clients["analyst_own"].http, gap["ds"], gap["hand"]
    assert isinstance(hand, dict)
    assert http.get(f"/map?dataset={ds}&lang={lang}").status_code == 200
    ind = http.get(f"/api/v1/datasets/{ds}/indicator?name=growth&lang={lang}").json()
    (mine,) = [v for v in ind["values"] if v["code"] == REGION]
    assert mine["value"] == pytest.approx(hand["_growth"]["cagr"], rel=1e-9)
    lq = http.get(f"/api/v1/datasets/{ds}/indicator?name=lq&industry=A&year=2008").json()
    (mine,) = [v for v in lq["values"] if v["code"] == REGION]
    assert mine["value"] == pytest.approx(hand["A"]["lq_2008"], rel=1e-9)
    targets = http.get(f"/targets/{ds}?region={REGION}&lang={lang}")
    assert targets.status_code == 200
    assert ("data years are not consecutive" if lang == "en" else
            "tahun data tidak berurutan") in targets.text
    decide = http.get(f"/decide/rank?dataset={ds}&region={REGION}&lang={lang}")
    assert decide.status_code == 200 and 'id="gap-note"' in decide.text
    for url in (f"/complexity/{ds}?region={REGION}", f"/api/v1/datasets/{ds}/complexity",
                f"/api/v1/datasets/{ds}/targets?region={REGION}"):
        assert http.get(f"{url}{'&' if '?' in url else '?'}lang={lang}").status_code == 200, url


def test_plan_drafted_from_the_gap_dataset(gap: dict[str, object],
                                           clients: dict[str, Client]) -> None:
    own = clients["analyst_own"]
    h = {"X-CSRF-Token": own.csrf}
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "region_name": "Morowali"}, headers=h).json()["id"]
    r = own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": gap["ds"],
                                                          "region": REGION}, headers=h)
    assert r.status_code == 200, r.text
    detail = own.http.get(f"/api/v1/plans/{pid}").json()
    blocks = {b["id"]: b for s in detail["sections"] for b in s["blocks"]}
    assert "Tahun data tidak berurutan (2008, 2014)" in blocks["leading.base"]["text"]
    assert "memerlukan data setiap tahun" in blocks["leading.ranking"]["text"]
    hand = gap["hand"]
    assert isinstance(hand, dict)
    lq = next(t for t in blocks["leading.base"]["tables"] if t["id"] == "leading.lq")
    row = next(r for r in lq["rows"] if r[0] == "C")
    assert row[2] == pytest.approx(hand["C"]["lq_2014"], rel=1e-9)
    # the plan's pages (its downloads render the same blocks: checked by hand, ~6 s each)
    assert own.http.get(f"/plans/{pid}").status_code == 200
    for key, words in (("kondisi.sektor_basis", "Tahun data tidak berurutan"),
                       ("program.unggulan", "memerlukan data setiap tahun")):
        page = own.http.get(f"/plans/{pid}/sections/{key}")
        assert page.status_code == 200 and words in page.text, key
