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

    Parameters
    ----------
    v : ndarray of non-negative values
    axis : the axis holding the n values (default 1, the industry axis)

    Returns
    -------
    ndarray without ``axis``; nan where the values add up to zero or one is nan.

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
    theil, gini, gini_specialization`` (:data:`INDEX_NAMES`) plus ``theil_relative``.

    Notes
    -----
    With ``s_ij = x_ij / x_i`` the shares of the n industries j in region i and
    ``S_j = X_j / X`` the reference's (the definitions of REAT, Wieland 2019, applied to
    the region's industry vector):

    - ``krugman``: ``K_i = sum_j |s_ij - S_j|`` in [0, 2] (REAT ``krugman.spec``).
    - ``hoover``: ``H_i = 1/2 sum_j |s_ij - S_j|`` in [0, 1] (REAT 3.0 ``hoover(x, ref)``
      with the reference as ``ref``).
    - ``herfindahl``: ``HHI_i = sum_j s_ij^2`` in [1/n, 1] (REAT ``herf``);
      ``herfindahl_normalized``: ``(HHI - 1/n) / (1 - 1/n)`` in [0, 1]
      (REAT ``herf(x, coefnorm = TRUE)``).
    - ``theil``: Theil's mean log deviation of the industry values,
      ``T_i = 1/n sum_j ln(mean_j(x_ij) / x_ij)`` >= 0 (REAT ``theil``, after Stoermann
      2009). REAT returns NA when an industry is zero; here nan.
    - ``theil_relative`` (extra): relative entropy of the structure against the reference,
      ``sum_j s_ij ln(s_ij / S_j)`` >= 0 with ``0 ln 0 = 0``: 0 when the region's structure
      equals the reference's.
    - ``gini``: non-standardised Gini coefficient of the industry values (REAT ``gini``,
      ``coefnorm = FALSE``, after Dörsam 2004), in [0, (n-1)/n].
    - ``gini_specialization``: the same Gini formula applied to the location quotients
      ``LQ_ij`` of the region (REAT ``gini.spec``): ``2 / (n^2 mean(LQ)) *
      sum_k k (LQ_(k) - mean(LQ))`` with the LQs sorted ascending; in [0, (n-1)/n].

    References
    ----------
    Krugman, P. (1991). Geography and Trade. MIT Press.
    Hoover, E. M. (1936). The measurement of industrial localization. Review of Economics
    and Statistics 18(4), 162-171.
    Theil, H. (1967). Economics and Information Theory. North-Holland.
    Stoermann, W. (2009). Regionalökonomik: Theorie und Politik. Oldenbourg.
    Dörsam, P. (2004). Wirtschaftsstatistik anschaulich dargestellt. PD-Verlag.
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
    undefined = np.isnan(s).any(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(s > 0, s / np.where(big_s > 0, big_s, np.nan), 1.0)
        relative = np.where(s > 0, s * np.log(ratio), 0.0).sum(axis=1)
        positive = np.asarray((x > 0).all(axis=1))
        mld = np.log(np.where(positive[:, None], x.mean(axis=1, keepdims=True) / x, 1.0))
    theil = np.where(positive, mld.mean(axis=1), np.nan)
    relative[undefined] = np.nan
    return {
        "krugman": krugman,
        "hoover": 0.5 * krugman,
        "herfindahl": herf,
        "herfindahl_normalized": (herf - 1.0 / n) / (1.0 - 1.0 / n) if n > 1 else herf * np.nan,
        "theil": theil,
        "gini": gini_coefficient(x, axis=1),
        "gini_specialization": gini_coefficient(location_quotient(x, ref), axis=1),
        "theil_relative": relative,
    }
