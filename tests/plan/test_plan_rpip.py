"""A provincial plan (RPIP) from the regency files and the spread of industry across the
regencies: HHI and Theil checked by hand and by an independent pure-Python computation,
their bounds as properties, and the section of the document."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis.concentration import herfindahl, theil
from rancang.core.actors import CLI_ACTOR
from rancang.panel import Panel


def test_hand_example() -> None:
    # three regencies, shares 0.5/0.3/0.2 then 0.9/0.05/0.05
    x = np.array([[50.0, 90.0], [30.0, 5.0], [20.0, 5.0]])
    h = herfindahl(x)
    assert h["hhi"].tolist() == pytest.approx([0.25 + 0.09 + 0.04, 0.81 + 0.0025 + 0.0025])
    assert h["hhi_normalised"][0] == pytest.approx((0.38 - 1 / 3) / (2 / 3))
    t = theil(x)
    expected = sum(s * math.log(3 * s) for s in (0.5, 0.3, 0.2))
    assert t[0] == pytest.approx(expected)


@given(arrays(np.float64, st.tuples(st.integers(2, 8), st.integers(1, 4)),
              elements=st.floats(0.01, 1e6)))
def test_bounds_and_symmetry(x: np.ndarray) -> None:
    n = x.shape[0]
    h = herfindahl(x)["hhi"]
    t = theil(x)
    assert np.all(h >= 1 / n - 1e-12) and np.all(h <= 1 + 1e-12)
    assert np.all(t >= -1e-12) and np.all(t <= math.log(n) + 1e-9)
    perm = x[::-1]
    assert herfindahl(perm)["hhi"] == pytest.approx(h)
    assert theil(perm) == pytest.approx(t)
    # scaling every region leaves shares (and both indices) unchanged
    assert herfindahl(3.5 * x)["hhi"] == pytest.approx(h)


def _province_panel() -> Panel:
    rng = np.random.default_rng(5)
    regions = ("7201", "7202", "7203", "7204")
    x = rng.uniform(10, 100, size=(4, 17, 5))
    x[2, 2, :] *= np.linspace(1, 6, 5)  # one regency's manufacturing grows fast
    province = x.sum(axis=0, keepdims=True)
    nation = province * 20
    from rancang.reference.pdrb import CATEGORY_CODES

    refs = Panel(values=np.concatenate([province, nation]), region_codes=("7200", "9999"),
                 region_names=("Provinsi Contoh", "Indonesia"),
                 industry_codes=CATEGORY_CODES, years=tuple(range(2016, 2021)))
    return Panel(values=x, region_codes=regions, region_names=tuple(f"Kab {r}" for r in
                                                                     regions),
                 industry_codes=CATEGORY_CODES, years=tuple(range(2016, 2021)),
                 parent_codes=("7200",) * 4, references=refs, sources=("synthetic",))


def test_rpip_from_regency_panel(tmp_path: Path) -> None:
    from docx import Document

    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.export import export_plan
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.store import plan_sections

    panel = _province_panel()
    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region="72", start_year=2021)
    assert p.level == "rpip"
    plan, _ = draft_plan(engine, CLI_ACTOR, p.id, panel, region="7200", lang="id")
    assert plan.region_name == "Provinsi Contoh"
    _plan, views = plan_sections(engine, CLI_ACTOR, p.id)
    spread = next(v for v in views if v.key == "kondisi.persebaran")
    table = spread.blocks[0].tables[0]
    c = panel.industry_codes.index("C")
    for t, row in enumerate(table.rows):
        col = [float(panel.values[r, c, t]) for r in range(4)]
        shares = [v / sum(col) for v in col]
        assert row[1] == pytest.approx(sum(s * s for s in shares), rel=1e-12)
        assert row[3] == pytest.approx(sum(s * math.log(4 * s) for s in shares), rel=1e-12)
    # the province is the region of the leading analysis, against the nation
    base = next(v for v in views if v.key == "kondisi.sektor_basis")
    lq = next(t for b in base.blocks for t in b.tables if t.id == "leading.lq")
    x = panel.references.values[0, :, -1]  # type: ignore[union-attr]
    n = panel.references.values[1, :, -1]  # type: ignore[union-attr]
    assert next(r for r in lq.rows if r[0] == "C")[2] == pytest.approx(
        (x[c] / x.sum()) / (n[c] / n.sum()), rel=1e-9)
    doc = Document(str(export_plan(engine, CLI_ACTOR, p.id, tmp_path / "r.docx")[0]))
    assert any(par.text == "II.6 Persebaran Industri Antar-Kabupaten/Kota"
               for par in doc.paragraphs)
    assert any("Herfindahl-Hirschman" in par.text for par in doc.paragraphs)
    engine.dispose()


@pytest.mark.realdata
def test_sulawesi_tengah_from_the_real_files(bps_pdrb_dir: Path) -> None:
    """Independent pure-Python HHI from the panel of the 8 BPS files (Sulawesi Tengah,
    13 regencies and cities) against the concentration module."""
    from rancang.features.plan.rpip import spread
    from rancang.sources import read_panel_checked

    panel, _ = read_panel_checked([bps_pdrb_dir], bps_totals="warn")
    res = spread(panel, "7200")
    assert res is not None and res["n"] == 13
    c = panel.industry_codes.index("C")
    rows = [k for k, code in enumerate(panel.region_codes) if code.startswith("72")]
    for t in range(len(panel.years)):
        col = [float(panel.values[k, c, t]) for k in rows]
        total = sum(col)
        assert res["hhi"][t] == pytest.approx(sum((v / total) ** 2 for v in col), rel=1e-12)
    # Morowali's smelters: manufacturing concentrates over 2013-2020
    assert res["hhi"][-1] > res["hhi"][0]
