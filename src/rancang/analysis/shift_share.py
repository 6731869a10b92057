"""Shift-share analysis: classic, Esteban-Marquillas and dynamic."""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import as_reference, safe_divide
from rancang.core.i18n import Msg

COMPONENTS = (
    "actual_change",
    "national_share",
    "industry_mix",
    "regional_share",
    "em_competitive",
    "em_allocation",
)


def _components(
    x0: np.ndarray, x1: np.ndarray, ref0: np.ndarray, ref1: np.ndarray
) -> dict[str, np.ndarray]:
    """Components for arrays (R, I, ...) with references (1 or R, I, ...); industry axis 1."""
    ref_total0 = ref0.sum(axis=1, keepdims=True)
    total_growth = safe_divide(ref1.sum(axis=1, keepdims=True) - ref_total0, ref_total0)
    industry_growth = safe_divide(ref1 - ref0, ref0)
    actual = x1 - x0
    national = x0 * total_growth
    mix = x0 * (industry_growth - total_growth)
    regional = actual - national - mix
    differential = safe_divide(actual, x0) - industry_growth
    homothetic = x0.sum(axis=1, keepdims=True) * safe_divide(ref0, ref_total0)
    competitive = homothetic * differential
    shape = actual.shape
    return {
        "actual_change": actual,
        "national_share": np.broadcast_to(national, shape),
        "industry_mix": np.broadcast_to(mix, shape),
        "regional_share": regional,
        "em_competitive": np.broadcast_to(competitive, shape),
        "em_allocation": np.broadcast_to((x0 - homothetic) * differential, shape),
    }


def shift_share(
    x0: np.ndarray, x1: np.ndarray, ref0: np.ndarray, ref1: np.ndarray
) -> dict[str, np.ndarray]:
    """Classic shift-share with the Esteban-Marquillas split of the regional share.

    Parameters
    ----------
    x0, x1 : ndarray of shape (R, I)
        Regional values at the start and end of the period.
    ref0, ref1 : ndarray of shape (I,) or (R, I)
        Reference economy at the start and end.

    Returns
    -------
    dict of ndarray (R, I): ``actual_change``, ``national_share``, ``industry_mix``,
    ``regional_share``, ``em_competitive``, ``em_allocation``.

    Notes
    -----
    With ``e_ij`` the start value of industry j in region i, ``R = E1/E0 - 1`` the
    reference's total growth, ``R_j`` the reference growth of industry j and ``r_ij`` the
    growth of industry j in region i::

        national_share  NS_ij = e_ij * R
        industry_mix    IM_ij = e_ij * (R_j - R)
        regional_share  RS_ij = e_ij * (r_ij - R_j) = (x1_ij - e_ij) - NS_ij - IM_ij

    so that ``NS + IM + RS = x1 - x0`` exactly (RS is computed as the remainder, which also
    covers an industry absent at the start). Esteban-Marquillas (1972) split RS with the
    homothetic value ``e*_ij = e_i * E_j / E`` (the region's total distributed like the
    reference at the start)::

        em_competitive  C_ij = e*_ij * (r_ij - R_j)
        em_allocation   A_ij = (e_ij - e*_ij) * (r_ij - R_j)        (C + A = RS)

    Where ``e_ij = 0`` the growth rate ``r_ij`` is undefined and C, A are nan. These are
    the formulae of REAT ``shift`` (methods "Dunn" and "Esteban"), per industry.

    References
    ----------
    Dunn, E. S. (1960). A statistical and analytical technique for regional analysis.
    Papers of the Regional Science Association 6, 97-112.
    Esteban-Marquillas, J. M. (1972). A reinterpretation of shift-share analysis.
    Regional and Urban Economics 2(3), 249-255.
    Farhauer, O., Kröll, A. (2013). Standorttheorien. Springer Gabler (regions A, B, C of
    REAT's ``shift`` example, checked in the tests).

    Examples
    --------
    >>> x0, x1 = np.array([[90.0, 20, 10, 60]]), np.array([[100.0, 40, 10, 55]])
    >>> r0, r1 = np.array([400.0, 150, 150, 400]), np.array([440.0, 210, 135, 480])
    >>> out = shift_share(x0, x1, r0, r1)
    >>> [round(float(out[k].sum()), 9) for k in ("national_share", "industry_mix")]
    [27.0, 1.0]
    """
    x0 = np.asarray(x0, dtype=np.float64)
    x1 = np.asarray(x1, dtype=np.float64)
    parts = _components(x0, x1, as_reference(x0, ref0), as_reference(x0, ref1))
    return {k: np.array(v) for k, v in parts.items()}


def dynamic_shift_share(x: np.ndarray, ref: np.ndarray) -> dict[str, np.ndarray]:
    """Dynamic shift-share: the classic components year by year, summed over the period.

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2, consecutive years
    ref : ndarray of shape (I, T) or (R, I, T)

    Returns
    -------
    dict of ndarray (R, I) with the keys of :func:`shift_share`.

    Notes
    -----
    ``C^dyn = sum_{t=1..T-1} C(x_{t-1}, x_t, X_{t-1}, X_t)`` for each component C of
    :func:`shift_share`: the reference growth rates and the regional structure are updated
    every year, which removes the bias of the comparative-static version over long periods.
    The actual changes telescope, so ``NS + IM + RS = x_T - x_0``. E-M components are nan
    for an industry that is zero in some year of the period (except the last).

    References
    ----------
    Barff, R. A., Knight, P. L. (1988). Dynamic shift-share analysis. Growth and Change
    19(2), 1-10. REAT ``shiftd`` (method "Dunn") sums the same yearly components.

    Examples
    --------
    >>> x = np.array([[[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]])
    >>> ref = np.array([[10.0, 11.0, 12.0], [10.0, 10.0, 10.0]])
    >>> float(dynamic_shift_share(x, ref)["actual_change"][0, 0])
    2.0
    """
    x = np.asarray(x, dtype=np.float64)
    ref = as_reference(x, ref)
    if x.ndim != 3 or x.shape[2] < 2:
        raise ValueError(Msg("analysis.shift_share_shape"))
    parts = _components(x[:, :, :-1], x[:, :, 1:], ref[:, :, :-1], ref[:, :, 1:])
    return {k: v.sum(axis=2) for k, v in parts.items()}
