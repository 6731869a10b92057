"""The industries an opportunity is close to, explained in words: the page, the API, the
download and ``rancang complexity`` name the same present industries with the same
proximities, and those proximities are the ones computed here from the presence matrix
the CLI writes (``phi_pq = sum_c M_cp M_cq / max(k_p, k_q)``, Hidalgo et al. 2007)."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.i18n import format_number, text
from rancang.reference.pdrb import category_label
from tests.web.conftest import Client

REGION = "9903"
DRIVER = re.compile(r"(\S+) \((\d+\.\d\d)\)")



def _independent_proximity(complexity: pl.DataFrame, year: int) -> tuple[
        list[str], dict[str, np.ndarray], np.ndarray]:
    """Industries, each region's presence row and the proximity matrix of ``year``."""
    m = complexity.filter(pl.col("year") == str(year))
    inds = sorted(m["industry_code"].unique().to_list())
    regions = sorted(m["region_code"].unique().to_list())
    pos = {c: k for k, c in enumerate(inds)}
    mat = np.zeros((len(regions), len(inds)))
    rows = {r: k for k, r in enumerate(regions)}
    for r, i, v in m.select("region_code", "industry_code", "mcp").iter_rows():
        mat[rows[r], pos[i]] = float(v)
    co = mat.T @ mat
    k = mat.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        phi = np.nan_to_num(co / np.maximum.outer(k, k))
    return inds, {r: mat[rows[r]] for r in regions}, phi


def test_drivers_in_words_are_the_same_on_every_channel(
        clients: dict[str, Client], demo_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "cx"
    res = CliRunner().invoke(build_cli(), ["complexity", str(demo_csv), "--threshold", "1",
                                           "--to", "2023", "-q", "--out", str(out)])
    assert res.exit_code == 0, res.output
    cli = pl.read_csv(out / "opportunities.csv", infer_schema_length=0).filter(
        pl.col("region_code") == REGION)
    complexity = pl.read_csv(out / "complexity.csv", infer_schema_length=0)
    inds, present, phi = _independent_proximity(complexity, 2023)
    c = clients["viewer"].http
    query = f"region={REGION}&threshold=1&year=2023"
    download = pl.read_csv(io.BytesIO(c.get(f"/complexity/1/opportunities.csv?{query}")
                                      .content), infer_schema_length=0)
    assert download["drivers"].to_list() == cli["drivers"].to_list()
    names = {}
    explained_somewhere = 0
    for lang in ("id", "en"):
        api = c.get(f"/api/v1/datasets/1/complexity?{query}&lang={lang}").json()
        page = c.get(f"/complexity/1?{query}&lang={lang}").text
        cells = dict(re.findall(r'<tr data-industry="([^"]+)">.*?<td class="words">(.*?)</td>',
                                page, re.S))
        assert cells, "no explanation column on the page"
        names[lang] = {o["code"]: o["name"] for o in api["opportunities"]}
        for row, o in zip(cli.iter_rows(named=True), api["opportunities"], strict=True):
            assert o["code"] == row["industry_code"] and o["drivers"] == row["drivers"]
            pairs = DRIVER.findall(row["drivers"])
            if o["code"] in cells:  # the page lists the first opportunities
                assert html.unescape(cells[o["code"]]) == o["explained"]
            if not pairs:
                assert o["explained"] == text("complexity.no_drivers", lang)
                # independent: no present industry has a proximity above 0
                assert not (phi[inds.index(o["code"])] * present[REGION] > 0).any()
                continue
            explained_somewhere += 1
            assert 1 <= len(pairs) <= 3
            listed = ", ".join(
                f"{category_label(code, code, lang)} ({format_number(float(v), 2, lang)})"
                for code, v in pairs)
            assert o["explained"] == text("complexity.page.close_to", lang,
                                          industries=listed)
            # independent: each driver is present in the region, its proximity is phi
            # rounded to two decimals, and no other present industry is closer
            target = inds.index(o["code"])
            near = phi[target] * present[REGION]
            for code, v in pairs:
                q = inds.index(code)
                assert present[REGION][q] == 1, (o["code"], code)
                assert float(v) == pytest.approx(phi[target, q], abs=0.005 + 1e-12)
            weakest = min(phi[target, inds.index(code)] for code, _ in pairs)
            others = [near[q] for q in range(len(inds))
                      if inds[q] not in {code for code, _ in pairs}]
            assert all(x <= weakest + 1e-12 for x in others)
    assert explained_somewhere > 0
    assert names["id"] != names["en"]  # the words are in the page's language


def test_page_prints_the_files_rounding() -> None:
    """A proximity at a half hundredth (1/40): ``f"{0.025:.2f}"`` is ``0.03``, the file
    writes ``0.02``; the page's sentence and the API print the file's number."""
    from rancang.features.complexity import page, service
    from rancang.sources.synthetic import demo_province

    result = service.run_complexity(demo_province())
    opp, p = result.opportunities, result.panel
    t = len(opp.year_index) - 1
    r = p.region_index(REGION)
    first = result.tables["opportunities"].filter(
        (pl.col("region_code") == REGION) & (pl.col("rank") == 1)).row(0, named=True)
    i = p.industry_codes.index(first["industry_code"])
    assert opp.drivers[r, i, t, 0] >= 0
    opp.driver_proximity[r, i, t, 0] = 1 / 40
    result.tables = service._tables(p, result.result, opp)
    row = page.opportunity_rows(result, REGION, "en", limit=1)[0]
    assert "(0.02)" in row["drivers"].split(",")[0]
    assert "(0.02)" in row["explained"] and "(0.03)" not in row["explained"]
