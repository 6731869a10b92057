"""Sentra siting: each candidate's score, rank and rank interval are the same on the page
(its table and its rank-interval chart), in the API and from ``rancang siting`` run on
the same register, estates, weights, samples and seed."""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.i18n import format_number
from tests.web.conftest import CENTROIDS, Client

pytestmark = pytest.mark.skipif(not CENTROIDS.is_file(), reason="no shared district centroids")
WEIGHTS = {"dist_estate_km": 2.0, "ikm_units": 1.0}
ROW = re.compile(r'<tr><td class="num">(\d+)</td><td><span translate="no">([^<]*)</span> '
                 r'\(([\d.]+)\)</td><td class="num">([^<]*)</td><td class="num">(\d+)-(\d+)</td>')


@pytest.mark.parametrize("method", ["topsis", "promethee"])
def test_page_api_and_cli_agree(web_app: FastAPI, clients: dict[str, Client], method: str,
                                tmp_path: Path) -> None:
    c = clients["analyst_own"].http  # may read the regency's records: exact IKM counts
    typed = "&".join(f"w_{k}={v:g}" for k, v in WEIGHTS.items())
    query = f"regency=72.06&method={method}&{typed}"
    api = c.get(f"/api/v1/siting?{query}").json()
    assert api["criteria"] == list(WEIGHTS) and api["samples"] == 300
    rows = api["rows"]
    assert len(rows) > 5 and all(r["rank_low"] <= r["rank"] <= r["rank_high"] for r in rows)
    assert any(r["rank_low"] < r["rank_high"] for r in rows)  # intervals, not just ranks

    weights = tmp_path / "weights.csv"
    weights.write_text("criterion,weight\n" + "".join(f"{k},{v:g}\n"
                                                       for k, v in WEIGHTS.items()))
    estates = [f"--estate={e['name']}={e['lat']},{e['lng']}" for e in api["estates"]]
    out = tmp_path / "sites"
    res = CliRunner().invoke(build_cli(), [
        "siting", "--regency", "72.06", "--centroids", str(CENTROIDS), *estates,
        "--register-db", web_app.state.settings.database_url, "--unmet",
        "--weights", str(weights), "--method", method, "--samples", "300", "--seed", "0",
        "--out", str(out), "--lang", "en"])
    assert res.exit_code == 0, res.output
    with (out / "sites.csv").open(encoding="utf-8") as fh:
        cli = list(csv.DictReader(fh))
    assert [r["district_code"] for r in cli] == [r["code"] for r in rows]
    for row, r in zip(cli, rows, strict=True):
        assert float(row["score"]) == pytest.approx(r["score"], abs=1e-6)
        assert (int(row["rank"]), int(row["rank_low"]), int(row["rank_high"])) == (
            r["rank"], r["rank_low"], r["rank_high"])
        assert float(row["ikm_units"]) == r["ikm"]

    for lang in ("id", "en"):
        page = c.get(f"/siting?{query}&lang={lang}").text
        shown = ROW.findall(page)
        assert len(shown) == len(rows)
        for (rank, name, code, score, low, high), r in zip(shown, rows, strict=True):
            assert (int(rank), html.unescape(name), code) == (r["rank"], r["name"], r["code"])
            assert score == format_number(r["score"], 4, lang)
            assert (int(low), int(high)) == (r["rank_low"], r["rank_high"])
        spec = json.loads(re.search(r'<script type="application/json" id="spec-siting">'
                                    r'(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
        assert 'data-chart-spec="spec-siting"' in page
        first = rows[:30][::-1]  # the chart: rank 1 at the top
        assert spec["yAxis"]["data"] == [r["name"] for r in first]
        offset, length, point = (s["data"] for s in spec["series"])
        # each interval a bar from rank_low - 0.5 to rank_high + 0.5, the rank a point on it
        assert offset == [r["rank_low"] - 0.5 for r in first]
        assert length == [r["rank_high"] - r["rank_low"] + 1 for r in first]
        assert point == [[r["rank"], k] for k, r in enumerate(first)]
        assert spec["rancangIntervals"] == [[r["rank_low"], r["rank_high"]] for r in first]
