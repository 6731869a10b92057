"""Bad siting inputs stop with a message naming file, row and column (synthetic districts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.siting.candidates import load_district_centroids

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")

CENTROIDS = (
    "level,kode,nama,lat,lng\n"
    "kab,72.06,Morowali,-2.5,121.9\n"
    "kec,72.06.01,Bungku Tengah,-2.55,121.95\n"
    "kec,72.06.02,Bungku Selatan,-2.75,122.30\n"
    "kec,72.06.03,Bahodopi,-2.80,122.10\n"
    "kec,72.04.01,Toli-Toli Utara,1.20,120.80\n"
)


def _run(tmp_path: Path, *extra: str):
    c = tmp_path / "centroids.csv"
    c.write_text(CENTROIDS)
    return CliRunner().invoke(build_app(), [
        "siting", "-r", "7203", "--centroids", str(c), "--estate", "IMIP=-2.82,122.15",
        "--samples", "20", "--out", str(tmp_path / "out"), *extra])


def test_bps_regency_code_selects_the_kemendagri_districts(tmp_path: Path) -> None:
    c = tmp_path / "c.csv"
    c.write_text(CENTROIDS)
    bps = load_district_centroids(c, ["7203"])  # Morowali: BPS 7203 = Kemendagri 72.06
    assert bps.codes == load_district_centroids(c, ["72.06"]).codes
    assert bps.codes == ("72.06.01", "72.06.02", "72.06.03")
    with pytest.raises(InputError, match="not a regency code"):
        load_district_centroids(c, ["Morowali"])
    res = _run(tmp_path)
    assert res.exit_code == 0, res.output


def test_data_covering_some_districts_stops(tmp_path: Path) -> None:
    d = tmp_path / "data.csv"
    d.write_text("district_code,population\n72.06.01,100\n72.06.02,200\n")
    res = _run(tmp_path, "--data", str(d))
    assert res.exit_code == 2, res.output
    text = res.output
    assert "file data.csv, column 'population'" in text and "72.06.03" in text
    assert not (tmp_path / "out" / "sites.csv").exists()
    res = _run(tmp_path, "--data", str(d), "--allow-partial")
    assert res.exit_code == 0, res.output
    assert "population" in res.stderr and "left out" in res.stderr
    assert "population" not in res.output.split("Criteria:")[1].splitlines()[0]


def test_data_rows_for_unknown_districts(tmp_path: Path) -> None:
    d = tmp_path / "data.csv"
    d.write_text("district_code,population\n72.06.01,100\n72.06.02,200\n72.06.03,50\n"
                 "72.06.09,70\n72.04.01,10\n")
    res = _run(tmp_path, "--data", str(d))
    assert res.exit_code == 2, res.output
    assert "file data.csv, row 5, column 'district_code': district '72.06.09'" in res.output
    d.write_text("district_code,population\n72.06.01,100\n72.06.02,abc\n72.06.03,50\n")
    res = _run(tmp_path, "--data", str(d))
    assert "row 3, column 'population': 'abc' is not a number" in res.output
    d.write_text("district_code,population\n72.06.01,100\n72.06.02,1\n72.06.03,50\n"
                 "72.04.01,10\n")
    res = _run(tmp_path, "--data", str(d))
    assert res.exit_code == 0
    assert "72.04.01" in res.stderr and "outside the chosen regencies" in res.stderr


def test_ikm_bad_rows(tmp_path: Path) -> None:
    f = tmp_path / "ikm.csv"
    f.write_text("district_code,product_group,units\n72.06.01,makanan,x\n72.06.77,makanan,2\n")
    res = _run(tmp_path, "--ikm", str(f))
    text = res.output
    assert "file ikm.csv, row 2, column 'units'" in text
    assert "row 3, column 'district_code': district '72.06.77'" in text
    f.write_text("district,units\n")
    res = _run(tmp_path, "--ikm", str(f))
    assert "missing column 'product_group'" in res.output


def test_weights_for_unknown_criteria(tmp_path: Path) -> None:
    w = tmp_path / "w.csv"
    w.write_text("criterion,weight\ndist_estate_km,0.5\npopulasi,0.5\n")
    res = _run(tmp_path, "--weights", str(w))
    assert res.exit_code == 2, res.output
    text = res.output
    assert "file w.csv, row 3, column 'criterion'" in text and "'populasi'" in text
    assert "dist_estate_km" in text
    w.write_text("criterion,weight\ndist_estate_km,-1\n")
    res = _run(tmp_path, "--weights", str(w))
    assert "row 2, column 'weight'" in res.output


def test_bad_zone_files(tmp_path: Path) -> None:
    z = tmp_path / "z.geojson"
    for text, needle in (("[1, 2]", "not a GeoJSON object"),
                         ('{"type": "Point", "coordinates": [1, 2]}', "no polygons"),
                         ('{"type": "Polygon", "coordinates": [[[-2.8, 122.1], [-2.7, 122.1],'
                          ' [-2.7, 122.2], [-2.8, 122.1]]]}', "out of range"),
                         ('{"type": "Polygon", "coordinates": [[1, 2]]}', "unreadable"),
                         ("{oops", "cannot read GeoJSON")):
        z.write_text(text)
        res = _run(tmp_path, "--zone", str(z))
        assert res.exit_code == 2, res.output
        assert needle in res.output and "z.geojson" in res.output
