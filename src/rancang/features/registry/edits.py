"""The import's rules for edits: what an import refuses, an edit on the page or through
the API refuses too (issue 17: an empty name, an unknown KBLI, text of any length).

Lengths are those of the columns, checked before the database sees them, so SQLite and
PostgreSQL answer the same; control characters (NUL included) are refused.
"""

from __future__ import annotations

import re
from typing import Any

from rancang.core.errors import Problem
from rancang.core.i18n import Msg
from rancang.features.registry.messages import message
from rancang.features.registry.models import Enterprise
from rancang.reference.kbli import known_group

TEXT_LIMIT = 2000  # unbounded Text columns (address)
#: the values of a record's status, in the order the edit form offers them
STATUSES = ("draft", "returned", "verified")
#: the catalogue message (:mod:`rancang.features.registry.messages`) of a value the
#: schema refuses, by field
SCHEMA_MESSAGES = {"village_code": "region_format", "kbli": "kbli", "status": "status",
                   "latitude": "latitude", "longitude": "longitude"}
#: the schema's refusals of a value that is not a number at all
NOT_A_NUMBER = frozenset({"float_parsing", "float_type", "finite_number"})
#: fields written as decimal numbers (a decimal comma is read as the point)
DECIMALS = ("latitude", "longitude")


def form_changes(form: dict[str, str], fields: tuple[str, ...]) -> dict[str, str | None]:
    """The changes an edit form sends: each of ``fields`` the form holds, trimmed, an
    emptied one as None (refused for a name, erasing otherwise: an edit is deliberate);
    a coordinate written with a decimal comma (``-2,5123``) read with the point.

    >>> form_changes({"name": " UD Roti ", "latitude": "-2,5123", "address": "", "x": "1"},
    ...              ("name", "latitude", "address", "phone"))
    {'name': 'UD Roti', 'latitude': '-2.5123', 'address': None}
    """
    out: dict[str, str | None] = {}
    for field in fields:
        if field not in form:
            continue
        value = str(form[field]).strip()
        if field in DECIMALS and value.count(",") == 1 and "." not in value:
            value = value.replace(",", ".")
        out[field] = value or None
    return out
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def limit(field: str) -> int:
    """The longest value the ``enterprise`` column ``field`` holds.

    >>> limit("name"), limit("phone"), limit("address")
    (300, 20, 2000)
    """
    length = getattr(Enterprise.__table__.c[field].type, "length", None)
    return int(length) if length else TEXT_LIMIT


def edit_problems(changes: dict[str, Any]) -> list[Problem]:
    """Problems of an edit's changes, each at its field; empty when the edit is valid.

    >>> [(p.column, str(p.message)[:20]) for p in edit_problems({"name": " ", "kbli": "46100"})]
    [('name', 'wajib diisi'), ('kbli', 'kode KBLI 2020 indus')]
    >>> edit_problems({"name": "UD Roti", "kbli": "10710"})
    []
    """
    out: list[Problem] = []
    if "name" in changes and not str(changes["name"] or "").strip():
        out.append(Problem(message("required"), column="name"))
    for field, value in changes.items():
        if not isinstance(value, str) or field not in Enterprise.__table__.c:
            continue
        if CONTROL.search(value):
            out.append(Problem(Msg("registry.control_chars"), column=field))
        if len(value) > limit(field):
            out.append(Problem(Msg("registry.too_long", n=limit(field), length=len(value)),
                               column=field))
    kbli = changes.get("kbli")
    if kbli and not known_group(str(kbli)):
        out.append(Problem(message("kbli", value=kbli), column="kbli"))
    return out


def form_problems(changes: dict[str, Any]) -> list[Problem]:
    """Problems of an edit typed in a record's form, each at its field and in the
    catalogue's words: the schema's (:class:`~rancang.features.registry.schemas.EnterpriseUpdate`:
    the village code's form, the KBLI's digits, a status of :data:`STATUSES`, a name and a
    status never emptied) and the import's rules (:func:`edit_problems`); a message said
    once per field.

    >>> from rancang.core.i18n import language
    >>> with language("en"):
    ...     [(p.column, str(p.message)) for p in form_problems(
    ...         {"status": "done", "village_code": "72.06.05", "kbli": "1x"})]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('village_code', "invalid dotted Kemendagri code: '72.06.05' (e.g. 72.06.05.1014)"),
     ('kbli', "unknown KBLI 2020 manufacturing code (2-5 digits, divisions 10-33): '1x'"),
     ('status', "status must be draft, returned or verified: 'done'")]
    >>> with language("en"):
    ...     [(p.column, str(p.message)) for p in form_problems(
    ...         {"latitude": "2.5.1", "longitude": "12.5"})]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('latitude', "not a number: '2.5.1'"),
     ('longitude', "longitude outside Indonesia (95 to 141): '12.5'")]
    >>> form_problems({"status": "verified", "name": "UD Roti", "kbli": "10710",
    ...                "latitude": "-2.5123", "longitude": "121.9456"})
    []
    """
    from pydantic import ValidationError

    from rancang.features.registry.schemas import EnterpriseUpdate

    out: list[Problem] = []
    try:
        EnterpriseUpdate.model_validate(changes)
    except ValidationError as exc:
        for e in exc.errors():
            field = str(e["loc"][0]) if e.get("loc") else ""
            value = changes.get(field)
            code = ("required" if value is None or not str(value).strip()
                    else "number" if e.get("type") in NOT_A_NUMBER
                    else SCHEMA_MESSAGES.get(field))
            if code is None:  # not a value the form sends
                out.append(Problem(str(e.get("msg", "")), column=field or None))
            else:
                out.append(Problem(message(code) if code == "required"
                                   else message(code, value=value), column=field))
    seen = {(p.column, str(p.message)) for p in out}
    for p in edit_problems(changes):
        said = {c for c, _ in seen}
        if p.column == "kbli" and "kbli" in said:
            continue  # its digits already refused
        if (p.column, str(p.message)) not in seen:
            out.append(p)
            seen.add((p.column, str(p.message)))
    return out
