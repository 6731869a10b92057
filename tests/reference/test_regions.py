"""The BPS <-> Kemendagri crosswalk."""

import importlib.util
from pathlib import Path

import polars as pl
import pytest

from rancang.panel import Panel
from rancang.reference.regions import (
    bps_to_kemendagri,
    code_system,
    kemendagri_to_bps,
    load_crosswalk,
    other_code,
    region_name,
)


def test_documented_pairs():
    # DOMAIN.md: Morowali is BPS 7203 but Kemendagri 72.06; BPS 7206 is another regency
    assert bps_to_kemendagri("7203") == "72.06"
    assert kemendagri_to_bps("72.06") == "7203"
    assert bps_to_kemendagri("7206") == "72.04"
    assert "TOLI" in region_name("7206")
    assert bps_to_kemendagri("1273") == "12.72"
    assert other_code("12.72") == "1273"
    assert other_code("9999") is None
    assert code_system("72.06.05.1014") == "kemendagri"


def test_all_514_one_to_one():
    cw = load_crosswalk()
    assert cw.height == 514
    assert cw["bps_code"].n_unique() == 514 and cw["kemendagri_code"].n_unique() == 514
    regencies = pl.read_csv(
        Path(importlib.util.find_spec("rancang.reference").origin).parent / "data"
        / "regencies.csv", infer_schema=False)
    assert set(cw["kemendagri_code"]) == set(regencies["code"])


def test_panel_finds_regions_in_either_system():
    p = Panel(values=[[[1.0]], [[2.0]]], region_codes=("7203", "7206"), industry_codes=("C",),
              years=(2020,))
    assert p.region_index("72.06") == 0  # Morowali, not BPS 7206
    assert p.region_index("72.04") == 1


@pytest.mark.realdata
def test_rebuilding_from_raw_data_gives_the_committed_files(raw_dir):
    spec = importlib.util.spec_from_file_location(
        "build_reference", Path(__file__).resolve().parents[2] / "scripts" / "build_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(raw_dir)
    committed = load_crosswalk()
    rebuilt = built["region_crosswalk"].with_columns(pl.col("match_score").cast(pl.String))
    assert rebuilt.select("bps_code", "kemendagri_code").sort("bps_code").equals(
        committed.select("bps_code", "kemendagri_code").sort("bps_code"))
