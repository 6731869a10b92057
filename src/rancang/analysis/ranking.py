"""Leading-industry ranking: visible weighted criteria and how stable each rank is."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from rancang.analysis._arrays import FloatArray, as_reference, safe_divide
from rancang.analysis.growth import shares
from rancang.analysis.location_quotient import dlq_from_growth, location_quotient
from rancang.core.i18n import Msg

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
    """Scores, ranks, rank intervals and the reasons behind them (arrays R x I).

    ``contributions[c]`` is criterion c's part of the score (they add up to ``score``);
    ``normalized[c]`` the criterion on the 0-1 scale; ``criteria[c]`` its raw value.
    """

    score: np.ndarray
    rank: np.ndarray
    rank_low: np.ndarray
    rank_high: np.ndarray
    contributions: dict[str, np.ndarray]
    criteria: dict[str, np.ndarray]
    normalized: dict[str, np.ndarray] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)


def _criteria_by_start(x: np.ndarray, ref: np.ndarray, starts: np.ndarray
                       ) -> dict[str, np.ndarray]:
    """Default criteria for the periods ``starts[p]..T-1``, each of shape (P, R, I)."""
    t = x.shape[2]
    steps = (t - 1 - starts).astype(np.float64)  # (P,)
    last, ref_last = x[:, :, -1:], ref[:, :, -1:]
    x_s, ref_s = x[:, :, starts], ref[:, :, starts]  # (R, I, P)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = safe_divide(last, x_s)
        growth = np.where(ratio >= 0, np.abs(ratio) ** (1.0 / steps) - 1.0, np.nan)
    competitive = safe_divide(last - x_s, x_s) - safe_divide(ref_last - ref_s, ref_s)

    def mean_growth(v: np.ndarray) -> FloatArray:
        # mean of the year-on-year rates from each start to the last year (reverse cumsum)
        g = safe_divide(np.diff(v, axis=-1), v[..., :-1])
        tail = np.cumsum(g[..., ::-1], axis=-1)[..., ::-1]
        mean: FloatArray = tail[..., starts] / steps
        return mean

    dlq = dlq_from_growth(
        mean_growth(x),
        mean_growth(x.sum(axis=1, keepdims=True)),
        mean_growth(ref),
        mean_growth(ref.sum(axis=1, keepdims=True)),
        steps,
    )
    p = len(starts)
    fixed = {
        "slq": location_quotient(x[:, :, -1], ref[:, :, -1]),
        "share": shares(x[:, :, -1]),
    }
    out = {k: np.broadcast_to(v, (p, *v.shape)) for k, v in fixed.items()}
    for name, v in (("dlq", dlq), ("competitive", competitive), ("growth", growth)):
        out[name] = np.moveaxis(np.broadcast_to(v, (*x.shape[:2], p)), 2, 0)
    return {k: out[k] for k in DEFAULT_WEIGHTS}


def _check_panel(x: np.ndarray, ref: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 3 or x.shape[2] < 2:
        raise ValueError(Msg("analysis.ranking_shape"))
    return x, as_reference(x, ref)


def default_criteria(x: np.ndarray, ref: np.ndarray) -> dict[str, np.ndarray]:
    """The standard leading-industry criteria over the whole period of ``x``.

    Parameters
    ----------
    x : ndarray (R, I, T), T >= 2, consecutive years
    ref : reference economy, (I, T) or (R, I, T)

    Returns
    -------
    dict of (R, I) arrays, in the order of :data:`DEFAULT_WEIGHTS`:
    ``slq`` (LQ in the last year), ``dlq`` (dynamic LQ of the period), ``competitive``
    (``r_ij - R_j``: total growth of the industry in the region over the period minus its
    growth in the reference; the shift-share regional share per unit of starting value),
    ``growth`` (CAGR of the industry in the region) and ``share`` (share of the region's
    total in the last year). Higher is better for all five.

    Notes
    -----
    Definitions as in :func:`~rancang.analysis.location_quotient`,
    :func:`~rancang.analysis.dynamic_location_quotient`, :func:`~rancang.analysis.cagr`,
    :func:`~rancang.analysis.shift_share` (``competitive = RS_ij / e_ij``) and
    :func:`~rancang.analysis.shares`. They are the criteria most RPIK studies combine
    (basis, growth, competitiveness, size).

    References
    ----------
    Kuncoro, M. (2004). Otonomi dan Pembangunan Daerah. Erlangga.

    Examples
    --------
    >>> x = np.array([[[10.0, 12.0], [10.0, 10.0]]])
    >>> list(default_criteria(x, x[0]))
    ['slq', 'dlq', 'competitive', 'growth', 'share']
    """
    x, ref = _check_panel(x, ref)
    crit = _criteria_by_start(x, ref, np.array([0]))
    return {k: np.array(v[0]) for k, v in crit.items()}


def normalize_criteria(
    criteria: Mapping[str, np.ndarray], *, directions: Mapping[str, int] | None = None
) -> dict[str, np.ndarray]:
    """Min-max scale every criterion within each region, across its industries, to [0, 1].

    Parameters
    ----------
    criteria : name -> array (..., I), industries on the last axis
    directions : name -> +1 (higher is better, default) or -1

    Returns
    -------
    dict name -> array of the same shape, in [0, 1].

    Notes
    -----
    ``n = (v - min) / (max - min)`` along the last (industry) axis; with direction -1
    (lower is better) ``n = (max - v) / (max - min)``. 0.5 when all industries of a region
    are equal, 0 where the value is undefined (nan): an undefined criterion never helps.

    References
    ----------
    Hwang, C. L., Yoon, K. (1981). Multiple Attribute Decision Making. Springer (linear
    scale transformation, max-min).

    Examples
    --------
    >>> normalize_criteria({"a": np.array([[1.0, 3.0, 2.0]])})["a"].tolist()
    [[0.0, 1.0, 0.5]]
    """
    directions = directions or {}
    out = {}
    for name, v in criteria.items():
        v = np.asarray(v, dtype=np.float64)
        finite = np.isfinite(v)
        lo = np.min(v, axis=-1, keepdims=True, where=finite, initial=np.inf)
        hi = np.max(v, axis=-1, keepdims=True, where=finite, initial=-np.inf)
        span = hi - lo
        ok = span > 0
        inv = np.divide(1.0, span, out=np.zeros_like(span), where=ok)
        with np.errstate(invalid="ignore"):
            norm = (hi - v) * inv if directions.get(name, 1) < 0 else (v - lo) * inv
        norm = np.where(ok, norm, 0.5)
        norm[~finite] = 0.0
        out[name] = norm
    return out


def _weight_vector(weights: Mapping[str, float], available: Iterable[str]
                   ) -> tuple[list[str], np.ndarray]:
    unknown = sorted(set(weights) - set(available))
    if unknown:
        raise ValueError(Msg("analysis.weights_unknown", names=", ".join(unknown)))
    names = list(weights)
    w = np.array([float(weights[k]) for k in names])
    if np.any(w < 0) or not np.isfinite(w).all():
        raise ValueError(Msg("analysis.weights_negative"))
    if w.sum() <= 0:
        raise ValueError(Msg("analysis.weights_zero"))
    return names, w / w.sum()


def _ranks(score: np.ndarray) -> np.ndarray:
    """Rank 1 = highest score along the last axis; nan last; ties in industry order."""
    key = np.where(np.isnan(score), np.inf, -score)
    order = np.argsort(key, axis=-1, kind="stable")
    ranks = np.empty(order.shape, dtype=np.int64)
    np.put_along_axis(ranks, order, np.arange(1, score.shape[-1] + 1), axis=-1)
    return ranks


def leading_industry_scores(
    criteria: Mapping[str, np.ndarray],
    weights: Mapping[str, float],
    *,
    directions: Mapping[str, int] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted score of normalised criteria and the rank it gives, per region.

    Parameters
    ----------
    criteria : name -> array (R, I)
    weights : name -> weight >= 0 (need not add up to 1; criteria without weight unused)
    directions : name -> +1 (higher is better, default) or -1 (lower is better)

    Returns
    -------
    (score, rank): arrays (R, I); score in [0, 1], rank 1 = best within the region (ties
    in industry order, so each row of ``rank`` is a permutation of 1..I).

    Notes
    -----
    Simple additive weighting of min-max normalised criteria
    (:func:`normalize_criteria`): ``score = sum_c w_c n_c / sum_c w_c``. The
    contribution of criterion c is ``w_c n_c / sum w``; the contributions add up to the
    score (see :func:`leading_industries`), so a planner sees why an industry ranks where
    it does. Min-max within the region makes criteria of different units comparable and
    keeps each region's ranking independent of the other regions.

    References
    ----------
    Hwang, C. L., Yoon, K. (1981). Multiple Attribute Decision Making. Springer (simple
    additive weighting).

    Examples
    --------
    >>> s, r = leading_industry_scores({"a": np.array([[1.0, 3.0, 2.0]])}, {"a": 1.0})
    >>> r.tolist()
    [[3, 1, 2]]
    """
    names, w = _weight_vector(weights, criteria)
    norm = normalize_criteria({k: criteria[k] for k in names}, directions=directions)
    score = sum(w[c] * norm[k] for c, k in enumerate(names))
    return score, _ranks(score)


def _period_starts(t: int, periods: str | Sequence[int], min_years: int) -> np.ndarray:
    if isinstance(periods, str):
        if periods == "all":
            return np.arange(0, max(1, t - min_years + 1))
        if periods == "full":
            return np.array([0])
        raise ValueError(Msg("analysis.periods"))
    starts = np.unique(np.asarray(periods, dtype=np.intp))
    if starts.size == 0 or starts.min() < 0 or starts.max() > t - 2:
        raise ValueError(Msg("analysis.period_starts", last=t - 2))
    return starts


def _sample_ranks(norm32: np.ndarray, w: np.ndarray, out: np.ndarray) -> None:
    """Write the ranks (int16, 1 = best) of scores ``w @ norm`` into ``out`` (n, R*I).

    Scores in [0, 1] are quantised to 1/65535 steps so that numpy sorts them by radix;
    ties (differences below 1.5e-5) go to industry order.
    """
    c, r, i = norm32.shape
    n = len(w)
    score = (w.astype(np.float32) @ norm32.reshape(c, -1)).reshape(n * r, i)
    score *= -65535.0
    score += 65535.5
    order = np.argsort(score.astype(np.uint16), axis=-1, kind="stable")
    order += np.arange(0, n * r * i, i)[:, None]
    flat = out.reshape(-1)
    flat[order.reshape(-1)] = np.tile(np.arange(1, i + 1, dtype=np.int16), n * r)


def rank_intervals(
    x: np.ndarray,
    ref: np.ndarray,
    *,
    weights: Mapping[str, float],
    periods: str | Sequence[int] = "all",
    n_samples: int = 200,
    seed: int = 0,
    concentration: float = 20.0,
    min_years: int = 3,
    quantiles: tuple[float, float] = (0.05, 0.95),
    directions: Mapping[str, int] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Best and worst plausible rank of every industry under other weights and periods.

    Parameters
    ----------
    x : ndarray (R, I, T), T >= 2, consecutive years
    ref : reference economy, (I, T) or (R, I, T)
    weights : criterion -> weight, criteria of :func:`default_criteria`
    periods : ``"all"`` (default): every sub-period of at least ``min_years`` years that
        ends in the last year; ``"full"``: only the whole period (weights perturbed only);
        or a sequence of start indices (0 = first year)
    n_samples : Monte-Carlo draws
    seed : random seed (results are reproducible)
    concentration : Dirichlet concentration; larger means smaller weight perturbations
    quantiles : which quantiles of the drawn ranks form the interval

    Returns
    -------
    (rank_low, rank_high): int arrays (R, I) with ``rank_low <= rank <= rank_high``,
    where ``rank`` is the rank at the given weights over the full period.

    Notes
    -----
    Each draw takes (a) weights ``w ~ Dirichlet(concentration * w0 / sum w0)`` over the
    criteria with a positive weight (their mean is the given weights ``w0``; zero weights
    stay zero) and (b) a period drawn uniformly among ``periods``. The criteria are
    computed for that period and the industries re-ranked within their region.
    ``rank_low``/``rank_high`` are the ``quantiles`` of the drawn ranks (order statistics
    ``floor(q_low (n - 1))`` and ``ceil(q_high (n - 1))``), widened to include ``rank``.
    A narrow interval means the rank does not depend on the exact weights or years chosen.

    References
    ----------
    Saisana, M., Saltelli, A., Tarantola, S. (2005). Uncertainty and sensitivity analysis
    techniques as tools for the quality assessment of composite indicators. Journal of the
    Royal Statistical Society A 168(2), 307-323.

    Examples
    --------
    >>> x = np.array([[[10.0, 11, 12, 14], [30, 30, 31, 30], [5, 6, 6, 7]]])
    >>> low, high = rank_intervals(x, x[0] * 2 + 1, weights={"slq": 1, "growth": 1})
    >>> bool((low <= high).all())
    True
    """
    x, ref = _check_panel(x, ref)
    names, w0 = _weight_vector(weights, DEFAULT_WEIGHTS)
    r, i, t = x.shape
    starts = _period_starts(t, periods, min_years) if n_samples > 0 else np.array([0])
    starts = np.union1d(starts, [0])  # sorted: the full period comes first
    crit = _criteria_by_start(x, ref, starts)
    norm = normalize_criteria({k: crit[k] for k in names}, directions=directions)
    rank = _ranks(sum(w0[c] * norm[k][0] for c, k in enumerate(names)))
    if n_samples <= 0:
        return rank, rank.copy()
    drawable = np.searchsorted(starts, _period_starts(t, periods, min_years))
    rng = np.random.default_rng(seed)
    active = w0 > 0
    draws = np.zeros((n_samples, len(names)))
    draws[:, active] = rng.dirichlet(concentration * w0[active], size=n_samples)
    # sample order is irrelevant for the quantiles: group the draws by period
    which = np.sort(drawable[rng.integers(0, len(drawable), size=n_samples)])
    ranks = np.empty((n_samples, r * i), dtype=np.int16)
    bounds = np.searchsorted(which, np.arange(len(starts) + 1))
    for p in np.unique(which):
        norm32 = np.stack([norm[k][p] for k in names]).astype(np.float32)
        for a in range(bounds[p], bounds[p + 1], 16):
            b = min(a + 16, bounds[p + 1])
            _sample_ranks(norm32, draws[a:b], ranks[a:b])
    by_cell = np.ascontiguousarray(ranks.T)  # (R*I, n_samples)
    k_low = int(np.floor(quantiles[0] * (n_samples - 1)))
    k_high = int(np.ceil(quantiles[1] * (n_samples - 1)))
    part = np.partition(by_cell, [k_low, k_high], axis=-1)
    low = part[:, k_low].reshape(r, i).astype(np.int64)
    high = part[:, k_high].reshape(r, i).astype(np.int64)
    return np.minimum(low, rank), np.maximum(high, rank)


def leading_industries(
    x: np.ndarray,
    ref: np.ndarray,
    *,
    weights: Mapping[str, float] | None = None,
    directions: Mapping[str, int] | None = None,
    periods: str | Sequence[int] = "all",
    n_samples: int = 200,
    seed: int = 0,
) -> LeadingResult:
    """Rank the industries of every region as candidate leading industries (unggulan).

    Parameters
    ----------
    x : ndarray (R, I, T), T >= 2, consecutive years
    ref : reference economy, (I, T) or (R, I, T)
    weights : criterion -> weight (default :data:`DEFAULT_WEIGHTS`); criteria are those of
        :func:`default_criteria`. Weights need not add up to 1.
    directions, periods, n_samples, seed : see :func:`rank_intervals` (``n_samples=0``
        skips the intervals: they equal the rank).

    Returns
    -------
    LeadingResult with score, rank, rank_low, rank_high, contributions, normalized and
    criteria (R, I), and the weights as given (the contributions use them divided by their
    sum).

    Notes
    -----
    Score and contributions as in :func:`leading_industry_scores`; rank intervals as in
    :func:`rank_intervals`.

    References
    ----------
    OECD & JRC (2008). Handbook on Constructing Composite Indicators: Methodology and User
    Guide (min-max normalisation, weighted linear aggregation, uncertainty analysis).
    Saisana, M., Saltelli, A. & Tarantola, S. (2005). Uncertainty and sensitivity analysis
    techniques as tools for the quality assessment of composite indicators. J. R. Stat.
    Soc. A 168(2), 307-323 (rank intervals under weight perturbation). The criteria: Kuncoro
    (2004) for SLQ and DLQ, Esteban-Marquillas (1972) for the competitive effect.

    Examples
    --------
    >>> x = np.array([[[10.0, 20.0], [30.0, 30.0]], [[10.0, 10.0], [30.0, 33.0]]])
    >>> res = leading_industries(x, x.sum(axis=0), n_samples=20)
    >>> res.rank.tolist()
    [[1, 2], [2, 1]]
    """
    x, ref = _check_panel(x, ref)
    given = dict(weights) if weights else dict(DEFAULT_WEIGHTS)
    names, w = _weight_vector(given, DEFAULT_WEIGHTS)
    used = dict(zip(names, w.tolist(), strict=True))
    crit = default_criteria(x, ref)
    norm = normalize_criteria({k: crit[k] for k in names}, directions=directions)
    contributions = {k: used[k] * norm[k] for k in names}
    score, rank = leading_industry_scores(crit, used, directions=directions)
    low, high = rank_intervals(
        x, ref, weights=used, periods=periods, n_samples=n_samples, seed=seed,
        directions=directions,
    )
    # the same rank as inside rank_intervals; the guard only matters for exact ties
    low, high = np.minimum(low, rank), np.maximum(high, rank)
    return LeadingResult(
        score=score, rank=rank, rank_low=low, rank_high=high, contributions=contributions,
        criteria=crit, normalized=norm, weights=given,
    )
