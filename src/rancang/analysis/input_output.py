"""Input-output analysis: coefficients, inverses, multipliers, linkages, extraction.

Pure numpy: arrays in, arrays out. Notation follows Miller and Blair (2009): ``Z`` the
(n, n) interindustry transactions (row sector sells to column sector), ``x`` total output,
``A = Z x̂⁻¹`` technical coefficients, ``L = (I - A)⁻¹`` the Leontief inverse,
``B = x̂⁻¹ Z`` allocation coefficients and ``G = (I - B)⁻¹`` the Ghosh inverse.

References
----------
Miller, R. E. and Blair, P. D. (2009). *Input-Output Analysis: Foundations and Extensions*,
2nd ed. Cambridge University Press. Ch. 2 (A, L), ch. 6 (multipliers), ch. 12 (Ghosh,
linkages, hypothetical extraction).
Rasmussen, P. N. (1956). *Studies in Inter-Sectoral Relations*. North-Holland.
"""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import FloatArray, safe_divide
from rancang.core.i18n import Msg

__all__ = [
    "KEY_SECTOR_CLASSES",
    "allocation_coefficients",
    "closed_leontief_inverse",
    "ghosh_inverse",
    "hypothetical_extraction",
    "import_dependence",
    "key_sectors",
    "leontief_inverse",
    "linkages",
    "output_multipliers",
    "simple_multipliers",
    "technical_coefficients",
    "type_i_multipliers",
    "type_ii_multipliers",
]

KEY_SECTOR_CLASSES = ("key", "backward", "forward", "weak")


def _square(z: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    z = np.asarray(z, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    if z.ndim != 2 or z.shape[0] != z.shape[1] or z.shape[0] != x.size:
        raise ValueError(Msg("analysis.io_shapes", z=z.shape, x=x.shape))
    return z, x


def technical_coefficients(z: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Technical (input) coefficients ``A = Z x̂⁻¹``.

    Parameters
    ----------
    z : ndarray (n, n)
        Interindustry flows, ``z[i, j]`` = sales of sector i to sector j.
    x : ndarray (n,)
        Total output (= total input) of each sector.

    Returns
    -------
    ndarray (n, n): ``a[i, j] = z[i, j] / x[j]``; a column of zeros where ``x[j] = 0``.

    References
    ----------
    Miller and Blair (2009), section 2.2.

    Example
    -------
    Miller and Blair (2009), section 2.3 (Table 2.3):

    >>> technical_coefficients(np.array([[150., 500.], [200., 100.]]), np.array([1000., 2000.]))
    array([[0.15, 0.25],
           [0.2 , 0.05]])
    """
    z, x = _square(z, x)
    return np.nan_to_num(safe_divide(z, x[None, :]))


def allocation_coefficients(z: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Allocation (output) coefficients ``B = x̂⁻¹ Z`` of the Ghosh model.

    ``b[i, j] = z[i, j] / x[i]``: the share of sector i's output sold to sector j.
    Zero rows where ``x[i] = 0``. Miller and Blair (2009), section 12.1.

    >>> allocation_coefficients(np.array([[150., 500.], [200., 100.]]), np.array([1000., 2000.]))
    array([[0.15, 0.5 ],
           [0.1 , 0.05]])
    """
    z, x = _square(z, x)
    return np.nan_to_num(safe_divide(z, x[:, None]))


def _inverse(m: np.ndarray, what: str) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise ValueError(Msg("analysis.io_square", what=what, shape=m.shape))
    try:
        return np.linalg.inv(np.eye(m.shape[0]) - m)
    except np.linalg.LinAlgError:
        raise ValueError(Msg("analysis.io_singular", letter=what[0])) from None


def leontief_inverse(a: np.ndarray) -> np.ndarray:
    """Leontief inverse (total requirements) ``L = (I - A)⁻¹``.

    ``l[i, j]``: output of sector i needed, directly and indirectly, per unit of final
    demand for sector j. For a productive ``A`` (non-negative, column sums < 1) ``L >= I``.

    References
    ----------
    Miller and Blair (2009), section 2.3.

    Example
    -------
    Miller and Blair (2009), section 2.3.1: L = [[1.254, 0.330], [0.264, 1.122]].

    >>> leontief_inverse(np.array([[0.15, 0.25], [0.2, 0.05]])).round(3)
    array([[1.254, 0.33 ],
           [0.264, 1.122]])
    """
    return _inverse(a, "A (Leontief)")


def ghosh_inverse(b: np.ndarray) -> np.ndarray:
    """Ghosh inverse ``G = (I - B)⁻¹`` of the allocation coefficients.

    Equals ``x̂⁻¹ L x̂`` when every output is positive (Miller and Blair 2009, ch. 12).

    >>> ghosh_inverse(np.array([[0.15, 0.5], [0.1, 0.05]])).round(3)
    array([[1.254, 0.66 ],
           [0.132, 1.122]])
    """
    return _inverse(b, "B (Ghosh)")


def output_multipliers(l_inv: np.ndarray) -> np.ndarray:
    """Simple output multipliers: column sums of ``L``, ``m(o)_j = Σ_i l_ij``.

    Miller and Blair (2009), section 6.2.1. Example (section 2.3): 1.518 and 1.452.

    >>> output_multipliers(np.array([[1.2541, 0.3300], [0.2640, 1.1221]])).round(3)
    array([1.518, 1.452])
    """
    sums: FloatArray = np.asarray(l_inv, dtype=np.float64).sum(axis=0)
    return sums


def simple_multipliers(coef: np.ndarray, l_inv: np.ndarray) -> np.ndarray:
    """Simple multipliers of a row of coefficients: ``m_j = Σ_i c_i l_ij`` (``c L``).

    ``c`` is a per-unit-of-output coefficient: compensation of employees / output (household
    income), workers / output (employment), value added / output or imports / output. The
    result is the amount of that quantity generated in the whole economy per unit of final
    demand for sector j. NaN entries of ``c`` propagate (missing data stays missing).

    Miller and Blair (2009), sections 6.3 (income) and 6.4 (employment).

    >>> simple_multipliers(np.array([0.3, 0.25]), np.array([[1.2541, 0.33], [0.264, 1.1221]]))
    array([0.44223 , 0.379525])
    """
    return np.asarray(coef, dtype=np.float64) @ np.asarray(l_inv, dtype=np.float64)


def type_i_multipliers(coef: np.ndarray, l_inv: np.ndarray) -> np.ndarray:
    """Type I multipliers: simple multiplier over the direct coefficient, ``(c L)_j / c_j``.

    NaN where ``c_j = 0``. Miller and Blair (2009), section 6.3.2. Example
    (section 2.3 table, income coefficients 0.3 and 0.25): 1.474 and 1.518.

    >>> type_i_multipliers(np.array([0.3, 0.25]), np.array([[1.2541, 0.33], [0.264, 1.1221]]))
    array([1.4741, 1.5181])
    """
    return safe_divide(simple_multipliers(coef, l_inv), coef)


def closed_leontief_inverse(
    a: np.ndarray, household_row: np.ndarray, household_column: np.ndarray,
    household_self: float = 0.0,
) -> np.ndarray:
    """Leontief inverse of the model closed with respect to households, (n+1, n+1).

    Parameters
    ----------
    a : ndarray (n, n)
    household_row : ndarray (n,)
        Labour-income coefficients ``h_R[j]`` = compensation of employees in j / ``x_j``.
    household_column : ndarray (n,)
        Household consumption coefficients ``h_C[i]`` = household purchases of i / total
        household income.
    household_self : float
        Household purchases of household services per unit of income (``h``; usually 0).

    Notes
    -----
    ``Ā = [[A, h_C], [h_R, h]]``, ``L̄ = (I - Ā)⁻¹``. Miller and Blair (2009), section 2.5.1.

    Example
    -------
    Miller and Blair (2009), section 2.5.1: h_R = [0.3, 0.25], h_C = [0.05, 0.4], h = 0.05.

    >>> a = np.array([[0.15, 0.25], [0.2, 0.05]])
    >>> closed_leontief_inverse(a, [0.3, 0.25], [0.05, 0.4], 0.05).round(3)
    array([[1.365, 0.425, 0.251],
           [0.527, 1.348, 0.595],
           [0.57 , 0.489, 1.289]])
    """
    a = np.asarray(a, dtype=np.float64)
    n = a.shape[0]
    closed = np.zeros((n + 1, n + 1))
    closed[:n, :n] = a
    closed[:n, n] = np.asarray(household_column, dtype=np.float64)
    closed[n, :n] = np.asarray(household_row, dtype=np.float64)
    closed[n, n] = household_self
    return _inverse(closed, "A (closed model)")


def type_ii_multipliers(
    a: np.ndarray, household_row: np.ndarray, household_column: np.ndarray,
    household_self: float = 0.0,
) -> dict[str, np.ndarray]:
    """Type II output and income multipliers from the model closed for households.

    Returns
    -------
    dict with
        ``output``: ``Σ_{i<=n} l̄_ij``, total (direct, indirect and induced) output per unit of
        final demand, households' own row left out (the "truncated" convention);
        ``income``: type II income multiplier ``l̄_{n+1,j} / h_R[j]`` (NaN where h_R is 0);
        ``income_simple``: total household income per unit of final demand ``l̄_{n+1,j}``.

    Notes
    -----
    The ratio of type II to type I income multipliers is the same for every sector
    (Miller and Blair 2009, section 6.3.3).

    References
    ----------
    Miller and Blair (2009), sections 6.2.2 and 6.3.2.
    """
    n = np.asarray(a).shape[0]
    closed = closed_leontief_inverse(a, household_row, household_column, household_self)
    return {
        "output": closed[:n, :n].sum(axis=0),
        "income": safe_divide(closed[n, :n], household_row),
        "income_simple": closed[n, :n].copy(),
    }


def linkages(l_inv: np.ndarray, g_inv: np.ndarray) -> dict[str, np.ndarray]:
    """Normalised backward (Rasmussen, from L) and forward (from the Ghosh inverse) linkages.

    Notes
    -----
    Backward (power of dispersion): ``BL_j = (Σ_i l_ij / n) / (Σ_ij l_ij / n²)``.
    Forward (sensitivity, supply side): ``FL_i = (Σ_j g_ij / n) / (Σ_ij g_ij / n²)``.
    A value above 1 means above-average linkage.

    References
    ----------
    Rasmussen (1956); Miller and Blair (2009), ch. 12 (forward linkages
    from the Ghosh inverse, as recommended there instead of row sums of L).

    Example
    -------
    >>> out = linkages(np.array([[1.2541, 0.33], [0.264, 1.1221]]),
    ...                np.array([[1.2541, 0.66], [0.132, 1.1221]]))
    >>> out["backward"].round(3), out["forward"].round(3)
    (array([1.022, 0.978]), array([1.208, 0.792]))
    """
    l_inv = np.asarray(l_inv, dtype=np.float64)
    g_inv = np.asarray(g_inv, dtype=np.float64)
    n = l_inv.shape[0]
    return {
        "backward": n * l_inv.sum(axis=0) / l_inv.sum(),
        "forward": n * g_inv.sum(axis=1) / g_inv.sum(),
    }


def key_sectors(backward: np.ndarray, forward: np.ndarray) -> np.ndarray:
    """Classify sectors by normalised linkages (threshold 1).

    Returns an array of ``"key"`` (both > 1), ``"backward"`` (only backward > 1),
    ``"forward"`` (only forward > 1) or ``"weak"`` (neither). Miller and Blair (2009),
    ch. 12 (classification by backward and forward linkage).

    >>> key_sectors(np.array([1.2, 1.1, 0.9, 0.8]), np.array([1.1, 0.9, 1.3, 0.7])).tolist()
    ['key', 'backward', 'forward', 'weak']
    """
    b = np.asarray(backward) > 1.0
    f = np.asarray(forward) > 1.0
    out = np.full(b.shape, "weak", dtype=object)
    out[b & f] = "key"
    out[b & ~f] = "backward"
    out[~b & f] = "forward"
    return out


def hypothetical_extraction(l_inv: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Total output lost when each sector is hypothetically extracted, ``T_j``.

    Complete extraction of sector j: its row and column of ``A`` and its final demand are
    removed; the other sectors keep their final demand. ``T_j = i'x - i'x̄(j)``.

    Notes
    -----
    By the block-inverse (Schur complement) formula the output of the others after the
    extraction is ``x̄_i(j) = x_i - l_ij x_j / l_jj``, so

        ``T_j = x_j · (Σ_i l_ij) / l_jj``

    which needs one inverse for all n extractions (checked against brute force in the
    tests). ``T_j >= x_j >= 0``.

    References
    ----------
    Miller and Blair (2009), ch. 12 (hypothetical extraction); Dietzenbacher, E. and
    van der Linden, J. A. (1997), Sectoral and spatial linkages in the EC production
    structure, *Journal of Regional Science* 37(2), 235-257.

    Example
    -------
    >>> l_inv = np.array([[1.2541, 0.33], [0.264, 1.1221]])
    >>> hypothetical_extraction(l_inv, np.array([1000., 2000.])).round(1)
    array([1210.5, 2588.2])
    """
    l_inv = np.asarray(l_inv, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64).reshape(-1)
    return x * safe_divide(l_inv.sum(axis=0), np.diag(l_inv))


def import_dependence(imports: np.ndarray, x: np.ndarray,
                      l_inv: np.ndarray) -> dict[str, np.ndarray]:
    """Direct and total import content per sector.

    Parameters
    ----------
    imports : ndarray (n,)
        Imported intermediate inputs used by each sector (from abroad, or from abroad and
        other regions).
    x : ndarray (n,)
        Total output.
    l_inv : ndarray (n, n)
        Leontief inverse of the domestic coefficients.

    Returns
    -------
    dict with ``direct`` (``m_j = M_j / x_j``) and ``total`` (``(m L)_j``: imports needed
    directly and indirectly per unit of final demand for j).

    References
    ----------
    Miller and Blair (2009), section 6.4 (multipliers of any input row); Hummels, Ishii and
    Yi (2001) import content of production.

    Example
    -------
    >>> out = import_dependence(np.array([100., 200.]), np.array([1000., 2000.]),
    ...                         np.array([[1.2541, 0.33], [0.264, 1.1221]]))
    >>> out["direct"], out["total"].round(4)
    (array([0.1, 0.1]), array([0.1518, 0.1452]))
    """
    m = safe_divide(imports, x)
    return {"direct": m, "total": simple_multipliers(m, l_inv)}
