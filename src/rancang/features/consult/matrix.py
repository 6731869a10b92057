"""The matriks tanggapan: every input with its answer and where the draft changed, and its
summaries (inputs by group, section and disposition; the share answered), as XLSX and DOCX.

An input answered *diakomodasi* (or *diakomodasi sebagian*) without the section of a
later version that carried the change is flagged: the matrix is where a promise without a
change shows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.i18n import format_number, format_when, text
from rancang.features.consult.inputs import Filters, InputInfo, list_inputs
from rancang.features.consult.vocab import ACCEPTED, DISPOSITIONS, GROUPS
from rancang.features.plan.service import get_plan
from rancang.features.plan.versions import snapshot

COLUMNS = ("no", "id", "section", "quote", "cell", "input", "author", "forum", "answer",
           "disposition", "reason", "changed", "attachment", "flag")


@dataclass
class Matrix:
    """The rows (as text, in the matrix's language) and the summaries."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    flagged: list[int] = field(default_factory=list)
    by_group: list[tuple[str, int, int]] = field(default_factory=list)
    by_section: list[tuple[str, int, int]] = field(default_factory=list)
    by_disposition: list[tuple[str, int]] = field(default_factory=list)
    total: int = 0
    answered: int = 0

    @property
    def share_answered(self) -> float:
        """Answered inputs over all inputs, in percent (0 for no inputs)."""
        return share(self.answered, self.total)


def share(part: int, whole: int) -> float:
    """``100 * part / whole``; 0 when ``whole`` is 0.

    Notes
    -----
    The share of inputs answered, :math:`s = 100 \\cdot a / n` (a answered of n inputs),
    as the matrix's summary reports it.

    >>> share(3, 4), share(0, 0)
    (75.0, 0.0)
    """
    return 100.0 * part / whole if whole else 0.0


def flagged(item: InputInfo) -> bool:
    """An accepted disposition without the section of a later version that changed.

    >>> from datetime import date, datetime
    >>> base = dict(id=1, plan_id=1, region_code="72.06", version_label="v0.1",
    ...             section_key="s", quote="", cell="", text="x", author_name="",
    ...             organisation="", group="ikm", consent=False, channel="fgd", forum="",
    ...             received_on=date(2026, 1, 1), event_id=None, user_id=None,
    ...             assignee="", created_at=datetime(2026, 1, 1))
    >>> flagged(InputInfo(**base, disposition="diakomodasi", change_version=""))
    True
    >>> flagged(InputInfo(**base, disposition="diakomodasi", change_version="v0.2",
    ...                   change_section="s"))
    False
    >>> flagged(InputInfo(**base, disposition="tidak_diakomodasi"))
    False
    """
    return item.disposition in ACCEPTED and not (item.change_version and item.change_section)


def attachment_note(item: InputInfo, lang: str) -> str:
    """The matrix's note of an input's attachment: its name, type and where the team
    downloads it (a path of the application), or ""."""
    if not item.attachment_file:
        return ""
    return text("consult.matrix.attachment", lang, name=item.attachment_name,
                kind=item.attachment_type.upper(),
                path=f"/consult/inputs/{item.id}/attachment")


def section_titles(engine: Engine, actor: Actor, plan_id: int, labels: set[str],
                   lang: str, snaps: dict[str, dict[str, Any]] | None = None
                   ) -> dict[tuple[str, str], str]:
    """``(version, key) -> "II.3 Perekonomian"`` for the versions ``labels`` (``snaps``:
    the snapshots already read, by label; those read here are added to it)."""
    from rancang.features.consult.sections import section_choices

    snaps = {} if snaps is None else snaps
    out = {}
    for label in labels:
        if label not in snaps:
            snaps[label] = snapshot(engine, actor, plan_id, label)
        for key, title in section_choices(snaps[label], lang):
            out[(label, key)] = title
    return out


def build(engine: Engine, actor: Actor, plan_id: int, *, version: str | None = None,
          lang: str = "id") -> Matrix:
    """The matrix of the plan's inputs (of one version when given), in ``lang``."""
    plan = get_plan(engine, actor, plan_id)
    items = list_inputs(engine, actor, plan_id, Filters(version=version))
    labels = {i.version_label for i in items} | {i.change_version for i in items
                                                  if i.change_version}
    titles = section_titles(engine, actor, plan_id, labels, lang)
    region = plan.region_name or plan.region_code
    m = Matrix(text("consult.matrix.title", lang, level=plan.level.upper(), region=region,
                    version=version or text("consult.matrix.all_versions", lang)))
    hidden = text("consult.author.hidden", lang)
    from rancang.features.consult.sections import cell_texts

    cells = cell_texts(engine, actor, plan_id, items, lang)
    for n, i in enumerate(items, start=1):
        name, org = i.shown_author(False)
        author = ", ".join(v for v in (name or hidden, org,
                                       text(f"consult.group.{i.group}", lang)) if v)
        forum = i.event_title or i.forum or text(f"consult.channel.{i.channel}", lang)
        where = titles.get((i.change_version or "", i.change_section or ""),
                           i.change_section or "")
        changed = f"{i.change_version}: {where}" if i.change_version else ""
        is_flagged = flagged(i)
        if is_flagged:
            m.flagged.append(i.id)
        received = format_when(i.received_on, lang)  # as people write a date
        # the version the input was made on, then its section's number and title
        section = titles.get((i.version_label, i.section_key), i.section_key)
        m.rows.append([n, i.id, f"{i.version_label} {section}",
                       i.quote, cells.get(i.id, i.cell), i.text, author, f"{forum}, {received}",
                       i.response or "",
                       text(f"consult.disposition.{i.disposition}", lang)
                       if i.disposition else text("consult.status.open", lang),
                       i.reason or "", changed,
                       attachment_note(i, lang),
                       text("consult.matrix.flag", lang) if is_flagged else ""])
    m.total = len(items)
    m.answered = sum(1 for i in items if i.answered)
    groups = Counter(i.group for i in items)
    groups_done = Counter(i.group for i in items if i.answered)
    m.by_group = [(text(f"consult.group.{g}", lang), groups[g], groups_done[g])
                  for g in GROUPS if groups[g]]
    sections = Counter((i.version_label, i.section_key) for i in items)
    sections_done = Counter((i.version_label, i.section_key) for i in items if i.answered)
    m.by_section = [(f"{k[0]} {titles.get(k, k[1])}", n, sections_done[k]) for k, n in
                    sorted(sections.items(), key=lambda kv: -kv[1])]
    disp = Counter(i.disposition for i in items if i.disposition)
    m.by_disposition = [(text(f"consult.disposition.{d}", lang), disp[d])
                        for d in DISPOSITIONS] + [(text("consult.status.open", lang),
                                                   m.total - m.answered)]
    return m


def headings(lang: str) -> list[str]:
    """The matrix's column headings in ``lang``."""
    return [text(f"consult.matrix.col.{c}", lang) for c in COLUMNS]


def summary_rows(m: Matrix, lang: str) -> list[tuple[str, list[list[Any]]]]:
    """The summary tables: (title, rows) with a heading row first."""
    h = [text("consult.matrix.inputs", lang), text("consult.matrix.answered", lang)]
    return [
        (text("consult.matrix.by_group", lang),
         [[text("consult.h.group", lang), *h], *[list(r) for r in m.by_group]]),
        (text("consult.matrix.by_section", lang),
         [[text("consult.h.section", lang), *h], *[list(r) for r in m.by_section]]),
        (text("consult.matrix.by_disposition", lang),
         [[text("consult.h.disposition", lang), h[0]], *[list(r) for r in m.by_disposition]]),
        (text("consult.matrix.share", lang),
         [[text("consult.matrix.inputs", lang), text("consult.matrix.answered", lang), "%"],
          [m.total, m.answered, format_number(m.share_answered, 1, lang)]]),
    ]


def write_xlsx(m: Matrix, path: Path, lang: str) -> Path:
    """The matrix (sheet ``matriks``) and its summaries (sheet ``ringkasan``)."""
    import xlsxwriter

    from rancang.core.cells import safe_cell

    path.parent.mkdir(parents=True, exist_ok=True)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    bold = book.add_format({"bold": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    flag = book.add_format({"text_wrap": True, "valign": "top", "bg_color": "#FFE08A"})
    sheet = book.add_worksheet(text("consult.matrix.sheet", lang)[:31])
    sheet.write(0, 0, safe_cell(m.title), bold)
    sheet.write_row(1, 0, headings(lang), bold)
    widths = (5, 8, 28, 30, 16, 50, 28, 24, 50, 18, 30, 28, 24, 20)
    for c, w in enumerate(widths):
        sheet.set_column(c, c, w)
    for r, row in enumerate(m.rows, start=2):
        # one call a row (the per-cell calls were half of the writer's time)
        sheet.write_row(r, 0, [safe_cell(v) for v in row], flag if row[-1] else wrap)
    summary = book.add_worksheet(text("consult.matrix.summary_sheet", lang)[:31])
    r = 0
    for title, rows in summary_rows(m, lang):
        summary.write(r, 0, title, bold)
        for k, row in enumerate(rows):
            summary.write_row(r + 1 + k, 0, [safe_cell(v) for v in row],
                              bold if k == 0 else None)
        r += len(rows) + 2
    summary.set_column(0, 0, 40)
    book.close()
    return path


def rows_xml(rows: list[list[Any]]) -> str:
    """WordprocessingML rows (``<w:tr>``) of text cells, a line break for each newline.

    python-docx adds a row in time proportional to the table's size, so a matrix of
    2,000 inputs took minutes; the rows are written as one XML fragment instead.

    >>> rows_xml([["a<b", "x\\ny"]]).count("<w:tc>"), "a&lt;b" in rows_xml([["a<b"]])
    (2, True)
    """
    from xml.sax.saxutils import escape

    def cell(value: Any) -> str:
        lines = str(value).split("\n")
        runs = '</w:t><w:br/><w:t xml:space="preserve">'.join(escape(x) for x in lines)
        return f'<w:tc><w:p><w:r><w:t xml:space="preserve">{runs}</w:t></w:r></w:p></w:tc>'

    return "".join("<w:tr>" + "".join(cell(v) for v in row) + "</w:tr>" for row in rows)


def append_rows(table: Any, rows: list[list[Any]]) -> None:
    """Append ``rows`` to a python-docx table in one step (see :func:`rows_xml`)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{rows_xml(rows)}</w:tbl>")
    for tr in list(fragment):
        table._tbl.append(tr)


def write_docx(m: Matrix, path: Path, lang: str) -> Path:
    """The matrix as a landscape Word table (editable), then the summaries."""
    from docx.shared import Cm, Pt

    from rancang.core.document import a4_docx

    doc = a4_docx(landscape=True)
    section = doc.sections[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    doc.styles["Normal"].font.size = Pt(8)
    doc.add_heading(m.title, level=1)
    heads = headings(lang)
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for c, h in enumerate(heads):
        table.rows[0].cells[c].text = h
    append_rows(table, m.rows)
    doc.add_paragraph()
    for title, rows in summary_rows(m, lang):
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            for c, v in enumerate(row):
                cells[c].text = str(v)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def write_matrix(engine: Engine, actor: Actor, plan_id: int, out: Path, *,
                 version: str | None = None, lang: str = "id") -> Matrix:
    """Build the matrix and write it to ``out`` (``.xlsx`` or ``.docx``)."""
    from rancang.core.errors import InputError, Problem
    from rancang.core.i18n import Msg

    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".docx"):
        raise InputError(Problem(Msg("consult.out.type", suffix=suffix,
                                     known=".xlsx, .docx"), column="--out"))
    m = build(engine, actor, plan_id, version=version, lang=lang)
    (write_xlsx if suffix == ".xlsx" else write_docx)(m, out, lang)
    return m
