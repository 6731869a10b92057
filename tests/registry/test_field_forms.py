"""A register collected in the field with KoBoToolbox or ODK Collect: the export (question
names under their groups, GPS split into parts, the app's meta columns) imports the same
firms as the office's own workbook of the same data."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from rancang.features.registry.demo import OFFICE_HEADERS, demo_register, write_office_xlsx
from rancang.features.registry.importer import import_files
from rancang.features.registry.service import open_register, register_frame

GROUPS = {"nib": "identitas", "name": "identitas", "legal_form": "identitas",
          "owner_name": "identitas", "phone": "identitas/kontak", "address": "lokasi_usaha",
          "village_code": "lokasi_usaha", "village_name": "lokasi_usaha",
          "district_name": "lokasi_usaha"}


def _question(field: str) -> str:
    """The XML name a form designer would give the office's header ("No. HP" -> no_hp)."""
    return re.sub(r"[^0-9a-z]+", "_", OFFICE_HEADERS[field].lower()).strip("_")


def write_kobo_xlsx(frame: pl.DataFrame, path: Path, *, odk: bool = False) -> Path:
    """The frame as KoBoToolbox exports it (XML names with '/' groups; ODK Central: '-')."""
    import xlsxwriter

    sep = "-" if odk else "/"
    cols = [c for c in OFFICE_HEADERS if c in frame.columns and c not in ("latitude",
                                                                          "longitude")]
    header = ["start", "end", *[f"{GROUPS.get(c, 'usaha').replace('/', sep)}{sep}{_question(c)}"
                                for c in cols]]
    gps = ["lokasi-Latitude", "lokasi-Longitude"] if odk else [
        "lokasi", "_lokasi_latitude", "_lokasi_longitude", "_lokasi_altitude",
        "_lokasi_precision"]
    meta = ["meta-instanceID", "KEY"] if odk else ["_id", "_uuid", "_submission_time",
                                                   "_validation_status", "_index"]
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = wb.add_worksheet("Data IKM" if not odk else "data")
    ws.write_row(0, 0, header + gps + meta)
    for k, row in enumerate(frame.iter_rows(named=True), start=1):
        lat, lng = row.get("latitude"), row.get("longitude")
        values = ["2026-11-02T08:00:00", "2026-11-02T08:20:00",
                  *["" if row[c] is None else row[c] for c in cols]]
        point = [lat, lng] if odk else [
            "" if lat is None else f"{lat} {lng} 0 5", lat, lng, 0, 5]
        ids = [f"uuid:{k}", f"uuid:{k}"] if odk else [k, f"uuid-{k}",
                                                     "2026-11-02T09:00:00", "", k]
        ws.write_row(k, 0, values + ["" if v is None else v for v in point] + ids)
    wb.close()
    return path


@pytest.mark.parametrize("odk", [False, True], ids=["kobo", "odk-central"])
def test_field_form_export_imports_like_the_office_workbook(tmp_path: Path, odk: bool) -> None:
    frame = demo_register(15, seed=9, years=(2024,))
    office = open_register(f"sqlite:///{tmp_path / 'office.sqlite'}")
    import_files(office, [write_office_xlsx(frame, tmp_path / "office.xlsx")], actor="t",
                 synthetic=True)
    field = open_register(f"sqlite:///{tmp_path / 'field.sqlite'}")
    form = write_kobo_xlsx(frame, tmp_path / "kobo.xlsx", odk=odk)
    import_files(field, [form], actor="t", synthetic=True)
    import_files(field, [form], actor="t", synthetic=True)  # re-import: no duplicates
    drop = ["id", "created_at", "updated_at", "match_key", "source_file", "source_row",
            "import_batch", "source_sheet"]
    a, b = (register_frame(e) for e in (office, field))
    a = a.drop([c for c in drop if c in a.columns]).sort("name")
    b = b.drop([c for c in drop if c in b.columns]).sort("name")
    assert b.height == a.height == 15
    assert a.columns == b.columns
    for c in a.columns:
        assert a[c].to_list() == b[c].to_list(), c
    office.dispose()
    field.dispose()
