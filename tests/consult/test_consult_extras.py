"""What issue 14 still lacked: e-mail notices of answers (a real SMTP server in the
process, both languages, none without configuration or address, a failing server never
breaks answering), table-cell anchors (web form, XLSX capture form, matrix), attachments
(type by content, size, region), and the check-in QR code."""

from __future__ import annotations

import email
import io
import socket
import time
from collections.abc import Iterator
from datetime import date
from email.message import Message
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import openpyxl
import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.errors import InputError, NotFoundError
from rancang.core.i18n import text
from rancang.features.consult import answers as ans
from rancang.features.consult import attachments, capture, events, matrix, qr
from rancang.features.consult.inputs import get_input, section_tables
from rancang.features.consult.notify import Mailer, configured
from tests.consult.conftest import OTHER, STAKEHOLDER, TEAM, make_plan


class Inbox:
    """An aiosmtpd handler keeping every message received."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server in this process (aiosmtpd), plain on localhost."""
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _settings(port: int, host: str = "127.0.0.1") -> SimpleNamespace:
    return SimpleNamespace(smtp_host=host, smtp_port=port, smtp_user="", smtp_password="",
                           smtp_from="bappeda@morowali.example", smtp_security="none",
                           smtp_timeout=3.0)


def _online(engine: Engine, pid: int, lang: str, mail: str, text: str) -> int:
    from rancang.core.i18n import language

    with language(lang):
        return capture.submit_online(engine, STAKEHOLDER, pid, "v0.1", {
            "bagian": "visi.visi_misi", "masukan": text, "email": mail})


def _wait(inbox: Inbox, n: int) -> None:
    for _ in range(100):
        if len(inbox.messages) >= n:
            return
        time.sleep(0.02)


def test_answer_mails_the_author_in_their_language(sqlite_store: Engine,
                                                    smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    before = len(inbox.messages)
    pid = make_plan(sqlite_store)
    in_id = _online(sqlite_store, pid, "id", "ani@ikm.example", "Tambah hilirisasi rotan")
    in_en = _online(sqlite_store, pid, "en", "budi@kadin.example", "Add nickel processing")
    silent = _online(sqlite_store, pid, "id", "", "Tanpa alamat surel")
    mailer = Mailer(_settings(port))
    n = ans.answer(sqlite_store, TEAM, [in_id, in_en, silent],
                   ans.Answer("Sudah dimuat di visi", "diakomodasi_sebagian", "Sebagian"),
                   on_saved=mailer)
    assert n == 3 and (mailer.sent, mailer.failed) == (2, 0)
    _wait(inbox, before + 2)
    got = {m["To"]: m for m in inbox.messages[before:]}
    assert set(got) == {"ani@ikm.example", "budi@kadin.example"}  # none without address
    ind, eng = got["ani@ikm.example"], got["budi@kadin.example"]
    assert ind["Subject"] == f"Masukan Anda #{in_id} atas rancangan versi v0.1 telah ditanggapi"
    assert eng["Subject"] == f"Your input #{in_en} on draft version v0.1 has been answered"
    assert ind["From"] == "bappeda@morowali.example"
    body_id, body_en = ind.get_payload(decode=True).decode(), eng.get_payload(decode=True).decode()
    assert "Tambah hilirisasi rotan" in body_id and "Sudah dimuat di visi" in body_id
    assert "Status: Diakomodasi sebagian" in body_id and "Alasan: Sebagian" in body_id
    assert f"Disposition: {text('consult.disposition.diakomodasi_sebagian', 'en')}" in body_en
    assert "Status: Diakomodasi sebagian" not in body_en
    assert "Add nickel processing" in body_en and "Dear Ani" in body_en
    # the in-app notice is written as well
    assert len(ans.notices(sqlite_store, STAKEHOLDER)) == 3


def test_no_mail_without_configuration(sqlite_store: Engine, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    pid = make_plan(sqlite_store)
    k = _online(sqlite_store, pid, "id", "ani@ikm.example", "Masukan tanpa server surel")
    before = len(inbox.messages)
    unset = SimpleNamespace(**{**vars(_settings(port)), "smtp_host": ""})
    assert not configured(unset) and configured(_settings(port))
    mailer = Mailer(unset)
    ans.answer(sqlite_store, TEAM, [k], ans.Answer("Dicatat", "tidak_diakomodasi"),
               on_saved=mailer)
    time.sleep(0.1)
    assert (mailer.sent, mailer.failed, len(inbox.messages)) == (0, 0, before)


def test_failing_mail_server_never_breaks_answering(sqlite_store: Engine,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    pid = make_plan(sqlite_store)
    k = _online(sqlite_store, pid, "en", "ani@ikm.example", "Input while mail is down")
    mailer = Mailer(_settings(_free_port()))  # nothing listens there
    with caplog.at_level("WARNING", logger="rancang.features.consult.notify"):
        n = ans.answer(sqlite_store, TEAM, [k], ans.Answer("Noted", "di_luar_lingkup"),
                       on_saved=mailer)
    assert n == 1 and (mailer.sent, mailer.failed) == (0, 1)
    assert get_input(sqlite_store, TEAM, k).disposition == "di_luar_lingkup"
    assert "not sent" in caplog.text


def test_bad_email_address_is_refused(sqlite_store: Engine) -> None:
    pid = make_plan(sqlite_store)
    with pytest.raises(InputError) as err:
        _online(sqlite_store, pid, "id", "bukan alamat", "Masukan")
    assert err.value.problems[0].column == "email"


# -- table cells ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, int]]:
    """A plan drafted from the synthetic province (its sections hold tables), frozen."""
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze
    from rancang.sources.synthetic import demo_province

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('cells') / 'c.sqlite'}")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), lang="id")
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    set_status(engine, CLI_ACTOR, p.id, "consultation")
    yield engine, p.id
    engine.dispose()


def test_section_tables_of_a_drafted_version(drafted: tuple[Engine, int]) -> None:
    from rancang.features.plan.versions import snapshot

    engine, pid = drafted
    tables = section_tables(snapshot(engine, CLI_ACTOR, pid, "v0.1"))
    rows, columns = tables["kondisi.perekonomian"]["leading.structure"]
    assert "C" in rows and "Pangsa (%)" in columns


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cell_anchor_in_form_and_matrix(drafted: tuple[Engine, int], tmp_path: Path,
                                        lang: str) -> None:
    engine, pid = drafted
    region_team = type(TEAM)(2, "analis", (type(TEAM.grants[0])("analyst", "9903"),))
    path = capture.write_form(engine, region_team, pid, "v0.1", tmp_path / "f.xlsx", lang)
    wb = openpyxl.load_workbook(path)
    header = [c.value for c in wb["masukan"][1]]
    assert header[-2:] == ["sel_tabel", "email"]
    good = ["Ani", "KADIN", "asosiasi", "kondisi.perekonomian", "", f"Pangsa C keliru {lang}",
            "", "", "ya", "leading.structure | C | Pangsa (%)", ""]
    bad = ["Budi", "IKM", "ikm", "kondisi.perekonomian", "", f"Tabel lain {lang}", "", "",
           "tidak", "leading.tidak_ada | C | Pangsa (%)", ""]
    for row in (good, bad):
        wb["masukan"].append(row)
    wb.save(path)
    with pytest.raises(InputError) as err:
        capture.import_form(engine, region_team, pid, path)
    (p,) = err.value.problems
    assert (p.file, p.sheet, p.row, p.column) == ("f.xlsx", "masukan", 3, "sel_tabel")
    from rancang.core.i18n import language

    with language(lang):
        shown = p.text(lang)
    assert "leading.tidak_ada" in shown
    assert ("tidak ada di bagian ini" in shown) == (lang == "id")
    wb = openpyxl.load_workbook(path)
    wb["masukan"].delete_rows(3)
    wb.save(path)
    (new,), _ = capture.import_form(engine, region_team, pid, path)
    assert get_input(engine, region_team, new).cell == "leading.structure | C | Pangsa (%)"
    m = matrix.build(engine, region_team, pid, lang=lang)
    col = matrix.COLUMNS.index("cell")
    row = next(r for r in m.rows if r[1] == new)
    # the cell as the document numbers its table, never the table's internal id
    assert row[col].endswith(" · C · Pangsa (%)")
    assert row[col].startswith("Tabel 1. " if lang == "id" else "Table 1. ")
    assert matrix.headings(lang)[col] == ("Sel tabel" if lang == "id" else "Table cell")


def test_cell_anchor_from_the_web_form_is_checked(drafted: tuple[Engine, int]) -> None:
    engine, pid = drafted
    with pytest.raises(InputError) as err:
        capture.submit_online(engine, STAKEHOLDER, pid, "v0.1", {
            "bagian": "kondisi.perekonomian", "masukan": "Baris salah",
            "sel_tabel": "leading.structure | ZZ | Pangsa (%)"})
    assert err.value.problems[0].column == "sel_tabel"
    k = capture.submit_online(engine, STAKEHOLDER, pid, "v0.1", {
        "bagian": "kondisi.perekonomian", "masukan": "Kolom pangsa",
        "sel_tabel": "leading.structure|c|pangsa (%)"})  # case and spacing ignored
    assert k > 0


# -- attachments --------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def test_attachment_type_by_content_size_and_region(sqlite_store: Engine,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pid = make_plan(sqlite_store)
    e = events.create_event(sqlite_store, TEAM, pid, version="v0.1", title="Surat masuk",
                            held_on=date(2026, 5, 2), place="Kantor", kind="tertulis")
    (k,), _ = capture.capture_batch(sqlite_store, TEAM, e.id, [
        {"nama": "Ani", "bagian": "visi.visi_misi", "masukan": "Lewat surat",
         "forum": "surat"}])
    base = tmp_path / "files"
    # an executable named .pdf is refused: the type is read from the content
    with pytest.raises(InputError) as err:
        attachments.attach(sqlite_store, TEAM, base, k, "surat.pdf", b"MZ\x90\x00binary")
    assert err.value.problems[0].file == "surat.pdf"
    monkeypatch.setattr(attachments, "MAX_BYTES", 100)
    with pytest.raises(InputError):
        attachments.attach(sqlite_store, TEAM, base, k, "big.pdf", PDF + b" " * 100)
    with pytest.raises(InputError):
        attachments.attach(sqlite_store, TEAM, base, k, "empty.pdf", b"")
    assert not base.exists() or not any(base.iterdir())
    # a PNG named .pdf is kept as the PNG it is
    item = attachments.attach(sqlite_store, TEAM, base, k, "scan.pdf", PNG)
    assert (item.attachment_type, item.attachment_name) == ("png", "scan.pdf")
    path, name, media = attachments.attachment(sqlite_store, TEAM, base, k)
    assert name == "scan.pdf"
    assert path.read_bytes() == PNG and media == "image/png"
    # replaced by the PDF: the PNG's file is gone
    attachments.attach(sqlite_store, TEAM, base, k, "surat.pdf", PDF)
    assert [p.read_bytes() for p in base.iterdir()] == [PDF]
    # another region's team and a stakeholder cannot reach it
    with pytest.raises(NotFoundError):
        attachments.attachment(sqlite_store, OTHER, base, k)
    with pytest.raises(NotFoundError):
        attachments.attach(sqlite_store, OTHER, base, k, "x.pdf", PDF)
    m = matrix.build(sqlite_store, TEAM, pid, lang="en")
    note = m.rows[0][matrix.COLUMNS.index("attachment")]
    assert note == f"surat.pdf (PDF), /consult/inputs/{k}/attachment"


# -- the check-in QR ---------------------------------------------------------------


def test_qr_encodes_the_checkin_url() -> None:
    import segno

    url = qr.checkin_url("http://rancang.example/", "AB12CD34")
    assert url == "http://rancang.example/consult/checkin/AB12CD34"
    matrix_of = [list(r) for r in qr.code(url).matrix]
    again = segno.make_qr(url, error="m", boost_error=False)
    assert matrix_of == [list(r) for r in again.matrix]
    assert matrix_of != [list(r) for r in segno.make_qr(url + "X", error="m",
                                                        boost_error=False).matrix]
    assert b"<svg" in qr.svg(url)
    # the printed PNG carries exactly that matrix: one dark square per dark module
    from PIL import Image

    image = Image.open(io.BytesIO(qr.png(url))).convert("L")
    scale, border = 10, 4
    assert image.size[0] == (len(matrix_of) + 2 * border) * scale
    for r, row in enumerate(matrix_of):
        for c, dark in enumerate(row):
            pixel = image.getpixel(((border + c) * scale + 5, (border + r) * scale + 5))
            assert (pixel < 128) == bool(dark), (r, c)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_table_captions_are_the_documents(drafted: tuple[Engine, int], lang: str) -> None:
    """The captions a cell is named by are those the DOCX and PDF print (computed apart,
    from the document's parts)."""
    from rancang.features.consult.sections import table_captions
    from rancang.features.plan.document import parts
    from rancang.features.plan.versions import snapshot

    engine, pid = drafted
    snap = snapshot(engine, CLI_ACTOR, pid, "v0.1")
    printed = {p.anchor: p.text for p in parts(snap, lang) if p.kind == "table"}
    assert len(printed) > 5 and table_captions(snap, lang) == printed
