"""BPS rows whose categories miss the published total: lost decimal points repaired.

``--bps-totals repair`` applies a correction only when exactly one (cell, power of ten)
reconciles the row with its total within 0.1 %; every flagged row is reported.
"""

import numpy as np
import openpyxl
import polars as pl
import pytest

from rancang import InputError
from rancang.reference.pdrb import CATEGORY_CODES, category_title
from rancang.sources import read_panel, read_panel_checked
from rancang.sources.checks import find_repair

PREFIX = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"


def write_bps(path, year, rows):
    """BPS web-table layout; rows = [(code, name, total, [17 values])]."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Flexmonster Pivot Table"
    titles = [f"{PREFIX} - {category_title(c)}" for c in CATEGORY_CODES]
    ws.append([None] * 6 + ["Indikator", "Tahun"])
    ws.append([None] * 6 + [PREFIX, *titles])
    ws.append(["IDPulau", "Pulau", "KodeProvinsi", "Nama Provinsi", "KodeWilayah",
               "Nama Wilayah", *([str(year)] * 18)])
    for code, name, total, values in rows:
        ws.append(["", "", "", "", code, name, total, *values])
    wb.save(path)
    return path


def _rows():
    honest = [10.0 + k for k in range(17)]
    lost = list(honest)
    lost[2] = 1200.0  # C: 12.00 typed without its decimal point
    twin = [10.0] * 17
    twin[1] = twin[2] = 1000.0  # B and C both 1000: either one x 0.01 fits the total
    return [
        ("7200", "Provinsi", sum(honest) * 3, [v * 3 for v in honest]),
        ("7203", "Morowali", sum(honest), lost),
        ("7206", "Toli-Toli", 170.0 - 20.0 + 1000.0 + 10.0, twin),
        ("7201", "Banggai", sum(honest), honest),
    ]


def test_find_repair_unique_ambiguous_none():
    x = np.array([10.0, 2000.0, 5.0])
    assert find_repair(x, 35.0) == ([(1, 0.01)], 1)
    assert find_repair(np.array([10.0, 1000.0, 1000.0]), 1020.0) == (None, 2)
    assert find_repair(np.array([10.0, 20.0]), 25.0) == (None, 0)
    # two lost decimal points, one pair fits
    fix, n = find_repair(np.array([5.0, 123400.0, 98700.0, 7.0]), 5 + 1234 + 987 + 7)
    assert (fix, n) == ([(1, 0.01), (2, 0.01)], 1)


def test_repair_applied_only_when_unique(tmp_path):
    f = write_bps(tmp_path / "p2020.xlsx", 2020, _rows())
    panel, checks = read_panel_checked([f])
    by_code = {c.region_code: c for c in checks}
    assert set(by_code) == {"7203", "7206"}
    c = panel.industry_codes.index("C")
    mor = panel.values[panel.region_index("7203"), :, 0]
    assert mor[c] == pytest.approx(12.0) and mor.sum() == pytest.approx(sum(range(10, 27)))
    assert by_code["7203"].applied and by_code["7203"].fixes[0].column == "J"
    # ambiguous: kept as published, reported with its two candidate corrections
    twin = panel.values[panel.region_index("7206"), :, 0]
    assert twin[1] == twin[2] == 1000.0
    assert not by_code["7206"].applied and by_code["7206"].candidates == 2
    assert "koreksi yang berbeda sama-sama cocok (ambigu)" in str(by_code["7206"].problem())
    assert "(ambiguous)" in by_code["7206"].problem().text("en")
    assert by_code["7206"].problem().row == 6
    # warn keeps every value as published; read_panel's default is warn
    raw = read_panel([f])
    assert raw.values[raw.region_index("7203"), c, 0] == 1200.0
    with pytest.raises(InputError, match="wilayah 7203 2020"):
        read_panel_checked([f], bps_totals="stop")


def test_analyze_repairs_by_default_and_reports_even_quiet(tmp_path):
    from typer.testing import CliRunner

    from rancang.cli import build_app

    write_bps(tmp_path / "p2019.xlsx", 2019, _rows())
    write_bps(tmp_path / "p2020.xlsx", 2020, [(a, b, t * 1.1, [v * 1.1 for v in x])
                                              for a, b, t, x in _rows()])
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "analyze", str(tmp_path / "p2019.xlsx"), str(tmp_path / "p2020.xlsx"),
        "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert "4 baris BPS" in err and "2 diperbaiki" in err and "(ambigu)" in err
    assert result.stdout.strip() == ""
    checks = pl.read_csv(out / "checks.csv", schema_overrides={"region_code": pl.String})
    assert checks.height == 4
    assert sorted(checks["status"].to_list()) == ["not_repaired", "not_repaired",
                                                   "repaired", "repaired"]
    wb = openpyxl.load_workbook(out / "analysis.xlsx", read_only=True)
    about = " ".join(str(c) for row in wb["Keterangan"].iter_rows(values_only=True)
                     for c in row if c)
    assert "--bps-totals repair" in about and "7203 2019" in about
    warn = tmp_path / "warn"
    result = CliRunner().invoke(build_app(), [
        "analyze", str(tmp_path / "p2019.xlsx"), str(tmp_path / "p2020.xlsx"),
        "--out", str(warn), "-q", "--bps-totals", "warn"])
    assert result.exit_code == 0
    assert set(pl.read_csv(warn / "checks.csv")["status"]) == {"repair_not_applied",
                                                               "not_repaired"}
    lq = pl.read_csv(out / "location_quotient.csv", schema_overrides={"region_code": pl.String})
    lq_warn = pl.read_csv(warn / "location_quotient.csv",
                          schema_overrides={"region_code": pl.String})
    assert not lq["lq"].equals(lq_warn["lq"])


@pytest.mark.realdata
def test_real_2014_rows_repaired_to_published_total(bps_pdrb_dir):
    panel, checks = read_panel_checked([bps_pdrb_dir])
    t = panel.years.index(2014)
    k = panel.region_index("3507")
    assert panel.values[k, :, t].sum() == pytest.approx(52550.42, rel=1e-3)
    b, c = panel.industry_codes.index("B"), panel.industry_codes.index("C")
    assert panel.values[k, b, t] == pytest.approx(1097.42)
    assert panel.values[k, c, t] == pytest.approx(15548.41)
    repaired = {(x.region_code, x.year) for x in checks if x.applied}
    assert repaired == {("3216", 2014), ("3328", 2014), ("3374", 2014), ("3507", 2014),
                        ("3522", 2014), ("3525", 2014)}
    kept = {(x.region_code, x.year) for x in checks if not x.applied}
    assert kept == {("9112", 2013), ("3375", 2014), ("6403", 2018)}


def test_every_verb_reads_bps_files_as_analyze_does(tmp_path):
    """One BPS rule: ``targets`` (like ``complexity`` and ``io --panel``) repairs the lost
    decimal point by default, as ``analyze`` and the web upload do, and says so."""
    from typer.testing import CliRunner

    from rancang.cli import build_app

    write_bps(tmp_path / "p2019.xlsx", 2019, _rows())
    write_bps(tmp_path / "p2020.xlsx", 2020, [(a, b, t * 1.1, [v * 1.1 for v in x])
                                              for a, b, t, x in _rows()])
    out = tmp_path / "t"
    result = CliRunner().invoke(build_app(), [
        "targets", str(tmp_path / "p2019.xlsx"), str(tmp_path / "p2020.xlsx"),
        "--region", "7203", "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    err = " ".join(result.stderr.split())
    assert "4 baris BPS" in err and "2 diperbaiki" in err and "checks.csv" not in err
    indicators = pl.read_csv(out / "indicators.csv", schema_overrides={"region_code": pl.String})
    share = indicators.filter(pl.col("indicator") == "manufacturing_share_start")["value"].item()
    # repaired C = 12 of a row summing to 10+11+...+26 = 306 (as published: 1200 of 1494)
    assert share == pytest.approx(100 * 12.0 / 306.0)


def test_services_of_complexity_and_io_repair(tmp_path):
    from rancang.features.complexity.service import ComplexityOptions, complexity_from_files

    files = [write_bps(tmp_path / "p2019.xlsx", 2019, _rows()),
             write_bps(tmp_path / "p2020.xlsx", 2020, _rows())]
    result = complexity_from_files(files, ComplexityOptions())
    assert sum(c.applied for c in result.checks) == 2
