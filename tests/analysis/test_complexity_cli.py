"""``rancang complexity`` end to end: demo data, real BPS files, bad input."""

import numpy as np
import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.complexity import ComplexityOptions, run_complexity
from rancang.panel import Panel
from rancang.sources.synthetic import demo_province

COLUMNS = {
    "complexity": ["region_code", "industry_code", "year", "rca", "mcp", "density", "cog"],
    "eci": ["region_code", "year", "eci", "diversity", "coi"],
    "pci": ["industry_code", "year", "pci", "ubiquity"],
    "opportunities": ["region_code", "industry_code", "year", "score", "rank", "rank_low",
                      "rank_high", "drivers"],
}
STRING = {"region_code": pl.String, "industry_code": pl.String}


@pytest.fixture(scope="module")
def demo_csv(tmp_path_factory):
    panel = demo_province()
    path = tmp_path_factory.mktemp("in") / "pdrb_demo.csv"
    panel.to_long().vstack(panel.references.to_long()).write_csv(path)
    return path


def _read(out, name):
    return pl.read_csv(out / f"{name}.csv", schema_overrides=STRING)


def test_demo_writes_every_table(demo_csv, tmp_path):
    out = tmp_path / "cx"
    result = CliRunner().invoke(build_app(), ["complexity", str(demo_csv), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Peringatan" in result.output and "KBLI" in result.output  # 17 categories only
    for name, cols in COLUMNS.items():
        assert _read(out, name).columns == cols
    cx = _read(out, "complexity")
    assert cx.height == 12 * 17 * 12  # every region x industry x year, present or not
    assert set(cx["region_code"]) == {f"99{k:02d}" for k in range(1, 13)}  # not 9900
    absent = cx.filter(pl.col("mcp") == 0)
    assert absent["density"].is_not_null().all() and absent.height > 0
    opp = _read(out, "opportunities")
    assert set(opp["year"]) == {2024}
    assert opp.height == absent.filter(pl.col("year") == 2024).height
    first = opp.filter((pl.col("region_code") == "9901") & (pl.col("rank") == 1)).row(0, named=True)
    assert first["drivers"].count("(") == 3
    wb = openpyxl.load_workbook(out / "complexity.xlsx", read_only=True)
    assert wb.sheetnames[0] == "Keterangan" and "Peluang diversifikasi" in wb.sheetnames
    about = [r for r in wb["Keterangan"].iter_rows(values_only=True) if r and r[0]]
    assert any(str(r[0]).startswith("Peringatan") for r in about)


def test_options_threshold_weights_years_english(demo_csv, tmp_path):
    out = tmp_path / "en"
    args = ["complexity", str(demo_csv), "--out", str(out), "--threshold", "1.25",
            "-w", "density=1", "-w", "pci=1", "--from", "2020", "--all-years", "--lang", "en",
            "--samples", "20"]
    result = CliRunner().invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    assert "Warning" in result.output and "opportunities" in result.output
    opp = _read(out, "opportunities")
    assert set(opp["year"]) == set(range(2020, 2025))
    cx = _read(out, "complexity")
    assert (cx.filter(pl.col("mcp") == 1)["rca"] >= 1.25).all()
    wb = openpyxl.load_workbook(out / "complexity.xlsx", read_only=True)
    assert "Opportunities" in wb.sheetnames


def test_python_api_has_the_same_tables(demo_csv):
    res = run_complexity(demo_province(), ComplexityOptions(rank_samples=20))
    assert {k: v.columns for k, v in res.tables.items()} == COLUMNS
    assert res.warnings("en")[0].startswith("Only the 17 PDRB categories")


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("extra", "needle"),
    [(["--threshold", "0"], "threshold"), (["-w", "size=1"], "unknown weight"),
     (["-w", "density"], "NAME=NUMBER"), (["--lang", "fr"], "id or en"),
     (["-w", "density=0"], "more than zero")],
)
def test_bad_options_are_usage_errors(demo_csv, tmp_path, extra, needle):
    result = CliRunner().invoke(
        build_app(), ["complexity", str(demo_csv), "--out", str(tmp_path), *extra]
    )
    assert result.exit_code == 2
    assert needle in result.output


@pytest.mark.usefixtures("english")  # the assertions read English messages
def test_bad_input_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("region_code,industry_code,year,value\n7201,A,2020,-5\n7202,A,2020,3\n"
                   "7201,B,2020,1\n7202,B,2020,1\n")
    result = CliRunner().invoke(build_app(), ["complexity", str(bad), "--out", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "negative value -5" in result.output and "bad.csv" in result.output
    # a panel built in Python is checked by the service itself
    values = np.array([[[1.0], [-2.0]], [[1.0], [1.0]]])
    panel = Panel(values=values, region_codes=("a", "b"), industry_codes=("A", "B"),
                  years=(2020,))
    with pytest.raises(InputError, match="non-negative"):
        run_complexity(panel)
    with pytest.raises(InputError, match="two regions"):
        run_complexity(panel.select_regions(["a"]))


@pytest.mark.realdata
def test_real_bps_pdrb(bps_pdrb_dir, tmp_path):
    out = tmp_path / "bps"
    args = ["complexity", str(bps_pdrb_dir), "--from", "2019", "--out", str(out), "-q"]
    result = CliRunner().invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    assert "17 kategori PDRB" in result.output  # the warning shows even when quiet
    eci = _read(out, "eci")
    assert eci.height == 514 * 2
    e = eci.filter(pl.col("year") == 2020)["eci"].to_numpy()
    assert abs(np.nanmean(e)) < 1e-9 and abs(np.nanstd(e) - 1) < 1e-9
    pci = _read(out, "pci").filter(pl.col("year") == 2020)
    # mining (B) is concentrated in few regencies; trade (G) is everywhere
    ubiq = dict(zip(pci["industry_code"], pci["ubiquity"], strict=True))
    assert ubiq["B"] < ubiq["G"]
    opp = _read(out, "opportunities")
    morowali = opp.filter(pl.col("region_code") == "7203")
    assert morowali.height > 0 and (morowali["rank_low"] <= morowali["rank"]).all()
