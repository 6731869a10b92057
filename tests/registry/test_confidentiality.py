"""Primary and secondary suppression, checked with a linear-programming attacker."""

from __future__ import annotations

import numpy as np
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from rancang.features.registry.confidentiality import (
    TOTAL,
    primary_mask,
    secondary_suppression,
    suppress,
)
from rancang.features.registry.demo import demo_register
from rancang.features.registry.panel import aggregate


def test_primary_rules() -> None:
    # threshold rule n < 3 and (1, 85 %) dominance, as stated in the issue
    v = np.array([100.0, 100.0, 100.0, 100.0, 0.0])
    n = np.array([2, 3, 3, 10, 0])
    m = np.array([60.0, 85.0, 85.1, 40.0, 0.0])
    assert primary_mask(v, n, m).tolist() == [True, False, True, False, False]


def test_hand_example() -> None:
    # 3 regions x 3 industries; cell (a, 10) has 2 firms. Row a and column 10 each need a
    # second suppression: the smallest other cells in them are (a, 11) and (b, 10), and
    # then row b and column 11 need one more: (b, 11) closes the rectangle.
    t = pl.DataFrame({
        "region_code": ["a", "a", "a", "b", "b", "b", "c", "c", "c"],
        "industry_code": ["10", "11", "12"] * 3, "year": [2023] * 9,
        "value": [10.0, 20.0, 30.0, 15.0, 25.0, 35.0, 40.0, 45.0, 50.0],
        "firms": [2, 5, 6, 4, 5, 6, 7, 8, 9],
        "max_firm": [6.0, 5.0, 6.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]})
    out = suppress(t)
    flags = {(r, i): s for r, i, s in out.select("region_code", "industry_code", "suppressed")
             .iter_rows()}
    hidden = {k for k, s in flags.items() if s}
    assert flags[("a", "10")] == "primary"
    assert hidden == {("a", "10"), ("a", "11"), ("b", "10"), ("b", "11")}
    assert out.filter(pl.col("region_code") == TOTAL, pl.col("industry_code") == TOTAL
                      )["value"].item() == 270.0
    assert out.filter(pl.col("suppressed") != "")["value"].null_count() == 4
    assert "max_firm" not in out.columns


def lp_interval(grid: np.ndarray, hidden: np.ndarray, cell: tuple[int, int]) -> float:
    """Width of the values an attacker can infer for ``cell`` from the published table."""
    idx = {rc: k for k, rc in enumerate(zip(*np.nonzero(hidden), strict=True))}
    rows, cols = grid.shape
    a_eq, b_eq = [], []
    for line in [[(r, c) for c in range(cols)] for r in range(rows)] + \
                [[(r, c) for r in range(rows)] for c in range(cols)]:
        interior, total = line[:-1], line[-1]
        coef = np.zeros(len(idx))
        rhs = 0.0
        for rc in interior:
            if rc in idx:
                coef[idx[rc]] += 1
            else:
                rhs -= grid[rc]
        if total in idx:
            coef[idx[total]] -= 1
        else:
            rhs += grid[total]
        if coef.any():
            a_eq.append(coef)
            b_eq.append(rhs)
    obj = np.zeros(len(idx))
    obj[idx[cell]] = 1
    lo = linprog(obj, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs").fun
    hi = -linprog(-obj, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs").fun
    return hi - lo


def grid_of(out: pl.DataFrame, long: pl.DataFrame) -> tuple[np.ndarray, np.ndarray, list]:
    regions = [*sorted(set(long["region_code"])), TOTAL]
    inds = [*sorted(set(long["industry_code"])), TOTAL]
    g = np.zeros((len(regions), len(inds)))
    h = np.zeros_like(g, dtype=bool)
    truth = {(r, i): v for r, i, v in long.select("region_code", "industry_code", "value")
             .iter_rows()}
    for r, i, s in out.select("region_code", "industry_code", "suppressed").iter_rows():
        h[regions.index(r), inds.index(i)] = bool(s)
    for (r, i), v in truth.items():
        g[regions.index(r), inds.index(i)] = v
    g[:-1, -1] = g[:-1, :-1].sum(1)
    g[-1, :] = g[:-1, :].sum(0)
    prim = [(regions.index(r), inds.index(i)) for r, i, s in
            out.select("region_code", "industry_code", "suppressed").iter_rows()
            if s == "primary"]
    return g, h, prim


def test_lp_attacker_cannot_pin_down_primary_cells() -> None:
    reg = demo_register(400, seed=5, years=(2023,))
    frame = reg.with_columns(pl.int_range(pl.len()).alias("enterprise_id"),
                             pl.col("period").cast(pl.Int64).alias("year"),
                             (pl.col("workers_men") + pl.col("workers_women")).alias("workers"),
                             pl.col("village_code").str.slice(0, 8).alias("district_code"))
    long = aggregate(frame, level=3, measure="workers")
    out = suppress(long)
    g, h, prim = grid_of(out, long)
    assert len(prim) > 5
    for cell in prim:
        # the feasible range for a suppressed sensitive cell is not a single value
        assert lp_interval(g, h, cell) > 0.5




@settings(max_examples=60, deadline=None)
@given(st.integers(2, 6), st.integers(2, 6), st.data())
def test_no_line_with_a_single_suppression(nr: int, nc: int, data: st.DataObject) -> None:
    firms = np.array(data.draw(st.lists(st.integers(0, 6), min_size=nr * nc,
                                        max_size=nr * nc))).reshape(nr, nc)
    values = firms * np.array(data.draw(st.lists(st.floats(1, 100), min_size=nr * nc,
                                                 max_size=nr * nc))).reshape(nr, nc)
    v = np.zeros((nr + 1, nc + 1))
    n = np.zeros((nr + 1, nc + 1), dtype=int)
    v[:-1, :-1], n[:-1, :-1] = values, firms
    for a in (v, n):
        a[:-1, -1] = a[:-1, :-1].sum(1)
        a[-1, :] = a[:-1, :].sum(0)
    prim = primary_mask(v, n, v * 0.5)
    s = secondary_suppression(v, n, prim)
    assert (s >= prim).all()
    assert not (s.sum(axis=0) == 1).any() and not (s.sum(axis=1) == 1).any()
