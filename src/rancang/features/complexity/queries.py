"""The complexity of a stored dataset for the web pages, the API and the downloads: one
:func:`run_complexity` per (dataset stamp, threshold, year), kept per worker.

The page, its download and the API call :func:`complexity_of`, so they show the numbers
``rancang complexity FILES --threshold T --to YEAR`` writes (same options, same seed).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import Engine

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.complexity.service import ComplexityOptions, ComplexityTables, run_complexity
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.panel import Panel

#: Results kept per worker (one per dataset, threshold and year; a few MB each at most).
CACHE_SIZE = 16


@dataclass(frozen=True)
class ComplexityQuery:
    """What one complexity page shows: the dataset's region, RCA threshold and year."""

    region: str
    threshold: float = 1.0
    year: int | None = None

    def options(self) -> ComplexityOptions:
        """The service options of this query (the CLI's ``--threshold`` and ``--to``)."""
        return ComplexityOptions(threshold=self.threshold, end=self.year)

    def params(self) -> dict[str, str]:
        """The query as URL parameters (the state a shared link carries)."""
        out = {"region": self.region, "threshold": f"{self.threshold:g}"}
        if self.year is not None:
            out["year"] = str(self.year)
        return out


_LOCK = threading.Lock()
_CACHE: OrderedDict[tuple[object, ...], ComplexityTables] = OrderedDict()


def complexity_of(engine: Engine, info: DatasetInfo, query: ComplexityQuery,
                  panel: Panel | None = None) -> ComplexityTables:
    """The complexity tables of the dataset for the query's threshold and year (cached)."""
    key = (id(engine), info.stamp, query.threshold, query.year)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    panel = panel or load_panel(engine, info)
    if query.year is not None and query.year not in panel.years:
        raise InputError(Problem(Msg("complexity.page.bad_year", year=query.year),
                                 column="year"))
    result = run_complexity(panel, query.options())
    with _LOCK:
        _CACHE[key] = result
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result
