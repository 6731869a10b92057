"""How fragile is a ranking: Monte-Carlo weight perturbation and the smallest swapping change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import ranks_from_scores

#: A scorer maps a batch of weight vectors (S, m) to scores (S, n).
Scorer = Callable[[NDArray[np.float64]], NDArray[np.float64]]


@dataclass(frozen=True)
class Robustness:
    """Rank of each alternative at the given weights and over the weight samples.

    ``acceptability_matrix[i, k]`` is the share of samples in which alternative i holds rank
    k + 1 (rows sum to 1); ``acceptability[i]`` is that share at i's own rank.
    """

    scores: NDArray[np.float64]
    rank: NDArray[np.int64]
    rank_low: NDArray[np.int64]
    rank_high: NDArray[np.int64]
    acceptability: NDArray[np.float64]
    acceptability_matrix: NDArray[np.float64]
    samples: int


@dataclass(frozen=True)
class WeightSwap:
    """The smallest move of weight from one criterion to another that lets b catch up with a.

    ``change`` is the total absolute change ``sum_j |w'_j - w_j|`` (twice the moved weight).
    """

    a: int
    b: int
    change: float
    from_criterion: int
    to_criterion: int
    weights: NDArray[np.float64]
    exact: bool


def dirichlet_weights(
    weights: ArrayLike, *, samples: int, concentration: float = 50.0,
    rng: np.random.Generator | int | None = None,
) -> NDArray[np.float64]:
    """Random weight vectors centred on ``weights`` (Dirichlet), shape (samples, m).

    Parameters
    ----------
    weights : array (m,)
        Centre; zero weights stay zero.
    samples : int
    concentration : float
        ``alpha_0``: the Dirichlet parameters are ``alpha_0 w``; larger is tighter.
    rng : Generator or seed

    Returns
    -------
    ndarray (samples, m)

    Notes
    -----
    ``E[W_j] = w_j``, ``Var[W_j] = w_j (1 - w_j) / (alpha_0 + 1)``.

    References
    ----------
    Lahdelma, R., Hokkanen, J. & Salminen, P. (1998). SMAA - stochastic multiobjective
    acceptability analysis. EJOR 106(1), 137-143.

    Examples
    --------
    >>> w = dirichlet_weights([0.5, 0.3, 0.2, 0.0], samples=4, rng=1)
    >>> w.shape, bool(np.allclose(w.sum(axis=1), 1)), bool((w[:, 3] == 0).all())
    ((4, 4), True, True)
    """
    w = np.asarray(weights, dtype=np.float64)
    w = w / w.sum()
    if concentration <= 0:
        raise ValueError(Msg("decision.concentration"))
    gen = np.random.default_rng(rng)
    out = np.zeros((samples, w.shape[0]))
    pos = w > 0
    out[:, pos] = gen.dirichlet(concentration * w[pos], size=samples)
    return out


def group_weights(
    priorities: ArrayLike, *, samples: int, participant_weights: ArrayLike | None = None,
    rng: np.random.Generator | int | None = None,
) -> NDArray[np.float64]:
    """Weight vectors spread like the group's opinions (Bayesian bootstrap of participants).

    Parameters
    ----------
    priorities : array (k, m)
        Each participant's priority vector.
    samples : int
    participant_weights : array (k,), optional
    rng : Generator or seed

    Returns
    -------
    ndarray (samples, m)

    Notes
    -----
    Each sample draws participant weights ``lambda ~ Dirichlet(k p)`` (p the participant
    weights, default equal) and returns the normalised weighted geometric mean
    ``prod_k w^(k) ^ lambda_k`` (the AIP of a resampled group).

    References
    ----------
    Rubin, D. B. (1981). The Bayesian bootstrap. Annals of Statistics 9(1), 130-134.

    Examples
    --------
    >>> s = group_weights([[0.6, 0.4], [0.4, 0.6]], samples=200, rng=0)
    >>> bool(s[:, 0].min() >= 0.4 and s[:, 0].max() <= 0.6)
    True
    """
    p = np.atleast_2d(np.asarray(priorities, dtype=np.float64))
    k = p.shape[0]
    pw = np.full(k, 1.0 / k) if participant_weights is None else np.asarray(
        participant_weights, dtype=np.float64)
    pw = pw / pw.sum()
    gen = np.random.default_rng(rng)
    lam = gen.dirichlet(k * pw, size=samples)
    g = np.exp(lam @ np.log(np.clip(p, 1e-300, None)))
    out: NDArray[np.float64] = g / g.sum(axis=1, keepdims=True)
    return out


INTERVALS = ("quantile", "minmax")
#: Largest array of sampled ranks kept for the quantile intervals (samples x n int32).
MAX_RANK_BYTES = 1_500_000_000
#: Scores and ranks computed at once (samples per chunk x alternatives).
CHUNK_CELLS = 4_000_000
#: Ranks for which the rank acceptability b_i^k is kept when there are many alternatives.
TOP_K = 100


def rank_robustness(
    scorer: Scorer, weights: ArrayLike, samples: ArrayLike, *,
    higher_is_better: bool = True, chunk: int = 2000, interval: str = "quantile",
    quantiles: tuple[float, float] = (0.05, 0.95), top_k: int | None = None,
) -> Robustness:
    """Rank intervals and rank acceptability of every alternative over weight samples.

    Parameters
    ----------
    scorer : callable (S, m) -> (S, n)
        Scores for a batch of weight vectors (e.g. ``lambda W: topsis(x, W, d)``).
    weights : array (m,)
        The given weights; their ranking is ``rank``.
    samples : array (S, m)
        Perturbed weights, e.g. from :func:`dirichlet_weights` or :func:`group_weights`.
    higher_is_better : bool
        False for VIKOR's Q.
    chunk : int
        Samples scored at once (at most ``CHUNK_CELLS / n``; memory ~ chunk x n).
    interval : {"quantile", "minmax"}
        ``quantile`` (default): ``rank_low``/``rank_high`` are the ``quantiles`` of the
        sampled ranks, as ``rancang analyze`` reports them; ``minmax``: the best and worst
        rank seen.
    quantiles : (float, float), default (0.05, 0.95)
    top_k : int, optional
        Keep the rank acceptability ``b_i^k`` for ranks ``k <= top_k`` only (default: all
        ``n`` ranks). An n x n table is meaningless and unaffordable for 83,000 villages
        (51 GB); ``acceptability`` (each alternative's share at its own rank) is computed
        for every alternative either way.

    Returns
    -------
    Robustness

    Notes
    -----
    Ranks are ordinal (ties keep input order), so every sample's ranks are a permutation.
    With ``interval="quantile"`` and S samples, ``rank_low`` is the order statistic
    ``floor(q_lo (S - 1))`` (0-based) of an alternative's sampled ranks and ``rank_high``
    the order statistic ``ceil(q_hi (S - 1))`` (the same rule as
    :func:`rancang.analysis.ranking.rank_intervals`), both widened to include the rank at
    the given weights; with ``minmax`` the best and worst ranks seen over the samples and
    the given weights. Rank acceptability ``b_i^k`` = share of samples where i has rank k.
    Memory: the sampled ranks are kept as int32 (S x n, refused beyond
    ``MAX_RANK_BYTES`` with a message naming the largest ``S``) for the quantiles, which are
    order statistics taken a block of alternatives at a time; no n x n table is formed.

    References
    ----------
    Lahdelma, Hokkanen & Salminen (1998), SMAA rank acceptability indices.

    Examples
    --------
    >>> x = np.array([[1.0, 0.0], [0.0, 1.0], [0.4, 0.4]])
    >>> r = rank_robustness(lambda W: W @ x.T, [0.6, 0.4], [[0.6, 0.4], [0.3, 0.7]])
    >>> r.rank.tolist(), r.rank_low.tolist(), r.rank_high.tolist()
    ([1, 2, 3], [1, 1, 2], [3, 2, 3])
    """
    if interval not in INTERVALS:
        raise ValueError(Msg("decision.interval", choices=", ".join(INTERVALS)))
    base = np.asarray(scorer(np.atleast_2d(np.asarray(weights, dtype=np.float64))))[0]
    rank = ranks_from_scores(base, higher_is_better=higher_is_better)
    n = base.shape[0]
    w = np.atleast_2d(np.asarray(samples, dtype=np.float64))
    n_s = w.shape[0] if w.size else 0
    k_top = n if top_k is None else max(1, min(n, int(top_k)))
    keep = interval == "quantile" and n_s > 0
    if keep and n_s * n * 4 > MAX_RANK_BYTES:
        raise ValueError(Msg("decision.too_many_samples", samples=n_s, n=n,
                             gb=n_s * n * 4 / 1e9, most=max(1, MAX_RANK_BYTES // (4 * n))))
    sampled = np.empty((n_s, n), dtype=np.int32) if keep else None
    low, high = rank.copy(), rank.copy()
    at_own = np.zeros(n, dtype=np.int64)
    top = np.zeros(n * k_top, dtype=np.int64)
    alt = np.arange(n)
    step = max(1, min(chunk, CHUNK_CELLS // max(n, 1)))
    for k in range(0, n_s, step):
        r = sampled_ranks(scorer(w[k:k + step]), higher_is_better=higher_is_better)
        if sampled is not None:
            sampled[k:k + r.shape[0]] = r
        else:
            np.minimum(low, r.min(axis=0), out=low)
            np.maximum(high, r.max(axis=0), out=high)
        at_own += (r == rank).sum(axis=0)
        hit = r <= k_top
        cols = np.broadcast_to(alt, r.shape)[hit]
        top += np.bincount(cols * k_top + (r[hit] - 1), minlength=n * k_top)
    if sampled is not None:
        k_low = int(np.floor(quantiles[0] * (n_s - 1)))
        k_high = int(np.ceil(quantiles[1] * (n_s - 1)))
        q_low, q_high = _order_statistics(sampled, k_low, k_high)
        low = np.minimum(q_low, rank)
        high = np.maximum(q_high, rank)
    total = max(n_s, 1)
    matrix = top.reshape(n, k_top) / total
    acceptability = at_own / total
    if n_s == 0:
        acceptability = np.ones(n)
        own = rank <= k_top
        matrix[alt[own], rank[own] - 1] = 1.0
    return Robustness(base, rank, low, high, acceptability, matrix, n_s)


def sampled_ranks(scores: NDArray[np.float64], *, higher_is_better: bool = True,
                  ) -> NDArray[np.int32]:
    """Ordinal ranks (1 = best, ties in input order) of each row of ``scores`` (S, n).

    Notes
    -----
    Each score is mapped to an integer key, its position in the row's range quantised to
    ``min(52, 63 - b)`` bits (``b`` bits hold the alternative's index, ``2^b >= n``), so
    that one unstable sort of unique 64-bit keys gives the ordinal ranks. Scores closer
    than ``range / 2^52`` (2e-16 of the range) count as tied; an undefined score ranks
    last; the rank at the given weights is computed exactly (:func:`ranks_from_scores`).

    Example
    -------
    >>> sampled_ranks(np.array([[0.2, 0.9, 0.5, 0.9]])).tolist()
    [[4, 1, 3, 2]]
    >>> sampled_ranks(np.array([[0.2, np.nan, 0.9, 0.5]]), higher_is_better=False).tolist()
    [[1, 4, 3, 2]]
    """
    s = np.atleast_2d(np.asarray(scores, dtype=np.float64))
    n_s, n = s.shape
    bits = max(1, int(n - 1).bit_length())
    hi, lo = np.fmax.reduce(s, axis=1)[:, None], np.fmin.reduce(s, axis=1)[:, None]
    top = hi if higher_is_better else lo
    span = hi - lo
    span[~(span > 0)] = 1.0
    scale = float(2 ** min(52, 63 - bits))  # exact in float64; keys below it, undefined at it
    dist = np.abs(top - s) / span
    undefined = ~np.isfinite(dist)
    dist[undefined] = 0.0
    key = (np.minimum(dist, 1.0) * (scale - 1.0)).astype(np.uint64)
    key[undefined] = np.uint64(scale)  # an undefined score ranks after every defined one
    key <<= np.uint64(bits)
    key |= np.arange(n, dtype=np.uint64)
    key.sort(axis=1)
    order = (key & np.uint64((1 << bits) - 1)).astype(np.intp)
    ranks = np.empty((n_s, n), dtype=np.int32)
    np.put_along_axis(ranks, order, np.broadcast_to(np.arange(1, n + 1, dtype=np.int32),
                                                    (n_s, n)), axis=1)
    return ranks


def _order_statistics(sampled: NDArray[np.int32], k_low: int, k_high: int,
                      block: int = 4096) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """The ``k_low``-th and ``k_high``-th smallest of each column (0-based), a block of
    columns at a time (a partition of a contiguous copy; memory ~ samples x block)."""
    n = sampled.shape[1]
    low = np.empty(n, dtype=np.int64)
    high = np.empty(n, dtype=np.int64)
    kth = sorted({k_low, k_high})
    for a in range(0, n, block):
        part = np.partition(np.ascontiguousarray(sampled[:, a:a + block].T), kth, axis=1)
        low[a:a + block] = part[:, k_low]
        high[a:a + block] = part[:, k_high]
    return low, high


def _moved(w: NDArray[np.float64], k: int, j: int, t: NDArray[np.float64]) -> NDArray[np.float64]:
    out = np.repeat(w[None, :], len(t), axis=0)
    out[:, k] -= t
    out[:, j] += t
    return out


def min_l1_weights(c: ArrayLike, w: ArrayLike) -> NDArray[np.float64] | None:
    """The weights closest to ``w`` in L1 on the simplex with ``c . w' <= 0`` (an LP).

    Solves ``min sum_j |w'_j - w_j|`` subject to ``c . w' <= 0``, ``sum_j w'_j = 1``,
    ``w' >= 0`` with :func:`scipy.optimize.linprog` (HiGHS), writing ``w' = w + u - v``,
    ``u, v >= 0``, ``v <= w``. Returns None when infeasible (``c_j > 0`` for every j).

    Example
    -------
    >>> min_l1_weights([1.0, 1.0, 1.0, -1.0], [0.3, 0.3, 0.3, 0.1]).round(6).tolist()[3]
    0.5
    """
    from scipy.optimize import linprog

    c = np.asarray(c, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    m = w.shape[0]
    if c.min() > 0:
        return None
    d0 = float(c @ w)
    if d0 <= 0:
        return w.copy()
    cost = np.ones(2 * m)
    a_ub = np.concatenate([c, -c])[None, :]  # c . (u - v) <= -c . w
    a_eq = np.concatenate([np.ones(m), -np.ones(m)])[None, :]
    bounds = [(0.0, 1.0)] * m + [(0.0, float(wj)) for wj in w]
    res = linprog(cost, A_ub=a_ub, b_ub=[-d0], A_eq=a_eq, b_eq=[0.0], bounds=bounds,
                  method="highs")
    if not res.success:
        return None
    out = np.clip(w + res.x[:m] - res.x[m:], 0.0, None)
    return np.asarray(out / out.sum())


def _swap_result(a: int, b: int, w: NDArray[np.float64], new: NDArray[np.float64],
                 exact: bool) -> WeightSwap:
    delta = new - w
    return WeightSwap(a, b, float(np.abs(delta).sum()), int(np.argmin(delta)),
                      int(np.argmax(delta)), new, exact)


def weight_swap(
    scorer: Scorer, weights: ArrayLike, a: int, b: int, *,
    contributions: ArrayLike | None = None, higher_is_better: bool = True,
    grid: int = 64, iterations: int = 50,
) -> WeightSwap | None:
    """Smallest change of the weights (in L1) that lets b tie with a, then overtake.

    Parameters
    ----------
    scorer : callable (S, m) -> (S, n)
    weights : array (m,)
    a, b : int
        Alternatives; a is the one ahead at ``weights`` (they are swapped if not).
    contributions : array (n, m), optional
        For additive methods (score = contributions @ w: WSM, PROMETHEE net flows): the
        answer is then exact (a linear programme).
    higher_is_better : bool
    grid, iterations : int
        Search resolution for non-additive methods (TOPSIS, VIKOR, WPM).

    Returns
    -------
    WeightSwap or None
        ``weights`` the new weights (on the simplex), ``change = sum_j |w'_j - w_j|``,
        ``from_criterion``/``to_criterion`` the criteria losing/gaining most weight,
        ``exact`` True for the LP answer. None when no weight vector lets b catch up
        (b is worse than a on every criterion).

    Notes
    -----
    Additive methods, with ``c = C_a - C_b`` (sign flipped when lower is better): the gap
    ``Delta(w') = c . w'`` is linear, and the answer is the linear programme

        min sum_j |w'_j - w_j|  s.t.  (C_b - C_a) . w' >= 0,  sum_j w'_j = 1,  w' >= 0

    solved exactly by :func:`min_l1_weights`. It may move weight from several criteria at
    once: for ``C = [[1,1,1,0],[0,0,0,1]]`` and ``w = (.3,.3,.3,.1)`` no move between two
    criteria helps, but moving 0.4 from the first three to the fourth does (change 0.8).

    Other methods are not linear in the weights; the answer is **approximate** (an upper
    bound on the smallest change, found numerically): (1) every move of weight ``t`` from a
    criterion k to a criterion j, scanned on ``grid`` steps of ``t`` in ``(0, w_k]`` and
    refined by bisection at the first sign change of ``Delta``; (2) the LP above on the
    finite-difference gradient of ``Delta`` at ``w``, then bisection along the segment from
    ``w`` towards that LP solution (extended to the simplex boundary), repeated from the
    point found. The smallest change found is returned.

    References
    ----------
    Triantaphyllou, E. & Sanchez, A. (1997). A sensitivity analysis approach for some
    deterministic multi-criteria decision-making methods. Decision Sciences 28(1), 151-194.
    Mareschal, B. (1988). Weight stability intervals in multicriteria decision aid. EJOR
    33(1), 54-64.

    Examples
    --------
    >>> x = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> s = weight_swap(lambda W: W @ x.T, [0.7, 0.3], 0, 1, contributions=x)
    >>> round(s.change, 6), s.from_criterion, s.to_criterion
    (0.4, 0, 1)
    >>> x = np.array([[1.0, 1, 1, 0], [0, 0, 0, 1]])
    >>> s = weight_swap(lambda W: W @ x.T, [.3, .3, .3, .1], 0, 1, contributions=x)
    >>> round(s.change, 6), s.weights.round(6).tolist()[3]
    (0.8, 0.5)
    """
    w = np.asarray(weights, dtype=np.float64)
    w = w / w.sum()
    m = w.shape[0]
    sign = 1.0 if higher_is_better else -1.0

    def gap(ws: NDArray[np.float64]) -> NDArray[np.float64]:
        sc = np.atleast_2d(scorer(np.clip(np.atleast_2d(ws), 0.0, None)))
        return sign * (sc[:, a] - sc[:, b])

    if gap(w[None, :])[0] < 0:
        a, b = b, a
    if contributions is not None:
        c = np.asarray(contributions, dtype=np.float64)
        new = min_l1_weights(sign * (c[a] - c[b]), w)
        return None if new is None else _swap_result(a, b, w, new, True)

    candidates: list[NDArray[np.float64]] = []
    best_change = np.inf
    for k in range(m):
        if w[k] <= 0:
            continue
        for j in range(m):
            if j == k:
                continue
            ts = w[k] * np.arange(1, grid + 1) / grid
            g = gap(_moved(w, k, j, ts))
            hit = np.flatnonzero(g <= 0)
            if hit.size == 0:
                continue
            hi = ts[hit[0]]
            lo = ts[hit[0] - 1] if hit[0] > 0 else 0.0
            if 2 * lo >= best_change:
                continue
            for _ in range(iterations):
                mid = 0.5 * (lo + hi)
                if gap(_moved(w, k, j, np.array([mid])))[0] <= 0:
                    hi = mid
                else:
                    lo = mid
            best_change = min(best_change, 2 * hi)
            candidates.append(_moved(w, k, j, np.array([hi]))[0])
    candidates.extend(_lp_direction_search(gap, w, iterations=iterations))
    if not candidates:
        return None
    best = min(candidates, key=lambda v: float(np.abs(v - w).sum()))
    return _swap_result(a, b, w, best, False)


def _lp_direction_search(
    gap: Callable[[NDArray[np.float64]], NDArray[np.float64]], w: NDArray[np.float64], *,
    iterations: int, rounds: int = 3, eps: float = 1e-6,
) -> list[NDArray[np.float64]]:
    """Tie points found by bisection towards the LP solution of the linearised gap.

    On the simplex ``w' - s = sum_j w'_j (e_j - s)``, so with the directional derivatives
    ``D_j`` of the gap along ``e_j - s`` at the point ``s``, ``gap(w') ~ sum_j w'_j (g(s) +
    D_j)``: a linear constraint handed to :func:`min_l1_weights` (distance from ``w``).
    """
    found: list[NDArray[np.float64]] = []
    start = w.copy()
    m = w.shape[0]
    for _ in range(rounds):
        g0 = float(gap(start[None, :])[0])
        steps = start[None, :] + eps * (np.eye(m) - start[None, :])
        d = (gap(steps) - g0) / eps
        target = min_l1_weights(g0 + d, w)
        if target is None:
            break
        direction = target - w
        if not np.any(direction):
            break
        neg = direction < 0
        smax = float(np.min(-w[neg] / direction[neg])) if neg.any() else 1.0
        ss = np.linspace(0.0, smax, 65)[1:]
        hit = np.flatnonzero(gap(w[None, :] + ss[:, None] * direction[None, :]) <= 0)
        if hit.size == 0:
            start = np.clip(w + smax * direction, 0.0, None)
            start = start / start.sum()
            continue
        lo = ss[hit[0] - 1] if hit[0] > 0 else 0.0
        hi = ss[hit[0]]
        for _ in range(iterations):
            mid = 0.5 * (lo + hi)
            if gap((w + mid * direction)[None, :])[0] <= 0:
                hi = mid
            else:
                lo = mid
        point = np.clip(w + hi * direction, 0.0, None)
        point = point / point.sum()
        found.append(point)
        if np.allclose(point, start):
            break
        start = point
    return found
