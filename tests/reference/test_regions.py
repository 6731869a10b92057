"""The BPS <-> Kemendagri crosswalk."""

import importlib.util
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rancang.panel import Panel
from rancang.reference.regions import (
    bps_to_kemendagri,
    code_system,
    kemendagri_to_bps,
    load_crosswalk,
    load_province_crosswalk,
    other_code,
    region_name,
)

DATA = Path(importlib.util.find_spec("rancang.reference").origin).parent / "data"
CROSSWALK = load_crosswalk()


def test_documented_pairs():
    # DOMAIN.md and issue 2: Morowali is BPS 7203 but Kemendagri 72.06; BPS 7206 is
    # Toli-Toli, which Kemendagri numbers 72.04 (72.03 is Donggala, BPS 7205)
    assert bps_to_kemendagri("7203") == "72.06"
    assert kemendagri_to_bps("72.06") == "7203"
    assert bps_to_kemendagri("7206") == "72.04"
    assert region_name("7206") == region_name("72.04") == "KABUPATEN TOLI TOLI"
    assert kemendagri_to_bps("72.03") == "7205" and region_name("72.03") == "KABUPATEN DONGGALA"
    assert bps_to_kemendagri("1273") == "12.72"
    assert other_code("12.72") == "1273"
    assert region_name("1273") == "KOTA PEMATANGSIANTAR"
    # renamed or misspelt in the BPS file
    assert region_name("6104") == "KABUPATEN MEMPAWAH" and region_name("1206") == "KABUPATEN TOBA"
    assert other_code("9999") is None and other_code("7203 ") == "72.06"
    assert code_system("72.06.05.1014") == "kemendagri"


def test_provinces_and_papua():
    assert bps_to_kemendagri("7200") == "72" and kemendagri_to_bps("72") == "7200"
    assert other_code("9400") is None and other_code("9100") is None  # split in 2022
    assert region_name("9400") == "Provinsi Papua"
    # BPS Papua (94) regencies sit in four of today's provinces, Papua Barat (91) in two
    papua = CROSSWALK.filter(pl.col("province_bps") == "94")["province_kemendagri"]
    assert set(papua) == {"91", "93", "94", "95"}
    barat = CROSSWALK.filter(pl.col("province_bps") == "91")["province_kemendagri"]
    assert set(barat) == {"92", "96"}
    assert bps_to_kemendagri("9412") == "94.04" and region_name("9412") == "KABUPATEN MIMIKA"
    pc = load_province_crosswalk()
    assert pc.height == 35 and (pc["kemendagri_code"] != "").sum() == 32


def test_all_514_one_to_one():
    cw = CROSSWALK
    assert cw.height == 514
    assert cw["bps_code"].n_unique() == 514 and cw["kemendagri_code"].n_unique() == 514
    regencies = pl.read_csv(DATA / "regencies.csv", infer_schema=False)
    assert set(cw["kemendagri_code"]) == set(regencies["code"])
    assert all(code_system(c) == "bps" for c in cw["bps_code"])
    assert all(code_system(c) == "kemendagri" for c in cw["kemendagri_code"])
    assert (cw["kemendagri_code"].str.slice(0, 2) == cw["province_kemendagri"]).all()
    assert (cw["bps_code"].str.slice(0, 2) == cw["province_bps"]).all()
    # outside Papua a regency stays in the province with the same two digits
    outside = cw.filter(~pl.col("province_bps").is_in(["91", "94"]))
    assert (outside["province_bps"] == outside["province_kemendagri"]).all()
    # the two systems disagree for many regencies: no dot-adding shortcut
    same = (cw["bps_code"] == cw["kemendagri_code"].str.replace(".", "", literal=True)).sum()
    assert 300 < same < 514


@given(st.sampled_from(list(zip(CROSSWALK["bps_code"], CROSSWALK["kemendagri_code"],
                                strict=True))))
def test_other_code_is_an_involution(pair):
    bps, kem = pair
    assert other_code(bps) == kem and other_code(kem) == bps
    assert other_code(other_code(bps)) == bps
    assert region_name(bps) == region_name(kem)


def test_panel_finds_regions_in_either_system():
    refs = Panel(values=[[[9.0]]], region_codes=("7200",), industry_codes=("C",),
                 years=(2020,))
    p = Panel(values=[[[1.0]], [[2.0]]], region_codes=("7203", "7206"), industry_codes=("C",),
              years=(2020,), references=refs)
    assert p.region_index("72.06") == 0  # Morowali, not BPS 7206
    assert p.region_index("72.04") == 1
    assert p.reference_vector("72")[0, 0] == 9.0


@pytest.mark.realdata
def test_rebuilding_from_raw_data_gives_the_committed_files(raw_dir):
    spec = importlib.util.spec_from_file_location(
        "build_reference", Path(__file__).resolve().parents[2] / "scripts" / "build_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(raw_dir)
    for name, frame in built.items():
        path = DATA / (f"{name}.csv.gz" if name == "villages" else f"{name}.csv")
        committed = pl.read_csv(path.read_bytes() if path.suffix != ".gz" else
                                __import__("gzip").decompress(path.read_bytes()),
                                infer_schema=False, quote_char='"').fill_null("")
        rebuilt = frame.select(pl.all().cast(pl.String))
        assert rebuilt.equals(committed), name
    # independent check: centroids of both systems (quarcs-grdp by BPS code, cahyadsn
    # boundaries by Kemendagri code) lie close for every matched pair
    km = module.centroid_distances(raw_dir, built["region_crosswalk"])
    assert km.height == 514 and km["km"].max() < 200 and km["km"].median() < 20
