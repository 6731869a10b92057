"""The drafted document itself, opened with python-docx: the default outline holds the
chapters the issue names (and the RPIP variant its extra section); every table of the
plan is in the DOCX, in order, with its header, its cells in Indonesian notation and its
source line under it; the tables' numbers equal an independent computation from the
panel (structure, shift-share, Klassen) or the services the CLI uses (ranking, complexity);
generated text is marked for the team to revise and what only people can write (vision,
mission) is marked as such, in Indonesian and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest

from rancang.core.actors import CLI_ACTOR
from rancang.core.db import make_engine
from rancang.core.db.migrate import scratch_schema
from rancang.core.document import Table
from rancang.core.i18n import format_number
from rancang.features.plan.document import parts
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.export import write_docx
from rancang.features.plan.outline import default_outline, section_keys
from rancang.features.plan.service import create_plan
from rancang.features.plan.versions import snapshot
from rancang.sources.synthetic import demo_province

REGION = "9903"
#: Indonesian notation: thousands with a dot, decimals with a comma
ID_NUMBER = re.compile(r"-?\d{1,3}(\.\d{3})*(,\d+)?")


def test_default_outline_holds_the_chapters_of_the_issue() -> None:
    """Introduction and legal basis; regional conditions and the role of industry; vision,
    mission and strategy; targets and programmes (leading industries, zoning with
    KPI/KI/sentra IKM, resources, facilities and infrastructure, empowerment); financing;
    monitoring and reporting; closing; annexes (Permenperin 110/2015, adopted Perda)."""
    outline = default_outline("rpik")
    chapters = [(c["key"], [s["key"] for s in c["sections"]]) for c in outline["chapters"]]
    assert [k for k, _ in chapters] == ["bab1", "bab2", "bab3", "bab4", "bab5", "bab6",
                                       "lampiran"]
    by = dict(chapters)
    assert "pendahuluan.dasar_hukum" in by["bab1"]
    assert {"kondisi.perekonomian", "kondisi.sektor_basis", "kondisi.industri",
            "kondisi.sumber_daya", "kondisi.sarana_prasarana"} <= set(by["bab2"])
    assert by["bab3"] == ["visi.visi_misi", "visi.strategi"]
    assert by["bab4"] == ["sasaran.sasaran", "program.unggulan", "program.perwilayahan",
                          "program.sumber_daya", "program.sarana_prasarana",
                          "program.pemberdayaan"]
    assert by["bab5"] == ["pelaksanaan.pembiayaan", "pelaksanaan.pemantauan"]
    assert by["bab6"] == ["penutup.penutup"]
    assert {"lampiran.rencana_aksi", "lampiran.data"} <= set(by["lampiran"])
    zoning = next(s for c in outline["chapters"] for s in c["sections"]
                  if s["key"] == "program.perwilayahan")
    for word in ("KPI", "Kawasan Industri", "Sentra IKM"):
        assert word in zoning["title"][0]
    # every title in both languages
    for c in outline["chapters"]:
        assert all(c["title"]) and len(c["title"]) == 2
        for s in c["sections"]:
            assert all(s["title"]) and len(s["title"]) == 2, s["key"]
    # the provincial variant: the same, with the spread of industry across regencies
    rpip = section_keys(default_outline("rpip"))
    assert [k for k in rpip if k != "kondisi.persebaran"] == section_keys(outline)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    engine = make_engine("sqlite://")
    scratch_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region=REGION, start_year=2025, level="rpik")
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), lang="id")
    snap = snapshot(engine, CLI_ACTOR, p.id)
    folder = tmp_path_factory.mktemp("doc")
    path = write_docx(snap, folder / "rpik.docx", "id")
    yield {"snap": snap, "path": path}
    engine.dispose()


def _body(path: Path) -> list[tuple[str, Any]]:
    """The document's body in order: ("p", paragraph) and ("t", table)."""
    from docx import Document
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    doc = Document(str(path))
    out: list[tuple[str, Any]] = []
    for child in doc.element.body.iterchildren():
        if child.tag.endswith("}p"):
            out.append(("p", Paragraph(child, doc)))
        elif child.tag.endswith("}tbl"):
            out.append(("t", DocxTable(child, doc)))
    return out


def _plan_tables(snap: dict[str, Any]) -> list[Table]:
    return [Table.from_json(t) for s in snap["sections"] for b in s.get("blocks", [])
            for t in b.get("tables", [])]


def test_every_table_in_the_docx_with_its_cells_and_source(drafted: dict[str, Any]) -> None:
    body = _body(drafted["path"])
    tables = _plan_tables(drafted["snap"])
    in_doc = [(i, t) for i, (kind, t) in enumerate(body) if kind == "t"]
    assert len(in_doc) == len(tables) >= 10
    for (i, got), want in zip(in_doc, tables, strict=True):
        assert [c.text for c in got.rows[0].cells] == want.columns, want.id
        assert len(got.rows) == len(want.rows) + 1, want.id
        for r, row in enumerate(want.rows):
            cells = [c.text for c in got.rows[r + 1].cells]
            for c, value in enumerate(row):
                if isinstance(value, float) and want.decimals[c] is not None:
                    assert cells[c] == format_number(value, want.decimals[c], "id"), (
                        want.id, r, c)
                    assert ID_NUMBER.fullmatch(cells[c]), (want.id, cells[c])
        # the caption above, the source line under it
        caption = body[i - 1][1]
        assert caption.style.name == "Caption" and want.title in caption.text
        if want.id != "plan.sources":  # the record of the files is its own source
            kind, under = body[i + 1]
            assert kind == "p" and under.text == want.source, want.id
            assert under.text.startswith("Sumber: ") and under.runs[0].italic
    # every chart (an image with its caption) has its source line too
    for a, b in zip(parts(drafted["snap"], "id"), list(parts(drafted["snap"], "id"))[1:],
                    strict=False):
        if a.kind == "chart":
            assert b.kind == "source" and b.text.startswith("Sumber: "), a.anchor


def _docx_table(drafted: dict[str, Any], table_id: str) -> tuple[Table, dict[str, list[str]]]:
    """The plan's table ``table_id`` and its DOCX rows by first cell."""
    tables = _plan_tables(drafted["snap"])
    k = next(i for i, t in enumerate(tables) if t.id == table_id)
    got = [t for kind, t in _body(drafted["path"]) if kind == "t"][k]
    return tables[k], {r.cells[0].text: [c.text for c in r.cells] for r in got.rows[1:]}


def test_the_numbers_equal_an_independent_computation(drafted: dict[str, Any]) -> None:
    """Structure, shift-share and Klassen from the panel with numpy (formulas written
    here: share of the last year; classic shift-share against the reference economy; CAGR
    and the mean of the yearly shares), each DOCX cell equal to the number so computed."""
    panel = demo_province()
    assert panel.references is not None
    x = panel.values[panel.region_index(REGION)]  # industries x years
    ref = panel.references.values[0]
    n_years = len(panel.years)
    codes = list(panel.industry_codes)

    def fmt(v: float, d: int) -> str:
        return format_number(float(v), d, "id")

    t, structure = _docx_table(drafted, "leading.structure")
    d = t.decimals
    growth = (x[:, -1] / x[:, 0]) ** (1 / (n_years - 1)) - 1
    for k, code in enumerate(codes):
        row = structure[code]
        assert row[2] == fmt(x[k, -1], d[2])
        assert row[3] == fmt(100 * x[k, -1] / x[:, -1].sum(), d[3])
        assert row[4] == fmt(100 * growth[k], d[4])
    t, shift = _docx_table(drafted, "leading.shift_share")
    g_ref = ref[:, -1].sum() / ref[:, 0].sum()
    for k, code in enumerate(codes):
        g_i = ref[k, -1] / ref[k, 0]
        expected = [x[k, -1] - x[k, 0], x[k, 0] * (g_ref - 1), x[k, 0] * (g_i - g_ref),
                    x[k, 0] * (x[k, -1] / x[k, 0] - g_i)]
        assert shift[code][2:] == [fmt(v, t.decimals[2 + j]) for j, v in
                                   enumerate(expected)], code
        # the components add up to the change
        assert sum(expected[1:]) == pytest.approx(expected[0], rel=1e-9)
    t, klassen = _docx_table(drafted, "leading.klassen")
    mean_share = (x / x.sum(axis=0)).mean(axis=1)
    ref_growth = (ref[:, -1] / ref[:, 0]) ** (1 / (n_years - 1)) - 1
    ref_share = (ref / ref.sum(axis=0)).mean(axis=1)
    quadrant = {(True, True): "maju dan tumbuh pesat", (False, True): "maju tapi tertekan",
                (True, False): "potensial berkembang", (False, False): "relatif tertinggal"}
    for k, code in enumerate(codes):
        row = klassen[code]
        assert row[2] == fmt(100 * growth[k], t.decimals[2])
        assert row[3] == fmt(100 * mean_share[k], t.decimals[3])
        assert row[4] == quadrant[(bool(growth[k] > ref_growth[k]),
                                   bool(mean_share[k] > ref_share[k]))], code
    # the manufacturing sentence of the narrative, from the same panel
    c = codes.index("C")
    text = next(b["text"] for s in drafted["snap"]["sections"] for b in s["blocks"]
                if b["id"] == "leading.economy")
    share = format_number(100 * x[c, -1] / x[:, -1].sum(), 1, "id")
    assert (f"Industri pengolahan menyumbang {share} % PDRB dan tumbuh "
            f"{format_number(100 * growth[c], 1, 'id')} % per tahun selama "
            f"{panel.years[0]}-{panel.years[-1]}.") in text
    assert np.isfinite(growth).all()


def test_ranking_and_complexity_equal_the_services(drafted: dict[str, Any]) -> None:
    from rancang.features.complexity.service import run_complexity
    from rancang.features.leading.service import AnalysisOptions, run_analysis

    res = run_analysis(demo_province(), AnalysisOptions(regions=[REGION]))
    lead = res.tables["leading_industries"].filter(pl.col("region_code") == REGION)
    table, _ = _docx_table(drafted, "leading.ranking")
    docx_rows = [t for kind, t in _body(drafted["path"]) if kind == "t"][
        _plan_tables(drafted["snap"]).index(table)].rows[1:]
    by_code = {r.cells[1].text: [c.text for c in r.cells] for r in docx_rows}
    for code, score, rank, lo, hi in lead.select("industry_code", "score", "rank",
                                                 "rank_low", "rank_high").iter_rows():
        if code in by_code:
            row = by_code[code]
            assert row[0] == str(rank) and row[4] == f"{lo}-{hi}", code
            assert row[3] == format_number(score, 3, "id"), code
    assert len(by_code) >= 10
    cx = run_complexity(demo_province())
    year = cx.panel.years[-1]
    opp = cx.tables["opportunities"].filter((pl.col("region_code") == REGION)
                                            & (pl.col("year") == year)).sort("rank")
    _, docx_opp = _docx_table(drafted, "complexity.opportunities")
    for code, score, rank in opp.head(len(docx_opp)).select("industry_code", "score",
                                                             "rank").iter_rows():
        row = next(r for r in docx_opp.values() if r[1] == code)
        assert row[0] == str(rank) and row[3] == format_number(score, 3, "id"), code


@pytest.mark.parametrize("lang,mark,to_write", [
    ("id", "[Teks otomatis dari data: mohon ditinjau tim penyusun]", "[Diisi tim penyusun]"),
    ("en", "[Text generated from the data: for the team to revise]",
     "[To be written by the team]"),
])
def test_generated_text_marked_and_vision_left_to_people(drafted: dict[str, Any],
                                                          tmp_path: Path, lang: str,
                                                          mark: str, to_write: str) -> None:
    path = write_docx(drafted["snap"], tmp_path / f"{lang}.docx", lang)
    body = [x for kind, x in _body(path) if kind == "p"]

    def after(heading_end: str) -> list[Any]:
        k = next(i for i, p in enumerate(body) if p.style.name == "Heading 2"
                 and p.text.endswith(heading_end))
        end = next(i for i in range(k + 1, len(body))
                   if body[i].style.name.startswith("Heading"))
        return body[k + 1:end]

    economy = after({"id": "Perekonomian Daerah", "en": "The Regional Economy"}[lang])
    assert economy[0].text == mark and economy[0].runs[0].italic
    assert any("PDRB" in p.text for p in economy[1:])
    vision = after({"id": "Visi dan Misi", "en": "Vision and Mission"}[lang])
    assert len(vision) == 1 and vision[0].runs[0].italic
    assert vision[0].text.startswith(to_write)
    # the guide of the template, filled with the plan's period
    assert "2025-2045" in vision[0].text
    # no section both empty and unmarked: each has text, a table, a chart or the mark
    headings = [i for i, p in enumerate(body) if p.style.name == "Heading 2"]
    for i in headings:
        nxt = body[i + 1] if i + 1 < len(body) else None
        assert nxt is not None and nxt.text, body[i].text
