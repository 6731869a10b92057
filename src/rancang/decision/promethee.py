"""PROMETHEE II net flows in O(n log n) memory-lean form, with the six preference functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_cost_mask, as_matrix, as_weights, unbatch

#: Brans' six generalised criteria, with the aliases accepted on input (type numbers I-VI).
FUNCTIONS: dict[str, str] = {
    "usual": "usual", "1": "usual", "i": "usual",
    "u-shape": "ushape", "ushape": "ushape", "2": "ushape", "ii": "ushape",
    "v-shape": "vshape", "vshape": "vshape", "3": "vshape", "iii": "vshape",
    "level": "level", "4": "level", "iv": "level",
    "linear": "linear", "v-shape-indifference": "linear", "vshape_2": "linear",
    "5": "linear", "v": "linear",
    "gaussian": "gaussian", "6": "gaussian", "vi": "gaussian",
}

#: Gaussian terms beyond ``d > GAUSS_CUTOFF * s`` are below exp(-40) ~ 4e-18 and skipped.
GAUSS_CUTOFF = float(np.sqrt(80.0))
#: Hermite terms of the fast Gauss transform, and the size up to which pairs are summed directly.
GAUSS_TERMS = 24
GAUSS_DIRECT_MAX = 2000


@dataclass(frozen=True)
class PrometheeResult:
    """Flows of PROMETHEE II; ``unicriterion[:, j]`` is criterion j's net flow (unweighted)."""

    net: NDArray[np.float64]
    positive: NDArray[np.float64]
    negative: NDArray[np.float64]
    unicriterion: NDArray[np.float64]


def _param(a: ArrayLike | None, m: int, name: str) -> NDArray[np.float64]:
    if a is None:
        return np.full(m, np.nan)
    v = np.asarray(a, dtype=np.float64)
    v = np.full(m, float(v)) if v.ndim == 0 else v.ravel()
    if v.shape[0] != m:
        raise ValueError(Msg("decision.parameter_count", name=name, m=m, n=v.shape[0]))
    return v


def _kinds(functions: str | Sequence[str], m: int) -> list[str]:
    items = [functions] * m if isinstance(functions, str) else list(functions)
    if len(items) != m:
        raise ValueError(Msg("decision.function_count", m=m, n=len(items)))
    out = []
    for f in items:
        key = str(f).strip().lower()
        if key not in FUNCTIONS:
            raise ValueError(Msg("decision.function_unknown", name=f))
        out.append(FUNCTIONS[key])
    return out


def _check(kind: str, q: float, p: float, s: float, j: int) -> None:
    bad = {
        "ushape": not q >= 0,
        "vshape": not p > 0,
        "level": not (q >= 0 and p > q),
        "linear": not (q >= 0 and p > q),
        "gaussian": not s > 0,
    }.get(kind, False)
    if bad:
        raise ValueError(Msg("decision.function_parameters", j=j, kind=kind, condition={
            "ushape": "q >= 0", "vshape": "p > 0", "level": "0 <= q < p",
            "linear": "0 <= q < p", "gaussian": "s > 0"}[kind]))


def _gauss_direct(x: NDArray[np.float64], s: float, budget: int) -> NDArray[np.float64]:
    """For sorted x: E_a = sum_{b: x_b < x_a} exp(-(x_a - x_b)^2 / (2 s^2)), blockwise."""
    n = len(x)
    out = np.zeros(n)
    reach = GAUSS_CUTOFF * s
    block = max(8, budget // max(n, 1))
    for i0 in range(0, n, block):
        i1 = min(i0 + block, n)
        lo = int(np.searchsorted(x, x[i0] - reach, "left"))
        hi = int(np.searchsorted(x, x[i1 - 1], "left"))
        if hi <= lo:
            continue
        d = x[i0:i1, None] - x[None, lo:hi]
        e = np.exp(-(d * d) / (2.0 * s * s))
        e[d <= 0] = 0.0
        out[i0:i1] = e.sum(axis=1)
    return out


def _hermite_eval(t: NDArray[np.float64], coef: NDArray[np.float64]) -> NDArray[np.float64]:
    """sum_k coef[:, k] h_k(t) with Hermite functions h_k(t) = H_k(t) exp(-t^2)."""
    h_prev = np.exp(-t * t)
    total = coef[:, 0] * h_prev
    h = 2.0 * t * h_prev
    for k in range(1, coef.shape[1]):
        total += coef[:, k] * h
        h_prev, h = h, 2.0 * t * h - 2.0 * k * h_prev
    return total


def _gauss_fgt(x: NDArray[np.float64], s: float, terms: int = GAUSS_TERMS
               ) -> NDArray[np.float64]:
    """Same sums as :func:`_gauss_direct` by a one-sided fast Gauss transform, O(n terms).

    Sources are grouped in boxes of width s; a box's sum at any target is its Hermite
    expansion ``sum_k A_k h_k((x_a - c)/(sqrt(2) s))`` with ``A_k = sum_b y_b^k / k!``,
    ``y_b = (x_b - c)/(sqrt(2) s)``, ``|y_b| <= 0.354``. Boxes below the target's box count
    whole; in the target's own box only the sources below it count, via prefix sums of the
    moments in sorted order. Truncation after ``terms`` = 24 terms errs by less than
    ``1.1 * 0.5^24 / sqrt(24!) ~ 3e-19`` per source (Cramer's inequality).
    """
    n = len(x)
    scale = np.sqrt(2.0) * s
    box = np.floor((x - x[0]) / s).astype(np.int64)
    ids, start = np.unique(box, return_index=True)
    centre = x[0] + (ids + 0.5) * s
    where = np.searchsorted(ids, box)
    y = (x - centre[where]) / scale
    fact = np.cumprod(np.concatenate(([1.0], np.arange(1, terms, dtype=np.float64))))
    powers = y[:, None] ** np.arange(terms)[None, :] / fact[None, :]
    cum = np.cumsum(powers, axis=0)
    cum = np.vstack([np.zeros((1, terms)), cum])
    ends = np.append(start[1:], n)
    moments = cum[ends] - cum[start]
    # own box: sources of the same box strictly below x_a
    below = np.searchsorted(x, x, "left")
    own = cum[below] - cum[start[where]]
    out = _hermite_eval((x - centre[where]) / scale, own)
    reach = int(np.ceil(GAUSS_CUTOFF)) + 1
    for offset in range(1, reach + 1):
        j = np.searchsorted(ids, box - offset)
        ok = (j < len(ids)) & (ids[np.minimum(j, len(ids) - 1)] == box - offset)
        if not ok.any():
            continue
        jj = j[ok]
        out[ok] += _hermite_eval((x[ok] - centre[jj]) / scale, moments[jj])
    return out


def _gauss_sum(x: NDArray[np.float64], s: float, budget: int) -> NDArray[np.float64]:
    """Direct blocks for small inputs, the fast Gauss transform above ``GAUSS_DIRECT_MAX``."""
    if len(x) <= GAUSS_DIRECT_MAX:
        return _gauss_direct(x, s, budget)
    return _gauss_fgt(x, s)


def _outflow(g: NDArray[np.float64], kind: str, q: float, p: float, s: float,
             budget: int) -> NDArray[np.float64]:
    """sum_b P(g_a - g_b) for every a, via sorting and prefix sums."""
    order = np.argsort(g, kind="stable")
    x = g[order] - np.median(g)
    csum = np.concatenate(([0.0], np.cumsum(x)))

    def lt(c: NDArray[np.float64]) -> NDArray[np.intp]:
        return np.searchsorted(x, c, "left")

    if kind == "usual":
        f = lt(x).astype(np.float64)
    elif kind == "ushape":
        f = lt(x - q).astype(np.float64)
    elif kind in ("vshape", "linear"):
        q0 = 0.0 if kind == "vshape" else q
        k_full, k_part = lt(x - p), lt(x - q0)
        cnt = k_part - k_full
        part = (cnt * (x - q0) - (csum[k_part] - csum[k_full])) / (p - q0)
        f = k_full + np.clip(part, 0.0, cnt)
    elif kind == "level":
        k_full, k_half = lt(x - p), lt(x - q)
        f = k_full + 0.5 * (k_half - k_full)
    else:  # gaussian
        f = lt(x) - _gauss_sum(x, s, budget)
    out = np.empty_like(f)
    out[order] = f
    return out


def unicriterion_flows(
    values: ArrayLike,
    directions: ArrayLike | None = None,
    *,
    functions: str | Sequence[str] = "usual",
    q: ArrayLike | None = None,
    p: ArrayLike | None = None,
    s: ArrayLike | None = None,
    budget: int = 4_000_000,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Per-criterion positive and negative flows ``(phi+_j, phi-_j)``, each (n, m).

    Parameters
    ----------
    values, directions, functions, q, p, s
        As in :func:`promethee_ii`.
    budget : int
        Largest number of pair terms held at once for the Gaussian function.

    Returns
    -------
    tuple of ndarray (n, m)

    Notes
    -----
    ``phi+_j(a) = sum_b P_j(g_j(a) - g_j(b)) / (n - 1)``; ``phi-_j(a)`` the same with the
    difference reversed (computed on ``-g``). See :func:`promethee_ii` for the algorithm.

    References
    ----------
    Brans & Mareschal (2005).

    Examples
    --------
    >>> plus, minus = unicriterion_flows([[1.0], [2.0], [3.0]])
    >>> plus.ravel().tolist(), minus.ravel().tolist()
    ([0.0, 0.5, 1.0], [1.0, 0.5, 0.0])
    """
    x = as_matrix(values)
    n, m = x.shape
    cost = as_cost_mask(directions, m)
    kinds = _kinds(functions, m)
    qq, pp, ss = _param(q, m, "q"), _param(p, m, "p"), _param(s, m, "s")
    plus = np.zeros((n, m))
    minus = np.zeros((n, m))
    if n < 2:
        return plus, minus
    for j in range(m):
        _check(kinds[j], qq[j], pp[j], ss[j], j)
        g = -x[:, j] if cost[j] else x[:, j]
        plus[:, j] = _outflow(g, kinds[j], qq[j], pp[j], ss[j], budget)
        minus[:, j] = _outflow(-g, kinds[j], qq[j], pp[j], ss[j], budget)
    return plus / (n - 1), minus / (n - 1)


def promethee_ii(
    values: ArrayLike,
    weights: ArrayLike,
    directions: ArrayLike | None = None,
    *,
    functions: str | Sequence[str] = "usual",
    q: ArrayLike | None = None,
    p: ArrayLike | None = None,
    s: ArrayLike | None = None,
    budget: int = 4_000_000,
) -> PrometheeResult:
    """PROMETHEE II positive, negative and net outranking flows (higher net is better).

    Parameters
    ----------
    values : array (n, m)
    weights : array (m,)
        Normalised to sum 1.
    directions : sequence of "benefit"/"cost", optional
    functions : str or sequence of str (m,)
        ``usual`` (I), ``u-shape`` (II, q), ``v-shape`` (III, p), ``level`` (IV, q, p),
        ``linear`` (V, V-shape with indifference, q, p), ``gaussian`` (VI, s).
    q, p, s : scalar or array (m,), optional
        Indifference and preference thresholds, Gaussian inflection point.
    budget : int
        Memory budget (pair terms) for the Gaussian function's direct blocks.

    Returns
    -------
    PrometheeResult

    Notes
    -----
    ``pi(a, b) = sum_j w_j P_j(d_j(a, b))``, ``phi+(a) = sum_b pi(a, b) / (n - 1)``,
    ``phi-(a) = sum_b pi(b, a) / (n - 1)``, ``phi = phi+ - phi-``, with
    usual ``P = [d > 0]``; u-shape ``[d > q]``; v-shape ``min(d/p, 1)`` for d > 0;
    level 0 for ``d <= q``, 1/2 for ``q < d <= p``, 1 above; linear ``(d - q)/(p - q)``
    clipped to [0, 1]; Gaussian ``1 - exp(-d^2 / (2 s^2))`` for d > 0.
    Because every flow is a sum over b of a function of one difference, each criterion's
    flows need no n x n matrix: sort the values once, then for every a count the b with
    ``g_b < g_a - p`` (full preference), ``g_a - p <= g_b < g_a - q`` (partial), and for the
    linear parts add ``(cnt (g_a - q) - sum g_b) / (p - q)`` from prefix sums. That is
    O(n log n) time and O(n) memory per criterion. The Gaussian function needs
    ``E_a = sum_{g_b < g_a} exp(-(g_a - g_b)^2 / (2 s^2))``: up to 2,000 alternatives it is
    summed directly over sorted blocks of at most ``budget`` pair terms; above, by a one-sided
    fast Gauss transform (Greengard & Strain 1991): sources in boxes of width s, each box's sum
    a 24-term Hermite expansion, the target's own box through prefix sums of the moments,
    boxes farther than ``sqrt(80) s`` skipped (terms below 4e-18). O(n) memory and
    O(n log n + 24 n sqrt(80)) time; agreement with the direct sum ~1e-12.

    References
    ----------
    Brans, J. P., Vincke, Ph. & Mareschal, B. (1986). How to select and how to rank
    projects: the PROMETHEE method. EJOR 24(2), 228-238. Brans, J. P. & Mareschal, B. (2005).
    PROMETHEE methods. In Figueira, Greco & Ehrgott (eds.), *Multiple Criteria Decision
    Analysis: State of the Art Surveys*, Springer, 163-195. Greengard, L. & Strain, J.
    (1991). The fast Gauss transform. SIAM J. Sci. Stat. Comput. 12(1), 79-94.

    Examples
    --------
    >>> r = promethee_ii([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2])
    >>> r.net.round(2).tolist()
    [0.1, -0.3, 0.2]
    """
    plus, minus = unicriterion_flows(values, directions, functions=functions, q=q, p=p, s=s,
                                     budget=budget)
    w, _ = as_weights(weights, plus.shape[1])
    pos, neg = plus @ w[0], minus @ w[0]
    return PrometheeResult(pos - neg, pos, neg, plus - minus)


def promethee_net(
    values: ArrayLike, weights: ArrayLike, directions: ArrayLike | None = None, **options: object
) -> NDArray[np.float64]:
    """Net flows for one weight vector (n,) or a batch of S vectors (S, n).

    Parameters
    ----------
    values, weights, directions, options
        As in :func:`promethee_ii`; ``weights`` may be (S, m).

    Returns
    -------
    ndarray

    Notes
    -----
    ``phi = Phi_uni @ w``: net flows are linear in the weights, so S samples cost one
    matrix product after one pass of :func:`unicriterion_flows`.

    References
    ----------
    Brans & Mareschal (2005).

    Examples
    --------
    >>> promethee_net([[1.0, 0.0], [0.0, 1.0]], [[1, 0], [0, 1]]).tolist()
    [[1.0, -1.0], [-1.0, 1.0]]
    """
    plus, minus = unicriterion_flows(values, directions, **options)  # type: ignore[arg-type]
    w, batch = as_weights(weights, plus.shape[1])
    return unbatch(w @ (plus - minus).T, batch)
