"""Complexity measures: a worked example, properties, sparse input, bad input."""

import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis import (
    economic_complexity,
    proximity,
    revealed_comparative_advantage,
)

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")

# A nested 3 x 3 economy: region 0 does all three industries, region 1 the first two,
# region 2 only the first (Hidalgo & Hausmann 2009's nestedness, smallest case).
NESTED = np.array([[1.0, 1, 1], [1, 1, 0], [1, 0, 0]])


def test_nested_example_worked_by_hand():
    res = economic_complexity(NESTED, presence="manual")
    # diversity and ubiquity
    assert res.diversity[:, 0].tolist() == [3, 2, 1]
    assert res.ubiquity[:, 0].tolist() == [3, 2, 1]
    # co-occurrences [[3,2,1],[2,2,1],[1,1,1]] / max(k_p, k_q)
    np.testing.assert_allclose(res.proximity[:, :, 0],
                               [[1, 2 / 3, 1 / 3], [2 / 3, 1, 1 / 2], [1 / 3, 1 / 2, 1]])
    # M~ = [[11/18, 5/18, 1/9], [5/12, 5/12, 1/6], [1/3, 1/3, 1/3]] has eigenvalues
    # 1, 1/4, 1/9; the eigenvector of 1/4 is K = (-2, 1, 4)/sqrt(21). ECI before
    # standardising = mean K of the region's industries = (1, -1/2, -2)/sqrt(21), so
    # ECI = (sqrt(1.5), 0, -sqrt(1.5)) and PCI = (K - mean)/sd = (-1.5, 1.5, 4.5)/sqrt(1.5).
    s = np.sqrt(1.5)
    np.testing.assert_allclose(res.eci[:, 0], [s, 0, -s], atol=1e-12)
    np.testing.assert_allclose(res.pci[:, 0], np.array([-1.5, 1.5, 4.5]) / s, atol=1e-12)
    # density of region 2 in industry 1: phi_01 / (phi_10 + phi_11 + phi_12) = 4/13
    assert res.density[2, 1, 0] == pytest.approx(4 / 13)
    assert res.density[2, 2, 0] == pytest.approx(2 / 11)
    assert res.distance[2, 2, 0] == pytest.approx(9 / 11)
    # COG of industry 2 for region 1: phi_22 K_2 / sum_r phi_2r / sd = 4 / (11/6) / sqrt(1.5)
    assert res.cog[1, 2, 0] == pytest.approx(24 / 11 / s)
    assert res.cog[2, 1, 0] == pytest.approx((6 / 13 + 12 / 11) / s)
    assert (res.cog[res.mcp] == 0).all()


def test_rca_is_the_lq_and_balassa():
    x = np.array([[1.0, 1.0], [0.0, 2.0]])
    # region 0: 1/2 of its output in industry 0, which is 1/4 of all output -> 2
    assert revealed_comparative_advantage(x)[0, 0] == 2.0


def _matrices():
    return arrays(np.float64, st.tuples(st.integers(3, 12), st.integers(3, 10)),
                  elements=st.one_of(st.just(0.0), st.floats(1e-3, 1e6)))


@settings(max_examples=60, deadline=None)
@given(_matrices())
def test_properties(x):
    res = economic_complexity(x)
    phi = res.proximity[:, :, 0]
    defined = ~np.isnan(phi)
    assert np.array_equal(defined, defined.T)
    np.testing.assert_array_equal(phi[defined], phi.T[defined])
    assert ((phi[defined] >= 0) & (phi[defined] <= 1)).all()
    d = res.density[~np.isnan(res.density)]
    assert ((d >= -1e-12) & (d <= 1 + 1e-12)).all()
    eci = res.eci[:, 0]
    if np.isfinite(eci).sum() >= 2 and np.nanstd(eci) > 0:
        assert np.nanmean(eci) == pytest.approx(0, abs=1e-9)
        assert np.nanstd(eci) == pytest.approx(1, abs=1e-9)
        # the standardisation keeps ECI = mean PCI of the region's industries
        m = res.mcp[:, :, 0]
        pci = np.nan_to_num(res.pci[:, 0])
        ok = np.isfinite(eci) & (m.sum(axis=1) > 0)
        mean_pci = (m @ pci)[ok] / m.sum(axis=1)[ok]
        np.testing.assert_allclose(eci[ok], mean_pci, atol=1e-8)
        # and positively correlated with diversity (the sign convention)
        div = res.diversity[ok, 0]
        if np.ptp(div) > 0 and np.ptp(eci[ok]) > 0:
            assert np.corrcoef(div, eci[ok])[0, 1] >= 0


def test_permuting_regions_and_industries_permutes_the_results():
    rng = np.random.default_rng(4)
    x = rng.lognormal(size=(25, 15, 2))
    pr, pi = rng.permutation(25), rng.permutation(15)
    a, b = economic_complexity(x), economic_complexity(x[pr][:, pi])
    np.testing.assert_allclose(b.eci, a.eci[pr], atol=1e-10)
    np.testing.assert_allclose(b.pci, a.pci[pi], atol=1e-10)
    np.testing.assert_allclose(b.cog, a.cog[pr][:, pi], atol=1e-10)


def test_sparse_input_gives_the_dense_results():
    rng = np.random.default_rng(9)
    x = rng.lognormal(size=(60, 30, 2))
    x[rng.random(x.shape) < 0.7] = 0.0
    x[:, 3, 1] = 0.0
    dense = economic_complexity(x)
    one = economic_complexity(sp.csr_array(x[:, :, 0]))
    both = economic_complexity([sp.csr_matrix(x[:, :, 0]), sp.coo_array(x[:, :, 1])])
    for name in ("rca", "mcp", "density", "cog", "eci", "pci", "coi", "proximity"):
        np.testing.assert_allclose(getattr(one, name)[..., 0], getattr(dense, name)[..., 0],
                                   atol=1e-10, err_msg=name)
        np.testing.assert_allclose(getattr(both, name), getattr(dense, name), atol=1e-10,
                                   err_msg=name)


def test_proximity_of_a_sparse_mcp():
    m = sp.csr_array(np.array([[1, 1], [1, 0], [0, 1]]))
    assert proximity(m).tolist() == [[1.0, 0.5], [0.5, 1.0]]


def test_few_industries_warning_and_threshold_above_one():
    rng = np.random.default_rng(0)
    res = economic_complexity(rng.lognormal(size=(20, 17, 1)), threshold=1.5)
    assert "few_industries" in res.warnings
    # some regions may have nothing above 1.5: their ECI is nan, the others are defined
    assert np.isfinite(res.eci).sum() >= 2
    assert np.nanstd(res.eci) == pytest.approx(1)
    big = economic_complexity(rng.lognormal(size=(20, 60, 1)))
    assert "few_industries" not in big.warnings


@pytest.mark.parametrize(
    ("x", "kwargs", "needle"),
    [
        (np.ones((3, 3)), {"threshold": 0}, "threshold"),
        (np.ones((3, 3)), {"threshold": np.nan}, "threshold"),
        (-np.ones((3, 3)), {}, "non-negative"),
        (np.ones(3), {}, "shape"),
        (np.full((3, 3), 2.0), {"presence": "manual"}, "0/1"),
        (np.ones((3, 3)), {"presence": "rpop"}, "presence"),
    ],
)
def test_bad_input(x, kwargs, needle):
    with pytest.raises(ValueError, match=needle):
        economic_complexity(x, **kwargs)
