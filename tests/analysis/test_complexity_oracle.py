"""Our complexity measures against ecomplexity 0.5.3 (Growth Lab), the dev-only oracle."""

import contextlib
import io
import warnings

import numpy as np
import pytest

from rancang.analysis import economic_complexity

ecomplexity = pytest.importorskip("ecomplexity")
pd = pytest.importorskip("pandas")

COLS = {"time": "year", "loc": "loc", "prod": "prod", "val": "val"}


def _oracle(x: np.ndarray, **kwargs) -> "pd.DataFrame":
    r, i, t = x.shape
    frame = pd.DataFrame({
        "year": np.repeat(np.arange(t), r * i),
        "loc": np.tile(np.repeat([f"c{k:03d}" for k in range(r)], i), t),
        "prod": np.tile([f"p{k:03d}" for k in range(i)], r * t),
        "val": x.transpose(2, 0, 1).reshape(-1),
    })
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        out = ecomplexity.ecomplexity(frame, COLS, verbose=False, **kwargs)
    return out.sort_values(["year", "loc", "prod"]).reset_index(drop=True)


def _ours_long(res, r: int, i: int, t: int) -> dict[str, np.ndarray]:
    """Our arrays laid out as the oracle's rows (year, region, industry)."""
    def cell(a):
        return a.transpose(2, 0, 1).reshape(-1).astype(np.float64)

    return {
        "rca": cell(res.rca), "mcp": cell(res.mcp), "density": cell(res.density),
        "cog": cell(res.cog),
        "eci": np.repeat(res.eci.T, i, axis=1).reshape(-1),
        "diversity": np.repeat(res.diversity.T, i, axis=1).reshape(-1),
        "coi": np.repeat(res.coi.T, i, axis=1).reshape(-1),
        "pci": np.tile(res.pci.T[:, None, :], (1, r, 1)).reshape(-1),
        "ubiquity": np.tile(res.ubiquity.T[:, None, :], (1, r, 1)).reshape(-1),
    }


def _panel(seed: int, r: int = 45, i: int = 28, t: int = 3, zeros: float = 0.3):
    rng = np.random.default_rng(seed)
    x = rng.lognormal(2.0, 1.5, (r, i, t))
    x[rng.random(x.shape) < zeros] = 0.0
    return x


def _compare(x, res, oracle, names=("rca", "mcp", "density", "cog", "eci", "diversity",
                                    "coi", "pci", "ubiquity")):
    r, i, t = x.shape
    ours = _ours_long(res, r, i, t)
    for name in names:
        theirs = oracle[name].to_numpy(dtype=np.float64)
        defined = ~np.isnan(theirs)
        assert defined.mean() > 0.8, name
        np.testing.assert_allclose(ours[name][defined], theirs[defined], rtol=0, atol=1e-9,
                                   err_msg=name)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_same_numbers_as_ecomplexity(seed):
    x = _panel(seed)
    _compare(x, economic_complexity(x), _oracle(x))


def test_zero_region_and_zero_industry_are_set_aside_as_ecomplexity_does():
    x = _panel(7, t=3)
    x[4, :, 1] = 0.0  # a region without data in one year
    x[:, 9, 2] = 0.0  # an industry without data in another
    res = economic_complexity(x)
    oracle = _oracle(x)
    _compare(x, res, oracle)
    # the cells ecomplexity leaves out are nan in ours too (mcp: False)
    assert np.isnan(res.rca[4, :, 1]).all() and not res.mcp[4, :, 1].any()
    assert np.isnan(res.pci[9, 2]) and np.isnan(res.density[:, 9, 2]).all()
    # the region's ECI is still defined in the other years
    assert np.isfinite(res.eci[4, [0, 2]]).all()


def test_threshold_and_manual_presence_as_ecomplexity():
    x = _panel(3, r=40, i=25, t=2)
    _compare(x, economic_complexity(x, threshold=0.8), _oracle(x, rca_mcp_threshold=0.8))
    m = (np.random.default_rng(5).random((30, 20, 2)) < 0.4).astype(float)
    res = economic_complexity(m, presence="manual")
    _compare(m, res, _oracle(m, presence_test="manual"),
             names=("mcp", "density", "cog", "eci", "pci", "coi", "diversity", "ubiquity"))


def _oracle_proximity(x: np.ndarray, **kwargs) -> np.ndarray:
    """ecomplexity.proximity as an (I, I, T) array (its rows: year, prod_1, prod_2).

    Industries ecomplexity leaves out of a year (zero total) are nan.
    """
    r, i, t = x.shape
    frame = pd.DataFrame({
        "year": np.repeat(np.arange(t), r * i),
        "loc": np.tile(np.repeat([f"c{k:03d}" for k in range(r)], i), t),
        "prod": np.tile([f"p{k:03d}" for k in range(i)], r * t),
        "val": x.transpose(2, 0, 1).reshape(-1),
    })
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        out = ecomplexity.proximity(frame, COLS, **kwargs)
    full = np.full((i, i, t), np.nan)
    p1 = out["prod_1"].str.slice(1).astype(int).to_numpy()
    p2 = out["prod_2"].str.slice(1).astype(int).to_numpy()
    full[p1, p2, out["year"].to_numpy(dtype=int)] = out["proximity"].to_numpy(np.float64)
    return full


@pytest.mark.parametrize(("seed", "kwargs"), [(0, {}), (4, {"rca_mcp_threshold": 0.8})])
def test_same_proximity_as_ecomplexity(seed, kwargs):
    # ecomplexity.proximity: phi_pq = sum_c M_cp M_cq / max(k_p, k_q) (Hidalgo et al. 2007)
    x = _panel(seed)
    threshold = kwargs.get("rca_mcp_threshold", 1.0)
    ours = economic_complexity(x, threshold=threshold).proximity
    theirs = _oracle_proximity(x, **kwargs)
    assert theirs.shape == ours.shape
    defined = ~np.isnan(theirs)
    assert defined.mean() > 0.95
    np.testing.assert_allclose(ours[defined], theirs[defined], rtol=0, atol=1e-12)
    off = ~np.eye(x.shape[1], dtype=bool)
    assert (ours[off] > 0).any() and (ours[off] < 1).any()  # not a trivial 0/1 matrix


def test_sparse_path_gives_ecomplexity_numbers():
    # the sparse branch of economic_complexity (one CSR matrix per year) against the oracle
    import scipy.sparse as sp

    x = _panel(5, zeros=0.6)
    x[:, 7, 1] = 0.0  # an industry without data in one year
    res = economic_complexity([sp.csr_array(x[:, :, t]) for t in range(x.shape[2])])
    _compare(x, res, _oracle(x))
    defined = ~np.isnan(theirs := _oracle_proximity(x))
    np.testing.assert_allclose(res.proximity[defined], theirs[defined], rtol=0, atol=1e-12)
