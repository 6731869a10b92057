"""The lean re-runs of the opportunities' rank intervals (issue 11 §2) against the
reference computations they replace.

``criteria_at_threshold`` takes presence again from a result's RCA instead of running
:func:`economic_complexity` at another threshold: density, COG and PCI must be the very
same numbers. ``_normalized`` scales the criteria without masked reductions: it must give
the numbers of ``normalize_criteria`` on the criteria with non-candidates set to nan.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang.analysis import economic_complexity, normalize_criteria
from rancang.analysis.complexity import criteria_at_threshold
from rancang.analysis.opportunities import _normalized


def _panel(seed: int, shape: tuple[int, int, int]) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = rng.lognormal(0.5, 1.5, shape)
    x[rng.random(shape) < 0.35] = 0.0
    if shape[0] > 3 and rng.random() < 0.5:
        x[1] = 0.0  # a region without total: set aside in every year
    if shape[1] > 3 and rng.random() < 0.5:
        x[:, 2, 0] = 0.0  # an industry without total in the first year
    return x


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1),
       shape=st.tuples(st.integers(2, 30), st.integers(2, 25), st.integers(1, 3)),
       threshold=st.sampled_from([0.5, 0.8, 1.0, 1.25, 2.0]))
def test_criteria_at_threshold_are_those_of_a_full_run(seed, shape, threshold):
    x = _panel(seed, shape)
    base = economic_complexity(x)
    want = economic_complexity(x, threshold=threshold)
    dens, cog, pci = criteria_at_threshold(base.rca, threshold)
    np.testing.assert_array_equal(dens, want.density)
    np.testing.assert_array_equal(cog, want.cog)
    np.testing.assert_array_equal(pci, want.pci)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1),
       shape=st.tuples(st.integers(2, 30), st.integers(2, 25), st.integers(1, 3)))
def test_normalized_is_normalize_criteria_on_the_candidates(seed, shape):
    x = _panel(seed, shape)
    res = economic_complexity(x, threshold=1.25)
    candidate = ~res.mcp & ~np.isnan(res.density) & ~np.isnan(res.pci)[None]
    cand = np.moveaxis(candidate, 1, 2)
    crit = {"density": res.density, "cog": res.cog,
            "pci": np.broadcast_to(res.pci[None], res.density.shape)}
    want = normalize_criteria(
        {k: np.where(cand, np.moveaxis(v, 1, 2), np.nan) for k, v in crit.items()})
    got = _normalized(res, candidate)
    for name in crit:
        np.testing.assert_array_equal(got[name], want[name], err_msg=name)
