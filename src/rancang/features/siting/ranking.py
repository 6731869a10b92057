"""Assemble the siting criteria of the candidate sites and rank them with robustness."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.decision import DecisionMatrix, Ranking, rank_alternatives
from rancang.features.siting.candidates import Candidates
from rancang.features.siting.geo import haversine_km

#: Direction of the criteria the service knows; user columns default to benefit.
DIRECTIONS = {
    "dist_estate_km": "cost", "dist_capital_km": "cost", "ikm_units": "benefit",
    "population": "benefit", "area_km2": "benefit", "density": "benefit",
    "raw_material": "benefit", "in_zone": "benefit", "unmet_needs": "benefit",
}


@dataclass(frozen=True)
class SitingResult:
    """Candidates, the criteria matrix (with informational columns) and the ranking."""

    candidates: Candidates
    matrix: DecisionMatrix
    info: dict[str, NDArray[np.float64]]
    ranking: Ranking
    notes: tuple[Problem, ...] = field(default=())


def build_siting_matrix(
    cand: Candidates,
    *,
    estates: Mapping[str, tuple[float, float]],
    capitals: Mapping[str, tuple[float, float]] | None = None,
    columns: Mapping[str, NDArray[np.float64]] | None = None,
    in_zone: NDArray[np.bool_] | None = None,
    hazards: Mapping[str, NDArray[np.bool_]] | None = None,
    directions: Mapping[str, str] | None = None,
    allow_partial: bool = False,
    origins: Mapping[str, str] | None = None,
    notes: list[Problem] | None = None,
) -> tuple[DecisionMatrix, dict[str, NDArray[np.float64]]]:
    """Criteria per candidate; returns the matrix and informational columns.

    Criteria: ``dist_estate_km`` (great-circle km to the nearest estate, cost),
    ``dist_capital_km`` (to the candidate's regency capital, cost), every user column
    (``ikm_units``, ``population``, ``area_km2``, ``raw_material``...; ``density`` is added
    when population and area are both given), ``in_zone`` (1 inside an industrial zone)
    and ``hazard_<name>`` (1 inside a hazard layer, cost).

    A criterion without a value for some candidates (``--data`` covering only some
    districts, a capital not given for one regency) stops with an :class:`InputError`
    naming the file, column and districts; with ``allow_partial`` it is left out of the
    ranking with a note instead. A criterion equal for every candidate cannot rank them:
    it is left out with a note. Every criterion stays in ``info`` (and sites.csv).

    Parameters
    ----------
    cand : Candidates
    estates : mapping name -> (lat, lng)
    capitals : mapping regency code -> (lat, lng), optional
    columns : mapping name -> array (n,), optional
        User criteria per candidate (NaN = unknown).
    in_zone : bool array (n,), optional
    hazards : mapping name -> bool array (n,), optional
    directions : mapping name -> "benefit"/"cost", optional
        Overrides :data:`DIRECTIONS` for user columns.
    allow_partial : bool
        Leave out (with a note) criteria missing for some candidates instead of stopping.
    origins : mapping criterion -> file name, optional
        Where each user column came from, for the messages.
    notes : list of Problem, optional
        Receives the criteria left out and why.

    Returns
    -------
    (DecisionMatrix, dict of name -> array)

    Notes
    -----
    Distances are great-circle (haversine) between centroids, not travel distances.
    """
    n = len(cand.codes)
    crit: dict[str, NDArray[np.float64]] = {}
    info: dict[str, NDArray[np.float64]] = {}
    if not estates:
        raise InputError(Problem(Msg("siting.no_estate")))
    dists = {name: haversine_km(cand.lat, cand.lng, la, lo) for name, (la, lo) in estates.items()}
    for name, d in dists.items():
        info[f"dist_{name.lower()}_km"] = d
    crit["dist_estate_km"] = np.min(np.stack(list(dists.values())), axis=0)
    if capitals:
        d = np.full(n, np.nan)
        for i, reg in enumerate(cand.regencies):
            if reg in capitals:
                d[i] = haversine_km(cand.lat[i], cand.lng[i], *capitals[reg])
        crit["dist_capital_km"] = d
    for key, col in (columns or {}).items():
        crit[key] = np.asarray(col, dtype=float)
    if "population" in crit and "area_km2" in crit:
        with np.errstate(divide="ignore", invalid="ignore"):
            crit["density"] = crit["population"] / crit["area_km2"]
    if in_zone is not None:
        crit["in_zone"] = in_zone.astype(float)
    for name, inside in (hazards or {}).items():
        crit[f"hazard_{name}"] = inside.astype(float)
    dirs = {**DIRECTIONS, **(directions or {})}
    keep = []
    problems: list[Problem] = []
    src = dict(origins or {})
    for k, v in crit.items():
        info[k] = v
        lacking = [c for c, ok in zip(cand.codes, np.isfinite(v), strict=True) if not ok]
        if lacking:
            codes: str | Msg = ", ".join(lacking[:8])
            if len(lacking) > 8:
                codes = Msg("siting.codes_more", codes=codes, n=len(lacking) - 8)
            hint: str | Msg = Msg("siting.capital_hint") if k == "dist_capital_km" else ""
            key = "siting.lacking_left_out" if allow_partial else "siting.lacking_stop"
            problem = Problem(Msg(key, name=k, n=len(lacking), total=n, codes=codes, hint=hint),
                              src.get(k), None, None, k)
            if not allow_partial:
                problems.append(problem)
            elif notes is not None:
                notes.append(problem)
            continue
        if np.ptp(v) == 0:
            if notes is not None:
                notes.append(Problem(Msg("siting.constant", name=k, value=f"{v[0]:g}"),
                                     src.get(k), None, None, k))
            continue
        keep.append(k)
    if problems:
        raise InputError(problems)
    d_list = ["cost" if k.startswith("hazard_") else dirs.get(k, "benefit") for k in keep]
    values = np.column_stack([crit[k] for k in keep]) if keep else np.zeros((n, 0))
    labels = [f"{c} {nm}" for c, nm in zip(cand.codes, cand.names, strict=True)]
    return DecisionMatrix.build(labels, keep, values, d_list), info


def rank_sites(
    cand: Candidates,
    *,
    estates: Mapping[str, tuple[float, float]],
    weights: Mapping[str, float] | None = None,
    method: str = "topsis",
    samples: int = 1000,
    seed: int = 0,
    weights_source: str | None = None,
    weight_rows: Mapping[str, int] | None = None,
    **inputs: Any,
) -> SitingResult:
    """Rank candidate sites with robustness. ``weights`` by criterion name (default equal).

    Parameters
    ----------
    cand : Candidates
    estates : mapping name -> (lat, lng)
    weights : mapping criterion -> weight, optional
        A weight for a criterion that does not exist stops with an :class:`InputError`
        naming the weights file and row and listing the criteria; a weight for a criterion
        left out (equal for every candidate, or partial under ``allow_partial``) is noted;
        criteria present but not named get weight 0 (noted).
    method : {"topsis", "vikor", "promethee", "wsm", "wpm"}
    samples : int
        Dirichlet weight samples for the rank intervals.
    seed : int
    weights_source : str, optional
        File name of the weights, for the messages.
    weight_rows : mapping criterion -> row, optional
        Row of each weight in its file, for the messages.
    **inputs
        Passed to :func:`build_siting_matrix` (``allow_partial``, ``origins``...).

    Returns
    -------
    SitingResult
        With ``notes``: everything left out or skipped, to be shown before writing.

    Notes
    -----
    Scores and rank intervals as in :func:`rancang.decision.rank_alternatives`.
    """
    notes: list[Problem] = list(inputs.pop("notes", None) or [])
    dm, info = build_siting_matrix(cand, estates=estates, notes=notes, **inputs)
    if dm.shape[1] == 0:
        raise InputError(Problem(Msg("siting.nothing_varies")))
    if weights:
        rows = dict(weight_rows or {})
        unknown = [c for c in weights if c not in info]
        if unknown:
            raise InputError([Problem(
                Msg("siting.unknown_weight", name=c, criteria=", ".join(info)),
                weights_source, None, rows.get(c), "criterion") for c in unknown])
        for c in weights:
            if c not in dm.criteria and weights[c] > 0:
                notes.append(Problem(Msg("siting.weight_unused", name=c,
                                         weight=f"{weights[c]:g}"),
                                     weights_source, None, rows.get(c), "weight"))
        unweighted = [c for c in dm.criteria if c not in weights]
        if unweighted:
            notes.append(Problem(Msg("siting.unweighted", criteria=", ".join(unweighted)),
                                 weights_source))
        w = np.array([float(weights.get(c, 0.0)) for c in dm.criteria])
        if w.sum() <= 0:
            raise InputError(Problem(Msg("siting.no_weighted_criterion",
                                         criteria=", ".join(dm.criteria)), weights_source))
    else:
        w = np.full(dm.shape[1], 1.0 / dm.shape[1])
    ranking = rank_alternatives(dm, w, method=method, samples=samples, rng=seed)
    return SitingResult(cand, dm, info, ranking, tuple(notes))
