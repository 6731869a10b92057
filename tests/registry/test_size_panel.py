"""Size classes (Permenperin 64/2016, BPS) and the register -> Panel aggregation."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from rancang.features.registry.panel import aggregate
from rancang.features.registry.size_class import (
    bps_class,
    bps_expr,
    permenperin_class,
    permenperin_expr,
)


def test_permenperin_thresholds() -> None:
    # Permenperin 64/2016 arts. 2-4 (boundaries as written in the regulation)
    assert permenperin_class(1, 0) == "small"
    assert permenperin_class(19, 999_999_999) == "small"
    assert permenperin_class(19, 1_000_000_000) == "medium"
    assert permenperin_class(3, 20e9) == "medium"  # <= 19 workers is never large
    assert permenperin_class(20, 100) == "medium"
    assert permenperin_class(250, 15e9) == "medium"
    assert permenperin_class(20, 15_000_000_001) == "large"


def test_bps_thresholds() -> None:
    assert [bps_class(w) for w in (1, 4, 5, 19, 20, 99, 100)] == [
        "micro", "micro", "small", "small", "medium", "medium", "large"]


@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 500)),
                          st.one_of(st.none(), st.floats(0, 5e10))), max_size=30))
def test_vectorised_equals_scalar(rows: list[tuple[int | None, float | None]]) -> None:
    f = pl.DataFrame({"workers": [r[0] for r in rows], "investment": [r[1] for r in rows]},
                     schema={"workers": pl.Int64, "investment": pl.Float64})
    got = f.select(permenperin_expr().alias("p"), bps_expr().alias("b"))
    assert got["p"].to_list() == [permenperin_class(w, i) for w, i in rows]
    assert got["b"].to_list() == [bps_class(w) for w, _ in rows]


firm_rows = st.lists(st.tuples(st.integers(1, 30), st.sampled_from(["72.06.05", "72.06.10"]),
                               st.sampled_from(["10710", "10792", "31001"]),
                               st.sampled_from([2022, 2023]), st.integers(0, 50)),
                     min_size=1, max_size=60, unique_by=lambda r: (r[0], r[3]))


@given(firm_rows)
def test_aggregate_preserves_totals_across_levels(rows: list[tuple]) -> None:
    # a firm keeps one region and KBLI: use the first row seen for each firm
    first = {}
    for r in rows:
        first.setdefault(r[0], r)
    f = pl.DataFrame({
        "enterprise_id": [r[0] for r in rows],
        "district_code": [first[r[0]][1] for r in rows],
        "kbli": [first[r[0]][2] for r in rows],
        "period": [str(r[3]) for r in rows], "year": [r[3] for r in rows],
        "workers": [float(r[4]) for r in rows], "output_value": [1.0] * len(rows),
        "investment": [0.0] * len(rows)})
    total = f.group_by("year").agg(pl.col("workers").sum()).sort("year")
    for level in (2, 3, 5):
        agg = aggregate(f, level=level, measure="workers")
        by_year = agg.group_by("year").agg(pl.col("value").sum()).sort("year")
        assert by_year["value"].to_list() == total["workers"].to_list()
        units = aggregate(f, level=level, measure="units")
        assert units["value"].sum() == f.select(pl.struct("enterprise_id", "year")
                                                .n_unique()).item()
        assert (agg["firms"] == units["value"]).all()
