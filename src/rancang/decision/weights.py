"""Objective criterion weights: entropy and CRITIC."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_cost_mask, as_matrix
from rancang.decision.normalize import normalize


def entropy_weights(values: ArrayLike) -> NDArray[np.float64]:
    """Shannon-entropy weights: criteria whose values differ more weigh more.

    Parameters
    ----------
    values : array (n, m)
        Non-negative values, n >= 2.

    Returns
    -------
    ndarray (m,)

    Notes
    -----
    ``p_ij = x_ij / sum_i x_ij``, ``E_j = -sum_i p_ij ln p_ij / ln n`` (``0 ln 0 = 0``),
    ``w_j = (1 - E_j) / sum_k (1 - E_k)``. Equal weights if every column is uniform.

    References
    ----------
    Zeleny, M. (1982). *Multiple Criteria Decision Making*. McGraw-Hill. Hwang & Yoon (1981),
    pp. 52-54.

    Examples
    --------
    >>> entropy_weights([[1.0, 1.0], [1.0, 3.0]]).round(3).tolist()
    [0.0, 1.0]
    """
    x = as_matrix(values)
    n, m = x.shape
    if n < 2:
        raise ValueError(Msg("decision.entropy_two"))
    if np.any(x < 0):
        raise ValueError(Msg("decision.entropy_negative"))
    col = x.sum(axis=0)
    p = x / np.where(col > 0, col, 1.0)
    plogp = np.where(p > 0, p * np.log(np.where(p > 0, p, 1.0)), 0.0)
    e = np.where(col > 0, -plogp.sum(axis=0) / np.log(n), 1.0)
    d = np.clip(1.0 - e, 0.0, None)
    return d / d.sum() if d.sum() > 0 else np.full(m, 1.0 / m)


def critic_weights(
    values: ArrayLike, directions: ArrayLike | None = None
) -> NDArray[np.float64]:
    """CRITIC weights: contrast (standard deviation) times conflict (1 - correlation).

    Parameters
    ----------
    values : array (n, m)
    directions : sequence of "benefit"/"cost", optional

    Returns
    -------
    ndarray (m,)

    Notes
    -----
    ``r_ij`` min-max normalised (larger is better), ``sigma_j`` its standard deviation
    (population, ``ddof=0``), ``rho_jk`` Pearson correlation, ``C_j = sigma_j sum_k
    (1 - rho_jk)``, ``w_j = C_j / sum_k C_k``. A constant column gets weight 0.

    References
    ----------
    Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995). Determining objective weights
    in multiple criteria problems: the CRITIC method. Computers & Operations Research 22(7),
    763-770.

    Examples
    --------
    >>> critic_weights([[1.0, 2.0, 3.0], [2.0, 1.0, 3.0], [3.0, 3.0, 1.0]]).round(3).tolist()
    [0.262, 0.262, 0.477]
    """
    x = as_matrix(values)
    r = normalize(x, as_cost_mask(directions, x.shape[1]), method="minmax")
    sd = r.std(axis=0)
    z = r - r.mean(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        rho = (z.T @ z) / (len(r) * np.outer(sd, sd))
    rho = np.where(np.isfinite(rho), rho, 0.0)
    c = sd * (1.0 - rho).sum(axis=1)
    return c / c.sum() if c.sum() > 0 else np.full(x.shape[1], 1.0 / x.shape[1])
