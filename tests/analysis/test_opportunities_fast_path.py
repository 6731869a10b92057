"""The fast paths of the opportunities (issue 11 §2) against the reference ones.

``ranks_of_cells`` (sort each row by value, search a few cells' keys) must give the ranks
of a stable argsort of every row; ``opportunities(intervals_top=k)`` must give the top
cells exactly the intervals of the full computation, and no interval elsewhere.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis import opportunities
from rancang.analysis.opportunities import ranks_of_cells


def _reference_ranks(keys: np.ndarray) -> np.ndarray:
    order = np.argsort(keys, axis=-1, kind="stable")
    ranks = np.empty(keys.shape, dtype=np.int64)
    np.put_along_axis(ranks, order, np.arange(1, keys.shape[1] + 1)[None, :], axis=-1)
    return ranks


@settings(max_examples=200, deadline=None)
@given(
    keys=st.integers(1, 12).flatmap(lambda i: arrays(
        np.uint16, st.tuples(st.integers(1, 6), st.just(i)),
        elements=st.integers(0, 65535) | st.integers(0, 3))),  # many ties as well
    data=st.data(),
)
def test_ranks_of_cells_are_the_stable_argsort_ranks(keys, data):
    rows = np.repeat(np.arange(keys.shape[0]), keys.shape[1])
    cols = np.tile(np.arange(keys.shape[1]), keys.shape[0])
    pick = data.draw(st.lists(st.integers(0, rows.size - 1), min_size=1, max_size=20))
    got = ranks_of_cells(keys, rows[pick], cols[pick])
    np.testing.assert_array_equal(got, _reference_ranks(keys)[rows[pick], cols[pick]])


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), top=st.integers(1, 8),
       shape=st.tuples(st.integers(3, 25), st.integers(4, 20), st.integers(1, 2)))
def test_top_intervals_equal_the_full_computation(seed, top, shape):
    rng = np.random.default_rng(seed)
    x = rng.lognormal(1.0, 1.5, shape)
    x[rng.random(shape) < 0.3] = 0.0
    x[:, 0, :] += 1.0  # every region has a total
    x[0, :, :] += 1.0  # every industry has a total
    full = opportunities(x, n_samples=12, seed=seed % 97)
    fast = opportunities(x, n_samples=12, seed=seed % 97, intervals_top=top)
    shown = (full.rank > 0) & (full.rank <= top)
    np.testing.assert_array_equal(fast.rank, full.rank)
    np.testing.assert_array_equal(fast.rank_low[shown], full.rank_low[shown])
    np.testing.assert_array_equal(fast.rank_high[shown], full.rank_high[shown])
    assert (fast.rank_low[~shown] == 0).all() and (fast.rank_high[~shown] == 0).all()


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**31 - 1),
       shape=st.tuples(st.integers(2, 15), st.integers(2, 12), st.integers(1, 3)))
def test_normalized32_is_the_reference_normalisation_in_float32(seed, shape):
    from rancang.analysis.complexity import economic_complexity
    from rancang.analysis.opportunities import _normalized, _normalized32

    rng = np.random.default_rng(seed)
    x = rng.lognormal(0.0, 2.0, shape)
    x[rng.random(shape) < 0.4] = 0.0
    res = economic_complexity(x)
    candidate = ~res.mcp & ~np.isnan(res.density) & ~np.isnan(res.pci)[None]
    names = ["density", "cog", "pci"]
    ref = _normalized(res, candidate)
    want = np.stack([ref[k] for k in names]).astype(np.float32).reshape(3, -1, shape[1])
    np.testing.assert_array_equal(_normalized32(res, candidate, names), want)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), top=st.sampled_from([None, 1, 5]),
       samples=st.integers(10, 30),
       shape=st.tuples(st.integers(3, 25), st.integers(4, 20), st.integers(1, 2)))
def test_threads_give_the_numbers_of_one_thread(seed, top, samples, shape):
    """The rank intervals on two threads (the other thresholds' measures and the draws
    side by side, BLAS on one thread each) equal the serial computation exactly."""
    rng = np.random.default_rng(seed)
    x = rng.lognormal(1.0, 1.5, shape)
    x[rng.random(shape) < 0.3] = 0.0
    x[:, 0, :] += 1.0
    x[0, :, :] += 1.0
    one = opportunities(x, n_samples=samples, seed=seed % 97, intervals_top=top,
                        drivers_top=top, workers=0)
    two = opportunities(x, n_samples=samples, seed=seed % 97, intervals_top=top,
                        drivers_top=top, workers=2)
    for name in ("rank", "rank_low", "rank_high", "drivers"):
        np.testing.assert_array_equal(getattr(two, name), getattr(one, name))
    np.testing.assert_array_equal(two.score, one.score)
