"""Leading-industry ranking: visible weighted criteria and how stable each rank is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from rancang.analysis._arrays import as_reference
from rancang.analysis.growth import cagr, shares
from rancang.analysis.location_quotient import dynamic_location_quotient, location_quotient

DEFAULT_WEIGHTS: dict[str, float] = {
    "slq": 0.30,
    "dlq": 0.20,
    "competitive": 0.20,
    "growth": 0.15,
    "share": 0.15,
}
CRITERIA_DESCRIPTIONS = {
    "slq": "LQ statis tahun terakhir (basis bila > 1)",
    "dlq": "LQ dinamis selama periode",
    "competitive": "selisih laju pertumbuhan terhadap acuan (keunggulan kompetitif shift-share)",
    "growth": "laju pertumbuhan rata-rata per tahun (CAGR)",
    "share": "kontribusi terhadap PDRB wilayah tahun terakhir",
}


@dataclass
class LeadingResult:
    """Scores, ranks and rank intervals of every industry in every region (arrays R x I)."""

    score: np.ndarray
    rank: np.ndarray
    rank_low: np.ndarray
    rank_high: np.ndarray
    contributions: dict[str, np.ndarray]
    criteria: dict[str, np.ndarray]
    weights: dict[str, float] = field(default_factory=dict)


def default_criteria(x: np.ndarray, ref: np.ndarray) -> dict[str, np.ndarray]:
    """The standard leading-industry criteria over the whole period of ``x``.

    Returns a dict of (R, I) arrays: ``slq`` (LQ in the last year), ``dlq``, ``competitive``
    (``g_ij - G_i``: the region's total growth of the industry minus the reference's, the
    rate behind the shift-share regional share), ``growth`` (CAGR) and ``share`` (share of the
    region's total in the last year).

    Examples
    --------
    >>> x = np.array([[[10.0, 12.0], [10.0, 10.0]]])
    >>> sorted(default_criteria(x, x[0]))
    ['competitive', 'dlq', 'growth', 'share', 'slq']
    """
    x = np.asarray(x, dtype=np.float64)
    ref = np.broadcast_to(as_reference(x, ref), x.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        own = x[:, :, -1] / x[:, :, 0] - 1.0
        base = ref[:, :, -1] / ref[:, :, 0] - 1.0
    competitive = np.where(np.isfinite(own) & np.isfinite(base), own - base, np.nan)
    return {
        "slq": location_quotient(x[:, :, -1:], ref[:, :, -1:])[:, :, 0],
        "dlq": dynamic_location_quotient(x, ref),
        "competitive": competitive,
        "growth": cagr(x),
        "share": shares(x[:, :, -1]),
    }


def _normalise(criteria: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Min-max within each region across industries; undefined values count as 0."""
    out = {}
    for name, v in criteria.items():
        v = np.asarray(v, dtype=np.float64)
        finite = np.isfinite(v)
        lo = np.min(np.where(finite, v, np.inf), axis=1, keepdims=True)
        hi = np.max(np.where(finite, v, -np.inf), axis=1, keepdims=True)
        span = hi - lo
        with np.errstate(invalid="ignore", divide="ignore"):
            norm = np.where(span > 0, (v - lo) / np.where(span > 0, span, 1.0), 0.5)
        out[name] = np.where(finite, norm, 0.0)
    return out


def _ranks(score: np.ndarray) -> np.ndarray:
    """Rank 1 = highest score along the last axis (nan last; ties in arbitrary order)."""
    key = np.where(np.isnan(score), -np.inf, score)
    order = np.argsort(-key, axis=-1)
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, score.shape[-1] + 1), axis=-1)
    return ranks


def leading_industry_scores(
    criteria: Mapping[str, np.ndarray], weights: Mapping[str, float]
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Weighted score of normalised criteria; returns ``(score, rank, contributions)``.

    Notes
    -----
    Each criterion c is min-max normalised within a region across its industries,
    ``n_c = (v - min) / (max - min)`` (0.5 when all equal, 0 when undefined); the score is
    ``sum_c w_c n_c / sum_c w_c`` in [0, 1] and the contribution of c is ``w_c n_c / sum w``:
    the contributions add up to the score, so a planner sees why an industry ranks where it
    does. Rank 1 is the best.

    References
    ----------
    Simple additive weighting: Hwang, C. L., Yoon, K. (1981). Multiple Attribute Decision
    Making. Springer.

    Examples
    --------
    >>> s, r, c = leading_industry_scores({"a": np.array([[1.0, 3.0, 2.0]])}, {"a": 1.0})
    >>> r.tolist()
    [[3, 1, 2]]
    """
    unknown = sorted(set(weights) - set(criteria))
    if unknown:
        raise ValueError(f"weights for unknown criteria: {', '.join(unknown)}")
    total = float(sum(weights.values()))
    if total <= 0:
        raise ValueError("the weights must add up to more than zero")
    norm = _normalise({k: criteria[k] for k in weights})
    contributions = {k: norm[k] * (w / total) for k, w in weights.items()}
    score = np.sum(list(contributions.values()), axis=0)
    return score, _ranks(score), contributions


def rank_intervals(
    x: np.ndarray,
    ref: np.ndarray,
    *,
    weights: Mapping[str, float],
    n_samples: int = 200,
    concentration: float = 20.0,
    min_years: int = 3,
    max_periods: int = 5,
    quantiles: tuple[float, float] = (0.05, 0.95),
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Best and worst plausible rank of every industry under other weights and periods.

    Notes
    -----
    Each of ``n_samples`` draws takes (a) weights from a Dirichlet distribution centred on
    the given weights, ``w ~ Dir(concentration * w / sum w)`` (a larger concentration means
    smaller perturbations), and (b) a period ending in the last year: its start drawn
    uniformly among up to ``max_periods`` start years spread evenly from the first year to
    the last one that leaves ``min_years`` years. The criteria are recomputed
    for the period and the industries re-ranked. ``rank_low``/``rank_high`` are the
    ``quantiles`` of the ranks over the draws, widened to include the rank at the given
    weights and full period.

    References
    ----------
    Saltelli, A. et al. (2008). Global Sensitivity Analysis: The Primer. Wiley (Monte-Carlo
    weight perturbation); Saisana, M., Saltelli, A., Tarantola, S. (2005). Uncertainty and
    sensitivity analysis techniques as tools for the quality assessment of composite
    indicators. J. R. Stat. Soc. A 168(2), 307-323.
    """
    x = np.asarray(x, dtype=np.float64)
    ref = np.broadcast_to(as_reference(x, ref), x.shape)
    rng = np.random.default_rng(seed)
    names = list(weights)
    w = np.array([weights[k] for k in names], dtype=np.float64)
    alpha = np.maximum(concentration * w / w.sum(), 1e-3)
    t = x.shape[2]
    last_start = max(0, t - min_years)
    starts = np.unique(np.linspace(0, last_start, min(max_periods, last_start + 1)).round())
    starts = starts.astype(np.intp)
    drawn = rng.choice(starts, size=n_samples)
    samples = rng.dirichlet(alpha, size=n_samples)
    all_ranks = np.empty((n_samples, *x.shape[:2]), dtype=np.int32)
    for start in np.unique(drawn):
        which = np.flatnonzero(drawn == start)
        crit = default_criteria(x[:, :, start:], ref[:, :, start:])
        norm = _normalise({k: crit[k] for k in names})
        stack32 = np.stack([norm[k] for k in names]).astype(np.float32)  # (C, R, I)
        for chunk in np.array_split(which, max(1, len(which) // 32)):
            scores = np.einsum("sc,cri->sri", samples[chunk].astype(np.float32), stack32)
            all_ranks[chunk] = _ranks(scores)
    low = np.quantile(all_ranks, quantiles[0], axis=0, method="lower")
    high = np.quantile(all_ranks, quantiles[1], axis=0, method="higher")
    return low.astype(np.int64), high.astype(np.int64)


def leading_industries(
    x: np.ndarray,
    ref: np.ndarray,
    *,
    weights: Mapping[str, float] | None = None,
    n_samples: int = 200,
    seed: int = 0,
) -> LeadingResult:
    """Rank the industries of every region as candidate leading industries (unggulan).

    Parameters
    ----------
    x : ndarray (R, I, T), T >= 2
    ref : reference economy, (I, T) or (R, I, T)
    weights : criterion -> weight (default :data:`DEFAULT_WEIGHTS`); criteria are those of
        :func:`default_criteria`. Weights need not add up to 1.
    n_samples : Monte-Carlo draws for the rank intervals (0 to skip them).

    Returns
    -------
    LeadingResult with score, rank, rank_low, rank_high, contributions, criteria (R, I).

    Notes
    -----
    Score and contributions as in :func:`leading_industry_scores`; rank intervals as in
    :func:`rank_intervals`.

    Examples
    --------
    >>> x = np.array([[[10.0, 20.0], [30.0, 30.0]], [[10.0, 10.0], [30.0, 33.0]]])
    >>> res = leading_industries(x, x.sum(axis=0), n_samples=20)
    >>> res.rank.tolist()
    [[1, 2], [2, 1]]
    """
    w = dict(weights) if weights else dict(DEFAULT_WEIGHTS)
    crit = default_criteria(x, ref)
    score, rank, contributions = leading_industry_scores(crit, w)
    if n_samples > 0:
        low, high = rank_intervals(x, ref, weights=w, n_samples=n_samples, seed=seed)
        low = np.minimum(low, rank)
        high = np.maximum(high, rank)
    else:
        low, high = rank.copy(), rank.copy()
    return LeadingResult(
        score=score, rank=rank, rank_low=low, rank_high=high,
        contributions=contributions, criteria=crit, weights=w,
    )
