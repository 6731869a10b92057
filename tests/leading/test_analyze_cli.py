"""``rancang analyze`` and ``rancang demo`` end to end through the CLI runner."""

import openpyxl
import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")

EXPECTED = {
    "location_quotient": ["region_code", "industry_code", "year", "lq"],
    "dynamic_lq": ["region_code", "industry_code", "dlq"],
    "lq_quadrant": ["region_code", "industry_code", "slq", "dlq", "quadrant"],
    "shift_share": ["region_code", "industry_code", "actual_change", "national_share",
                    "industry_mix", "regional_share", "em_competitive", "em_allocation"],
    "klassen": ["region_code", "industry_code", "growth", "reference_growth", "share",
                "reference_share", "quadrant"],
    "specialization": ["region_code", "year", "krugman", "hoover", "herfindahl",
                       "herfindahl_normalized", "theil", "gini", "gini_specialization"],
}


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(build_app(), ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "DATA SINTETIS" in result.output
    return out


def test_demo_writes_every_table(demo_out):
    for name, cols in EXPECTED.items():
        frame = pl.read_csv(demo_out / "analysis" / f"{name}.csv")
        assert frame.columns == cols
    lead = pl.read_csv(demo_out / "analysis" / "leading_industries.csv")
    assert lead.columns[:6] == ["region_code", "industry_code", "score", "rank", "rank_low",
                                "rank_high"]
    wb = openpyxl.load_workbook(demo_out / "analysis" / "analysis.xlsx", read_only=True)
    assert wb.sheetnames[0] == "Keterangan" and "Industri unggulan" in wb.sheetnames


def test_analyze_one_region_with_period_and_reference(demo_out, tmp_path):
    out = tmp_path / "a"
    args = ["analyze", str(demo_out / "input"), "--region", "9903", "--reference", "9900",
            "--from", "2015", "--to", "2022", "--out", str(out), "--lang", "en",
            "-w", "slq=1", "-w", "growth=1"]
    result = CliRunner().invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    lq = pl.read_csv(out / "location_quotient.csv", schema_overrides={"region_code": pl.String})
    assert set(lq["region_code"]) == {"9903"}
    assert lq["year"].min() == 2015 and lq["year"].max() == 2022
    lead = pl.read_csv(out / "leading_industries.csv")
    assert {"contribution_slq", "contribution_growth"} <= set(lead.columns)
    assert "contribution_dlq" not in lead.columns
    assert "leading industries" in result.output


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--region", "1234"], "region '1234' is not in the data"),
        (["--reference", "7700"], "reference '7700'"),
        (["--from", "2030"], "year 2030 is not in the data"),
        (["--from", "2020", "--to", "2015"],
         "the first year of the period (2020) is after its last year (2015)"),
        (["-w", "slq=abc"], "NAME=NUMBER"),
    ],
)
def test_analyze_usage_errors(demo_out, tmp_path, extra, needle, capsys):
    from rancang.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(demo_out / "input"), "--out", str(tmp_path / "x"), "-q", *extra])
    assert exc.value.code == 2
    captured = capsys.readouterr()
    assert needle in " ".join((captured.err + captured.out).split())
    assert not (tmp_path / "x" / "analysis.xlsx").exists()


def test_analyze_usage_error_message_is_shown(demo_out, tmp_path, capsys):
    from rancang.cli import main

    with pytest.raises(SystemExit):
        main(["analyze", str(demo_out / "input"), "--region", "1234", "-q",
              "--out", str(tmp_path / "y")])
    assert "region '1234' is not in the data" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "needles"),
    [
        (["-w", "slq=abc"], {"id": "tidak berbentuk NAMA=ANGKA", "en": "is not NAME=NUMBER"}),
        (["-w", "slq=-1"], {"id": "'slq=-1' harus angka tak negatif",
                            "en": "'slq=-1' must be a finite number of zero or more"}),
        (["--region", "9903", "--all-regions"],
         {"id": "tidak keduanya", "en": "not both"}),
        (["--quadrant-convention", "x"],
         {"id": "harus 'base-first' atau 'growth-first'", "en": "must be 'base-first' or"}),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_analyze_usage_errors_in_the_call_language(demo_out, tmp_path, extra, needles, lang,
                                                   capsys):
    from rancang.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["analyze", str(demo_out / "input"), "--out", str(tmp_path / "x"), "-q",
              "--lang", lang, *extra])
    assert exc.value.code == 2
    shown = " ".join("".join(capsys.readouterr()).split())
    assert needles[lang] in shown
    assert needles["en" if lang == "id" else "id"] not in shown
