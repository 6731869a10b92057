"""``rancang io`` end to end through the CLI runner."""

import numpy as np
import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app, main
from rancang.reference.pdrb import CATEGORY_CODES
from rancang.sources.bps_io_synthetic import (
    synthetic_io_table,
    synthetic_sector_mapping,
    write_bps_io_xlsx,
)

FILES = {"coefficients.csv", "leontief.csv", "multipliers.csv", "linkages.csv", "io.xlsx"}


@pytest.fixture()
def table52(tmp_path):
    return write_bps_io_xlsx(synthetic_io_table(52, seed=5), tmp_path / "io52.xlsx")


@pytest.fixture()
def panel_csv(tmp_path):
    rng = np.random.default_rng(0)
    rows = ["region_code,industry_code,year,value"]
    for region in ("9901", "9902", "9903", "9999"):  # 9999: national reference row
        for cat in CATEGORY_CODES:
            for year in (2015, 2016):
                rows.append(f"{region},{cat},{year},{rng.uniform(10, 100):.3f}")
    path = tmp_path / "pdrb.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_io_national_table_without_region(tmp_path, table52):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), ["io", str(table52), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "DATA SINTETIS" in result.output
    assert FILES | {"imports.csv"} <= {p.name for p in out.iterdir()}
    mult = pl.read_csv(out / "multipliers.csv")
    assert mult.columns[:5] == ["sector", "output", "income", "employment", "sector_name"]
    assert {"income", "employment"} <= set(mult.columns)
    assert mult["income"].is_nan().sum() == 0  # the synthetic table has compensation
    assert mult["employment"].is_nan().all()  # no employment file: NaN, not zero
    links = pl.read_csv(out / "linkages.csv")
    assert links.columns[:5] == ["sector", "backward", "forward", "key_sector", "sector_name"]
    assert pl.read_csv(out / "leontief.csv").height == 52 * 52
    wb = openpyxl.load_workbook(out / "io.xlsx", read_only=True)
    assert wb.sheetnames[0] == "Keterangan" and "Pengganda" in wb.sheetnames


def test_io_regionalised_with_mapping_and_employment(tmp_path, table52, panel_csv):
    mapping = tmp_path / "map.csv"
    mapping.write_text("io_sector,pdrb_category\n" + "".join(
        f"{k},{v}\n" for k, v in synthetic_sector_mapping(52).items()))
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("sector,workers\n" + "".join(f"{k:03d},{100 + k}\n" for k in range(1, 53)))
    out = tmp_path / "out"
    args = ["io", str(table52), "--panel", str(panel_csv), "--region", "9902",
            "--method", "flq", "--delta", "0.25", "--mapping", str(mapping),
            "--employment", str(jobs), "--out", str(out), "--lang", "en"]
    result = CliRunner().invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    assert "Key sectors" in result.output and "FLQ (delta = 0.25" in result.output
    lq = pl.read_csv(out / "location_quotients.csv")
    assert lq.height == 52 and set(lq["pdrb_category"]) == set(CATEGORY_CODES)
    mult = pl.read_csv(out / "multipliers.csv")
    assert mult["employment"].is_nan().sum() == 0
    imports = pl.read_csv(out / "imports.csv")
    assert (imports["import_leakage"] >= 0).all()


def test_io_national_table_needs_mapping_for_region(tmp_path, table52, panel_csv, capsys):
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as info:
        main(["io", str(table52), "--panel", str(panel_csv), "--region", "9902",
              "--out", str(out)])
    assert info.value.code == 2
    assert "--mapping" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.usefixtures("english")
def test_io_bad_file_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    write_bps_io_xlsx(synthetic_io_table(5, seed=1), bad)
    wb = openpyxl.load_workbook(bad)
    wb.active["F7"] = "n/a"
    wb.save(bad)
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as info:
        main(["io", str(bad), "--out", str(out)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "bad.xlsx" in err and "row 7" in err and "column 'F'" in err
    assert not out.exists()


@pytest.mark.realdata
def test_io_real_table_regionalised_to_makassar(tmp_path, bps_io_dir, bps_pdrb_dir):
    table = next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx"))
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "io", str(table), "--panel", str(bps_pdrb_dir), "--region", "7371", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7300 Provinsi Sulawesi Selatan" in result.output  # province row as reference
    lq = pl.read_csv(out / "location_quotients.csv")
    # Makassar has almost no mining: SLQ of B far below 1
    assert lq.filter(pl.col("sector") == "B")["slq"][0] < 0.01
    mult = pl.read_csv(out / "multipliers.csv")
    assert mult["income"].is_nan().all()  # the provincial table has no compensation row
    assert (mult["output"] >= 1).all()


def test_employment_multiplier_states_its_unit(tmp_path, table52):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), ["io", str(table52), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "orang per juta rupiah permintaan akhir" in result.output
    wb = openpyxl.load_workbook(out / "io.xlsx")
    header = next(wb["Pengganda"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert "Pengganda tenaga kerja (orang per juta rupiah)" in header


def test_summary_does_not_repeat_tabel(tmp_path, table52):
    result = CliRunner().invoke(build_app(), ["io", str(table52), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "Tabel Tabel" not in result.output
    assert "Judul tabel" in result.output
