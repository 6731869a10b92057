"""Location quotients: static (LQ/SLQ), dynamic (DLQ) and the SLQ x DLQ quadrants."""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import as_reference, safe_divide

QUADRANT_LABELS = ("unggulan", "andalan", "prospektif", "tertinggal")
QUADRANT_LABELS_EN = {
    "unggulan": "leading (base, growing)",
    "andalan": "mainstay (base, losing ground)",
    "prospektif": "prospective (not base, gaining)",
    "tertinggal": "lagging (not base, not gaining)",
}


def location_quotient(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Static location quotient of every region, industry and year.

    Parameters
    ----------
    x : ndarray of shape (R, I, T) or (R, I)
        Regional values (e.g. PDRB by industry) of R regions and I industries.
    ref : ndarray of shape (I, ...) or (R, I, ...)
        Reference economy (province, nation or the sum of regions); one for all regions or
        one per region.

    Returns
    -------
    ndarray, same shape as ``x``; nan where a total is zero.

    Notes
    -----
    ``LQ_ij = (x_ij / x_j) / (X_i / X)`` where ``x_ij`` is industry i in region j, ``x_j``
    the region's total, ``X_i`` the reference's industry i and ``X`` its total. LQ > 1 marks a
    base (basis) industry: the region is more specialised in it than the reference.

    References
    ----------
    Isard, W. (1960). Methods of Regional Analysis. MIT Press.
    Farhauer, O., Kröll, A. (2013). Standorttheorien. Springer Gabler (example reproduced
    by REAT's ``locq``: 0.3847623).

    Examples
    --------
    >>> x = np.array([[[1714.0], [79006 - 1714.0]]])
    >>> ref = np.array([[879213.0], [15593224 - 879213.0]])
    >>> round(float(location_quotient(x, ref)[0, 0, 0]), 7)
    0.3847623
    """
    x = np.asarray(x, dtype=np.float64)
    ref = as_reference(x, ref)
    regional_share = safe_divide(x, x.sum(axis=1, keepdims=True))
    reference_share = safe_divide(ref, ref.sum(axis=1, keepdims=True))
    return safe_divide(regional_share, reference_share)


def dynamic_location_quotient(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Dynamic location quotient over the whole period of ``x`` (first to last year).

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2
    ref : ndarray of shape (I, T) or (R, I, T)

    Returns
    -------
    ndarray of shape (R, I); nan where a growth rate is undefined.

    Notes
    -----
    With average annual growth rates (arithmetic mean of the year-on-year rates over the
    ``t = T - 1`` year steps) ``g_ij`` of industry i in region j, ``g_j`` of the region's total,
    ``G_i`` of industry i in the reference and ``G`` of the reference total::

        DLQ_ij = [ (1 + g_ij) / (1 + g_j) ] / [ (1 + G_i) / (1 + G) ]  ** t

    DLQ > 1: the industry's share in the region grows faster than in the reference, so it
    can be expected to become (or remain) a base industry.

    References
    ----------
    Yasin, M. (2000), as presented in Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah.
    Erlangga; the form used in RPIK/RPIP studies in Indonesia.

    Examples
    --------
    >>> x = np.array([[[10.0, 11.0], [10.0, 10.0]]])
    >>> ref = np.array([[100.0, 100.0], [100.0, 100.0]])
    >>> round(float(dynamic_location_quotient(x, ref)[0, 0]), 6)  # (1.1/1.05) / 1
    1.047619
    """
    x = np.asarray(x, dtype=np.float64)
    ref = as_reference(x, ref)
    if x.ndim != 3 or x.shape[2] < 2:
        raise ValueError("dynamic LQ needs values of shape (R, I, T) with T >= 2")
    steps = x.shape[2] - 1

    def mean_growth(v: np.ndarray) -> np.ndarray:
        return np.mean(safe_divide(np.diff(v, axis=-1), v[..., :-1]), axis=-1)

    g_ij = mean_growth(x)
    g_j = mean_growth(x.sum(axis=1))[:, None]
    g_i = mean_growth(ref)
    g_total = mean_growth(ref.sum(axis=1))[:, None]
    regional = safe_divide(1.0 + g_ij, 1.0 + g_j)
    reference = safe_divide(1.0 + g_i, 1.0 + g_total)
    return np.asarray(safe_divide(regional, reference) ** steps)


def lq_quadrant(slq: np.ndarray, dlq: np.ndarray, *, threshold: float = 1.0) -> np.ndarray:
    """Classify industries by static and dynamic LQ.

    Parameters
    ----------
    slq, dlq : arrays of the same shape
    threshold : the base/non-base threshold (1 by definition)

    Returns
    -------
    ndarray of str: ``unggulan`` (SLQ > 1, DLQ > 1), ``andalan`` (SLQ > 1, DLQ <= 1),
    ``prospektif`` (SLQ <= 1, DLQ > 1), ``tertinggal`` (SLQ <= 1, DLQ <= 1); an empty
    string where either value is undefined.

    Notes
    -----
    Convention of the Indonesian RPIK literature: a base industry now (SLQ > 1) that keeps
    its advantage (DLQ > 1) is *unggulan*; one that is base now but losing ground is
    *andalan* (it still carries the economy); one not yet base but gaining is
    *prospektif*; the rest is *tertinggal*. English labels in ``QUADRANT_LABELS_EN``.

    References
    ----------
    Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah. Erlangga.

    Examples
    --------
    >>> lq_quadrant(np.array([1.2, 1.2, 0.8, 0.8]), np.array([1.1, 0.9, 1.1, 0.9])).tolist()
    ['unggulan', 'andalan', 'prospektif', 'tertinggal']
    """
    slq = np.asarray(slq, dtype=np.float64)
    dlq = np.asarray(dlq, dtype=np.float64)
    base = slq > threshold
    gaining = dlq > threshold
    out = np.where(
        base,
        np.where(gaining, QUADRANT_LABELS[0], QUADRANT_LABELS[1]),
        np.where(gaining, QUADRANT_LABELS[2], QUADRANT_LABELS[3]),
    ).astype(object)
    out[np.isnan(slq) | np.isnan(dlq)] = ""
    return out
