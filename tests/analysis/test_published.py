"""Analytical results against values published by others (REAT examples, textbooks)."""

import numpy as np
import pytest
from scipy.stats import entropy

from rancang.analysis import (
    dynamic_shift_share,
    gini_coefficient,
    location_quotient,
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


def test_theil_is_kullback_leibler_divergence_as_scipy_computes_it():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 10, (4, 9, 2))
    x[0, 2, 0] = 0.0
    ref = rng.uniform(1, 10, (9, 2))
    out = specialization(x, ref)["theil"]
    for r in range(4):
        for t in range(2):
            assert out[r, t] == pytest.approx(entropy(x[r, :, t], ref[:, t]), rel=1e-12)


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
