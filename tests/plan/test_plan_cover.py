"""The plan's DOCX and PDF open with a cover page: the plan, the region, the period, the
status (a draft and its version and date, or the Perda), the issuing government and the
year; then a page break and the table of contents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.features.plan.export import export_plan
from rancang.features.plan.service import create_plan, set_status
from rancang.features.plan.versions import freeze

#: the cover of version v0.1 of the plan of Morowali (in consultation), by language
COVER = {
    "id": ["RENCANA PEMBANGUNAN INDUSTRI", "KABUPATEN MOROWALI", "TAHUN 2026-2046",
           "RANCANGAN", "PEMERINTAH KABUPATEN MOROWALI"],
    "en": ["INDUSTRIAL DEVELOPMENT PLAN", "MOROWALI REGENCY", "2026-2046", "DRAFT",
           "GOVERNMENT OF MOROWALI REGENCY"],
}
TOC = {"id": "DAFTAR ISI", "en": "CONTENTS"}


@pytest.fixture()
def engine() -> Iterator[Engine]:
    from rancang.core.db import ensure_schema, make_engine

    e = make_engine("sqlite://")
    ensure_schema(e)
    yield e
    e.dispose()


def _plan(engine: Engine) -> int:
    p = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2026,
                    region_name="Morowali")
    set_status(engine, CLI_ACTOR, p.id, "consultation")
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    return p.id


def _pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_docx_opens_with_the_cover_then_the_contents(engine: Engine, tmp_path: Path,
                                                     lang: str) -> None:
    from docx import Document

    pid = _plan(engine)
    from rancang.core.db.base import utcnow

    year = utcnow().year  # the version was frozen now
    path = export_plan(engine, CLI_ACTOR, pid, tmp_path / "p.docx", version="v0.1",
                       lang=lang)[0]
    doc = Document(str(path))
    texts = [q.text for q in doc.paragraphs]
    version = "Versi v0.1 (dalam konsultasi)" if lang == "id" else \
        "Version v0.1 (in consultation)"
    expected = [*COVER[lang][:4], version, COVER[lang][4], str(year)]
    # the cover's lines are the document's first paragraphs, in order
    assert [t.split(",")[0] for t in texts[:len(expected)]] == expected
    toc = next(i for i, q in enumerate(doc.paragraphs) if q.style.name == "TOC Heading")
    assert texts[toc] == TOC[lang] and toc > len(expected)
    # a page break between the cover and the contents
    between = "".join(q._p.xml for q in doc.paragraphs[len(expected) - 1:toc])
    assert 'w:type="page"' in between
    assert round(doc.sections[0].page_width.cm, 1) == 21.0  # still A4
    assert 'TOC \\o "1-3"' in doc.element.xml  # and still the contents field


@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_first_page_is_the_cover(engine: Engine, tmp_path: Path, lang: str) -> None:
    pid = _plan(engine)
    path = export_plan(engine, CLI_ACTOR, pid, tmp_path / "p.pdf", version="v0.1",
                       lang=lang)[0]
    pages = _pdf_pages(path)
    cover = pages[0].splitlines()
    assert [line for line in cover if line in COVER[lang]] == COVER[lang]
    # the cover holds nothing else: the title and the first chapter start on the next page
    chapter = "BAB I" if lang == "id" else "CHAPTER I"
    assert chapter not in pages[0] and chapter in pages[1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_adopted_plan_names_its_perda_on_the_cover(engine: Engine, tmp_path: Path,
                                                   lang: str) -> None:
    from docx import Document

    pid = _plan(engine)
    set_status(engine, CLI_ACTOR, pid, "agreed")
    set_status(engine, CLI_ACTOR, pid, "adopted", perda_number="7 Tahun 2027",
               perda_date=date(2027, 5, 4))
    path = export_plan(engine, CLI_ACTOR, pid, tmp_path / "p.docx", lang=lang)[0]
    texts = [q.text for q in Document(str(path)).paragraphs][:6]
    perda = ("Ditetapkan dengan Peraturan Daerah Nomor 7 Tahun 2027 tanggal 4 Mei 2027"
             if lang == "id" else
             "Adopted by Regional Regulation (Perda) No. 7 Tahun 2027 of 4 May 2027")
    assert perda in texts and texts[-1] == "2027"
    assert COVER[lang][3] not in texts  # no longer a draft


def test_province_cover_in_both_languages(engine: Engine, tmp_path: Path) -> None:
    p = create_plan(engine, CLI_ACTOR, region="72", start_year=2026)
    for lang, region in (("id", "PROVINSI SULAWESI TENGAH"),
                         ("en", "SULAWESI TENGAH PROVINCE")):
        path = export_plan(engine, CLI_ACTOR, p.id, tmp_path / f"{lang}.pdf", lang=lang)[0]
        cover = _pdf_pages(path)[0].splitlines()
        assert region in cover
        assert any(line.startswith(("Draf kerja, ", "Working draft, ")) for line in cover)
