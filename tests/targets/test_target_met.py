"""A target share that is already exceeded is "already met", and its path keeps the share."""

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.reference.pdrb import CATEGORY_CODES


@pytest.fixture()
def industrial(tmp_path):
    # 9901: manufacturing about half of PDRB and growing slower than the rest
    rows = ["region_code,industry_code,year,value"]
    for y, year in enumerate(range(2015, 2021)):
        for cat in CATEGORY_CODES:
            value = 160.0 * 1.01 ** y if cat == "C" else 10.0 * 1.05 ** y
            rows.append(f"9901,{cat},{year},{value:.4f}")
            rows.append(f"9902,{cat},{year},{10.0 * 1.03 ** y:.4f}")
    path = tmp_path / "pdrb.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize(("lang", "words"), [("id", "sudah tercapai"), ("en", "already met")])
def test_target_already_met(tmp_path, industrial, lang, words):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(industrial), "--region", "9901", "--target-share", "30",
        "--target-year", "2035", "--rest-growth", "5", "--out", str(out), "--lang", lang])
    assert result.exit_code == 0, result.output
    assert words in result.output
    assert "diperlukan untuk 30" not in result.output
    req = pl.read_csv(out / "required_growth.csv").filter(pl.col("target") == "user")
    assert req["status"][0] == "already_met" and req["base_share"][0] > 30
    # minimum growth keeps the share exactly at the target in the target year (< rest growth)
    assert req["required_growth"][0] < 5
    target = pl.read_csv(out / "pathways.csv").filter(pl.col("scenario") == "target")
    share = target.sort("year")["share"]
    assert share[-1] == pytest.approx(share[0], rel=1e-9)  # held, not driven down to 30 %
    assert (share.diff().drop_nulls() >= -1e-9).all()


def test_target_to_reach_keeps_required_growth(tmp_path, industrial):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(industrial), "--region", "9901", "--target-share", "80",
        "--target-year", "2035", "--out", str(out)])
    assert result.exit_code == 0, result.output
    req = pl.read_csv(out / "required_growth.csv").filter(pl.col("target") == "user")
    assert req["status"][0] == "to_reach"
    share = pl.read_csv(out / "pathways.csv").filter(pl.col("scenario") == "target")["share"]
    assert share[-1] == pytest.approx(80.0, rel=1e-9)


@pytest.mark.parametrize("shock", ["2020", "2010", "2036"])
def test_shock_year_outside_the_projection_is_refused(tmp_path, industrial, capsys, shock):
    from rancang.cli import main

    out = tmp_path / "out"
    with pytest.raises(SystemExit) as info:
        main(["targets", str(industrial), "--region", "9901", "--target-year", "2035",
              "--shock-year", shock, "--out", str(out)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"--shock-year {shock}" in err and "2021-2035" in err
    assert not out.exists()


def test_shock_in_the_target_year_is_allowed(tmp_path, industrial):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(industrial), "--region", "9901", "--target-year", "2030",
        "--shock-year", "2030", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rec = pl.read_csv(out / "pathways.csv").filter(pl.col("scenario") == "recession")
    assert rec["year"].max() == 2030


def test_ripin_comparison_caveats(tmp_path, industrial):
    import openpyxl

    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(industrial), "--region", "9901", "--out", str(out)])
    assert result.exit_code == 0, result.output
    ind = pl.read_csv(out / "indicators.csv")
    notes = dict(zip(ind["indicator"], ind["ripin_note"], strict=True))
    assert "non-oil-and-gas" in notes["manufacturing_growth"]
    assert "GDP (net taxes on products included)" in notes["manufacturing_share"]
    assert "sum of the 17 categories" in notes["manufacturing_share"]
    about = [r for r in openpyxl.load_workbook(out / "targets.xlsx")["Keterangan"]
             .iter_rows(values_only=True)]
    text = " ".join(str(c) for r in about for c in r if c)
    assert "nonmigas" in text and "jumlah 17 kategori" in text
