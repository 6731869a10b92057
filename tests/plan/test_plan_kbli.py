"""Leading industries at KBLI 2-digit from the register: LQ of workers and output value
against a reference (a user table or the province's register), checked by hand; no cell
of fewer than 3 firms shown; the ranking follows the weights, with rank intervals; the
plan section and its chart; a bad reference table changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError
from rancang.features.registry.kbli_leading import kbli_leading
from rancang.sources.kbli_reference import read_kbli_reference

REGION = "72.06"


def _frame(rows: list[tuple[str, str, int, float, float]]) -> pl.DataFrame:
    """A register frame: (regency, kbli, n firms, workers each, output each)."""
    recs = []
    k = 0
    for regency, kbli, n, workers, output in rows:
        for _ in range(n):
            k += 1
            recs.append({"enterprise_id": k, "province_code": regency[:2],
                         "regency_code": regency, "district_code": regency + ".01",
                         "village_code": regency + ".01.2001", "kbli": kbli,
                         "synthetic": True, "period": "2023", "year": 2023,
                         "workers": workers, "output_value": output, "investment": 0.0})
    return pl.DataFrame(recs)


FRAME = _frame([
    (REGION, "10750", 6, 4.0, 10.0),     # food: 24 workers, 60 output
    (REGION, "16101", 4, 5.0, 30.0),     # wood: 20 workers, 120 output
    (REGION, "24101", 3, 10.0, 200.0),   # basic metals: 30 workers, 600 output
    (REGION, "31001", 2, 3.0, 5.0),      # furniture: 2 firms, never shown
    (REGION, "13121", 8, 2.0, 4.0),      # textiles: 16 workers, 32 output
    (REGION, "22201", 7, 3.0, 9.0),      # plastics: 21 workers, 63 output
    ("72.03", "10750", 40, 5.0, 10.0),
    ("72.03", "16101", 5, 4.0, 20.0),
    ("72.03", "24101", 3, 2.0, 20.0),
    ("72.03", "31001", 10, 3.0, 6.0),
    ("72.03", "13121", 9, 2.0, 3.0),
    ("72.03", "22201", 6, 2.0, 3.0),
])


def test_lq_by_hand_and_suppression() -> None:
    res = kbli_leading(FRAME, REGION, samples=200)
    assert res is not None and res.year == 2023
    by = {r.code: r for r in res.rows}
    # region totals over all its firms (suppressed cells count in the totals)
    x = {"10": 24.0, "16": 20.0, "24": 30.0, "31": 6.0, "13": 16.0, "22": 21.0}
    ref = {"10": 224.0, "16": 40.0, "24": 36.0, "31": 36.0, "13": 34.0, "22": 33.0}
    xo = {"10": 60.0, "16": 120.0, "24": 600.0, "31": 10.0, "13": 32.0, "22": 63.0}
    ro = {"10": 460.0, "16": 220.0, "24": 660.0, "31": 70.0, "13": 59.0, "22": 81.0}
    shown = [c for c in x if by[c].published]
    assert len(shown) >= 3
    for c in shown:
        assert by[c].lq_workers == pytest.approx(
            (x[c] / sum(x.values())) / (ref[c] / sum(ref.values())), rel=1e-12)
        assert by[c].lq_output == pytest.approx(
            (xo[c] / sum(xo.values())) / (ro[c] / sum(ro.values())), rel=1e-12)
        assert by[c].share_workers == pytest.approx(100 * x[c] / sum(x.values()))
    # the furniture cell (2 firms) shows nothing and is not ranked; its complement too
    assert by["31"].units is None and by["31"].lq_workers is None and by["31"].rank is None
    assert res.suppressed == len(x) - len(shown) >= 2
    assert all(r.units is None or r.units >= 3 for r in res.rows)
    # ranks 1..n over the shown divisions, with intervals around them
    ranks = sorted(r.rank for r in res.rows if r.rank is not None)
    assert ranks == list(range(1, len(shown) + 1))
    assert all(r.rank_low <= r.rank <= r.rank_high for r in res.rows if r.rank)


def test_weights_move_the_ranking() -> None:
    lq_first = kbli_leading(FRAME, REGION, weights={"lq_workers": 1.0}, samples=100)
    units_first = kbli_leading(FRAME, REGION, weights={"units": 1.0}, samples=100)
    assert lq_first is not None and units_first is not None
    top_lq = next(r for r in lq_first.rows if r.rank == 1)
    top_units = next(r for r in units_first.rows if r.rank == 1)
    by = {r.code: r for r in lq_first.rows if r.rank}
    assert top_lq.code == max(by, key=lambda c: by[c].lq_workers or 0)
    shown = {r.code: r.units for r in units_first.rows if r.rank}
    assert top_units.code == max(shown, key=lambda c: shown[c] or 0)  # the most firms
    assert units_first.weights == {"units": 1.0}


def test_user_reference_table(tmp_path: Path) -> None:
    ref = tmp_path / "ref.csv"
    ref.write_text("kbli,workers,output_value\n10,1000,5000\n16,100,900\n24,50,4000\n"
                   "31,200,300\n", encoding="utf-8")
    table = read_kbli_reference(ref)
    res = kbli_leading(FRAME, REGION, reference=table, reference_label="ref.csv",
                       samples=50)
    assert res is not None and res.reference == "ref.csv"
    by = {r.code: r for r in res.rows}
    x_total = 24.0 + 20.0 + 30.0 + 6.0 + 16.0 + 21.0
    expected = (30.0 / x_total) / (50.0 / 1350.0)
    assert by["24"].lq_workers == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(("content", "column", "row"), [
    ("kbli,workers\n10,5\n", "output_value", 1),
    ("kbli,workers,output_value\n45,5,5\n", "kbli", 2),
    ("kbli,workers,output_value\n10,-5,5\n", "workers", 2),
    ("kbli,workers,output_value\n10,5,abc\n", "output_value", 2),
])
def test_bad_reference_is_located(tmp_path: Path, content: str, column: str,
                                  row: int) -> None:
    ref = tmp_path / "ref.csv"
    ref.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_kbli_reference(ref)
    assert any(p.column == column and p.row == row and p.file == "ref.csv"
               for p in exc.value.problems)


@pytest.fixture(scope="module")
def register() -> Engine:
    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.publish import publish_demo

    engine = make_engine("sqlite://")
    ensure_schema(engine)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(400, seed=3), Path(tmp) / "r.xlsx",
                                 title="DATA SINTETIS")
        import_files(engine, [path], actor="t", synthetic=True)
    publish_demo(engine)
    return engine


def test_plan_section_from_the_register(register: Engine, tmp_path: Path) -> None:
    from docx import Document

    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.export import export_plan
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.store import plan_sections
    from rancang.features.registry.panel import load_register
    from rancang.sources.synthetic import demo_province

    ref = tmp_path / "ref.csv"
    ref.write_text("kbli,workers,output_value\n" + "".join(
        f"{k},{100 + 7 * k},{1000 + 50 * k}\n" for k in range(10, 34)), encoding="utf-8")
    table = read_kbli_reference(ref)
    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region=REGION, start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), region="9903", register=register,
               kbli_reference=table, sources={"kbli_reference": {"file": "ref.csv"}},
               lang="id")
    _plan, views = plan_sections(engine, CLI_ACTOR, p.id)
    view = next(v for v in views if v.key == "program.unggulan")
    block = next(b for b in view.blocks if b.id == "registry.kbli_leading")
    t = block.tables[0]
    expected = kbli_leading(load_register(register, published=True), REGION,
                            reference=table, samples=1000)
    assert expected is not None
    got = {row[1]: row for row in t.rows}
    for r in expected.rows:
        assert got[r.code][5] == r.lq_workers and got[r.code][0] == r.rank
        assert got[r.code][3] is None or got[r.code][3] >= 3
    assert "ref.csv" in t.source and "kurang dari 3 unit usaha" in t.source
    assert block.charts and block.charts[0].kind == "intervals"
    out = export_plan(engine, CLI_ACTOR, p.id, tmp_path / "doc.docx", lang="id")[0]
    doc = Document(str(out))
    kt = next(x for x in doc.tables if len(x.columns) == 9
              and x.rows[0].cells[5].text == "LQ tenaga kerja")
    first = expected.rows[0]
    assert kt.rows[1].cells[1].text == first.code
    assert kt.rows[1].cells[5].text == f"{first.lq_workers:.2f}".replace(".", ",")
    engine.dispose()


def _years_frame() -> pl.DataFrame:
    """Three consecutive years: food grows in the region, wood stays, metals shrink;
    the other regency stays flat."""
    frames = []
    growth = {"10750": (6, [4.0, 5.0, 6.5]), "16101": (4, [5.0, 5.0, 5.0]),
              "24101": (3, [10.0, 9.0, 8.0]), "22201": (5, [3.0, 3.3, 3.0])}
    for k, year in enumerate((2021, 2022, 2023)):
        rows = [(REGION, kbli, n, w[k], 10.0) for kbli, (n, w) in growth.items()]
        rows += [("72.03", kbli, 5, 4.0, 10.0) for kbli in growth]
        f = _frame(rows).with_columns(pl.lit(year).alias("year"),
                                      pl.lit(str(year)).alias("period"))
        frames.append(f)
    return pl.concat(frames)


def test_growth_criterion_dlq_by_hand() -> None:
    from rancang.features.registry.kbli_leading import KBLI_CRITERIA

    frame = _years_frame()
    res = kbli_leading(frame, REGION, samples=100)
    assert res is not None and res.year == 2023 and res.first_year == 2021
    assert "dlq_workers" in res.weights and "dlq_workers" in KBLI_CRITERIA
    # by hand: workers by division and year, region and province (region + 72.03)
    region = {"10": [24, 30, 39], "16": [20, 20, 20], "24": [30, 27, 24],
              "22": [15, 16.5, 15]}
    other = {c: [20, 20, 20] for c in region}

    def mean_growth(v: list[float]) -> float:
        return sum(v[t + 1] / v[t] - 1 for t in range(len(v) - 1)) / (len(v) - 1)

    total = [sum(region[c][t] for c in region) for t in range(3)]
    prov = {c: [region[c][t] + other[c][t] for t in range(3)] for c in region}
    prov_total = [sum(prov[c][t] for c in prov) for t in range(3)]
    by = {r.code: r for r in res.rows}
    for c in region:
        want = (((1 + mean_growth(region[c])) / (1 + mean_growth(total)))
                / ((1 + mean_growth(prov[c])) / (1 + mean_growth(prov_total)))) ** 2
        assert by[c].dlq_workers == pytest.approx(want, rel=1e-12)
    assert by["10"].dlq_workers > 1 > by["24"].dlq_workers
    # the growth criterion alone puts the growing division first
    alone = kbli_leading(frame, REGION, weights={"dlq_workers": 1.0}, samples=100)
    assert alone is not None
    assert next(r for r in alone.rows if r.rank == 1).code == "10"
    assert next(r for r in alone.rows if r.code == "24").rank == 4
    from rancang.features.registry.kbli_leading import evidence

    assert "DLQ tenaga kerja" in evidence(by["10"], lambda v, d: f"{v:.{d}f}", "id")


def test_one_year_leaves_the_growth_criterion_out() -> None:
    res = kbli_leading(FRAME, REGION, samples=50)
    assert res is not None and res.first_year is None
    assert "dlq_workers" not in res.weights
    assert all(r.dlq_workers is None for r in res.rows)


def test_the_plans_weights_know_every_kbli_criterion(tmp_path: Path) -> None:
    """The plan's ``--weights`` reader (which may not import the registry feature) knows
    the same KBLI criteria as the ranking, the growth criterion included."""
    from rancang.features.plan.draft import KBLI_CRITERIA as PLAN_CRITERIA
    from rancang.features.plan.draft import read_weights
    from rancang.features.registry.kbli_leading import KBLI_CRITERIA

    assert set(PLAN_CRITERIA) == set(KBLI_CRITERIA)
    f = tmp_path / "priorities.csv"
    f.write_text("criterion,weight\ndlq_workers,0.6\nlq_workers,0.4\n", encoding="utf-8")
    assert read_weights(f) == {"dlq_workers": 0.6, "lq_workers": 0.4}
