"""Write a schedule: CSV for machines, one workbook for people (per participant, per table,
the master grid)."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from pathlib import Path

from rancang.core.cells import safe_cell
from rancang.core.i18n import text
from rancang.features.matching.event import Event
from rancang.features.matching.schedule import Schedule

#: the creation time written into the schedule's workbook and PDFs: a schedule's files are
#: the same bytes from the CLI, the page and the API, today or tomorrow
STAMP = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def write_schedule(event: Event, schedule: Schedule, out: Path) -> list[Path]:
    """``schedule.csv`` (slot, table, from_id, to_id), ``unscheduled.csv`` (from_id, to_id,
    priority, reason), ``schedule.xlsx`` (sheets: per participant, per table, grid) and the
    printable PDFs of :func:`~rancang.features.matching.export_pdf.write_schedule_pdf`."""
    import xlsxwriter

    out.mkdir(parents=True, exist_ok=True)
    reqs = event.requests
    rows = sorted(schedule.meetings, key=lambda m: (m.slot, m.table))
    paths = [out / "schedule.csv", out / "unscheduled.csv", out / "schedule.xlsx"]
    with paths[0].open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["slot", "table", "from_id", "to_id"])
        w.writerows([m.slot, m.table, safe_cell(reqs[m.request].from_id),
                     safe_cell(reqs[m.request].to_id)]
                    for m in rows)
    with paths[1].open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["from_id", "to_id", "priority", "reason"])
        w.writerows([safe_cell(reqs[i].from_id), safe_cell(reqs[i].to_id), reqs[i].priority,
                     text(f"match.reason.{reason}")] for i, reason in schedule.unscheduled)
    start = {s.number: s.start for s in event.slots}
    people = event.participants
    wb = xlsxwriter.Workbook(str(paths[2]))
    wb.set_properties({"created": STAMP})  # the same schedule gives the same bytes
    bold = wb.add_format({"bold": True})
    # one block per participant, sorted by id (printable: a page break between blocks)
    ws = wb.add_worksheet(text("match.sheet.participants"))
    by_person: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in rows:
        r = reqs[m.request]
        by_person[r.from_id].append((m.slot, m.table, r.to_id))
        by_person[r.to_id].append((m.slot, m.table, r.from_id))
    line = 0
    breaks = []
    for pid in sorted(people):
        p = people[pid]
        ws.write(line, 0, safe_cell(f"{p.name} ({p.organisation})" if p.organisation
                                    else p.name), bold)
        line += 1
        ws.write_row(line, 0, [text("match.col.slot"), text("match.col.start"),
                               text("match.col.table"), text("match.col.with")], bold)
        line += 1
        for number, table, other in sorted(by_person.get(pid, [])):
            o = people[other]
            ws.write_row(line, 0, [number, safe_cell(start[number]), table,
                                   safe_cell(f"{o.name} - {o.organisation}")])
            line += 1
        line += 1
        breaks.append(line)
    ws.set_h_pagebreaks(breaks[:-1][:1000])
    ws.set_column(0, 0, 10)
    ws.set_column(3, 3, 40)
    # table cards: one block per table
    ws = wb.add_worksheet(text("match.sheet.tables"))
    line = 0
    by_table: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for m in rows:
        r = reqs[m.request]
        by_table[m.table].append((m.slot, people[r.from_id].name, people[r.to_id].name))
    for table in range(1, event.tables + 1):
        ws.write(line, 0, f"{text('match.col.table')} {table}", bold)
        line += 1
        for number, a, b in by_table.get(table, []):
            ws.write_row(line, 0, [number, safe_cell(start[number]), safe_cell(a),
                                   safe_cell(b)])
            line += 1
        line += 1
    # master grid: slots x tables
    ws = wb.add_worksheet(text("match.sheet.grid"))
    ws.write_row(0, 0, [text("match.col.slot"), text("match.col.start")] +
                 [f"{text('match.col.table')} {t}" for t in range(1, event.tables + 1)], bold)
    grid = {(m.slot, m.table): m for m in rows}
    for k, slot in enumerate(event.slots, start=1):
        cells: list[object] = [slot.number, safe_cell(slot.start)]
        for t in range(1, event.tables + 1):
            cell = grid.get((slot.number, t))
            cells.append("" if cell is None else safe_cell(
                f"{reqs[cell.request].from_id} - {reqs[cell.request].to_id}"))
        ws.write_row(k, 0, cells)
    wb.close()
    from rancang.features.matching.export_pdf import write_schedule_pdf

    return paths + write_schedule_pdf(event, schedule, out)
