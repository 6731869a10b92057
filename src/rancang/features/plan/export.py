"""Writers of the plan: DOCX (python-docx), PDF (fpdf2, no system tools), and every table
of the document as CSV and one XLSX workbook in ``data/``; and the diff of two versions as
DOCX or HTML."""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.i18n import format_number, pick, text
from rancang.core.text import pdf_text
from rancang.features.plan.charts import WIDTH_IN, ChartImages
from rancang.features.plan.cover import CoverLine, cover_lines
from rancang.features.plan.document import Part, inline_runs, parts
from rancang.features.plan.versions import SectionDiff, snapshot, version_name


def file_stem(snap: dict[str, Any]) -> str:
    """``rpik-72.06`` (``-v0.1`` for a version)."""
    p = snap["plan"]
    label = snap.get("label", "current")
    return f"{p['level']}-{p['region_code']}" + ("" if label == "current" else f"-{label}")


def write_docx(snap: dict[str, Any], path: Path, lang: str,
               images: ChartImages | None = None) -> Path:
    """The plan as an editable Word document: headings per chapter and section, text,
    tables and charts (PNG images) with captions and source lines."""
    return docx_of_parts(list(parts(snap, lang)), path,
                         subject=f"plan/{snap['plan']['uid']}/{snap.get('label', 'current')}",
                         images=images or ChartImages(lang),
                         toc=(text("plan.doc.toc", lang), text("plan.doc.toc_hint", lang)),
                         cover=cover_lines(snap, lang))


def _docx_cover(doc: Any, cover: Sequence[CoverLine]) -> None:
    """The cover's lines centred on the first page, then a page break."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for line in cover:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_before = Pt(line.space_before)
        run = para.add_run(line.text)
        run.bold = line.bold or None
        run.font.size = Pt(line.size)
    doc.add_page_break()


def docx_of_parts(items: Sequence[Part], path: Path, *, subject: str = "",
                  images: ChartImages | None = None,
                  toc: tuple[str, str] | None = None,
                  cover: Sequence[CoverLine] = ()) -> Path:
    """An editable Word document on A4 of printable parts (:class:`Part`: the plan's, or
    another feature's document such as the consultation's minutes); charts need
    ``images``; ``toc`` (heading, hint) puts a table of contents before the first
    chapter; ``cover`` lines make a first page of their own."""
    from io import BytesIO

    from docx.shared import Inches, Pt

    from rancang.core.document import a4_docx, add_toc

    doc = a4_docx()
    doc.core_properties.title = items[0].text if items else ""
    doc.core_properties.subject = subject
    if cover:
        _docx_cover(doc, cover)
    for part in items:
        if part.kind == "chapter" and toc is not None:
            add_toc(doc, *toc)
            doc.add_page_break()
            toc = None
        if part.kind == "title":
            doc.add_heading(part.text, level=0)
        elif part.kind == "subtitle":
            doc.add_paragraph(part.text)
        elif part.kind == "chapter":
            doc.add_heading(part.text, level=1)
        elif part.kind == "section":
            doc.add_heading(part.text, level=2)
        elif part.kind == "heading":
            doc.add_heading(part.text, level=3)
        elif part.kind in ("bullet", "paragraph"):
            style = (None if part.kind == "paragraph"
                     else "List Number" if part.number else "List Bullet")
            para = doc.add_paragraph(style=style)
            for chunk, bold, italic in inline_runs(part.text):
                run = para.add_run(chunk)
                run.bold = bold or None
                run.italic = italic or None
        elif part.kind in ("note", "source"):
            run = doc.add_paragraph().add_run(part.text)
            run.italic = True
            if part.kind == "source":
                run.font.size = Pt(8)
        elif part.kind == "table" and part.table is not None:
            if part.text:  # a table under a heading that names it has no caption
                doc.add_paragraph(part.text, style="Caption")
            t = part.table
            table = doc.add_table(rows=1, cols=len(t.columns))
            table.style = "Table Grid"
            for c, head in enumerate(t.columns):
                table.rows[0].cells[c].text = head
                for run in table.rows[0].cells[c].paragraphs[0].runs:
                    run.bold = True
            for row in part.cells:
                cells = table.add_row().cells
                for c, value in enumerate(row):
                    cells[c].text = value
        elif part.kind == "chart" and part.chart is not None and images is not None:
            doc.add_paragraph(part.text, style="Caption")
            doc.add_picture(BytesIO(images.png(part.chart)), width=Inches(WIDTH_IN))
        elif part.kind == "signature" and part.cells:
            _docx_signature(doc, part)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _docx_signature(doc: Any, part: Part) -> None:
    """Signature blocks side by side in a table without borders: the line above, room
    to sign, the name bold and underlined, the lines below."""
    if part.text:
        doc.add_paragraph(part.text, style="Caption")
    table = doc.add_table(rows=1, cols=len(part.cells))
    for cell, block in zip(table.rows[0].cells, part.cells, strict=True):
        cell.paragraphs[0].add_run(block[0] if block else "")
        for _ in range(3):  # room to sign
            cell.add_paragraph()
        run = cell.add_paragraph().add_run(block[1] if len(block) > 1 else "")
        run.bold = True
        run.underline = True
        for line in block[2:]:
            cell.add_paragraph(line)


def _pdf_signature(pdf: Any, part: Part) -> None:
    """Signature blocks side by side: the line above, room to sign, the name bold and
    underlined, the lines below; the blocks are kept on one page."""
    w = pdf.epw
    if pdf.will_page_break(45):
        pdf.add_page()
    if part.text:
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(w, 5, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
    col = w / len(part.cells)
    top = bottom = pdf.get_y() + 2
    for k, block in enumerate(part.cells):
        x = pdf.l_margin + k * col
        lines = [(block[0] if block else "", ""), ("", ""), ("", ""), ("", ""),
                 (block[1] if len(block) > 1 else "", "BU"), *((b, "") for b in block[2:])]
        pdf.set_xy(x, top)
        for line, style in lines:
            pdf.set_font("Helvetica", style, 10)
            pdf.set_x(x)
            pdf.multi_cell(col - 4, 5, pdf_text(line) or " ", new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom)


def write_pdf(snap: dict[str, Any], path: Path, lang: str,
              images: ChartImages | None = None) -> Path:
    """The plan as PDF (fpdf2's core fonts; no system tools), charts as images."""
    return pdf_of_parts(list(parts(snap, lang)), path, images=images or ChartImages(lang),
                        cover=cover_lines(snap, lang))


def pdf_of_parts(items: Sequence[Part], path: Path, *,
                 images: ChartImages | None = None,
                 cover: Sequence[CoverLine] = ()) -> Path:
    """A PDF of printable parts (fpdf2's core fonts; no system tools); charts need
    ``images``; ``cover`` lines make a first page of their own."""
    from io import BytesIO

    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    if cover:
        pdf.set_y(20)
        for line in cover:
            pdf.ln(line.space_before * 0.3528)  # points to millimetres
            pdf.set_font("Helvetica", "B" if line.bold else "", line.size)
            pdf.multi_cell(pdf.epw, line.size * 0.5, pdf_text(line.text), align="C",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
    sizes = {"title": 16, "chapter": 13, "section": 11, "heading": 10}
    for part in items:
        w = pdf.epw
        if part.kind in sizes:
            if part.kind in ("chapter", "section") and pdf.will_page_break(30):
                pdf.add_page()  # a heading is not left alone at the foot of a page
            elif part.kind == "chapter":
                pdf.ln(4)
            pdf.set_font("Helvetica", "B", sizes[part.kind])
            pdf.multi_cell(w, 7, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
        elif part.kind == "subtitle":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(w, 5, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
        elif part.kind in ("paragraph", "bullet"):
            # runs of bold and italic text flow on one line after another
            prefix = ("" if part.kind == "paragraph"
                      else f"{part.number}. " if part.number else "- ")
            runs = inline_runs(part.text)
            if prefix:
                runs = [(prefix, False, False), *runs]
            for chunk, bold, italic in runs:
                pdf.set_font("Helvetica", ("B" if bold else "") + ("I" if italic else ""), 10)
                pdf.write(5, pdf_text(chunk))
            pdf.ln(5)
        elif part.kind in ("note", "source"):
            pdf.set_font("Helvetica", "I", 8 if part.kind == "source" else 9)
            pdf.multi_cell(w, 4.5, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
        elif part.kind == "table" and part.table is not None:
            pdf.set_font("Helvetica", "B", 9)
            if part.text:
                pdf.multi_cell(w, 5, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 7)
            with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=4,
                           text_align="LEFT") as table:
                head = table.row()
                for h in part.table.columns:
                    head.cell(pdf_text(h))
                for row in part.cells:
                    r = table.row()
                    for value in row:
                        r.cell(pdf_text(value))
        elif part.kind == "signature" and part.cells:
            _pdf_signature(pdf, part)
        elif part.kind == "chart" and part.chart is not None and images is not None:
            png = images.png(part.chart)
            info = _png_size(png)
            height = w * info[1] / info[0]
            if pdf.get_y() + height + 6 > pdf.h - pdf.b_margin:
                pdf.add_page()  # the caption stays with its image
            pdf.set_font("Helvetica", "B", 9)
            pdf.multi_cell(w, 5, pdf_text(part.text), new_x="LMARGIN", new_y="NEXT")
            pdf.image(BytesIO(png), x=pdf.l_margin, w=w)
        pdf.ln(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG from its header.

    >>> import struct
    >>> head = b"\\x89PNG\\r\\n\\x1a\\n" + b"\\x00\\x00\\x00\\rIHDR"
    >>> _png_size(head + struct.pack(">II", 720, 432))
    (720, 432)
    """
    import struct

    w, h = struct.unpack(">II", png[16:24])
    return int(w), int(h)


def write_data(snap: dict[str, Any], folder: Path, lang: str) -> list[Path]:
    """Every table of the document as CSV (machine numbers) and one XLSX workbook."""
    import xlsxwriter

    from rancang.core.document import Table

    folder.mkdir(parents=True, exist_ok=True)
    tables = [Table.from_json(t) for s in snap["sections"] for b in s.get("blocks", [])
              for t in b.get("tables", [])]
    written = []
    book_path = folder / f"{file_stem(snap)}.xlsx"
    book = xlsxwriter.Workbook(str(book_path))
    used: set[str] = set()
    for k, t in enumerate(tables, start=1):
        path = folder / f"{k:02d}-{t.id}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(t.columns)
            w.writerows(["" if v is None else v for v in row] for row in t.rows)
        written.append(path)
        name = f"{k:02d} {t.id}"[:31]
        while name in used:
            name = name[:-1]
        used.add(name)
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, [t.title])
        sheet.write_row(1, 0, t.columns)
        for r, row in enumerate(t.rows, start=2):
            for c, v in enumerate(row):
                if v is None or (isinstance(v, float) and v != v):
                    continue
                sheet.write(r, c, v)
        if t.source:
            sheet.write(len(t.rows) + 3, 0, t.source)
    book.close()
    written.append(book_path)
    return written


def export_plan(engine: Engine, actor: Actor, plan_id: int, out: Path, *,
                version: str | None = None, pdf: bool = False, lang: str = "id",
                data: bool = True) -> list[Path]:
    """Write the plan (or its version) into ``out``: ``<level>-<code>.docx``, ``.pdf``
    with ``pdf``, and ``data/`` with every table. A file path ``out`` ending in
    ``.docx`` or ``.pdf`` writes that one file."""
    snap = snapshot(engine, actor, plan_id, version)
    images = ChartImages(lang)
    if out.suffix.lower() == ".docx":
        return [write_docx(snap, out, lang, images)]
    if out.suffix.lower() == ".pdf":
        return [write_pdf(snap, out, lang, images)]
    stem = file_stem(snap)
    paths = [write_docx(snap, out / f"{stem}.docx", lang, images)]
    if pdf:
        paths.append(write_pdf(snap, out / f"{stem}.pdf", lang, images))
    if data:
        paths += write_data(snap, out / "data", lang)
    return paths


def _value(v: Any, decimals: int | None, lang: str) -> str:
    if v is None:
        return "-"
    if isinstance(v, int | float) and decimals is not None:
        return format_number(float(v), decimals, lang)
    return str(v)


def diff_rows(d: SectionDiff, lang: str) -> list[list[str]]:
    """The changed cells of a section for people: table, row, column, before, after."""
    return [[c.table, c.row, c.column, _value(c.old, c.decimals, lang),
             _value(c.new, c.decimals, lang)] for c in d.cells]


def diff_about(plan: Any, lang: str) -> str:
    """The line under the diff's title: the plan and when the annex was written
    ("RPIK 72.06 Kabupaten Morowali 2025-2045 - dibuat 5 Des 2026 09.48")."""
    from rancang.core.db.base import utcnow
    from rancang.core.i18n import format_when

    name = f"{plan.level.upper()} {plan.region_code} {plan.region_name}".strip()
    return text("plan.diff.about", lang, plan=f"{name} {plan.start_year}-{plan.end_year}",
                when=format_when(utcnow(), lang))


def diff_title(old: str, new: str, lang: str) -> str:
    """The diff's title with the versions as people name them (``current``: the working
    draft, "draf kerja")."""
    return text("plan.diff.title", lang, old=version_name(old, lang),
                new=version_name(new, lang))


def diff_html(diffs: Sequence[SectionDiff], old: str, new: str, lang: str) -> str:
    """A standalone HTML page of the differences (what the diff page shows)."""
    e = html.escape
    out = [f"<!doctype html><html lang='{lang}'><meta charset='utf-8'>",
           f"<title>{e(diff_title(old, new, lang))}</title>",
           f"<h1>{e(diff_title(old, new, lang))}</h1>"]
    changed = [d for d in diffs if d.status != "same"]
    if not changed:
        out.append(f"<p>{e(text('plan.diff.same', lang))}</p>")
    heads = [text(f"plan.col.{k}", lang) for k in ("table", "row", "column", "old", "new")]
    for d in changed:
        title = pick((d.title[0], d.title[1]), lang)
        out.append(f"<h2 id='{e(d.key)}'>{e(d.number)} {e(title)} "
                   f"<small>({e(text('plan.diff.' + d.status, lang))})</small></h2>")
        if d.lines:
            out.append("<pre class='diff'>" + "\n".join(
                f"<span class='d{'del' if op == '-' else 'add' if op == '+' else 'ctx'}'>"
                f"{e(op)} {e(line)}</span>" for op, line in d.lines) + "</pre>")
        if d.cells:
            out.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>"
                    for row in diff_rows(d, lang)]
            out.append("</table>")
    return "\n".join(out) + "\n</html>\n"


def diff_docx(diffs: Sequence[SectionDiff], path: Path, old: str, new: str,
              lang: str, about: str = "") -> Path:
    """The differences as a Word annex: a heading per changed section, its text lines
    (removed and added) and a table of its changed cells."""
    from rancang.core.document import a4_docx

    doc = a4_docx()
    doc.add_heading(diff_title(old, new, lang), level=1)
    if about:  # which plan, and when the annex was written
        doc.add_paragraph(about)
    changed = [d for d in diffs if d.status != "same"]
    if not changed:
        doc.add_paragraph(text("plan.diff.same", lang))
    heads = [text(f"plan.col.{k}", lang) for k in ("table", "row", "column", "old", "new")]
    for d in changed:
        title = pick((d.title[0], d.title[1]), lang)
        doc.add_heading(f"{d.number} {title} ({text('plan.diff.' + d.status, lang)})", level=2)
        for op, line in d.lines:
            if op == " ":
                continue
            run = doc.add_paragraph().add_run(f"{op} {line}")
            run.italic = op == "-"
            run.bold = op == "+"
        rows = diff_rows(d, lang)
        if rows:
            table = doc.add_table(rows=1, cols=5)
            table.style = "Table Grid"
            for c, h in enumerate(heads):
                table.rows[0].cells[c].text = h
            for row in rows:
                cells = table.add_row().cells
                for c, v in enumerate(row):
                    cells[c].text = v
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path




def diff_pdf(diffs: Sequence[SectionDiff], path: Path, old: str, new: str,
             lang: str, about: str = "") -> Path:
    """The differences as a PDF annex (what :func:`diff_docx` writes: a heading per
    changed section, its removed and added lines, a table of its changed cells)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(w, 7, pdf_text(diff_title(old, new, lang)),
                   new_x="LMARGIN", new_y="NEXT")
    if about:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(w, 5, pdf_text(about), new_x="LMARGIN", new_y="NEXT")
    changed = [d for d in diffs if d.status != "same"]
    if not changed:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(w, 5, pdf_text(text("plan.diff.same", lang)), new_x="LMARGIN",
                       new_y="NEXT")
    heads = [text(f"plan.col.{k}", lang) for k in ("table", "row", "column", "old", "new")]
    for d in changed:
        title = pick((d.title[0], d.title[1]), lang)
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        status = text("plan.diff." + d.status, lang)
        pdf.multi_cell(w, 6, pdf_text(f"{d.number} {title} ({status})"),
                       new_x="LMARGIN", new_y="NEXT")
        for op, line in d.lines:
            if op == " ":
                continue
            pdf.set_font("Helvetica", "I" if op == "-" else "B", 9)
            pdf.multi_cell(w, 4.5, pdf_text(f"{op} {line}"), new_x="LMARGIN", new_y="NEXT")
        rows = diff_rows(d, lang)
        if rows:
            pdf.set_font("Helvetica", "", 7)
            with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=4,
                           text_align="LEFT") as table:
                head = table.row()
                for h in heads:
                    head.cell(pdf_text(h))
                for row in rows:
                    r = table.row()
                    for v in row:
                        r.cell(pdf_text(v))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path
