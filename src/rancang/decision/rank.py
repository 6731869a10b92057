"""One entry point: rank a DecisionMatrix with a chosen method and report its robustness."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_weights
from rancang.decision.matrix import DecisionMatrix
from rancang.decision.normalize import normalize
from rancang.decision.promethee import unicriterion_flows
from rancang.decision.robustness import (
    TOP_K,
    Robustness,
    Scorer,
    WeightSwap,
    dirichlet_weights,
    rank_robustness,
    weight_swap,
)
from rancang.decision.simple import wpm
from rancang.decision.topsis import topsis_scorer
from rancang.decision.vikor import vikor_q

METHODS = ("topsis", "vikor", "promethee", "wsm", "wpm")
#: Up to this many alternatives the rank acceptability matrix covers every rank.
FULL_ACCEPTABILITY = 1000


@dataclass(frozen=True)
class Ranking:
    """Scores, ranks and robustness of each alternative (row order of the matrix)."""

    matrix: DecisionMatrix
    method: str
    weights: NDArray[np.float64]
    higher_is_better: bool
    robustness: Robustness

    def rows(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Rows ``alternative, score, rank, rank_low, rank_high, acceptability`` by rank
        (the first ``limit`` only, when given)."""
        r = self.robustness
        order = np.argsort(r.rank, kind="stable")[:limit]
        alts = self.matrix.alternatives
        return [
            {"alternative": alts[i], "score": score, "rank": rank, "rank_low": low,
             "rank_high": high, "acceptability": acc}
            for i, score, rank, low, high, acc in zip(
                order.tolist(), r.scores[order].tolist(), r.rank[order].tolist(),
                r.rank_low[order].tolist(), r.rank_high[order].tolist(),
                r.acceptability[order].tolist(), strict=True)
        ]


def make_scorer(
    dm: DecisionMatrix, method: str, **options: Any
) -> tuple[Scorer, bool, NDArray[np.float64] | None]:
    """A batch scorer for ``method``, whether higher is better, and additive contributions.

    Parameters
    ----------
    dm : DecisionMatrix
    method : {"topsis", "vikor", "promethee", "wsm", "wpm"}
    **options
        ``normalization`` (topsis, wsm, wpm), ``v`` (vikor), ``functions, q, p, s``
        (promethee).

    Returns
    -------
    (scorer, higher_is_better, contributions)
        ``contributions`` (n, m) is set for the additive methods (wsm, promethee), where
        ``score = contributions @ w``.

    Notes
    -----
    Weight-independent work (normalisation, PROMETHEE's unicriterion flows) is done once.

    References
    ----------
    See the method modules.

    Examples
    --------
    >>> dm = DecisionMatrix.build(["A", "B"], ["x", "y"], [[1, 0], [0, 1]])
    >>> f, higher, c = make_scorer(dm, "wsm")
    >>> f(np.array([[0.7, 0.3]])).tolist(), higher
    ([[0.7, 0.3]], True)
    """
    x, d = dm.values, list(dm.directions)
    if method == "topsis":
        norm = options.get("normalization", "vector")
        return topsis_scorer(x, d, normalization=norm), True, None
    if method == "vikor":
        v = float(options.get("v", 0.5))
        return (lambda w: np.atleast_2d(vikor_q(x, w, d, v=v))), False, None
    if method == "wsm":
        r = normalize(x, dm.cost_mask, method=options.get("normalization", "minmax"))
        return (lambda w: as_weights(w, r.shape[1])[0] @ r.T), True, r
    if method == "wpm":
        norm = options.get("normalization", "max")
        return (lambda w: np.atleast_2d(wpm(x, w, d, normalization=norm))), True, None
    if method == "promethee":
        keys = ("functions", "q", "p", "s")
        plus, minus = unicriterion_flows(x, d, **{k: options[k] for k in keys if k in options})
        net = plus - minus
        return (lambda w: as_weights(w, net.shape[1])[0] @ net.T), True, net
    raise ValueError(Msg("decision.method_unknown", method=method, choices=", ".join(METHODS)))


def rank_alternatives(
    dm: DecisionMatrix,
    weights: ArrayLike,
    *,
    method: str = "topsis",
    samples: int = 1000,
    concentration: float = 50.0,
    weight_samples: ArrayLike | None = None,
    rng: np.random.Generator | int | None = 0,
    interval: str = "quantile",
    top_k: int | None = None,
    **options: Any,
) -> Ranking:
    """Rank alternatives and measure how the ranking moves when the weights move.

    Parameters
    ----------
    dm : DecisionMatrix
    weights : array (m,)
    method : {"topsis", "vikor", "promethee", "wsm", "wpm"}
    samples : int
        Dirichlet weight samples around ``weights`` (ignored if ``weight_samples`` given).
    concentration : float
        Dirichlet concentration ``alpha_0``.
    weight_samples : array (S, m), optional
        Ready-made samples, e.g. :func:`rancang.decision.robustness.group_weights`.
    rng : Generator or seed
    interval : {"quantile", "minmax"}
        ``rank_low``/``rank_high``: the 5 % and 95 % quantiles of the sampled ranks
        (default, as ``rancang analyze``) or the best and worst rank seen; see
        :func:`rancang.decision.robustness.rank_robustness`.
    top_k : int, optional
        Ranks for which the rank acceptability matrix is kept; default every rank up to
        ``FULL_ACCEPTABILITY`` (1,000) alternatives, the top ``TOP_K`` (100) beyond.
    **options
        Method options, see :func:`make_scorer`.

    Returns
    -------
    Ranking

    Notes
    -----
    Score: TOPSIS closeness, VIKOR Q (lower is better), PROMETHEE net flow, WSM/WPM value.

    References
    ----------
    Lahdelma, Hokkanen & Salminen (1998) for the acceptability indices.

    Examples
    --------
    >>> dm = DecisionMatrix.build(["A", "B", "C"], ["x", "y"], [[3, 1], [1, 3], [2, 2]])
    >>> r = rank_alternatives(dm, [0.6, 0.4], method="wsm", samples=200)
    >>> [row["alternative"] for row in r.rows()]
    ['A', 'C', 'B']
    """
    w, _ = as_weights(weights, dm.shape[1])
    scorer, higher, _ = make_scorer(dm, method, **options)
    if weight_samples is None:
        ws = (dirichlet_weights(w[0], samples=samples, concentration=concentration, rng=rng)
              if samples > 0 else np.zeros((0, dm.shape[1])))
    else:
        ws = np.asarray(weight_samples, dtype=np.float64)
    n = dm.shape[0]
    if top_k is None:
        top_k = n if n <= FULL_ACCEPTABILITY else TOP_K
    rob = rank_robustness(scorer, w[0], ws, higher_is_better=higher, interval=interval,
                          top_k=top_k)
    return Ranking(dm, method, w[0], higher, rob)


def swap_weights(
    dm: DecisionMatrix, weights: ArrayLike, a: str, b: str, *, method: str = "topsis",
    **options: Any,
) -> WeightSwap | None:
    """Smallest weight change letting ``b`` catch up with ``a`` (names of alternatives).

    Parameters
    ----------
    dm, weights, method, options
        As in :func:`rank_alternatives`.
    a, b : str
        Alternative names.

    Returns
    -------
    WeightSwap or None

    Notes
    -----
    Closed form for WSM and PROMETHEE (additive in the weights), a search otherwise; see
    :func:`rancang.decision.robustness.weight_swap`.

    References
    ----------
    Triantaphyllou & Sanchez (1997).

    Examples
    --------
    >>> dm = DecisionMatrix.build(["A", "B"], ["x", "y"], [[1, 0], [0, 1]])
    >>> round(swap_weights(dm, [0.7, 0.3], "A", "B", method="wsm").change, 6)
    0.4
    """
    scorer, higher, contrib = make_scorer(dm, method, **options)
    ia, ib = dm.alternatives.index(a), dm.alternatives.index(b)
    return weight_swap(scorer, weights, ia, ib, contributions=contrib, higher_is_better=higher)
