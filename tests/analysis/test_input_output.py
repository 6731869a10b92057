"""Input-output methods against Miller and Blair's textbook examples and pymrio.

Source of the textbook numbers: Miller, R. E. and Blair, P. D. (2009), *Input-Output
Analysis: Foundations and Extensions*, 2nd ed., Cambridge University Press.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from rancang.analysis.input_output import (
    allocation_coefficients,
    closed_leontief_inverse,
    ghosh_inverse,
    hypothetical_extraction,
    import_dependence,
    key_sectors,
    leontief_inverse,
    linkages,
    output_multipliers,
    simple_multipliers,
    technical_coefficients,
    type_i_multipliers,
    type_ii_multipliers,
)

# Miller and Blair (2009), section 2.3, Table 2.3: two sectors.
Z = np.array([[150.0, 500.0], [200.0, 100.0]])
X = np.array([1000.0, 2000.0])
F = np.array([350.0, 1700.0])
# Section 2.5 (closing the model with respect to households): labour-income coefficients
# h_R = [0.3, 0.25] (household payments row of Table 2.3 divided by output), household
# consumption coefficients h_C = [0.05, 0.4] and h = 0.05.
H_ROW = np.array([0.3, 0.25])
H_COL = np.array([0.05, 0.4])


def test_mb_2_3_technical_coefficients():
    # M&B section 2.3: A = [[.15, .25], [.20, .05]]
    np.testing.assert_allclose(technical_coefficients(Z, X), [[0.15, 0.25], [0.20, 0.05]])


def test_mb_2_3_leontief_inverse():
    # M&B section 2.3: (I - A)^-1 = [[1.254, .330], [.264, 1.122]] (published to 3 places)
    l_inv = leontief_inverse(technical_coefficients(Z, X))
    np.testing.assert_allclose(l_inv, [[1.254, 0.330], [0.264, 1.122]], atol=5e-4)
    np.testing.assert_allclose(l_inv @ F, X)  # x = L f, the table reproduced


def test_mb_6_2_output_multipliers():
    # M&B section 6.2.1 (same example): simple output multipliers 1.518 and 1.452
    l_inv = leontief_inverse(technical_coefficients(Z, X))
    np.testing.assert_allclose(output_multipliers(l_inv), [1.518, 1.452], atol=5e-4)


def test_mb_2_5_closed_model_and_type_ii():
    # M&B section 2.5: the closed-model inverse of the two-sector example with households
    a = technical_coefficients(Z, X)
    closed = closed_leontief_inverse(a, H_ROW, H_COL, 0.05)
    np.testing.assert_allclose(
        closed, [[1.365, 0.425, 0.251], [0.527, 1.348, 0.595], [0.570, 0.489, 1.289]],
        atol=5e-4)
    out = type_ii_multipliers(a, H_ROW, H_COL, 0.05)
    np.testing.assert_allclose(out["output"], [1.892, 1.773], atol=1e-3)
    # type II income multipliers: l̄_{3j} / h_Rj
    np.testing.assert_allclose(out["income"], [0.570 / 0.3, 0.489 / 0.25], rtol=2e-3)


def test_mb_6_3_type_ii_over_type_i_income_ratio_is_constant():
    # M&B section 6.3: type II / type I income multiplier ratio is the same for all sectors
    a = technical_coefficients(Z, X)
    t1 = type_i_multipliers(H_ROW, leontief_inverse(a))
    t2 = type_ii_multipliers(a, H_ROW, H_COL, 0.05)["income"]
    np.testing.assert_allclose(t1, [1.474, 1.518], atol=5e-4)
    ratio = t2 / t1
    assert ratio[0] == pytest.approx(ratio[1], rel=1e-12)


def test_mb_12_ghosh_inverse_equals_similarity_transform_of_leontief():
    # M&B ch. 12: G = x̂^-1 L x̂
    b = allocation_coefficients(Z, X)
    np.testing.assert_allclose(b, [[0.15, 0.5], [0.1, 0.05]])
    l_inv = leontief_inverse(technical_coefficients(Z, X))
    np.testing.assert_allclose(ghosh_inverse(b), np.diag(1 / X) @ l_inv @ np.diag(X))


def test_missing_income_data_stays_nan_not_zero():
    l_inv = leontief_inverse(technical_coefficients(Z, X))
    assert np.isnan(simple_multipliers(np.full(2, np.nan), l_inv)).all()
    assert np.isnan(type_i_multipliers(np.array([0.0, 0.25]), l_inv))[0]


def test_key_sector_classification_and_linkages_average_one():
    rng = np.random.default_rng(3)
    a = rng.uniform(0, 0.2, (6, 6))
    x = rng.uniform(100, 200, 6)
    l_inv = leontief_inverse(a)
    g_inv = ghosh_inverse(allocation_coefficients(a * x, x))
    links = linkages(l_inv, g_inv)
    assert links["backward"].mean() == pytest.approx(1.0)
    assert links["forward"].mean() == pytest.approx(1.0)
    cls = key_sectors(links["backward"], links["forward"])
    assert set(cls) <= {"key", "backward", "forward", "weak"}
    assert ((cls == "key") == ((links["backward"] > 1) & (links["forward"] > 1))).all()


def _extraction_brute_force(a: np.ndarray, f: np.ndarray) -> np.ndarray:
    n = a.shape[0]
    total = np.linalg.solve(np.eye(n) - a, f).sum()
    out = []
    for j in range(n):
        keep = np.arange(n) != j
        xbar = np.linalg.solve(np.eye(n - 1) - a[np.ix_(keep, keep)], f[keep])
        out.append(total - xbar.sum())
    return np.array(out)


def test_hypothetical_extraction_closed_form_matches_brute_force():
    # M&B ch. 12 (complete extraction of row and column j and its final demand)
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 0.15, (7, 7))
    f = rng.uniform(10, 100, 7)
    l_inv = leontief_inverse(a)
    np.testing.assert_allclose(hypothetical_extraction(l_inv, l_inv @ f),
                               _extraction_brute_force(a, f), rtol=1e-10)


def test_import_dependence_is_import_multiplier():
    l_inv = leontief_inverse(technical_coefficients(Z, X))
    out = import_dependence(np.array([50.0, 300.0]), X, l_inv)
    np.testing.assert_allclose(out["direct"], [0.05, 0.15])
    np.testing.assert_allclose(out["total"], out["direct"] @ l_inv)


# ---------------------------------------------------------------- invariants (hypothesis)
def productive(n_max: int = 8):
    """Non-negative A with column sums in [0, 0.95)."""
    return st.integers(1, n_max).flatmap(
        lambda n: st.tuples(
            arrays(np.float64, (n, n), elements=st.floats(0, 1)),
            arrays(np.float64, (n,), elements=st.floats(0, 0.95)),
        )
    ).map(lambda t: t[0] / np.maximum(t[0].sum(axis=0), 1e-12) * t[1])


@settings(max_examples=60, deadline=None)
@given(productive())
def test_leontief_at_least_identity(a):
    l_inv = leontief_inverse(a)
    assert (l_inv >= np.eye(a.shape[0]) - 1e-9).all()
    assert (a.sum(axis=0) < 1).all()
    assert (output_multipliers(l_inv) >= 1 - 1e-9).all()


@settings(max_examples=60, deadline=None)
@given(productive(), st.integers(0, 2**31 - 1))
def test_extraction_loss_non_negative_and_at_least_own_output(a, seed):
    x = np.random.default_rng(seed).uniform(1, 100, a.shape[0])
    f = x - a @ x
    if (f < 0).any():  # only consistent tables (non-negative final demand)
        x = leontief_inverse(a) @ np.abs(f)
    loss = hypothetical_extraction(leontief_inverse(a), x)
    assert (loss >= x - 1e-9).all()


@settings(max_examples=40, deadline=None)
@given(productive(6))
def test_value_added_and_import_content_add_to_one(a):
    # with v = 1 - column sums of A (no imports), the value-added multiplier is 1 for all j
    v = 1 - a.sum(axis=0)
    np.testing.assert_allclose(simple_multipliers(v, leontief_inverse(a)), 1.0, atol=1e-8)


# ---------------------------------------------------------------- pymrio oracle
@pytest.fixture(scope="module")
def pymrio_test_system():
    pymrio = pytest.importorskip("pymrio")
    io = pymrio.load_test()
    io.calc_all()
    return pymrio, io


def test_against_pymrio_test_system(pymrio_test_system):
    # pymrio's bundled 6-region x 8-sector test MRIO (pymrio.load_test())
    pymrio, io = pymrio_test_system
    z = io.Z.to_numpy()
    x = io.x.to_numpy().reshape(-1)
    a = technical_coefficients(z, x)
    np.testing.assert_allclose(a, io.A.to_numpy(), rtol=1e-10, atol=1e-14)
    l_inv = leontief_inverse(a)
    np.testing.assert_allclose(l_inv, io.L.to_numpy(), rtol=1e-9, atol=1e-12)
    # multipliers of a satellite account: M = S L (pymrio calc_M)
    s = io.emissions.S.to_numpy()
    np.testing.assert_allclose(simple_multipliers(s, l_inv), io.emissions.M.to_numpy(),
                               rtol=1e-9, atol=1e-12)
    va = io.factor_inputs.S.to_numpy()
    np.testing.assert_allclose(simple_multipliers(va, l_inv), io.factor_inputs.M.to_numpy(),
                               rtol=1e-9, atol=1e-12)
    # Ghosh: pymrio calc_B and calc_G
    b = allocation_coefficients(z, x)
    np.testing.assert_allclose(b, pymrio.calc_B(io.Z, io.x).to_numpy(), rtol=1e-10,
                               atol=1e-14)
    np.testing.assert_allclose(ghosh_inverse(b), pymrio.calc_G(b), rtol=1e-9, atol=1e-12)


def test_linkages_against_pymrio_upstream_and_downstream_multipliers(pymrio_test_system):
    """Linkages and key sectors from pymrio's own multipliers on its test system.

    pymrio (0.7.0) has no linkage functions: no Rasmussen backward or Ghosh forward
    linkage, no key-sector classification and no hypothetical extraction. What maps onto
    them are its multipliers with a unit stressor ``S = 1'``: ``calc_M(1', L) = 1'L``
    (column sums of L, the unnormalised backward linkage and our output multipliers) and
    ``calc_M_down(1', G) = 1'(G' - I)`` (Ghosh row sums minus one, the unnormalised forward
    linkage). Normalised as ``BL_j = n (1'L)_j / 1'L1`` and ``FL_i = n (G1)_i / 1'G1``
    (Miller and Blair 2009, ch. 12) they must equal :func:`linkages`. ``calc_x_from_L``
    (``x = L y``) checks that our L reproduces the system's output from its final demand.
    """
    pymrio, io = pymrio_test_system
    z = io.Z.to_numpy()
    x = io.x.to_numpy().reshape(-1)
    n = x.size
    l_inv = leontief_inverse(technical_coefficients(z, x))
    g_inv = ghosh_inverse(allocation_coefficients(z, x))
    ones = np.ones((1, n))
    up = pymrio.calc_M(ones, io.L.to_numpy()).reshape(-1)
    g_theirs = pymrio.calc_G(pymrio.calc_B(io.Z, io.x).to_numpy())
    down = pymrio.calc_M_down(ones, np.asarray(g_theirs)).reshape(-1)
    ours = linkages(l_inv, g_inv)
    np.testing.assert_allclose(output_multipliers(l_inv), up, rtol=1e-10)
    np.testing.assert_allclose(ours["backward"], n * up / up.sum(), rtol=1e-10)
    np.testing.assert_allclose(ours["forward"], n * (down + 1) / (down + 1).sum(), rtol=1e-10)
    classes = key_sectors(n * up / up.sum(), n * (down + 1) / (down + 1).sum())
    assert classes.tolist() == key_sectors(ours["backward"], ours["forward"]).tolist()
    assert len(set(classes)) >= 3  # the test system has more than one kind of sector
    y = io.Y.to_numpy().sum(axis=1)
    np.testing.assert_allclose(pymrio.calc_x_from_L(l_inv, y).reshape(-1), x, rtol=1e-9)
