"""Concentration of an industry across the regions of a province, year by year.

For a provincial plan (RPIP) the spread of manufacturing across its regencies and cities:
the Herfindahl-Hirschman index of the regions' shares of the province's manufacturing value
added, its normalised form, and the Theil index of those shares against an equal spread.
"""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import safe_divide


def regional_shares(x: np.ndarray) -> np.ndarray:
    """Each region's share of the total, by column (year): ``s_rt = x_rt / sum_r x_rt``.

    >>> regional_shares(np.array([[1.0, 3.0], [3.0, 1.0]])).tolist()
    [[0.25, 0.75], [0.75, 0.25]]
    """
    x = np.asarray(x, dtype=np.float64)
    return safe_divide(x, x.sum(axis=0, keepdims=True))


def herfindahl(x: np.ndarray) -> dict[str, np.ndarray]:
    """Herfindahl-Hirschman index of the regions' shares, for every year.

    Parameters
    ----------
    x : ndarray of shape (R, T)
        Value added of the industry in each of R regions (the regencies and cities of a
        province) over T years; values >= 0.

    Returns
    -------
    dict of ndarray (T,): ``hhi`` = sum_r s_rt^2 in [1/N, 1] (N regions with data), and
    ``hhi_normalised`` = (HHI - 1/N) / (1 - 1/N) in [0, 1] (0: an equal spread; 1: all in
    one region); nan for a year without value.

    Notes
    -----
    ``s_rt`` is region r's share of the province's value added in year t. A falling HHI
    over the plan's stages means industry spreads beyond its first centres, the aim of
    RIPIN's "persebaran industri" (PP 14/2015) at the provincial scale.

    References
    ----------
    Herfindahl, O. C. (1950). Concentration in the Steel Industry. PhD thesis, Columbia
    University. Hirschman, A. O. (1964). The paternity of an index. American Economic
    Review 54(5), 761.

    Examples
    --------
    >>> h = herfindahl(np.array([[50.0, 90.0], [30.0, 5.0], [20.0, 5.0]]))
    >>> [round(float(v), 4) for v in h["hhi"]], [round(float(v), 4) for v in h["hhi_normalised"]]
    ([0.38, 0.815], [0.07, 0.7225])
    """
    x = np.asarray(x, dtype=np.float64)
    s = regional_shares(x)
    hhi = np.where(x.sum(axis=0) > 0, (s**2).sum(axis=0), np.nan)
    n = (x > 0).any(axis=1).sum()
    norm = (hhi - 1.0 / n) / (1.0 - 1.0 / n) if n > 1 else np.full_like(hhi, np.nan)
    return {"hhi": hhi, "hhi_normalised": norm}


def theil(x: np.ndarray) -> np.ndarray:
    """Theil index of the regions' shares against an equal spread, for every year.

    ``T_t = sum_r s_rt ln(N s_rt)`` (terms with s = 0 count 0), in [0, ln N]: 0 when every
    region has the same share, ln N when one region has all; N is the number of regions.

    References
    ----------
    Theil, H. (1967). Economics and Information Theory. North-Holland, ch. 4 (the
    entropy measure of concentration).

    Examples
    --------
    >>> [round(float(v), 6) for v in theil(np.array([[50.0, 1.0], [50.0, 0.0]]))]
    [0.0, 0.693147]
    """
    x = np.asarray(x, dtype=np.float64)
    s = regional_shares(x)
    n = x.shape[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(s > 0, s * np.log(n * s), 0.0)
    return np.where(x.sum(axis=0) > 0, terms.sum(axis=0), np.nan)
