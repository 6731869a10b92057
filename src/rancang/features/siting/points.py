"""Points given on the command line: ``LAT,LNG``, ``NAME=LAT,LNG`` or a district's centroid."""

from __future__ import annotations

from collections.abc import Sequence

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.siting.candidates import Candidates


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
        raise InputError(Problem(Msg("siting.bad_point", text=text))) from exc
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        raise InputError(Problem(Msg("siting.point_out_of_range", text=text)))
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
            raise InputError(Problem(Msg("siting.bad_named_point", item=item)))
        out[name.strip()] = parse_point(rest, cand)
    return out
