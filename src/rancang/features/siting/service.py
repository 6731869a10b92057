"""The service under ``rancang siting``: read the candidates and the criteria files, rank
the candidate sites for a new sentra IKM, and return the result (write it with
:func:`rancang.features.siting.export.write_sites`).

The same function serves the CLI, a web page or an API route: :func:`siting_from_files`
takes a :class:`SitingRequest` (files and options) and returns a
:class:`~rancang.features.siting.ranking.SitingResult` holding the candidates, the criteria
matrix with its informational columns, the ranking, and the notes (criteria left out, rows
skipped) to show before the results.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.siting.candidates import Candidates
from rancang.features.siting.export import write_sites
from rancang.features.siting.points import named_points, parse_point
from rancang.features.siting.ranking import (
    DIRECTIONS,
    SitingResult,
    build_siting_matrix,
    rank_sites,
)

__all__ = [
    "DIRECTIONS",
    "SitingRequest",
    "SitingResult",
    "build_siting_matrix",
    "method_problem",
    "named_points",
    "parse_point",
    "rank_sites",
    "siting_from_files",
    "write_sites",
]


@dataclass(frozen=True)
class SitingRequest:
    """Where the candidates and the criteria come from, and how to rank.

    ``estates`` are ``NAME=LAT,LNG`` (or ``NAME=DISTRICT_CODE``); ``capitals`` are
    ``REGENCY=LAT,LNG`` or ``REGENCY=DISTRICT_CODE``; ``hazards`` map a layer's name to a
    GeoJSON file. IKM units come from ``ikm`` (a CSV) or ``register_db`` (the industry
    register), not both.
    """

    regencies: Sequence[str]
    centroids: Path
    estates: Sequence[str]
    level: str = "kec"
    names: Path | None = None
    capitals: Sequence[str] = ()
    ikm: Path | None = None
    product_groups: Sequence[str] | None = None
    register_db: str | None = None
    register_year: int | None = None
    data: Path | None = None
    zone: Path | None = None
    hazards: Mapping[str, Path] = field(default_factory=dict)
    weights: Path | None = None
    method: str = "topsis"
    samples: int = 1000
    seed: int = 0
    allow_partial: bool = False
    unmet: bool = False


def method_problem(method: str) -> Msg | None:
    """The message for an unknown ranking method, or None."""
    from rancang.decision import METHODS

    return None if method in METHODS else Msg("siting.bad_method", methods=", ".join(METHODS))


def siting_from_files(request: SitingRequest) -> SitingResult:
    """Rank the districts (or villages) of ``request.regencies`` for a new sentra IKM.

    Every problem of the files (a district that is not a candidate, text in a number cell,
    a weight for an unknown criterion...) is an :class:`InputError` naming file, row and
    column; with ``allow_partial`` incomplete criteria and unknown rows become notes.
    """
    from rancang.features.siting.candidates import kemendagri_regency, load_district_centroids
    from rancang.features.siting.geo import inside_polygons

    r = request
    if (bad := method_problem(r.method)) is not None:
        raise InputError(Problem(bad))
    if r.ikm is not None and r.register_db is not None:
        raise InputError(Problem(Msg("siting.ikm_or_register")))
    if r.unmet and r.register_db is None:
        raise InputError(Problem(Msg("siting.unmet_needs_register")))
    cand = load_district_centroids(r.centroids, list(r.regencies), names=r.names, level=r.level)
    notes: list[Problem] = []
    columns, origins = _columns(r, cand, notes)
    hazards = {name: inside_polygons(cand.lat, cand.lng, path)
               for name, path in r.hazards.items()}
    weights = None
    rows_of: dict[str, int] = {}
    if r.weights is not None:
        from rancang.sources.decision_csv import read_priorities

        weights, rows_of = read_priorities(r.weights)
    capitals = {kemendagri_regency(k): v
                for k, v in named_points(list(r.capitals), cand).items()}
    return rank_sites(
        cand, estates=named_points(list(r.estates)), weights=weights, method=r.method,
        samples=r.samples, seed=r.seed, capitals=capitals, columns=columns,
        in_zone=inside_polygons(cand.lat, cand.lng, r.zone) if r.zone else None,
        hazards=hazards, allow_partial=r.allow_partial, origins=origins, notes=notes,
        weights_source=r.weights.name if r.weights is not None else None,
        weight_rows=rows_of,
    )


def _columns(r: SitingRequest, cand: Candidates, notes: list[Problem]
             ) -> tuple[dict[str, NDArray[np.float64]], dict[str, str]]:
    """The user criteria per candidate (IKM units, district data) and the file each came
    from."""
    from rancang.features.siting.candidates import (
        read_columns,
        read_ikm_units,
        register_ikm_units,
    )

    groups = list(r.product_groups) if r.product_groups else None
    columns: dict[str, NDArray[np.float64]] = {}
    origins: dict[str, str] = {}
    if r.ikm is not None:
        got = read_ikm_units(r.ikm, cand, groups=groups, allow_partial=r.allow_partial,
                             notes=notes)
        columns.update(got)
        origins.update(dict.fromkeys(got, r.ikm.name))
    if r.register_db is not None:
        from rancang.core.db import make_engine

        engine = make_engine(r.register_db)
        columns.update(register_ikm_units(engine, cand, groups=groups,
                                          year=r.register_year))
        if r.unmet:
            from rancang.features.siting.candidates import register_unmet_needs

            columns["unmet_needs"], unplaced = register_unmet_needs(engine, cand,
                                                                    groups=groups)
            if unplaced:
                notes.append(Problem(Msg("siting.unmet_unplaced", needs=unplaced)))
    if r.data is not None:
        got = read_columns(r.data, cand, allow_partial=r.allow_partial, notes=notes)
        columns.update(got)
        origins.update(dict.fromkeys(got, r.data.name))
    return columns, origins
