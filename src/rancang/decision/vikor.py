"""VIKOR: compromise ranking with the acceptable-advantage and stability conditions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.decision._common import as_cost_mask, as_matrix, as_weights, unbatch


@dataclass(frozen=True)
class VikorResult:
    """S (group utility), R (individual regret), Q (compromise index; lower is better)."""

    s: NDArray[np.float64]
    r: NDArray[np.float64]
    q: NDArray[np.float64]
    order: NDArray[np.int64]
    advantage: bool
    stability: bool
    compromise: tuple[int, ...]
    v: float


def _regret(x: NDArray[np.float64], cost: NDArray[np.bool_]) -> NDArray[np.float64]:
    best = np.where(cost, x.min(axis=0), x.max(axis=0))
    worst = np.where(cost, x.max(axis=0), x.min(axis=0))
    span = best - worst
    return np.where(span != 0, (best - x) / np.where(span != 0, span, 1.0), 0.0)


def _scale(a: NDArray[np.float64]) -> NDArray[np.float64]:
    lo, hi = a.min(axis=-1, keepdims=True), a.max(axis=-1, keepdims=True)
    return np.where(hi > lo, (a - lo) / np.where(hi > lo, hi - lo, 1.0), 0.0)


def vikor_q(
    values: ArrayLike, weights: ArrayLike, directions: ArrayLike | None = None, *,
    v: float = 0.5, chunk: int = 256,
) -> NDArray[np.float64]:
    """VIKOR compromise index Q only, for one weight vector (n,) or a batch (S, n).

    Parameters
    ----------
    values, weights, directions
        As in :func:`vikor`; ``weights`` may be (S, m).
    v : float
        Weight of the strategy of "the majority of criteria".
    chunk : int
        Samples per block when computing R for a batch (memory n x chunk x m).

    Returns
    -------
    ndarray (n,) or (S, n)

    Notes
    -----
    See :func:`vikor`.

    References
    ----------
    Opricovic & Tzeng (2004).

    Examples
    --------
    >>> vikor_q([[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]], [0.5, 0.5]).tolist()
    [0.0, 0.0, 1.0]
    """
    x = as_matrix(values)
    w, batch = as_weights(weights, x.shape[1])
    d = _regret(x, as_cost_mask(directions, x.shape[1]))
    s = w @ d.T
    r = np.empty_like(s)
    for k in range(0, w.shape[0], chunk):
        r[k:k + chunk] = (w[k:k + chunk, None, :] * d[None, :, :]).max(axis=2)
    q = v * _scale(s) + (1.0 - v) * _scale(r)
    return unbatch(q, batch)


def vikor(
    values: ArrayLike, weights: ArrayLike, directions: ArrayLike | None = None, *,
    v: float = 0.5,
) -> VikorResult:
    """VIKOR ranking with its compromise solution.

    Parameters
    ----------
    values : array (n, m)
    weights : array (m,)
    directions : sequence of "benefit"/"cost", optional
    v : float, default 0.5
        Weight of the group-utility strategy (0.5 = consensus).

    Returns
    -------
    VikorResult
        ``order`` lists alternatives by ascending Q (ties broken by S, then index);
        ``compromise`` is the compromise set.

    Notes
    -----
    ``S_i = sum_j w_j (f*_j - f_ij)/(f*_j - f-_j)``, ``R_i = max_j w_j (...)``,
    ``Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*)``.
    C1 acceptable advantage: ``Q(a2) - Q(a1) >= DQ = 1/(J - 1)``. C2 acceptable stability:
    ``a1`` is also best by S or by R. If only C2 fails the compromise set is {a1, a2}; if C1
    fails it is {a1, ..., aM} with M the largest for which ``Q(aM) - Q(a1) < DQ``.

    References
    ----------
    Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a comparative
    analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2), 445-455.

    Examples
    --------
    >>> r = vikor([[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]], [0.6, 0.4])
    >>> r.order.tolist(), r.compromise, r.advantage
    ([1, 0, 2], (1, 0), False)
    """
    x = as_matrix(values)
    w, _ = as_weights(weights, x.shape[1])
    w = w[0]
    d = _regret(x, as_cost_mask(directions, x.shape[1])) * w
    s, r = d.sum(axis=1), d.max(axis=1)
    q = v * _scale(s) + (1.0 - v) * _scale(r)
    order = np.lexsort((np.arange(len(q)), s, q))
    n = len(q)
    if n == 1:
        return VikorResult(s, r, q, order, True, True, (0,), v)
    dq = 1.0 / (n - 1)
    a1 = int(order[0])
    advantage = bool(q[order[1]] - q[a1] >= dq - 1e-12)
    stability = bool(np.isclose(s[a1], s.min()) or np.isclose(r[a1], r.min()))
    if not advantage:
        compromise = tuple(int(i) for i in order if q[i] - q[a1] < dq - 1e-12)
    elif not stability:
        compromise = (a1, int(order[1]))
    else:
        compromise = (a1,)
    return VikorResult(s, r, q, order, advantage, stability, compromise, v)
