"""Hand-checked figures for Morowali (BPS 7203 = Kemendagri 72.06) on the real BPS files."""

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app

pytestmark = pytest.mark.realdata

# PDRB ADHK 2020, billion rupiah, read off the BPS file by eye (17 categories A..R_S_T_U)
MOROWALI_2020 = [1397.64, 10317.36, 28893.19, 1.71, 3.94, 1916.34, 589.75, 40.63, 13.0,
                 195.38, 121.1, 107.16, 2.34, 153.98, 85.17, 68.12, 40.7]
NATIONAL_2020 = [1378398.9, 790475.2, 2209920.3, 108826.4, 9449.3, 1072334.8, 1385651.2,
                 393418.9, 299122.4, 652062.9, 457486.5, 324259.4, 195671.1, 365446.0,
                 350272.8, 142227.3, 196608.9]


def test_morowali_manufacturing_lq_against_the_national_row(bps_pdrb_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "analyze", str(bps_pdrb_dir), "--region", "72.06", "--reference", "9999",
        "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    lq = pl.read_csv(out / "location_quotient.csv", schema_overrides={"region_code": pl.String})
    row = lq.filter((pl.col("industry_code") == "C") & (pl.col("year") == 2020))
    assert row["region_code"].to_list() == ["7203"]  # codes come out as they came in
    # by hand: manufacturing share of Morowali / manufacturing share of Indonesia
    expected = (28893.19 / 43947.51) / (2209920.3 / sum(NATIONAL_2020))
    assert sum(MOROWALI_2020) == pytest.approx(43947.51)
    assert row["lq"][0] == pytest.approx(expected, rel=1e-9)
    assert row["lq"][0] > 3  # the nickel smelters of IMIP
    lead = pl.read_csv(out / "leading_industries.csv")
    assert lead.sort("rank")["industry_code"][0] == "C"


def test_analyze_warns_about_bps_rows_that_do_not_add_up(bps_pdrb_dir, tmp_path):
    """The 2014 row of BPS 3507 (Kab. Malang) sums to 1,700,487.56 against a total of 52,550.42."""
    result = CliRunner().invoke(build_app(), [
        "analyze", str(bps_pdrb_dir), "--region", "7203", "--out", str(tmp_path / "o"),
        "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "9 BPS rows whose categories do not add up" in text
    assert "region 3507 2014" in text and "+3135.9%" in text


def test_quadrant_convention_is_a_choice_written_in_the_workbook(bps_pdrb_dir, tmp_path):
    """Morowali B (mining): SLQ 1.43 > 1, DLQ 0.49 <= 1 against Sulawesi Tengah 2013-2020."""
    import openpyxl

    labels = {}
    for convention in ("base-first", "growth-first"):
        out = tmp_path / convention
        result = CliRunner().invoke(build_app(), [
            "analyze", str(bps_pdrb_dir), "--region", "72.06", "--reference", "7200",
            "--quadrant-convention", convention, "--out", str(out), "-q"])
        assert result.exit_code == 0, result.output
        quad = pl.read_csv(out / "lq_quadrant.csv", schema_overrides={"region_code": pl.String})
        labels[convention] = quad.filter(pl.col("industry_code") == "B")["quadrant"][0]
        book = openpyxl.load_workbook(out / "analysis.xlsx", read_only=True)
        try:  # a read-only workbook holds its file open until closed
            about = book["Keterangan"]
            text = " ".join(str(c) for row in about.iter_rows(values_only=True)
                            for c in row if c)
        finally:
            book.close()
        assert f"'{convention}': SLQ" in text
    assert labels == {"base-first": "andalan", "growth-first": "prospektif"}
    bad = CliRunner().invoke(build_app(), ["analyze", str(bps_pdrb_dir), "--region", "7203",
                                           "--quadrant-convention", "x", "--out",
                                           str(tmp_path / "bad")])
    assert bad.exit_code != 0 and not (tmp_path / "bad").exists()
