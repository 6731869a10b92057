"""Leading-industry ranking: scores, directions, period vectorisation, rank intervals."""

import numpy as np
import pytest

from rancang.analysis import (
    DEFAULT_WEIGHTS,
    cagr,
    default_criteria,
    dynamic_location_quotient,
    leading_industries,
    leading_industry_scores,
    location_quotient,
    rank_intervals,
)
from rancang.analysis.ranking import _criteria_by_start

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")


def panel(seed=0, r=6, i=7, t=8):
    rng = np.random.default_rng(seed)
    growth = rng.uniform(0.95, 1.15, (r, i, 1)) ** np.arange(t)
    return rng.uniform(10, 100, (r, i, 1)) * growth


def test_simple_additive_weighting_by_hand():
    # two criteria, min-max within the region: a -> 0, 1, 0.5; b -> 1, 0, 0.75
    crit = {"a": np.array([[1.0, 3.0, 2.0]]), "b": np.array([[10.0, 6.0, 9.0]])}
    score, rank = leading_industry_scores(crit, {"a": 3.0, "b": 1.0})
    np.testing.assert_allclose(score, [[0.25, 0.75, 0.5625]], atol=1e-12)
    assert rank.tolist() == [[3, 1, 2]]
    # lower-is-better criterion b: 0, 1, 0.25
    score, rank = leading_industry_scores(crit, {"a": 3.0, "b": 1.0}, directions={"b": -1})
    np.testing.assert_allclose(score, [[0.0, 1.0, 0.4375]], atol=1e-12)


def test_weights_are_checked():
    crit = {"a": np.ones((1, 3))}
    with pytest.raises(ValueError, match="unknown"):
        leading_industry_scores(crit, {"zzz": 1.0})
    with pytest.raises(ValueError):
        leading_industry_scores(crit, {"a": -1.0})
    with pytest.raises(ValueError):
        leading_industry_scores(crit, {"a": 0.0})


def test_ties_and_undefined_values_rank_in_a_fixed_order():
    # undefined scores 0 like the worst industry; equal scores rank in industry order
    crit = {"a": np.array([[2.0, np.nan, 2.0, 1.0]])}
    score, rank = leading_industry_scores(crit, {"a": 1.0})
    assert score.tolist() == [[1.0, 0.0, 1.0, 0.0]]
    assert rank.tolist() == [[1, 3, 2, 4]]


def test_default_criteria_agree_with_the_separate_methods():
    x = panel()
    ref = x.sum(axis=0)
    crit = default_criteria(x, ref)
    np.testing.assert_allclose(crit["slq"], location_quotient(x, ref)[:, :, -1], rtol=1e-12)
    np.testing.assert_allclose(crit["dlq"], dynamic_location_quotient(x, ref), rtol=1e-10)
    np.testing.assert_allclose(crit["growth"], cagr(x), rtol=1e-12)


def test_vectorised_periods_equal_the_criteria_of_each_sub_period():
    x = panel(1)
    ref = x.sum(axis=0) * 1.3
    starts = np.array([0, 2, 5])
    many = _criteria_by_start(x, ref[None], starts)
    for p, s in enumerate(starts):
        one = default_criteria(x[:, :, s:], ref[:, s:])
        for k in DEFAULT_WEIGHTS:
            np.testing.assert_allclose(many[k][p], one[k], rtol=1e-10, err_msg=k)


def test_contributions_explain_the_score():
    x = panel(2)
    given = {"slq": 2.0, "growth": 1.0, "share": 1.0}
    res = leading_industries(x, x.sum(axis=0), weights=given, n_samples=0)
    np.testing.assert_allclose(sum(res.contributions.values()), res.score, atol=1e-12)
    assert res.weights == given and set(res.contributions) == set(given)
    for k, w in given.items():
        np.testing.assert_allclose(res.contributions[k], w / 4 * res.normalized[k], atol=1e-15)
    assert np.array_equal(res.rank_low, res.rank) and np.array_equal(res.rank_high, res.rank)


def test_rank_intervals_collapse_without_perturbation_and_widen_with_it():
    x = panel(3, r=4, i=9, t=10)
    ref = x.sum(axis=0)
    _, rank = leading_industry_scores(default_criteria(x, ref), DEFAULT_WEIGHTS)
    low, high = rank_intervals(
        x, ref, weights=DEFAULT_WEIGHTS, periods="full", concentration=1e9, n_samples=50)
    assert np.array_equal(low, rank) and np.array_equal(high, rank)
    low, high = rank_intervals(x, ref, weights=DEFAULT_WEIGHTS, concentration=2.0)
    assert np.all(low <= rank) and np.all(rank <= high)
    assert (high - low).sum() > 0


def test_rank_intervals_are_reproducible_and_accept_start_lists():
    x = panel(4)
    ref = x.sum(axis=0)
    a = rank_intervals(x, ref, weights=DEFAULT_WEIGHTS, seed=7)
    b = rank_intervals(x, ref, weights=DEFAULT_WEIGHTS, seed=7)
    assert all(np.array_equal(u, v) for u, v in zip(a, b, strict=True))
    low, high = rank_intervals(x, ref, weights={"slq": 1.0}, periods=[0, 3])
    # slq is the last year's LQ: the period does not change it, one criterion: no weights
    _, rank = leading_industry_scores(default_criteria(x, ref), {"slq": 1.0})
    assert np.array_equal(low, rank) and np.array_equal(high, rank)
    with pytest.raises(ValueError):
        rank_intervals(x, ref, weights=DEFAULT_WEIGHTS, periods=[7])


def test_one_reference_per_region_equals_the_broadcast_reference():
    x = panel(5)
    ref = x.sum(axis=0) * 1.7
    one = leading_industries(x, ref, n_samples=30, seed=1)
    per_region = leading_industries(x, np.repeat(ref[None], x.shape[0], axis=0),
                                    n_samples=30, seed=1)
    np.testing.assert_allclose(one.score, per_region.score, rtol=1e-12)
    assert np.array_equal(one.rank_low, per_region.rank_low)
    assert np.array_equal(one.rank_high, per_region.rank_high)
