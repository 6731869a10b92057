"""Column normalisations of a decision matrix (benefit/cost aware)."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from rancang.core.i18n import Msg

NORMALIZATIONS = ("vector", "minmax", "max", "sum")


def normalize(
    x: NDArray[np.float64], cost: NDArray[np.bool_], *, method: str = "minmax"
) -> NDArray[np.float64]:
    """Normalise each column so that larger is better.

    Parameters
    ----------
    x : array (n, m)
    cost : bool array (m,)
        True where smaller values are better.
    method : {"vector", "minmax", "max", "sum"}

    Returns
    -------
    ndarray (n, m)

    Notes
    -----
    vector: ``r = x / ||x||`` (benefit), ``1 - x / ||x||`` (cost);
    minmax: ``(x - min) / (max - min)`` (benefit), ``(max - x) / (max - min)`` (cost),
    a constant column becomes 1;
    max: ``x / max`` (benefit), ``min / x`` (cost);
    sum: ``x / sum x`` (benefit), ``(1/x) / sum(1/x)`` (cost).

    References
    ----------
    Jahan, A. & Edwards, K. L. (2015). A state-of-the-art survey on the influence of
    normalization techniques in ranking. Materials & Design 65, 335-342.

    Examples
    --------
    >>> normalize(np.array([[1.0], [3.0]]), np.array([True])).ravel().tolist()
    [1.0, 0.0]
    """
    if method == "vector":
        norm = np.sqrt((x * x).sum(axis=0))
        r = x / np.where(norm > 0, norm, 1.0)
        return np.where(cost, 1.0 - r, r)
    if method == "minmax":
        lo, hi = x.min(axis=0), x.max(axis=0)
        span = hi - lo
        safe = np.where(span > 0, span, 1.0)
        r = np.where(cost, (hi - x) / safe, (x - lo) / safe)
        return np.where(span > 0, r, 1.0)
    if method == "max":
        if np.any(x <= 0):
            raise ValueError(Msg("decision.normalization_positive", method="max"))
        scaled: NDArray[np.float64] = np.where(cost, x.min(axis=0) / x, x / x.max(axis=0))
        return scaled
    if method == "sum":
        if np.any(x <= 0):
            raise ValueError(Msg("decision.normalization_positive", method="sum"))
        inv = 1.0 / x
        shares: NDArray[np.float64] = np.where(cost, inv / inv.sum(axis=0), x / x.sum(axis=0))
        return shares
    raise ValueError(Msg("decision.normalization_unknown", method=method,
                         choices=", ".join(NORMALIZATIONS)))
