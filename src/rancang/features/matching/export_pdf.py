"""Printable schedules of a Temu Usaha as PDF: one page per participant (what each person
carries to the event) and one card per table (what the table host lays on the table)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from rancang.core.i18n import text
from rancang.core.text import pdf_text
from rancang.features.matching.event import Event
from rancang.features.matching.schedule import Schedule


def _pdf(title: str) -> Any:
    from fpdf import FPDF

    from rancang.features.matching.export import STAMP

    pdf = FPDF(format="A4")
    pdf.set_creation_date(STAMP)  # the same schedule gives the same bytes
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(pdf_text(title))
    return pdf


def _row(pdf: Any, cells: list[str], widths: list[float], *, bold: bool = False) -> None:
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    for value, w in zip(cells, widths, strict=True):
        pdf.cell(w, 7, pdf_text(value)[:90], border=1)
    pdf.ln(7)


def write_schedule_pdf(event: Event, schedule: Schedule, out: Path) -> list[Path]:
    """``schedule-participants.pdf`` (a page per participant: slot, start, table, whom they
    meet) and ``table-cards.pdf`` (a page per table: slot, start, the two participants)."""
    reqs = event.requests
    people = event.participants
    start = {s.number: s.start for s in event.slots}
    by_person: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    by_table: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    for m in sorted(schedule.meetings, key=lambda m: (m.slot, m.table)):
        r = reqs[m.request]
        by_person[r.from_id].append((m.slot, m.table, r.to_id))
        by_person[r.to_id].append((m.slot, m.table, r.from_id))
        by_table[m.table].append((m.slot, r.from_id, r.to_id))

    def who(pid: str) -> str:
        p = people[pid]
        return f"{p.name} - {p.organisation}" if p.organisation else p.name

    head = [text("match.col.slot"), text("match.col.start"), text("match.col.table"),
            text("match.col.with")]
    pdf = _pdf(text("match.pdf.participants"))
    for pid in sorted(people):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(pdf.epw, 8, pdf_text(who(pid)), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(pdf.epw, 5, pdf_text(text("match.pdf.meetings",
                                                  n=len(by_person.get(pid, [])))),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        widths = [15.0, 25.0, 15.0, pdf.epw - 55.0]
        _row(pdf, head, widths, bold=True)
        for number, table, other in sorted(by_person.get(pid, [])):
            _row(pdf, [str(number), start[number], str(table), who(other)], widths)
    paths = [out / "schedule-participants.pdf", out / "table-cards.pdf"]
    out.mkdir(parents=True, exist_ok=True)
    pdf.output(str(paths[0]))
    pdf = _pdf(text("match.sheet.tables"))
    widths = [15.0, 25.0, (pdf.epw - 40.0) / 2, (pdf.epw - 40.0) / 2]
    for table in range(1, event.tables + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 28)
        pdf.cell(pdf.epw, 16, pdf_text(f"{text('match.col.table')} {table}"), align="C",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        _row(pdf, [text("match.col.slot"), text("match.col.start"), text("match.pdf.from"),
                   text("match.pdf.to")], widths, bold=True)
        for number, a, b in by_table.get(table, []):
            _row(pdf, [str(number), start[number], who(a), who(b)], widths)
    pdf.output(str(paths[1]))
    return paths
