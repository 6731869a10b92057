"""A Temu Usaha workbook written by hand in Indonesian (every sheet, column and value), with
a seller's request to a buyer, a fixed meeting, a request that has no common slot and one
that finds no room: the schedule passes the independent checker of ``test_schedule`` and
leaves out no request that would still fit, each request left out carries its own reason,
and the workbook's three sheets (per participant, table cards, master grid) say what
``schedule.csv`` says (issue 16, audit lines 3.5, 3.11, 3.13, 3.15-3.17, T.2)."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.matching.event import Event, read_event
from rancang.features.matching.schedule import Meeting
from tests.matching.test_schedule import unplaced_that_fit, violations

runner = CliRunner()

PESERTA = [["id", "nama", "organisasi", "peran", "slot_tidak_tersedia"],
           ["B1", "Bu Sari", "PT Sintetis Estate", "pembeli", ""],
           ["B2", "Pak Budi", "Toko Sintetis", "Pembeli", ""],
           ["S1", "Bu Rina", "CV Sintetis Keripik", "penjual", ""],
           ["S2", "Pak Joko", "UD Sintetis Boga", "PENJUAL", ""],
           ["X1", "Pak Dedi", "Dinas Sintetis", "lainnya", "1;2"]]
SLOT = [["slot", "mulai", "sesi"], [1, "08:00", "pagi"], [2, "08:20", "pagi"],
        [3, "13:00", "siang"], [4, "13:20", "sore"]]
# r1 a seller's request to a buyer; r2 fixed in slot 1; r3 X1 is away all morning (no common
# slot); r6 fits only in the afternoon, where the one table is taken by the higher
# priorities (no room)
PERMINTAAN = [["dari_id", "ke_id", "prioritas", "sesi", "slot_tetap"],
              ["S1", "B1", 1, "bebas", ""],
              ["B1", "S2", 1, "pagi", 1],
              ["X1", "S1", 2, "pagi", ""],
              ["B2", "S2", 1, "bebas", ""],
              ["B2", "S1", 2, "bebas", ""],
              ["X1", "B2", 3, "siang", ""]]


def _workbook(path: Path, requests: list[list[object]] = PERMINTAAN) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "peserta"
    for row in PESERTA:
        ws.append(row)
    for title, rows in (("slot", SLOT), ("permintaan", requests),
                        ("pengaturan", [["meja", 1]])):
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _values(ws: object) -> list[list[str]]:
    return [["" if v is None else str(v) for v in row]
            for row in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def _blocks(rows: list[list[str]]) -> list[list[list[str]]]:
    """The blocks of a sheet, split at blank rows."""
    out: list[list[list[str]]] = [[]]
    for row in rows:
        if any(row):
            out[-1].append(row)
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_indonesian_workbook_gives_a_checked_schedule_and_agreeing_files(
        tmp_path: Path, lang: str) -> None:
    path = _workbook(tmp_path / "acara.xlsx")
    event = read_event(path)
    assert [(p.id, p.role) for p in event.participants.values()] == [
        ("B1", "buyer"), ("B2", "buyer"), ("S1", "seller"), ("S2", "seller"), ("X1", "other")]
    assert [s.session for s in event.slots] == ["morning", "morning", "afternoon",
                                                "afternoon"]
    assert [(r.from_id, r.session, r.fixed_slot) for r in event.requests][:3] == [
        ("S1", "any", None), ("B1", "morning", 1), ("X1", "morning", None)]
    assert event.participants["X1"].unavailable == frozenset({1, 2}) and event.tables == 1

    out = tmp_path / "out"
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out", str(out),
                                    "--time-limit", "5", "--lang", lang, "--quiet"])
    assert r.exit_code == 0, r.output
    rows = _rows(out / "schedule.csv")
    index = {(q.from_id, q.to_id): i for i, q in enumerate(event.requests)}
    meetings = [Meeting(index[(x["from_id"], x["to_id"])], int(x["slot"]), int(x["table"]))
                for x in rows]
    assert violations(event, meetings) == []
    assert unplaced_that_fit(event, meetings) == []
    # the seller's request is held as asked (from S1 to B1), the fixed one in slot 1
    assert {(x["from_id"], x["to_id"]) for x in rows} == {
        ("S1", "B1"), ("B1", "S2"), ("B2", "S2"), ("B2", "S1")}
    assert next(x["slot"] for x in rows if x["from_id"] == "B1") == "1"

    left = {(x["from_id"], x["to_id"]): x for x in _rows(out / "unscheduled.csv")}
    assert set(left) == {("X1", "S1"), ("X1", "B2")}
    common = ("tidak ada slot yang cocok bagi keduanya" if lang == "id"
              else "no slot suits both")
    room = "meja penuh" if lang == "id" else "all tables are in use"
    assert left[("X1", "S1")]["reason"].startswith(common)
    assert room in left[("X1", "B2")]["reason"]
    assert (left[("X1", "S1")]["priority"], left[("X1", "B2")]["priority"]) == ("2", "3")

    _workbook_agrees_with_the_csv(event, rows, out / "schedule.xlsx", lang)


def _workbook_agrees_with_the_csv(event: Event, rows: list[dict[str, str]], path: Path,
                                  lang: str) -> None:
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == (["Per peserta", "Kartu meja", "Jadwal induk"] if lang == "id"
                             else ["By participant", "Table cards", "Master grid"])
    people = event.participants
    start = {s.number: s.start for s in event.slots}
    # per participant: a block (name, header, one row per meeting) for each participant
    blocks = _blocks(_values(wb.worksheets[0]))
    assert len(blocks) == len(people)
    for pid, block in zip(sorted(people), blocks, strict=True):
        p = people[pid]
        assert block[0][0] == f"{p.name} ({p.organisation})"
        mine = sorted((int(x["slot"]), x["table"],
                       x["to_id"] if x["from_id"] == pid else x["from_id"])
                      for x in rows if pid in (x["from_id"], x["to_id"]))
        want = [[str(s), start[s], t, f"{people[o].name} - {people[o].organisation}"]
                for s, t, o in mine]
        assert [row[:4] for row in block[2:]] == want, pid
    # table cards: a block per table, its meetings in slot order
    blocks = _blocks(_values(wb.worksheets[1]))
    assert len(blocks) == event.tables
    for table, block in enumerate(blocks, start=1):
        assert block[0][0].endswith(f" {table}")
        want = [[x["slot"], start[int(x["slot"])], people[x["from_id"]].name,
                 people[x["to_id"]].name]
                for x in sorted(rows, key=lambda x: int(x["slot"]))
                if int(x["table"]) == table]
        assert [row[:4] for row in block[1:]] == want
    # the master grid: a row per slot, a column per table, "from - to" or blank
    grid = _values(wb.worksheets[2])
    assert len(grid) == 1 + len(event.slots) and len(grid[0]) == 2 + event.tables
    at = defaultdict(str, {(int(x["slot"]), int(x["table"])): f"{x['from_id']} - {x['to_id']}"
                           for x in rows})
    for slot, row in zip(event.slots, grid[1:], strict=True):
        assert row[:2] == [str(slot.number), slot.start]
        assert row[2:] == [at[(slot.number, t)] for t in range(1, event.tables + 1)]


def test_a_pair_asked_both_ways_is_one_meeting_and_refused_with_its_row(
        tmp_path: Path) -> None:
    path = _workbook(tmp_path / "acara.xlsx", [*PERMINTAAN, ["B1", "S1", 1, "bebas", ""]])
    with pytest.raises(InputError) as e:
        read_event(path)
    [p] = e.value.problems
    assert (p.file, p.sheet, p.row, p.column) == ("acara.xlsx", "permintaan", 8, "to_id")
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out",
                                    str(tmp_path / "out"), "--lang", "en"])
    assert r.exit_code == 2 and "sheet 'permintaan', row 8, column 'to_id'" in r.output
    assert "row 2" in r.output  # the row it repeats
    assert not (tmp_path / "out").exists()
