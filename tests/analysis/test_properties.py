"""Invariants of the methods on random panels (hypothesis)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis import (
    DEFAULT_WEIGHTS,
    contribution_to_growth,
    dynamic_shift_share,
    leading_industries,
    location_quotient,
    rank_intervals,
    shift_share,
    specialization,
)

positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
weights = st.fixed_dictionaries(
    {k: st.floats(min_value=0.0, max_value=5.0) for k in DEFAULT_WEIGHTS}
).filter(lambda w: sum(w.values()) > 0.1)


def panels(min_t=2, min_i=2):
    return st.tuples(
        st.integers(1, 5), st.integers(min_i, 8), st.integers(min_t, 6)
    ).flatmap(lambda s: arrays(np.float64, s, elements=positive))


@settings(max_examples=60, deadline=None)
@given(panels(), st.booleans())
def test_shift_share_components_add_up(x, own_reference):
    # one reference for all regions, or each region its own (e.g. its province)
    ref = x * 3.0 + 1.0 if own_reference else x.sum(axis=0) + 1.0
    ref0, ref1 = ref[..., 0], ref[..., -1]
    out = shift_share(x[:, :, 0], x[:, :, -1], ref0, ref1)
    total = out["national_share"] + out["industry_mix"] + out["regional_share"]
    np.testing.assert_allclose(total, out["actual_change"], rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(
        out["em_competitive"] + out["em_allocation"], out["regional_share"],
        rtol=1e-7, atol=1e-4,
    )
    dyn = dynamic_shift_share(x, ref)
    total = dyn["national_share"] + dyn["industry_mix"] + dyn["regional_share"]
    np.testing.assert_allclose(total, x[:, :, -1] - x[:, :, 0], rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(
        dyn["em_competitive"] + dyn["em_allocation"], dyn["regional_share"],
        rtol=1e-7, atol=1e-4,
    )


@settings(max_examples=60, deadline=None)
@given(panels(min_t=1))
def test_reference_weighted_mean_of_lq_is_one(x):
    # sum_j (X_j / X) LQ_ij = sum_j x_ij / x_i = 1 for every region and year
    ref = x.sum(axis=0) * np.linspace(0.5, 2.0, x.shape[1])[:, None]
    lq = location_quotient(x, ref)
    ref_share = ref / ref.sum(axis=0)
    np.testing.assert_allclose((ref_share[None] * lq).sum(axis=1), 1.0, rtol=1e-9)


@settings(max_examples=60, deadline=None)
@given(panels(min_t=1))
def test_indices_stay_in_range(x):
    out = specialization(x, x.sum(axis=0))
    n = x.shape[1]
    eps = 1e-12
    assert np.all((out["krugman"] >= -eps) & (out["krugman"] <= 2 + eps))
    assert np.all((out["hoover"] >= -eps) & (out["hoover"] <= 1 + eps))
    assert np.all((out["herfindahl"] >= 1 / n - eps) & (out["herfindahl"] <= 1 + eps))
    hn = out["herfindahl_normalized"]
    assert np.all((hn >= -1e-9) & (hn <= 1 + 1e-9))
    for key in ("gini", "gini_specialization"):
        assert np.all((out[key] >= -eps) & (out[key] <= (n - 1) / n + eps))
        assert np.all(out[key] < 1)
    assert np.all(out["theil"] >= -eps) and np.all(out["theil_relative"] >= -eps)


@settings(max_examples=40, deadline=None)
@given(panels())
def test_contributions_to_growth_add_up_to_regional_growth(x):
    total = x.sum(axis=1)
    growth = 100 * (total[:, -1] / total[:, 0] - 1)
    np.testing.assert_allclose(contribution_to_growth(x).sum(axis=1), growth, atol=1e-7)
    yearly = contribution_to_growth(x, per_year=True).sum(axis=1)
    np.testing.assert_allclose(yearly, 100 * (total[:, 1:] / total[:, :-1] - 1), atol=1e-7)


@settings(max_examples=30, deadline=None)
@given(panels(min_t=3), weights, st.integers(0, 2**31))
def test_ranks_are_permutations_inside_their_intervals(x, w, seed):
    res = leading_industries(x, x.sum(axis=0), weights=w, n_samples=20, seed=seed)
    n = x.shape[1]
    assert np.all(np.sort(res.rank, axis=1) == np.arange(1, n + 1))
    assert np.all(res.rank_low <= res.rank) and np.all(res.rank <= res.rank_high)
    assert np.all((res.rank_low >= 1) & (res.rank_high <= n))
    np.testing.assert_allclose(sum(res.contributions.values()), res.score, atol=1e-12)
    assert np.all((res.score >= 0) & (res.score <= 1 + 1e-12))
    low, high = rank_intervals(x, x.sum(axis=0), weights=w, n_samples=20, seed=seed)
    assert np.array_equal(low, res.rank_low) and np.array_equal(high, res.rank_high)
