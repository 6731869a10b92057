"""Analytical results against values published by others (REAT examples, textbooks).

REAT's examples are checked here against the digits REAT prints; test_reat_oracle.py
checks them (and more) against REAT's full-precision results to 1e-9.
"""

import numpy as np
import pytest
from scipy.stats import entropy

from rancang.analysis import (
    contribution_to_growth,
    dynamic_location_quotient,
    dynamic_shift_share,
    gini_coefficient,
    klassen,
    location_quotient,
    lq_quadrant,
    shift_share,
    specialization,
)


def test_lq_farhauer_kroell_as_in_reat_locq():
    # REAT locq(1714, 79006, 879213, 15593224) -> 0.3847623
    x = np.array([[1714.0, 79006 - 1714.0]])
    ref = np.array([879213.0, 15593224 - 879213.0])
    assert location_quotient(x, ref)[0, 0] == pytest.approx(0.3847623, abs=5e-8)


def test_gini_specialisation_reat_gini_spec_example():
    # REAT gini.spec(E_ij, E_i) -> 0.6222222 (Farhauer/Kroell 2013)
    e_ij = np.array([700, 600, 500, 10000, 40000.0])[None, :, None]
    e_i = np.array([30000, 15000, 10000, 60000, 50000.0])[:, None]
    out = specialization(e_ij, e_i)
    assert out["gini_specialization"][0, 0] == pytest.approx(0.6222222, abs=5e-8)


def test_krugman_reat_two_disjoint_regions_is_two():
    # REAT krugman.spec(c(20,10,70,0,0), c(0,0,0,60,40)) -> 2
    x = np.array([20, 10, 70, 0, 0.0])[None, :, None]
    ref = np.array([0, 0, 0, 60, 40.0])[:, None]
    out = specialization(x, ref)
    assert out["krugman"][0, 0] == 2.0
    assert out["hoover"][0, 0] == 1.0


def test_herfindahl_reat_doersam_example():
    # REAT herf(c(20,50,20,10)) -> 0.34; coefnorm=TRUE -> 0.12
    x = np.array([20, 50, 20, 10.0])[None, :, None]
    out = specialization(x, x[0])
    assert out["herfindahl"][0, 0] == pytest.approx(0.34, abs=1e-12)
    assert out["herfindahl_normalized"][0, 0] == pytest.approx(0.12, abs=1e-12)


def test_gini_reat_examples():
    # REAT gini(c(20,50,20,10)) -> 0.3; gini(gdp of German Laender 2015) -> 0.5009
    assert gini_coefficient(np.array([20, 50, 20, 10.0]), axis=0) == pytest.approx(0.3, abs=1e-12)
    gdp = np.array([460.69, 549.19, 124.16, 65.29, 31.59, 109.27, 263.44, 39.87, 258.53,
                    645.59, 131.95, 35.03, 112.66, 56.22, 85.61, 56.81])
    assert gini_coefficient(gdp, axis=0) == pytest.approx(0.5009, abs=5e-5)


def test_theil_reat_stoermann_example():
    # REAT theil(c(10,10,10,20,50)) -> 0.2326302 (Stoermann 2009), printed to 7 digits
    x = np.array([10, 10, 10, 20, 50.0])[None, :, None]
    out = specialization(x, x[0])
    assert out["theil"][0, 0] == pytest.approx(0.2326302, abs=5e-8)


def test_theil_undefined_with_a_zero_industry():
    # REAT 3.0 returns NA (any(x <= 0)); we return nan, never a warning
    x = np.array([10, 0, 10, 20, 50.0])[None, :, None]
    assert np.isnan(specialization(x, x[0] + 1)["theil"][0, 0])


def test_theil_relative_is_kullback_leibler_divergence_as_scipy_computes_it():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, (4, 9, 2))
    x[0, 2, 0] = 0.0
    ref = rng.uniform(1, 10, (9, 2))
    out = specialization(x, ref)["theil_relative"]
    for r in range(4):
        for t in range(2):
            assert out[r, t] == pytest.approx(entropy(x[r, :, t], ref[:, t]), rel=1e-12)


def test_hoover_is_half_of_reat_krugman_on_disjoint_structures():
    # REAT hoover(x, ref) = 1/2 sum |x/sum x - r/sum r|; with disjoint structures = 1
    x = np.array([20, 10, 70, 0, 0.0])[None, :, None]
    ref = np.array([0, 0, 0, 60, 40.0])[:, None]
    assert specialization(x, ref)["hoover"][0, 0] == 1.0


# Krumme, G. "Shift & Share table with Excel explanations", University of Washington,
# Geography 350 ("Holukuluku" 1985-1995): national shares 10/20/40/30 %, national growth
# 10/20/30/40 % (29 % in all); region 500/100/200/200 -> 1000/100/250/280.
KRUMME = dict(
    x0=np.array([[500.0, 100, 200, 200]]),
    x1=np.array([[1000.0, 100, 250, 280]]),
    ref0=np.array([10.0, 20, 40, 30]),
    ref1=np.array([11.0, 24, 52, 42]),
)


def test_shift_share_krumme_published_table():
    out = shift_share(**KRUMME)
    # expected employment at national growth 645/129/258/258 -> national share
    np.testing.assert_allclose(out["national_share"][0], [145, 29, 58, 58], atol=1e-9)
    # composition (industry mix) effect: total -80
    np.testing.assert_allclose(out["industry_mix"][0], [-95, -9, 2, 22], atol=1e-9)
    # differential (competitive) effect: 450 / -20 / -10 / 0, total 420
    np.testing.assert_allclose(out["regional_share"][0], [450, -20, -10, 0], atol=1e-9)
    assert out["actual_change"].sum() == pytest.approx(630)


def test_esteban_marquillas_splits_regional_share():
    out = shift_share(**KRUMME)
    np.testing.assert_allclose(
        out["em_competitive"] + out["em_allocation"], out["regional_share"], atol=1e-9
    )
    # homothetic employment = 1000 x national shares = 100/200/400/300
    np.testing.assert_allclose(out["em_competitive"][0], [90, -40, -20, 0], atol=1e-9)


def test_dynamic_shift_share_with_one_step_equals_classic():
    x = np.stack([KRUMME["x0"], KRUMME["x1"]], axis=2)
    ref = np.stack([KRUMME["ref0"], KRUMME["ref1"]], axis=1)
    dyn = dynamic_shift_share(x, ref)
    classic = shift_share(**KRUMME)
    for k in classic:
        np.testing.assert_allclose(dyn[k], classic[k], atol=1e-9)


# REAT shift() example, data from Farhauer/Kroell (2013): three regions whose sum is the
# nation. Expected values computed by hand (see docs/methods.md), exact integers:
# national growth 1265/1100 - 1 = 0.15; industry growth 1.1, 1.4, 0.9, 1.2.
FK_REGIONS_T0 = np.array([[90.0, 20, 10, 60], [60, 30, 30, 40], [250, 100, 110, 300]])
FK_REGIONS_T1 = np.array([[100.0, 40, 10, 55], [85, 55, 40, 35], [255, 115, 85, 390]])
FK_NATION_T0 = np.array([400.0, 150, 150, 400])
FK_NATION_T1 = np.array([440.0, 210, 135, 480])


def test_shift_share_farhauer_kroell_regions_a_b_c():
    out = shift_share(FK_REGIONS_T0, FK_REGIONS_T1, FK_NATION_T0, FK_NATION_T1)
    np.testing.assert_allclose(out["national_share"].sum(axis=1), [27, 24, 114], atol=1e-9)
    np.testing.assert_allclose(out["industry_mix"].sum(axis=1), [1, -1, 0], atol=1e-9)
    np.testing.assert_allclose(out["regional_share"].sum(axis=1), [-3, 32, -29], atol=1e-9)
    np.testing.assert_allclose(
        out["regional_share"],
        [[1, 12, 1, -17], [19, 13, 13, -13], [-20, -25, -14, 30]], atol=1e-9,
    )
    np.testing.assert_allclose(out["industry_mix"][0], [-4.5, 5, -2.5, 3], atol=1e-9)
    # the nation is the sum of the regions: regional shares cancel industry by industry
    np.testing.assert_allclose(out["regional_share"].sum(axis=0), 0, atol=1e-9)


def test_esteban_marquillas_farhauer_kroell_region_a():
    # homothetic employment 180 x (400, 150, 150, 400) / 1100; competitive effect
    # (720*1/90 + 270*0.6 + 270*0.1 - 720*17/60) / 11 = -7/11, allocation -3 + 7/11
    out = shift_share(FK_REGIONS_T0, FK_REGIONS_T1, FK_NATION_T0, FK_NATION_T1)
    assert out["em_competitive"][0].sum() == pytest.approx(-7 / 11, abs=1e-9)
    assert out["em_allocation"][0].sum() == pytest.approx(-26 / 11, abs=1e-9)


def test_dynamic_lq_hand_example():
    # industry grows 10 %/year, region 5 %/year, reference flat: DLQ = (1.1/1.05)^2 = 484/441
    x = np.array([[[100.0, 110, 121], [100, 100, 99.5]]])
    ref = np.array([[1000.0, 1000, 1000], [9000, 9000, 9000]])
    assert dynamic_location_quotient(x, ref)[0, 0] == pytest.approx(484 / 441, abs=1e-12)


def test_lq_quadrant_conventions():
    slq, dlq = np.array([1.5, 1.5, 0.5, 0.5, np.nan]), np.array([2.0, 0.5, 2.0, 0.5, 1.0])
    assert lq_quadrant(slq, dlq).tolist() == [
        "unggulan", "andalan", "prospektif", "tertinggal", ""]
    assert lq_quadrant(slq, dlq, convention="growth-first").tolist() == [
        "unggulan", "prospektif", "andalan", "tertinggal", ""]
    # exactly 1 is not base (strict inequality)
    assert lq_quadrant(np.array([1.0]), np.array([1.0])).tolist() == ["tertinggal"]


def test_klassen_hand_example():
    # region: industry 0 doubles in 2 steps (CAGR sqrt(2) - 1), share 0.1 -> 0.1818...;
    # reference: industry 0 grows 21 % (CAGR 10 %), share 0.1 -> 0.11
    x = np.array([[[10.0, 15, 20], [90, 90, 90]]])
    ref = np.array([[100.0, 110, 121], [900, 945, 979]])
    out = klassen(x, ref)
    assert out["growth"][0, 0] == pytest.approx(2**0.5 - 1, abs=1e-12)
    assert out["reference_growth"][0, 0] == pytest.approx(0.1, abs=1e-12)
    assert out["quadrant"][0].tolist() == ["maju dan tumbuh pesat", "relatif tertinggal"]
    last = klassen(x, ref, share_basis="last")
    assert last["share"][0, 0] == pytest.approx(20 / 110, abs=1e-12)
    assert last["reference_share"][0, 0] == pytest.approx(121 / 1100, abs=1e-12)


def test_contribution_to_growth_adds_up_to_regional_growth():
    # BPS "sumber pertumbuhan": 100 -> 110 is 10 % growth, from +6 and +4 points
    x = np.array([[[60.0, 66, 72.6], [40, 44, 44]]])
    whole = contribution_to_growth(x)
    np.testing.assert_allclose(whole, [[12.6, 4.0]], atol=1e-12)
    yearly = contribution_to_growth(x, per_year=True)
    np.testing.assert_allclose(yearly, [[[6.0, 6.6 / 1.1], [4.0, 0.0]]], atol=1e-12)
