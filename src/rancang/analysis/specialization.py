"""Specialisation and concentration indices of each region's industry structure."""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import as_reference, safe_divide
from rancang.analysis.location_quotient import location_quotient

INDEX_NAMES = (
    "krugman",
    "hoover",
    "herfindahl",
    "herfindahl_normalized",
    "theil",
    "gini",
    "gini_specialization",
)


def gini_coefficient(v: np.ndarray, *, axis: int = 1) -> np.ndarray:
    """Non-standardised Gini coefficient of the values along ``axis``.

    Notes
    -----
    With the n values sorted ascending ``v_(1) <= ... <= v_(n)``::

        G = 2 * sum_k k * v_(k) / (n * sum_k v_(k)) - (n + 1) / n

    which lies in [0, (n-1)/n]; REAT's ``gini(x)`` with ``coefnorm = FALSE``.

    References
    ----------
    Wieland, T. (2019). REAT: Regional Economic Analysis Toolbox, R package, ``gini``
    (example from Dörsam 2004: sales 20, 50, 20, 10 -> 0.3).

    Examples
    --------
    >>> round(float(gini_coefficient(np.array([20.0, 50.0, 20.0, 10.0]), axis=0)), 12)
    0.3
    """
    v = np.sort(np.asarray(v, dtype=np.float64), axis=axis)
    v = np.moveaxis(v, axis, -1)
    n = v.shape[-1]
    k = np.arange(1, n + 1, dtype=np.float64)
    weighted = (v * k).sum(axis=-1)
    return np.asarray(2.0 * safe_divide(weighted, n * v.sum(axis=-1)) - (n + 1.0) / n)


def specialization(x: np.ndarray, ref: np.ndarray) -> dict[str, np.ndarray]:
    """Krugman, Hoover, Herfindahl, Theil and Gini indices for every region and year.

    Parameters
    ----------
    x : ndarray of shape (R, I, T)
    ref : ndarray of shape (I, T) or (R, I, T)

    Returns
    -------
    dict of ndarray (R, T) with keys ``krugman, hoover, herfindahl, herfindahl_normalized,
    theil, gini, gini_specialization``.

    Notes
    -----
    With ``s_ij = x_ij / x_j`` the region's industry shares, ``S_i = X_i / X`` the
    reference's and n the number of industries:

    - Krugman specialisation ``K_j = sum_i |s_ij - S_i|`` in [0, 2] (REAT ``krugman.spec``).
    - Hoover (dissimilarity) ``H_j = 0.5 * sum_i |s_ij - S_i|`` in [0, 1] (REAT ``hoover``).
    - Herfindahl ``HHI_j = sum_i s_ij**2`` in [1/n, 1], normalised
      ``(HHI - 1/n) / (1 - 1/n)`` in [0, 1] (REAT ``herf``, ``coefnorm = TRUE``).
    - Theil (relative entropy of the structure against the reference)
      ``T_j = sum_i s_ij * ln(s_ij / S_i)`` >= 0, with ``0 ln 0 = 0``: zero when the region's
      structure equals the reference's.
    - Gini ``G_j``: non-standardised Gini coefficient of the region's industry values (how
      unevenly output is spread over industries; REAT ``gini``).
    - Gini specialisation: the Gini coefficient of the region's location quotients
      ``LQ_ij`` over the industries (REAT ``gini.spec``; Farhauer and Kröll's example
      gives 0.6222222).

    References
    ----------
    Krugman, P. (1991). Geography and Trade. MIT Press.
    Hoover, E. M. (1936). The measurement of industrial localization. Review of Economics
    and Statistics 18(4), 162-171.
    Theil, H. (1967). Economics and Information Theory. North-Holland.
    Farhauer, O., Kröll, A. (2013). Standorttheorien. Springer Gabler.
    Wieland, T. (2019). REAT: Regional Economic Analysis Toolbox. R package.

    Examples
    --------
    >>> x = np.array([[[700.0], [600.0], [500.0], [10000.0], [40000.0]]])
    >>> ref = np.array([[30000.0], [15000.0], [10000.0], [60000.0], [50000.0]])
    >>> round(float(specialization(x, ref)["gini_specialization"][0, 0]), 7)
    0.6222222
    """
    x = np.asarray(x, dtype=np.float64)
    ref = as_reference(x, ref)
    s = safe_divide(x, x.sum(axis=1, keepdims=True))
    big_s = safe_divide(ref, ref.sum(axis=1, keepdims=True))
    n = x.shape[1]
    krugman = np.abs(s - big_s).sum(axis=1)
    herf = (s**2).sum(axis=1)
    ratio = safe_divide(s, big_s)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(s > 0, s * np.log(np.where(s > 0, ratio, 1.0)), 0.0)
    theil = terms.sum(axis=1)
    theil[np.isnan(s).any(axis=1)] = np.nan
    return {
        "krugman": krugman,
        "hoover": 0.5 * krugman,
        "herfindahl": herf,
        "herfindahl_normalized": (herf - 1.0 / n) / (1.0 - 1.0 / n) if n > 1 else herf * np.nan,
        "theil": theil,
        "gini": gini_coefficient(x, axis=1),
        "gini_specialization": gini_coefficient(location_quotient(x, ref), axis=1),
    }
