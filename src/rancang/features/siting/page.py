"""What the sentra siting page shows: the candidate districts of a regency on the map with
their scores and rank intervals, the industrial estates as points (IMIP, IHIP, the
register's estates with coordinates, or any the user adds), the register's IKM counts as a
layer, and the ranking with editable criteria weights.

IKM counts are aggregates of the register (firms whose Permenperin 64/2016 size class is
not large, :func:`rancang.features.siting.candidates.register_ikm_units`). Who may not read
the register's records of the regency sees a district's count only when it is at least 3
firms (UU 3/2014 arts. 69-70, the register's rule for published aggregates); a smaller
count is shown as "< 3" and enters the ranking as 0 for them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, current_language
from rancang.features.registry.confidentiality import MIN_FIRMS
from rancang.features.siting.candidates import Candidates, load_district_centroids

#: Approximate public locations (docs/decision.md): IMIP at Bahodopi, Morowali; IHIP in
#: Morowali Utara.
BUILTIN_ESTATES: dict[str, tuple[float, float]] = {"IMIP": (-2.82, 122.15),
                                                    "IHIP": (-2.00, 121.53)}
PAGE_SAMPLES = 300
#: Candidates in the rank-interval chart (the table holds all of them).
CHART_ROWS = 30


@functools.lru_cache(maxsize=64)
def _candidates(path: str, stamp: float, regencies: tuple[str, ...], level: str) -> Candidates:
    return load_district_centroids(Path(path), list(regencies), level=level)


def candidates(path: Path, regencies: Sequence[str], level: str = "kec") -> Candidates:
    """The candidate districts of ``regencies`` from the centroid table (cached per file
    version)."""
    return _candidates(str(path), Path(path).stat().st_mtime, tuple(regencies), level)


def register_estates(engine: Any) -> dict[str, tuple[float, float]]:
    """The register's industrial estates that have coordinates."""
    from sqlalchemy import select

    from rancang.features.registry.models import IndustrialEstate

    t = IndustrialEstate.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.name, t.c.latitude, t.c.longitude)
                            .where(t.c.latitude.is_not(None), t.c.longitude.is_not(None))
                            .order_by(t.c.name)).all()
    return {str(n): (float(la), float(lo)) for n, la, lo in rows
            if -90 <= la <= 90 and -180 <= lo <= 180}


@functools.lru_cache(maxsize=64)
def _register_counts(engine: Any, cand: Candidates, version: int) -> tuple[int, ...]:
    """IKM units per candidate at one register version (cached: reading the register is
    most of the page's time, and any change of the register writes an audit entry, which
    moves the version)."""
    from rancang.features.siting.candidates import register_ikm_units

    return tuple(int(v) for v in register_ikm_units(engine, cand)["ikm_units"])


def ikm_counts(engine: Any, actor: Any, cand: Candidates) -> tuple[list[int], list[bool]]:
    """IKM units per candidate from the register, and which counts the actor may see
    exactly (:data:`MIN_FIRMS` rule for who may not read the regency's records)."""
    from rancang.features.registry.review import register_version

    with engine.connect() as conn:
        version = register_version(conn)
    counts = list(_register_counts(engine, cand, version))
    exact = [actor.can("registry.records.read", reg) for reg in cand.regencies]
    shown = [c == 0 or c >= MIN_FIRMS or ok for c, ok in zip(counts, exact, strict=True)]
    return counts, shown


def unmet_needs(engine: Any, cand: Candidates) -> tuple[np.ndarray, int]:
    """Buyers' unmet needs per candidate (a criterion and a column when any), and those of
    the regency naming no district (:func:`~rancang.features.siting.candidates.
    register_unmet_needs`; counts of needs, never a buyer)."""
    from rancang.features.siting.candidates import register_unmet_needs

    return register_unmet_needs(engine, cand)


def siting_view(engine: Any, actor: Any, centroids: Path, regencies: Sequence[str], *,
                estates: Mapping[str, tuple[float, float]], method: str = "topsis",
                query: Mapping[str, str] | None = None,
                lang: str | None = None) -> dict[str, Any]:
    """Rank the candidates and assemble rows, map points, the rank-interval chart (the
    ranking page's, :func:`rancang.features.decide.rank_view.interval_chart`) and notes
    for the page and its API: the numbers of ``rancang siting --samples 300 --seed 0``
    with the same estates, register and weights."""
    from rancang.decision import rank_alternatives
    from rancang.features.decide.rank_view import interval_chart, page_weights
    from rancang.features.siting.ranking import build_siting_matrix
    from rancang.features.siting.service import method_problem

    if (bad := method_problem(method)) is not None:
        raise InputError(Problem(bad, column="method"))
    cand = candidates(centroids, regencies)
    counts, shown = ikm_counts(engine, actor, cand)
    used = np.array([c if ok else 0 for c, ok in zip(counts, shown, strict=True)], dtype=float)
    notes: list[Problem] = []
    columns = {"ikm_units": used}
    unmet, unplaced = unmet_needs(engine, cand)
    if unmet.any():  # buyers' needs no local supplier meets: a market for a new sentra
        columns["unmet_needs"] = unmet
    if unplaced:
        notes.append(Problem(Msg("siting.unmet_unplaced", needs=unplaced)))
    dm, info = build_siting_matrix(cand, estates=estates, columns=columns, notes=notes)
    if dm.shape[1] == 0:
        raise InputError(Problem(Msg("siting.nothing_varies")))
    weights = page_weights(dm.criteria, query or {}, None)
    # the ranking of ``rancang siting --samples 300 --seed 0`` with these weights
    ranking = rank_alternatives(dm, np.asarray(weights), method=method,
                                samples=PAGE_SAMPLES, rng=0)
    r = ranking.robustness
    rows: list[dict[str, Any]] = []
    for i, code in enumerate(cand.codes):
        rows.append({
            "code": code, "name": cand.names[i], "lat": float(cand.lat[i]),
            "lng": float(cand.lng[i]), "score": float(r.scores[i]), "rank": int(r.rank[i]),
            "rank_low": int(r.rank_low[i]), "rank_high": int(r.rank_high[i]),
            "dist_estate_km": float(info["dist_estate_km"][i]),
            "ikm": counts[i] if shown[i] else None, "unmet": int(unmet[i])})
    rows.sort(key=lambda x: x["rank"])
    return {"rows": rows, "criteria": list(dm.criteria), "method": method,
            "weights": [float(w) for w in weights],
            "chart": interval_chart(rows[:CHART_ROWS], lang or current_language()),
            "weighted": list(zip(dm.criteria, weights, strict=True)),
            "estates": [{"name": n, "lat": la, "lng": lo} for n, (la, lo) in estates.items()],
            "notes": notes, "higher_is_better": ranking.higher_is_better,
            "suppressed": sum(1 for ok in shown if not ok), "samples": PAGE_SAMPLES,
            "has_unmet": bool(unmet.any())}
