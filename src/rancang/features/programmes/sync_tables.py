"""The synchronisation report as tables, once for every channel (page, XLSX, DOCX), and
its writers. Numbers stay numbers (:class:`rancang.core.document.Table`), formatted by each
output in its language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rancang.core.document import Table
from rancang.core.i18n import current_language, text
from rancang.features.programmes.nomenclature import LEVELS
from rancang.features.programmes.sync import SyncReport

#: table id -> catalogue key of its sheet name
SHEETS = ("summary", "regions", "coverage", "gaps", "duplicates", "authority",
          "budget_anchor", "budget_level")


def _h(key: str, lang: str) -> str:
    return text(f"programmes.col.{key}", lang)


def _level(level: str, lang: str) -> str:
    return text(f"programmes.level.{level}", lang)


def _kind(kind: str, lang: str) -> str:
    return text(f"programmes.kind.{kind}", lang)


def report_tables(report: SyncReport, lang: str | None = None) -> list[Table]:
    """The report's tables in :data:`SHEETS` order."""
    lang = lang or current_language()
    source = text("programmes.sync.source", lang, province=report.province, year=report.year)
    tables: list[Table] = []

    def add(tid: str, columns: list[str], rows: list[list[object]],
            decimals: list[int | None]) -> None:
        tables.append(Table(tid, text(f"programmes.sheet.{tid}", lang), columns,
                            [list(r) for r in rows], decimals, source))

    add("summary", [_h("figure", lang), _h("value", lang)],
        [[text(f"programmes.fig.{k}", lang), v] for k, v in report.summary().items()],
        [None, 0])
    add("regions", [_h(c, lang) for c in ("region", "region_name", "plan", "status",
                                           "programmes", "budget")],
        [[r.code, r.name, r.plan_id, text(f"plan.status.{r.plan_status}", lang)
          if r.plan_status else text("programmes.no_plan", lang), r.programmes, r.budget]
         for r in report.regions], [None, None, 0, None, 0, 0])
    level_cols: list[str] = []
    for lv in LEVELS:
        level_cols += [f"{_h('programmes', lang)} {_level(lv, lang)}",
                       f"{_h('budget', lang)} {_level(lv, lang)}"]
    add("coverage", [_h(c, lang) for c in ("region", "kind", "key", "anchor")] + level_cols
        + [_h("codes", lang)],
        [[c.region, _kind(c.kind, lang), c.key, c.label,
          *[v for lv in LEVELS for v in (c.count[lv], c.budget[lv])], "; ".join(c.codes)]
         for c in report.coverage], [None] * 4 + [0] * (2 * len(LEVELS)) + [None])
    add("gaps", [_h(c, lang) for c in ("region", "kind", "key", "anchor")],
        [[c.region, _kind(c.kind, lang), c.key, c.label] for c in report.gaps], [None] * 4)
    add("duplicates", [_h(c, lang) for c in ("group", "name", "region", "year", "level",
                                              "agency", "code", "budget")],
        [[k, p.name, p.region_code, p.year, _level(p.level, lang), p.agency, p.code, p.budget]
         for k, d in enumerate(report.duplicates, start=1) for p in d.programmes],
        [0, None, None, None, None, None, None, 0])
    add("authority", [_h(c, lang) for c in ("code", "name", "region", "agency", "budget")],
        [[o.programme.code, o.programme.name, o.programme.region_code, o.programme.agency,
          o.programme.budget] for o in report.outside], [None, None, None, None, 0])
    add("budget_anchor", [_h(c, lang) for c in ("region", "kind", "key", "anchor", "level",
                                                 "year", "programmes", "budget")],
        [[b.region, _kind(b.kind, lang), b.key, b.label, _level(b.level, lang), b.year,
          b.programmes, b.budget] for b in report.budget],
        [None, None, None, None, None, None, 0, 0])
    add("budget_level", [_h(c, lang) for c in ("level", "year", "programmes", "budget")],
        [[_level(lv, lang), y, n, amount] for (lv, y), (n, amount) in report.totals.items()],
        [None, None, 0, 0])
    return tables


def write_xlsx(report: SyncReport, path: Path, lang: str | None = None) -> Path:
    """The report as one workbook: a sheet per table, numbers as numbers."""
    import polars as pl

    from rancang.sources.writers import write_workbook

    lang = lang or current_language()
    sheets: dict[str, pl.DataFrame] = {}
    headers: dict[str, str] = {}
    for t in report_tables(report, lang):
        data: dict[str, pl.Series] = {}
        for c, (name, d) in enumerate(zip(t.columns, t.decimals, strict=True)):
            values = [r[c] for r in t.rows]
            if d is None:
                data[name] = pl.Series(name, [None if v is None else str(v) for v in values],
                                       dtype=pl.String)
            elif all(isinstance(v, int) or v is None for v in values):
                data[name] = pl.Series(name, values, dtype=pl.Int64)
            else:
                data[name] = pl.Series(name, values, dtype=pl.Float64)
            headers[name] = name
        sheets[t.title[:31]] = pl.DataFrame(data)
    about = {text("programmes.col.province", lang): report.province,
             text("programmes.col.year", lang): str(report.year)}
    return write_workbook(path, sheets, about=about, lang=lang, headers=headers)


def write_docx(report: SyncReport, path: Path, lang: str | None = None) -> Path:
    """The report as an editable Word document (python-docx): a heading and a table per
    part, with the source line, as the plan's document prints its tables."""
    from docx.shared import Pt

    from rancang.core.document import a4_docx

    lang = lang or current_language()
    doc = a4_docx()  # A4, as every Word file of rancang
    title = text("programmes.sync.title", lang, province=report.province, year=report.year)
    doc.core_properties.title = title
    doc.add_heading(title, level=0)
    doc.add_paragraph(text("programmes.sync.intro", lang))
    for n, t in enumerate(report_tables(report, lang), start=1):
        doc.add_heading(f"{n}. {t.title}", level=1)
        if not t.rows:
            doc.add_paragraph(text("programmes.none", lang))
            continue
        doc.add_paragraph()._p.addnext(_table_xml(t, lang))
        run = doc.add_paragraph().add_run(t.source)
        run.italic = True
        run.font.size = Pt(8)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _table_xml(t: Table, lang: str) -> Any:
    """A bordered Word table (``w:tbl``) built as one XML string and parsed once:
    python-docx's cell-by-cell API takes seconds for a few thousand cells.

    >>> x = _table_xml(Table("t", "T", ["a", "b"], [["<x>", 1234.5]], [None, 1]), "id")
    >>> x.tag.endswith("tbl"), len(x.findall(".//{*}tc"))
    (True, 4)
    """
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def cell(value: str, bold: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>{props}'
                f'<w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:p></w:tc>')

    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ["<w:tr>" + "".join(cell(h, True) for h in t.columns) + "</w:tr>"]
    rows += ["<w:tr>" + "".join(cell(t.cell(r, c, lang)) for c in range(len(t.columns)))
             + "</w:tr>" for r in range(len(t.rows))]
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in t.columns)
    return parse_xml(f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="0" w:type="auto"/>'
                     f'<w:tblBorders>{border}</w:tblBorders></w:tblPr>'
                     f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def write_report(report: SyncReport, out: Path, lang: str | None = None) -> list[Path]:
    """``sinkronisasi-72-2026.xlsx`` and ``.docx`` in ``out``."""
    stem = f"sinkronisasi-{report.province}-{report.year}"
    return [write_xlsx(report, out / f"{stem}.xlsx", lang),
            write_docx(report, out / f"{stem}.docx", lang)]
