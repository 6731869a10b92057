"""Analytic Hierarchy Process: priorities, consistency, incomplete matrices, worst judgments."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg

#: Random consistency indices RI(n) for n = 1..15.
#: ``saaty1980``: Saaty, T. L. (1980), *The Analytic Hierarchy Process*, McGraw-Hill, table 1.7
#: (the values printed in most textbooks, used by the published CR of the classic examples).
#: ``alonso_lamata2006``: Alonso, J. A. & Lamata, M. T. (2006), Consistency in the analytic
#: hierarchy process: a new approach, Int. J. Uncertainty, Fuzziness and Knowledge-Based
#: Systems 14(4), 445-459, table 4 (500,000 random matrices per n).
RANDOM_INDEX: dict[str, tuple[float, ...]] = {
    "saaty1980": (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                  1.51, 1.48, 1.56, 1.57, 1.59),
    "alonso_lamata2006": (0.0, 0.0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499,
                          1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838),
}

#: Saaty's fundamental scale and its reciprocals, the values a judgment may take.
SAATY_SCALE: tuple[float, ...] = tuple(sorted({float(k) for k in range(1, 10)}
                                              | {1.0 / k for k in range(2, 10)}))


@dataclass(frozen=True)
class AHPResult:
    """Priorities and consistency of one pairwise comparison matrix.

    ``matrix`` is the completed matrix (missing judgments replaced by ``w_i / w_j``);
    ``contributions[i, j]`` (i < j) is the share of ``lambda_max - n`` caused by judgment
    ``a_ij``; the contributions sum to ``lambda_max - n``.
    """

    weights: NDArray[np.float64]
    lambda_max: float
    ci: float
    cr: float
    random_index: float
    matrix: NDArray[np.float64]
    contributions: NDArray[np.float64]
    missing: int


@dataclass(frozen=True)
class Judgment:
    """One judgment ``a_ij`` with what a consistent matrix would have said instead."""

    i: int
    j: int
    value: float
    consistent_value: float
    suggested: float
    contribution: float
    share: float


def random_index(n: int, *, table: str = "saaty1980") -> float:
    """Random consistency index RI(n) from a named table (see :data:`RANDOM_INDEX`).

    Parameters
    ----------
    n : int
        Order of the matrix, 1..15.
    table : {"saaty1980", "alonso_lamata2006"}

    Returns
    -------
    float

    Notes
    -----
    RI(n) is the mean consistency index of random reciprocal matrices on Saaty's scale.

    References
    ----------
    Saaty (1980); Alonso & Lamata (2006).

    Examples
    --------
    >>> random_index(4)
    0.9
    """
    if table not in RANDOM_INDEX:
        raise ValueError(Msg("decision.ri_table", table=table,
                             choices=", ".join(RANDOM_INDEX)))
    values = RANDOM_INDEX[table]
    if not 1 <= n <= len(values):
        raise ValueError(Msg("decision.ri_size", largest=len(values), n=n))
    return values[n - 1]


def _check_matrix(matrix: ArrayLike) -> NDArray[np.float64]:
    a = np.array(matrix, dtype=np.float64)
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] < 1:
        raise ValueError(Msg("decision.ahp_square"))
    n = a.shape[0]
    known = ~np.isnan(a)
    if np.any(known & (a <= 0)) or np.any(np.isinf(a)):
        raise ValueError(Msg("decision.ahp_positive"))
    np.fill_diagonal(a, 1.0)
    if np.any(known != known.T):
        raise ValueError(Msg("decision.ahp_pairs"))
    iu = np.triu_indices(n, 1)
    kk = known[iu]
    if not np.allclose(a[iu][kk] * a.T[iu][kk], 1.0, rtol=1e-6):
        raise ValueError(Msg("decision.ahp_reciprocal"))
    return a


def _connected(known: NDArray[np.bool_]) -> bool:
    n = known.shape[0]
    seen = np.zeros(n, dtype=bool)
    seen[0] = True
    frontier = [0]
    while frontier:
        i = frontier.pop()
        for j in np.flatnonzero(known[i] & ~seen):
            seen[j] = True
            frontier.append(int(j))
    return bool(seen.all())


def ahp_priorities(matrix: ArrayLike, *, ri_table: str = "saaty1980") -> AHPResult:
    """Priorities of a (possibly incomplete) pairwise comparison matrix by the eigenvector.

    Parameters
    ----------
    matrix : array (n, n)
        Reciprocal judgments ``a_ij`` (how much more important i is than j), ``NaN`` where a
        judgment is missing (both ``a_ij`` and ``a_ji``). The diagonal is ignored (set to 1).
    ri_table : {"saaty1980", "alonso_lamata2006"}
        Random-index table for the consistency ratio.

    Returns
    -------
    AHPResult

    Notes
    -----
    ``A w = lambda_max w`` with ``w`` the principal (Perron) eigenvector, normalised to sum 1.
    ``CI = (lambda_max - n) / (n - 1)``, ``CR = CI / RI(n)`` (0 when n <= 2).
    Incomplete matrices use Harker's method: missing ``a_ij`` become 0 and the diagonal
    ``b_ii = 1 + m_i`` (m_i missing judgments in row i); the eigenvector of that matrix equals
    the eigenvector of the matrix completed with ``a_ij = w_i / w_j``, whose ``lambda_max``
    is reported. The comparisons must connect all criteria.
    Because every row of ``A w = lambda w`` gives ``sum_j eps_ij = lambda`` with
    ``eps_ij = a_ij w_j / w_i``, ``lambda_max - n = sum_{i<j} (eps_ij + 1/eps_ij - 2) / n``:
    each judgment's term is its exact contribution to the inconsistency.

    References
    ----------
    Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill.
    Harker, P. T. (1987). Incomplete pairwise comparisons in the analytic hierarchy process.
    Mathematical Modelling 9(11), 837-848.

    Examples
    --------
    >>> r = ahp_priorities([[1, 3, 5], [1/3, 1, 5/3], [1/5, 3/5, 1]])
    >>> r.weights.round(4).tolist(), round(r.cr, 6)
    ([0.6522, 0.2174, 0.1304], 0.0)
    """
    a = _check_matrix(matrix)
    n = a.shape[0]
    known = ~np.isnan(a)
    missing_pairs = int((~known).sum() // 2)
    if n == 1:
        return AHPResult(np.ones(1), 1.0, 0.0, 0.0, 0.0, a, np.zeros((1, 1)), 0)
    if missing_pairs and not _connected(known):
        raise ValueError(Msg("decision.ahp_connected"))
    b = np.where(known, a, 0.0)
    b[np.diag_indices(n)] = 1.0 + (~known).sum(axis=1)
    values, vectors = np.linalg.eig(b)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    completed = np.where(known, a, w[:, None] / w[None, :])
    eps = completed * w[None, :] / w[:, None]
    lam = float(eps.sum(axis=1).mean())
    contributions = np.triu(eps + eps.T - 2.0, 1) / n
    ci = max((lam - n) / (n - 1), 0.0)
    ri = random_index(n, table=ri_table)
    cr = ci / ri if ri > 0 else 0.0
    return AHPResult(w, lam, ci, cr, ri, completed, contributions, missing_pairs)


def nearest_scale_value(x: float) -> float:
    """Nearest value of Saaty's scale (1/9..9) in log terms.

    Examples
    --------
    >>> nearest_scale_value(2.3), round(nearest_scale_value(0.3), 4)
    (2.0, 0.3333)
    """
    scale = np.array(SAATY_SCALE)
    return float(scale[np.argmin(np.abs(np.log(scale) - np.log(x)))])


def worst_judgments(result: AHPResult, *, top: int = 3) -> list[Judgment]:
    """The judgments that contribute most to a matrix's inconsistency, worst first.

    Parameters
    ----------
    result : AHPResult
        From :func:`ahp_priorities`.
    top : int
        How many to return.

    Returns
    -------
    list of Judgment
        Each with the given value, the value ``w_i / w_j`` that would be consistent with the
        priorities, the nearest scale value to suggest to the participant, and its share of
        ``lambda_max - n``.

    Notes
    -----
    Contribution of ``a_ij`` (i < j): ``(eps_ij + 1/eps_ij - 2) / n`` with
    ``eps_ij = a_ij w_j / w_i``; the contributions sum to ``lambda_max - n`` (Saaty 1980,
    section 9; Saaty 2003 recommends revising the judgment with the largest ``eps_ij``).

    References
    ----------
    Saaty, T. L. (2003). Decision-making with the AHP: why is the principal eigenvector
    necessary. European Journal of Operational Research 145(1), 85-91.

    Examples
    --------
    >>> r = ahp_priorities([[1, 2, 1/4], [1/2, 1, 3], [4, 1/3, 1]])
    >>> j = worst_judgments(r, top=1)[0]
    >>> j.share > 0.3
    True
    """
    c = result.contributions
    n = c.shape[0]
    total = float(c.sum())
    iu = np.triu_indices(n, 1)
    order = np.argsort(-c[iu], kind="stable")[:top]
    out = []
    w = result.weights
    for k in order:
        i, j = int(iu[0][k]), int(iu[1][k])
        consistent = float(w[i] / w[j])
        out.append(Judgment(i, j, float(result.matrix[i, j]), consistent,
                            nearest_scale_value(consistent), float(c[i, j]),
                            float(c[i, j] / total) if total > 0 else 0.0))
    return out
