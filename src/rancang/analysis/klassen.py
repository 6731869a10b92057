"""Klassen typology of the industries of a region."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rancang.analysis._arrays import as_reference
from rancang.analysis.growth import cagr, shares
from rancang.core.i18n import Msg

KLASSEN_LABELS = (
    "maju dan tumbuh pesat",
    "maju tapi tertekan",
    "potensial berkembang",
    "relatif tertinggal",
)
KLASSEN_LABELS_EN = {
    "maju dan tumbuh pesat": "advanced and fast-growing",
    "maju tapi tertekan": "advanced but stagnant",
    "potensial berkembang": "developing (potential)",
    "relatif tertinggal": "relatively lagging",
}


def klassen(
    x: np.ndarray, ref: np.ndarray, *, share_basis: str = "mean",
    years: Sequence[int] | None = None,
) -> dict[str, np.ndarray]:
    """Klassen typology of every industry of every region against the reference.

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2
    ref : ndarray of shape (I, T) or (R, I, T)
    share_basis : ``"mean"`` (default): shares averaged over the years of the period, as in
        most Indonesian Klassen tables ("rata-rata kontribusi"); ``"last"``: last year
    years : the years of the T entries, optional: a panel with gaps (census years) has its
        growth annualised over the years spanned (:func:`~rancang.analysis.growth.cagr`)

    Returns
    -------
    dict of ndarray (R, I): ``growth`` (CAGR of the industry in the region over the
    period), ``reference_growth`` (CAGR of the industry in the reference), ``share`` (the
    industry's share of the region's total, see ``share_basis``), ``reference_share`` (its
    share of the reference total, same basis), ``quadrant`` (str).

    Notes
    -----
    Quadrants (sector-based Klassen typology)::

        growth >  reference_growth and share >  reference_share: maju dan tumbuh pesat
        growth <= reference_growth and share >  reference_share: maju tapi tertekan
        growth >  reference_growth and share <= reference_share: potensial berkembang
        growth <= reference_growth and share <= reference_share: relatif tertinggal

    Ties go to the lower class ("greater than" is strict). An empty string where a growth
    rate is undefined. This is the sector-based Klassen typology as used in Indonesian
    regional planning (Sjafrizal): the industry's growth and share in the region against the
    same industry's growth and share in the reference economy (province or nation).

    References
    ----------
    Klassen, L. H. (1965). Area Economic and Social Redevelopment. OECD.
    Sjafrizal (2008). Ekonomi Regional: Teori dan Aplikasi. Baduose Media.

    Examples
    --------
    >>> x = np.array([[[10.0, 20.0], [90.0, 90.0]]])
    >>> ref = np.array([[10.0, 11.0], [90.0, 99.0]])
    >>> klassen(x, ref)["quadrant"].tolist()
    [['maju dan tumbuh pesat', 'relatif tertinggal']]
    """
    x = np.asarray(x, dtype=np.float64)
    ref = np.broadcast_to(as_reference(x, ref), x.shape)
    growth = cagr(x, years=years)
    reference_growth = cagr(ref, years=years)
    if share_basis == "mean":
        share = shares(x).mean(axis=2)
        reference_share = shares(ref).mean(axis=2)
    elif share_basis == "last":
        share = shares(x[:, :, -1])
        reference_share = shares(ref[:, :, -1])
    else:
        raise ValueError(Msg("analysis.share_basis"))
    fast = growth > reference_growth
    big = share > reference_share
    quadrant = np.where(
        big,
        np.where(fast, KLASSEN_LABELS[0], KLASSEN_LABELS[1]),
        np.where(fast, KLASSEN_LABELS[2], KLASSEN_LABELS[3]),
    ).astype(object)
    quadrant[np.isnan(growth) | np.isnan(reference_growth)] = ""
    return {
        "growth": growth,
        "reference_growth": reference_growth,
        "share": share,
        "reference_share": reference_share,
        "quadrant": quadrant,
    }
