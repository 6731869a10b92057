"""Issue 14 read line by line: what the earlier tests did not look at.

- the berita acara holds every part the issue lists (number, day/date/place, agenda,
  chair and speakers, participants by group, points, agreements, follow-up, signature
  block, the annexed attendance list and the event's inputs), in DOCX and in PDF, in
  both languages;
- the matriks tanggapan's columns are the issue's, in its order, in the XLSX and the
  DOCX, and the summaries (by group, section, disposition; share answered) are the
  counts of the inputs, computed here from the test's own data;
- invited vs present by organisation;
- the command-line verbs not run before: ``attendance`` with an XLSX list, ``answer``
  (several ids, with ``--change``), ``similar``, ``matrix --version``, ``form
  --version``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from rancang.features.consult import answers as ans
from rancang.features.consult import capture, events, matrix, minutes
from rancang.features.consult.inputs import list_inputs
from tests.consult.conftest import STAKEHOLDER, TEAM, make_plan

#: the stakeholder groups as the documents name them (written here, not read from the
#: catalogue, so that a changed word shows)
GROUP_NAMES = {
    "id": {"asosiasi": "KADIN/asosiasi", "opd": "OPD", "ikm": "IKM",
           "akademisi": "Akademisi"},
    "en": {"asosiasi": "Chamber/associations", "opd": "Regional agency",
           "ikm": "Small industry", "akademisi": "Academia"},
}

#: the matrix's headings: the issue's columns (No, input id, section/page, quoted text,
#: input, author and organisation and group, forum and date, answer, disposition, reason,
#: where changed) with the table cell after the quote, the attachment and the flag last
HEADINGS = {
    "id": ["Nomor", "ID masukan", "Bagian", "Kutipan", "Sel tabel", "Masukan",
           "Pengusul (nama, instansi, kelompok)", "Forum dan tanggal", "Tanggapan",
           "Status", "Alasan", "Perubahan (versi, bagian)", "Lampiran", "Catatan"],
    "en": ["No", "Input id", "Section", "Quoted text", "Table cell", "Input",
           "Proposer (name, organisation, group)", "Forum and date", "Answer",
           "Disposition", "Reason", "Where changed (version, section)", "Attachment",
           "Flag"],
}


def _cli(*args: str) -> tuple[int, str]:
    from rancang.cli import build_app

    r = CliRunner().invoke(build_app(), list(args))
    return r.exit_code, r.output


def _fgd(engine: Engine, tmp_path: Path) -> tuple[int, events.EventInfo, list[int]]:
    """A plan, an FGD with every field, three invitations, three people present (two of
    KADIN, one of an organisation not invited), the minutes' texts and two inputs (one
    author consented, one not)."""
    pid = make_plan(engine)
    e = events.create_event(
        engine, TEAM, pid, version="v0.1", title="FGD Rancangan RPIK Morowali",
        held_on=date(2026, 5, 12), place="Aula Bappeda", organiser="Bappeda Morowali",
        agenda="1. Pembukaan oleh Sekda\n2. Paparan rancangan", chair="Sekretaris Daerah",
        speakers=["Kepala Bappeda", "Dosen Untad"], number="005/BA-FGD/2026",
        invites=[("KADIN", "asosiasi"), ("Dinas PU", "opd"), ("Sentra Rotan", "ikm")])
    hadir = tmp_path / "hadir.csv"
    hadir.write_text("nama,instansi,kelompok,jabatan\nAni,KADIN,asosiasi,Ketua\n"
                     "Budi,kadin ,asosiasi,Anggota\nCici,Kampus,akademisi,Dosen\n")
    events.load_attendance(engine, TEAM, e.id, hadir)
    events.set_minutes(engine, TEAM, e.id, points="Hilirisasi nikel dibahas panjang.",
                       agreements="Visi memuat hilirisasi.",
                       follow_up="Tim penyusun merevisi bab III.")
    ids, _ = capture.capture_batch(engine, TEAM, e.id, [
        {"nama": "Ani", "instansi": "KADIN", "kelompok": "asosiasi",
         "bagian": "visi.visi_misi", "masukan": "Sebut hilirisasi nikel",
         "boleh_dipublikasikan": "ya"},
        {"nama": "Budi", "instansi": "KADIN", "kelompok": "asosiasi",
         "bagian": "visi.strategi", "masukan": "Tambah pelatihan IKM",
         "boleh_dipublikasikan": "tidak"}])
    return pid, events.get_event(engine, TEAM, e.id), ids


def _docx_tables(doc: Any) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_minutes_hold_every_part(sqlite_store: Engine, tmp_path: Path, lang: str) -> None:
    from docx import Document

    from rancang.features.plan.versions import snapshot

    engine = sqlite_store
    pid, e, ids = _fgd(engine, tmp_path)
    out = minutes.write_minutes(engine, TEAM, e.id, tmp_path / f"ba-{lang}.docx", lang=lang)
    doc = Document(str(out))
    paras = [p.text for p in doc.paragraphs]
    body = "\n".join(paras)
    assert date(2026, 5, 12).weekday() == 1  # a Tuesday
    expect = {
        "id": ["BERITA ACARA FGD", "Nomor: 005/BA-FGD/2026", "Selasa, 12 Mei 2026",
               "Aula Bappeda", "Penyelenggara: Bappeda Morowali"],
        "en": ["MINUTES OF THE FGD", "Number: 005/BA-FGD/2026", "Tuesday, 12 May 2026",
               "Aula Bappeda", "Organiser: Bappeda Morowali"],
    }[lang]
    for bit in expect:
        assert bit in body, bit
    # the headings in the order of a berita acara, each followed by its text
    heads = {"id": ["Acara", "Pimpinan rapat", "Peserta", "Pokok-pokok pembahasan",
                    "Kesepakatan", "Tindak lanjut"],
             "en": ["Agenda", "Chair", "Participants", "Points raised", "Agreements",
                    "Follow-up"]}[lang]
    at = [paras.index(h) for h in heads]
    assert at == sorted(at)
    after = {h: "\n".join(paras[at[k] + 1:(at[k + 1] if k + 1 < len(at) else len(paras))])
             for k, h in enumerate(heads)}
    assert "Pembukaan oleh Sekda" in after[heads[0]] and "Paparan rancangan" in after[heads[0]]
    chair_part = after[heads[1]]
    assert "Sekretaris Daerah" in chair_part
    speakers = "Narasumber:" if lang == "id" else "Speakers:"
    assert chair_part.index(speakers) < chair_part.index("Kepala Bappeda") \
        < chair_part.index("Dosen Untad")
    assert "Hilirisasi nikel dibahas panjang." in after[heads[3]]
    assert ("2 masukan" if lang == "id" else "2 inputs") in after[heads[3]]
    assert "Visi memuat hilirisasi." in after[heads[4]]
    assert "Tim penyusun merevisi bab III." in after[heads[5]]
    tables = _docx_tables(doc)
    names = GROUP_NAMES[lang]
    # participants by group: invited organisations, invited ones present, other
    # organisations present, persons
    by_group = {r[0]: r[1:] for r in tables[0][1:]}
    assert by_group[names["asosiasi"]] == ["1", "1", "0", "2"]  # 'kadin ' is KADIN
    assert by_group[names["opd"]] == ["1", "0", "0", "0"]
    assert by_group[names["ikm"]] == ["1", "0", "0", "0"]
    assert by_group[names["akademisi"]] == ["0", "0", "1", "1"]
    assert by_group["Jumlah" if lang == "id" else "Total"] == ["3", "1", "1", "3"]
    # the signature block: the chair and the organiser, room to sign above the names
    sign = tables[1]
    assert sign[0] == (["Pimpinan rapat", "Penyelenggara"] if lang == "id"
                       else ["Chair", "Organiser"])
    assert sign[1][0].strip() == "Sekretaris Daerah" and sign[1][0].startswith("\n")
    assert sign[1][1].strip() == "Bappeda Morowali"
    # Annex I: the attendance list with a column to sign
    annex = "LAMPIRAN I: DAFTAR HADIR" if lang == "id" else "ANNEX I: ATTENDANCE LIST"
    assert annex in paras
    hadir = tables[2]
    assert hadir[0][-1] == ("Tanda tangan" if lang == "id" else "Signature")
    assert sorted((r[1], r[2], r[4]) for r in hadir[1:]) == [
        ("Ani", "KADIN", "Ketua"), ("Budi", "kadin", "Anggota"), ("Cici", "Kampus", "Dosen")]
    assert [r[0] for r in hadir[1:]] == ["1", "2", "3"]
    # Annex II: the event's inputs, the section by its number, a name only if consented
    inputs = {int(r[1]): r for r in tables[3][1:]}
    assert set(inputs) == set(ids)
    snap = snapshot(engine, TEAM, pid, "v0.1")
    number = {s["key"]: s["number"] for s in snap["sections"]}
    assert inputs[ids[0]][2].startswith(number["visi.visi_misi"] + " ")
    assert inputs[ids[1]][2].startswith(number["visi.strategi"] + " ")
    assert inputs[ids[0]][4].startswith("Ani, KADIN")
    assert "Budi" not in inputs[ids[1]][4] and "KADIN" in inputs[ids[1]][4]
    # the same minutes as PDF carry the same parts
    import pypdfium2 as pdfium

    pdf = minutes.write_minutes(engine, TEAM, e.id, tmp_path / f"ba-{lang}.pdf", lang=lang)
    document = pdfium.PdfDocument(str(pdf))
    text = " ".join(" ".join(document[k].get_textpage().get_text_range().split())
                    for k in range(len(document)))
    document.close()
    for bit in [*expect, "Sekretaris Daerah", "Kepala Bappeda",
                "Hilirisasi nikel dibahas panjang.", "Tim penyusun merevisi bab III.",
                "Cici", "Dosen", "Tambah pelatihan IKM", annex.split(":")[0]]:
        assert bit in text, bit


def test_by_organisation_counts_invited_and_present(sqlite_store: Engine,
                                                     tmp_path: Path) -> None:
    _, e, _ = _fgd(sqlite_store, tmp_path)
    events.check_in(sqlite_store, e.checkin_code, {"name": "Dedi",
                                                   "organisation": "Sentra rotan"})
    rows = {(o.organisation, o.group, o.invited): o.persons for o in events.by_organisation(
        events.invites_of(sqlite_store, e.id), events.attendance(sqlite_store, e.id))}
    assert rows == {("KADIN", "asosiasi", True): 2, ("Dinas PU", "opd", True): 0,
                    ("Sentra Rotan", "ikm", True): 1, ("Kampus", "akademisi", False): 1}


def _answered_plan(engine: Engine) -> tuple[int, list[int]]:
    """Three inputs (two of KADIN on the vision, one of an IKM on the strategy); one
    accommodated in v0.2, one not accommodated, one open."""
    from rancang.features.plan.store import edit_section
    from rancang.features.plan.versions import freeze

    pid = make_plan(engine)
    ids = [capture.submit_online(engine, STAKEHOLDER, pid, "v0.1", {
        "bagian": section, "masukan": body, "kelompok": group, "instansi": org,
        "boleh_dipublikasikan": "ya", "kutipan": f"kutipan {body}"})
        for section, body, group, org in (
            ("visi.visi_misi", "Sebut hilirisasi nikel", "asosiasi", "KADIN"),
            ("visi.visi_misi", "Sebut kawasan industri", "asosiasi", "KADIN"),
            ("visi.strategi", "Pelatihan rotan", "ikm", "Sentra Rotan"))]
    edit_section(engine, TEAM, pid, "visi.visi_misi", "Visi dengan hilirisasi nikel.")
    freeze(engine, TEAM, pid, "v0.2")
    ans.answer(engine, TEAM, [ids[0]], ans.Answer("Visi diubah", "diakomodasi", "Sejalan",
                                                  "v0.2", "visi.visi_misi"))
    ans.answer(engine, TEAM, [ids[1]], ans.Answer("Sudah ada", "tidak_diakomodasi",
                                                  "Sudah di misi 2"))
    return pid, ids


def _summary_blocks(rows: list[list[Any]]) -> dict[str, list[list[Any]]]:
    """The summary sheet's blocks: a title row, a heading row, data rows, a blank row."""
    blocks: dict[str, list[list[Any]]] = {}
    title = None
    for row in rows:
        cells = [c for c in row if c is not None]
        if not cells:
            title = None
        elif title is None:
            title = str(cells[0])
            blocks[title] = []
        else:
            blocks[title].append(list(row[:len(cells)]))
    return blocks


@pytest.mark.parametrize("lang", ["id", "en"])
def test_matrix_columns_and_summaries_in_both_files(sqlite_store: Engine, tmp_path: Path,
                                                    lang: str) -> None:
    from docx import Document

    engine = sqlite_store
    pid, ids = _answered_plan(engine)
    names = GROUP_NAMES[lang]
    by_disposition = {"id": [["Diakomodasi", 1], ["Diakomodasi sebagian", 0],
                             ["Tidak diakomodasi", 1], ["Di luar lingkup", 0],
                             ["Belum dijawab", 1]],
                      "en": [["Accommodated", 1], ["Partly accommodated", 0],
                             ["Not accommodated", 1], ["Out of scope", 0],
                             ["Not answered yet", 1]]}[lang]
    share = "66,7" if lang == "id" else "66.7"  # 100 x 2 / 3, one decimal
    # XLSX: sheet matriks (title, headings, one row an input) and ringkasan
    matrix.write_matrix(engine, TEAM, pid, tmp_path / "m.xlsx", lang=lang)
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
    assert wb.sheetnames == (["matriks", "ringkasan"] if lang == "id"
                             else ["matrix", "summary"])
    sheet = wb.worksheets[0]
    assert [c.value for c in sheet[2]] == HEADINGS[lang]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert set(rows) == set(ids)
    assert rows[ids[0]][11].startswith("v0.2: ")  # where changed: version, section
    # the section an input is on, with the version it was made on
    assert {r[2].split(" ", 1)[0] for r in rows.values()} == {"v0.1"}
    assert all(r[2].split(" ", 1)[1][:3] in ("III", "IV.") for r in rows.values())
    assert rows[ids[0]][3] == "kutipan Sebut hilirisasi nikel"  # the quoted passage
    assert rows[ids[0]][9] == by_disposition[0][0] and rows[ids[2]][9] == by_disposition[4][0]
    blocks = _summary_blocks([list(r) for r in wb.worksheets[1].iter_rows(values_only=True)])
    titles = list(blocks)
    assert len(titles) == 4
    group_rows = {r[0]: r[1:] for r in blocks[titles[0]][1:]}
    # the two KADIN inputs are the answered ones; the IKM's is open
    assert group_rows == {names["asosiasi"]: [2, 2], names["ikm"]: [1, 0]}
    assert all(r[0].startswith("v0.1 III.") for r in blocks[titles[1]][1:])
    section_counts = sorted(r[1:] for r in blocks[titles[1]][1:])
    assert section_counts == [[1, 0], [2, 2]]  # strategy: 1 open; vision: 2 answered
    assert [r for r in blocks[titles[2]][1:]] == by_disposition
    assert blocks[titles[3]][1] == [3, 2, share]
    # DOCX: the same headings, one row an input, the same four summaries
    matrix.write_matrix(engine, TEAM, pid, tmp_path / "m.docx", lang=lang)
    tables = _docx_tables(Document(str(tmp_path / "m.docx")))
    assert tables[0][0] == HEADINGS[lang]
    assert sorted(int(r[1]) for r in tables[0][1:]) == sorted(ids)
    assert {r[0]: r[1:] for r in tables[1][1:]} == {names["asosiasi"]: ["2", "2"],
                                                   names["ikm"]: ["1", "0"]}
    assert sorted(r[1:] for r in tables[2][1:]) == [["1", "0"], ["2", "2"]]
    assert tables[3][1:] == [[d, str(n)] for d, n in by_disposition]
    assert tables[4][1] == ["3", "2", share]


# -- the command-line verbs ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_attendance_from_xlsx(sqlite_store: Engine, tmp_path: Path, lang: str) -> None:
    engine = sqlite_store
    pid = make_plan(engine)
    db = ("--database-url", str(engine.url), "--lang", lang)
    code, out = _cli("consult", "event", str(pid), "--version", "v0.1", "--title", "FGD",
                     "--date", "2026-05-12", "--place", "Aula", "--invite", "ikm:Sentra Rotan",
                     "--invite", "opd:Dinas PU", *db)
    assert code == 0, out
    eid = int(out.strip())
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nama", "Instansi", "Kelompok", "Jabatan", "Kontak"],
                ["Ani", "Sentra Rotan", "IKM", "Ketua", "0812"],
                ["Budi", "Dinas PU", "opd", "Kabid", ""],
                ["Cici", "Kampus", "Academia", "Dosen", ""]):
        sheet.append(row)
    path = tmp_path / "hadir.xlsx"
    book.save(path)
    code, out = _cli("consult", "attendance", str(eid), str(path), *db)
    assert code == 0, out
    assert out.strip() == ("3 peserta dimuat (0 sudah tercatat)." if lang == "id"
                           else "3 participants loaded (0 already listed).")
    code, out = _cli("consult", "attendance", str(eid), str(path), *db)  # again
    assert out.strip().startswith("0 ") and "(3 " in out, out
    people = {(p["name"], p["organisation"], p["group"], p["position"])
              for p in events.attendance(engine, eid)}
    assert people == {("Ani", "Sentra Rotan", "ikm", "Ketua"),
                      ("Budi", "Dinas PU", "opd", "Kabid"),
                      ("Cici", "Kampus", "akademisi", "Dosen")}
    groups = {g.group: (g.invited, g.present_orgs, g.persons) for g in events.by_group(
        events.invites_of(engine, eid), events.attendance(engine, eid))}
    assert groups == {"ikm": (1, 1, 1), "opd": (1, 1, 1), "akademisi": (0, 0, 1)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_answer_similar_and_matrix_of_a_version(sqlite_store: Engine, tmp_path: Path,
                                                    lang: str) -> None:
    from rancang.features.plan.versions import freeze

    engine = sqlite_store
    pid = make_plan(engine)
    db = ("--database-url", str(engine.url), "--lang", lang)
    texts = ["Pelatihan sertifikasi halal untuk IKM pangan",
             "IKM pangan perlu pelatihan sertifikasi halal",
             "Jalan akses kawasan industri rusak"]
    ids = [capture.submit_online(engine, STAKEHOLDER, pid, "v0.1",
                                 {"bagian": "program.pemberdayaan", "masukan": t})
           for t in texts]
    freeze(engine, TEAM, pid, "v0.2")
    later = capture.submit_online(engine, STAKEHOLDER, pid, "v0.2",
                                  {"bagian": "visi.visi_misi", "masukan": "Masukan v0.2"})
    # similar: the halal input is found for the first, the road is not
    code, out = _cli("consult", "similar", str(ids[0]), *db)
    assert code == 0, out
    listed = [int(line.split()[0]) for line in out.strip().splitlines()]
    assert listed == [ids[1]]
    # the section by its number and title, never its key
    assert " IV.6 " in out and "program." not in out
    # answer both at once, the change in the later version
    code, out = _cli("consult", "answer", str(ids[0]), str(ids[1]), "--response",
                     "Masuk program pelatihan", "--status", "diakomodasi sebagian",
                     "--reason", "Sebagian", "--change", "v0.2#program.pemberdayaan", *db)
    assert code == 0 and out.strip().splitlines()[0] == (
        "2 masukan dijawab." if lang == "id" else "2 inputs answered."), out
    got = {i.id: i for i in list_inputs(engine, TEAM, pid)}
    for k in ids[:2]:
        assert (got[k].disposition, got[k].change_version, got[k].change_section) == (
            "diakomodasi_sebagian", "v0.2", "program.pemberdayaan")
        assert [h["via"] for h in ans.history(engine, k)] == ["cli"]
    # a change in the same version is refused, nothing saved, no traceback
    code, out = _cli("consult", "answer", str(ids[2]), "--response", "x", "--status",
                     "diakomodasi", "--change", "v0.1#visi.visi_misi", *db)
    assert code == 2 and "Traceback" not in out and not got[ids[2]].answered, out
    assert not {i.id: i for i in list_inputs(engine, TEAM, pid)}[ids[2]].answered
    # the matrix of one version leaves out the inputs on another
    code, out = _cli("consult", "matrix", str(pid), "--version", "v0.1", "--out",
                     str(tmp_path / "m.xlsx"), *db)
    assert code == 0, out
    sheet = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    in_file = [r[1] for r in sheet.iter_rows(min_row=3, values_only=True)]
    assert sorted(in_file) == sorted(ids) and later not in in_file
    assert "v0.1" in str(sheet["A1"].value)
    # the capture form of a named version lists that version's sections
    code, out = _cli("consult", "form", str(pid), "--version", "v0.1", "--out",
                     str(tmp_path / "f.xlsx"), *db)
    assert code == 0, out
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    assert {r[4] for r in wb["bagian"].iter_rows(min_row=2, values_only=True)} == {"v0.1"}
    code, out = _cli("consult", "form", str(pid), "--version", "v9.9", "--out",
                     str(tmp_path / "g.xlsx"), *db)
    assert code != 0 and "Traceback" not in out and not (tmp_path / "g.xlsx").exists(), out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_import_with_event(sqlite_store: Engine, tmp_path: Path, lang: str) -> None:
    """``rancang consult import PLAN_ID form.xlsx --event EVENT_ID``: the rows are the
    event's (channel FGD, its date when ``tanggal`` is blank); an event of another plan is
    refused, nothing stored."""
    from rancang.features.consult.models import ConsultInput

    engine = sqlite_store
    pid, other = make_plan(engine), make_plan(engine)
    db = ("--database-url", str(engine.url), "--lang", lang)
    e = events.create_event(engine, TEAM, pid, version="v0.1", title="FGD Bahodopi",
                            held_on=date(2026, 6, 3), place="Balai desa")
    foreign = events.create_event(engine, TEAM, other, version="v0.1", title="FGD lain",
                                  held_on=date(2026, 6, 4), place="Aula")
    form = tmp_path / "form.xlsx"
    assert _cli("consult", "form", str(pid), "--out", str(form), *db)[0] == 0
    wb = openpyxl.load_workbook(form)
    wb["masukan"].append(["Ani", "KADIN", "asosiasi", "visi.visi_misi", "", "Di FGD",
                          "", "", "ya"])
    wb["masukan"].append(["Budi", "IKM", "ikm", "visi.strategi", "", "Lewat surat",
                          "2026-06-10", "surat", "tidak"])
    wb.save(form)
    code, out = _cli("consult", "import", str(pid), str(form), "--event", str(foreign.id),
                     *db)
    assert code == 2 and "--event" in out and "Traceback" not in out, out
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ConsultInput)).scalar_one() == 0
    code, out = _cli("consult", "import", str(pid), str(form), "--event", str(e.id), *db)
    assert code == 0 and out.strip() == ("2 masukan dimuat (0 sudah ada)." if lang == "id"
                                         else "2 inputs loaded (0 already there)."), out
    got = {i.author_name: i for i in list_inputs(engine, TEAM, pid)}
    assert (got["Ani"].event_id, got["Ani"].channel, got["Ani"].received_on) == (
        e.id, "fgd", date(2026, 6, 3))
    assert (got["Budi"].event_id, got["Budi"].channel, got["Budi"].received_on) == (
        e.id, "surat", date(2026, 6, 10))
    m = matrix.build(engine, TEAM, pid, lang=lang)
    forum = {r[1]: r[matrix.COLUMNS.index("forum")] for r in m.rows}
    assert forum[got["Ani"].id].startswith("FGD Bahodopi, ")


@pytest.mark.parametrize("filler", range(36, 56))
def test_a_pdf_heading_is_not_left_at_the_foot_of_a_page(tmp_path: Path, filler: int) -> None:
    """Whatever the text before it, an annex heading is on the page of what follows it
    (the berita acara's "LAMPIRAN II" was alone at the foot of page 1)."""
    import pypdfium2

    from rancang.features.plan.document import Part
    from rancang.features.plan.export import pdf_of_parts

    parts = [Part("paragraph", f"Baris isi {k}.") for k in range(filler)]
    parts += [Part("chapter", "LAMPIRAN II: MASUKAN"), Part("paragraph", "ISI LAMPIRAN")]
    out = pdf_of_parts(parts, tmp_path / "x.pdf")
    pdf = pypdfium2.PdfDocument(str(out))
    pages = [pdf[k].get_textpage().get_text_range() for k in range(len(pdf))]
    pdf.close()
    (heading,) = [k for k, t in enumerate(pages) if "LAMPIRAN II" in t]
    (body,) = [k for k, t in enumerate(pages) if "ISI LAMPIRAN" in t]
    assert heading == body
