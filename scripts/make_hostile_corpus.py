"""Write the corpus of malformed and hostile input files (issue 17) into
``tests/data/hostile/``: one folder per importer, one file per case, and ``cases.json``
saying which command reads each file. Every file is made here by our own code (no real
data); ``tests/hardening/test_hostile_corpus.py`` runs each case through the CLI.

Run: ``PYTHONPATH=src python scripts/make_hostile_corpus.py`` (the committed corpus, without
the :data:`BIG` cases), or ``... make_hostile_corpus.py FOLDER`` (every case, into FOLDER).
Commands reading a database (``{world}``) run on a copy of the small world of
:func:`make_world`: a plan of 72.06 drafted from the demo province, frozen as v0.1 and in
consultation, with one consultation event.
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


# ---- helpers for the importers added in round two (every reader of the CLI and web) ----

#: a workbook's bytes from rows per sheet (openpyxl; ``hidden`` sheets hidden, a cell
#: string starting with ``=`` written as a formula)
def _xlsx(sheets: dict[str, list[list[object]]], *, hidden: tuple[str, ...] = ()) -> bytes:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    first = True
    for title, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(row)
        if title in hidden:
            ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _rows(text: bytes, sep: str = ",") -> list[list[object]]:
    import csv
    import io

    return [list(r) for r in csv.reader(io.StringIO(text.decode("utf-8")), delimiter=sep)]


def _files(good: bytes, *, csv: bool = True) -> dict[str, bytes]:
    """Damaged files every reader meets: empty, binary, NUL, UTF-16 garbage, a
    truncated workbook, a text posing as a workbook, and (for CSV readers) 10,000
    columns and the good file in UTF-16 without a mark."""
    out = {"empty.xlsx": b"", "binary.xlsx": _binary(), "text_as.xlsx": good[:400],
           "truncated_zip.xlsx": b"PK\x03\x04" + _binary(300, seed=3)}
    if csv:
        out |= {"empty.csv": b"", "binary.csv": _binary(seed=5),
                "nul_bytes.csv": b"\x00" * 2048,
                "utf16_garbage.csv": "\ufeff".encode("utf-16-le") + _binary(512, seed=7),
                "utf16_no_bom.csv": good.decode("utf-8").encode("utf-16-le"),
                "ten_thousand_columns.csv": (",".join(f"K{i}" for i in range(10_000))
                                             + "\n" + ",".join("1" for _ in range(10_000))
                                             + "\n").encode()}
    return out


def _swap(good: bytes, old: str, new: str) -> bytes:
    text = good.decode("utf-8")
    assert old in text, old
    return text.replace(old, new, 1).encode("utf-8")


def _swap_cell(good: bytes, old: str, new: str, sep: str = ",") -> bytes:
    """``good`` with its first cell that is exactly ``old`` (not a part of another cell)
    set to ``new``."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(good.decode("utf-8")), delimiter=sep))
    for row in rows:
        if old in row:
            row[row.index(old)] = new
            break
    else:
        raise AssertionError(old)
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


def _as_xlsx(good: bytes, old: str, new: object, sep: str = ",",
             sheet: str = "Sheet") -> bytes:
    """The CSV ``good`` as a workbook, the first cell holding ``old`` set to ``new``."""
    rows = _rows(good, sep)
    for row in rows:
        if old in row:
            row[row.index(old)] = new
            break
    else:
        raise AssertionError(old)
    return _xlsx({sheet: rows})


def _cell_kinds(good: bytes, number: str, text: str, sep: str = ",",
                sheet: str = "Sheet") -> dict[str, bytes]:
    """The same file with one number cell damaged: 1e400, NaN, inf, a spreadsheet error
    (as text in CSV, as an error cell and a formula without a value in XLSX), and a text
    cell carrying a terminal escape."""
    return {"huge_number.csv": _swap_cell(good, number, "1e400", sep),
            "nan_number.csv": _swap_cell(good, number, "NaN", sep),
            "inf_number.csv": _swap_cell(good, number, "-inf", sep),
            "ref_error.csv": _swap_cell(good, number, "#REF!", sep),
            "escape_in_text.csv": _swap_cell(good, text, "\x1b[2J\x1b[H" + text, sep),
            "ref_error.xlsx": _as_xlsx(good, number, "#REF!", sep, sheet),
            "div0_error.xlsx": _as_xlsx(good, number, "#DIV/0!", sep, sheet),
            "formula.xlsx": _as_xlsx(good, number, "=1+1", sep, sheet),
            "huge_number.xlsx": _as_xlsx(good, number, "1e400", sep, sheet),
            "hidden_sheet.xlsx": _xlsx({sheet: _rows(good, sep), "Catatan": [["catatan"]]},
                                       hidden=(sheet,))}


def _dup_header(good: bytes, sep: str = ",") -> bytes:
    lines = good.decode("utf-8").splitlines()
    first = lines[0].split(sep)[0]
    lines[0] = lines[0] + sep + first
    lines[1:] = [line + sep + line.split(sep)[0] for line in lines[1:]]
    return ("\n".join(lines) + "\n").encode("utf-8")


KBLI_GOOD = _lines("uraian,jumlah", "keripik singkong pedas,3", "tahu dan tempe,2")


def kbli_cases() -> dict[str, bytes]:
    """Batch KBLI coding (``rancang kbli code --column uraian``)."""
    return {**_files(KBLI_GOOD),
            "no_such_column.csv": _lines("produk,jumlah", "keripik,3"),
            "duplicate_header.csv": _lines("uraian,uraian", "keripik,tahu"),
            "header_only.csv": _lines("uraian,jumlah"),
            "escape_in_text.csv": _lines("uraian", "\x1b[2J\x1b]0;x\x07keripik"),
            "long_text.csv": _lines("uraian", "keripik " * 2000),
            "ref_error.xlsx": _xlsx({"Sheet": [["uraian"], ["#REF!"]]}),
            "formula.xlsx": _xlsx({"Sheet": [["uraian"], ["=A1&A1"]]}),
            "hidden_sheet.xlsx": _xlsx({"Data": [["uraian"], ["keripik"]],
                                        "Lain": [["x"]]}, hidden=("Data",))}


NEEDS_GOOD = _lines("id,buyer,description,kbli,quantity,standards,lat,lng,radius_km,region",
                    "N1,IMIP,katering harian karyawan,56290,3000,halal,-2.82,122.15,100,"
                    "72.06",
                    "N2,IMIP,angkutan karyawan tambang,49216,50,,-2.82,122.15,100,72.06")
SUPPLIERS_GOOD = _lines("id,name,product,kbli,capacity,certificates,lat,lng,region",
                        "S1,CV Boga Bahodopi,katering nasi kotak harian,56290,4000,halal,"
                        "-2.75,122.10,72.06",
                        "S3,PO Morowali Trans,bus antar jemput karyawan,49216,40,,-2.60,"
                        "122.00,72.06")


def needs_cases() -> dict[str, bytes]:
    """Buyers' needs (``rancang match needs``, suppliers in ``suppliers.csv``)."""
    return {**_files(NEEDS_GOOD), **_cell_kinds(NEEDS_GOOD, "3000", "IMIP"),
            "negative_quantity.csv": _swap(NEEDS_GOOD, "3000", "-3000"),
            "latitude_200.csv": _swap(NEEDS_GOOD, "-2.82", "200"),
            "wrong_kbli.csv": _swap(NEEDS_GOOD, "49216", "99999"),
            "duplicate_id.csv": _swap(NEEDS_GOOD, "N2", "N1"),
            "duplicate_header.csv": _dup_header(NEEDS_GOOD)}


def suppliers_cases() -> dict[str, bytes]:
    """Suppliers (``rancang match needs --suppliers``)."""
    return {**_files(SUPPLIERS_GOOD),
            **_cell_kinds(SUPPLIERS_GOOD, "4000", "CV Boga Bahodopi"),
            "negative_capacity.csv": _swap(SUPPLIERS_GOOD, "4000", "-4"),
            "longitude_500.csv": _swap(SUPPLIERS_GOOD, "122.10", "500"),
            "duplicate_id.csv": _swap(SUPPLIERS_GOOD, "S3", "S1")}


OUTCOMES_GOOD = _lines(
    "acara,tanggal,from_id,to_id,status,tindak_lanjut,kesepakatan,nilai,kbli,wilayah",
    'TU Morowali I,2026-02-10,B1,S1,terlaksana,kunjungan pabrik,kontrak,"1.250.000.000",'
    "56290,72.06",
    "TU Morowali I,2026-02-10,B1,S2,terlaksana,,mou,,10794,72.03")


def outcomes_cases() -> dict[str, bytes]:
    """Meeting outcomes (``rancang match outcomes``)."""
    return {**_files(OUTCOMES_GOOD), **_cell_kinds(OUTCOMES_GOOD, "1.250.000.000", "B1"),
            "negative_value.csv": _swap(OUTCOMES_GOOD, '"1.250.000.000"', "-5"),
            "bad_date.csv": _swap(OUTCOMES_GOOD, "2026-02-10", "31/02/2026"),
            "unknown_status.csv": _swap(OUTCOMES_GOOD, "terlaksana", "mungkin"),
            "wrong_region.csv": _swap(OUTCOMES_GOOD, "72.06", "72.99.99.99.99")}


PROGRAMMES_GOOD = (
    b"kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"
    b"3.31.02.2.01.0002;Pembinaan IKM Pangan;Kabupaten/Kota;Disperindag Morowali;72.06;"
    b"2026;1.250.000.000,00;Jumlah IKM dibina;unit usaha;25\n")


def programmes_cases() -> dict[str, bytes]:
    """Programme lists (``rancang programmes import``)."""
    good = PROGRAMMES_GOOD
    return {**_files(good), **_cell_kinds(good, "25", "Pembinaan IKM Pangan", ";"),
            "negative_budget.csv": _swap(good, "1.250.000.000,00", "-5"),
            "wrong_year.csv": _swap(good, ";2026;", ";20266;"),
            "wrong_level.csv": _swap(good, "Kabupaten/Kota", "Galaksi"),
            "wrong_region.csv": _swap(good, ";72.06;", ";99.99.99;"),
            "duplicate_header.csv": _dup_header(good, ";")}


MONITOR_GOOD = (b"indikator;wilayah;periode;nilai;bukti;diinput_oleh;kendala\n"
                b"industry_share;72.06;2026-S1;12,5;https://sipd.example/1;Budi;Bahan baku\n"
                )


def monitor_cases() -> dict[str, bytes]:
    """Realisations (``rancang monitor import``)."""
    good = MONITOR_GOOD
    return {**_files(good), **_cell_kinds(good, "12,5", "Bahan baku", ";"),
            "wrong_period.csv": _swap(good, "2026-S1", "2026-S9"),
            "wrong_indicator.csv": _swap(good, "industry_share", "nope"),
            "other_region.csv": _swap(good, "72.06", "31.71"),
            "duplicate_header.csv": _dup_header(good, ";")}


ATTENDANCE_GOOD = _lines("nama,instansi,kelompok", "Ani,KADIN,asosiasi",
                         "Budi,Sentra Rotan,ikm")


def attendance_cases() -> dict[str, bytes]:
    """Attendance lists (``rancang consult attendance``)."""
    good = ATTENDANCE_GOOD
    return {**_files(good),
            "escape_in_name.csv": _swap(good, "Ani", "\x1b[2J\x1b[HAni"),
            "blank_name.csv": _swap(good, "Ani", ""),
            "long_name.csv": _swap(good, "Ani", "A" * 5000),
            "no_name_column.csv": _lines("instansi,kelompok", "KADIN,asosiasi"),
            "ref_error.xlsx": _as_xlsx(good, "Ani", "#REF!"),
            "formula.xlsx": _as_xlsx(good, "Ani", "=A1"),
            "hidden_sheet.xlsx": _xlsx({"Sheet": _rows(good), "Lain": [["x"]]},
                                       hidden=("Sheet",))}


CAPTURE_HEADER = ["nama", "instansi", "kelompok", "bagian", "kutipan", "masukan", "tanggal",
                  "forum", "boleh_dipublikasikan"]
CAPTURE_ROW: list[object] = ["Ani", "KADIN", "asosiasi", "visi.visi_misi", "",
                             "Tambahkan sentra rotan", "2026-05-12", "FGD", "ya"]


def _capture(row: list[object], *, hidden: bool = False, header: list[str] | None = None
             ) -> bytes:
    extra: dict[str, list[list[object]]] = {"catatan": [["x"]]} if hidden else {}
    return _xlsx({"masukan": [header or CAPTURE_HEADER, row], **extra},
                 hidden=("masukan",) if hidden else ())


def capture_cases() -> dict[str, bytes]:
    """Filled capture forms (``rancang consult import``)."""
    def row(k: int, value: object) -> list[object]:
        r = list(CAPTURE_ROW)
        r[k] = value
        return r

    return {**_files(b"nama,instansi\n", csv=False),
            "no_form_sheet.xlsx": _xlsx({"Sheet1": [CAPTURE_HEADER, CAPTURE_ROW]}),
            "hidden_form_sheet.xlsx": _capture(CAPTURE_ROW, hidden=True),
            "ref_error.xlsx": _capture(row(5, "#REF!")),
            "formula.xlsx": _capture(row(5, "=HYPERLINK(\"x\")")),
            "unknown_section.xlsx": _capture(row(3, "tidak.ada")),
            "bad_date.xlsx": _capture(row(6, "2026-13-45")),
            "blank_input.xlsx": _capture(row(5, "")),
            "long_input.xlsx": _capture(row(5, "x" * 40_000)),
            "duplicate_header.xlsx": _capture([*CAPTURE_ROW, "y"],
                                              header=[*CAPTURE_HEADER, "nama"]),
            "csv_of_form.csv": _lines(",".join(CAPTURE_HEADER),
                                      ",".join(map(str, row(6, "kemarin"))))}


ACTIONS_GOOD = _lines(
    "key,group,strategy_key,strategy,programme_key,programme,action,stages,lead_agency,"
    "related_agencies,targets,note",
    "A1,leading,S1,Hilirisasi,P1,Pengolahan kakao,Bangun pusat pengolahan,1-2,Disperindag,"
    "Bappeda; DPMPTSP,industry_share,")


def actions_cases() -> dict[str, bytes]:
    """Action plans (``rancang plan actions-import``)."""
    good = ACTIONS_GOOD
    return {**_files(good),
            "wrong_stage.csv": _swap(good, "1-2", "1-7"),
            "wrong_group.csv": _swap(good, "leading", "galaksi"),
            "wrong_key.csv": _swap(good, "A1,", "A 1!,"),
            "escape_in_action.csv": _swap(good, "Bangun", "\x1b[2JBangun"),
            "long_action.csv": _swap(good, "Bangun pusat pengolahan", "B" * 5000),
            "unknown_target.csv": _swap(good, "industry_share", "tidak_ada"),
            "duplicate_header.csv": _dup_header(good),
            "ref_error.xlsx": _as_xlsx(good, "Bangun pusat pengolahan", "#REF!"),
            "formula.xlsx": _as_xlsx(good, "1-2", "=1+1"),
            "hidden_sheet.xlsx": _xlsx({"Sheet": _rows(good), "Lain": [["x"]]},
                                       hidden=("Sheet",))}


def _event_sheets() -> dict[str, list[list[object]]]:
    return {"peserta": [["id", "nama", "organisasi", "peran", "slot_tidak_tersedia"],
                        ["B1", "Ani", "IMIP", "pembeli", ""],
                        ["S1", "Budi", "CV Boga", "penjual", "2"]],
            "slot": [["slot", "mulai", "sesi"], [1, "08:00", "pagi"], [2, "08:20", "pagi"]],
            "permintaan": [["dari", "ke", "prioritas", "sesi"], ["B1", "S1", 1, "bebas"]],
            "pengaturan": [["meja"], [2]]}


def event_cases() -> dict[str, bytes]:
    """Temu Usaha events (``rancang match schedule``)."""
    def changed(sheet: str, r: int, c: int, value: object,
                hidden: tuple[str, ...] = ()) -> bytes:
        sheets = _event_sheets()
        sheets[sheet][r][c] = value
        return _xlsx(sheets, hidden=hidden)

    return {**_files(b"id,nama\n", csv=False),
            "csv_given.csv": _lines("id,nama,organisasi,peran", "B1,Ani,IMIP,pembeli"),
            "no_slots_sheet.xlsx": _xlsx({k: v for k, v in _event_sheets().items()
                                          if k != "slot"}),
            "hidden_participants.xlsx": _xlsx(_event_sheets(), hidden=("peserta",)),
            "ref_error_priority.xlsx": changed("permintaan", 1, 2, "#REF!"),
            "formula_priority.xlsx": changed("permintaan", 1, 2, "=1+1"),
            "huge_tables.xlsx": changed("pengaturan", 1, 0, "1e400"),
            "negative_tables.xlsx": changed("pengaturan", 1, 0, -2),
            "nan_slot.xlsx": changed("slot", 1, 0, "NaN"),
            "unknown_participant.xlsx": changed("permintaan", 1, 1, "S99"),
            "wrong_role.xlsx": changed("peserta", 1, 3, "penonton"),
            "duplicate_id.xlsx": changed("peserta", 2, 0, "B1")}


def io_cases() -> dict[str, bytes]:
    """Input-output tables (``rancang io``): damaged workbooks (the good table is too big
    to keep here; its cell-level damage is fuzzed in ``test_fuzz_readers.py``)."""
    return {**_files(b"kode,sektor\n", csv=False),
            "csv_given.csv": _lines("kode,sektor,1,2", "1,Pertanian,0.1,0.2"),
            "one_cell.xlsx": _xlsx({"Sheet": [["Tabel Input-Output"]]}),
            "hidden_only.xlsx": _xlsx({"Tabel": [["x", 1]], "Lain": [["y"]]},
                                      hidden=("Tabel",)),
            "text_matrix.xlsx": _xlsx({"Sheet": [["kode", "sektor", "001", "002"],
                                                 ["001", "Padi", "satu", "#REF!"],
                                                 ["002", "Jagung", "1e400", "=1/0"]]})}


CRITERIA_GOOD = CRITERIA


def _no_workbook(cases: dict[str, bytes]) -> dict[str, bytes]:
    """``cases`` without the text named ``.xlsx``: a reader of CSV only reads it as the
    CSV it is."""
    return {k: v for k, v in cases.items() if k != "text_as.xlsx"}


def criteria_cases() -> dict[str, bytes]:
    """Criteria tables (``rancang decide rank --criteria``)."""
    good = CRITERIA_GOOD
    return {**_no_workbook(_files(good)),
            "huge_weight.csv": _swap(good, "0.5", "1e400"),
            "nan_weight.csv": _swap(good, "0.5", "nan"),
            "negative_weight.csv": _swap(good, "0.5", "-0.5"),
            "ref_error_weight.csv": _swap(good, "0.5", "#REF!"),
            "wrong_direction.csv": _swap(good, ",cost\n", ",murah\n"),
            "unknown_criterion.csv": _swap(good, "quality", "taste"),
            "duplicate_criterion.csv": _swap(good, "quality", "cost"),
            "escape_in_criterion.csv": _swap(good, "quality", "\x1b[2Jquality"),
            "ref_error.xlsx": _as_xlsx(good, "0.5", "#REF!"),
            "formula.xlsx": _as_xlsx(good, "0.5", "=1/2")}


SITING_DATA_GOOD = _lines("district_code,population,area_km2", "72.06.01,20000,300",
                          "72.06.02,15000,250", "72.06.03,18000,400")


def siting_data_cases() -> dict[str, bytes]:
    """District data (``rancang siting --data``)."""
    good = SITING_DATA_GOOD
    return {**_no_workbook(_files(good)), **{
        k: v for k, v in _cell_kinds(good, "15000", "72.06.02").items()
        if k.endswith(".csv")},  # a reader of CSV only
            "negative_population.csv": _swap(good, "15000", "-15000"),
            "wrong_code.csv": _swap(good, "72.06.02", "72.0x.02"),
            "duplicate_code.csv": _swap(good, "72.06.02", "72.06.01"),
            "duplicate_header.csv": _dup_header(good)}


IKM_GOOD = _lines("district_code,product_group,units", "72.06.01,pangan,12",
                  "72.06.02,pangan,7", "72.06.03,pangan,3")


def siting_ikm_cases() -> dict[str, bytes]:
    """IKM unit counts (``rancang siting --ikm``)."""
    good = IKM_GOOD
    return {"negative_units.csv": _swap(good, ",7", ",-7"),
            "fractional_units.csv": _swap(good, ",7", ",7.5"),
            "huge_units.csv": _swap(good, ",7", ",1e400"),
            "text_units.csv": _swap(good, ",7", ",tujuh"),
            "binary.csv": _binary(seed=11), "empty.csv": b"",
            "utf16_no_bom.csv": good.decode().encode("utf-16-le")}


def weights_cases() -> dict[str, bytes]:
    """Criterion weights (``rancang siting --weights``)."""
    return {"huge_weight.csv": _lines("criterion,weight", "distance_estate,1e400"),
            "negative_weight.csv": _lines("criterion,weight", "distance_estate,-1"),
            "nan_weight.csv": _lines("criterion,weight", "distance_estate,NaN"),
            "unknown_criterion.csv": _lines("criterion,weight", "rasa,1"),
            "binary.csv": _binary(seed=13), "empty.csv": b""}


def register_more_cases() -> dict[str, bytes]:
    """Register workbooks and exports (``rancang registry import``): formula cells,
    spreadsheet errors, hidden sheets, numbers out of range, KoBo/ODK exports."""
    good = _lines(REGISTER_HEADER, REGISTER_ROW)
    kobo = _lines("nama_usaha,nib,alamat,kode_desa,kbli,tenaga_kerja,tahun,_lokasi_latitude,"
                  "_lokasi_longitude",
                  "Roti Bu Ani,9120001234567,Jl. Merdeka,72.06.05.1014,10710,5,2023,"
                  "200,122.1")
    return {**_cell_kinds(good, "5", "Roti Bu Ani"),
            "negative_workers.csv": _swap(good, ",5,", ",-5,"),
            "wrong_kbli.csv": _swap(good, "10710", "1071X"),
            "wrong_village.csv": _swap(good, "72.06.05.1014", "72.06.05.10X4"),
            "future_year.csv": _swap(good, "2023", "3023"),
            "duplicate_header.csv": _dup_header(good),
            "cp1252_undefined.csv": _lines(REGISTER_HEADER) + REGISTER_ROW.replace(
                "Roti Bu Ani", "Roti \u201cBu\u201d Ani").encode("cp1252")
            + b"\x8d\x8f\x90,,,,,,\n",
            "kobo_latitude_200.csv": kobo,
            "odk_longitude_text.csv": _lines(
                "usaha-nama_usaha,usaha-nib,usaha-kode_desa,usaha-kbli,usaha-tenaga_kerja,"
                "tahun,lokasi-Latitude,lokasi-Longitude",
                "Roti Bu Ani,9120001234567,72.06.05.1014,10710,5,2023,-2.8,timur")}


def bps_xlsx_cases() -> dict[str, bytes]:
    """BPS PDRB workbooks (``rancang analyze``): the web-table (Flexmonster) and Dalam
    Angka layouts with damaged cells."""
    from rancang.reference.pdrb import CATEGORY_CODES, category_title

    prefix = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"
    titles = [f"{prefix} - {category_title(c)}" for c in CATEGORY_CODES]

    def web(value: object) -> bytes:
        rows: list[list[object]] = [[None] * 6 + ["Indikator", "Tahun"],
                                    [None] * 6 + [prefix, *titles] * 2,
                                    ["IDPulau", "Pulau", "KodeProvinsi", "Nama Provinsi",
                                     "KodeWilayah", "Nama Wilayah",
                                     *(["2019"] * 18), *(["2020"] * 18)]]
        for code, name in (("7200", "Sulawesi Tengah"), ("7203", "Morowali")):
            row: list[object] = ["", "", "", "", code, name]
            for year in (2019, 2020):
                vals: list[object] = [10.0 + k for k in range(17)]
                if code == "7203" and year == 2020:
                    vals[3] = value
                row += [sum(10.0 + k for k in range(17)), *vals]
            rows.append(row)
        return _xlsx({"Flexmonster Pivot Table": rows})

    def angka(value: object) -> bytes:
        rows: list[list[object]] = [["Lapangan Usaha", "2019", "2020"]]
        for k, c in enumerate(CATEGORY_CODES):
            rows.append([category_title(c), 10.0 + k, value if k == 2 else 11.0 + k])
        rows.append(["PDRB", 999, 999])
        return _xlsx({"7203 Morowali": rows})

    return {"web_ref_error.xlsx": web("#REF!"), "web_formula.xlsx": web("=1+1"),
            "web_huge.xlsx": web("1e400"), "web_nan.xlsx": web("NaN"),
            "web_text.xlsx": web("dua"),
            "angka_ref_error.xlsx": angka("#REF!"), "angka_formula.xlsx": angka("=A1"),
            "angka_negative.xlsx": angka(-5.0), "angka_inf.xlsx": angka("inf"),
            "angka_one_category.xlsx": _xlsx({"7203 Morowali": [
                ["Lapangan Usaha", "2019"], ["Pertanian", 1]]})}


PANEL_GOOD = _lines("region_code,region_name,industry_code,year,value",
                    "7203,Morowali,A,2019,10", "7203,Morowali,A,2020,11",
                    "7200,Sulteng,A,2019,100", "7200,Sulteng,A,2020,110")


def panel_cases() -> dict[str, bytes]:
    """Long (tidy) PDRB tables (``rancang analyze``)."""
    good = PANEL_GOOD
    return {"huge_value.csv": _swap(good, ",11\n", ",1e400\n"),
            "nan_value.csv": _swap(good, ",11\n", ",NaN\n"),
            "inf_value.csv": _swap(good, ",11\n", ",inf\n"),
            "ref_error.csv": _swap(good, ",11\n", ",#REF!\n"),
            "negative_value.csv": _swap(good, ",11\n", ",-11\n"),
            "wrong_industry.csv": _swap(good, "7203,Morowali,A,2020", "7203,Morowali,ZZ,2020"),
            "year_text.csv": _swap(good, "2020,11", "duaribu,11"),
            "duplicate_rows.csv": _swap(good, "A,2020,11", "A,2019,11"),
            "duplicate_header.csv": _dup_header(good),
            "ten_thousand_columns.csv": _files(good)["ten_thousand_columns.csv"],
            "utf16_no_bom.csv": good.decode().encode("utf-16-le"),
            "nul_bytes.csv": b"\x00" * 2048,
            "ref_error.xlsx": _as_xlsx(good, "11", "#REF!"),
            "formula.xlsx": _as_xlsx(good, "11", "=1+1"),
            "hidden_sheet.xlsx": _xlsx({"Sheet": _rows(good), "Lain": [["x"]]},
                                       hidden=("Sheet",))}


def ahp_more_cases() -> dict[str, bytes]:
    """AHP forms with damaged judgments (``rancang decide ahp``)."""
    import io
    import tempfile

    from openpyxl import load_workbook

    from rancang.sources.ahp_forms import HEADER_ROW, SHEET, write_forms

    with tempfile.TemporaryDirectory() as tmp:
        [form] = write_forms(["biaya", "mutu", "jarak"], 1, Path(tmp))
        data = form.read_bytes()

    def judged(value: object, *, hide: bool = False, title: str | None = None) -> bytes:
        wb = load_workbook(io.BytesIO(data))
        ws = wb[SHEET]
        ws.cell(HEADER_ROW + 1, 3, "3")
        ws.cell(HEADER_ROW + 1, 4, value)
        ws.cell(HEADER_ROW + 2, 4, "2")
        if hide:
            ws.sheet_state = "hidden"
            wb.create_sheet("Lain")
        if title:
            ws.title = title
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    return {"ref_error.xlsx": judged("#REF!"), "formula.xlsx": judged("=1+1"),
            "huge.xlsx": judged("1e400"), "nan.xlsx": judged("NaN"), "zero.xlsx": judged(0),
            "negative.xlsx": judged(-3), "text.xlsx": judged("tiga"),
            "out_of_scale.xlsx": judged(42), "hidden_form.xlsx": judged("5", hide=True),
            "no_form_sheet.xlsx": judged("5", title="Lembar1")}


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
    "ahp_judgments": (ahp_more_cases, ["decide", "ahp", "{file}", "--out", "{out}"]),
    "register_cells": (register_more_cases, ["registry", "import", "{file}",
                                             "--database-url", "{db}"]),
    "bps_xlsx": (bps_xlsx_cases, ["analyze", "{file}", "--all-regions", "--samples", "10",
                                  "--out", "{out}", "--quiet"]),
    "panel": (panel_cases, ["analyze", "{file}", "--all-regions", "--samples", "10",
                            "--out", "{out}", "--quiet"]),
    "io": (io_cases, ["io", "{file}", "--out", "{out}", "--quiet"]),
    "criteria": (criteria_cases, ["decide", "rank", "{matrix}", "--criteria", "{file}",
                                  "--samples", "5", "--out", "{out}"]),
    "siting_data": (siting_data_cases, ["siting", "-r", "72.06", "--centroids",
                                        "{centroids}", "--estate", "IMIP=-2.82,122.15",
                                        "--data", "{file}", "--samples", "5",
                                        "--out", "{out}"]),
    "siting_ikm": (siting_ikm_cases, ["siting", "-r", "72.06", "--centroids",
                                      "{centroids}", "--estate", "IMIP=-2.82,122.15",
                                      "--ikm", "{file}", "--samples", "5", "--out", "{out}"]),
    "siting_weights": (weights_cases, ["siting", "-r", "72.06", "--centroids",
                                       "{centroids}", "--estate", "IMIP=-2.82,122.15",
                                       "--weights", "{file}", "--samples", "5",
                                       "--out", "{out}"]),
    "kbli": (kbli_cases, ["kbli", "code", "{file}", "--column", "uraian", "--out", "{out}"]),
    "needs": (needs_cases, ["match", "needs", "{file}", "--suppliers", "{suppliers}",
                            "--out", "{out}"]),
    "suppliers": (suppliers_cases, ["match", "needs", "{needs}", "--suppliers", "{file}",
                                    "--out", "{out}"]),
    "outcomes": (outcomes_cases, ["match", "outcomes", "{file}", "--out", "{out}"]),
    "event": (event_cases, ["match", "schedule", "{file}", "--time-limit", "5",
                            "--out", "{out}"]),
    "programmes": (programmes_cases, ["programmes", "import", "{file}",
                                      "--database-url", "{world}"]),
    "monitor": (monitor_cases, ["monitor", "import", "{file}", "--database-url", "{world}"]),
    "attendance": (attendance_cases, ["consult", "attendance", "{event_id}", "{file}",
                                      "--database-url", "{world}"]),
    "capture": (capture_cases, ["consult", "import", "{plan_id}", "{file}", "--event",
                                "{event_id}", "--database-url", "{world}"]),
    "actions": (actions_cases, ["plan", "actions-import", "{plan_id}", "{file}",
                                "--database-url", "{world}"]),
}


def make_world(path: Path) -> dict[str, str]:
    """A migrated SQLite database at ``path`` holding the demo province, a plan of 72.06
    drafted from it (with its indicators), frozen as v0.1 and in consultation, and one
    consultation event; returns the placeholders of the commands that read it."""
    from datetime import date

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.consult.events import create_event
    from rancang.features.datasets.service import save_panel
    from rancang.features.monitoring.indicators import sync_indicators
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze
    from rancang.sources.synthetic import demo_province

    engine = make_engine(f"sqlite:///{path}")
    try:
        ensure_schema(engine)
        dataset = save_panel(engine, demo_province(), name="Demo (sintetis)")
        plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, dataset, region="9903")
        sync_indicators(engine, CLI_ACTOR, plan.id)
        freeze(engine, CLI_ACTOR, plan.id, "v0.1")
        set_status(engine, CLI_ACTOR, plan.id, "consultation")
        event = create_event(engine, CLI_ACTOR, plan.id, version="v0.1", title="FGD RPIK",
                             held_on=date(2026, 5, 12), place="Aula Bappeda")
    finally:
        engine.dispose()
    return {"plan_id": str(plan.id), "event_id": str(event.id)}


def values(root: Path, file: Path, tmp: Path, world: Path) -> dict[str, str]:
    """The placeholders of a case's command: the case, a fresh output folder and
    database under ``tmp``, the good side files of ``root`` and the world's ids."""
    return {"file": str(file), "out": str(tmp / "out"), "db": f"sqlite:///{tmp / 'db.sqlite'}",
            "criteria": str(root / "criteria.csv"), "centroids": str(root / "centroids.csv"),
            "matrix": str(root / "matrix.csv"), "needs": str(root / "needs.csv"),
            "suppliers": str(root / "suppliers.csv"), "world": f"sqlite:///{world}",
            "plan_id": "1", "event_id": "1"}


#: cases too big to keep in the repository: written only when the corpus is made for a
#: test or benchmark run (``main(..., big=True)``)
BIG = ("ten_thousand_columns.csv",)


def main(root: Path = ROOT, *, big: bool = False) -> int:
    """Write every case (the :data:`BIG` ones only with ``big``) and ``cases.json``;
    returns the number of cases."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / "criteria.csv").write_bytes(CRITERIA)
    (root / "centroids.csv").write_bytes(_lines(CENTROIDS_HEADER, *CENTROIDS_ROWS))
    (root / "matrix.csv").write_bytes(_lines(MATRIX_HEADER, "A,1,2", "B,2,1"))
    (root / "needs.csv").write_bytes(NEEDS_GOOD)
    (root / "suppliers.csv").write_bytes(SUPPLIERS_GOOD)
    cases: dict[str, dict[str, object]] = {}
    n = 0
    for folder, (make, command) in IMPORTERS.items():
        sub = root / folder
        sub.mkdir()
        made = make(sub) if folder == "ahp" else make()
        for name, data in sorted(made.items()):
            if big or name not in BIG:
                (sub / name).write_bytes(data)
            n += 1
        cases[folder] = {"command": command, "files": sorted(made)}
    (root / "cases.json").write_text(json.dumps(cases, indent=1) + "\n", encoding="utf-8")
    return n


if __name__ == "__main__":
    count = main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT,
                 big=len(sys.argv) > 1)
    print(f"{count} cases")
