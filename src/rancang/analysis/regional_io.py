"""Regionalising a national (or provincial) input-output table with location quotients.

A non-survey method: the regional coefficient is the national one scaled down where the
region is less specialised than the nation, ``r_ij = a_ij · min(LQ_ij, 1)``; the part that
is cut becomes an import into the region. Sector sizes come from the region's PDRB
(value added by category), the usual substitute in Indonesia for regional employment.

References
----------
Miller, R. E. and Blair, P. D. (2009). *Input-Output Analysis*, 2nd ed., section 8.3
(simple, cross-industry and Flegg location quotients).
Flegg, A. T. and Webber, C. D. (1997). On the appropriate use of location quotients in
generating regional input-output tables: reply. *Regional Studies* 31(8), 795-805.
Flegg, A. T. and Webber, C. D. (2000). Regional size, regional specialization and the FLQ
formula. *Regional Studies* 34(6), 563-569.
"""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import FloatArray, safe_divide
from rancang.core.i18n import Msg

__all__ = ["LQ_METHODS", "flq_lambda", "location_quotients", "regional_coefficients"]

LQ_METHODS = ("slq", "cilq", "flq")


def _shares(regional: np.ndarray, national: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    r = np.asarray(regional, dtype=np.float64).reshape(-1)
    n = np.asarray(national, dtype=np.float64).reshape(-1)
    if r.shape != n.shape:
        raise ValueError(Msg("analysis.sizes_differ", regional=r.shape, national=n.shape))
    if (r < 0).any() or (n < 0).any():
        raise ValueError(Msg("analysis.sizes_negative"))
    return r, n


def flq_lambda(regional_total: float, national_total: float, delta: float = 0.3) -> float:
    """Flegg's regional-size scalar ``λ* = [log2(1 + TRE/TNE)]^δ``.

    Parameters
    ----------
    regional_total, national_total : total size of the region and of the nation (same unit).
    delta : float in [0, 1)
        ``δ``; Flegg and Webber suggest about 0.3. ``δ = 0`` gives the CILQ.

    Returns
    -------
    float in (0, 1]; 1 when the region is the whole nation.

    References
    ----------
    Flegg and Webber (2000), eq. for λ*; Miller and Blair (2009), section 8.3.

    Example
    -------
    A region with 5 % of the nation's output, δ = 0.3: log2(1.05) = 0.0704, λ* = 0.451.

    >>> round(flq_lambda(5.0, 100.0, 0.3), 3)
    0.451
    >>> flq_lambda(100.0, 100.0, 0.3)
    1.0
    """
    if not 0.0 <= delta < 1.0:
        raise ValueError(Msg("analysis.delta", delta=delta))
    if national_total <= 0:
        raise ValueError(Msg("analysis.national_total"))
    share = regional_total / national_total
    return float(np.log2(1.0 + share) ** delta)


def location_quotients(regional: np.ndarray, national: np.ndarray, *, method: str = "flq",
                       delta: float = 0.3) -> np.ndarray:
    """Matrix of location quotients ``LQ_ij`` used to scale ``a_ij`` (rows i sell to j).

    Parameters
    ----------
    regional, national : ndarray (n,)
        Size of each IO sector in the region and in the nation (PDRB of the sector's
        category, or employment).
    method : ``"slq"``, ``"cilq"`` or ``"flq"``.
    delta : FLQ's ``δ`` (ignored by the others).

    Returns
    -------
    ndarray (n, n)

    Notes
    -----
    ``SLQ_i = (x^r_i / x^r) / (x^n_i / x^n)``, the same for every column j.
    ``CILQ_ij = SLQ_i / SLQ_j`` for i ≠ j and ``SLQ_i`` on the diagonal.
    ``FLQ_ij = λ* · CILQ_ij`` (diagonal ``λ* · SLQ_i``). A selling sector absent from the
    region gives 0; a buying sector absent from the region (SLQ_j = 0) gives ``inf``, i.e.
    the national coefficient is kept (it is never used: that sector produces nothing).

    References
    ----------
    Miller and Blair (2009), section 8.3; Flegg and Webber (1997, 2000).

    Example
    -------
    >>> location_quotients(np.array([20., 5.]), np.array([100., 100.]), method="slq")
    array([[1.6, 1.6],
           [0.4, 0.4]])
    >>> location_quotients(np.array([20., 5.]), np.array([100., 100.]), method="cilq")
    array([[1.6 , 4.  ],
           [0.25, 0.4 ]])
    """
    r, n = _shares(regional, national)
    slq = safe_divide(safe_divide(r, r.sum()), safe_divide(n, n.sum()))
    slq = np.nan_to_num(slq, nan=0.0)
    if method == "slq":
        return np.repeat(slq[:, None], slq.size, axis=1)
    if method not in LQ_METHODS:
        raise ValueError(Msg("analysis.lq_method", method=method, choices=", ".join(LQ_METHODS)))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cilq = slq[:, None] / slq[None, :]
    cilq[np.isnan(cilq)] = 0.0
    np.fill_diagonal(cilq, slq)
    if method == "cilq":
        return cilq
    with np.errstate(invalid="ignore"):
        flq = flq_lambda(r.sum(), n.sum(), delta) * cilq
    flq[np.isnan(flq)] = np.inf  # lambda* = 0 times an absent buyer's inf: still unused
    return flq


def regional_coefficients(a: np.ndarray, regional: np.ndarray, national: np.ndarray, *,
                          method: str = "flq", delta: float = 0.3) -> np.ndarray:
    """Regional technical coefficients ``r_ij = a_ij · min(LQ_ij, 1)``.

    Parameters
    ----------
    a : ndarray (n, n)
        National (or provincial) technical coefficients.
    regional, national : ndarray (n,)
        Sector sizes as in :func:`location_quotients`.
    method, delta : as in :func:`location_quotients`.

    Returns
    -------
    ndarray (n, n) with ``0 <= r_ij <= a_ij``. ``a_ij - r_ij`` is the share of the input
    the region imports from outside.

    References
    ----------
    Miller and Blair (2009), section 8.3; Flegg and Webber (2000).

    Example
    -------
    >>> a = np.array([[0.15, 0.25], [0.2, 0.05]])
    >>> regional_coefficients(a, np.array([20., 5.]), np.array([100., 100.]), method="slq")
    array([[0.15, 0.25],
           [0.08, 0.02]])
    """
    a = np.asarray(a, dtype=np.float64)
    lq = location_quotients(regional, national, method=method, delta=delta)
    out: FloatArray = a * np.minimum(lq, 1.0)
    return out
