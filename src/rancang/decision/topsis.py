"""TOPSIS: closeness to the ideal solution."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_cost_mask, as_matrix, as_weights, unbatch


def topsis(
    values: ArrayLike,
    weights: ArrayLike,
    directions: ArrayLike | None = None,
    *,
    normalization: str = "vector",
) -> NDArray[np.float64]:
    """Relative closeness of each alternative to the ideal solution (higher is better).

    Parameters
    ----------
    values : array (n, m)
        Decision matrix, alternatives in rows.
    weights : array (m,) or (S, m)
        Criterion weights (normalised to sum 1); a 2-D array evaluates S weight vectors at once.
    directions : sequence of "benefit"/"cost" (m,), optional (default all benefit)
    normalization : {"vector", "minmax"}
        Vector (Hwang & Yoon's original) or min-max normalisation.

    Returns
    -------
    ndarray (n,) or (S, n)
        ``C_i`` in [0, 1].

    Notes
    -----
    ``r_ij = x_ij / sqrt(sum_i x_ij^2)`` (vector) or ``(x_ij - min_j)/(max_j - min_j)``,
    ``v_ij = w_j r_ij``; ideal ``v+_j`` is the best, anti-ideal ``v-_j`` the worst ``v_ij``
    (max for benefit, min for cost); ``D+_i = ||v_i - v+||``, ``D-_i = ||v_i - v-||``,
    ``C_i = D-_i / (D+_i + D-_i)``. With ``w_j >= 0`` the weighted ideal is ``w_j`` times
    the unweighted one, so ``D+^2 = ((r - r+)^2) @ w^2``: one matrix product for S samples.

    References
    ----------
    Hwang, C.-L. & Yoon, K. (1981). *Multiple Attribute Decision Making: Methods and
    Applications*. Springer, pp. 128-134 (fighter-aircraft example, ``C = 0.643, 0.268,
    0.613, 0.312``; the book rounds intermediate steps, so A3 is 0.6135 unrounded).

    Examples
    --------
    >>> x = [[2.0, 1500, 20000, 5.5, 5, 9], [2.5, 2700, 18000, 6.5, 3, 5],
    ...      [1.8, 2000, 21000, 4.5, 7, 7], [2.2, 1800, 20000, 5.0, 5, 5]]
    >>> d = ["benefit"] * 3 + ["cost"] + ["benefit"] * 2
    >>> topsis(x, [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], d).round(2).tolist()
    [0.64, 0.27, 0.61, 0.31]
    """
    x = as_matrix(values)
    w, batch = as_weights(weights, x.shape[1])
    return unbatch(topsis_scorer(x, directions, normalization=normalization)(w), batch)


def topsis_scorer(
    values: ArrayLike, directions: ArrayLike | None = None, *, normalization: str = "vector",
) -> Callable[[ArrayLike], NDArray[np.float64]]:
    """TOPSIS closeness as a function of a batch of weights (S, m) -> (S, n).

    The weight-independent part of :func:`topsis` (normalisation, ideal and anti-ideal,
    the squared distances per criterion) is computed once, so that the Monte-Carlo weight
    samples of a robustness analysis cost one matrix product each; the scores are the
    same as :func:`topsis` gives (it is computed by this function).

    >>> score = topsis_scorer([[1.0, 2.0], [2.0, 1.0]], ["benefit", "cost"])
    >>> score([[0.5, 0.5], [1.0, 0.0]]).round(3).tolist()
    [[0.0, 1.0], [0.0, 1.0]]
    """
    x = as_matrix(values)
    cost = as_cost_mask(directions, x.shape[1])
    if normalization == "vector":
        norm = np.sqrt((x * x).sum(axis=0))
        r = x / np.where(norm > 0, norm, 1.0)
    elif normalization == "minmax":
        lo, span = x.min(axis=0), np.ptp(x, axis=0)
        r = (x - lo) / np.where(span > 0, span, 1.0)
    else:
        raise ValueError(Msg("decision.topsis_normalization"))
    best = np.where(cost, r.min(axis=0), r.max(axis=0))
    worst = np.where(cost, r.max(axis=0), r.min(axis=0))
    to_best = (r - best) ** 2
    to_worst = (r - worst) ** 2
    m = x.shape[1]

    def score(weights: ArrayLike) -> NDArray[np.float64]:
        w, _ = as_weights(weights, m)
        w2 = (w * w).T
        d_plus = to_best @ w2  # (n, S); in place below: S x n values, four passes
        np.maximum(d_plus, 0.0, out=d_plus)
        np.sqrt(d_plus, out=d_plus)
        d_minus = to_worst @ w2
        np.maximum(d_minus, 0.0, out=d_minus)
        np.sqrt(d_minus, out=d_minus)
        d_plus += d_minus  # the total distance
        c = np.full_like(d_plus, 0.5)
        np.divide(d_minus, d_plus, out=c, where=d_plus > 0)
        out: NDArray[np.float64] = c.T
        return out

    return score
