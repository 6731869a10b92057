"""Targets and pathways: required manufacturing growth, projections, recession exposure.

Pure numpy. Values are levels (PDRB at constant prices); growth rates and shares are
fractions (0.05 = 5 %).

References
----------
PP 14/2015 (RIPIN 2015-2035): national milestones, e.g. industry share of GDP 30 % by 2035.
BPS, "Laju pertumbuhan PDRB" for growth rates (constant prices).
"""

from __future__ import annotations

import numpy as np

from rancang.analysis._arrays import safe_divide
from rancang.core.i18n import Msg

__all__ = ["exposure", "recession_path", "required_growth", "share_path", "trend_path"]


def required_growth(m0: float | np.ndarray, r0: float | np.ndarray, *, rest_growth: float,
                    target_share: float, years: int) -> np.ndarray:
    """Annual manufacturing growth needed to reach a target share of PDRB.

    Parameters
    ----------
    m0 : manufacturing PDRB in the base year t0.
    r0 : PDRB of the rest of the economy (total minus manufacturing) in t0.
    rest_growth : ``r``, assumed annual growth of the rest of the economy (fraction).
    target_share : ``s`` in (0, 1), manufacturing share of PDRB to reach.
    years : ``T - t0`` > 0, years from the base year to the target year.

    Returns
    -------
    ndarray: ``g``, the constant annual growth rate (fraction).

    Notes
    -----
    With the rest growing at ``r``, ``R_T = R0 (1 + r)^(T - t0)``. The share is
    ``s = M_T / (M_T + R_T)``, so ``M_T = s / (1 - s) · R_T = s / (1 - s) · R0 (1 + r)^(T-t0)``.
    Constant growth from ``M0`` reaches it when ``M0 (1 + g)^(T-t0) = M_T``:

        ``g = (M_T / M0)^(1 / (T - t0)) - 1``.

    Example
    -------
    Hand computation: M0 = 20, R0 = 80 (share 20 %), rest growing 5 %, target 30 % in 10
    years: R_T = 80 · 1.05^10 = 130.31; M_T = 30/70 · 130.31 = 55.85; g = (55.85/20)^(1/10)
    - 1 = 10.81 %.

    >>> round(float(required_growth(20.0, 80.0, rest_growth=0.05, target_share=0.30,
    ...                             years=10)), 4)
    0.1081
    """
    if not 0.0 < target_share < 1.0:
        raise ValueError(Msg("analysis.target_share", share=target_share))
    if years <= 0:
        raise ValueError(Msg("analysis.target_year"))
    m0 = np.asarray(m0, dtype=np.float64)
    r0 = np.asarray(r0, dtype=np.float64)
    m_t = target_share / (1.0 - target_share) * r0 * (1.0 + rest_growth) ** years
    with np.errstate(invalid="ignore"):
        return safe_divide(m_t, m0) ** (1.0 / years) - 1.0


def trend_path(v0: float, growth: float, years: int) -> np.ndarray:
    """Constant-growth path ``v_k = v0 (1 + g)^k`` for k = 0 .. years.

    >>> trend_path(100.0, 0.1, 2).round(2).tolist()
    [100.0, 110.0, 121.0]
    """
    return float(v0) * (1.0 + growth) ** np.arange(years + 1)


def share_path(manufacturing: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Manufacturing share of PDRB, ``M / (M + R)``, element-wise.

    >>> share_path(np.array([20.0, 30.0]), np.array([80.0, 70.0])).tolist()
    [0.2, 0.3]
    """
    m = np.asarray(manufacturing, dtype=np.float64)
    return safe_divide(m, m + np.asarray(rest, dtype=np.float64))


def recession_path(baseline: np.ndarray, *, shock_index: int, depth: float,
                   recovery_years: int) -> np.ndarray:
    """A baseline path hit by a recession in one year, recovering linearly.

    Parameters
    ----------
    baseline : ndarray (K,)
        Levels without the shock.
    shock_index : position of the shock year in ``baseline``.
    depth : fraction of the level lost in the shock year (0.05 = 5 % below baseline).
    recovery_years : years to close the gap (0 = back on the baseline the next year).

    Notes
    -----
    ``v_k = b_k (1 - d · max(0, 1 - (k - k_s) / (n + 1)))`` for ``k >= k_s`` (``n`` the
    recovery years): the gap to the baseline is ``d`` in the shock year and closes in equal
    steps. Levels before the shock are the baseline. A stylised V/U-shaped scenario of the
    kind used in stress testing; the depth per industry comes from :func:`exposure`.

    References
    ----------
    Martin, R. (2012). Regional economic resilience, hysteresis and recessionary shocks.
    Journal of Economic Geography 12(1), 1-32 (resistance and recovery of regions).

    Example
    -------
    >>> recession_path(np.full(6, 100.0), shock_index=1, depth=0.1, recovery_years=1).tolist()
    [100.0, 90.0, 95.0, 100.0, 100.0, 100.0]
    """
    b = np.asarray(baseline, dtype=np.float64)
    if not 0.0 <= depth < 1.0:
        raise ValueError(Msg("analysis.depth", depth=depth))
    k = np.arange(b.size) - shock_index
    gap = np.where(k >= 0, depth * np.clip(1.0 - k / (recovery_years + 1.0), 0.0, 1.0), 0.0)
    return b * (1.0 - gap)


def exposure(industries: np.ndarray, total: np.ndarray) -> dict[str, np.ndarray]:
    """How exposed each industry is to the region's business cycle.

    Parameters
    ----------
    industries : ndarray (I, T)
        Levels of each industry over T >= 3 consecutive years.
    total : ndarray (T,)
        Total PDRB of the region.

    Returns
    -------
    dict of (I,) arrays: ``mean_growth``, ``volatility`` (standard deviation of annual growth,
    ddof=1), ``correlation`` (Pearson, with total growth) and ``beta``
    (``cov(g_i, g) / var(g)``: the % change of the industry per 1 % change of the total).
    NaN where a series has a zero level or the total growth does not vary.

    Notes
    -----
    Annual growth ``g_t = v_t / v_{t-1} - 1``. A recession that lowers total PDRB by ``d``
    lowers an industry by about ``beta · d``: the exposure ranking of the targets report.
    Beta is the OLS slope of ``g_i`` on ``g`` (the market-model beta of finance applied to
    a region's industries); with few years it is rough (standard error about
    ``vol_i sqrt(1 - rho^2) / (sd(g) sqrt(n - 2))``).

    References
    ----------
    Martin, R. (2012). Regional economic resilience, hysteresis and recessionary shocks.
    Journal of Economic Geography 12(1), 1-32. Sharpe, W. F. (1963). A simplified model
    for portfolio analysis. Management Science 9(2), 277-293 (the beta of a series against
    its aggregate).

    Example
    -------
    >>> t = np.array([100.0, 110.0, 99.0, 108.9])
    >>> out = exposure(np.vstack([t, t ** 0 * 5]), t)
    >>> out["beta"].round(6).tolist(), float(out["correlation"][0].round(6))
    ([1.0, 0.0], 1.0)
    """
    x = np.asarray(industries, dtype=np.float64)
    tot = np.asarray(total, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] != tot.size or tot.size < 3:
        raise ValueError(Msg("analysis.exposure_shape"))
    g = safe_divide(x[:, 1:], x[:, :-1]) - 1.0
    gt = safe_divide(tot[1:], tot[:-1]) - 1.0
    dg = g - g.mean(axis=1, keepdims=True)
    dt = gt - gt.mean()
    n = gt.size - 1
    cov = (dg * dt).sum(axis=1) / n
    var_t = (dt ** 2).sum() / n
    vol = np.sqrt((dg ** 2).sum(axis=1) / n)
    return {
        "mean_growth": g.mean(axis=1),
        "volatility": vol,
        "correlation": safe_divide(cov, vol * np.sqrt(var_t)),
        "beta": safe_divide(cov, np.full(cov.shape, var_t)),
    }
