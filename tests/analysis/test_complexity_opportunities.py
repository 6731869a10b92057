"""Diversification opportunities: candidates, scores, ranks, intervals, drivers."""

import numpy as np
import pytest

from rancang.analysis import economic_complexity, opportunities, opportunity_drivers

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(scope="module")
def panel():
    rng = np.random.default_rng(11)
    x = rng.lognormal(2.0, 1.2, (40, 30, 3))
    x[rng.random(x.shape) < 0.2] = 0.0
    return x


@pytest.fixture(scope="module")
def result(panel):
    return opportunities(panel, n_samples=40, years=[0, 2])


def test_candidates_are_the_absent_industries(panel, result):
    base = economic_complexity(panel)
    assert result.year_index == (0, 2)
    np.testing.assert_array_equal(result.candidate, ~base.mcp[:, :, [0, 2]])
    assert np.isnan(result.score[~result.candidate]).all()
    assert (result.rank[~result.candidate] == 0).all()


def test_ranks_are_a_permutation_within_each_region_and_year(result):
    for c in range(result.rank.shape[0]):
        for t in range(result.rank.shape[2]):
            cand = result.candidate[c, :, t]
            ranks = np.sort(result.rank[c, cand, t])
            assert ranks.tolist() == list(range(1, cand.sum() + 1))
            order = np.argsort(result.rank[c, cand, t])
            assert np.all(np.diff(result.score[c, cand, t][order]) <= 1e-12)


def test_intervals_contain_the_rank_and_contributions_add_up(result):
    cand = result.candidate
    assert (result.rank_low[cand] <= result.rank[cand]).all()
    assert (result.rank[cand] <= result.rank_high[cand]).all()
    assert (result.rank_low[cand] >= 1).all()
    total = sum(result.contributions.values())
    np.testing.assert_allclose(total[cand], result.score[cand])
    assert result.thresholds == (0.8, 1.0, 1.25)
    # the intervals do move: thresholds and weights change some ranks
    assert (result.rank_high[cand] > result.rank_low[cand]).any()


def test_density_only_ranks_by_density(panel):
    res = opportunities(panel, weights={"density": 1}, n_samples=0)
    base = economic_complexity(panel)
    c = 3
    cand = res.candidate[c, :, 0]
    dens = base.density[c, cand, -1]
    by_rank = dens[np.argsort(res.rank[c, cand, 0])]
    assert np.all(np.diff(by_rank) <= 1e-12)
    assert (res.rank_low == res.rank).all() and (res.rank_high == res.rank).all()


def test_drivers_are_present_neighbours_by_proximity(panel, result):
    base = economic_complexity(panel)
    mcp, phi = base.mcp[:, :, 2], base.proximity[:, :, 2]
    c, p = np.argwhere(result.candidate[:, :, 1])[5]
    idx = result.drivers[c, p, 1]
    assert (idx >= 0).all() and mcp[c, idx].all()
    np.testing.assert_allclose(result.driver_proximity[c, p, 1], phi[p, idx])
    present = np.flatnonzero(mcp[c])
    best = np.sort(phi[p, present])[::-1][:3]
    np.testing.assert_allclose(result.driver_proximity[c, p, 1], best)


def test_drivers_look_beyond_the_window():
    rng = np.random.default_rng(2)
    phi = rng.random((40, 40))
    phi = (phi + phi.T) / 2
    np.fill_diagonal(phi, 1)
    mcp = np.zeros((1, 40), dtype=bool)
    far = np.argsort(phi[0])[:2]  # the two least proximate industries are the only ones
    mcp[0, far] = True
    idx, prox = opportunity_drivers(mcp, phi, np.array([[0, 0]]), k=3, window=4)
    assert set(idx[0, :2]) == set(far) and idx[0, 2] == -1 and np.isnan(prox[0, 2])


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [({"weights": {"size": 1}}, "unknown"), ({"weights": {"density": -1}}, "negative"),
     ({"years": [5]}, "year")],
)
def test_bad_options(panel, kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        opportunities(panel, n_samples=0, **kwargs)


def test_sparse_input_gives_the_dense_opportunities(panel):
    import scipy.sparse as sp

    x = panel.copy()
    x[np.random.default_rng(5).random(x.shape) < 0.5] = 0.0
    x[:, 4, 1] = 0.0  # an industry without data in one year
    fields = ("candidate", "score", "rank", "rank_low", "rank_high", "drivers",
              "driver_proximity")
    dense_all = opportunities(x, n_samples=24, years=[0, 1, 2])
    listed = opportunities([sp.csr_array(x[:, :, t]) for t in range(3)], n_samples=24,
                           years=[0, 1, 2])
    dense_one = opportunities(x[:, :, 1], n_samples=24)
    one = opportunities(sp.csr_matrix(x[:, :, 1]), n_samples=24)
    for name in fields:
        np.testing.assert_allclose(getattr(listed, name), getattr(dense_all, name),
                                   atol=1e-12, err_msg=name)
        np.testing.assert_allclose(getattr(one, name), getattr(dense_one, name),
                                   atol=1e-12, err_msg=name)
    for k in dense_all.contributions:
        np.testing.assert_allclose(listed.contributions[k], dense_all.contributions[k],
                                   atol=1e-12, err_msg=k)
    assert listed.year_index == (0, 1, 2) and one.year_index == (0,)
