"""Targets: required growth (hand-computed example), pathways and exposure invariants."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang.analysis.targets import (
    exposure,
    recession_path,
    required_growth,
    share_path,
    trend_path,
)
from rancang.reference.ripin import ripin_milestones, ripin_value


def test_required_growth_hand_example():
    # by hand: M0 = 20, R0 = 80, r = 5 %, s = 30 %, 10 years
    # R_T = 80 * 1.05^10 = 130.3116; M_T = 3/7 * 130.3116 = 55.8478
    # g = (55.8478 / 20)^(1/10) - 1 = 0.108148
    g = required_growth(20.0, 80.0, rest_growth=0.05, target_share=0.30, years=10)
    assert float(g) == pytest.approx(0.108148, abs=1e-6)


def test_required_growth_zero_when_already_on_path():
    # share already 30 % and the rest not growing: no growth needed
    g = required_growth(30.0, 70.0, rest_growth=0.0, target_share=0.30, years=15)
    assert float(g) == pytest.approx(0.0, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.floats(1, 1e6), st.floats(1, 1e6), st.floats(-0.05, 0.15), st.floats(0.01, 0.9),
       st.integers(1, 30))
def test_required_growth_reaches_target_share(m0, r0, r, s, years):
    g = float(required_growth(m0, r0, rest_growth=r, target_share=s, years=years))
    m = trend_path(m0, g, years)
    rest = trend_path(r0, r, years)
    assert share_path(m, rest)[-1] == pytest.approx(s, rel=1e-6)


def test_recession_path_depth_and_recovery():
    base = trend_path(100.0, 0.05, 8)
    path = recession_path(base, shock_index=2, depth=0.06, recovery_years=2)
    np.testing.assert_allclose(path[:2], base[:2])
    assert path[2] == pytest.approx(base[2] * 0.94)
    assert path[3] == pytest.approx(base[3] * 0.96)
    np.testing.assert_allclose(path[5:], base[5:])
    assert (path <= base).all()


def test_exposure_beta_of_total_is_one_and_betas_add_up():
    rng = np.random.default_rng(1)
    parts = rng.uniform(50, 150, (4, 9)).cumsum(axis=1)
    total = parts.sum(axis=0)
    out = exposure(np.vstack([parts, total]), total)
    assert out["beta"][-1] == pytest.approx(1.0)
    assert out["correlation"][-1] == pytest.approx(1.0)
    # share-weighted betas of the parts (with lagged shares) add up to one
    g = parts[:, 1:] / parts[:, :-1] - 1
    gt = total[1:] / total[:-1] - 1
    assert np.allclose((g * (parts[:, :-1] / total[:-1])).sum(axis=0), gt)


def test_ripin_reference_data_has_every_milestone():
    m = ripin_milestones()
    assert m.height == 24 and set(m["year"]) == {2015, 2020, 2025, 2035}
    # DOMAIN.md table (PP 14/2015): share of GDP 21.2 / 24.9 / 27.4 / 30.0
    assert [ripin_value("industry_share", y) for y in (2015, 2020, 2025, 2035)] == [
        21.2, 24.9, 27.4, 30.0]
    assert ripin_value("outside_java", 2035) == 40.0
