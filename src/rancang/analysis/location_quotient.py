"""Location quotients: static (LQ/SLQ), dynamic (DLQ) and the SLQ x DLQ quadrants."""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import FloatArray, as_reference, safe_divide
from rancang.core.i18n import Msg

QUADRANT_LABELS = ("unggulan", "andalan", "prospektif", "tertinggal")
QUADRANT_LABELS_EN = {
    "unggulan": "leading (base now, gaining)",
    "andalan": "mainstay (base now, losing ground)",
    "prospektif": "prospective (not base yet, gaining)",
    "tertinggal": "lagging (not base, not gaining)",
}
QUADRANT_CONVENTIONS = ("base-first", "growth-first")


def location_quotient(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Static location quotient of every region, industry and year.

    Parameters
    ----------
    x : ndarray of shape (R, I, T) or (R, I)
        Regional values (e.g. PDRB by industry) of R regions and I industries.
    ref : ndarray of shape (I, ...) or (R, I, ...)
        Reference economy (province, nation or the sum of regions): one for all regions or
        one per region.

    Returns
    -------
    ndarray, same shape as ``x``; nan where a total is zero.

    Notes
    -----
    ``LQ_ij = (x_ij / x_i) / (X_j / X)`` with ``x_ij`` industry j in region i, ``x_i`` the
    region's total over industries, ``X_j`` the reference's industry j and ``X`` its total.
    LQ > 1 marks a base (basis) industry: the region is more specialised in it than the
    reference. Identity: ``sum_j (X_j / X) * LQ_ij = 1`` for every region and year.

    References
    ----------
    Isard, W. (1960). Methods of Regional Analysis. MIT Press.
    Farhauer, O., Kröll, A. (2013). Standorttheorien. Springer Gabler (example reproduced
    by REAT's ``locq``: 0.3847623).

    Examples
    --------
    >>> x = np.array([[1714.0, 79006 - 1714.0]])
    >>> ref = np.array([879213.0, 15593224 - 879213.0])
    >>> round(float(location_quotient(x, ref)[0, 0]), 7)
    0.3847623
    """
    x = np.asarray(x, dtype=np.float64)
    ref = as_reference(x, ref)
    regional_share = safe_divide(x, x.sum(axis=1, keepdims=True))
    reference_share = safe_divide(ref, ref.sum(axis=1, keepdims=True))
    return safe_divide(regional_share, reference_share)


def mean_annual_growth(v: np.ndarray) -> FloatArray:
    """Arithmetic mean of the year-on-year growth rates along the last axis (nan if any is)."""
    mean: FloatArray = np.mean(safe_divide(np.diff(v, axis=-1), v[..., :-1]), axis=-1)
    return mean


def dynamic_location_quotient(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Dynamic location quotient over the whole period of ``x`` (first to last year).

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2, consecutive years
    ref : ndarray of shape (I, T) or (R, I, T)

    Returns
    -------
    ndarray of shape (R, I); nan where a growth rate is undefined (a zero value).

    Notes
    -----
    With ``t = T - 1`` year steps and average annual growth rates (the arithmetic mean of
    the t year-on-year rates) ``g_ij`` of industry j in region i, ``g_i`` of the region's
    total, ``G_j`` of industry j in the reference and ``G`` of the reference total::

        DLQ_ij = { [(1 + g_ij) / (1 + g_i)] / [(1 + G_j) / (1 + G)] } ** t

    DLQ > 1: the industry's share in the region grows faster than its share in the
    reference, so it can be expected to become (or remain) a base industry.

    References
    ----------
    Yasin, M. (2000), as presented in Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah:
    Reformasi, Perencanaan, Strategi, dan Peluang. Erlangga, Jakarta; the form used in
    RPIK/RPIP studies in Indonesia.

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
        raise ValueError(Msg("analysis.dlq_shape"))
    steps = x.shape[2] - 1
    g_ij = mean_annual_growth(x)
    g_i = mean_annual_growth(x.sum(axis=1))[:, None]
    g_j = mean_annual_growth(ref)
    g_ref = mean_annual_growth(ref.sum(axis=1))[:, None]
    return dlq_from_growth(g_ij, g_i, g_j, g_ref, steps)


def dlq_from_growth(g_ij: FloatArray, g_i: FloatArray, g_j: FloatArray, g_ref: FloatArray,
                    steps: float | FloatArray) -> np.ndarray:
    """DLQ from mean annual growth rates (see :func:`dynamic_location_quotient`)."""
    regional = safe_divide(1.0 + g_ij, 1.0 + g_i)
    reference = safe_divide(1.0 + g_j, 1.0 + g_ref)
    with np.errstate(invalid="ignore", over="ignore"):
        return np.asarray(safe_divide(regional, reference) ** steps)


def lq_quadrant(
    slq: np.ndarray,
    dlq: np.ndarray,
    *,
    threshold: float = 1.0,
    convention: str = "base-first",
) -> np.ndarray:
    """Classify industries by static and dynamic LQ (SLQ x DLQ matrix).

    Parameters
    ----------
    slq, dlq : arrays of the same shape (e.g. LQ of the last year and DLQ of the period)
    threshold : the base/non-base threshold (1 by definition); "greater than" is strict
    convention : which mixed case is *andalan*; see Notes

    Returns
    -------
    ndarray of str (object dtype), the same shape; an empty string where either value is
    undefined (nan).

    Notes
    -----
    ``convention``      SLQ > 1 and DLQ <= 1     SLQ <= 1 and DLQ > 1
    ``"base-first"``    andalan                  prospektif
    ``"growth-first"``  prospektif               andalan

    Always: SLQ > 1 and DLQ > 1 is *unggulan*; both <= 1 is *tertinggal*.

    The Indonesian literature is split on the two mixed cases. The default
    (``"base-first"``) calls a sector that is a base sector now but losing ground
    *andalan* (it still carries the regional economy), and a non-base sector that is gaining
    *prospektif* (it is expected to become a base sector: it has prospects). This reading
    follows the meaning of the words and is the one used, e.g., for Kepulauan Riau 2020-2024
    (Jurnal Ekonomi Manajemen dan Bisnis 2(6), doi:10.62017/jemb.v2i6.5038: "Industri
    Pengolahan dan Konstruksi diproyeksikan menjadi sektor basis baru yang prospektif").
    Other planning texts label SLQ < 1, DLQ > 1 as *andalan* (``"growth-first"``). Always
    state which convention a report uses; the CLI writes it next to the table.
    English labels in :data:`QUADRANT_LABELS_EN`.

    References
    ----------
    Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah. Erlangga (SLQ and DLQ).

    Examples
    --------
    >>> lq_quadrant(np.array([1.2, 1.2, 0.8, 0.8]), np.array([1.1, 0.9, 1.1, 0.9])).tolist()
    ['unggulan', 'andalan', 'prospektif', 'tertinggal']
    >>> lq_quadrant(np.array([1.2]), np.array([0.9]), convention="growth-first").tolist()
    ['prospektif']
    """
    if convention not in QUADRANT_CONVENTIONS:
        raise ValueError(Msg("analysis.convention", choices=", ".join(QUADRANT_CONVENTIONS)))
    slq = np.asarray(slq, dtype=np.float64)
    dlq = np.asarray(dlq, dtype=np.float64)
    lead, mainstay, prospect, lagging = QUADRANT_LABELS
    if convention == "growth-first":
        mainstay, prospect = prospect, mainstay
    base = slq > threshold
    gaining = dlq > threshold
    out = np.where(
        base, np.where(gaining, lead, mainstay), np.where(gaining, prospect, lagging)
    ).astype(object)
    out[np.isnan(slq) | np.isnan(dlq)] = ""
    return out
