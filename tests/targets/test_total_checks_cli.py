"""complexity, targets and io --panel warn about BPS rows that miss their total column."""

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.targets import TargetOptions, run_targets
from rancang.sources.synthetic import demo_province


@pytest.fixture(scope="module")
def three_years(bps_pdrb_dir):
    return [next(bps_pdrb_dir.glob(f"*tahun {y}.xlsx")) for y in (2013, 2014, 2015)]


@pytest.mark.realdata
def test_complexity_warns_about_total_column(tmp_path, three_years):
    result = CliRunner().invoke(build_app(), [
        "complexity", *map(str, three_years), "--out", str(tmp_path / "c"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "baris BPS dengan jumlah kategori yang tidak sama" in result.output
    assert "wilayah 3507 2014" in result.output


@pytest.mark.realdata
def test_targets_warns_about_the_regions_own_rows(tmp_path, three_years):
    result = CliRunner().invoke(build_app(), [
        "targets", *map(str, three_years), "--region", "3507", "--out", str(tmp_path / "t"),
        "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "BPS rows whose categories do not add up" in result.output
    assert "region 3507's own data contains flagged rows (2014)" in result.output
    assert "2 annual growth observations" in result.output


@pytest.mark.realdata
def test_io_panel_warns_about_total_column(tmp_path, three_years, bps_io_dir):
    table = next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx"))
    result = CliRunner().invoke(build_app(), [
        "io", str(table), "--panel", *[a for f in three_years for a in ("--panel", str(f))][1:],
        "--region", "7371", "--year", "2015", "--out", str(tmp_path / "io")])
    assert result.exit_code == 0, result.output
    assert "baris BPS dengan jumlah kategori yang tidak sama" in result.output


def test_exposure_on_few_years_is_flagged():
    panel = demo_province()
    region = panel.region_codes[0]
    few = run_targets(panel.select_years(panel.years[0], panel.years[0] + 4),
                      TargetOptions(region=region, target_year=2040))
    assert any("4 annual growth observations" in n.en for n in few.notes)
