"""Weighted sum (WSM) and weighted product (WPM)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_cost_mask, as_matrix, as_weights, unbatch
from rancang.decision.normalize import normalize


def wsm(
    values: ArrayLike, weights: ArrayLike, directions: ArrayLike | None = None, *,
    normalization: str = "minmax",
) -> NDArray[np.float64]:
    """Weighted sum of normalised criteria (higher is better).

    Parameters
    ----------
    values : array (n, m)
    weights : array (m,) or (S, m)
    directions : sequence of "benefit"/"cost", optional
    normalization : {"minmax", "max", "sum", "vector"}
        See :func:`rancang.decision.normalize.normalize`.

    Returns
    -------
    ndarray (n,) or (S, n)

    Notes
    -----
    ``A_i = sum_j w_j r_ij``.

    References
    ----------
    Fishburn, P. C. (1967). Additive utilities with incomplete product set: applications to
    priorities and assignments. Operations Research 15, 537-542. Triantaphyllou, E. (2000).
    *Multi-Criteria Decision Making Methods: A Comparative Study*. Kluwer, ch. 2.

    Examples
    --------
    >>> wsm([[1.0, 10.0], [3.0, 30.0]], [0.5, 0.5], ["benefit", "cost"]).tolist()
    [0.5, 0.5]
    """
    x = as_matrix(values)
    w, batch = as_weights(weights, x.shape[1])
    r = normalize(x, as_cost_mask(directions, x.shape[1]), method=normalization)
    return unbatch(w @ r.T, batch)


def wpm(
    values: ArrayLike, weights: ArrayLike, directions: ArrayLike | None = None, *,
    normalization: str = "max",
) -> NDArray[np.float64]:
    """Weighted product of normalised criteria (higher is better).

    Parameters
    ----------
    values : array (n, m)
        Positive values.
    weights : array (m,) or (S, m)
    directions : sequence of "benefit"/"cost", optional
    normalization : {"max", "sum", "vector"}
        Must give positive numbers (min-max gives zeros and is refused).

    Returns
    -------
    ndarray (n,) or (S, n)

    Notes
    -----
    ``P_i = prod_j r_ij ^ w_j``, computed as ``exp(sum_j w_j ln r_ij)``. With ``max``
    normalisation the ranking equals Bridgman's ratio form ``prod_j (x_aj / x_bj)^w_j``.

    References
    ----------
    Bridgman, P. W. (1922). *Dimensional Analysis*. Yale University Press. Triantaphyllou
    (2000), ch. 2.

    Examples
    --------
    >>> wpm([[1.0, 4.0], [4.0, 1.0]], [0.5, 0.5]).tolist()
    [0.5, 0.5]
    """
    x = as_matrix(values)
    w, batch = as_weights(weights, x.shape[1])
    if normalization == "minmax":
        raise ValueError(Msg("decision.wpm_normalization"))
    r = normalize(x, as_cost_mask(directions, x.shape[1]), method=normalization)
    if np.any(r <= 0):
        raise ValueError(Msg("decision.wpm_positive"))
    return unbatch(np.exp(w @ np.log(r).T), batch)
