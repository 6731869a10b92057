"""What the pages and the API share: the period and thresholds of a request, the chart
of an indicator, the evidence folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.features.monitoring.achievement import DEFAULT_THRESHOLDS, check_thresholds
from rancang.features.monitoring.dashboard import Row
from rancang.features.monitoring.periods import Period, parse_period


def default_period(today: dt.date | None = None) -> Period:
    """The semester that ended last (the one being reported).

    >>> default_period(dt.date(2026, 8, 1)).code, default_period(dt.date(2026, 3, 1)).code
    ('2026-S1', '2025-S2')
    """
    today = today or dt.date.today()
    return Period(today.year, "S1") if today.month > 6 else Period(today.year - 1, "S2")


def period_of(value: str | None) -> Period:
    """The period a request names (default: :func:`default_period`), or a 422."""
    if value is None or not value.strip():
        return default_period()
    try:
        return parse_period(value)
    except ValueError:
        raise InputError(Problem(Msg("monitor.bad_period", period=value[:20]),
                                 column="period")) from None


def thresholds_of(green: float | None, yellow: float | None) -> tuple[float, float]:
    """The thresholds a request names (defaults otherwise), or a 422."""
    g = DEFAULT_THRESHOLDS[0] if green is None else green
    y = DEFAULT_THRESHOLDS[1] if yellow is None else yellow
    try:
        return check_thresholds(g, y)
    except ValueError:
        raise InputError(Problem(Msg("monitor.bad_thresholds", green=g, yellow=y),
                                 column="green")) from None


def chart(row: Row, lang: str, pathway: dict[str, dict[int, float]] | None = None
          ) -> dict[str, Any]:
    """ECharts options: yearly target and realisation of one indicator (and the
    ``targets`` feature's trend and target paths of the share of PDRB, when given)."""
    years = [y for y, _, _ in row.series]
    series: list[dict[str, Any]] = [
        {"type": "line", "name": text("monitor.col.target", lang),
         "data": [[y, t] for y, t, _ in row.series if t is not None]},
        {"type": "line", "name": text("monitor.col.value", lang),
         "data": [[y, v] for y, _, v in row.series if v is not None]},
    ]
    for scenario in ("trend", "target"):
        path = (pathway or {}).get(scenario)
        if path:
            series.append({"type": "line", "lineStyle": {"type": "dashed"},
                           "name": text(f"monitor.path.{scenario}", lang),
                           "data": [[y, v] for y, v in sorted(path.items())
                                    if not years or years[0] <= y <= years[-1]]})
    return {"tooltip": {"trigger": "axis"}, "legend": {"bottom": 0},
            "grid": {"left": 50, "right": 20, "top": 36, "bottom": 50},
            "xAxis": {"type": "value", "min": "dataMin", "max": "dataMax",
                      "minInterval": 1, "name": text("monitor.axis.year", lang),
                      "nameLocation": "middle", "nameGap": 25, "rancangYears": True},
            "yAxis": {"type": "value", "name": text("monitor.axis.value", lang,
                                                     unit=row.unit)},
            "series": series}


def evidence_folder(settings: Any) -> Path:
    """Where evidence files are kept: ``<data folder>/monitoring/evidence``."""
    return Path(settings.data_dir) / "monitoring" / "evidence"
