"""``rancang targets`` end to end through the CLI runner."""

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app, main
from rancang.reference.pdrb import CATEGORY_CODES


@pytest.fixture()
def panel_csv(tmp_path):
    rows = ["region_code,industry_code,year,value"]
    for y, year in enumerate(range(2015, 2021)):
        for k, cat in enumerate(CATEGORY_CODES):
            base = 20.0 if cat == "C" else 5.0 + k
            growth = 1.08 if cat == "C" else 1.04
            dip = 0.9 if year == 2020 and cat == "C" else 1.0
            rows.append(f"9901,{cat},{year},{base * growth ** y * dip:.4f}")
            rows.append(f"9902,{cat},{year},{base * 1.03 ** y:.4f}")
    path = tmp_path / "pdrb.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_targets_writes_every_table(tmp_path, panel_csv):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(panel_csv), "--region", "9901", "--target-share", "25",
        "--target-year", "2030", "--rest-growth", "4", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Pertumbuhan industri yang diperlukan" in result.output
    assert {p.name for p in out.iterdir()} == {
        "indicators.csv", "required_growth.csv", "pathways.csv", "exposure.csv",
        "targets.xlsx"}
    paths = pl.read_csv(out / "pathways.csv")
    assert paths.columns == ["year", "scenario", "value", "share", "region_code"]
    assert set(paths["scenario"]) == {"actual", "trend", "target", "recession"}
    target = paths.filter(pl.col("scenario") == "target").sort("year")
    assert target["share"][-1] == pytest.approx(25.0, rel=1e-9)
    assert target["year"][-1] == 2030
    req = pl.read_csv(out / "required_growth.csv")
    assert req["target"][0] == "user" and req["rest_growth"][0] == pytest.approx(4.0)
    assert "ripin_2035" in set(req["target"])
    ex = pl.read_csv(out / "exposure.csv")
    assert ex["exposure_rank"].to_list() == list(range(1, 18))
    assert ex["industry_code"][0] == "C"  # the only industry that dipped with the total
    wb = openpyxl.load_workbook(out / "targets.xlsx", read_only=True)
    assert wb.sheetnames[0] == "Keterangan"


def test_targets_bad_target_year(tmp_path, panel_csv, capsys):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as info:
        main(["targets", str(panel_csv), "--region", "9901", "--target-year", "2019",
              "--out", str(out)])
    assert info.value.code == 2
    assert "target-year" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.realdata
def test_targets_real_morowali(tmp_path, bps_pdrb_dir):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "targets", str(bps_pdrb_dir), "--region", "72.06", "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    ind = pl.read_csv(out / "indicators.csv", schema_overrides={"region_code": pl.String})
    share = ind.filter(pl.col("indicator") == "manufacturing_share")["value"][0]
    # Morowali (BPS 7203): nickel smelting, manufacturing is 65.7 % of PDRB in 2020
    assert share == pytest.approx(65.74, abs=0.01)
    assert ind["region_code"][0] == "7203"
