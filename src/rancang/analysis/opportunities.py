"""Diversification opportunities: absent industries ranked by density, COG and PCI.

For each region and year, the industries it does not have yet (``M_cp = 0``) are scored by
a visible weighted mix of their density (how near they lie to what the region already
does), complexity outlook gain and product complexity, explained by the present industries
that make them near, and given a rank interval under other RCA thresholds and weights.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np
import scipy.sparse as sp

from rancang.analysis.complexity import (
    ComplexityResult,
    _as_years,
    criteria_at_threshold,
    economic_complexity,
)
from rancang.core.i18n import Msg

DEFAULT_OPPORTUNITY_WEIGHTS: dict[str, float] = {"density": 0.5, "cog": 0.25, "pci": 0.25}
OPPORTUNITY_CRITERIA = tuple(DEFAULT_OPPORTUNITY_WEIGHTS)
THRESHOLD_FACTORS = (0.8, 1.0, 1.25)


@dataclass
class OpportunityResult:
    """Opportunity scores and ranks (R, I, T); only where ``candidate`` is True.

    ``score`` in [0, 1] (nan elsewhere), ``rank`` 1 = best among the region's absent
    industries in that year (0 elsewhere), ``rank_low <= rank <= rank_high`` its plausible
    range (both 0 where not computed: see ``intervals_top`` of :func:`opportunities`);
    ``contributions[c]`` add up to ``score``; ``drivers`` (R, I, T, k) the indices of
    the present industries nearest to each candidate (-1: none) and ``driver_proximity``
    their proximities.
    """

    candidate: np.ndarray
    score: np.ndarray
    rank: np.ndarray
    rank_low: np.ndarray
    rank_high: np.ndarray
    contributions: dict[str, np.ndarray]
    drivers: np.ndarray
    driver_proximity: np.ndarray
    weights: dict[str, float] = field(default_factory=dict)
    thresholds: tuple[float, ...] = ()
    year_index: tuple[int, ...] = ()


def _weights(weights: Mapping[str, float] | None) -> dict[str, float]:
    given = dict(weights) if weights else dict(DEFAULT_OPPORTUNITY_WEIGHTS)
    unknown = sorted(set(given) - set(OPPORTUNITY_CRITERIA))
    if unknown:
        raise ValueError(Msg("analysis.weights_unknown", names=", ".join(unknown)))
    w = np.array(list(given.values()), dtype=np.float64)
    if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise ValueError(Msg("analysis.opportunity_weights"))
    return {k: float(v) / float(w.sum()) for k, v in given.items()}


def _criteria(res: ComplexityResult) -> dict[str, np.ndarray]:
    """The opportunity criteria of a result, each (R, T, I) (views, PCI broadcast)."""
    return {"density": np.moveaxis(res.density, 1, 2), "cog": np.moveaxis(res.cog, 1, 2),
            "pci": np.broadcast_to(res.pci.T[None], (res.density.shape[0],
                                                     *res.pci.T.shape))}


def _scale(v: np.ndarray, cand: np.ndarray, dtype: type = np.float64) -> np.ndarray:
    """Min-max scaling of ``v`` over the candidates ``cand`` of each row (last axis): the
    numbers of :func:`~rancang.analysis.normalize_criteria` on ``where(cand, v, nan)``
    (0.5 for a row whose candidates are all alike, 0 outside), in ``dtype``, without the
    masked reductions and copies (min and max are exact, so the order does not matter)."""
    finite = cand & np.isfinite(v)
    lo = np.min(np.where(finite, v, np.inf), axis=-1, keepdims=True)
    hi = np.max(np.where(finite, v, -np.inf), axis=-1, keepdims=True)
    span = hi - lo
    ok = span > 0
    inv = np.divide(1.0, span, out=np.zeros_like(span), where=ok)
    with np.errstate(invalid="ignore"):
        out = np.subtract(v, lo)
        out *= inv
    np.copyto(out, 0.5, where=~ok)
    np.copyto(out, 0.0, where=~finite)
    scaled: np.ndarray = out if dtype is np.float64 else out.astype(dtype)
    return scaled


def _normalized(res: ComplexityResult, candidate: np.ndarray) -> dict[str, np.ndarray]:
    """Criteria min-max scaled over each region-year's candidates; arrays (R, T, I).

    The numbers of :func:`~rancang.analysis.normalize_criteria` on the criteria with
    non-candidates set to nan (a test checks it)."""
    cand = np.moveaxis(candidate, 1, 2)
    return {k: _scale(v, cand) for k, v in _criteria(res).items()}


def _normalized32(res: ComplexityResult, candidate: np.ndarray, names: Sequence[str]
                  ) -> np.ndarray:
    """:func:`_normalized` of the criteria ``names`` as one float32 array (C, R * T, I).

    The same numbers as ``np.stack([_normalized(res, candidate)[k] for k in names])``
    cast to float32: the rank intervals re-run it for every RCA threshold.
    """
    crit = _criteria(res)
    cand = np.moveaxis(candidate, 1, 2)
    r, t, i = cand.shape
    out = np.empty((len(names), r * t, i), dtype=np.float32)
    for c, name in enumerate(names):
        out[c] = _scale(crit[name], cand).reshape(r * t, i)
    return out


def _ranks(score: np.ndarray) -> np.ndarray:
    """Rank 1 = highest along the last axis; nan (non-candidates) get 0."""
    key = np.where(np.isnan(score), np.inf, -score)
    order = np.argsort(key, axis=-1, kind="stable")
    ranks = np.empty(order.shape, dtype=np.int64)
    np.put_along_axis(ranks, order, np.arange(1, score.shape[-1] + 1), axis=-1)
    return np.where(np.isnan(score), 0, ranks)


def _draw_keys(norm: np.ndarray, outside: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Sort keys (uint16) of ``w @ norm``, one row of I per region-year; (n, rows, I).

    ``norm`` (C, rows, I) float32 in [0, 1]; scores are quantised to 1/32767 (key 0 is the
    best) and non-candidates (``outside``) get keys above every candidate's.
    """
    c, rows, i = norm.shape
    flat = norm.reshape(c, -1)
    key = (-32767.0 * w.astype(np.float32)) @ flat
    key += 32767.5
    key += 32768.0 * outside.reshape(-1)
    keys: np.ndarray = key.astype(np.uint16).reshape(len(w), rows, i)
    return keys


def _sampled_ranks(norm: np.ndarray, outside: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Ranks (int16) of ``w @ norm`` per row of I, candidates first; (n, rows * I).

    ``norm`` (C, rows, I) float32 in [0, 1]; scores are quantised to 1/32767 so numpy
    sorts them by radix; non-candidates (``outside``) sort after every candidate; ties keep
    the industry order.
    """
    _, rows, i = norm.shape
    keys = _draw_keys(norm, outside, w)
    order = np.argsort(keys.reshape(-1, i), axis=-1, kind="stable")
    order += np.arange(0, order.size, i)[:, None]
    out = np.empty(order.size, dtype=np.int16)
    out[order.reshape(-1)] = np.tile(np.arange(1, i + 1, dtype=np.int16), len(w) * rows)
    return out.reshape(len(w), rows * i)


def _count_below(sorted_keys: np.ndarray, rows: np.ndarray, key: np.ndarray) -> np.ndarray:
    """How many keys of row ``rows[j]`` of ``sorted_keys`` (uint16, each row sorted) are
    below ``key[j]``: one binary search of every query in the rows laid end to end, each
    key prefixed with its row number (``row * 65536 + key`` is sorted along the whole
    array)."""
    n_rows, width = sorted_keys.shape
    wide = np.dtype(np.uint32 if n_rows <= 65536 else np.uint64)  # room for the row number
    laid: np.ndarray = sorted_keys.astype(wide)
    laid |= np.arange(n_rows, dtype=wide)[:, None] * wide.type(65536)
    query: np.ndarray = rows.astype(wide) * wide.type(65536) + key.astype(wide)
    found: np.ndarray = np.searchsorted(laid.reshape(-1), query) - rows.astype(np.intp) * width
    return found


def ranks_of_cells(keys: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Rank (1 = smallest key, ties in column order) of cells ``(rows, cols)`` in their row.

    The same ranks as a stable argsort of every row of ``keys`` (R, I), for a few cells
    only: each row is sorted by value (a radix sort for 16-bit keys) and each cell's key
    searched in it; a cell whose key another cell of its row shares counts the equal keys
    to its left.

    >>> keys = np.array([[5, 1, 5, 0], [2, 2, 2, 2]], dtype=np.uint16)
    >>> ranks_of_cells(keys, np.array([0, 0, 1]), np.array([2, 0, 3])).tolist()
    [4, 3, 4]
    """
    ordered = np.sort(keys, axis=-1, kind="stable")
    key = keys[rows, cols]
    below = _count_below(ordered, rows, key)
    rank = below + 1
    # ordered[row, below] is the cell's own key (or an equal one): a tie when the next is too
    after = np.minimum(below + 1, keys.shape[1] - 1)
    tied = np.flatnonzero((below + 1 < keys.shape[1]) & (ordered[rows, after] == key))
    if tied.size:
        left = np.arange(keys.shape[1])[None, :] < cols[tied][:, None]
        same = keys[rows[tied]] == key[tied][:, None]
        rank[tied] += (same & left).sum(axis=1)
    return rank


def _first_present(present: np.ndarray, k: int) -> np.ndarray:
    """Positions of the first ``k`` True values in each row of ``present`` (-1: fewer)."""
    cum = np.cumsum(present, axis=1, dtype=np.int32)
    pos = np.full((present.shape[0], k), -1, dtype=np.int64)
    for j in range(k):
        hit = (cum == j + 1) & present
        found = hit.any(axis=1)
        pos[found, j] = hit[found].argmax(axis=1)
    return pos


def opportunity_drivers(
    mcp: np.ndarray, phi: np.ndarray, cells: np.ndarray, *, k: int = 3, window: int = 32
) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` present industries nearest (by proximity) to each candidate cell.

    Parameters
    ----------
    mcp : bool (R, I) of one year; phi : proximity (I, I) of that year
    cells : int (N, 2) of (region, industry) pairs
    k : drivers per cell; window : neighbours looked at first (all of them if needed)

    Returns
    -------
    (index, proximity): (N, k) industry indices (-1 where there are fewer than k present
    neighbours with a positive proximity) and their proximities (nan there).

    Notes
    -----
    The drivers of industry p in region c are the present industries q (``M_cq = 1``) with
    the largest ``phi_pq``; they are the terms that make the density
    ``omega_cp = Σ_q M_cq phi_pq / Σ_q phi_pq`` high.

    References
    ----------
    Hidalgo, C. A., Klinger, B., Barabási, A.-L., Hausmann, R. (2007). The product space
    conditions the development of nations. Science 317, 482-487 (proximity, density).
    Hausmann, R., Hidalgo, C. A. et al. (2014). The Atlas of Economic Complexity, 2nd ed.
    MIT Press, "Mapping paths to prosperity" (density as the distance to a new product).

    Examples
    --------
    >>> phi = np.array([[1, .2, .9], [.2, 1, .5], [.9, .5, 1]])
    >>> idx, prox = opportunity_drivers(np.array([[False, True, True]]), phi, np.array([[0, 0]]))
    >>> idx.tolist(), prox.tolist()
    ([[2, 1, -1]], [[0.9, 0.2, nan]])
    """
    phi = np.where(np.isnan(phi), 0.0, phi)
    np.fill_diagonal(phi, 0.0)
    order = np.argsort(-phi, axis=1, kind="stable")
    c, p = cells[:, 0], cells[:, 1]
    width = min(window, phi.shape[0])
    nb = order[p, :width]
    pos = _first_present(mcp[c[:, None], nb] & (phi[p[:, None], nb] > 0), k)
    idx = np.where(pos >= 0, np.take_along_axis(nb, np.maximum(pos, 0), axis=1), -1)
    short = (np.flatnonzero((pos < 0).any(axis=1)) if width < phi.shape[0]
             else np.zeros(0, dtype=np.intp))
    if len(short):  # fewer than k present within the window: look at every neighbour
        nb_all = order[p[short]]
        ok = mcp[c[short][:, None], nb_all] & (phi[p[short][:, None], nb_all] > 0)
        pos_all = _first_present(ok, k)
        idx[short] = np.where(
            pos_all >= 0, np.take_along_axis(nb_all, np.maximum(pos_all, 0), axis=1), -1
        )
    prox = np.where(idx >= 0, phi[p[:, None], np.maximum(idx, 0)], np.nan)
    return idx, prox


def opportunities(
    x: np.ndarray | sp.sparray | Sequence[sp.sparray],
    *,
    threshold: float = 1.0,
    weights: Mapping[str, float] | None = None,
    threshold_factors: Sequence[float] = THRESHOLD_FACTORS,
    n_samples: int = 60,
    seed: int = 0,
    concentration: float = 20.0,
    quantiles: tuple[float, float] = (0.05, 0.95),
    n_drivers: int = 3,
    years: Sequence[int] | None = None,
    base: ComplexityResult | None = None,
    drivers_top: int | None = None,
    intervals_top: int | None = None,
    workers: int | None = None,
) -> OpportunityResult:
    """Rank every region's absent industries as diversification opportunities.

    Parameters
    ----------
    x : ndarray (R, I, T) or (R, I), or a scipy.sparse (R, I) matrix, or a list of sparse
        matrices (one per year), as :func:`economic_complexity` takes: the panel values
    threshold : RCA threshold for presence (``M_cp = [RCA >= threshold]``)
    weights : criterion -> weight over ``density``, ``cog``, ``pci`` (default
        :data:`DEFAULT_OPPORTUNITY_WEIGHTS`); need not add up to 1
    threshold_factors : thresholds ``threshold * f`` tried for the rank intervals
    n_samples, seed, concentration, quantiles : Monte-Carlo draws for the intervals
    n_drivers : present industries given as the reason for each opportunity
    drivers_top : explain only the opportunities ranked 1 .. ``drivers_top`` in their
        region-year (default: every candidate); the others get no drivers (-1). For
        thousands of regions the explanations of every candidate cost more than all the
        measures together, and nobody reads the 900th opportunity of a region.
    intervals_top : give rank intervals only to the opportunities ranked 1 ..
        ``intervals_top`` in their region-year (default: every candidate); the others get
        ``rank_low = rank_high = 0`` (not computed). The intervals of those cells are the
        same as with every candidate: each draw still ranks all candidates.
    years : indices of the years (last axis of ``x``) to rank; default the last year only
        (what a plan looks at; every year costs T times more)
    base : the :func:`economic_complexity` result at ``threshold``, if already computed
    workers : threads for the rank intervals (default: 2 for a million cells or more when
        the process may use two cores, else none); the numbers do not depend on it

    Returns
    -------
    OpportunityResult; arrays (R, I, Y) for the Y years chosen (``year_index``).

    Notes
    -----
    Candidates are the industries absent from a region (``M_cp = 0``) in a year. Each
    criterion is min-max scaled over the region-year's candidates
    (:func:`~rancang.analysis.normalize_criteria`) and
    ``score = sum_c w_c n_c / sum_c w_c``. Density says how feasible the move is (its
    capabilities are near), COG how much it opens up, PCI how complex it is; the default
    (0.5, 0.25, 0.25) leans towards feasibility, in the spirit of the Atlas's
    "balanced portfolio" of strategic approaches.

    Rank intervals: each draw takes one threshold ``threshold * f`` (uniformly among
    ``threshold_factors``), recomputes density, COG and PCI with it, and draws weights
    ``w ~ Dirichlet(concentration * w0)``; the same candidates are re-ranked. ``rank_low``
    and ``rank_high`` are the ``quantiles`` of the drawn ranks, widened to include ``rank``.

    References
    ----------
    Hausmann, R., Hidalgo, C. A. et al. (2014). The Atlas of Economic Complexity. MIT Press.
    Hidalgo et al. (2007). Science 317, 482-487. Saisana, M., Saltelli, A., Tarantola, S.
    (2005). J. R. Stat. Soc. A 168(2), 307-323 (uncertainty of composite indicators).

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> res = opportunities(rng.lognormal(size=(30, 12, 2)), n_samples=20)
    >>> bool(((res.rank_low <= res.rank) & (res.rank <= res.rank_high)).all())
    True
    """
    w0 = _weights(weights)
    x, n_t = _panel_years(x)
    base = base or economic_complexity(x, threshold=threshold)
    ti = [n_t - 1] if years is None else [int(t) for t in years]
    if not ti or min(ti) < 0 or max(ti) >= n_t:
        raise ValueError(Msg("analysis.year_indices", last=n_t - 1))
    if ti != list(range(n_t)):  # a subset of the years (else no copy of every array)
        x = [x[t] for t in ti] if isinstance(x, list) else x[:, :, ti]
        base = _take_years(base, ti)
    candidate = ~base.mcp & ~np.isnan(base.density) & ~np.isnan(base.pci)[None]
    n_workers = _interval_workers(candidate.size) if workers is None else workers
    with _interval_pool(n_workers if n_samples > 0 else 0) as pool:
        stacks: dict[float, Future[np.ndarray]] = {}
        if pool is not None:  # the other thresholds' measures start at once, one after
            # the other in one task (side by side they need 400 MB more), while this
            # thread scores, ranks and explains the candidates; the draws follow
            _, which = _interval_draws(w0, len(threshold_factors), n_samples, seed,
                                       concentration)
            stacks = {f: Future() for f in sorted(
                {threshold_factors[v] for v in which.tolist()} - {1.0})}
            pool.submit(_compute_stacks, dict(stacks), x, base, candidate, threshold,
                        list(w0))
        norm = _normalized(base, candidate)
        if n_samples > 0 and 1.0 in threshold_factors:  # the float32 copy the draws read
            stacks[1.0] = Future()
            stacks[1.0].set_result(np.stack([norm[k] for k in w0], dtype=np.float32)
                                   .reshape(len(w0), -1, candidate.shape[1]))
        for k in w0:  # weighted in place: the contributions (no second set of arrays)
            norm[k] *= w0[k]
        contributions = {k: np.moveaxis(norm[k], 2, 1) for k in w0}
        parts = list(contributions.values())
        score = parts[0] + 0.0  # the sum() of the contributions, added in the same order
        for part in parts[1:]:
            score += part
        np.copyto(score, np.nan, where=~candidate)
        rank = _ranks(np.moveaxis(score, 1, 2))
        explain = candidate if drivers_top is None else \
            candidate & (np.moveaxis(rank, 2, 1) <= drivers_top)
        explained = []
        for t in range(candidate.shape[2]):
            cells = np.argwhere(explain[:, :, t])
            explained.append((cells, *opportunity_drivers(
                base.mcp[:, :, t], base.proximity[:, :, t], cells, k=n_drivers)))
        low, high = _intervals(
            x, base, candidate, rank, w0, threshold, threshold_factors, n_samples, seed,
            concentration, quantiles, intervals_top, pool=pool, stacks=stacks,
        )
    # the full driver arrays only now, in the memory the intervals have let go of
    drivers = np.full((*candidate.shape, n_drivers), -1, dtype=np.int32)  # int64's half
    dprox = np.full((*candidate.shape, n_drivers), np.nan)
    for t, (cells, idx, prox) in enumerate(explained):
        drivers[cells[:, 0], cells[:, 1], t] = idx
        dprox[cells[:, 0], cells[:, 1], t] = prox
    rank, low, high = (np.moveaxis(a, 2, 1) for a in (rank, low, high))
    return OpportunityResult(
        candidate=candidate, score=score, rank=rank, rank_low=low, rank_high=high,
        contributions=contributions, drivers=drivers, driver_proximity=dprox, weights=w0,
        thresholds=tuple(threshold * f for f in threshold_factors), year_index=tuple(ti),
    )


#: Cells from which the rank intervals run on threads (below, a thread costs more than it
#: gives).
PARALLEL_CELLS = 1_000_000


def _interval_workers(cells: int) -> int:
    """Threads for the rank intervals of ``cells`` cells: 2 when there are at least
    :data:`PARALLEL_CELLS` and the process may run on two cores or more, else 0.

    >>> _interval_workers(10)
    0
    """
    if cells < PARALLEL_CELLS:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)
    return 2 if cores >= 2 else 0


@contextmanager
def _interval_pool(workers: int) -> Iterator[Executor | None]:
    """A pool of ``workers`` threads for the rank intervals (None for 0), with BLAS on
    one thread meanwhile (the threads' products run side by side instead of each asking
    for every core)."""
    if workers <= 0:
        yield None
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"), \
            ThreadPoolExecutor(max_workers=workers) as pool:
        yield pool


def _compute_stacks(stacks: Mapping[float, Future[np.ndarray]],
                    x: np.ndarray | list[sp.csr_array], base: ComplexityResult,
                    candidate: np.ndarray, threshold: float, names: Sequence[str]) -> None:
    """Fill each future of ``stacks`` (threshold factor -> future) with
    :func:`_stack_at` at ``threshold * factor``, one after the other (or its error)."""
    for f, future in stacks.items():
        if not future.set_running_or_notify_cancel():
            continue
        try:
            future.set_result(_stack_at(x, base, candidate, threshold * f, names))
        except BaseException as exc:  # the waiting draw re-raises it
            future.set_exception(exc)


def _panel_years(x: object) -> tuple[np.ndarray | list[sp.csr_array], int]:
    """The panel as a dense (R, I, T) array, or a list of sparse CSR years; and T.

    Sparse input stays sparse (a list, one matrix per year) so that the threshold
    re-runs of the rank intervals take the sparse path of :func:`economic_complexity`.
    """
    if sp.issparse(x) or (isinstance(x, Sequence) and not isinstance(x, np.ndarray)
                          and len(x) > 0 and sp.issparse(x[0])):
        years = _as_years(x)
        return years, len(years)
    arr = np.asarray(x, dtype=np.float64)
    arr = arr[:, :, None] if arr.ndim == 2 else arr
    if arr.ndim != 3:
        raise ValueError(Msg("analysis.values_shape", shape=arr.shape))
    return arr, arr.shape[2]


def _take_years(res: ComplexityResult, ti: list[int]) -> ComplexityResult:
    """The same result restricted to some years (last axis)."""
    names = ("rca", "mcp", "diversity", "ubiquity", "eci", "pci", "proximity", "density",
             "coi", "cog")
    parts = {k: getattr(res, k)[..., ti] for k in names}
    return ComplexityResult(**parts, threshold=res.threshold, warnings=list(res.warnings))


def _at_threshold(x: np.ndarray | list[sp.csr_array], base: ComplexityResult,
                  threshold: float) -> ComplexityResult:
    """The criteria of the opportunities (density, COG, PCI) at another RCA threshold.

    Dense input re-uses the base result's RCA (:func:`criteria_at_threshold`: the same
    numbers); sparse input is computed again. Only ``density``, ``cog`` and ``pci`` of
    the result are meant to be read."""
    if threshold == base.threshold:
        return base
    if isinstance(x, list):
        return economic_complexity(x, threshold=threshold)
    dens, cog, pci = criteria_at_threshold(base.rca, threshold)
    return replace(base, density=dens, cog=cog, pci=pci, threshold=threshold)


def _interval_draws(w0: Mapping[str, float], n_factors: int, n: int, seed: int,
                    conc: float) -> tuple[np.ndarray, np.ndarray]:
    """The draws of the rank intervals: weights (n, C) ~ Dirichlet(``conc * w0``) over the
    criteria of ``w0`` (0 where ``w0`` is), and each draw's threshold factor index, sorted
    (the draws of one threshold are consecutive)."""
    w = np.array(list(w0.values()))
    rng = np.random.default_rng(seed)
    active = w > 0
    draws = np.zeros((n, len(w)))
    draws[:, active] = rng.dirichlet(conc * w[active], size=n)
    which = np.sort(rng.integers(0, n_factors, size=n))
    return draws, which


def _stack_at(x: np.ndarray | list[sp.csr_array], base: ComplexityResult,
              candidate: np.ndarray, threshold: float, names: Sequence[str]) -> np.ndarray:
    """The normalised criteria ``names`` (C, R * T, I) float32 at another RCA threshold:
    the measures taken again (:func:`_at_threshold`), scaled over the base candidates."""
    res = _at_threshold(x, base, threshold)
    return _normalized32(res, candidate, names)


#: Draws ranked per task of the interval threads (each draw's keys: 4 bytes a cell, 20 MB
#: at 5 M cells).
DRAWS_PER_TASK = 2


def _intervals(
    x: np.ndarray | list[sp.csr_array], base: ComplexityResult, candidate: np.ndarray,
    rank: np.ndarray, w0: Mapping[str, float], threshold: float, factors: Sequence[float],
    n: int, seed: int, conc: float, quantiles: tuple[float, float],
    top: int | None = None,
    pool: Executor | None = None, stacks: Mapping[float, Future[np.ndarray]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Rank quantiles over draws of threshold and weights; arrays (R, T, I).

    With ``top``, only the cells ranked 1 .. ``top`` get an interval (0 elsewhere): each
    draw sorts the keys of every region-year once and searches the top cells' keys in
    them (:func:`ranks_of_cells`), the same ranks as sorting every cell.

    With ``pool``, the draws are ranked by its threads, a few draws per task (NumPy lets
    go of the GIL while it sorts and searches); ``stacks`` holds the normalised criteria
    at the other thresholds, already being computed there (:func:`_stack_at`). Each
    task writes its own rows of the sampled ranks: the same numbers in any order.
    """
    if n <= 0:
        return rank.copy(), rank.copy()
    names = list(w0)
    draws, which = _interval_draws(w0, len(factors), n, seed, conc)
    outside = np.moveaxis(~candidate, 1, 2).astype(np.float32)  # (R, T, I)
    r, t, i = outside.shape
    if top is None:
        ranks = np.empty((n, r * t * i), dtype=np.int16)
        rows = cols = np.zeros(0, dtype=np.intp)
    else:
        cells = np.flatnonzero((rank > 0) & (rank <= top))  # flat (R, T, I) positions
        rows, cols = np.divmod(cells, i)
        ranks = np.empty((n, cells.size), dtype=np.int16)

    last: dict[float, np.ndarray] = {}  # without a pool: one threshold at a time

    def stack_of(f: float) -> np.ndarray:
        if stacks is not None and f in stacks:
            return stacks[f].result()
        if f not in last:
            last.clear()
            last[f] = _stack_at(x, base, candidate, threshold * f, names)
        return last[f]

    def rank_draws(f: float, part: np.ndarray) -> None:
        stack = stack_of(f)
        if top is None:
            ranks[part] = _sampled_ranks(stack, outside, draws[part])
            return
        keys = _draw_keys(stack, outside, draws[part])
        for d, s in enumerate(part):
            ranks[s] = ranks_of_cells(keys[d], rows, cols)

    step = DRAWS_PER_TASK if pool is not None else 8
    jobs = [(f, sel[a:a + step]) for v, f in enumerate(factors)
            for sel in [np.flatnonzero(which == v)] for a in range(0, sel.size, step)]
    if pool is None:
        for f, part in jobs:
            rank_draws(f, part)
    else:
        for done in [pool.submit(rank_draws, f, part) for f, part in jobs]:
            done.result()
    k_low = int(np.floor(quantiles[0] * (n - 1)))
    k_high = int(np.ceil(quantiles[1] * (n - 1)))
    part = np.partition(ranks.T, [k_low, k_high], axis=-1)
    if top is None:
        low = part[:, k_low].reshape(r, t, i).astype(np.int64)
        high = part[:, k_high].reshape(r, t, i).astype(np.int64)
    else:
        low = np.zeros(r * t * i, dtype=np.int64)
        high = np.zeros(r * t * i, dtype=np.int64)
        low[cells], high[cells] = part[:, k_low], part[:, k_high]
        low, high = low.reshape(r, t, i), high.reshape(r, t, i)
        computed = low > 0
        return (np.where(computed, np.minimum(low, rank), 0),
                np.where(computed, np.maximum(high, rank), 0))
    low = np.where(rank > 0, np.minimum(low, rank), 0)
    return low, np.where(rank > 0, np.maximum(high, rank), 0)
