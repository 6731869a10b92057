"""The need and offer forms of the pages, for posting and for editing: the fields as the
user typed them (kept when the form comes back with its problems), read into the
service's :class:`~rancang.features.matching.market.NeedData` /
:class:`~rancang.features.matching.market.OfferData`, the problems keyed by the field they
belong to, and the KBLI classes suggested for the text.

The rules themselves (what a need must hold, who may change it, the audit) are the
service's (:mod:`rancang.features.matching.market`), which the API calls too; this module
only turns form text into the service's values.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Form

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, render_text
from rancang.features.matching import market as mk

#: the column a problem of the KBLI suggester names, as the field of each form
_TEXT_FIELD = {"need": "description", "offer": "products"}


def number(raw: str, column: str, problems: list[Problem]) -> float | None:
    """A number as typed (a decimal comma accepted); blank is none; anything else adds a
    problem located at ``column``.

    >>> found: list[Problem] = []
    >>> number(" 12,5 ", "quantity", found), number("", "quantity", found), found
    (12.5, None, [])
    >>> number("dua", "quantity", found), [p.column for p in found]
    (None, ['quantity'])
    """
    raw = raw.strip()
    if not raw:
        return None
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        problems.append(Problem(Msg("market.bad_number", value=raw[:40]), column=column))
        return None


def day(raw: str, column: str, problems: list[Problem]) -> date | None:
    """A date written ``YYYY-MM-DD`` (the date input's value); blank is none.

    >>> found: list[Problem] = []
    >>> day("2027-03-31", "deadline", found), day("31/03/2027", "deadline", found)
    (datetime.date(2027, 3, 31), None)
    >>> [p.column for p in found]
    ['deadline']
    """
    if not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        problems.append(Problem(Msg("market.bad_date", value=raw[:20]), column=column))
        return None


def shown(value: Any) -> str:
    """A stored value as its form field shows it, so that saving the form unchanged
    stores the same value (a float in its shortest exact form).

    >>> shown(12.0), shown(-2.123456789), shown(None), shown(date(2027, 1, 2))
    ('12', '-2.123456789', '', '2027-01-02')
    >>> float(shown(0.1 + 0.2)) == 0.1 + 0.2
    True
    """
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def need_fields(region: Annotated[str, Form()] = "", buyer: Annotated[str, Form()] = "",
                description: Annotated[str, Form()] = "",
                kbli: Annotated[str, Form()] = "", quantity: Annotated[str, Form()] = "",
                unit: Annotated[str, Form()] = "",
                frequency: Annotated[str, Form()] = "once",
                standards: Annotated[list[str] | None, Form()] = None,
                lat: Annotated[str, Form()] = "", lng: Annotated[str, Form()] = "",
                radius_km: Annotated[str, Form()] = "",
                deadline: Annotated[str, Form()] = "") -> dict[str, Any]:
    """The need form's fields as typed."""
    return {"region": region, "buyer": buyer, "description": description, "kbli": kbli,
            "quantity": quantity, "unit": unit, "frequency": frequency,
            "standards": list(standards or []), "lat": lat, "lng": lng,
            "radius_km": radius_km, "deadline": deadline}


def offer_fields(region: Annotated[str, Form()] = "", name: Annotated[str, Form()] = "",
                 products: Annotated[str, Form()] = "", kbli: Annotated[str, Form()] = "",
                 capacity: Annotated[str, Form()] = "", unit: Annotated[str, Form()] = "",
                 certificates: Annotated[list[str] | None, Form()] = None,
                 lat: Annotated[str, Form()] = "", lng: Annotated[str, Form()] = ""
                 ) -> dict[str, Any]:
    """The offer form's fields as typed."""
    return {"region": region, "name": name, "products": products, "kbli": kbli,
            "capacity": capacity, "unit": unit, "certificates": list(certificates or []),
            "lat": lat, "lng": lng}


NeedForm = Annotated[dict[str, Any], Depends(need_fields)]
OfferForm = Annotated[dict[str, Any], Depends(offer_fields)]


def need_form(row: dict[str, Any]) -> dict[str, Any]:
    """A stored need as its edit form shows it."""
    return {"region": row["region_code"], "buyer": row["buyer"],
            "description": row["description"], "kbli": row["kbli"],
            "quantity": shown(row["quantity"]), "unit": row["unit"] or "",
            "frequency": row["frequency"], "standards": list(row["standards"] or []),
            "lat": shown(row["latitude"]), "lng": shown(row["longitude"]),
            "radius_km": shown(row["radius_km"]), "deadline": shown(row["deadline"])}


def offer_form(row: dict[str, Any]) -> dict[str, Any]:
    """A stored offer as its edit form shows it."""
    return {"region": row["region_code"], "name": row["name"], "products": row["products"],
            "kbli": row["kbli"], "capacity": shown(row["capacity"]),
            "unit": row["unit"] or "", "certificates": list(row["certificates"] or []),
            "lat": shown(row["latitude"]), "lng": shown(row["longitude"])}


def need_data(form: dict[str, Any]) -> mk.NeedData:
    """The need the form describes, or an :class:`InputError` with every problem at once
    (the numbers and dates the form could not read, and the service's own checks)."""
    problems: list[Problem] = []
    data = mk.NeedData(
        form["region"], form["buyer"], form["description"], form["kbli"],
        number(form["quantity"], "quantity", problems), form["unit"], form["frequency"],
        list(form["standards"]), number(form["lat"], "lat", problems),
        number(form["lng"], "lng", problems),
        number(form["radius_km"], "radius_km", problems),
        day(form["deadline"], "deadline", problems))
    _with_checks(problems, mk.check_need, data)
    return data


def offer_data(form: dict[str, Any]) -> mk.OfferData:
    """The offer the form describes, or an :class:`InputError` with every problem."""
    problems: list[Problem] = []
    data = mk.OfferData(
        form["region"], form["name"], form["products"], form["kbli"],
        number(form["capacity"], "capacity", problems), form["unit"],
        list(form["certificates"]), number(form["lat"], "lat", problems),
        number(form["lng"], "lng", problems))
    _with_checks(problems, mk.check_offer, data)
    return data


def _with_checks(problems: list[Problem], check: Any, data: Any) -> None:
    """Raise the form's problems together with those the service finds (the service
    checks again when it stores: one rule)."""
    if not problems:
        return
    try:
        check(data)
    except InputError as exc:
        problems = problems + list(exc.problems)
    raise InputError(problems)


def field_errors(problems: list[Problem], lang: str, kind: str) -> dict[str, list[str]]:
    """The messages of ``problems`` in ``lang`` keyed by the form field they belong to
    (``""``: the form as a whole), to show beside each field.

    >>> field_errors([Problem(Msg("market.bad_priority"), column="priority"),
    ...               Problem("x")], "en", "need")
    {'priority': ['priority: 1 (highest) to 9'], '': ['x']}
    """
    out: dict[str, list[str]] = {}
    for p in problems:
        column = p.column or ""
        if column == "text":  # the suggester names the text it read
            column = _TEXT_FIELD[kind]
        out.setdefault(column, []).append(render_text(p.message, lang))
    return out


def kbli_suggestions(phrase: str, *, top: int = 3) -> list[dict[str, Any]]:
    """The KBLI classes suggested for a need's description or an offer's products, each
    with the words that matched, where, and the passage of the class's description
    (:func:`rancang.features.kbli.service.suggest_text`); a text the suggester refuses
    (blank, too long) raises its :class:`InputError`."""
    from rancang.features.kbli.service import suggest_text

    return [{"code": s.code, "title": s.title, "matched": list(s.matched),
             "fields": list(s.fields), "excerpt": s.excerpt,
             "corrected": [f"{a} \u2192 {b}" for a, b in s.corrected]}
            for s in suggest_text(phrase, top=top)]


def suggest(form: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The suggestions for the text typed in the form (``Suggest KBLI``); a blank KBLI
    field takes the first of them, for the user to confirm by saving (a code the user
    typed is never replaced)."""
    found = kbli_suggestions(form[_TEXT_FIELD[kind]])
    if found and not form["kbli"].strip():
        form["kbli"] = found[0]["code"]
    return found


def stored_suggestions(phrase: str) -> list[dict[str, Any]]:
    """The suggestions for a stored text, shown when its edit form opens (its first 500
    characters, what the suggester reads; none for a text it refuses)."""
    from rancang.features.kbli.service import MAX_CHARS

    try:
        return kbli_suggestions(phrase[:MAX_CHARS])
    except InputError:
        return []
