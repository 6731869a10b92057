"""The specialisation of the regional economy in the draft (BAB II): the table per year,
its chart, the sentence and the source line, in both languages, in the DOCX and the PDF;
every value checked against an independent computation from the panel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.sources.synthetic import demo_province

REGION = "9903"


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("spec")
    panel = demo_province()
    assert panel.references is not None
    data = tmp / "pdrb_demo.csv"
    panel.to_long().vstack(panel.references.to_long()).write_csv(data)
    out = {}
    for lang, extra in (("id", ["--pdf"]), ("en", [])):
        folder = tmp / lang
        r = CliRunner().invoke(build_app(), ["plan", "draft", str(data), "--region", REGION,
                                             "--start", "2025", "--out", str(folder),
                                             "--lang", lang, *extra])
        assert r.exit_code == 0, r.output
        out[lang] = folder
    return out


def expected() -> dict[int, tuple[float, float, float, float]]:
    """Krugman, Hoover, Herfindahl and Theil of 9903 per year, computed here from the
    panel: s_i the region's shares, r_i those of the province's reference row (9900)."""
    panel = demo_province()
    assert panel.references is not None
    x = panel.values[panel.region_index(REGION)]  # industries x years
    ref = panel.references.values[0]
    out = {}
    for t, year in enumerate(panel.years):
        s = x[:, t] / x[:, t].sum()
        r = ref[:, t] / ref[:, t].sum()
        krugman = float(np.sum(np.abs(s - r)))
        theil = float(np.mean(np.log(x[:, t].mean() / x[:, t])))
        out[int(year)] = (krugman, krugman / 2, float(np.sum(s * s)), theil)
    return out


def _table(doc, first: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == [
        first, "Krugman", "Hoover", "Herfindahl", "Theil"])


@pytest.mark.parametrize("lang, year_word, decimal", [("id", "Tahun", ","), ("en", "Year", ".")])
def test_specialisation_table_equals_the_panel(drafts: dict[str, Path], lang: str,
                                               year_word: str, decimal: str) -> None:
    from docx import Document

    doc = Document(str(drafts[lang] / f"rpik-{REGION}.docx"))
    table = _table(doc, year_word)
    want = expected()
    years = [int(r.cells[0].text) for r in table.rows[1:]]
    assert years == sorted(want)
    for row in table.rows[1:]:
        values = want[int(row.cells[0].text)]
        for cell, v in zip(row.cells[1:], values, strict=True):
            assert cell.text == f"{v:.3f}".replace(".", decimal)
    # in the chapter on regional conditions, under its own heading
    paras = [p for p in doc.paragraphs]
    heads = [p.text for p in paras if p.style.name == "Heading 2"]
    title = {"id": "Spesialisasi Ekonomi Daerah",
             "en": "Specialisation of the Regional Economy"}[lang]
    assert any(h.endswith(title) and h.startswith("II.") for h in heads), heads
    text = "\n".join(p.text for p in paras)
    first, last = want[min(want)], want[max(want)]
    k0, k1 = (f"{first[0]:.3f}".replace(".", decimal), f"{last[0]:.3f}".replace(".", decimal))
    if lang == "id":
        assert "Indeks spesialisasi Krugman" in text
        assert f"{k0} pada 2013 dan {k1} pada 2024" in text
        assert "makin berbeda" in text  # 0,613 -> 0,887
        assert "Krugman 1991" in text and "Hoover 1936" in text and "2013-2024" in text
        assert "Gambar" in text
    else:
        assert f"was {k0} in 2013 and {k1} in 2024" in text
        assert "moving away from" in text and "Theil 1967" in text


def test_specialisation_in_the_pdf(drafts: dict[str, Path]) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(drafts["id"] / f"rpik-{REGION}.pdf"))
    try:
        words = "".join(pdf[k].get_textpage().get_text_range() for k in range(len(pdf)))
    finally:
        pdf.close()
    words = " ".join(words.split())
    assert "Indeks spesialisasi ekonomi daerah per tahun" in words
    krugman = expected()[2024][0]
    assert f"{krugman:.3f}".replace(".", ",") in words
