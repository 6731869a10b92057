"""Location-quotient regionalisation (SLQ, CILQ, FLQ).

Formulas: Miller and Blair (2009), *Input-Output Analysis*, 2nd ed., section 8.3;
Flegg, A. T. and Webber, C. D. (2000), Regional size, regional specialization and the FLQ
formula, *Regional Studies* 34(6): λ* = [log2(1 + TRE/TNE)]^δ, FLQ_ij = λ* · CILQ_ij.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis.regional_io import flq_lambda, location_quotients, regional_coefficients

A = np.array([[0.15, 0.25], [0.20, 0.05]])  # Miller and Blair (2009), section 2.3


def test_flq_lambda_by_hand():
    # hand computation: TRE/TNE = 0.05, δ = 0.3 -> log2(1.05) = 0.0703893, ^0.3 = 0.451078
    assert flq_lambda(5.0, 100.0, 0.3) == pytest.approx(0.0703893 ** 0.3, rel=1e-6)
    assert flq_lambda(5.0, 100.0, 0.3) == pytest.approx(0.451078, abs=1e-6)
    # δ = 0 gives λ* = 1 (FLQ = CILQ); a region as big as the nation gives 1 for any δ
    assert flq_lambda(5.0, 100.0, 0.0) == 1.0
    assert flq_lambda(100.0, 100.0, 0.5) == 1.0
    with pytest.raises(ValueError):
        flq_lambda(5.0, 100.0, 1.0)


def test_slq_and_cilq_by_hand():
    # region: 20 of 25 in sector 1, nation: 100 of 200 -> SLQ = (0.8/0.5, 0.2/0.5) = 1.6, 0.4
    r, n = np.array([20.0, 5.0]), np.array([100.0, 100.0])
    np.testing.assert_allclose(location_quotients(r, n, method="slq")[:, 0], [1.6, 0.4])
    cilq = location_quotients(r, n, method="cilq")
    np.testing.assert_allclose(cilq, [[1.6, 4.0], [0.25, 0.4]])
    lam = flq_lambda(25.0, 200.0, 0.3)
    np.testing.assert_allclose(location_quotients(r, n, method="flq", delta=0.3), lam * cilq)
    # r_ij = a_ij min(LQ, 1): row 2 (SLQ 0.4) scaled, row 1 kept
    np.testing.assert_allclose(regional_coefficients(A, r, n, method="slq"),
                               [[0.15, 0.25], [0.08, 0.02]])
    np.testing.assert_allclose(regional_coefficients(A, r, n, method="cilq"),
                               [[0.15, 0.25], [0.05, 0.02]])


def test_region_equal_to_nation_keeps_national_coefficients():
    s = np.array([3.0, 5.0, 2.0])
    for method in ("slq", "cilq", "flq"):
        np.testing.assert_allclose(regional_coefficients(np.full((3, 3), 0.1), s, s,
                                                         method=method), 0.1)


def test_flq_is_not_always_below_slq():
    # FLQ_ij = λ* SLQ_i / SLQ_j exceeds SLQ_i when SLQ_j < λ*: the property FLQ <= SLQ does
    # not hold in general (it does hold against CILQ and against the national table)
    r, n = np.array([5.0, 1.0, 94.0]), np.array([10.0, 10.0, 80.0])
    slq = regional_coefficients(np.full((3, 3), 0.1), r, n, method="slq")
    flq = regional_coefficients(np.full((3, 3), 0.1), r, n, method="flq", delta=0.1)
    assert flq[0, 1] > slq[0, 1]


sizes = st.integers(2, 7).flatmap(lambda k: st.tuples(
    arrays(np.float64, (k,), elements=st.floats(0.0, 1e4)),
    arrays(np.float64, (k,), elements=st.floats(1.0, 1e4)),
    arrays(np.float64, (k, k), elements=st.floats(0.0, 0.2)),
)).filter(lambda t: t[0].sum() > 0)


@settings(max_examples=80, deadline=None)
@given(sizes, st.floats(0.0, 0.9))
def test_flq_below_cilq_below_national(t, delta):
    regional, national, a = t
    national = national + regional  # the region is part of the nation
    cilq = regional_coefficients(a, regional, national, method="cilq")
    flq = regional_coefficients(a, regional, national, method="flq", delta=delta)
    slq = regional_coefficients(a, regional, national, method="slq")
    assert (flq <= cilq + 1e-12).all()
    assert (cilq <= a + 1e-12).all() and (slq <= a + 1e-12).all()
    assert (flq >= 0).all()
