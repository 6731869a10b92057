"""Group AHP: aggregation of individual judgments (AIJ) or priorities (AIP), and spread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision.ahp import AHPResult, ahp_priorities


@dataclass(frozen=True)
class OpinionSpread:
    """Spread of participants' priorities per criterion (weighted by participant weight)."""

    mean: NDArray[np.float64]
    std: NDArray[np.float64]
    low: NDArray[np.float64]
    high: NDArray[np.float64]
    cv: NDArray[np.float64]


@dataclass(frozen=True)
class GroupAHPResult:
    """Group priorities with each participant's own result and the spread of opinions."""

    weights: NDArray[np.float64]
    method: str
    group: AHPResult | None
    individual: tuple[AHPResult, ...]
    individual_weights: NDArray[np.float64]
    spread: OpinionSpread


def _participant_weights(weights: ArrayLike | None, k: int) -> NDArray[np.float64]:
    if weights is None:
        return np.full(k, 1.0 / k)
    p = np.asarray(weights, dtype=np.float64).ravel()
    if p.shape[0] != k or np.any(p < 0) or not np.all(np.isfinite(p)) or p.sum() <= 0:
        raise ValueError(Msg("decision.participant_weights", k=k))
    normalized: NDArray[np.float64] = p / p.sum()
    return normalized


def aggregate_judgments(
    matrices: Sequence[ArrayLike], *, weights: ArrayLike | None = None
) -> NDArray[np.float64]:
    """Aggregate individual judgments (AIJ) by the weighted geometric mean.

    Parameters
    ----------
    matrices : sequence of (n, n) arrays
        One reciprocal matrix per participant; ``NaN`` marks a missing judgment.
    weights : array (k,), optional
        Participant weights (default equal); renormalised over the participants who gave
        each judgment.

    Returns
    -------
    ndarray (n, n)
        The group matrix, reciprocal again; ``NaN`` where nobody judged the pair.

    Notes
    -----
    ``a^G_ij = prod_k a^(k)_ij ^ (lambda_k)`` with ``sum_k lambda_k = 1``. The geometric mean
    is the only aggregation that keeps the group matrix reciprocal (Aczel & Saaty 1983).

    References
    ----------
    Aczel, J. & Saaty, T. L. (1983). Procedures for synthesizing ratio judgements. Journal of
    Mathematical Psychology 27(1), 93-102. Forman, E. & Peniwati, K. (1998). Aggregating
    individual judgments and priorities with the AHP. EJOR 108(1), 165-169.

    Examples
    --------
    >>> g = aggregate_judgments([[[1, 4], [1/4, 1]], [[1, 1], [1, 1]]])
    >>> float(g[0, 1]), float(g[1, 0])
    (2.0, 0.5)
    """
    stack = np.stack([np.asarray(m, dtype=np.float64) for m in matrices])
    if stack.ndim != 3 or stack.shape[1] != stack.shape[2]:
        raise ValueError(Msg("decision.group_square"))
    lam = _participant_weights(weights, stack.shape[0])
    known = ~np.isnan(stack)
    if np.any(known & (stack <= 0)):
        raise ValueError(Msg("decision.group_positive"))
    wk = np.where(known, lam[:, None, None], 0.0)
    total = wk.sum(axis=0)
    logs = np.where(known, np.log(np.where(known, stack, 1.0)), 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_log = (wk * logs).sum(axis=0) / total
    out = np.where(total > 0, np.exp(mean_log), np.nan)
    np.fill_diagonal(out, 1.0)
    return out


def aggregate_priorities(
    priorities: ArrayLike, *, weights: ArrayLike | None = None, mean: str = "geometric"
) -> NDArray[np.float64]:
    """Aggregate individual priority vectors (AIP), normalised to sum 1.

    Parameters
    ----------
    priorities : array (k, n)
        One priority vector per participant.
    weights : array (k,), optional
        Participant weights (default equal).
    mean : {"geometric", "arithmetic"}

    Returns
    -------
    ndarray (n,)

    Notes
    -----
    Geometric: ``w_i ∝ prod_k w^(k)_i ^ lambda_k``; arithmetic: ``w_i = sum_k lambda_k w^(k)_i``.
    Forman & Peniwati (1998) accept either for AIP (the group acting as separate individuals).

    References
    ----------
    Forman, E. & Peniwati, K. (1998). EJOR 108(1), 165-169.

    Examples
    --------
    >>> aggregate_priorities([[0.5, 0.5], [0.8, 0.2]], mean="arithmetic").tolist()
    [0.65, 0.35]
    """
    p = np.atleast_2d(np.asarray(priorities, dtype=np.float64))
    lam = _participant_weights(weights, p.shape[0])
    g: NDArray[np.float64]
    if mean == "geometric":
        if np.any(p <= 0):
            raise ValueError(Msg("decision.aip_positive"))
        g = np.exp(lam @ np.log(p))
    elif mean == "arithmetic":
        g = lam @ p
    else:
        raise ValueError(Msg("decision.aip_mean"))
    out: NDArray[np.float64] = g / g.sum()
    return out


def opinion_spread(priorities: ArrayLike, *, weights: ArrayLike | None = None) -> OpinionSpread:
    """Spread of participants' priorities per criterion.

    Parameters
    ----------
    priorities : array (k, n)
    weights : array (k,), optional

    Returns
    -------
    OpinionSpread
        Weighted mean and standard deviation, min, max and coefficient of variation.

    Notes
    -----
    ``sd_i = sqrt(sum_k lambda_k (w^(k)_i - mean_i)^2)``, ``cv_i = sd_i / mean_i``.

    References
    ----------
    Forman & Peniwati (1998); the spread is the input of the group robustness analysis.

    Examples
    --------
    >>> s = opinion_spread([[0.5, 0.5], [0.7, 0.3]])
    >>> s.std.round(3).tolist()
    [0.1, 0.1]
    """
    p = np.atleast_2d(np.asarray(priorities, dtype=np.float64))
    lam = _participant_weights(weights, p.shape[0])
    mean = lam @ p
    sd = np.sqrt(lam @ (p - mean) ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        cv = np.where(mean > 0, sd / mean, 0.0)
    return OpinionSpread(mean, sd, p.min(axis=0), p.max(axis=0), cv)


def group_ahp(
    matrices: Sequence[ArrayLike],
    *,
    weights: ArrayLike | None = None,
    method: str = "aij",
    ri_table: str = "saaty1980",
) -> GroupAHPResult:
    """Group priorities from several participants' comparison matrices.

    Parameters
    ----------
    matrices : sequence of (n, n) arrays
    weights : array (k,), optional
        Participant weights.
    method : {"aij", "aip"}
        Aggregate judgments (then one eigenvector) or priorities (geometric mean).
    ri_table : str
        Random-index table, see :data:`rancang.decision.ahp.RANDOM_INDEX`.

    Returns
    -------
    GroupAHPResult

    Notes
    -----
    AIJ: eigenvector of the weighted geometric mean matrix. AIP: weighted geometric mean of
    the individual eigenvectors, normalised.

    References
    ----------
    Forman, E. & Peniwati, K. (1998). EJOR 108(1), 165-169.

    Examples
    --------
    >>> r = group_ahp([[[1, 4], [1/4, 1]], [[1, 1], [1, 1]]])
    >>> r.weights.round(4).tolist()
    [0.6667, 0.3333]
    """
    individual = tuple(ahp_priorities(m, ri_table=ri_table) for m in matrices)
    if not individual:
        raise ValueError(Msg("decision.no_participants"))
    lam = _participant_weights(weights, len(individual))
    ind = np.stack([r.weights for r in individual])
    if method == "aij":
        group = ahp_priorities(aggregate_judgments(matrices, weights=lam), ri_table=ri_table)
        w = group.weights
    elif method == "aip":
        group = None
        w = aggregate_priorities(ind, weights=lam)
    else:
        raise ValueError(Msg("decision.group_method"))
    return GroupAHPResult(w, method, group, individual, ind, opinion_spread(ind, weights=lam))
