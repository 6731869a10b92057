"""``import_programmes``: columns in both languages, Indonesian numbers, idempotent
re-import, blank cells keep values, located errors that change nothing, region scope."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, select

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.models import Programme

HEAD = "kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"
GOOD = (HEAD
        + "3.31.02.2.01.0002;Pembinaan IKM Pangan;Kabupaten/Kota;Disperindag Morowali;72.06;"
          "2026;1.250.000.000,00;Jumlah IKM dibina;unit usaha;25\n"
        + "3.31.02.1.01.0003;Pendampingan Sentra IKM;provinsi;Disperindag Sulteng;72.06;2026;"
          "300.000.000;Jumlah sentra;sentra;2\n")


def _csv(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def _dump(engine: Engine) -> list[tuple[Any, ...]]:
    t = Programme.__table__
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(t).order_by(t.c.id))]


def test_import_reads_indonesian_numbers_and_is_idempotent(store: Engine,
                                                             tmp_path: Path) -> None:
    path = _csv(tmp_path, "prog.csv", GOOD)
    first = import_programmes(store, CLI_ACTOR, [path])
    assert (first.inserted, first.updated, first.unchanged) == (2, 0, 0)
    rows = {r[1]: r for r in _dump(store)}
    t = Programme.__table__
    with store.connect() as conn:
        got = {r.code: r for r in conn.execute(select(t))}
    assert got["3.31.02.2.01.0002"].budget == 1_250_000_000.0
    assert got["3.31.02.2.01.0002"].level == "kabupaten"
    assert got["3.31.02.1.01.0003"].budget == 300_000_000.0
    assert got["3.31.02.1.01.0003"].target == 2.0
    again = import_programmes(store, CLI_ACTOR, [path])
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert {r[1]: r[:-2] for r in _dump(store)} == {k: v[:-2] for k, v in rows.items()}


def test_blank_cells_keep_values_and_changes_update(store: Engine, tmp_path: Path) -> None:
    import_programmes(store, CLI_ACTOR, [_csv(tmp_path, "a.csv", GOOD)])
    # English headers, an XLSX; the budget changes, the name and indicator are blank
    wb = Workbook()
    ws = wb.active
    ws.title = "Programmes"
    ws.append(["Budget programmes 2026"])  # a title row above the header
    ws.append(["code", "name", "level", "agency", "region", "year", "budget", "indicator",
               "unit", "target"])
    ws.append(["3.31.02.2.01.0002", None, None, "Disperindag Morowali", "72.06", 2026,
               1500000000, None, None, None])
    path = tmp_path / "b.xlsx"
    wb.save(path)
    result = import_programmes(store, CLI_ACTOR, [path])
    assert (result.inserted, result.updated) == (0, 1)
    t = Programme.__table__
    with store.connect() as conn:
        row = conn.execute(select(t).where(t.c.code == "3.31.02.2.01.0002")).one()
    assert row.budget == 1_500_000_000.0
    assert row.name == "Pembinaan IKM Pangan"
    assert row.indicator == "Jumlah IKM dibina"
    assert row.target == 25.0


def test_errors_are_located_and_change_nothing(store: Engine, tmp_path: Path) -> None:
    import_programmes(store, CLI_ACTOR, [_csv(tmp_path, "a.csv", GOOD)])
    before = _dump(store)
    good = _csv(tmp_path, "b.csv", HEAD + "3.31.02.2.01.0004;Sarana;kabupaten;Dinas X;"
                "72.06;2026;10;;;\n")
    bad = _csv(tmp_path, "c.csv", HEAD
               + "3.31.02.1.01.0001;Salah digit;kabupaten;Dinas X;72.06;2026;10;;;\n"
               + "3.31.2.201;Bentuk lama;kabupaten;Dinas X;72.06;2026;10;;;\n"
               + "3.31.02.2.01.0001;Tahun;kabupaten;Dinas X;72.06;20x6;10;;;\n"
               + "3.31.02.2.01.0001;Negatif;kabupaten;Dinas X;72.06;2026;-5;;;\n"
               + "3.31.02.2.01.0001;Tanpa instansi;kabupaten;;72.06;2026;10;;;\n"
               + "3.31.02.2.01.0003;Tingkat;desa;Dinas X;72.06;2026;10;;;\n"
               + "3.31.02.2.01.0003;Wilayah provinsi;kabupaten;Dinas X;72;2026;10;;;\n"
               + "3.31.02.2.01.0004;Dua kali;kabupaten;Dinas X;72.06;2026;10;;;\n"
               + "3.31.02.2.01.0005;Pagu teks;kabupaten;Dinas X;72.06;2026;banyak;;;\n")
    with pytest.raises(InputError) as err:
        import_programmes(store, CLI_ACTOR, [good, bad])
    found = {(p.file, p.row, p.column) for p in err.value.problems}
    assert found == {
        ("c.csv", 2, "kode"), ("c.csv", 3, "kode"), ("c.csv", 4, "tahun"),
        ("c.csv", 5, "pagu"), ("c.csv", 6, "instansi"), ("c.csv", 7, "tingkat"),
        ("c.csv", 8, "wilayah"), ("c.csv", 9, "kode"), ("c.csv", 10, "pagu")}
    twice = next(p for p in err.value.problems if p.row == 9)
    assert "b.csv" in str(twice.message)
    assert _dump(store) == before  # the good file was not stored either


def test_region_scope(store: Engine, tmp_path: Path, analyst: Actor) -> None:
    other = _csv(tmp_path, "o.csv", HEAD + "3.31.02.2.01.0001;Donggala;kabupaten;Dinas D;"
                 "72.03;2026;10;;;\n")
    with pytest.raises(InputError) as err:
        import_programmes(store, analyst, [other])
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "wilayah")]
    assert _dump(store) == []
    own = _csv(tmp_path, "m.csv", HEAD + "3.31.02.2.01.0001;Morowali;kabupaten;Dinas M;"
               "72.06;2026;10;;;\n")
    assert import_programmes(store, analyst, [own]).inserted == 1


def test_a_file_without_programme_columns(lite: Engine, tmp_path: Path) -> None:
    path = _csv(tmp_path, "x.csv", "a;b\n1;2\n")
    with pytest.raises(InputError) as err:
        import_programmes(lite, CLI_ACTOR, [path])
    assert err.value.problems[0].file == "x.csv"


LEVELS_HEAD = "kode;program;kegiatan;sub_kegiatan;tingkat;instansi;wilayah;tahun;pagu\n"


def test_names_in_separate_level_columns(lite: Engine, tmp_path: Path) -> None:
    path = _csv(tmp_path, "levels.csv", LEVELS_HEAD
                + "3.31.02;Program Pengembangan Industri;;;kabupaten;Dinas M;72.06;2026;\n"
                + "3.31.02.2.01;Program Pengembangan Industri;Penyusunan RPIK;;kabupaten;"
                  "Dinas M;72.06;2026;\n"
                + "3.31.02.2.01.0002;Program Pengembangan Industri;Penyusunan RPIK;"
                  "Koordinasi  Penyusunan RPIK;kabupaten;Dinas M;72.06;2026;5.000.000\n"
                + "019.05.WA;Program Kemenperin;Dukungan Manajemen;;pusat;Kemenperin;72;"
                  "2026;\n")
    assert import_programmes(lite, CLI_ACTOR, [path]).inserted == 4
    t = Programme.__table__
    with lite.connect() as conn:
        names = dict(conn.execute(select(t.c.code, t.c.name)).all())
    assert names == {"3.31.02": "Program Pengembangan Industri",
                     "3.31.02.2.01": "Penyusunan RPIK",
                     "3.31.02.2.01.0002": "Koordinasi Penyusunan RPIK",
                     "019.05.WA": "Dukungan Manajemen"}  # a ministry's code: the deepest
    # English headers, with the nomenklatur beside them; blank names keep the stored one
    wb = Workbook()
    ws = wb.active
    ws.append(["code", "name", "programme", "activity", "sub-activity", "level", "agency",
               "region", "year"])
    ws.append(["3.31.02.2.01.0002", "koordinasi penyusunan RPIK", None, None,
               "Koordinasi Penyusunan RPIK", "kabupaten", "Dinas M", "72.06", 2026])
    ws.append(["3.31.02.2.01", None, None, None, None, "kabupaten", "Dinas M", "72.06", 2026])
    wb.save(tmp_path / "en.xlsx")
    done = import_programmes(lite, CLI_ACTOR, [tmp_path / "en.xlsx"])
    assert (done.inserted, done.updated, done.unchanged) == (0, 1, 1)


def test_level_columns_must_agree_with_the_code(lite: Engine, tmp_path: Path) -> None:
    path = _csv(tmp_path, "bad.csv", LEVELS_HEAD
                # a programme code naming an activity
                + "3.31.02;Program P;Kegiatan K;;kabupaten;Dinas M;72.06;2026;\n"
                # an activity code naming a sub-activity
                + "3.31.02.2.01;Program P;Kegiatan K;Sub S;kabupaten;Dinas M;72.06;2026;\n"
                # a sub-activity code without its name
                + "3.31.02.2.01.0002;Program P;Kegiatan K;;kabupaten;Dinas M;72.06;2026;\n"
                # fine
                + "3.31.02.2.01.0003;;;Sub T;kabupaten;Dinas M;72.06;2026;\n")
    with pytest.raises(InputError) as err:
        import_programmes(lite, CLI_ACTOR, [path])
    found = [(p.row, p.column, p.message.key) for p in err.value.problems]
    assert found == [(2, "kegiatan", "programmes.import.name_deeper"),
                     (3, "sub_kegiatan", "programmes.import.name_deeper"),
                     (4, "sub_kegiatan", "programmes.import.name_missing")]
    assert "sub kegiatan" in str(err.value.problems[2].message)
    assert _dump(lite) == []
    other = _csv(tmp_path, "differs.csv", "kode;nomenklatur;sub_kegiatan;tingkat;instansi;"
                 "wilayah;tahun\n3.31.02.2.01.0002;Pembinaan IKM;Sentra IKM;kabupaten;"
                 "Dinas M;72.06;2026\n")
    with pytest.raises(InputError) as err:
        import_programmes(lite, CLI_ACTOR, [other])
    assert [(p.row, p.column, p.message.key) for p in err.value.problems] == [
        (2, "nomenklatur", "programmes.import.name_differs")]
