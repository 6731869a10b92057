"""Invariants of the methods on random panels (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis import (
    dynamic_shift_share,
    leading_industries,
    location_quotient,
    shift_share,
    specialization,
)

positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)


def panels(min_t=2):
    return st.tuples(
        st.integers(1, 5), st.integers(2, 8), st.integers(min_t, 6)
    ).flatmap(lambda s: arrays(np.float64, s, elements=positive))


@settings(max_examples=60, deadline=None)
@given(panels())
def test_shift_share_components_add_up(x):
    ref = x.sum(axis=0) + 1.0
    out = shift_share(x[:, :, 0], x[:, :, -1], ref[:, 0], ref[:, -1])
    total = out["national_share"] + out["industry_mix"] + out["regional_share"]
    np.testing.assert_allclose(total, out["actual_change"], rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(
        out["em_competitive"] + out["em_allocation"], out["regional_share"],
        rtol=1e-7, atol=1e-4,
    )
    dyn = dynamic_shift_share(x, ref)
    total = dyn["national_share"] + dyn["industry_mix"] + dyn["regional_share"]
    np.testing.assert_allclose(total, x[:, :, -1] - x[:, :, 0], rtol=1e-9, atol=1e-6)


@settings(max_examples=60, deadline=None)
@given(panels(min_t=1))
def test_reference_weighted_mean_of_lq_is_one(x):
    ref = x.sum(axis=0)
    lq = location_quotient(x, ref)
    ref_share = ref / ref.sum(axis=0)
    # sum_i (X_i / X) * LQ_ij = sum_i s_ij = 1 for every region and year
    np.testing.assert_allclose((ref_share[None] * lq).sum(axis=1), 1.0, rtol=1e-9)


@settings(max_examples=60, deadline=None)
@given(panels(min_t=1))
def test_indices_stay_in_range(x):
    out = specialization(x, x.sum(axis=0))
    n = x.shape[1]
    assert np.all((out["krugman"] >= -1e-12) & (out["krugman"] <= 2 + 1e-12))
    assert np.all((out["hoover"] >= -1e-12) & (out["hoover"] <= 1 + 1e-12))
    assert np.all((out["herfindahl"] >= 1 / n - 1e-12) & (out["herfindahl"] <= 1 + 1e-12))
    hn = out["herfindahl_normalized"]
    assert np.all((hn >= -1e-9) & (hn <= 1 + 1e-9))
    for key in ("gini", "gini_specialization"):
        assert np.all((out[key] >= -1e-12) & (out[key] < 1))
    assert np.all(out["theil"] >= -1e-12)


@settings(max_examples=30, deadline=None)
@given(panels(min_t=3))
def test_ranks_are_permutations_inside_their_intervals(x):
    res = leading_industries(x, x.sum(axis=0), n_samples=20)
    n = x.shape[1]
    assert np.all(np.sort(res.rank, axis=1) == np.arange(1, n + 1))
    assert np.all(res.rank_low <= res.rank) and np.all(res.rank <= res.rank_high)
    np.testing.assert_allclose(sum(res.contributions.values()), res.score, atol=1e-12)
    assert np.all((res.score >= 0) & (res.score <= 1 + 1e-12))
