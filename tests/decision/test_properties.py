"""Hypothesis properties of the decision methods and the robustness analysis."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang.decision import (
    DecisionMatrix,
    ahp_priorities,
    group_ahp,
    rank_alternatives,
    swap_weights,
)

METHODS = ["topsis", "vikor", "promethee", "wsm", "wpm"]


@st.composite
def positive_vectors(draw: st.DrawFn, n: int) -> np.ndarray:
    return np.array(draw(st.lists(st.floats(0.05, 1.0), min_size=n, max_size=n)))


@given(st.integers(2, 9).flatmap(lambda n: positive_vectors(n)))
@settings(max_examples=40, deadline=None)
def test_consistent_matrix_has_cr_zero(w: np.ndarray) -> None:
    r = ahp_priorities(w[:, None] / w[None, :])
    np.testing.assert_allclose(r.weights, w / w.sum(), atol=1e-9)
    assert abs(r.cr) < 1e-9
    assert abs(r.weights.sum() - 1) < 1e-12


@given(st.integers(3, 7), st.integers(0, 10_000), st.integers(1, 4))
@settings(max_examples=25, deadline=None)
def test_group_weights_sum_to_one(n: int, seed: int, k: int) -> None:
    rng = np.random.default_rng(seed)
    scale = np.array([1 / 9, 1 / 5, 1 / 3, 1, 3, 5, 9])
    mats = []
    for _ in range(k):
        a = np.ones((n, n))
        iu = np.triu_indices(n, 1)
        a[iu] = rng.choice(scale, size=len(iu[0]))
        a.T[iu] = 1 / a[iu]
        mats.append(a)
    for method in ("aij", "aip"):
        r = group_ahp(mats, method=method)
        assert abs(r.weights.sum() - 1) < 1e-12 and np.all(r.weights > 0)


@given(st.integers(2, 25), st.integers(1, 5), st.integers(0, 10_000), st.sampled_from(METHODS))
@settings(max_examples=40, deadline=None)
def test_ranks_are_permutations_and_intervals_hold(n: int, m: int, seed: int,
                                                   method: str) -> None:
    rng = np.random.default_rng(seed)
    x = rng.uniform(1, 10, size=(n, m)).round(1)
    dm = DecisionMatrix.build([f"a{i}" for i in range(n)], [f"c{j}" for j in range(m)], x,
                              rng.choice(["benefit", "cost"], size=m).tolist())
    options = {"functions": "linear", "q": 0.5, "p": 3.0} if method == "promethee" else {}
    r = rank_alternatives(dm, rng.dirichlet(np.ones(m)), method=method, samples=60, rng=seed,
                          **options).robustness
    assert sorted(r.rank.tolist()) == list(range(1, n + 1))
    assert np.all(r.rank_low <= r.rank) and np.all(r.rank <= r.rank_high)
    np.testing.assert_allclose(r.acceptability_matrix.sum(axis=1), 1.0)
    np.testing.assert_allclose(r.acceptability_matrix.sum(axis=0), 1.0)


@given(st.integers(3, 12), st.integers(2, 5), st.integers(0, 10_000))
@settings(max_examples=30, deadline=None)
def test_weight_swap_closed_form_ties_the_pair(n: int, m: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1, size=(n, m))
    dm = DecisionMatrix.build([f"a{i}" for i in range(n)], [f"c{j}" for j in range(m)], x)
    w = rng.dirichlet(np.ones(m))
    for method in ("wsm", "topsis"):
        s = swap_weights(dm, w, "a0", "a1", method=method)
        if s is None:
            continue
        assert abs(s.weights.sum() - 1) < 1e-9 and np.all(s.weights >= -1e-12)
        assert abs(np.abs(s.weights - w).sum() - s.change) < 1e-9
        r = rank_alternatives(dm, s.weights, method=method, samples=0).robustness.scores
        assert abs(r[s.a] - r[s.b]) < 1e-6


def test_public_surface() -> None:
    import rancang.decision as dec

    assert sorted(dec.__all__) == sorted(set(dec.__all__))
    for name in dec.__all__:
        assert hasattr(dec, name), name
