"""An FGD from invitation to matrix, through the service and the CLI, in both languages;
the capture form refused whole on one bad row; frozen versions; the flag of an
accommodated input without a change; who sees which inputs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from rancang.core.errors import InputError, NotFoundError
from rancang.features.consult import answers as ans
from rancang.features.consult import capture, events, matrix
from rancang.features.consult.inputs import list_inputs
from rancang.features.consult.models import ConsultInput
from tests.consult.conftest import (
    ADMIN,
    OTHER,
    STAKEHOLDER,
    STAKEHOLDER2,
    TEAM,
    make_plan,
)


def _n_inputs(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ConsultInput)).scalar_one())


def _fill(path: Path, rows: list[list[str]]) -> None:
    wb = openpyxl.load_workbook(path)
    for r in rows:
        wb["masukan"].append(r)
    wb.save(path)


def test_form_has_sections_list_and_validation(sqlite_store: Engine, tmp_path: Path) -> None:
    pid = make_plan(sqlite_store)
    out = capture.write_form(sqlite_store, TEAM, pid, "v0.1", tmp_path / "form.xlsx")
    wb = openpyxl.load_workbook(out)
    assert [c.value for c in wb["masukan"][1]] == [*capture.FORM_COLUMNS, *capture.FORM_OPTIONAL]
    keys = [r[1].value for r in wb["bagian"].iter_rows(min_row=2)]
    assert "visi.visi_misi" in keys and len(keys) == 27  # the RPIK outline's sections
    # the drop-down offers the sections' numbers and titles, never the keys
    shown = [r[0].value for r in wb["bagian"].iter_rows(min_row=2)]
    assert "III.1 Visi dan Misi" in shown and not set(shown) & set(keys)
    dv = [d for d in wb["masukan"].data_validations.dataValidation if "D2" in str(d.sqref)]
    assert dv and dv[0].formula1 == f"bagian!$A$2:$A${len(keys) + 1}"


def test_one_bad_row_refuses_the_whole_form(sqlite_store: Engine, tmp_path: Path) -> None:
    pid = make_plan(sqlite_store)
    path = capture.write_form(sqlite_store, TEAM, pid, "v0.1", tmp_path / "form.xlsx")
    _fill(path, [["Ani", "KADIN", "asosiasi", "visi.visi_misi", "", "Tambah hilirisasi",
                  "2026-05-12", "", "ya"],
                 ["Budi", "IKM Rotan", "ikm", "bab.tidak_ada", "", "Pelatihan", "", "",
                  "tidak"],
                 ["Cici", "OPD", "opd", "visi.strategi", "", "Jalan kawasan", "12/13/2026",
                  "", "mungkin"]])
    with pytest.raises(InputError) as exc:
        capture.import_form(sqlite_store, TEAM, pid, path)
    found = {(p.file, p.sheet, p.row, p.column) for p in exc.value.problems}
    assert found == {("form.xlsx", "masukan", 3, "bagian"), ("form.xlsx", "masukan", 4,
                                                             "tanggal"),
                     ("form.xlsx", "masukan", 4, "boleh_dipublikasikan")}
    assert _n_inputs(sqlite_store) == 0  # nothing written


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_section_offered_by_the_drop_down_is_loaded(sqlite_store: Engine, tmp_path: Path,
                                                        lang: str) -> None:
    pid = make_plan(sqlite_store)
    path = capture.write_form(sqlite_store, TEAM, pid, "v0.1", tmp_path / "form.xlsx", lang)
    wb = openpyxl.load_workbook(path)
    offered = {r[1]: r[0] for r in wb["bagian"].iter_rows(min_row=2, values_only=True)}
    assert offered["visi.visi_misi"] == ("III.1 Visi dan Misi" if lang == "id"
                                         else "III.1 Vision and Mission")
    _fill(path, [["Ani", "KADIN", "asosiasi", offered["visi.visi_misi"], "", "Tambah hilir",
                  "", "surat", "ya"],
                 ["Budi", "IKM", "ikm", "III.1", "", "Pelatihan", "", "surat", "tidak"],
                 ["Cici", "OPD", "opd", "visi.visi_misi", "", "Jalan", "", "surat", "ya"]])
    new, _ = capture.import_form(sqlite_store, TEAM, pid, path)
    assert len(new) == 3
    assert {i.section_key for i in list_inputs(sqlite_store, TEAM, pid)} == {"visi.visi_misi"}


def test_reimport_does_not_duplicate(store: Engine, tmp_path: Path) -> None:
    sqlite_store = store  # both databases
    pid = make_plan(sqlite_store)
    path = capture.write_form(sqlite_store, TEAM, pid, "v0.1", tmp_path / "form.xlsx")
    _fill(path, [["Ani", "KADIN", "KADIN/asosiasi", "visi.visi_misi", "", "Tambah hilir",
                  "", "surat", "ya"]])
    new, already = capture.import_form(sqlite_store, TEAM, pid, path)
    assert (len(new), already) == (1, 0)
    new, already = capture.import_form(sqlite_store, TEAM, pid, path)
    assert (len(new), already) == (0, 1)
    item = list_inputs(sqlite_store, TEAM, pid)[0]
    assert (item.group, item.channel, item.consent) == ("asosiasi", "surat", True)


def test_inputs_anchor_to_frozen_versions_only(sqlite_store: Engine) -> None:
    from rancang.features.plan.store import edit_section
    from rancang.features.plan.versions import freeze, snapshot

    pid = make_plan(sqlite_store)
    with pytest.raises(InputError) as exc:
        capture.submit_online(sqlite_store, STAKEHOLDER, pid, "current",
                              {"bagian": "visi.visi_misi", "masukan": "x"})
    assert exc.value.problems[0].column == "version"
    with pytest.raises(InputError):
        events.create_event(sqlite_store, TEAM, pid, version="current", title="FGD",
                            held_on=date(2026, 5, 1), place="Aula")
    before = snapshot(sqlite_store, TEAM, pid, "v0.1")
    edit_section(sqlite_store, TEAM, pid, "visi.visi_misi", "Visi baru.")
    # the version an input anchors to does not move with the draft; it is frozen once
    assert snapshot(sqlite_store, TEAM, pid, "v0.1") == before
    with pytest.raises(InputError):
        freeze(sqlite_store, TEAM, pid, "v0.1")
    assert snapshot(sqlite_store, TEAM, pid, "v0.1") == before


def test_stakeholders_see_only_their_own_unpublished_inputs(store: Engine) -> None:
    pid = make_plan(store)
    mine = capture.submit_online(store, STAKEHOLDER, pid, "v0.1", {
        "bagian": "visi.visi_misi", "masukan": "Rahasia saya", "kelompok": "ikm"})
    theirs = capture.submit_online(store, STAKEHOLDER2, pid, "v0.1", {
        "bagian": "visi.visi_misi", "masukan": "Rahasia dia", "kelompok": "asosiasi"})
    public = capture.submit_online(store, STAKEHOLDER2, pid, "v0.1", {
        "bagian": "visi.strategi", "masukan": "Terbuka", "boleh_dipublikasikan": "ya"})
    seen = {i.id for i in list_inputs(store, STAKEHOLDER, pid)}
    assert seen == {mine, public}
    assert {i.id for i in list_inputs(store, STAKEHOLDER2, pid)} == {theirs, public}
    assert {i.id for i in list_inputs(store, TEAM, pid)} == {mine, theirs, public}
    with pytest.raises(NotFoundError):  # another region's team: the plan is public, the
        # inputs are not theirs to manage
        ans.answer(store, OTHER, [mine], ans.Answer("x", "diakomodasi"))
    # the author of an input from an account is notified of its answer
    ans.answer(store, TEAM, [mine], ans.Answer("Diterima", "tidak_diakomodasi", "Di luar"))
    assert [n["input_id"] for n in ans.notices(store, STAKEHOLDER)] == [mine]
    assert ans.notices(store, STAKEHOLDER2) == []


def test_draft_plan_hidden_from_stakeholders(sqlite_store: Engine) -> None:
    pid = make_plan(sqlite_store, status="draft")
    with pytest.raises(NotFoundError):
        capture.submit_online(sqlite_store, STAKEHOLDER, pid, "v0.1",
                              {"bagian": "visi.visi_misi", "masukan": "x"})


@pytest.mark.parametrize("lang", ["id", "en"])
def test_fgd_from_invitation_to_matrix(sqlite_store: Engine, tmp_path: Path,
                                       lang: str) -> None:
    from rancang.features.plan.store import edit_section
    from rancang.features.plan.versions import freeze

    engine = sqlite_store
    pid = make_plan(engine)
    e = events.create_event(engine, TEAM, pid, version="v0.1", title="FGD RPIK",
                            held_on=date(2026, 5, 12), place="Aula Bappeda",
                            chair="Sekda", invites=[("KADIN", "asosiasi"),
                                                    ("Sentra Rotan", "IKM"),
                                                    ("Dinas PU", "opd")])
    with pytest.raises(NotFoundError):
        events.get_event(engine, OTHER, e.id)
    hadir = tmp_path / "hadir.csv"
    hadir.write_text("nama,instansi,kelompok\nAni,KADIN,asosiasi\nBudi,Sentra Rotan,ikm\n"
                     "Cici,Kampus,akademisi\n")
    assert events.load_attendance(engine, TEAM, e.id, hadir) == (3, 0)
    events.check_in(engine, e.checkin_code.lower(), {"name": "Dedi", "organisation":
                                                     "KADIN", "group": "asosiasi"})
    groups = {g.group: g for g in events.by_group(events.invites_of(engine, e.id),
                                                  events.attendance(engine, e.id))}
    assert (groups["asosiasi"].invited, groups["asosiasi"].present_orgs,
            groups["asosiasi"].persons) == (1, 1, 2)
    assert groups["opd"].absent == ["Dinas PU"]
    ids, _ = capture.capture_batch(engine, TEAM, e.id, [
        {"nama": "Ani", "instansi": "KADIN", "kelompok": "asosiasi",
         "bagian": "visi.visi_misi", "masukan": "Sebut hilirisasi nikel",
         "boleh_dipublikasikan": "ya"},
        {"nama": "Budi", "instansi": "Sentra Rotan", "kelompok": "ikm",
         "bagian": "program.pemberdayaan", "masukan": "Pelatihan desain rotan"},
        {"nama": "Cici", "instansi": "Kampus", "kelompok": "akademisi",
         "bagian": "kondisi.perekonomian", "masukan": "Pakai ADHK 2010"}])
    edit_section(engine, TEAM, pid, "visi.visi_misi", "Visi dengan hilirisasi nikel.")
    freeze(engine, TEAM, pid, "v0.2")
    # a change must be a section of a later version
    with pytest.raises(InputError):
        ans.answer(engine, TEAM, [ids[0]], ans.Answer("Ya", "diakomodasi", "", "v0.1",
                                                      "visi.visi_misi"))
    ans.answer(engine, TEAM, [ids[0]], ans.Answer("Visi diubah", "diakomodasi", "Sejalan",
                                                  "v0.2", "visi.visi_misi"))
    ans.answer(engine, TEAM, [ids[1]], ans.Answer("Masuk program", "diakomodasi", ""))
    m = matrix.build(engine, TEAM, pid, version="v0.1", lang=lang)
    assert m.total == 3 and m.answered == 2 and m.flagged == [ids[1]]
    assert m.share_answered == pytest.approx(200 / 3)
    rows = {r[1]: r for r in m.rows}
    col = {c: k for k, c in enumerate(matrix.COLUMNS)}
    hidden = "(nama tidak dipublikasikan)" if lang == "id" else "(name not published)"
    assert rows[ids[0]][col['author']].startswith("Ani, KADIN")  # consented
    assert rows[ids[1]][col['author']].startswith(hidden + ", Sentra Rotan")  # not consented
    assert rows[ids[0]][col['changed']].startswith("v0.2: III.1")
    assert rows[ids[1]][col['flag']] and not rows[ids[0]][col['flag']]
    flag = "diakomodasi tanpa perubahan" if lang == "id" else "accommodated without a change"
    assert rows[ids[1]][col['flag']] == flag
    # the CLI writes the files
    from rancang.cli import build_app

    url = str(engine.url)
    runner = CliRunner()
    for out in ("m.xlsx", "m.docx"):
        r = runner.invoke(build_app(), ["consult", "matrix", str(pid), "--out",
                                        str(tmp_path / out), "--database-url", url,
                                        "--lang", lang])
        assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
    sheet = wb.worksheets[0]
    assert sheet.max_row == 2 + 3
    assert flag in [c.value for c in sheet[2 + 1 + 1]]  # the second input's row
    from docx import Document

    doc = Document(str(tmp_path / "m.docx"))
    assert len(doc.tables[0].rows) == 4
    for out in ("ba.docx", "ba.pdf"):
        r = runner.invoke(build_app(), ["consult", "minutes", str(e.id), "--out",
                                        str(tmp_path / out), "--database-url", url,
                                        "--lang", lang])
        assert r.exit_code == 0, r.output
    doc = Document(str(tmp_path / "ba.docx"))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert ("BERITA ACARA FGD" if lang == "id" else "MINUTES OF THE FGD") in body
    attendance_table = doc.tables[2]
    assert {tuple(c.text for c in row.cells[1:3]) for row in attendance_table.rows[1:]} \
        == {("Ani", "KADIN"), ("Budi", "Sentra Rotan"), ("Cici", "Kampus"), ("Dedi", "KADIN")}
    assert len(attendance_table.rows) == 1 + 4
    assert len(doc.tables[3].rows) == 1 + 3  # the event's inputs
    assert (tmp_path / "ba.pdf").read_bytes().startswith(b"%PDF")


def test_answers_round_trip(store: Engine, tmp_path: Path) -> None:
    sqlite_store = store  # both databases
    pid = make_plan(sqlite_store)
    a = capture.submit_online(sqlite_store, STAKEHOLDER, pid, "v0.1",
                              {"bagian": "visi.visi_misi", "masukan": "Satu"})
    b = capture.submit_online(sqlite_store, STAKEHOLDER, pid, "v0.1",
                              {"bagian": "visi.strategi", "masukan": "Dua"})
    path = ans.write_answers(sqlite_store, TEAM, pid, tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["tanggapan"]
    ws["I2"], ws["J2"], ws["K2"] = "Diterima", "diakomodasi sebagian", "Sebagian"
    ws["I3"], ws["J3"] = "Tidak", "salah status"
    wb.save(path)
    with pytest.raises(InputError) as exc:
        ans.import_answers(sqlite_store, TEAM, pid, path)
    assert [(p.row, p.column) for p in exc.value.problems] == [(3, "status")]
    assert not any(i.answered for i in list_inputs(sqlite_store, TEAM, pid))
    ws["J3"] = "di luar lingkup"
    wb.save(path)
    assert ans.import_answers(sqlite_store, TEAM, pid, path) == 2
    assert ans.import_answers(sqlite_store, TEAM, pid, path) == 0  # unchanged: not again
    got = {i.id: i.disposition for i in list_inputs(sqlite_store, TEAM, pid)}
    assert got == {a: "diakomodasi_sebagian", b: "di_luar_lingkup"}
    assert [h["via"] for h in ans.history(sqlite_store, a)] == ["file"]
    # a blank row never erases a stored answer
    ws["I2"] = ws["J2"] = ws["K2"] = None
    wb.save(path)
    ans.import_answers(sqlite_store, TEAM, pid, path)
    assert {i.id: i.disposition for i in list_inputs(sqlite_store, TEAM, pid)}[a] == \
        "diakomodasi_sebagian"


def test_similar_inputs_and_bulk_answer(sqlite_store: Engine) -> None:
    from rancang.features.consult.similar import similar_inputs

    pid = make_plan(sqlite_store)
    texts = ["Pelatihan sertifikasi halal untuk IKM pangan",
             "IKM pangan perlu sertifikasi halal dan pelatihan",
             "Jalan akses kawasan industri rusak"]
    ids = [capture.submit_online(sqlite_store, STAKEHOLDER, pid, "v0.1",
                                 {"bagian": "program.pemberdayaan", "masukan": t})
           for t in texts]
    found = similar_inputs(sqlite_store, TEAM, ids[0])
    assert [i.id for i, _ in found] == [ids[1]]
    assert ans.answer(sqlite_store, TEAM, [ids[0], ids[1]],
                      ans.Answer("Masuk program", "diakomodasi_sebagian")) == 2
    assert {i.disposition for i in list_inputs(sqlite_store, TEAM, pid) if i.id != ids[2]} \
        == {"diakomodasi_sebagian"}


def test_cli_event_prints_id_and_bad_input_exits_2(sqlite_store: Engine,
                                                   tmp_path: Path) -> None:
    from rancang.cli import build_app

    pid = make_plan(sqlite_store)
    url = str(sqlite_store.url)
    r = CliRunner().invoke(build_app(), [
        "consult", "event", str(pid), "--version", "v0.1", "--title", "FGD", "--date",
        "2026-05-12", "--place", "Aula", "--database-url", url])
    assert r.exit_code == 0 and r.output.strip().isdigit(), r.output
    bad = tmp_path / "hadir.csv"
    bad.write_text("nama,instansi,kelompok\n,KADIN,asosiasi\n")
    r = CliRunner().invoke(build_app(), ["consult", "attendance", r.output.strip(),
                                         str(bad), "--database-url", url])
    assert r.exit_code == 2 and "hadir.csv" in r.output and "Traceback" not in r.output
    assert ADMIN.is_admin
