"""Achievement (capaian) of an indicator against its target, traffic lights, roll-ups,
yearly targets between the plan's stage values, and the trend of the realisations.

Pure functions on numbers: the service, the CLI, the pages, the API and the workbooks
call these, so every channel shows the same figures.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: Default traffic-light thresholds (achievement in %): green at or above the first,
#: yellow at or above the second, red below. From the categories of Permendagri 86/2017
#: (evaluation of regional plans): "tinggi" from 76 %, "sangat tinggi" from 91 %.
DEFAULT_THRESHOLDS = (91.0, 76.0)
LIGHTS = ("green", "yellow", "red")


def achievement(realisation: float | None, target: float | None,
                direction: str = "up") -> float | None:
    """Achievement in % of a realisation against its target.

    Parameters
    ----------
    realisation, target : float or None
    direction : {"up", "down"}
        ``up``: higher is better; ``down``: lower is better.

    Returns
    -------
    float or None
        None when either value is missing or the target is 0 (no ratio).

    Notes
    -----
    Higher is better (the "normal condition"): ``A = R / T x 100``.
    Lower is better (the "special condition"): ``A = (1 + (1 - R / T)) x 100 =
    (2 T - R) / T x 100``, so a realisation below the target scores above 100 %.

    References
    ----------
    Peraturan Menteri PAN-RB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN,
    Lampiran, Bab VI.A.1 (capaian IKI "kondisi normal" and "kondisi khusus"); the same
    two formulas are used in the LKjIP/LAKIP of regional governments.

    Example
    -------
    Realisation 92 against a target of 90 (higher is better), and 6.5 months against a
    target of 7 (lower is better), the regulation's own examples:

    >>> round(achievement(92, 90), 1), round(achievement(6.5, 7, "down"), 1)
    (102.2, 107.1)
    >>> achievement(9, 8, "down"), achievement(3, 0) is None
    (87.5, True)
    """
    if realisation is None or target is None or target == 0:
        return None
    if not (math.isfinite(realisation) and math.isfinite(target)):
        return None
    ratio = realisation / target
    return 100.0 * ratio if direction != "down" else 100.0 * (2.0 - ratio)


def light(value: float | None, thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> str | None:
    """The traffic light of an achievement: ``green`` at or above ``thresholds[0]``,
    ``yellow`` at or above ``thresholds[1]``, else ``red``; None without a value.

    >>> [light(v) for v in (120, 91, 90.9, 76, 10, None)]
    ['green', 'green', 'yellow', 'yellow', 'red', None]
    >>> light(85, (80, 60))
    'green'
    """
    if value is None:
        return None
    green, yellow = thresholds[0], thresholds[1]
    return "green" if value >= green else "yellow" if value >= yellow else "red"


def check_thresholds(green: float, yellow: float) -> tuple[float, float]:
    """Thresholds as given, or ``ValueError`` unless ``0 <= yellow <= green``.

    >>> check_thresholds(90, 70)
    (90.0, 70.0)
    """
    if not (0 <= yellow <= green) or not math.isfinite(green):
        raise ValueError((green, yellow))
    return float(green), float(yellow)


def roll_up(values: Sequence[float | None]) -> float | None:
    """The achievement of a group (a target, a programme group): the mean of its
    indicators' achievements that have one, None when none has.

    Notes
    -----
    ``A_group = (1/n) sum_i A_i`` over the n indicators with an achievement (equal
    weights, as the LKjIP averages the indicators of a sasaran).

    >>> roll_up([100.0, 80.0, None]), roll_up([None]) is None
    (90.0, True)
    """
    found = [v for v in values if v is not None]
    return sum(found) / len(found) if found else None


def yearly_targets(points: Mapping[int, float], start: int, end: int, *,
                   geometric: bool = False) -> dict[int, float]:
    """A target for every year from ``start`` to ``end`` between the known points
    (baseline and stage-end values), by interpolation.

    Parameters
    ----------
    points : mapping year -> value
        Known values (at least one); before the first point the first value holds, after
        the last the last.
    geometric : bool
        Interpolate at a constant growth rate (levels such as investment, workers)
        instead of a straight line (rates and shares); falls back to a line when a value
        is not positive.

    Notes
    -----
    Between points ``(y0, v0)`` and ``(y1, v1)``: linear ``v0 + (v1 - v0)(y - y0)/(y1 -
    y0)``; geometric ``v0 (v1 / v0)^((y - y0)/(y1 - y0))`` (the compound growth of
    :func:`rancang.features.plan.targets.implied_growth`).

    Example
    -------
    >>> yearly_targets({2024: 10.0, 2029: 15.0}, 2025, 2030)
    {2025: 11.0, 2026: 12.0, 2027: 13.0, 2028: 14.0, 2029: 15.0, 2030: 15.0}
    >>> {y: round(v, 2) for y, v in yearly_targets({2024: 100.0, 2026: 121.0}, 2025, 2026,
    ...                                             geometric=True).items()}
    {2025: 110.0, 2026: 121.0}
    """
    known = sorted((int(y), float(v)) for y, v in points.items())
    if not known:
        return {}
    out: dict[int, float] = {}
    for year in range(start, end + 1):
        if year <= known[0][0]:
            out[year] = known[0][1]
            continue
        if year >= known[-1][0]:
            out[year] = known[-1][1]
            continue
        k = next(i for i in range(1, len(known)) if known[i][0] >= year)
        (y0, v0), (y1, v1) = known[k - 1], known[k]
        f = (year - y0) / (y1 - y0)
        if geometric and v0 > 0 and v1 > 0:
            out[year] = v0 * (v1 / v0) ** f
        else:
            out[year] = v0 + (v1 - v0) * f
    return out


@dataclass(frozen=True)
class Trend:
    """A least-squares line through the yearly realisations, and where it reaches by the
    year it is projected to, beside the target of that year."""

    slope: float
    projected_year: int
    projected: float
    target: float | None
    on_track: bool | None


def trend(points: Mapping[int, float], *, to_year: int, target: float | None,
          direction: str = "up") -> Trend | None:
    """The trend of yearly realisations projected to ``to_year`` (None with fewer than
    two years).

    Notes
    -----
    Ordinary least squares ``v = a + b y``: ``b = sum (y - ȳ)(v - v̄) / sum (y - ȳ)^2``;
    on track when the projection reaches the target (at or above it when higher is
    better, at or below when lower is).

    >>> t = trend({2025: 10.0, 2026: 12.0}, to_year=2029, target=17.0)
    >>> t.slope, t.projected, t.on_track
    (2.0, 18.0, True)
    """
    years = sorted(points)
    if len(years) < 2:
        return None
    my = sum(years) / len(years)
    mv = sum(points[y] for y in years) / len(years)
    den = sum((y - my) ** 2 for y in years)
    b = sum((y - my) * (points[y] - mv) for y in years) / den
    projected = mv + b * (to_year - my)
    on = None
    if target is not None:
        on = projected >= target if direction != "down" else projected <= target
    return Trend(b, to_year, projected, target, on)
