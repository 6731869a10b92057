"""BPS PDRB tables that split manufacturing into its 16 subcategories: read as C1-C16
(titles, numbers or letters; "-" as zero), the default reader still reads the 17
categories, and the plan ranks the subcategories with the leading service's numbers."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from rancang.core.actors import CLI_ACTOR
from rancang.core.errors import InputError
from rancang.reference.manufacturing import SUBCATEGORIES, subcategory_from_title
from rancang.reference.pdrb import CATEGORY_CODES, category_title
from rancang.sources.dalam_angka import read_dalam_angka


def _block(head: str, scale: int, *, letters: bool = False, bad: str = "") -> list[str]:
    lines = [head, "Lapangan Usaha,2019,2020,2021"]
    for k, c in enumerate(CATEGORY_CODES):
        lines.append(f'"{c}. {category_title(c)}",{10 * (k + 1) * scale},'
                     f'{11 * (k + 1) * scale},{12 * (k + 1) * scale}')
        if c != "C":
            continue
        for n, (_code, title, _) in enumerate(SUBCATEGORIES, start=1):
            mark = chr(ord("a") + n - 1) if letters else str(n)
            label = title
            if bad and n == 5:  # neither a known title nor a number of 1-16
                mark, label = "17", bad
            values = "-,-,-" if n == 3 else f"{n * scale},{n * scale + 1},{n * scale + 3}"
            lines.append(f'"{mark}. {label}",{values}')
    lines.append("PDRB,1,1,1")
    return lines


def _file(tmp_path: Path, **kw: object) -> Path:
    path = tmp_path / "pdrb_sub.csv"
    path.write_text("\n".join(["PDRB ADHB (miliar rupiah)",
                               *_block("Wilayah: 72.06 Morowali", 1, **kw),  # type: ignore[arg-type]
                               *_block("Acuan: 72 Sulawesi Tengah", 7, **kw)]),  # type: ignore[arg-type]
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("letters", [False, True])
def test_sixteen_subcategories(tmp_path: Path, letters: bool) -> None:
    path = _file(tmp_path, letters=letters)
    p = read_dalam_angka(path, manufacturing=True)
    assert p.industry_codes == tuple(f"C{n}" for n in range(1, 17))
    assert p.values[0, :, 0].tolist() == [0.0 if n == 3 else float(n) for n in range(1, 17)]
    assert p.references is not None and p.references.values[0, 1, 2] == 2 * 7 + 3
    assert p.industry_names[2] == "Pengolahan Tembakau"
    # the default reader still reads the 17 categories, skipping the sub-rows
    q = read_dalam_angka(path)
    assert q.industry_codes == CATEGORY_CODES and q.values[0, 2, 0] == 30.0


def test_unknown_subcategory_is_located(tmp_path: Path) -> None:
    path = _file(tmp_path, bad="Industri Antah Berantah")
    with pytest.raises(InputError) as exc:
        read_dalam_angka(path, manufacturing=True)
    assert any(p.row == 11 and "Antah Berantah" in p.text("id") for p in exc.value.problems)
    assert any("C5" in p.text("id") for p in exc.value.problems)


def test_titles_map_to_kbli() -> None:
    assert subcategory_from_title("Industri Barang Galian bukan Logam") == "C10"
    assert subcategory_from_title("Industri Furnitur") == "C15"
    assert subcategory_from_title("Jasa Reparasi dan Pemasangan Mesin") == "C16"
    divisions = [d for _, _, ds in SUBCATEGORIES for d in ds]
    assert sorted(divisions) == [f"{k}" for k in range(10, 34)]  # every division once


def test_plan_ranks_subcategories(tmp_path: Path) -> None:
    from docx import Document

    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.leading.service import AnalysisOptions, run_analysis
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.export import export_plan
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.store import plan_sections
    from rancang.sources.synthetic import demo_province

    sub = read_dalam_angka(_file(tmp_path), manufacturing=True)
    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), region="9903", manufacturing=sub)
    _plan, views = plan_sections(engine, CLI_ACTOR, p.id)
    view = next(v for v in views if v.key == "program.unggulan")
    block = next(b for b in view.blocks if b.id == "leading.manufacturing")
    res = run_analysis(sub, AnalysisOptions(regions=["72.06"]))
    lead = res.tables["leading_industries"].sort("rank")
    q = res.tables["lq_quadrant"]
    rows = block.tables[0].rows
    assert [r[1] for r in rows] == lead["industry_code"].to_list()
    c2 = next(r for r in rows if r[1] == "C2")
    assert c2[3] == "10/11"
    assert c2[4] == pytest.approx(float(q.filter(pl.col("industry_code") == "C2")["slq"][0]))
    assert block.charts[0].kind == "intervals"
    out = export_plan(engine, CLI_ACTOR, p.id, tmp_path / "d.docx", lang="id")[0]
    doc = Document(str(out))
    assert any(t.rows[0].cells[2].text == "Subkategori" for t in doc.tables)
    engine.dispose()
