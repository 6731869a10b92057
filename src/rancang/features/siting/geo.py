"""Great-circle distances and point-in-polygon tests for candidate sites."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: ArrayLike, lng1: ArrayLike, lat2: ArrayLike,
                 lng2: ArrayLike) -> NDArray[np.float64]:
    """Great-circle distance in km between points given in degrees (arrays broadcast).

    Parameters
    ----------
    lat1, lng1, lat2, lng2 : array-like
        WGS84 latitude and longitude in degrees.

    Returns
    -------
    ndarray
        Distance in km.

    Notes
    -----
    ``h = sin^2(dphi/2) + cos(phi1) cos(phi2) sin^2(dlambda/2)``, ``d = 2 R asin(sqrt(h))``
    with the IUGG mean Earth radius R = 6371.0088 km (error under 0.5 % against the ellipsoid).

    References
    ----------
    Sinnott, R. W. (1984). Virtues of the haversine. Sky and Telescope 68(2), 159.

    Examples
    --------
    >>> round(float(haversine_km(0, 0, 0, 1)), 3)
    111.195
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dphi = p2 - p1
    dlmb = np.radians(np.asarray(lng2, dtype=float) - np.asarray(lng1, dtype=float))
    h = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return np.asarray(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1))))


def inside_polygons(lat: ArrayLike, lng: ArrayLike, geojson: Path) -> NDArray[np.bool_]:
    """Whether each point lies inside any (Multi)Polygon of a GeoJSON file (lng/lat order)."""
    import shapely
    from shapely.geometry import shape

    from rancang.core.text import decode_text, printable

    try:
        raw = Path(geojson).read_bytes()
    except OSError as exc:
        raise InputError(Problem(Msg("siting.cannot_read_geojson",
                                     error=printable(exc.strerror)),
                                 file=Path(geojson).name)) from exc
    try:
        data = json.loads(decode_text(raw, file=Path(geojson).name))
    except (ValueError, RecursionError) as exc:  # RecursionError: nested too deep
        raise InputError(Problem(Msg("siting.cannot_read_geojson",
                                     error=printable(exc, limit=120)),
                                 file=Path(geojson).name)) from None
    name = Path(geojson).name
    if not isinstance(data, dict):
        raise InputError(Problem(Msg("siting.not_geojson"), file=name))
    feats = data.get("features", [data] if data.get("type") == "Feature" else [])
    if data.get("type") in ("Polygon", "MultiPolygon"):
        feats = [{"geometry": data}]
    if not isinstance(feats, list):
        raise InputError(Problem(Msg("siting.features_not_list"), file=name))
    geoms = []
    for k, f in enumerate(feats, start=1):
        g = f.get("geometry") if isinstance(f, dict) else None
        if not isinstance(g, dict) or g.get("type") not in ("Polygon", "MultiPolygon"):
            raise InputError(Problem(Msg("siting.not_polygon", k=k), file=name))
        try:
            geom = shape(g)
        except Exception as exc:  # shapely raises several types for bad coordinates
            raise InputError(Problem(Msg("siting.unreadable_coordinates", k=k, error=str(exc)),
                                     file=name)) from None
        bounds = geom.bounds
        if bounds and not (-180 <= bounds[0] <= bounds[2] <= 180
                           and -90 <= bounds[1] <= bounds[3] <= 90):
            raise InputError(Problem(Msg("siting.coordinates_out_of_range", k=k), file=name))
        geoms.append(geom)
    if not geoms:
        raise InputError(Problem(Msg("siting.no_polygons"), file=Path(geojson).name))
    union = shapely.union_all(geoms)
    shapely.prepare(union)
    pts = shapely.points(np.asarray(lng, dtype=float), np.asarray(lat, dtype=float))
    return np.asarray(shapely.covers(union, pts), dtype=bool)
