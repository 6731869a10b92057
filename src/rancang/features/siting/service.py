"""Assemble the siting criteria, rank the candidates, write sites.csv and sites.geojson."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from rancang.core.errors import InputError, Problem
from rancang.decision import DecisionMatrix, Ranking, rank_alternatives
from rancang.features.siting.candidates import Candidates
from rancang.features.siting.geo import haversine_km

#: Direction of the criteria the service knows; user columns default to benefit.
DIRECTIONS = {
    "dist_estate_km": "cost", "dist_capital_km": "cost", "ikm_units": "benefit",
    "population": "benefit", "area_km2": "benefit", "density": "benefit",
    "raw_material": "benefit", "in_zone": "benefit",
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
        raise InputError(Problem("give at least one industrial estate (--estate NAME=LAT,LNG)"))
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
            more = f" and {len(lacking) - 8} more" if len(lacking) > 8 else ""
            what = (f"criterion {k!r} has no value for {len(lacking)} of {n} candidates "
                    f"({', '.join(lacking[:8])}{more})")
            if k == "dist_capital_km":
                what += " (give --capital for every regency)"
            if allow_partial:
                (notes if notes is not None else []).append(Problem(
                    what + "; left out of the ranking", src.get(k), None, None, k))
            else:
                problems.append(Problem(what + "; complete the column or pass --allow-partial "
                                        "to leave the criterion out", src.get(k), None, None, k))
            continue
        if np.ptp(v) == 0:
            if notes is not None:
                notes.append(Problem(f"criterion {k!r} is the same ({v[0]:g}) for every "
                                     "candidate and cannot rank them; left out", src.get(k),
                                     None, None, k))
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
        raise InputError(Problem("no criterion varies across the candidates"))
    if weights:
        rows = dict(weight_rows or {})
        unknown = [c for c in weights if c not in info]
        if unknown:
            raise InputError([Problem(
                f"weight for unknown criterion {c!r}; the criteria are: "
                f"{', '.join(info)}", weights_source, None, rows.get(c), "criterion")
                for c in unknown])
        for c in weights:
            if c not in dm.criteria and weights[c] > 0:
                notes.append(Problem(f"criterion {c!r} was left out of the ranking, so its "
                                     f"weight {weights[c]:g} is not used", weights_source,
                                     None, rows.get(c), "weight"))
        unweighted = [c for c in dm.criteria if c not in weights]
        if unweighted:
            notes.append(Problem(f"criteria without a weight get 0: {', '.join(unweighted)}",
                                 weights_source))
        w = np.array([float(weights.get(c, 0.0)) for c in dm.criteria])
        if w.sum() <= 0:
            raise InputError(Problem("none of the weighted criteria is available: "
                                     f"available are {', '.join(dm.criteria)}",
                                     weights_source))
    else:
        w = np.full(dm.shape[1], 1.0 / dm.shape[1])
    ranking = rank_alternatives(dm, w, method=method, samples=samples, rng=seed)
    return SitingResult(cand, dm, info, ranking, tuple(notes))


def write_sites(result: SitingResult, out: Path) -> tuple[Path, Path]:
    """Write ``sites.csv`` and ``sites.geojson`` (points at the centroids), by rank.

    Columns: district_code, district_name, regency_code, lat, lng, every criterion and
    informational column (distance to each estate), score, rank, rank_low, rank_high,
    acceptability (see :func:`rancang.decision.rank_alternatives`). The GeoJSON holds one
    Point feature per candidate with the same properties.
    """
    out.mkdir(parents=True, exist_ok=True)
    c, r = result.candidates, result.ranking.robustness
    order = np.argsort(r.rank, kind="stable")
    keys = list(result.info)
    header = ["district_code", "district_name", "regency_code", "lat", "lng", *keys,
              "score", "rank", "rank_low", "rank_high", "acceptability"]
    records: list[dict[str, Any]] = []
    for i in order:
        rec: dict[str, Any] = {
            "district_code": c.codes[i], "district_name": c.names[i],
            "regency_code": c.regencies[i], "lat": round(float(c.lat[i]), 6),
            "lng": round(float(c.lng[i]), 6)}
        for k in keys:
            v = float(result.info[k][i])
            rec[k] = round(v, 4) if np.isfinite(v) else None
        rec.update(score=round(float(r.scores[i]), 6), rank=int(r.rank[i]),
                   rank_low=int(r.rank_low[i]), rank_high=int(r.rank_high[i]),
                   acceptability=round(float(r.acceptability[i]), 4))
        records.append(rec)
    csv_path = out / "sites.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows([{k: ("" if v is None else v) for k, v in rec.items()} for rec in records])
    features = [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [rec["lng"], rec["lat"]]},
                 "properties": rec} for rec in records]
    geo_path = out / "sites.geojson"
    geo_path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                                   ensure_ascii=False, indent=1), encoding="utf-8")
    return csv_path, geo_path


def parse_point(text: str, cand: Candidates | None = None) -> tuple[float, float]:
    """``LAT,LNG`` or a candidate code (its centroid).

    Raises
    ------
    InputError
        Neither form, or coordinates out of range (``|lat| <= 90``, ``|lng| <= 180``).

    Example
    -------
    >>> parse_point("-2.82,122.15")
    (-2.82, 122.15)
    """
    if cand is not None and text.strip() in cand.codes:
        i = cand.index(text.strip())
        return float(cand.lat[i]), float(cand.lng[i])
    parts = text.split(",")
    try:
        lat, lng = (float(p) for p in parts)
    except ValueError as exc:
        raise InputError(Problem(f"{text!r} is neither LAT,LNG nor a district code")) from exc
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise InputError(Problem(f"{text!r}: coordinates out of range"))
    return lat, lng


def named_points(items: Sequence[str], cand: Candidates | None = None
                 ) -> dict[str, tuple[float, float]]:
    """Parse ``NAME=LAT,LNG`` (or ``NAME=DISTRICT_CODE``) options (see :func:`parse_point`).

    Example
    -------
    >>> named_points(["IMIP=-2.82,122.15"])
    {'IMIP': (-2.82, 122.15)}
    """
    out = {}
    for item in items:
        name, sep, rest = item.partition("=")
        if not sep or not name.strip():
            raise InputError(Problem(f"{item!r}: expected NAME=LAT,LNG"))
        out[name.strip()] = parse_point(rest, cand)
    return out
