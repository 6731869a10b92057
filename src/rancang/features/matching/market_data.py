"""A need and an offer as a channel hands them to the service: their fields, the checks
every channel shares (every problem at once, located by field) and the values stored.

The page forms (:mod:`rancang.features.matching.market_forms`), the API
(:mod:`rancang.features.matching.market_api`) and Python callers build a
:class:`NeedData` or :class:`OfferData`; :mod:`rancang.features.matching.market` checks it
with :func:`check_need` / :func:`check_offer` before storing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.matching.models import FREQUENCIES


@dataclass
class NeedData:
    """A need as a buyer enters it (texts as typed; checked by :func:`check_need`)."""

    region: str
    buyer: str
    description: str
    kbli: str
    quantity: float | None = None
    unit: str | None = None
    frequency: str = "once"
    standards: list[str] = field(default_factory=list)
    lat: float | None = None
    lng: float | None = None
    radius_km: float | None = None
    deadline: date | None = None


@dataclass
class OfferData:
    """A firm's offer as it enters it."""

    region: str
    name: str
    products: str
    kbli: str
    capacity: float | None = None
    unit: str | None = None
    certificates: list[str] = field(default_factory=list)
    lat: float | None = None
    lng: float | None = None


def _common(problems: list[Problem], region: str, kbli: str, lat: float | None,
            lng: float | None, standards: list[str]) -> None:
    from rancang.features.matching.match import STANDARDS

    if not region or not all(p.isdigit() for p in region.split(".")) or len(region) > 13:
        problems.append(Problem(Msg("market.bad_region", value=region), column="region"))
    if not (len(kbli) == 5 and kbli.isdigit()):
        problems.append(Problem(Msg("market.kbli_needed"), column="kbli"))
    for name, v, lo, hi in (("lat", lat, -11.5, 6.5), ("lng", lng, 94.5, 141.5)):
        if v is not None and not (np.isfinite(v) and lo <= v <= hi):
            problems.append(Problem(Msg("market.bad_coordinate", value=v), column=name))
    if (lat is None) != (lng is None):
        problems.append(Problem(Msg("market.both_coordinates"), column="lat"))
    for s in standards:
        if s not in STANDARDS:
            problems.append(Problem(Msg("market.bad_standard", value=s,
                                        allowed=", ".join(STANDARDS)), column="standards"))


def _required(problems: list[Problem], column: str, value: str, *,
              longest: int | None = None) -> None:
    """A text field that must be filled (and, with ``longest``, not longer than that)."""
    if not value.strip():
        problems.append(Problem(Msg("market.empty", field=Msg(f"market.f.{column}")),
                                column=column))
    else:
        _longest(problems, column, value, longest)


def _longest(problems: list[Problem], column: str, value: str | None,
             longest: int | None) -> None:
    """Refuse a text longer than its column holds (the API's limits, for every channel)."""
    if value is not None and longest is not None and len(value.strip()) > longest:
        problems.append(Problem(Msg("market.too_long", field=Msg(f"market.f.{column}"),
                                    longest=longest), column=column))


def _tidy(d: NeedData | OfferData) -> None:
    """The codes and the unit as every channel stores them: without the spaces around
    them, an empty unit as none.

    >>> d = OfferData(" 72.06 ", "UD A", "roti", " 10710", unit="  ")
    >>> _tidy(d); (d.region, d.kbli, d.unit)
    ('72.06', '10710', None)
    """
    d.region, d.kbli = d.region.strip(), d.kbli.strip()
    d.unit = (d.unit or "").strip() or None


def check_need(d: NeedData) -> None:
    """Every problem of a need at once (an :class:`InputError` naming the fields)."""
    problems: list[Problem] = []
    _tidy(d)
    d.standards = sorted({s.strip().lower() for s in d.standards if s.strip()})
    _required(problems, "buyer", d.buyer, longest=200)
    _required(problems, "description", d.description, longest=2000)
    _longest(problems, "unit", d.unit, 40)
    _common(problems, d.region, d.kbli, d.lat, d.lng, d.standards)
    if d.frequency not in FREQUENCIES:
        problems.append(Problem(Msg("market.bad_frequency", value=d.frequency,
                                    allowed=", ".join(FREQUENCIES)), column="frequency"))
    for name, v in (("quantity", d.quantity), ("radius_km", d.radius_km)):
        if v is not None and not (np.isfinite(v) and v > 0):
            problems.append(Problem(Msg("market.positive", value=v), column=name))
    if problems:
        raise InputError(problems)


def check_offer(d: OfferData) -> None:
    """Every problem of an offer at once."""
    problems: list[Problem] = []
    _tidy(d)
    d.certificates = sorted({s.strip().lower() for s in d.certificates if s.strip()})
    _required(problems, "name", d.name, longest=300)
    _required(problems, "products", d.products, longest=2000)
    _longest(problems, "unit", d.unit, 40)
    _common(problems, d.region, d.kbli, d.lat, d.lng, d.certificates)
    if d.capacity is not None and not (np.isfinite(d.capacity) and d.capacity > 0):
        problems.append(Problem(Msg("market.positive", value=d.capacity), column="capacity"))
    if problems:
        raise InputError(problems)


def need_values(d: NeedData) -> dict[str, Any]:
    return {"region_code": d.region, "buyer": d.buyer.strip(),
            "description": d.description.strip(), "kbli": d.kbli, "quantity": d.quantity,
            "unit": d.unit or None, "frequency": d.frequency, "standards": d.standards,
            "latitude": d.lat, "longitude": d.lng, "radius_km": d.radius_km,
            "deadline": d.deadline}


def offer_values(d: OfferData) -> dict[str, Any]:
    return {"region_code": d.region, "name": d.name.strip(), "products": d.products.strip(),
            "kbli": d.kbli, "capacity": d.capacity, "unit": d.unit or None,
            "certificates": d.certificates, "latitude": d.lat, "longitude": d.lng}
