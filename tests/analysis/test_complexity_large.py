"""A large complexity result (issue 11 §2): full matrices as Parquet, the top
opportunities of each region in the CSV and workbook, drivers and rank intervals computed
for those only (said), the same intervals as computing them for every candidate."""

import polars as pl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.complexity import service
from rancang.sources.synthetic import synthetic_panel


@pytest.fixture()
def long_csv(tmp_path):
    panel = synthetic_panel(40, 60, 1, seed=5)
    path = tmp_path / "long.csv"
    panel.to_long().select("region_code", "industry_code", "year", "value").write_csv(path)
    return path


def test_large_result_intervals_for_the_top_only(long_csv, tmp_path, monkeypatch):
    small = service.complexity_from_files(
        [long_csv], service.ComplexityOptions(rank_samples=12))
    monkeypatch.setattr(service, "LARGE_CELLS", 100)  # 40 x 60 cells: "large"
    out = tmp_path / "cx"
    result = CliRunner().invoke(build_app(), [
        "complexity", str(long_csv), "--lang", "en", "--top", "5", "--samples", "12",
        "--out", str(out)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "Drivers and rank intervals are computed for those top 5 only" in said
    full = pl.read_parquet(out / "opportunities.parquet")
    top = full.filter(pl.col("rank") <= 5)
    rest = full.filter(pl.col("rank") > 5)
    assert top["rank_low"].null_count() == 0 and top["drivers"].null_count() == 0
    assert rest["rank_low"].null_count() == rest.height == rest["rank_high"].null_count()
    assert rest["drivers"].null_count() == rest.height
    shown = pl.read_csv(out / "opportunities.csv",
                        schema_overrides={"region_code": pl.String,
                                          "industry_code": pl.String})
    assert shown.height == top.height == 40 * 5
    reference = small.tables["opportunities"].filter(pl.col("rank") <= 5).sort(
        "region_code", "rank")
    got = shown.sort("region_code", "rank")
    for col in ("industry_code", "rank", "rank_low", "rank_high", "drivers"):
        assert got[col].to_list() == reference[col].to_list(), col
