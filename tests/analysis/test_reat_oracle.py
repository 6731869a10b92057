"""rancang.analysis against the R package REAT itself, to 1e-9.

The expected values in ``tests/data/reat/reat_oracle.json`` were computed by REAT 3.0.2
under R (see ``tests/data/reat/README.md`` and the driver ``reat_oracle.R`` beside it) and
printed with 17 significant digits, so every double is the one REAT returned. They cover
(a) the examples written out in REAT's manual pages and (b) a fixed panel of 4 regions x
5 industries x 3 years (its inputs are in the same file).

Tolerance: ``|ours - REAT| <= 1e-9 * max(1, |REAT|)`` (absolute below 1, relative above).
Where REAT reports a different aggregate or convention the mapping is stated in the test.
"""

import json
from pathlib import Path

import numpy as np
import pytest

from rancang.analysis import (
    cagr,
    dynamic_location_quotient,
    dynamic_shift_share,
    gini_coefficient,
    location_quotient,
    shift_share,
    specialization,
)
from rancang.analysis.location_quotient import mean_annual_growth

ORACLE = json.loads(
    (Path(__file__).parents[1] / "data" / "reat" / "reat_oracle.json").read_text("utf-8")
)
TOL = 1e-9


def reat(key: str) -> np.ndarray:
    """REAT's value for ``key`` as an array of the shape R gave it (nan for NA)."""
    case = ORACLE[key]
    case = case.get("value", case)
    values = np.array([np.nan if v is None else v for v in case["values"]], dtype=float)
    return values.reshape(case["shape"])


def assert_agrees(ours, expected) -> None:
    ours = np.asarray(ours, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert ours.shape == expected.shape, (ours.shape, expected.shape)
    np.testing.assert_array_equal(np.isnan(ours), np.isnan(expected))
    ok = ~np.isnan(expected)
    err = np.abs(ours[ok] - expected[ok]) / np.maximum(1.0, np.abs(expected[ok]))
    assert err.max(initial=0.0) <= TOL, f"max scaled error {err.max():.3g}\n{ours}\n{expected}"


def test_oracle_was_produced_by_reat_3_0_2():
    assert ORACLE["reat_version"] == "3.0.2"
    assert ORACLE["r_version"].startswith("R version")


def test_the_comparison_detects_a_difference_of_1e_8():
    value = reat("gini_spec_farhauer_kroell")
    assert_agrees(value * (1 + 1e-12), value)
    with pytest.raises(AssertionError):
        assert_agrees(value + 1e-8, value)
    with pytest.raises(AssertionError):
        assert_agrees(np.array([np.nan]), value)


def test_oracle_holds_the_full_precision_not_the_printed_digits():
    # REAT prints 0.3847623; the oracle keeps all 17 digits
    assert reat("locq_farhauer_kroell")[0] != 0.3847623
    assert reat("locq_farhauer_kroell")[0] == pytest.approx(0.3847623, abs=5e-8)


# ---- (a) the examples of REAT's manual pages ---------------------------------------------

def test_locq_example():
    # locq(e_ij, e_j, e_i, e) = (e_ij / e_i) / (e_j / e): the region's share of the industry
    # over the region's share of all employment, the same ratio as ours
    x = np.array([[1714.0, 79006 - 1714.0]])
    ref = np.array([879213.0, 15593224 - 879213.0])
    assert_agrees(location_quotient(x, ref)[0, :1], reat("locq_farhauer_kroell"))


IN = {k: np.array(v, dtype=float) for k, v in ORACLE["example_inputs"].items()}
FK_T0 = {r: IN[f"region_{r}_t"] for r in "ABC"}
FK_T1 = {r: IN[f"region_{r}_t1"] for r in "ABC"}
FK_NATION = [IN["nation_X_t"], IN["nation_X_t1"], IN["nation_X_t2"]]
FK_A_T2 = IN["region_A_t2"]


def reat_dunn_totals(out: dict) -> np.ndarray:
    """Our components summed over industries, in the rows of REAT shift(method "Dunn"):
    growth, national share, industrial mix, regional share, net total shift (= IM + RS)."""
    s = {k: v.sum(axis=1) for k, v in out.items()}
    return np.stack([s["actual_change"], s["national_share"], s["industry_mix"],
                     s["regional_share"], s["industry_mix"] + s["regional_share"]], axis=-1)


def reat_esteban_totals(out: dict) -> np.ndarray:
    """The rows of REAT shift(method "Esteban"): growth, national share, industrial mix,
    "regional share" (= our em_competitive), allocation effect (em_allocation)."""
    s = {k: v.sum(axis=1) for k, v in out.items()}
    return np.stack([s["actual_change"], s["national_share"], s["industry_mix"],
                     s["em_competitive"], s["em_allocation"]], axis=-1)


@pytest.mark.parametrize("region", ["A", "B", "C"])
def test_shift_dunn_and_esteban_examples(region):
    out = shift_share(np.array([FK_T0[region]]), np.array([FK_T1[region]]),
                      np.array(FK_NATION[0]), np.array(FK_NATION[1]))
    assert_agrees(reat_dunn_totals(out)[0], reat(f"shift_Dunn_{region}"))
    assert_agrees(reat_esteban_totals(out)[0], reat(f"shift_Esteban_{region}"))


def reat_shifti(out: dict) -> np.ndarray:
    """REAT shifti runs shift() on each industry alone, where the "national" growth is the
    industry's own: its per-industry "national share" is our NS + IM, and it drops the
    (then zero) industrial mix. Rows: growth, national share, regional share, net total
    shift (equal to the regional share for one industry)."""
    return np.stack([out["actual_change"], out["national_share"] + out["industry_mix"],
                     out["regional_share"], out["regional_share"]], axis=1)


@pytest.mark.parametrize("region", ["A", "B", "C"])
def test_shifti_example_per_industry(region):
    out = shift_share(np.array([FK_T0[region]]), np.array([FK_T1[region]]),
                      np.array(FK_NATION[0]), np.array(FK_NATION[1]))
    assert_agrees(reat_shifti(out)[0], reat(f"shifti_Dunn_{region}"))


def test_shiftd_example():
    x = np.array([FK_T0["A"], FK_T1["A"], FK_A_T2]).T[None]
    ref = np.array(FK_NATION).T
    dyn = dynamic_shift_share(x, ref)
    assert_agrees(reat_dunn_totals(dyn)[0], reat("shiftd_Dunn_A"))
    assert_agrees(reat_esteban_totals(dyn)[0], reat("shiftd_Esteban_A"))
    # year by year: the classic components of each consecutive pair
    for t in range(2):
        one = shift_share(x[:, :, t], x[:, :, t + 1], ref[:, t], ref[:, t + 1])
        assert_agrees(reat_dunn_totals(one)[0], reat("shiftd_Dunn_A_by_year")[:, t])
        assert_agrees(reat_esteban_totals(one)[0], reat("shiftd_Esteban_A_by_year")[:, t])


def test_krugman_spec_example():
    # krugman.spec(e_ij, e_il) compares two regions: the second is our reference
    x = np.array([20, 10, 70, 0, 0.0])[None, :, None]
    ref = np.array([0, 0, 0, 60, 40.0])[:, None]
    assert_agrees(specialization(x, ref)["krugman"][0], reat("krugman_spec_disjoint"))


def test_hoover_example():
    # hoover(gdp, pop): 1/2 sum |gdp share - population share| over the 16 Laender; the
    # Laender stand in for industries, population for the reference
    gdp = IN["gdp"][None, :, None]
    pop = IN["pop"][:, None]
    assert_agrees(specialization(gdp, pop)["hoover"][0], reat("hoover_gdp_pop"))


def test_herf_and_gini_examples():
    sales = IN["sales"]
    out = specialization(sales[None, :, None], sales[:, None])
    assert_agrees(out["herfindahl"][0], reat("herf_sales"))
    assert_agrees(out["herfindahl_normalized"][0], reat("herf_sales_norm"))
    assert_agrees(out["gini"][0], reat("gini_sales"))
    assert_agrees(np.atleast_1d(gini_coefficient(sales, axis=0)), reat("gini_sales"))
    gdp = IN["gdp"]
    assert_agrees(np.atleast_1d(gini_coefficient(gdp, axis=0)), reat("gini_gdp"))


def test_theil_examples():
    x = np.array([10, 10, 10, 20, 50.0])
    assert_agrees(specialization(x[None, :, None], x[:, None])["theil"][0],
                  reat("theil_regincome"))
    # REAT returns NA when a value is 0 (any(x <= 0)); we return nan
    z = np.array([10, 0, 10, 20, 50.0])
    assert np.isnan(reat("theil_with_zero")[0])
    assert_agrees(specialization(z[None, :, None], x[:, None])["theil"][0],
                  reat("theil_with_zero"))


def test_gini_spec_example():
    e_ij = np.array([700, 600, 500, 10000, 40000.0])[None, :, None]
    e_i = np.array([30000, 15000, 10000, 60000, 50000.0])[:, None]
    assert_agrees(specialization(e_ij, e_i)["gini_specialization"][0],
                  reat("gini_spec_farhauer_kroell"))


# ---- (b) the panel of 4 regions x 5 industries x 3 years -----------------------------------

X = reat("panel_x")  # (R, I, T)
REF = reat("panel_ref")  # (I, T)


def test_panel_shape():
    assert X.shape == (4, 5, 3) and REF.shape == (5, 3)
    assert (X > 0).all() and (REF > 0).all()


def test_panel_location_quotient():
    assert_agrees(location_quotient(X, REF), reat("panel_locq"))


@pytest.mark.parametrize(("ours", "theirs"), [
    ("krugman", "panel_krugman"),
    ("hoover", "panel_hoover"),
    ("herfindahl", "panel_herf"),
    ("herfindahl_normalized", "panel_herf_norm"),
    ("theil", "panel_theil"),
    ("gini", "panel_gini"),
    ("gini_specialization", "panel_gini_spec"),
])
def test_panel_specialization(ours, theirs):
    assert_agrees(specialization(X, REF)[ours], reat(theirs))


def test_panel_shift_share_first_to_last_year():
    out = shift_share(X[:, :, 0], X[:, :, -1], REF[:, 0], REF[:, -1])
    assert_agrees(reat_dunn_totals(out), reat("panel_shift_Dunn"))
    assert_agrees(reat_esteban_totals(out), reat("panel_shift_Esteban"))
    assert_agrees(reat_shifti(out), reat("panel_shifti_Dunn"))


def test_panel_dynamic_shift_share():
    dyn = dynamic_shift_share(X, REF)
    assert_agrees(reat_dunn_totals(dyn), reat("panel_shiftd_Dunn"))
    assert_agrees(reat_esteban_totals(dyn), reat("panel_shiftd_Esteban"))


def test_panel_growth_rates():
    # REAT growth(..., growth.type = "rate") over several years: the arithmetic mean of the
    # year-on-year rates (our DLQ's g); factor.mean = "geom": the geometric mean, i.e. CAGR
    assert_agrees(mean_annual_growth(X), reat("panel_growth_mean"))
    assert_agrees(mean_annual_growth(REF), reat("panel_growth_ref_mean"))
    assert_agrees(cagr(X), reat("panel_growth_geom"))


def test_panel_dynamic_location_quotient_from_reat_growth_rates():
    # REAT has no dynamic LQ: the driver assembles it from REAT's mean growth rates
    assert_agrees(dynamic_location_quotient(X, REF), reat("panel_dlq_from_reat_growth"))
