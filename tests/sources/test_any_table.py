"""Any table a planner has (issue 11 §1): any classification, years with gaps, sparse
tables. Numbers on the gapped panel are checked against the R package REAT."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import polars as pl
from typer.testing import CliRunner

import rancang
from rancang.analysis import cagr
from rancang.cli import build_app
from rancang.core.errors import InputError
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
    assert p.industry_names[0] == "INDUSTRI MAKANAN"
    # every level of KBLI 2020 is named now (46100: a wholesale class), from the list itself
    with (Path(rancang.__file__).parent / "reference/data/kbli2020.csv").open(
            encoding="utf-8") as fh:
        kbli = {r["code"]: r["title"] for r in csv.DictReader(fh)}
    assert p.industry_names[1:] == (kbli["1079"], kbli["46100"])
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


def _sparse_table(path: Path, seed: int = 4) -> tuple[Path, int, int]:
    """A long table of 40 regions x 30 industries x 2 years that leaves out ~30 % zero
    cells, as trade and employment tables do; returns the path, rows and cells."""
    rng = np.random.default_rng(seed)
    rows = ["region_code,industry_code,year,value"]
    for y in (2019, 2020):
        for r in range(40):
            for i in range(30):
                if rng.random() < 0.3:
                    continue
                rows.append(f"R{r:02d},I{i:02d},{y},{rng.lognormal(2.0, 1.5):.6f}")
    path.write_text("\n".join(rows) + "\n")
    return path, len(rows) - 1, 40 * 30 * 2


def test_sparse_table_for_complexity_is_ecomplexity(tmp_path: Path) -> None:
    """Absent cells are zeros for complexity (today: "region R43 has 29 of 120
    industry-year values"), the count is said, and the ECI/PCI are those of ecomplexity
    0.5.3 run on the same sparse long table."""
    import contextlib
    import io
    import warnings

    import pytest

    ecomplexity = pytest.importorskip("ecomplexity")
    f, n_rows, n_cells = _sparse_table(tmp_path / "sparse.csv")
    res = CliRunner().invoke(build_app(), ["complexity", str(f), "--lang", "en", "--quiet",
                                           "--out", str(tmp_path / "c")], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert f"{n_cells - n_rows} of {n_cells} region-industry-year cells" in res.output
    frame = pl.read_csv(f).to_pandas()
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        theirs = ecomplexity.ecomplexity(frame, {"time": "year", "loc": "region_code",
                                                 "prod": "industry_code", "val": "value"},
                                         verbose=False)
    eci = pl.read_csv(tmp_path / "c" / "eci.csv").sort(["year", "region_code"])
    their_eci = theirs.groupby(["year", "region_code"])["eci"].first().sort_index()
    np.testing.assert_allclose(eci["eci"].to_numpy(), their_eci.to_numpy(), atol=1e-9)
    pci = pl.read_csv(tmp_path / "c" / "pci.csv").sort(["year", "industry_code"])
    their_pci = theirs.groupby(["year", "industry_code"])["pci"].first().sort_index()
    np.testing.assert_allclose(pci["pci"].to_numpy(), their_pci.to_numpy(), atol=1e-9)


def test_analyze_missing_zero_is_asked_for(tmp_path: Path) -> None:
    """``rancang analyze`` keeps refusing gaps by default and fills them with
    ``--missing zero``, saying how many; a BPS PDRB export's empty cell stays refused."""
    f, n_rows, n_cells = _sparse_table(tmp_path / "sparse.csv", seed=5)
    runner = CliRunner()
    refused = runner.invoke(build_app(), ["--lang", "en", "analyze", str(f), "--all-regions",
                                          "--quiet",
                                          "--out", str(tmp_path / "a")])
    assert refused.exit_code == 2, refused.output
    assert "industry-year values" in " ".join(refused.output.split())
    ok = runner.invoke(build_app(), ["--lang", "en", "analyze", str(f), "--all-regions",
                                     "--quiet", "--missing", "zero",
                                     "--out", str(tmp_path / "b")], terminal_width=200)
    assert ok.exit_code == 0, ok.output
    assert f"{n_cells - n_rows} of {n_cells}" in ok.output
    p = read_panel(f, missing="zero")
    assert int((p.values == 0).sum()) == n_cells - n_rows


def test_duplicates_of_a_large_table_are_all_located(tmp_path: Path, monkeypatch) -> None:
    """Above 500,000 rows duplicates are found by the panel's counting pass, then every
    duplicated row is listed with its location, as for a small table."""
    import rancang.sources.long as long_mod

    original = long_mod._check_cells

    def large(frame, where, decimal=None, *, check_duplicates=None):  # type: ignore[no-untyped-def]
        return original(frame, where, decimal,
                        check_duplicates=bool(check_duplicates))  # as for a large table

    monkeypatch.setattr(long_mod, "_check_cells", large)
    f = tmp_path / "dup.csv"
    f.write_text("region_code,industry_code,year,value\n7201,A,2020,1\n7201,B,2020,2\n"
                 "7202,A,2020,3\n7202,B,2020,4\n7201,A,2020,5\n7202,B,2020,6\n")
    try:
        read_panel(f)
    except InputError as exc:
        assert [(p.row, p.column) for p in exc.problems] == [
            (6, "region_code, industry_code, year"), (7, "region_code, industry_code, year")]
    else:
        raise AssertionError("duplicates were accepted")


def test_bps_export_keeps_refusing_empty_cells_with_missing_zero(tmp_path: Path) -> None:
    """``--missing zero`` is for tidy tables: an empty cell of a BPS PDRB export is still
    refused with its location."""
    from tests.sources.test_bad_input import good_rows, write_bps

    rows = good_rows()
    rows[1][2][2] = None
    f = write_bps(tmp_path / "bps.xlsx", 2020, rows)
    try:
        read_panel(f, missing="zero")
    except InputError as exc:
        assert exc.problems[0].row is not None and exc.problems[0].column is not None
    else:
        raise AssertionError("an empty BPS cell was accepted")
