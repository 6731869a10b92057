"""Authored Markdown is rendered, never printed: bold and italic runs in the DOCX (run
properties), in the PDF (the bold and italic core fonts, no ``**`` in its text) and on
the page (``<strong>``/``<em>``, anything typed as HTML escaped); headings, bullets and
numbered items keep their kind."""

from __future__ import annotations

from pathlib import Path

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
