"""Any table a planner has (issue 11 §1): any classification, years with gaps, sparse
tables. Numbers on the gapped panel are checked against the R package REAT."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
from typer.testing import CliRunner

from rancang.analysis import cagr
from rancang.cli import build_app
from rancang.sources import read_panel
from tests.analysis.test_reat_oracle import (
    REF,
    X,
    assert_agrees,
    reat,
    reat_dunn_totals,
    reat_esteban_totals,
)

SECTIONS = "ABCDEFGHIJKLMNOPQRSTU"


def _long(path: Path, x: np.ndarray, regions, industries, years, ref=None) -> Path:
    rows = ["region_code,industry_code,year,value"]
    for r, code in enumerate(regions):
        for i, ind in enumerate(industries):
            for t, y in enumerate(years):
                rows.append(f"{code},{ind},{y},{float(x[r, i, t])!r}")
    if ref is not None:
        for i, ind in enumerate(industries):
            for t, y in enumerate(years):
                rows.append(f"9999,{ind},{y},{float(ref[i, t])!r}")
    path.write_text("\n".join(rows) + "\n")
    return path


def test_kbli_sections_are_analysed_as_given(tmp_path: Path) -> None:
    """KBLI 2020 sections A-U (M and N apart, R, S, T, U apart) are not PDRB categories:
    today refused as "unknown PDRB category 'M'"."""
    rng = np.random.default_rng(0)
    x = rng.uniform(1, 100, size=(4, len(SECTIONS), 3))
    f = _long(tmp_path / "kbli.csv", x, ["7201", "7202", "7203", "7204"], SECTIONS,
              (2019, 2020, 2021))
    p = read_panel(f)
    assert p.industry_codes == tuple(SECTIONS)
    assert p.classification == "kbli2020_section"
    assert p.industry_names[SECTIONS.index("M")] == "Aktivitas Profesional, Ilmiah dan Teknis"
    np.testing.assert_array_equal(p.values, x)
    runner = CliRunner()
    res = runner.invoke(build_app(), ["analyze", str(f), "--all-regions", "--quiet",
                                      "--out", str(tmp_path / "a")])
    assert res.exit_code == 0, res.output
    lq = pl.read_csv(tmp_path / "a" / "location_quotient.csv")
    assert set(lq["industry_code"]) == set(SECTIONS)


def test_kbli_digits_and_labels_are_kept(tmp_path: Path) -> None:
    x = np.arange(1, 2 * 3 * 2 + 1, dtype=float).reshape(2, 3, 2)
    p = read_panel(_long(tmp_path / "k.csv", x, ["7201", "7202"], ["10", "1079", "46100"],
                         (2020, 2021)))
    assert p.classification == "kbli2020"
    assert p.industry_names[0] == "INDUSTRI MAKANAN" and p.industry_names[2] == "46100"
    q = read_panel(_long(tmp_path / "l.csv", x, ["7201", "7202"], ["padi", "kopi", "x-1"],
                         (2020, 2021)))
    assert q.classification == "other" and q.industry_codes == ("padi", "kopi", "x-1")


def test_years_with_gaps_against_reat(tmp_path: Path) -> None:
    """REAT's 4 x 5 x 3 panel (2001-2003) without its middle year, as a census would give
    it: LQ per year, classic and Esteban-Marquillas shift-share first -> last year,
    specialisation per year and Klassen's CAGR are REAT's numbers; dynamic methods are left
    out and said (today: "the methods need consecutive years")."""
    keep = [0, 2]
    regions = ["7201", "7202", "7203", "7204"]
    industries = ["A", "B", "C", "F", "G"]
    f = _long(tmp_path / "census.csv", X[:, :, keep], regions, industries, (2001, 2003),
              ref=REF[:, keep])
    res = CliRunner().invoke(build_app(), [
        "--lang", "en", "analyze", str(f), "--all-regions", "--reference", "9999",
        "--out", str(tmp_path / "out")], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "dynamic_lq, lq_quadrant, shift_share_dynamic, leading_industries" in res.output
    assert "need every year" in res.output
    out = tmp_path / "out"
    assert not (out / "dynamic_lq.csv").exists()

    def cube(name: str, col: str, years: bool = False) -> np.ndarray:
        t = pl.read_csv(out / f"{name}.csv", schema_overrides={"region_code": pl.String,
                                                               "industry_code": pl.String})
        keys = ["region_code", "industry_code"] + (["year"] if years else [])
        t = t.sort(keys)
        return t[col].to_numpy().reshape(4, 5, -1) if years else \
            t[col].to_numpy().reshape(4, 5)

    assert_agrees(cube("location_quotient", "lq", years=True), reat("panel_locq")[:, :, keep])
    ss = {k: cube("shift_share", k) for k in (
        "actual_change", "national_share", "industry_mix", "regional_share",
        "em_competitive", "em_allocation")}
    assert_agrees(reat_dunn_totals(ss), reat("panel_shift_Dunn"))
    assert_agrees(reat_esteban_totals(ss), reat("panel_shift_Esteban"))
    spec = pl.read_csv(out / "specialization.csv").sort(["region_code", "year"])
    assert_agrees(spec["krugman"].to_numpy().reshape(4, 2), reat("panel_krugman")[:, keep])
    # Klassen: growth annualised over the two years spanned, REAT's geometric mean growth
    assert_agrees(cube("klassen", "growth"), reat("panel_growth_geom"))
    assert_agrees(cube("klassen", "growth"), cagr(X))
