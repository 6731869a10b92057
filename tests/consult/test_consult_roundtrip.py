"""Issue 14's last gaps through the service and the command line: the answers round trip
through CSV (both dialects, formula cells neutralised and read back as written, a long
answer over several lines), assigning inputs to team members and the assignee filter,
and the verbs ``consult form``, ``import``, ``answers`` and ``import-answers`` run as a
user runs them (a bad row refused whole, naming file, sheet, row and column, nothing
saved)."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from rancang.core.errors import InputError, NotFoundError
from rancang.features.consult import answers as ans
from rancang.features.consult import capture
from rancang.features.consult.inputs import Filters, assign, assignees, list_inputs
from rancang.features.consult.models import ConsultAnswer, ConsultInput
from tests.consult.conftest import OTHER, STAKEHOLDER, TEAM, make_plan


def _count(engine: Engine, table: type) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _inputs(engine: Engine, pid: int) -> list[int]:
    texts = ["=HYPERLINK(\"http://contoh\")", "Tambah pelatihan; dan sertifikasi",
             "Jalan akses kawasan"]
    return [capture.submit_online(engine, STAKEHOLDER, pid, "v0.1",
                                  {"bagian": "visi.visi_misi", "masukan": t})
            for t in texts]


def _read_csv(path: Path) -> tuple[bytes, list[list[str]]]:
    """The raw bytes and the rows, read with the standard library (not the app's reader)."""
    data = path.read_bytes()
    body = data.decode("utf-8-sig")
    sep = ";" if body.split("\n", 1)[0].count(";") > 3 else ","
    return data, list(csv.reader(io.StringIO(body, newline=""), delimiter=sep))


def _write_csv(path: Path, rows: list[list[str]], sep: str, encoding: str) -> None:
    """Save rows as Excel does (its separator and encoding, ``\\r\\n``, quotes as needed)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


@pytest.mark.parametrize("locale", ["id", "en"])
def test_answers_round_trip_through_csv(sqlite_store: Engine, tmp_path: Path,
                                        locale: str) -> None:
    engine = sqlite_store
    pid = make_plan(engine)
    a, b, c = _inputs(engine, pid)
    out = ans.write_answers(engine, TEAM, pid, tmp_path / "t.csv", csv_locale=locale)
    data, rows = _read_csv(out)
    assert data.startswith(codecs.BOM_UTF8) == (locale == "id")
    assert data.split(b"\n", 1)[0].count(b";" if locale == "id" else b",") == 11
    assert rows[0] == list(ans.ANSWER_HEAD)
    by_id = {int(r[0]): r for r in rows[1:]}
    assert set(by_id) == {a, b, c}
    assert by_id[a][4] == "'=HYPERLINK(\"http://contoh\")"  # neutralised, not a formula
    assert by_id[b][4] == "Tambah pelatihan; dan sertifikasi"
    # the team answers in Excel: a long answer over lines, one starting with '=' and
    # '-' (written back neutralised, as Rancang writes them), status by its name
    long = "Diakomodasi pada misi 2;\nrinciannya di program 3,\n\"pelatihan\" termasuk."
    by_id[a][8:11] = ["'=ditolak karena rumus", "tidak diakomodasi", "'- bukan kewenangan"]
    by_id[b][8:12] = [long, "diakomodasi sebagian", "Sebagian", ""]
    sep = ";" if locale == "id" else ","
    back = tmp_path / "back.csv"
    # an Indonesian Excel saves ';' in Windows-1252, an English one ',' in UTF-8; the
    # answer over lines last (a separator guessed from the first lines alone fails there)
    _write_csv(back, [rows[0], by_id[a], by_id[c], by_id[b]], sep,
               "cp1252" if locale == "id" else "utf-8")
    assert ans.import_answers(engine, TEAM, pid, back) == 2
    got = {i.id: i for i in list_inputs(engine, TEAM, pid)}
    assert got[a].response == "=ditolak karena rumus"
    assert got[a].reason == "- bukan kewenangan"
    assert got[a].disposition == "tidak_diakomodasi"
    assert got[b].response == long.replace("\r\n", "\n")
    assert got[b].disposition == "diakomodasi_sebagian"
    assert not got[c].answered
    assert [h["via"] for h in ans.history(engine, b)] == ["file"]
    # written again and read back unchanged: nothing is saved twice
    again = ans.write_answers(engine, TEAM, pid, tmp_path / "again.csv", csv_locale=locale)
    assert ans.import_answers(engine, TEAM, pid, again) == 0
    assert len(ans.history(engine, b)) == 1


def test_bad_csv_row_refused_whole(sqlite_store: Engine, tmp_path: Path) -> None:
    engine = sqlite_store
    pid = make_plan(engine)
    _inputs(engine, pid)
    out = ans.write_answers(engine, TEAM, pid, tmp_path / "t.csv")
    _, rows = _read_csv(out)
    rows[1][8:10] = ["Diterima", "diakomodasi"]
    rows[2][8:10] = ["Ditolak", "mungkin"]
    rows[3][8:12] = ["Berubah", "diakomodasi", "", "v9.9#visi.visi_misi"]
    _write_csv(out, rows, ";", "utf-8-sig")
    with pytest.raises(InputError) as err:
        ans.import_answers(engine, TEAM, pid, out)
    assert sorted((p.file, p.row, p.column) for p in err.value.problems) == [
        ("t.csv", 3, "status"), ("t.csv", 4, "perubahan")]
    assert _count(engine, ConsultAnswer) == 0  # the good first row is not kept either


def test_answers_file_other_suffix_refused(sqlite_store: Engine, tmp_path: Path) -> None:
    pid = make_plan(sqlite_store)
    with pytest.raises(InputError) as err:
        ans.write_answers(sqlite_store, TEAM, pid, tmp_path / "t.ods")
    assert ".ods" in str(err.value.problems[0])
    with pytest.raises(InputError):
        ans.write_answers(sqlite_store, TEAM, pid, tmp_path / "t.csv", csv_locale="fr")


def test_assign_and_filter_by_assignee(store: Engine) -> None:
    from rancang.features.accounts.service import create_user, set_active

    engine = store
    pid = make_plan(engine)
    a, b, c = _inputs(engine, pid)
    for name in ("analis-2", "analis-3", "analis-lama"):
        create_user(engine, name, "Rahasia-123456", role="analyst", region_code="72.06")
    set_active(engine, "analis-lama", False)
    for nobody in ("budi.tidak.ada", "analis-lama"):  # unknown, or no longer active
        with pytest.raises(InputError) as err:
            assign(engine, TEAM, [a], nobody)
        assert (err.value.problems[0].column, err.value.problems[0].text("en")) == (
            "assignee", f"column 'assignee': there is no active user named '{nobody}'; "
            "nothing was changed")
    assert assignees(engine, pid) == []  # nothing changed
    assert assign(engine, TEAM, [a, b], "  analis-2 ") == 2
    assert assign(engine, TEAM, [c], "analis-3") == 1
    got = {i.id: i.assignee for i in list_inputs(engine, TEAM, pid)}
    assert got == {a: "analis-2", b: "analis-2", c: "analis-3"}
    assert assignees(engine, pid) == ["analis-2", "analis-3"]
    assert [i.id for i in list_inputs(engine, TEAM, pid, Filters(assignee="analis-2"))] \
        == [a, b]
    assert assign(engine, TEAM, [b], "") == 1  # blank: nobody
    assert [i.id for i in list_inputs(engine, TEAM, pid, Filters(assignee="analis-2"))] \
        == [a]
    with pytest.raises(NotFoundError):  # another region's team: as if missing
        assign(engine, OTHER, [a], "orang-lain")
    with pytest.raises(InputError) as err:
        assign(engine, TEAM, [a], "x" * 101)
    assert err.value.problems[0].column == "assignee"
    with pytest.raises(NotFoundError):  # one unknown id: nobody is assigned
        assign(engine, TEAM, [c, 999_999], "analis-9")
    assert {i.id: i.assignee for i in list_inputs(engine, TEAM, pid)} == {
        a: "analis-2", b: "", c: "analis-3"}


# -- the command line --------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str]:
    from rancang.cli import build_app

    r = CliRunner().invoke(build_app(), list(args))
    return r.exit_code, r.output


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_form_import_answers_round_trip(sqlite_store: Engine, tmp_path: Path,
                                            lang: str) -> None:
    engine = sqlite_store
    pid = make_plan(engine)
    db = ("--database-url", str(engine.url), "--lang", lang)
    form = tmp_path / "form.xlsx"
    code, out = _cli("consult", "form", str(pid), "--out", str(form), *db)
    assert code == 0 and "form.xlsx" in out, out
    wb = openpyxl.load_workbook(form)
    assert [c.value for c in wb["masukan"][1]][:9] == list(capture.FORM_COLUMNS)
    good = ["Ani", "KADIN", "asosiasi", "visi.visi_misi", "", "Tambah hilirisasi nikel",
            "2026-05-12", "", "ya"]
    bad = ["Budi", "IKM Rotan", "ikm", "bab.tidak_ada", "", "Pelatihan", "", "", "tidak"]
    for row in (good, bad):
        wb["masukan"].append(row)
    wb.save(form)
    code, out = _cli("consult", "import", str(pid), str(form), *db)
    assert code == 2 and "Traceback" not in out, out
    where = ("berkas form.xlsx, lembar 'masukan', baris 3, kolom 'bagian'" if lang == "id"
             else "file form.xlsx, sheet 'masukan', row 3, column 'bagian'")
    assert where in " ".join(out.split()), out
    assert _count(engine, ConsultInput) == 0  # the good row is not kept either
    wb["masukan"].delete_rows(3)
    wb.save(form)
    code, out = _cli("consult", "import", str(pid), str(form), *db)
    assert code == 0, out
    code, out = _cli("consult", "import", str(pid), str(form), *db)  # again: no duplicate
    assert code == 0 and _count(engine, ConsultInput) == 1, out
    (item,) = list_inputs(engine, TEAM, pid)
    assert (item.author_name, item.group, item.consent) == ("Ani", "asosiasi", True)
    # the answers file as CSV, answered, read back
    answers = tmp_path / "answers.csv"
    code, out = _cli("consult", "answers", str(pid), "--out", str(answers), *db)
    assert code == 0 and answers.read_bytes().startswith(codecs.BOM_UTF8), out
    _, rows = _read_csv(answers)
    rows[1][8:11] = ["Visi disesuaikan", "diakomodasi", "Sejalan dengan RIPIN"]
    bad_rows = [r[:] for r in rows]
    bad_rows[1][0] = "123456"  # an input that is not of this plan
    _write_csv(answers, bad_rows, ";", "cp1252")
    code, out = _cli("consult", "import-answers", str(pid), str(answers), *db)
    where = ("berkas answers.csv, baris 2, kolom 'id'" if lang == "id"
             else "file answers.csv, row 2, column 'id'")
    assert code == 2 and where in " ".join(out.split()), out
    assert _count(engine, ConsultAnswer) == 0
    _write_csv(answers, rows, ";", "cp1252")
    code, out = _cli("consult", "import-answers", str(pid), str(answers), *db)
    assert code == 0, out
    (item,) = list_inputs(engine, TEAM, pid)
    assert (item.response, item.disposition) == ("Visi disesuaikan", "diakomodasi")
    # the workbook too, and an unknown kind of file refused without a traceback
    code, out = _cli("consult", "answers", str(pid), "--out", str(tmp_path / "a.xlsx"), *db)
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["tanggapan"]
    assert code == 0 and ws["I2"].value == "Visi disesuaikan", out
    code, out = _cli("consult", "answers", str(pid), "--out", str(tmp_path / "a.ods"), *db)
    assert code == 2 and ".ods" in out and "Traceback" not in out, out


def test_matrix_names_the_section_not_a_page() -> None:
    """A generated draft has no pages: the matrix's column is the section (its number
    stands for the page, docs/consult.md)."""
    from rancang.features.consult.matrix import COLUMNS, headings

    k = COLUMNS.index("section")
    assert (headings("id")[k], headings("en")[k]) == ("Bagian", "Section")
    assert not any(w in h.lower() for h in headings("id") + headings("en")
                   for w in ("halaman", "page"))


def test_answers_workbook_names_sections_and_reads_them_back(sqlite_store: Engine,
                                                             tmp_path: Path) -> None:
    """The workbook shows the section and the change by number and title; the change
    typed that way, or by the number alone, is read back to the section's key; a file
    read back unchanged saves nothing."""
    from rancang.features.plan.versions import freeze

    engine = sqlite_store
    pid = make_plan(engine)
    a, b, _ = _inputs(engine, pid)
    freeze(engine, TEAM, pid, "v0.2")
    ans.answer(engine, TEAM, [a], ans.Answer("Visi diubah", "diakomodasi", "", "v0.2",
                                             "visi.visi_misi"))
    out = ans.write_answers(engine, TEAM, pid, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["tanggapan"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    assert rows[a][2].value == "III.1 Visi dan Misi"
    assert rows[a][11].value == "v0.2 III.1 Visi dan Misi"
    assert ans.import_answers(engine, TEAM, pid, out) == 0  # unchanged: nothing saved
    rows[b][8].value, rows[b][9].value, rows[b][11].value = "Juga", "diakomodasi", "v0.2 III.1"
    book.save(out)
    assert ans.import_answers(engine, TEAM, pid, out) == 1
    got = {i.id: i for i in list_inputs(engine, TEAM, pid)}
    assert (got[b].change_version, got[b].change_section) == ("v0.2", "visi.visi_misi")
