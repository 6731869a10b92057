"""Growth, shares and contributions to growth."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rancang.analysis._arrays import safe_divide
from rancang.core.i18n import Msg


def cagr(x: np.ndarray, *, axis: int = -1, years: Sequence[int] | None = None) -> np.ndarray:
    """Compound annual growth rate between the first and last entries along ``axis``.

    Parameters
    ----------
    x : ndarray with T >= 2 entries along ``axis`` (consecutive years unless ``years``)
    years : the years of the entries, optional
        For a panel with gaps (census years 2006, 2016): the rate is annualised over
        ``years[-1] - years[0]`` years instead of ``T - 1``.

    Returns
    -------
    ndarray without ``axis``; nan where the first value is zero or the ratio is negative.

    Notes
    -----
    ``CAGR = (x_T / x_0) ** (1 / (T - 1)) - 1``; with ``years``,
    ``(x_T / x_0) ** (1 / (year_T - year_0)) - 1``.

    References
    ----------
    BPS, "Laju pertumbuhan PDRB" (growth of constant-price PDRB); standard definition.

    Examples
    --------
    >>> round(float(cagr(np.array([100.0, 110.0, 121.0]))), 10)
    0.1
    >>> round(float(cagr(np.array([100.0, 121.0]), years=[2008, 2010])), 10)
    0.1
    """
    x = np.asarray(x, dtype=np.float64)
    x = np.moveaxis(x, axis, -1)
    steps = x.shape[-1] - 1 if years is None else int(years[-1]) - int(years[0])
    if steps < 1:
        raise ValueError(Msg("analysis.cagr_years"))
    ratio = safe_divide(x[..., -1], x[..., 0])
    with np.errstate(invalid="ignore"):
        out = np.where(ratio >= 0, np.abs(ratio) ** (1.0 / steps) - 1.0, np.nan)
    return np.asarray(out)


def shares(x: np.ndarray) -> np.ndarray:
    """Share of each industry in its region's total (industry axis 1).

    Parameters
    ----------
    x : ndarray (R, I) or (R, I, T)

    Returns
    -------
    ndarray of the same shape; nan where the region's total is zero.

    Notes
    -----
    ``s_ij = x_ij / sum_j x_ij`` (region i, industry j); BPS "distribusi PDRB" / "peranan".

    References
    ----------
    BPS (2015). Produk Domestik Regional Bruto Kabupaten/Kota di Indonesia menurut Lapangan
    Usaha, technical notes ("distribusi persentase").

    Examples
    --------
    >>> shares(np.array([[1.0, 3.0]])).tolist()
    [[0.25, 0.75]]
    """
    x = np.asarray(x, dtype=np.float64)
    return safe_divide(x, x.sum(axis=1, keepdims=True))


def contribution_to_growth(x: np.ndarray, *, per_year: bool = False) -> np.ndarray:
    """Contribution of each industry to its region's growth, in percentage points.

    Parameters
    ----------
    x : ndarray of shape (R, I, T), T >= 2, consecutive years
    per_year : False (default) for the whole period, True for every consecutive year pair

    Returns
    -------
    ndarray (R, I) for the whole period, or (R, I, T - 1) per year pair (column t is the
    step from year t to year t + 1); nan where the region's starting total is zero.

    Notes
    -----
    ``c_ij = 100 * (x_ij,end - x_ij,start) / x_i,start`` with ``x_i`` the region's total.
    Summed over industries it equals the region's growth in percent over the same step
    (BPS "sumber pertumbuhan ekonomi", source of growth). Per year pair it is the table BPS
    publishes each year; for the whole period it is the cumulative growth, not an average.

    References
    ----------
    BPS (2015). Produk Domestik Regional Bruto Kabupaten/Kota di Indonesia menurut Lapangan
    Usaha, technical notes ("sumber pertumbuhan ekonomi").

    Examples
    --------
    >>> contribution_to_growth(np.array([[[50.0, 60.0], [50.0, 50.0]]])).tolist()
    [[10.0, 0.0]]
    >>> contribution_to_growth(np.array([[[50.0, 60.0, 66.0]]]), per_year=True).tolist()
    [[[20.0, 10.0]]]
    """
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 3 or x.shape[2] < 2:
        raise ValueError(Msg("analysis.contribution_shape"))
    if per_year:
        start_total = x[:, :, :-1].sum(axis=1, keepdims=True)
        return 100.0 * safe_divide(np.diff(x, axis=2), start_total)
    start_total = x[:, :, 0].sum(axis=1, keepdims=True)
    return 100.0 * safe_divide(x[:, :, -1] - x[:, :, 0], start_total)
