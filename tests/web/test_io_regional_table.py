"""The regionalised input-output table of a regency on the page, in the API, the download
and ``rancang io``, against the location quotients computed here from the sector sizes
the page shows (Flegg and Webber 2000; Miller and Blair 2009, section 8.3):

``SLQ_i = (x^r_i / x^r) / (x^n_i / x^n)``, ``CILQ_ij = SLQ_i / SLQ_j`` (diagonal SLQ_i),
``lambda* = [log2(1 + x^r / x^n)]^delta``, ``FLQ_ij = lambda* CILQ_ij`` and the regional
coefficient ``r_ij = a_ij min(LQ_ij, 1)``; the output multipliers are the column sums of
``(I - R)^-1``.
"""

from __future__ import annotations

import html
import io
import math
import re
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.i18n import format_number
from tests.web.conftest import Client

REGION = "9903"



def _lq(method: str, regional: np.ndarray, national: np.ndarray, delta: float
        ) -> tuple[np.ndarray, float]:
    """The method's LQ matrix and lambda*, written out from the formulas above."""
    slq = (regional / regional.sum()) / (national / national.sum())
    n = len(slq)
    if method == "slq":
        return np.repeat(slq[:, None], n, axis=1), 1.0
    cilq = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            cilq[i, j] = slq[i] if i == j else slq[i] / slq[j]
    if method == "cilq":
        return cilq, 1.0
    lam = math.log2(1 + regional.sum() / national.sum()) ** delta
    return lam * cilq, lam


def _number(cell: str, lang: str) -> float:
    return float(cell.replace(".", "").replace(",", ".") if lang == "id"
                 else cell.replace(",", ""))


def test_regional_table_against_flegg(clients: dict[str, Client], web_app: FastAPI,
                                      demo_csv: Path, tmp_path: Path) -> None:
    from rancang.features.inputoutput import store
    from rancang.sources.bps_io_synthetic import synthetic_sector_mapping

    c = clients["analyst_own"].http
    assert c.get("/io").status_code == 200
    xlsx = store.table_path(web_app.state.settings.data_dir,
                            store.get_table(web_app.state.settings.data_dir, "demo"))
    national_out = tmp_path / "national"
    res = CliRunner().invoke(build_cli(), ["io", str(xlsx), "-q", "--out", str(national_out)])
    assert res.exit_code == 0, res.output
    coef = pl.read_csv(national_out / "coefficients.csv",
                       schema_overrides={"row_sector": pl.String, "column_sector": pl.String})
    codes = list(dict.fromkeys(coef["row_sector"].to_list()))
    n = len(codes)
    a = coef["a"].to_numpy().reshape(n, n)
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("io_sector,pdrb_category\n" + "".join(
        f"{k},{v}\n" for k, v in synthetic_sector_mapping(17).items()))
    seen: dict[tuple[str, float], np.ndarray] = {}
    for method, delta in (("flq", 0.3), ("flq", 0.1), ("cilq", 0.3), ("slq", 0.3)):
        query = f"dataset=1&region={REGION}&method={method}&delta={delta}&reference=9900"
        api = c.get(f"/api/v1/io/tables/demo?{query}").json()
        sizes = api["tables"]["location_quotients"]
        assert [s["sector"] for s in sizes] == codes
        regional = np.array([s["regional_pdrb"] for s in sizes])
        national = np.array([s["reference_pdrb"] for s in sizes])
        lq, lam = _lq(method, regional, national, delta)
        r = a * np.minimum(lq, 1.0)
        seen[(method, delta)] = r
        # the API
        table = api["tables"]["regional_coefficients"]
        assert len(table) == n * n
        got = {(t["row_sector"], t["column_sector"]): t for t in table}
        for i, ci in enumerate(codes):
            for j, cj in enumerate(codes):
                cell = got[(ci, cj)]
                assert cell["national_a"] == pytest.approx(a[i, j], rel=1e-9, abs=1e-15)
                assert cell["lq_ij"] == pytest.approx(lq[i, j], rel=1e-9)
                assert cell["regional_a"] == pytest.approx(r[i, j], rel=1e-9, abs=1e-15)
        mult = np.linalg.inv(np.eye(n) - r).sum(axis=0)
        api_mult = np.array([m["output"] for m in api["tables"]["multipliers"]])
        np.testing.assert_allclose(api_mult, mult, rtol=1e-9)
        # the download and the CLI: the same file
        download = pl.read_csv(io.BytesIO(
            c.get(f"/io/demo/regional_coefficients.csv?{query}").content),
            infer_schema_length=0)
        np.testing.assert_allclose(download["regional_a"].cast(pl.Float64).to_numpy(),
                                   r.reshape(-1), rtol=1e-9, atol=1e-15)
        out = tmp_path / f"io_{method}_{delta}"
        res = CliRunner().invoke(build_cli(), [
            "io", str(xlsx), "--panel", str(demo_csv), "--region", REGION, "--method", method,
            "--delta", str(delta), "--reference", "9900", "--mapping", str(mapping), "-q",
            "--out", str(out)])
        assert res.exit_code == 0, res.output
        cli = pl.read_csv(out / "regional_coefficients.csv", infer_schema_length=0)
        assert download.equals(cli)
        # the page, in both languages: every cell, and delta and lambda* when FLQ
        for lang in ("id", "en"):
            page = c.get(f"/io/demo?{query}&lang={lang}").text
            assert re.search(rf'name="delta"[^>]*value="{delta:g}"', page)
            body = page[page.index('id="regional-table"'):]
            body = body[:body.index("</table>")]
            rows = re.findall(r'<tr data-sector="([^"]+)">(.*?)</tr>', body, re.S)
            assert [code for code, _ in rows] == codes
            for i, (_, cells) in enumerate(rows):
                pairs = re.findall(r'<span class="lq">([^<]*)</span><br>'
                                   r'<span class="r">([^<]*)</span>', cells)
                assert len(pairs) == n
                for j, (shown_lq, shown_r) in enumerate(pairs):
                    assert shown_lq == format_number(lq[i, j], 3, lang), (i, j)
                    assert _number(shown_r, lang) == pytest.approx(r[i, j], abs=5e-5 + 1e-12)
            if method == "flq":
                words = html.unescape(re.search(r'id="regional-delta">([^<]*)<', page)
                                      .group(1))  # type: ignore[union-attr]
                assert format_number(delta, 2, lang) in words
                assert format_number(lam, 4, lang) in words
    # delta changes the FLQ table; delta 0 is not needed to tell FLQ from CILQ
    assert not np.allclose(seen[("flq", 0.3)], seen[("flq", 0.1)])
    assert not np.allclose(seen[("flq", 0.3)], seen[("cilq", 0.3)])
