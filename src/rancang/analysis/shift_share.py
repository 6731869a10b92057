"""Shift-share analysis: classic, Esteban-Marquillas and dynamic."""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import as_reference, growth_rate, safe_divide

COMPONENTS = (
    "actual_change",
    "national_share",
    "industry_mix",
    "regional_share",
    "em_competitive",
    "em_allocation",
)


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
    With ``G = X1/X0 - 1`` the reference's total growth, ``G_i`` the reference growth of
    industry i and ``g_ij`` the growth of industry i in region j::

        national_share  NS_ij = x0_ij * G
        industry_mix    IM_ij = x0_ij * (G_i - G)
        regional_share  RS_ij = x0_ij * (g_ij - G_i) = (x1_ij - x0_ij) - NS_ij - IM_ij

    so that ``NS + IM + RS = x1 - x0`` exactly (RS is computed as the remainder, which also
    covers industries absent at the start). Esteban-Marquillas (1972) split RS with the
    homothetic value ``x*_ij = x0_j * X0_i / X0`` (the region's total distributed like the
    reference)::

        em_competitive  C_ij = x*_ij * (g_ij - G_i)
        em_allocation   A_ij = (x0_ij - x*_ij) * (g_ij - G_i)      (C + A = RS)

    Where ``x0_ij = 0`` the growth rate is undefined and C, A are nan.

    References
    ----------
    Dunn, E. S. (1960). A statistical and analytical technique for regional analysis.
    Papers of the Regional Science Association 6, 97-112.
    Esteban-Marquillas, J. M. (1972). A reinterpretation of shift-share analysis.
    Regional and Urban Economics 2(3), 249-255.
    Worked example checked in the tests: Krumme, G., "Shift & Share table with Excel
    explanations" (University of Washington, Geography 350).

    Examples
    --------
    >>> x0, x1 = np.array([[500.0, 100.0]]), np.array([[1000.0, 100.0]])
    >>> r = shift_share(x0, x1, np.array([10.0, 20.0]), np.array([11.0, 24.0]))
    >>> [round(float(v), 3) for v in r["national_share"][0]]
    [83.333, 16.667]
    """
    x0 = np.asarray(x0, dtype=np.float64)
    x1 = np.asarray(x1, dtype=np.float64)
    ref0 = as_reference(x0, ref0)
    ref1 = as_reference(x0, ref1)
    total_growth = growth_rate(ref0.sum(axis=1, keepdims=True), ref1.sum(axis=1, keepdims=True))
    industry_growth = growth_rate(ref0, ref1)
    actual = x1 - x0
    national = x0 * total_growth
    mix = x0 * (industry_growth - total_growth)
    regional = actual - national - mix
    own_growth = growth_rate(x0, x1)
    homothetic = x0.sum(axis=1, keepdims=True) * safe_divide(
        ref0, ref0.sum(axis=1, keepdims=True)
    )
    differential = own_growth - industry_growth
    competitive = homothetic * differential
    allocation = (x0 - homothetic) * differential
    return {
        "actual_change": actual,
        "national_share": np.broadcast_to(national, actual.shape).copy(),
        "industry_mix": np.broadcast_to(mix, actual.shape).copy(),
        "regional_share": regional,
        "em_competitive": np.broadcast_to(competitive, actual.shape).copy(),
        "em_allocation": np.broadcast_to(allocation, actual.shape).copy(),
    }


def dynamic_shift_share(x: np.ndarray, ref: np.ndarray) -> dict[str, np.ndarray]:
    """Dynamic shift-share: the classic components year by year, summed over the period.

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2
    ref : ndarray of shape (I, T) or (R, I, T)

    Returns
    -------
    dict of ndarray (R, I) with the keys of :func:`shift_share`.

    Notes
    -----
    ``C^dyn = sum_{t=1..T-1} C(x_{t-1}, x_t, X_{t-1}, X_t)`` for each component C; the
    reference weights are updated every year, which removes the bias of the comparative
    static version over long periods. The actual changes telescope, so
    ``NS + IM + RS = x_T - x_0``. (E-M components: nan if an industry is ever zero.)

    References
    ----------
    Barff, R. A., Knight, P. L. (1988). Dynamic shift-share analysis. Growth and Change
    19(2), 1-10.

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
        raise ValueError("dynamic shift-share needs values of shape (R, I, T) with T >= 2")
    # all year pairs at once: move time to the front and treat pairs as extra "regions"
    r, i, t = x.shape
    a = np.moveaxis(x[:, :, :-1], 2, 0).reshape(-1, i)
    b = np.moveaxis(x[:, :, 1:], 2, 0).reshape(-1, i)
    ra = np.moveaxis(np.broadcast_to(ref[:, :, :-1], (r, i, t - 1)), 2, 0).reshape(-1, i)
    rb = np.moveaxis(np.broadcast_to(ref[:, :, 1:], (r, i, t - 1)), 2, 0).reshape(-1, i)
    parts = shift_share(a, b, ra, rb)
    return {k: v.reshape(t - 1, r, i).sum(axis=0) for k, v in parts.items()}
