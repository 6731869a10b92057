"""Authored Markdown is rendered, never printed: bold and italic runs in the DOCX (run
properties), in the PDF (the bold and italic core fonts, no ``**`` in its text) and on
the page (``<strong>``/``<em>``, anything typed as HTML escaped); headings, bullets and
numbered items keep their kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from rancang.features.plan.document import Part, inline_runs, markdown_parts
from rancang.features.plan.export import docx_of_parts, pdf_of_parts

SOURCE = ("# Latar **belakang**\n\nKabupaten **Morowali** dan *Bahodopi* tumbuh.\n"
          "Baris kedua.\n\n- satu **tebal**\n- dua\n\n1. pertama\n2. kedua\n")


def test_parts_keep_kinds_and_numbers() -> None:
    got = [(p.kind, p.number, p.text) for p in markdown_parts(SOURCE)]
    assert got == [("heading", 0, "Latar belakang"),
                   ("paragraph", 0, "Kabupaten **Morowali** dan *Bahodopi* tumbuh. Baris kedua."),
                   ("bullet", 0, "satu **tebal**"), ("bullet", 0, "dua"),
                   ("bullet", 1, "pertama"), ("bullet", 2, "kedua")]


def test_inline_runs_read_the_marks() -> None:
    assert inline_runs("a ***b*** c") == [("a ", False, False), ("b", True, True),
                                          (" c", False, False)]
    # keys and arithmetic are no marks
    assert inline_runs("industry_share 2 * 3") == [("industry_share 2 * 3", False, False)]
    assert "".join(r[0] for r in inline_runs("**x** _y_")) == "x y"


def test_page_html_escapes_and_marks() -> None:
    html = str(Part("paragraph", "**A** <script>x</script> *b*").html())
    assert html == "<strong>A</strong> &lt;script&gt;x&lt;/script&gt; <em>b</em>"


def test_docx_runs_are_bold_and_italic(tmp_path: Path) -> None:
    from docx import Document

    path = docx_of_parts([Part("title", "T"), *markdown_parts(SOURCE)], tmp_path / "m.docx")
    doc = Document(str(path))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "**" not in body and "*Bahodopi*" not in body
    para = next(p for p in doc.paragraphs if "Morowali" in p.text)
    runs = {r.text: (bool(r.bold), bool(r.italic)) for r in para.runs}
    assert runs["Morowali"] == (True, False)
    assert runs["Bahodopi"] == (False, True)
    assert runs["Kabupaten "] == (False, False)
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("List Bullet", "satu tebal") in styles
    assert ("List Number", "pertama") in styles
    bullet = next(p for p in doc.paragraphs if p.text == "satu tebal")
    assert [(r.text, bool(r.bold)) for r in bullet.runs] == [("satu ", False), ("tebal", True)]


def test_pdf_has_no_marks_and_uses_the_bold_font(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    plain = pdf_of_parts([Part("paragraph", "Kabupaten Morowali")], tmp_path / "p.pdf")
    marked = pdf_of_parts(list(markdown_parts(SOURCE)), tmp_path / "m.pdf")
    doc = pdfium.PdfDocument(str(marked))
    txt = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    assert "Morowali" in txt and "Bahodopi" in txt and "**" not in txt
    assert "*Bahodopi*" not in txt
    assert "1. pertama" in txt
    assert b"Helvetica-Bold" in marked.read_bytes()
    assert b"Helvetica-Oblique" in marked.read_bytes()
    assert b"Helvetica-Bold" not in plain.read_bytes()


def _page_cm(doc: object) -> tuple[float, float]:
    s = doc.sections[0]  # type: ignore[attr-defined]
    return round(s.page_width.cm, 1), round(s.page_height.cm, 1)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_plan_docx_is_a4_with_contents_and_one_annex_label(tmp_path: Path, lang: str) -> None:
    from docx import Document

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.export import diff_docx, export_plan
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import diff_versions, freeze
    from rancang.sources.synthetic import demo_province

    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), lang=lang)
    path = export_plan(engine, CLI_ACTOR, p.id, tmp_path / "p.docx", lang=lang)[0]
    doc = Document(str(path))
    assert _page_cm(doc) == (21.0, 29.7)
    xml = doc.element.xml
    assert 'TOC \\o "1-3"' in xml
    toc = "DAFTAR ISI" if lang == "id" else "CONTENTS"
    assert any(q.text == toc and q.style.name == "TOC Heading" for q in doc.paragraphs)
    chapters = [q.text for q in doc.paragraphs if q.style.name == "Heading 1"]
    annex = "LAMPIRAN" if lang == "id" else "ANNEXES"
    assert chapters[-1] == annex and f"{annex} {annex}" not in chapters
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    d = diff_docx(diff_versions(engine, CLI_ACTOR, p.id, "v0.1", "current"),
                  tmp_path / "d.docx", "v0.1", "current", lang)
    assert _page_cm(Document(str(d))) == (21.0, 29.7)
    engine.dispose()


def test_minutes_and_matrix_docx_are_a4(tmp_path: Path) -> None:
    """The consultation's documents through the same writers: the minutes (printable
    parts) on A4 portrait, the matrix on A4 landscape."""
    from docx import Document

    from rancang.features.consult.matrix import COLUMNS, Matrix, write_docx

    minutes = docx_of_parts([Part("title", "BERITA ACARA"), Part("paragraph", "Isi.")],
                            tmp_path / "ba.docx")
    assert _page_cm(Document(str(minutes))) == (21.0, 29.7)
    m = Matrix("Matriks", rows=[["x"] * len(COLUMNS)], total=1)
    matrix = write_docx(m, tmp_path / "m.docx", "id")
    assert _page_cm(Document(str(matrix))) == (29.7, 21.0)


def test_monitoring_report_docx_is_a4(tmp_path: Path) -> None:
    from docx import Document

    from rancang.features.monitoring.report import Report, write_docx

    path = write_docx(Report("Laporan", ["Baris."], [], "r"), tmp_path / "r.docx", "id")
    assert _page_cm(Document(str(path))) == (21.0, 29.7)
