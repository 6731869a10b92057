"""Opportunity drivers: explained when no present industry is near; decimal comma in id XLSX."""

import re

import openpyxl
import polars as pl
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.complexity.service import NO_DRIVERS


def _clusters(tmp_path):
    # regions 1x do A and B, regions 2x do C and D; E (in 12 and 22) links the two, but no
    # region does A and C together: C has no near present industry in region 11
    rows = ["region_code,industry_code,year,value"]
    big = {"11": "AB", "12": "ABE", "21": "CD", "22": "CDE"}
    for region, strong in big.items():
        for ind in "ABCDE":
            rows.append(f"{region},{ind},2020,{100.0 if ind in strong else 1.0}")
    path = tmp_path / "clusters.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_opportunity_without_near_present_industry_is_explained(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(build_app(), [
        "complexity", str(_clusters(tmp_path)), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    opp = pl.read_csv(out / "opportunities.csv")
    assert opp["drivers"].null_count() == 0 and (opp["drivers"] != "").all()
    lonely = opp.filter(pl.col("drivers") == NO_DRIVERS[1])
    assert lonely.height > 0
    wb = openpyxl.load_workbook(out / "complexity.xlsx")
    cells = [c for row in wb["Peluang diversifikasi"].iter_rows(values_only=True)
             for c in row if isinstance(c, str)]
    assert NO_DRIVERS[0] in cells and NO_DRIVERS[1] not in cells


def _drivers_cells(path, sheet):
    rows = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    labels = ("Industri pendorong (kedekatan)", "Driving industries (proximity)")
    h = next(k for k, r in enumerate(rows) if any(c in labels for c in r))
    col = next(j for j, c in enumerate(rows[h]) if c in labels)
    return [r[col] for r in rows[h + 1:]]


def test_driver_proximities_use_the_languages_decimal_separator(tmp_path):
    from rancang.sources.synthetic import demo_province

    path = tmp_path / "demo.csv"
    demo_province().to_long().write_csv(path)
    for lang, sheet in (("id", "Peluang diversifikasi"), ("en", "Opportunities")):
        out = tmp_path / lang
        result = CliRunner().invoke(build_app(), [
            "complexity", str(path), "--out", str(out), "--quiet", "--lang", lang])
        assert result.exit_code == 0, result.output
        csv_first = pl.read_csv(out / "opportunities.csv")["drivers"][0]
        assert re.search(r"\(\d\.\d\d\)", csv_first)  # CSV stays machine-readable
        first = _drivers_cells(out / "complexity.xlsx", sheet)[0]
        pattern = r"\(\d,\d\d\)" if lang == "id" else r"\(\d\.\d\d\)"
        assert re.search(pattern, first), first


def test_english_about_sheet_has_no_indonesian(tmp_path):
    from rancang.sources.synthetic import demo_province

    path = tmp_path / "demo.csv"
    demo_province().to_long().write_csv(path)
    out = tmp_path / "en"
    result = CliRunner().invoke(build_app(), [
        "complexity", str(path), "--out", str(out), "--quiet", "--lang", "en"])
    assert result.exit_code == 0, result.output
    rows = openpyxl.load_workbook(out / "complexity.xlsx")["About"]
    text = " ".join(str(c) for r in rows.iter_rows(values_only=True) for c in r if c)
    assert "masukan pengguna" not in text and "definisi sama" not in text
    assert "same definitions as ecomplexity" in text
