"""The reports: a regency's semester report and the province's report to the Minister
of Industry covering all its regencies, as DOCX (python-docx) and XLSX, Indonesian by
default. Tables are :class:`rancang.core.document.Table` s, formatted per language the
same way as the plan's document; the workbook keeps machine numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from rancang.core.actors import Actor
from rancang.core.cells import safe_cell
from rancang.core.document import Table
from rancang.core.i18n import format_number, text
from rancang.features.monitoring.dashboard import Dashboard, region_dashboard


@dataclass
class Report:
    """A report: title, lines under it, and its tables."""

    title: str
    lines: list[str]
    tables: list[Table]
    stem: str


def region_names(engine: Engine, plan_ids: Sequence[int | None]) -> dict[int, str]:
    """``{plan id: region name}`` of the plans behind the dashboards."""
    from rancang.features.plan.models import Plan

    ids = [i for i in plan_ids if i is not None]
    if not ids:
        return {}
    t = Plan.__table__
    with engine.connect() as conn:
        return {r[0]: r[1] or "" for r in conn.execute(
            select(t.c.id, t.c.region_name).where(t.c.id.in_(ids)))}


def _light(value: str | None, lang: str) -> str:
    return text(f"monitor.light.{value or 'none'}", lang)


def indicator_table(d: Dashboard, lang: str, *, suffix: str = "") -> Table:
    """Each indicator: target of the year, realisation, achievement, light, status."""
    cols = [text(f"monitor.col.{c}", lang) for c in (
        "code", "indicator", "unit", "direction", "target", "value", "period",
        "achievement", "light", "status", "source")]
    rows = []
    for r in d.rows:
        i, rr = r.indicator, r.realisation
        rows.append([i.code, r.label, r.unit, text(f"monitor.direction.{i.direction}", lang),
                     r.target, r.value, None if rr is None else rr.period, r.achievement,
                     _light(r.light, lang),
                     text(f"monitor.status.{rr.status if rr else 'missing'}", lang),
                     r.source])
    return Table(f"indicators{suffix}", text("monitor.t.indicators", lang, region=d.region,
                                             period=d.period.code),
                 cols, rows, [None, None, None, None, 2, 2, None, 1, None, None, None],
                 text("monitor.t.formula", lang, green=_num(d.thresholds[0], lang),
                      yellow=_num(d.thresholds[1], lang)))


def _num(v: float, lang: str) -> str:
    return format_number(v, 0, lang)


def group_table(d: Dashboard, lang: str, by: str, *, suffix: str = "") -> Table:
    """Roll-ups to the plan's targets (``targets``) or programme groups (``groups``)."""
    groups = d.targets if by == "targets" else d.groups
    cols = [text(f"monitor.col.{c}", lang) for c in ("group", "n", "achievement", "light")]
    rows = [[g.label, g.n, g.achievement, _light(g.light, lang)] for g in groups]
    return Table(f"{by}{suffix}", text(f"monitor.t.{by}", lang), cols, rows,
                 [None, 0, 1, None])


def notes_table(d: Dashboard, lang: str, *, suffix: str = "") -> Table:
    """Obstacles and follow-up of each realisation, with who entered and verified it."""
    cols = [text(f"monitor.col.{c}", lang) for c in (
        "indicator", "period", "obstacles", "follow_up", "entered_by", "verified_by",
        "evidence")]
    rows = []
    for r in d.rows:
        rr = r.realisation
        if rr is None:
            continue
        rows.append([r.label, rr.period, rr.obstacles or "", rr.follow_up or "",
                     rr.entered_by, rr.verified_by or "",
                     rr.evidence_link or rr.evidence_name or ""])
    return Table(f"notes{suffix}", text("monitor.t.notes", lang), cols, rows,
                 [None] * len(cols))


def series_table(d: Dashboard, lang: str, *, suffix: str = "") -> Table:
    """Yearly target and realisation of every indicator over the plan period."""
    cols = [text(f"monitor.col.{c}", lang) for c in ("code", "year", "target", "value",
                                                      "achievement")]
    from rancang.features.monitoring.achievement import achievement

    rows = [[r.indicator.code, y, t, v, achievement(v, t, r.indicator.direction)]
            for r in d.rows for y, t, v in r.series if v is not None or y <= d.period.year]
    return Table(f"series{suffix}", text("monitor.t.series", lang), cols, rows,
                 [None, None, 2, 2, 1])


def region_report(engine: Engine, actor: Actor, region: str, period: str, *,
                  lang: str, thresholds: tuple[float, float]) -> Report:
    """The regency's (or city's) semester report."""
    d = region_dashboard(engine, actor, region, period, thresholds=thresholds)
    name = region_names(engine, [d.plan_id]).get(d.plan_id or 0, "")
    c = d.counts()
    lines = [text("monitor.r.summary", lang, n=len(d.rows), green=c["green"],
                  yellow=c["yellow"], red=c["red"], none=c["none"]),
             text("monitor.r.rule", lang)]
    tables = [indicator_table(d, lang), group_table(d, lang, "targets")]
    if d.groups:
        tables.append(group_table(d, lang, "groups"))
    tables += [notes_table(d, lang), series_table(d, lang)]
    return Report(text("monitor.r.title", lang, region=f"{region} {name}".strip(),
                       period=d.period.code), lines, tables,
                  f"pemantauan-{region}-{d.period.code}")


def province_report(engine: Engine, actor: Actor, province: str, period: str, *,
                    lang: str, thresholds: tuple[float, float]) -> Report:
    """The governor's report to the Minister: the province and every regency and city of
    it in the Kemendagri reference, those without an RPIK, without monitoring or without
    a realisation for the period marked as such, then the indicators and notes of each
    monitored one."""
    from rancang.features.monitoring.coverage import province_coverage

    cov = province_coverage(engine, actor, province, period, thresholds=thresholds)
    cols = [text(f"monitor.col.{c}", lang) for c in ("region", "name", "state", "n",
                                                      "realised", "green", "yellow", "red",
                                                      "none", "achievement")]
    rows = []
    for r in cov.regions:
        c = r.dashboard.counts() if r.dashboard is not None else {}
        rows.append([r.region, r.name, text(f"monitor.cover.{r.status}", lang),
                     r.indicators, r.realised, c.get("green", 0), c.get("yellow", 0),
                     c.get("red", 0), c.get("none", 0), r.achievement])
    summary = Table("regions", text("monitor.t.regions", lang), cols, rows,
                    [None, None, None, 0, 0, 0, 0, 0, 0, 1])
    tables = [summary]
    for r in cov.regions:
        d = r.dashboard
        if d is None or not d.rows:
            continue
        tables.append(indicator_table(d, lang, suffix=f"-{d.region}"))
        tables.append(notes_table(d, lang, suffix=f"-{d.region}"))
    p = cov.period.code
    groups = cov.by_status()
    lines = [text("monitor.r.province_intro", lang, n=len(cov.regencies),
                  province=f"{province} {cov.name}".strip(),
                  reported=len(groups["reported"]))]
    for status in ("no_plan", "no_monitoring", "no_realisation"):
        if groups[status]:
            lines.append(text(f"monitor.r.cover.{status}", lang, n=len(groups[status]),
                              regions=", ".join(groups[status]), period=p))
    lines.append(text("monitor.r.rule", lang))
    return Report(text("monitor.r.province_title", lang, province=province, period=p),
                  lines, tables, f"pemantauan-provinsi-{province}-{p}")


def write_docx(report: Report, path: Path, lang: str) -> Path:
    """The report as an editable Word document (headings, lines, captioned tables)."""
    from docx.shared import Pt

    from rancang.core.document import a4_docx

    doc = a4_docx()  # A4, as every Word file of rancang
    doc.core_properties.title = report.title
    doc.add_heading(report.title, level=0)
    for line in report.lines:
        doc.add_paragraph(line)
    for n, t in enumerate(report.tables, start=1):
        doc.add_paragraph(text("monitor.r.caption", lang, n=n, title=t.title),
                          style="Caption")
        table = doc.add_table(rows=1, cols=len(t.columns))
        table.style = "Table Grid"
        for c, head in enumerate(t.columns):
            table.rows[0].cells[c].text = head
        for r in range(len(t.rows)):
            cells = table.add_row().cells
            for c in range(len(t.columns)):
                cells[c].text = t.cell(r, c, lang)
        if t.source:
            run = doc.add_paragraph().add_run(t.source)
            run.italic = True
            run.font.size = Pt(8)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def write_xlsx(report: Report, path: Path, lang: str | None = None) -> Path:
    """The report's tables as sheets (machine numbers; text never starts a formula)."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path))
    used: set[str] = set()
    for n, t in enumerate(report.tables, start=1):
        kind = t.id.split("-")[0]
        name = f"{n:02d} {text('monitor.sheet.' + kind, lang)} {t.id[len(kind) + 1:]}"
        name = name.strip()[:31]
        while name in used:
            name = name[:-1]
        used.add(name)
        sheet = book.add_worksheet(name)
        sheet.write_string(0, 0, str(safe_cell(t.title)))
        for c, head in enumerate(t.columns):
            sheet.write_string(1, c, str(safe_cell(head)))
        for r, row in enumerate(t.rows, start=2):
            for c, v in enumerate(row):
                if v is None or (isinstance(v, float) and v != v):
                    continue
                if isinstance(v, int | float):
                    sheet.write_number(r, c, float(v))
                else:
                    sheet.write_string(r, c, str(safe_cell(v)))
        if t.source:
            sheet.write_string(len(t.rows) + 3, 0, str(safe_cell(t.source)))
    book.close()
    return path


def write_report(report: Report, out: Path, lang: str) -> list[Path]:
    """``<stem>.docx`` and ``<stem>.xlsx`` in ``out``."""
    return [write_docx(report, out / f"{report.stem}.docx", lang),
            write_xlsx(report, out / f"{report.stem}.xlsx", lang)]
