"""Write the corpus of malformed and hostile input files (issue 17) into
``tests/data/hostile/``: one folder per importer, one file per case, and ``cases.json``
saying which command reads each file. Every file is made here by our own code (no real
data); ``tests/hardening/test_hostile_corpus.py`` runs each case through the CLI.

Run: ``PYTHONPATH=src python scripts/make_hostile_corpus.py``
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "tests" / "data" / "hostile"

REGISTER_HEADER = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Tahun"
REGISTER_ROW = "Roti Bu Ani,9120001234567,Jl. Merdeka,72.06.05.1014,10710,5,2023"
CENTROIDS_HEADER = "level,kode,nama,lat,lng"
CENTROIDS_ROWS = ["kec,72.06.01,Bungku Tengah,-2.55,121.95",
                  "kec,72.06.02,Bungku Selatan,-2.75,122.30",
                  "kec,72.06.03,Bahodopi,-2.80,122.10"]
MATRIX_HEADER = "alternative,cost,quality"


def _binary(n: int = 4096, seed: int = 17) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def _lines(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def register_cases() -> dict[str, bytes]:
    """Register files (``rancang registry import``)."""
    return {
        "empty.csv": b"",
        "binary.csv": _binary(),
        "nul_bytes.csv": b"\x00" * 2048,
        "utf16_garbage.csv": "\ufeff".encode("utf-16-le") + _binary(512),
        "header_only.csv": _lines(REGISTER_HEADER),
        "no_header.csv": _lines("a,b,c", "1,2,3"),
        "unterminated_quote.csv": _lines(REGISTER_HEADER, '"Roti Bu Ani,9120001234567'),
        "escape_in_name.csv": _lines(REGISTER_HEADER, REGISTER_ROW.replace(
            "Roti Bu Ani", "Roti \x1b[2J\x1b[H Ani")),
        "nul_in_name.csv": _lines(REGISTER_HEADER, REGISTER_ROW.replace("Roti", "Ro\x00ti")),
        "long_name.csv": _lines(REGISTER_HEADER, REGISTER_ROW.replace("Roti Bu Ani",
                                                                      "R" * 5000)),
        "invalid_utf8.csv": _lines(REGISTER_HEADER)
        + "Kopi Bubuk S\u00e9dap,,Jl. X,72.06.05.1014,10710,5,2023\n".encode("latin-1")
        + b"\xff\xfe\x81 Roti,,Jl. Y,72.06.05.1014,10710,5,2023\n",
        "wide_header.csv": (",".join(f"K{i}" for i in range(20_000)) + "\n").encode(),
        "fake.xlsx": b"PK\x03\x04 this is not a workbook",
        "text_as.xlsx": _lines(REGISTER_HEADER, REGISTER_ROW),
        "truncated_zip.xlsx": b"PK\x03\x04" + _binary(300),
    }


def centroid_cases() -> dict[str, bytes]:
    """District centroid tables (``rancang siting --centroids``)."""
    return {
        "empty.csv": b"",
        "binary.csv": _binary(),
        "utf16_no_bom.csv": ("\n".join([CENTROIDS_HEADER, *CENTROIDS_ROWS]) + "\n").encode(
            "utf-16-le"),
        "text_in_lat.csv": _lines(CENTROIDS_HEADER, CENTROIDS_ROWS[0],
                                  "kec,72.06.02,Bungku Selatan,dua,122.30", CENTROIDS_ROWS[2]),
        "latitude_200.csv": _lines(CENTROIDS_HEADER, CENTROIDS_ROWS[0],
                                   "kec,72.06.02,Bungku Selatan,200,122.30", CENTROIDS_ROWS[2]),
        "swapped_lat_lng.csv": _lines(CENTROIDS_HEADER, *[
            ",".join([*r.split(",")[:3], r.split(",")[4], r.split(",")[3]])
            for r in CENTROIDS_ROWS]),
        "duplicate_codes.csv": _lines(CENTROIDS_HEADER, *CENTROIDS_ROWS, CENTROIDS_ROWS[1]),
        "short_row.csv": _lines(CENTROIDS_HEADER, CENTROIDS_ROWS[0], "kec,72.06.02",
                                CENTROIDS_ROWS[2]),
        "nan_lat.csv": _lines(CENTROIDS_HEADER, CENTROIDS_ROWS[0],
                              "kec,72.06.02,Bungku Selatan,nan,122.30", CENTROIDS_ROWS[2]),
        "escape_in_name.csv": _lines(CENTROIDS_HEADER, CENTROIDS_ROWS[0],
                                     "kec,72.06.02,\x1b[2JBungku\x1b]0;x\x07,-2.75,122.30",
                                     CENTROIDS_ROWS[2]),
    }


def zone_cases() -> dict[str, bytes]:
    """Industrial-zone GeoJSON (``rancang siting --zone``)."""
    deep = "[" * 100_000 + "]" * 100_000
    return {
        "deeply_nested.geojson": ('{"type": "FeatureCollection", "features": ' + deep
                                  + "}").encode(),
        "not_json.geojson": b"<html>not json</html>",
        "binary.geojson": _binary(),
        "empty.geojson": b"",
        "utf16_no_bom.geojson": '{"type": "FeatureCollection", "features": []}'.encode(
            "utf-16-le"),
        "point_not_polygon.geojson": json.dumps({"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [122, -2.8]}}]}
        ).encode(),
        "nan_coordinates.geojson": b'{"type": "Polygon", "coordinates": '
        b'[[[NaN, 1], [2, 2], [3, 1], [NaN, 1]]]}',
        "huge_numbers.geojson": b'{"type": "Polygon", "coordinates": '
        b'[[[1e400, 1], [2, 2], [3, 1], [1e400, 1]]]}',
        "ring_of_text.geojson": b'{"type": "Polygon", "coordinates": [[["a", "b"]]]}',
    }


def matrix_cases() -> dict[str, bytes]:
    """Decision matrices (``rancang decide rank``, criteria in ``criteria.csv``)."""
    return {
        "empty.csv": b"",
        "binary.csv": _binary(),
        "utf16_no_bom.csv": _lines(MATRIX_HEADER, "A,1,2", "B,2,1").decode().encode(
            "utf-16-le"),
        "text_value.csv": _lines(MATRIX_HEADER, "A,1,dua", "B,2,1"),
        "inf_value.csv": _lines(MATRIX_HEADER, "A,1,inf", "B,2,1"),
        "huge_value.csv": _lines(MATRIX_HEADER, "A,1,1e400", "B,2,1"),
        "duplicate_alternative.csv": _lines(MATRIX_HEADER, "A,1,2", "A,2,1"),
        "zero_for_wpm.csv": _lines(MATRIX_HEADER, "A,0,2", "B,2,1"),
        "header_only.csv": _lines(MATRIX_HEADER),
        "escape_in_name.csv": _lines(MATRIX_HEADER, "\x1b[2JA,1,2", "B,2,1"),
    }


def pdrb_cases() -> dict[str, bytes]:
    """PDRB tables (``rancang analyze``): a tidy table of the synthetic demo province with
    terminal escapes and a NUL in names, and files that are no table at all."""
    import io

    import polars as pl

    from rancang.sources.synthetic import demo_province

    long = demo_province().to_long()

    def named(code: str, name: str) -> bytes:
        frame = long.with_columns(pl.when(pl.col("region_code") == code).then(pl.lit(name))
                                  .otherwise(pl.col("region_name")).alias("region_name"))
        buf = io.BytesIO()
        frame.write_csv(buf)
        return buf.getvalue()

    return {"escape_in_region_name.csv": named("9903", "\x1b[2J\x1b[HKab [bold]X[/bold]"),
            "bell_in_region_name.csv": named("9901", "Kota\x07\x08\x08"),
            "empty.csv": b"", "binary.csv": _binary()}


CRITERIA = _lines("criterion,weight,direction", "cost,0.5,cost", "quality,0.5,benefit")


def ahp_cases(folder: Path) -> dict[str, bytes]:
    """AHP forms (``rancang decide ahp``): damaged files and a form of 20 criteria."""
    from openpyxl import load_workbook

    from rancang.sources.ahp_forms import HEADER_ROW, SHEET, write_forms

    out = {"empty.xlsx": b"", "binary.xlsx": _binary(), "text_as.xlsx": b"kriteria,a,b\n"}
    tmp = folder / "_forms"
    n = 20
    [form] = write_forms([f"K{i}" for i in range(n)], 1, tmp)
    wb = load_workbook(form)
    ws = wb[SHEET]
    for i in range(n):  # every pair judged "equally important": a consistent matrix
        for j in range(i + 1, n):
            ws.cell(HEADER_ROW + 1 + i, 2 + j, "1")
    wb.save(form)
    out["twenty_criteria.xlsx"] = form.read_bytes()
    shutil.rmtree(tmp)
    return out


#: folder -> (case maker, command template; ``{file}`` is the case, ``{out}`` a fresh
#: output folder, ``{db}`` a fresh database URL, ``{criteria}`` the criteria table)
IMPORTERS: dict[str, tuple[Callable[..., dict[str, bytes]], list[str]]] = {
    "register": (register_cases, ["registry", "import", "{file}", "--database-url", "{db}"]),
    "centroids": (centroid_cases, ["siting", "-r", "72.06", "--centroids", "{file}",
                                   "--estate", "IMIP=-2.82,122.15", "--samples", "5",
                                   "--out", "{out}"]),
    "zone": (zone_cases, ["siting", "-r", "72.06", "--centroids", "{centroids}",
                          "--estate", "IMIP=-2.82,122.15", "--zone", "{file}",
                          "--samples", "5", "--out", "{out}"]),
    "matrix": (matrix_cases, ["decide", "rank", "{file}", "--criteria", "{criteria}",
                              "--method", "wpm", "--samples", "5", "--out", "{out}"]),
    "pdrb": (pdrb_cases, ["analyze", "{file}", "--all-regions", "--samples", "10",
                          "--out", "{out}", "--quiet"]),
    "pdrb_complexity": (pdrb_cases, ["complexity", "{file}", "--out", "{out}", "--quiet"]),
    "pdrb_targets": (pdrb_cases, ["targets", "{file}", "-r", "9903", "--out", "{out}",
                                  "--quiet"]),
    "ahp": (ahp_cases, ["decide", "ahp", "{file}", "--out", "{out}"]),
}


def main(root: Path = ROOT) -> int:
    """Write every case and ``cases.json``; returns the number of files."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / "criteria.csv").write_bytes(CRITERIA)
    (root / "centroids.csv").write_bytes(_lines(CENTROIDS_HEADER, *CENTROIDS_ROWS))
    cases: dict[str, dict[str, object]] = {}
    n = 0
    for folder, (make, command) in IMPORTERS.items():
        sub = root / folder
        sub.mkdir()
        made = make(sub) if folder == "ahp" else make()
        for name, data in sorted(made.items()):
            (sub / name).write_bytes(data)
            n += 1
        cases[folder] = {"command": command, "files": sorted(made)}
    (root / "cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")
    return n


if __name__ == "__main__":
    count = main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT)
    print(f"{count} files")
