"""Outcomes of Temu Usaha meetings: the report's figures, its channels and bad files.

The example is made up for the test: two events in two quarters, a catering firm (KBLI 56290,
section I) and a cassava-chip maker (10794, section C) in Morowali (72.06) and Palu (72.03).
The expected figures are counted by hand from the rows below."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.matching.outcomes import Outcome, read_outcomes, report

runner = CliRunner()
HEADER = ["acara", "tanggal", "from_id", "to_id", "status", "tindak_lanjut", "kesepakatan",
          "nilai", "kbli", "wilayah"]
ROWS = [
    ["TU Morowali I", "2026-02-10", "B1", "S1", "terlaksana", "kunjungan pabrik", "kontrak",
     "1.250.000.000", "56290", "72.06"],
    ["TU Morowali I", "2026-02-10", "B1", "S2", "terlaksana", "", "mou", "", "10794", "72.03"],
    ["TU Morowali I", "2026-02-10", "B2", "S1", "tidak_hadir", "", "", "", "56290", "72.06"],
    ["TU Morowali II", "15/05/2026", "B1", "S1", "terlaksana", "", "kontrak", "500.000.000",
     "56290", "72.06"],
    ["TU Morowali II", "15/05/2026", "B3", "S2", "batal", "", "tidak_ada", "", "10794",
     "72.03"],
    ["TU Morowali II", "15/05/2026", "B2", "S2", "terlaksana", "", "kontrak", "250.000.000,75",
     "10794", "72.03"],
]


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_report_figures_counted_by_hand(tmp_path: Path) -> None:
    r = report(read_outcomes([write(tmp_path / "hasil.csv", ROWS)]))
    total = r["total"][0]
    assert (total["meetings"], total["held"], total["no_show"], total["cancelled"]) == (6, 4, 1, 1)
    assert total["held_share"] == 80.0  # 4 held of 5 not cancelled
    assert (total["mou"], total["contracts"]) == (1, 3)
    assert total["contract_value"] == pytest.approx(2_000_000_000.75)
    sections = {s["section"]: s for s in r["sections"]}
    assert sections["I"]["contract_value"] == 1_750_000_000 and sections["I"]["no_show"] == 1
    assert sections["C"]["contracts"] == 1 and sections["C"]["mou"] == 1
    quarters = [(q["quarter"], q["contract_value"], q["change_pct"]) for q in r["quarters"]]
    assert quarters == [("2026-Q1", 1_250_000_000, None),
                        ("2026-Q2", pytest.approx(750_000_000.75), -40.0)]
    regions = {x["region"]: x["meetings"] for x in r["regions"]}
    assert regions == {"72.06": 3, "72.03": 3}


def test_cli_writes_the_same_figures_in_both_languages(tmp_path: Path) -> None:
    path = write(tmp_path / "hasil.csv", ROWS)
    res = runner.invoke(build_app(), ["match", "outcomes", str(path), "--out",
                                      str(tmp_path / "id")])
    assert res.exit_code == 0, res.output
    assert "6 pertemuan dari 2 acara: 4 terlaksana (80,0 %)" in res.output
    assert "Rp 2.000.000.001" in res.output
    res = runner.invoke(build_app(), ["match", "outcomes", str(path), "--out",
                                      str(tmp_path / "en"), "--lang", "en"])
    assert "6 meetings of 2 events: 4 held (80.0 %), 1 MoUs, 3 contracts" in res.output
    wb = openpyxl.load_workbook(tmp_path / "en" / "outcomes-report.xlsx")
    assert wb.sheetnames[:2] == ["By event", "By KBLI section"]
    ws = wb["By quarter"]
    assert [c.value for c in ws[1]][-1] == "Change in value (%)"
    assert ws["I3"].value == pytest.approx(750_000_000.75) and ws["J3"].value == -40.0
    with (tmp_path / "id" / "outcomes-events.csv").open() as fh:
        events = {x["event"]: x for x in csv.DictReader(fh)}
    assert events["TU Morowali II"]["contracts"] == "2"
    assert float(events["TU Morowali I"]["contract_value"]) == 1_250_000_000


@pytest.mark.parametrize(("row", "column", "value"), [
    (1, "status", "selesai"),
    (2, "tanggal", "Februari"),
    (3, "nilai", "#REF!"),
    (3, "kesepakatan", "kontrak"),   # the meeting was not held
    (4, "nilai", "-5"),
    (5, "nilai", "1000"),            # a value without an agreement
    (6, "kbli", "5629"),
])
def test_bad_rows_are_refused_with_their_cell(tmp_path: Path, row: int, column: str,
                                              value: str) -> None:
    rows = [list(r) for r in ROWS]
    rows[row - 1][HEADER.index(column)] = value
    if column == "nilai" and value == "#REF!":
        rows[row - 1][HEADER.index("kesepakatan")] = "kontrak"
        rows[row - 1][HEADER.index("status")] = "terlaksana"
    path = write(tmp_path / "hasil.csv", rows)
    with pytest.raises(InputError) as err:
        read_outcomes([path])
    where = {(p.row, p.column) for p in err.value.problems}
    field = {"tanggal": "date", "nilai": "value", "kesepakatan": "agreement"}.get(column, column)
    assert (row + 1, field) in where, where
    res = runner.invoke(build_app(), ["match", "outcomes", str(path), "--out",
                                      str(tmp_path / "o")])
    assert res.exit_code == 2 and f"baris {row + 1}" in res.output
    assert not (tmp_path / "o").exists()


def test_a_meeting_listed_twice_across_files_is_refused(tmp_path: Path) -> None:
    a = write(tmp_path / "a.csv", ROWS[:2])
    b = write(tmp_path / "b.csv", ROWS[1:3])
    with pytest.raises(InputError) as err:
        read_outcomes([a, b])
    assert [(p.file, p.row) for p in err.value.problems] == [("b.csv", 2)]
    assert "a.csv:3" in str(err.value)


outcomes = st.lists(st.builds(
    Outcome, event=st.sampled_from(["E1", "E2", "E3"]),
    day=st.dates(date(2025, 1, 1), date(2027, 12, 31)), from_id=st.just("B"),
    to_id=st.text("abc", min_size=1, max_size=3),
    status=st.sampled_from(["held", "no_show", "cancelled"]), follow_up=st.just(""),
    agreement=st.sampled_from(["none", "mou", "contract"]),
    value=st.floats(0, 1e12), kbli=st.sampled_from(["56290", "10794", "49431", ""]),
    region=st.sampled_from(["72.06", "72.03"])), max_size=40)


@given(outcomes)
def test_every_grouping_adds_up_to_the_totals(rows: list[Outcome]) -> None:
    r = report(rows)
    total = r["total"][0]
    for name in ("events", "sections", "divisions", "regions", "quarters"):
        for figure in ("meetings", "held", "no_show", "mou", "contracts"):
            assert sum(int(str(x[figure])) for x in r[name]) == total[figure]
        assert sum(float(str(x["contract_value"])) for x in r[name]) == pytest.approx(
            float(str(total["contract_value"])), rel=1e-9, abs=1e-6)
