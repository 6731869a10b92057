"""Who signs the berita acara: the signatory (name, position, optional NIP) of an event,
set when the event is created or later (service, command line), printed in the DOCX and
the PDF signature block as Indonesian minutes are ("<position>," above the room to sign,
the name bold and underlined below it, "NIP. ..." under the name); without one, the
block names the organiser's office as before. Both databases (the migration adds the
columns)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from rancang.core.errors import InputError
from rancang.features.consult import events, minutes
from tests.consult.conftest import TEAM, make_plan

NIP = "19700101 199003 1 001"


def _event(engine: Engine, **signer: str) -> events.EventInfo:
    pid = make_plan(engine)
    return events.create_event(
        engine, TEAM, pid, version="v0.1", title="FGD Rancangan RPIK",
        held_on=date(2026, 5, 12), place="Aula Bappeda", organiser="Bappeda Morowali",
        chair="Sekretaris Daerah", **signer)


def _signature_table(doc: Any) -> Any:
    """The table after the caption 'Tanda tangan' / 'Signatures'."""
    return doc.tables[1]


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[k].get_textpage().get_text_range()
                         for k in range(len(document)))
    finally:
        document.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_signatory_signs_the_minutes(store: Engine, tmp_path: Path, lang: str) -> None:
    from docx import Document

    e = _event(store, signatory_name="Ir. Ani Wijaya, M.T.",
               signatory_position="Kepala Bappeda Kabupaten Morowali", signatory_nip=NIP)
    assert (e.signatory_name, e.signatory_position, e.signatory_nip) == (
        "Ir. Ani Wijaya, M.T.", "Kepala Bappeda Kabupaten Morowali", NIP)
    out = minutes.write_minutes(store, TEAM, e.id, tmp_path / "ba.docx", lang=lang)
    table = _signature_table(Document(str(out)))
    cells = table.rows[0].cells
    assert len(table.rows) == 1 and len(cells) == 2
    chair = [p.text for p in cells[0].paragraphs]
    signer = [p.text for p in cells[1].paragraphs]
    assert chair[0] == ("Pimpinan rapat," if lang == "id" else "Chair,")
    assert chair[-1] == "Sekretaris Daerah"
    # the position with its comma, room to sign, the name, the NIP
    assert signer == ["Kepala Bappeda Kabupaten Morowali,", "", "", "",
                      "Ir. Ani Wijaya, M.T.", f"NIP. {NIP}"]
    name_run = cells[1].paragraphs[4].runs[0]
    assert name_run.bold and name_run.underline
    # the office does not sign
    assert "Bappeda Morowali" not in cells[0].text + cells[1].text

    pdf = minutes.write_minutes(store, TEAM, e.id, tmp_path / "ba.pdf", lang=lang)
    text = _pdf_text(pdf)
    at = [text.index(s) for s in ("Kepala Bappeda Kabupaten Morowali,",
                                  "Ir. Ani Wijaya, M.T.", f"NIP. {NIP}")]
    assert at == sorted(at)
    annex = text.index("LAMPIRAN I" if lang == "id" else "ANNEX I")
    assert at[-1] < annex


def test_the_name_is_bold_and_underlined_in_the_pdf(sqlite_store: Engine,
                                                   tmp_path: Path) -> None:
    """The PDF prints the signatory's name in bold and draws its underline."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    e = _event(sqlite_store, signatory_name="Ir. Ani Wijaya",
               signatory_position="Kepala Bappeda")
    pdf = minutes.write_minutes(sqlite_store, TEAM, e.id, tmp_path / "ba.pdf")
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in document:
            page_text = page.get_textpage()
            found = page_text.get_text_range()
            if "Ir. Ani Wijaya" not in found:
                continue
            k = found.index("Ir. Ani Wijaya")
            buf = bytearray(200)
            n = raw.FPDFText_GetFontInfo(page_text.raw, k, (raw.c_char * 200).from_buffer(buf),
                                         200, None)
            assert b"Bold" in bytes(buf[:n]), bytes(buf[:n])
            break
        else:
            raise AssertionError("name not printed")
    finally:
        document.close()
    assert "NIP." not in _pdf_text(pdf)  # no NIP given: no NIP line


def test_without_signatory_the_office_signs(store: Engine, tmp_path: Path) -> None:
    from docx import Document

    e = _event(store)
    assert e.signatory_name == "" and e.signatory_nip == ""
    out = minutes.write_minutes(store, TEAM, e.id, tmp_path / "ba.docx")
    rows = [[c.text for c in r.cells] for r in _signature_table(Document(str(out))).rows]
    assert rows[0] == ["Pimpinan rapat", "Penyelenggara"]
    assert rows[1][1].strip() == "Bappeda Morowali"
    # set later, then removed: the office line signs again
    events.set_minutes(store, TEAM, e.id, signatory=("Ir. Ani", "Kepala Bappeda", ""))
    out = minutes.write_minutes(store, TEAM, e.id, tmp_path / "ba2.docx")
    cells = _signature_table(Document(str(out))).rows[0].cells
    assert [p.text for p in cells[1].paragraphs] == ["Kepala Bappeda,", "", "", "",
                                                      "Ir. Ani"]
    events.set_minutes(store, TEAM, e.id, signatory=("", "", ""))
    out = minutes.write_minutes(store, TEAM, e.id, tmp_path / "ba3.docx")
    rows = [[c.text for c in r.cells] for r in _signature_table(Document(str(out))).rows]
    assert rows[1][1].strip() == "Bappeda Morowali"


def test_chair_who_signs_is_printed_once(sqlite_store: Engine, tmp_path: Path) -> None:
    from docx import Document

    e = _event(sqlite_store, signatory_name="Drs. Budi", signatory_position="Sekretaris Daerah")
    out = minutes.write_minutes(sqlite_store, TEAM, e.id, tmp_path / "ba.docx")
    cells = _signature_table(Document(str(out))).rows[0].cells
    assert [p.text for p in cells[0].paragraphs] == ["Sekretaris Daerah,", "", "", "",
                                                      "Drs. Budi"]


@pytest.mark.parametrize(("signer", "column"), [
    ({"signatory_name": "Ir. Ani"}, "signatory_position"),
    ({"signatory_position": "Kepala Bappeda"}, "signatory_name"),
    ({"signatory_nip": NIP}, "signatory_name"),
    ({"signatory_name": "Ir. Ani", "signatory_position": "Kepala", "signatory_nip": "1970"},
     "signatory_nip"),
    ({"signatory_name": "Ir. Ani", "signatory_position": "Kepala",
      "signatory_nip": "19700101-199003-1-001"}, "signatory_nip"),
])
def test_incomplete_signatory_refused(sqlite_store: Engine, signer: dict[str, str],
                                      column: str) -> None:
    with pytest.raises(InputError) as err:
        _event(sqlite_store, **signer)
    assert column in [p.column for p in err.value.problems]
    assert events.list_events(sqlite_store, TEAM) == []  # nothing stored
    e = _event(sqlite_store)
    with pytest.raises(InputError):
        events.set_minutes(sqlite_store, TEAM, e.id, signatory=(
            signer.get("signatory_name", ""), signer.get("signatory_position", ""),
            signer.get("signatory_nip", "")))
    assert events.get_event(sqlite_store, TEAM, e.id).signatory_name == ""


def _cli(*args: str) -> tuple[int, str]:
    from rancang.cli import build_app

    r = CliRunner().invoke(build_app(), list(args))
    return r.exit_code, r.output


def test_signatory_from_the_command_line(sqlite_store: Engine, tmp_path: Path) -> None:
    url = str(sqlite_store.url)
    pid = make_plan(sqlite_store)
    code, out = _cli("consult", "event", str(pid), "--version", "v0.1", "--title", "FGD",
                     "--date", "2026-05-12", "--place", "Aula", "--signatory-name",
                     "Ir. Ani", "--signatory-position", "Kepala Bappeda",
                     "--signatory-nip", NIP, "--database-url", url)
    assert code == 0, out
    eid = int(out.strip())
    from rancang.core.actors import CLI_ACTOR

    e = events.get_event(sqlite_store, CLI_ACTOR, eid)
    assert (e.signatory_name, e.signatory_position, e.signatory_nip) == (
        "Ir. Ani", "Kepala Bappeda", NIP)
    code, out = _cli("consult", "signatory", str(eid), "--name", "Drs. Budi", "--position",
                     "Sekretaris Bappeda", "--database-url", url)
    assert code == 0 and "Drs. Budi" in out, out
    e = events.get_event(sqlite_store, CLI_ACTOR, eid)
    assert (e.signatory_name, e.signatory_position, e.signatory_nip) == (
        "Drs. Budi", "Sekretaris Bappeda", "")
    code, out = _cli("consult", "signatory", str(eid), "--name", "Drs. Budi",
                     "--database-url", url, "--lang", "en")
    assert code != 0 and "position" in out, out
    code, out = _cli("consult", "signatory", str(eid), "--database-url", url)
    assert code == 0, out
    assert events.get_event(sqlite_store, CLI_ACTOR, eid).signatory_name == ""


def test_migration_adds_and_removes_the_columns(store: Engine) -> None:
    """consult_0003 on a database at consult_0002 holding an event: the event is kept,
    with no signatory (the office signs); down again, the columns go and the event
    stays."""
    from alembic import command
    from sqlalchemy import inspect

    from rancang.core.db import ensure_schema
    from rancang.core.db.migrate import alembic_config, current_heads

    e = _event(store, signatory_name="Ir. Ani", signatory_position="Kepala Bappeda")
    sqlite = store.dialect.name == "sqlite"

    def migrate(target: str) -> None:
        cfg = alembic_config()
        with store.connect() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, target)
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()

    def columns() -> set[str]:
        return {c["name"] for c in inspect(store).get_columns("consult_event")}

    assert {"signatory_name", "signatory_position", "signatory_nip"} <= columns()
    migrate("consult_0002")
    assert "consult_0002" in current_heads(store)
    assert not {"signatory_name", "signatory_position", "signatory_nip"} & columns()
    ensure_schema(store)  # up again
    assert "consult_0003" in current_heads(store)
    again = events.get_event(store, TEAM, e.id)
    assert (again.title, again.signatory_name, again.signatory_position,
            again.signatory_nip) == ("FGD Rancangan RPIK", "", "", "")
