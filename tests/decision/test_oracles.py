"""Our methods against pymcdm 1.4.0 and AHPy 2.1 (dev-only oracles) on random inputs."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from rancang.decision import (
    ahp_priorities,
    critic_weights,
    entropy_weights,
    promethee_ii,
    topsis,
    vikor,
    wpm,
    wsm,
)

pymcdm = pytest.importorskip("pymcdm")
from pymcdm import methods as pm  # noqa: E402
from pymcdm import normalizations as pn  # noqa: E402
from pymcdm import weights as pw  # noqa: E402


def _case(seed: int, n: int = 30, m: int = 5):
    rng = np.random.default_rng(seed)
    x = rng.uniform(1, 100, size=(n, m))
    w = rng.dirichlet(np.ones(m))
    types = rng.choice([1, -1], size=m)
    types[0] = 1
    d = ["benefit" if t == 1 else "cost" for t in types]
    return x, w, types, d


@pytest.mark.parametrize("seed", range(5))
def test_topsis_vs_pymcdm(seed: int) -> None:
    x, w, t, d = _case(seed)
    np.testing.assert_allclose(topsis(x, w, d, normalization="minmax"),
                               pm.TOPSIS(pn.minmax_normalization)(x, w, t), atol=1e-10)
    np.testing.assert_allclose(topsis(x, w, d, normalization="vector"),
                               pm.TOPSIS(pn.vector_normalization)(x, w, t), atol=1e-10)


@pytest.mark.parametrize("seed", range(5))
def test_vikor_vs_pymcdm(seed: int) -> None:
    x, w, t, d = _case(seed)
    np.testing.assert_allclose(vikor(x, w, d, v=0.5).q, pm.VIKOR(v=0.5)(x, w, t), atol=1e-10)


@pytest.mark.parametrize("seed", range(5))
def test_wsm_wpm_vs_pymcdm(seed: int) -> None:
    x, w, t, d = _case(seed)
    np.testing.assert_allclose(wsm(x, w, d, normalization="sum"),
                               pm.WSM(pn.sum_normalization)(x, w, t), atol=1e-10)
    np.testing.assert_allclose(wsm(x, w, d, normalization="minmax"),
                               pm.WSM(pn.minmax_normalization)(x, w, t), atol=1e-10)
    # pymcdm's max normalisation of a cost column is 1 - x/max (can be 0), ours min/x:
    # compare on benefit criteria only.
    ones = np.ones_like(t)
    np.testing.assert_allclose(wpm(x, w, normalization="max"),
                               pm.WPM(pn.max_normalization)(x, w, ones), rtol=1e-10)


@pytest.mark.parametrize("kind,mine", [("usual", "usual"), ("ushape", "u-shape"),
                                       ("vshape", "v-shape"), ("level", "level"),
                                       ("vshape_2", "linear")])
@pytest.mark.parametrize("seed", range(3))
def test_promethee_vs_pymcdm(kind: str, mine: str, seed: int) -> None:
    x, w, t, d = _case(seed, n=60)
    x = np.round(x)  # ties on purpose
    q = np.full(5, 5.0)
    p = np.full(5, 20.0)
    theirs = pm.PROMETHEE_II(kind, p=p, q=q)(x, w, t)
    ours = promethee_ii(x, w, d, functions=mine, q=q, p=p).net
    np.testing.assert_allclose(ours, theirs, atol=1e-10)


@pytest.mark.parametrize("n", [200, 2500])  # direct blocks; fast Gauss transform
def test_promethee_gaussian_vs_brute_force(n: int) -> None:
    from tests.decision.test_published import brute_promethee

    x, w, _, d = _case(7, n=n)
    x = np.round(x, 1)  # ties
    f = ["gaussian"] * 5
    s = [3.0, 10.0, 30.0, 0.5, 100.0]
    ours = promethee_ii(x, w, d, functions=f, s=s, budget=5000).net
    np.testing.assert_allclose(ours, brute_promethee(x, w, d, f, [0] * 5, [0] * 5, s),
                               atol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_objective_weights_vs_pymcdm(seed: int) -> None:
    x, _, t, d = _case(seed)
    np.testing.assert_allclose(entropy_weights(x), pw.entropy_weights(x), atol=1e-10)
    ones = np.ones_like(t)
    np.testing.assert_allclose(critic_weights(x), pw.critic_weights(x, ones), atol=1e-10)
    # a cost criterion is the benefit criterion of the negated column (Diakoulaki 1995)
    flipped = np.where(t == 1, x, -x)
    np.testing.assert_allclose(critic_weights(x, d), critic_weights(flipped), atol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_ahp_vs_ahpy(seed: int) -> None:
    ahpy = pytest.importorskip("ahpy")
    rng = np.random.default_rng(seed)
    n = 5
    scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9]
    names = [f"c{i}" for i in range(n)]
    a = np.ones((n, n))
    comps = {}
    for i in range(n):
        for j in range(i + 1, n):
            v = float(rng.choice(scale))
            a[i, j], a[j, i] = v, 1 / v
            comps[(names[i], names[j])] = v
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = ahpy.Compare("x", comps, precision=10, random_index="saaty")
    ours = ahp_priorities(a)
    np.testing.assert_allclose([c.local_weights[k] for k in names], ours.weights, atol=1e-6)
    # AHPy's 'saaty' table is Saaty's later one (RI(5) = 1.11, ours 1.12): compare CI.
    assert c.consistency_ratio * 1.11 == pytest.approx(ours.ci, abs=1e-6)
