"""Import of office spreadsheets: mapping, validation, all-or-nothing, idempotent re-import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from rancang.core.errors import InputError
from rancang.core.i18n import language, render_text
from rancang.features.registry.importer import import_files, prepare
from rancang.features.registry.models import AuditLog, Enterprise, EnterprisePeriod, RawMaterial

from .conftest import ROWS, office_workbook


def count(engine: Engine, model: type) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(model)).scalar_one())


def test_reads_merged_two_row_header_and_indonesian_numbers(tmp_path: Path) -> None:
    frame, tables = prepare([office_workbook(tmp_path / "ikm.xlsx")])
    t = tables[0]
    assert t.headers["workers_men"] == "Tenaga Kerja / L"
    assert t.headers["output_value"] == "Produksi / Nilai (Rp)"
    assert t.headers["name"] == "NAMA IKM"
    assert frame.height == 3  # the JUMLAH row is not a firm
    first = frame.row(0, named=True)
    assert first["_row"] == 5  # spreadsheet row number, header rows counted
    assert first["investment"] == 25_000_000.0
    assert first["output_quantity"] == 1200.0  # "1.200" is Indonesian thousands
    assert frame.row(2, named=True)["output_quantity"] == 800.5  # "800,5" decimal comma
    assert first["workers"] == 5 and first["cert_halal"] is True
    assert first["legal_form"] == "UD" and first["district_code"] == "72.06.05"
    assert first["regency_code"] == "72.06" and first["province_code"] == "72"


def test_problems_listed_with_sheet_row_column(tmp_path: Path, engine: Engine) -> None:
    bad = [r.copy() for r in ROWS]
    bad[0][2] = "91200012345"  # 11 digits
    bad[1][5] = "46100"  # trade, not manufacturing
    bad[2][6] = "dua"  # not a number
    bad[2][4] = "7206051016"  # undotted village code
    path = office_workbook(tmp_path / "bad.xlsx", bad)
    with pytest.raises(InputError) as err:
        import_files(engine, [path])
    probs = {(p.row, p.column): str(p.message) for p in err.value.problems}
    assert probs[(5, "NIB")].startswith("NIB harus 13 digit")
    assert "KBLI" in probs[(6, "KBLI")]
    assert probs[(7, "Tenaga Kerja / L")] == "bukan angka: 'dua'"
    assert "Kemendagri" in probs[(7, "Kode Desa")]
    assert all(p.sheet == "IKM 2023" and p.file == "bad.xlsx" for p in err.value.problems)
    assert count(engine, Enterprise) == 0
    with language("en"), pytest.raises(InputError) as err_en:
        import_files(engine, [path])
    assert any(render_text(p.message, "en").startswith("NIB must be 13 digits")
               for p in err_en.value.problems)


def test_all_or_nothing_across_files(tmp_path: Path, engine: Engine) -> None:
    good = office_workbook(tmp_path / "good.xlsx")
    bad_rows = [r.copy() for r in ROWS]
    bad_rows[1][1] = None  # missing name
    bad = office_workbook(tmp_path / "bad.xlsx", bad_rows)
    with pytest.raises(InputError):
        import_files(engine, [good, bad])
    assert count(engine, Enterprise) == 0 and count(engine, AuditLog) == 0


def test_reimport_reports_added_changed_unchanged(tmp_path: Path, engine: Engine) -> None:
    path = office_workbook(tmp_path / "ikm.xlsx")
    first = import_files(engine, [path], actor="tester")
    assert (first.added, first.changed, first.unchanged) == (3, 0, 0)
    assert count(engine, RawMaterial) == 0
    again = import_files(engine, [path], actor="tester")
    assert (again.added, again.changed, again.unchanged) == (0, 0, 3)
    assert count(engine, Enterprise) == 3 and count(engine, EnterprisePeriod) == 3
    rows = [r.copy() for r in ROWS]
    rows[1][6] = 8  # CV Sinar Jaya hires two more men; it has no NIB: matched on name+address
    rows[2][3] = "Desa Tofoiso, Kec. Bungku Tengah"  # address edited, matched on NIB
    rows.append([4, "Koperasi Anyaman Pandan", None, "Jl. Pantai", "72.06.10.2002", "16292",
                 0, 12, "12.000.000", 300, "buah", "9.000.000", "Tidak", 2023])
    rows.append([1, "UD. Roti Bu Ani", "9120001234567", "Jl. Merdeka No. 3", "72.06.05.1014",
                 "10710", 3, 3, "Rp 30.000.000", "1.300", "bungkus", "19.500.000", "Ya", 2024])
    update = import_files(engine, [office_workbook(tmp_path / "ikm2.xlsx", rows)],
                          actor="tester")
    assert (update.added, update.changed, update.unchanged) == (1, 3, 0)
    assert (update.periods_added, update.periods_changed) == (2, 1)
    assert count(engine, Enterprise) == 4
    with engine.connect() as c:
        audit = c.execute(select(AuditLog).where(AuditLog.action == "update")).all()
        workers = c.execute(select(EnterprisePeriod.workers_men)
                            .join(Enterprise).where(Enterprise.name == "CV Sinar Jaya Mebel")
                            ).scalar_one()
    assert workers == 8
    changes = {(a.entity, tuple(sorted(a.after))) for a in audit}
    assert ("enterprise", ("address", "match_key")) in changes or \
        ("enterprise", ("address",)) in changes
    assert any(a.before.get("workers_men") == 6 and a.after["workers_men"] == 8 for a in audit)
    assert all(a.actor == "tester" for a in audit)


def test_dry_run_writes_nothing(tmp_path: Path, engine: Engine) -> None:
    report = import_files(engine, [office_workbook(tmp_path / "ikm.xlsx")], dry_run=True)
    assert report.added == 3 and report.dry_run
    assert count(engine, Enterprise) == 0 and count(engine, AuditLog) == 0


def test_several_sheets_and_duplicates(tmp_path: Path, engine: Engine) -> None:
    extra = [["UD Maju Jaya", "9120007777777", "Jl. Pasar", "72.06.10.2004", 4, 2023, "Tahu"]]
    path = office_workbook(tmp_path / "ikm.xlsx", second_sheet=extra)
    report = import_files(engine, [path])
    assert report.added == 4 and len(report.sheets) == 2
    dup = office_workbook(tmp_path / "dup.xlsx", second_sheet=[
        ["UD Roti Bu Ani", "9120001234567", "Jl. Merdeka 3", "72.06.05.1014", 5, 2023, "Roti"]])
    with pytest.raises(InputError) as err:
        import_files(engine, [dup])
    assert any("ganda" in str(p.message) and p.sheet == "Sentra" for p in err.value.problems)


def test_csv_with_semicolons_and_user_mapping(tmp_path: Path, engine: Engine) -> None:
    csv = tmp_path / "ikm.csv"
    csv.write_text(
        "Nama Usaha;Merek;TK;Nilai Investasi (Rp);Kode Desa\n"
        "Tahu Sumedang Pak Agus;Tahu Enak;4;7.500.000;72.06.05.1014\n", encoding="utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("product:\n  - Merek\n", encoding="utf-8")
    from rancang.features.registry.mapping import read_mapping_file

    with pytest.raises(InputError) as err:
        import_files(engine, [csv], mapping=read_mapping_file(mapping))
    assert "--period" in str(err.value.problems[0].message)
    report = import_files(engine, [csv], mapping=read_mapping_file(mapping), period="2024")
    assert report.added == 1
    with engine.connect() as c:
        e = c.execute(select(Enterprise)).one()
    assert e.product == "Tahu Enak" and e.village_code == "72.06.05.1014"


def test_two_rows_resolving_to_one_stored_firm_are_rejected(tmp_path: Path, engine: Engine) -> None:
    import_files(engine, [office_workbook(tmp_path / "ikm.xlsx")])
    before = count(engine, AuditLog)
    rows = [r.copy() for r in ROWS]
    # new row 4 has Bu Ani's name+address+village but another NIB... and row 1 keeps the NIB:
    # both resolve to the same stored firm, which is only found while writing
    rows.append([9, "UD Roti Bu Ani", None, "Jl. Merdeka No. 3", "72.06.05.1014", "10710",
                 1, 1, "1.000.000", 10, "bungkus", "100.000", "Ya", 2023])
    rows.append([10, "Anyaman Baru", None, "Jl. Baru", "72.06.10.2002", "16292",
                 1, 1, "1.000.000", 10, "buah", "100.000", "Tidak", 2023])
    with pytest.raises(InputError) as err:
        import_files(engine, [office_workbook(tmp_path / "clash.xlsx", rows)])
    assert err.value.problems[0].row in (5, 8)
    assert count(engine, Enterprise) == 3 and count(engine, AuditLog) == before


@pytest.mark.postgres
def test_import_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    from rancang.core.db import ensure_schema, make_engine

    eng = make_engine(postgres_url)
    try:
        ensure_schema(eng)
        path = office_workbook(tmp_path / "ikm.xlsx")
        assert import_files(eng, [path]).added == 3
        again = import_files(eng, [path])
        assert (again.added, again.unchanged) == (0, 3)
        assert count(eng, AuditLog) == 2  # one bulk entry each for firms and periods
        from rancang.features.registry.panel import register_panel

        panel, _ = register_panel(eng, level=2, measure="workers")
        assert panel.values.sum() == 5 + 7 + 2 and not panel.synthetic
    finally:
        eng.dispose()


@pytest.mark.realdata
def test_district_and_village_codes_checked_against_supplied_list(
    tmp_path: Path, engine: Engine, raw_dir: Path
) -> None:
    from rancang.features.registry.validate import load_area_codes

    area = raw_dir / "idn-area-data"
    codes = load_area_codes([area / "districts.csv", area / "villages.csv"])
    assert "72.06.05" in codes and "72.06.05.1014" in codes
    rows = [r.copy() for r in ROWS]
    rows[2][4] = "72.06.05.9999"  # no such village in Bungku Tengah
    path = office_workbook(tmp_path / "ikm.xlsx", rows)
    with pytest.raises(InputError) as err:
        import_files(engine, [path], areas=codes)
    (p,) = err.value.problems
    assert (p.row, p.column) == (7, "Kode Desa") and "72.06.05.9999" in str(p.message)
    assert import_files(engine, [office_workbook(tmp_path / "ok.xlsx")], areas=codes).added == 3


def test_regency_codes_checked_against_reference(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rancang.features.registry import validate

    monkeypatch.setattr(validate, "known_regencies", lambda: frozenset({"72.01"}))
    with pytest.raises(InputError) as err:
        import_files(engine, [office_workbook(tmp_path / "ikm.xlsx")])
    assert {p.column for p in err.value.problems} == {"regency_code"}
    assert all("72.06" in str(p.message) for p in err.value.problems)
