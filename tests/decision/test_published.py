"""Decision methods against published examples."""

from __future__ import annotations

import numpy as np
import pytest

from rancang.decision import ahp_priorities, promethee_ii, topsis, vikor, worst_judgments

# the assertions read the English messages
pytestmark = pytest.mark.usefixtures("english")


def _pref(kind: str, d: np.ndarray, q: float, p: float, s: float) -> np.ndarray:
    """The textbook preference functions on an n x n difference matrix."""
    if kind == "usual":
        return (d > 0).astype(float)
    if kind == "u-shape":
        return (d > q).astype(float)
    if kind == "v-shape":
        return np.where(d <= 0, 0.0, np.minimum(d / p, 1.0))
    if kind == "level":
        return np.where(d <= q, 0.0, np.where(d <= p, 0.5, 1.0))
    if kind == "linear":
        return np.clip((d - q) / (p - q), 0.0, 1.0)
    return np.where(d <= 0, 0.0, 1 - np.exp(-d * d / (2 * s * s)))


def brute_promethee(x, w, d, f, q, p, s) -> np.ndarray:  # type: ignore[no-untyped-def]
    """O(n^2) PROMETHEE II net flows, straight from the definition."""
    n = len(x)
    pi = np.zeros((n, n))
    for j in range(x.shape[1]):
        g = -x[:, j] if d[j] == "cost" else x[:, j]
        pi += w[j] * _pref(f[j], g[:, None] - g[None, :], q[j], p[j], s[j])
    return (pi.sum(axis=1) - pi.sum(axis=0)) / (n - 1)


# Saaty (1990), "How to make a decision: the AHP", EJOR 48, 9-26: the house example
# (criteria matrix with published priorities, lambda_max 9.669, CI 0.238, CR 0.169).
HOUSE = [
    [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
    [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
    [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
    [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
    [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
    [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
    [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
    [4, 7, 5, 8, 6, 6, 2, 1],
]
HOUSE_PRIORITIES = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]

def test_saaty_house_example() -> None:
    r = ahp_priorities(HOUSE)
    np.testing.assert_allclose(r.weights, HOUSE_PRIORITIES, atol=6e-4)
    assert r.lambda_max == pytest.approx(9.669, abs=6e-4)
    assert r.ci == pytest.approx(0.238, abs=6e-4)
    assert r.cr == pytest.approx(0.169, abs=6e-4)


def test_worst_judgment_contributions_sum_to_lambda_excess() -> None:
    r = ahp_priorities(HOUSE)
    assert r.contributions.sum() == pytest.approx(r.lambda_max - 8)
    j = worst_judgments(r, top=1)[0]
    # the largest eps = a_ij w_j / w_i deviation is the judgment flagged first
    eps = np.array(HOUSE) * r.weights[None, :] / r.weights[:, None]
    k = np.abs(np.log(eps))[np.triu_indices(8, 1)].argmax()
    i, jj = (x[k] for x in np.triu_indices(8, 1))
    assert (j.i, j.j) == (i, jj)


def test_harker_incomplete_recovers_consistent_matrix() -> None:
    w = np.array([0.4, 0.3, 0.2, 0.1])
    a = w[:, None] / w[None, :]
    a[0, 3] = a[3, 0] = np.nan
    a[1, 2] = a[2, 1] = np.nan
    r = ahp_priorities(a)
    np.testing.assert_allclose(r.weights, w, atol=1e-12)
    assert r.cr == pytest.approx(0.0, abs=1e-12)
    assert r.missing == 2


def test_disconnected_comparisons_refused() -> None:
    a = np.full((4, 4), np.nan)
    np.fill_diagonal(a, 1)
    a[0, 1], a[1, 0], a[2, 3], a[3, 2] = 2, 0.5, 3, 1 / 3
    with pytest.raises(ValueError, match="connect"):
        ahp_priorities(a)


def test_hwang_yoon_topsis_fighter_example() -> None:
    # Hwang & Yoon (1981), pp. 128-134: C* = 0.643, 0.268, 0.613, 0.312 (rounded steps).
    x = [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
         [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]]
    d = ["benefit"] * 3 + ["cost"] + ["benefit"] * 2
    c = topsis(x, [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], d)
    np.testing.assert_allclose(c, [0.643, 0.268, 0.613, 0.312], atol=1e-3)


def test_vikor_conditions_by_hand() -> None:
    # Opricovic & Tzeng (2004) define DQ = 1/(J-1); here J = 3 so DQ = 0.5.
    r = vikor([[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]], [0.6, 0.4])
    np.testing.assert_allclose(r.s, [0.3, 0.2, 1.0])
    np.testing.assert_allclose(r.r, [0.3, 0.2, 0.6])
    np.testing.assert_allclose(r.q, [0.1875, 0.0, 1.0])
    assert not r.advantage and r.stability
    assert r.compromise == (1, 0)


def test_vikor_against_jmcdm_published_test_values() -> None:
    # The 4 x 8 example of the Julia package JMcDM (its VIKOR test set, v = 0.5): published
    # Q = 0.74, 0.73, 1.0, 0.0 (to 0.01) and the fourth alternative best.
    w = [0.110, 0.035, 0.379, 0.384, 0.002, 0.002, 0.010, 0.077]
    a = [[100, 92, 10, 2, 80, 70, 95, 80], [80, 70, 8, 4, 100, 80, 80, 90],
         [90, 85, 5, 0, 75, 95, 70, 70], [70, 88, 20, 18, 60, 90, 95, 85]]
    r = vikor(a, w, v=0.5)
    np.testing.assert_allclose(r.q, [0.74, 0.73, 1.0, 0.0], atol=0.01)
    assert int(np.argmin(r.q)) == 3


# Papathanasiou, J. & Ploskas, N. (2018). Multiple Criteria Decision Aid: Methods, Examples
# and Python Implementations. Springer Optimization and Its Applications 136: the same
# 6 alternatives x 4 benefit criteria, weights (0.4, 0.3, 0.1, 0.2), in the VIKOR chapter
# (pp. 31-55, v = 0.625) and the PROMETHEE chapter (pp. 57-89, linear preference, q=1, p=2).
PLOSKAS_X = [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7],
             [6, 9, 5, 4]]
PLOSKAS_W = [0.4, 0.3, 0.1, 0.2]


def test_topsis_ersoy_equipment_selection() -> None:
    # Ersoy, Y. (2021). Equipment selection for an e-commerce company using entropy-based
    # TOPSIS, EDAS and CODAS methods during the COVID-19. LogForum 17(3): published closeness
    # 0.308, 0.254, 0.327, 0.263, 0.857, 0.192 (vector normalisation, last two criteria costs).
    x = [[256, 8, 41, 1.6, 1.77, 7347.16], [256, 8, 32, 1.0, 1.8, 6919.99],
         [256, 8, 53, 1.6, 1.9, 8400], [256, 8, 41, 1.0, 1.75, 6808.9],
         [512, 8, 35, 1.6, 1.7, 8479.99], [256, 4, 35, 1.6, 1.7, 7499.99]]
    w = [0.405, 0.221, 0.134, 0.199, 0.007, 0.034]
    c = topsis(x, w, ["benefit"] * 4 + ["cost"] * 2, normalization="vector")
    np.testing.assert_allclose(c, [0.308, 0.254, 0.327, 0.263, 0.857, 0.192], atol=1.5e-3)


def test_vikor_papathanasiou_ploskas_example() -> None:
    r = vikor(PLOSKAS_X, PLOSKAS_W, v=0.625)
    np.testing.assert_allclose(r.q, [0.640, 1.000, 0.693, 0.271, 0.000, 0.694], atol=5e-4)


def test_promethee_papathanasiou_ploskas_example() -> None:
    r = promethee_ii(PLOSKAS_X, PLOSKAS_W, functions=["linear"] * 4, q=[1] * 4, p=[2] * 4)
    np.testing.assert_allclose(r.net, [-0.26, -0.52, -0.22, 0.36, 0.70, -0.06], atol=5e-3)


def test_promethee_pymcdm_documented_example() -> None:
    # pymcdm's documentation example for PROMETHEE_II('usual'): [0.1, -0.3, 0.2]
    r = promethee_ii([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2])
    np.testing.assert_allclose(r.net, [0.1, -0.3, 0.2], atol=1e-12)


def test_promethee_brans_vincke_mareschal_plant_location() -> None:
    # Brans, Vincke & Mareschal (1986) six-site example, equal weights, one preference
    # function of each type. Checked against a brute-force pairwise evaluation.
    x = np.array([[80, 90, 600, 5.4, 8, 5], [65, 58, 200, 9.7, 1, 1],
                  [83, 60, 400, 7.2, 4, 7], [40, 80, 1000, 7.5, 7, 10],
                  [52, 72, 600, 2.0, 3, 8], [94, 96, 700, 3.6, 5, 6]], dtype=float)
    d = ["cost", "benefit", "cost", "cost", "cost", "benefit"]
    f = ["u-shape", "v-shape", "linear", "level", "usual", "gaussian"]
    q, p, s = [10, 0, 50, 1, 0, 0], [0, 30, 500, 6, 0, 0], [0, 0, 0, 0, 0, 5]
    r = promethee_ii(x, np.ones(6) / 6, d, functions=f, q=q, p=p, s=s)
    np.testing.assert_allclose(r.net, brute_promethee(x, np.ones(6) / 6, d, f, q, p, s),
                               atol=1e-12)
    assert int(np.argmax(r.net)) == 4  # a5 is the best site
