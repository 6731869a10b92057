"""Sentra IKM siting on the real district centroids of Morowali (72.06) and Morowali Utara."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.siting import (
    haversine_km,
    inside_polygons,
    load_district_centroids,
    rank_sites,
)
from rancang.features.siting.candidates import read_ikm_units

IMIP = (-2.82, 122.15)  # approx., coast of Bahodopi (Morowali)
IHIP = (-2.00, 121.53)  # approx., between Petasia Timur and Bungku Utara (Morowali Utara)


def test_haversine_known_distance() -> None:
    r = 6371.0088  # IUGG mean Earth radius
    assert float(haversine_km(0, 0, 0, 1)) == pytest.approx(2 * np.pi * r / 360)
    assert float(haversine_km(0, 122, 90, 0)) == pytest.approx(np.pi * r / 2)
    assert float(haversine_km(-2.8, 122.1, -2.8, 122.1)) == 0.0


def test_inside_polygons(tmp_path: Path) -> None:
    poly = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon",
                         "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}}]}
    p = tmp_path / "z.geojson"
    p.write_text(json.dumps(poly))
    assert inside_polygons([1, 3], [1, 1], p).tolist() == [True, False]


@pytest.fixture()
def districts(raw_dir: Path):  # type: ignore[no-untyped-def]
    return load_district_centroids(
        raw_dir / "cahyadsn-wilayah-boundaries" / "centroids_prov_kab_kec.csv",
        ["72.06", "72.12"], names=raw_dir / "idn-area-data" / "districts.csv")


@pytest.mark.realdata
def test_estate_coordinates_fall_near_their_districts(districts) -> None:  # type: ignore[no-untyped-def]
    assert len(districts.codes) == 20  # 10 kecamatan in each regency
    d_imip = haversine_km(districts.lat, districts.lng, *IMIP)
    d_ihip = haversine_km(districts.lat, districts.lng, *IHIP)
    assert districts.names[int(np.argmin(d_imip))] == "Bahodopi"
    assert districts.names[int(np.argmin(d_ihip))] == "Petasia Timur"
    assert d_imip.min() < 25 and d_ihip.min() < 20


@pytest.mark.realdata
def test_rank_sites_with_ikm_zone_and_hazard(districts, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ikm = tmp_path / "ikm.csv"  # synthetic counts, written for this test
    ikm.write_text("district_code,product_group,units\n72.06.10,makanan,12\n72.06.10,kemasan,3\n"
                   "72.12.02,makanan,8\n72.06.05,suku cadang,5\n99.99.99,makanan,4\n")
    units = read_ikm_units(ikm, districts)
    assert units["ikm_units"][districts.index("72.06.10")] == 15
    zone = tmp_path / "kpi.geojson"  # a box around Bahodopi's centroid
    b = districts.index("72.06.10")
    la, lo = districts.lat[b], districts.lng[b]
    zone.write_text(json.dumps({"type": "Polygon", "coordinates": [[
        [lo - .1, la - .1], [lo + .1, la - .1], [lo + .1, la + .1], [lo - .1, la + .1],
        [lo - .1, la - .1]]]}))
    res = rank_sites(districts, estates={"IMIP": IMIP, "IHIP": IHIP},
                     capitals={"72.06": (float(districts.lat[districts.index("72.06.05")]),
                                         float(districts.lng[districts.index("72.06.05")])),
                               "72.12": (float(districts.lat[districts.index("72.12.01")]),
                                         float(districts.lng[districts.index("72.12.01")]))},
                     columns=units, in_zone=inside_polygons(districts.lat, districts.lng, zone),
                     samples=300, method="wsm")
    assert "in_zone" in res.matrix.criteria and "dist_estate_km" in res.matrix.criteria
    top = res.ranking.rows()[0]["alternative"]
    assert top.startswith("72.06.10")  # IKM, zone and nearest to IMIP


@pytest.mark.realdata
def test_siting_cli_writes_csv_and_geojson(raw_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(build_app(), [
        "siting", "-r", "72.06", "-r", "72.12",
        "--centroids", str(raw_dir / "cahyadsn-wilayah-boundaries" / "centroids_prov_kab_kec.csv"),
        "--names", str(raw_dir / "idn-area-data" / "districts.csv"),
        "--estate", "IMIP=-2.82,122.15", "--estate", "IHIP=-2.00,121.53",
        "--capital", "72.06=72.06.05", "--capital", "72.12=72.12.01",
        "--samples", "200", "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader((out / "sites.csv").read_text().splitlines()))
    assert len(rows) == 20 and rows[0]["rank"] == "1"
    assert all(int(r["rank_low"]) <= int(r["rank"]) <= int(r["rank_high"]) for r in rows)
    geo = json.loads((out / "sites.geojson").read_text())
    assert len(geo["features"]) == 20
    assert geo["features"][0]["geometry"]["type"] == "Point"


def test_bad_estate_option() -> None:
    from rancang.features.siting.service import named_points

    with pytest.raises(InputError, match="LAT,LNG"):
        named_points(["IMIP=north"])


@pytest.mark.realdata
def test_ikm_units_counted_from_the_register(districts, raw_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Three IKM of an office workbook: two food (KBLI 10) in 72.06.05, furniture in 72.06.10."""
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.siting.candidates import register_ikm_units
    from tests.registry.conftest import office_workbook

    url = f"sqlite:///{tmp_path / 'reg.sqlite'}"
    ensure_schema(make_engine(url))
    res = CliRunner().invoke(build_app(), ["registry", "import",
                                           str(office_workbook(tmp_path / "ikm.xlsx")),
                                           "--database-url", url])
    assert res.exit_code == 0, res.output
    cols = register_ikm_units(make_engine(url), districts)
    i5, i10 = districts.index("72.06.05"), districts.index("72.06.10")
    assert sorted(cols) == ["ikm_10", "ikm_31", "ikm_units"]
    assert cols["ikm_10"][i5] == 2 and cols["ikm_31"][i10] == 1
    assert cols["ikm_units"].sum() == 3
    only_food = register_ikm_units(make_engine(url), districts, groups=["10"])
    assert only_food["ikm_units"].sum() == 2
    out = tmp_path / "out"
    res = CliRunner().invoke(build_app(), [
        "siting", "-r", "72.06", "-r", "72.12",
        "--centroids", str(raw_dir / "cahyadsn-wilayah-boundaries" / "centroids_prov_kab_kec.csv"),
        "--estate", "IMIP=-2.82,122.15", "--register-db", url, "--samples", "50",
        "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = (out / "sites.csv").read_text().splitlines()
    rows = {r["district_code"]: r for r in csv.DictReader(lines)}
    assert float(rows["72.06.05"]["ikm_units"]) == 2
