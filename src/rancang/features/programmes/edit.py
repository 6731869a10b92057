"""One programme changed by a person (the edit form, the API), with the importer's checks
and an audit entry.

The values are checked as :mod:`rancang.features.programmes.importer` checks a row (code
form and level digit, a regency programme's regency code, year 2000-2100, a budget that
is a number and not negative, lengths, control characters), all or nothing: every problem
is reported with its field (the column header of the import, ``kode``, ``pagu``...) and
nothing changes. A blank optional field (budget, indicator, unit, target) keeps the
stored value, as a blank cell does in an import; a blank required field is a problem.
The actor needs ``programmes.write`` in the programme's region (another region's
programme answers 404, as a missing one) and in the region it is moved to. When the move
takes the programme out of a plan's region, its mappings to that plan are removed (they
no longer hold) and the audit entry says how many.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, insert, select, update

from rancang.core.actors import Actor, in_region
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import column_lengths, text_problem
from rancang.features.programmes.importer import HEADERS
from rancang.features.programmes.models import Programme, ProgrammeAudit, ProgrammeMapping
from rancang.features.programmes.nomenclature import code_problem, level_of
from rancang.features.programmes.service import ProgrammeRow

#: the fields a person may change, in the form's order
FIELDS = ("code", "name", "level", "agency", "region_code", "year", "budget", "indicator",
          "unit", "target")
REQUIRED = ("code", "name", "level", "agency", "region_code", "year")
NUMBERS = ("budget", "target")
_REGION = re.compile(r"^\d{2}(\.\d{2})?$")


@dataclass(frozen=True)
class EditResult:
    """What a change did: the programme as stored now, the fields changed (before and
    after) and the mappings removed because the programme left a plan's region."""

    programme: ProgrammeRow
    before: dict[str, Any]
    after: dict[str, Any]
    removed_mappings: int


def _row(values: Any) -> ProgrammeRow:
    return ProgrammeRow(**{f: values[f] for f in ProgrammeRow.__dataclass_fields__})


def get_programme(engine: Engine, actor: Actor, programme_id: int, *,
                  permission: str = "programmes.read") -> ProgrammeRow:
    """The programme if the actor holds ``permission`` in its region; a missing one and
    one of another region answer the same 404."""
    t = Programme.__table__
    with engine.connect() as conn:
        found = conn.execute(select(t).where(t.c.id == programme_id)).mappings().first()
    missing = NotFoundError(Msg("programmes.edit.not_found", id=programme_id))
    if found is None:
        actor.require(permission)  # no permission anywhere: 403 before a 404
        raise missing
    actor.require_visible(permission, found["region_code"], missing)
    return _row(found)


def form_value(value: object, decimal: str = ",") -> str:
    """A stored value as a form shows it: a number written in full without grouping, with
    ``decimal`` as its decimal mark, so that the form saved unchanged reads back the
    very same number (:func:`check_values` with the same ``decimal``).

    >>> form_value(1250000000.0), form_value(2.5), form_value(1e-05, "."), form_value(None)
    ('1250000000', '2,5', '0.00001', '')
    >>> form_value(2026), form_value("Dinas")
    ('2026', 'Dinas')
    """
    if value is None:
        return ""
    if isinstance(value, float):
        import numpy as np

        return np.format_float_positional(value, trim="-").replace(".", decimal)
    return str(value)


def _number(field: str, raw: Any, decimal: str | None) -> tuple[float | None, Msg | None]:
    from rancang.sources.numbers import number_problem, parse_number

    if isinstance(raw, bool):
        return None, number_problem(raw)
    if isinstance(raw, int | float):
        value: float | None = float(raw) if math.isfinite(raw) else None
    else:
        value = parse_number(str(raw), decimal)
    if value is None:
        return None, number_problem(raw)
    if field == "budget" and value < 0:
        return None, Msg("programmes.import.negative", value=str(raw))
    return value, None


def check_values(actor: Actor, stored: ProgrammeRow, raw: Mapping[str, Any], *,
                 decimal: str | None = None) -> dict[str, Any]:
    """The changes ``raw`` asks for, checked against ``stored``: ``{field: new value}``
    of the fields that differ. ``raw`` holds text (a form) or typed values (JSON); a key
    left out or None keeps the stored value, and so does blank text in an optional
    field. Raises :class:`InputError` with every problem, each at its field's header.

    >>> from rancang.core.actors import Grant
    >>> a = Actor(1, "a", (Grant("analyst", "72.06"),))
    >>> p = ProgrammeRow(1, "3.31.02.2.01.0001", "Penyusunan RPIK", "kabupaten", "Dinas",
    ...                  "72.06", 2026, 1e9, "Dokumen", "dokumen", 1.0)
    >>> check_values(a, p, {"budget": "1.250.000.000,00", "unit": "", "year": "2026"})
    {'budget': 1250000000.0}
    >>> try:
    ...     check_values(a, p, {"level": "provinsi", "target": "x"})
    ... except InputError as e:
    ...     print([q.column for q in e.problems])
    ['target', 'kode']
    """
    lengths = column_lengths(Programme.__table__)
    problems: list[Problem] = []
    new: dict[str, Any] = {}
    for f in FIELDS:
        if f not in raw or raw[f] is None:
            continue
        value = raw[f]
        column = HEADERS[f]
        text = value.strip() if isinstance(value, str) else value
        if text == "":
            if f in REQUIRED:
                problems.append(Problem(Msg("programmes.import.required"), column=column))
            continue
        msg: Msg | None = None
        if f in NUMBERS:
            number, msg = _number(f, text, decimal)
            if msg is None:
                new[f] = number
        elif f == "year":
            year, msg = _number(f, text, decimal)
            if msg is not None or year is None or year != int(year) \
                    or not 2000 <= year <= 2100:
                msg = Msg("programmes.import.year", value=str(value))
            else:
                new[f] = int(year)
        elif f == "level":
            level = level_of(str(text))
            if level is None:
                msg = Msg("programmes.import.level", value=str(value))
            else:
                new[f] = level
        elif f == "region_code":
            if not _REGION.match(str(text)):
                msg = Msg("programmes.import.region", value=str(value))
            else:
                new[f] = str(text)
        else:
            plain = str(text) if f == "indicator" else " ".join(str(text).split())
            msg = text_problem(plain, max_length=lengths.get(f))
            if msg is None:
                new[f] = plain
        if msg is not None:
            problems.append(Problem(msg, column=column))
    merged = {**vars(stored), **new}
    bad = {p.column for p in problems}
    if HEADERS["level"] not in bad and HEADERS["code"] not in bad \
            and (msg := code_problem(merged["code"], merged["level"])) is not None:
        problems.append(Problem(msg, column=HEADERS["code"]))
    if HEADERS["level"] not in bad and HEADERS["region_code"] not in bad:
        region = merged["region_code"]
        if merged["level"] == "kabupaten" and "." not in region:
            problems.append(Problem(Msg("programmes.import.regency_region", region=region),
                                    column=HEADERS["region_code"]))
        elif not actor.can("programmes.write", region):
            problems.append(Problem(Msg("programmes.edit.scope", region=region),
                                    column=HEADERS["region_code"]))
    if problems:
        raise InputError(problems)
    return {f: v for f, v in new.items() if v != getattr(stored, f)}


def update_programme(engine: Engine, actor: Actor, programme_id: int, raw: Mapping[str, Any],
                     *, decimal: str | None = None) -> EditResult:
    """Change one programme (all fields checked, all or nothing) and log it.

    Raises :class:`NotFoundError` for a programme the actor may not change (or that does
    not exist) and :class:`InputError` with every located problem; then nothing changes.
    A change that changes nothing writes nothing (no audit entry).
    """
    stored = get_programme(engine, actor, programme_id, permission="programmes.write")
    diff = check_values(actor, stored, raw, decimal=decimal)
    if not diff:
        return EditResult(stored, {}, {}, 0)
    t = Programme.__table__
    key = {f: diff.get(f, getattr(stored, f)) for f in ("code", "region_code", "year",
                                                       "agency")}
    before = {f: getattr(stored, f) for f in diff}
    with engine.begin() as conn:
        taken = conn.execute(select(t.c.id).where(
            *(t.c[f] == v for f, v in key.items()), t.c.id != programme_id)).first()
        if taken is not None:
            raise InputError(Problem(Msg("programmes.edit.exists", id=taken[0]),
                                     column=HEADERS["code"]))
        conn.execute(update(Programme).where(Programme.id == programme_id).values(
            **diff, updated_at=utcnow(), updated_by=actor.username))
        removed = (_drop_mappings(conn, programme_id, diff["region_code"])
                   if "region_code" in diff else 0)
        after = dict(diff) | ({"mappings_removed": removed} if removed else {})
        conn.execute(insert(ProgrammeAudit).values(
            at=utcnow(), actor=actor.username, action="update", programme_id=programme_id,
            region_code=key["region_code"], before=before, after=after))
        found = conn.execute(select(t).where(t.c.id == programme_id)).mappings().one()
    return EditResult(_row(found), before, dict(diff), removed)


def _drop_mappings(conn: Connection, programme_id: int, region: str) -> int:
    """Remove the mappings of the programme to plans whose region no longer holds it."""
    from rancang.features.plan.models import Plan

    m, p = ProgrammeMapping.__table__, Plan.__table__
    rows = conn.execute(select(m.c.id, p.c.region_code).join(p, p.c.id == m.c.plan_id)
                        .where(m.c.programme_id == programme_id)).all()
    gone = [mid for mid, plan_region in rows if not in_region(plan_region, region)]
    if gone:
        conn.execute(delete(ProgrammeMapping).where(ProgrammeMapping.id.in_(gone)))
    return len(gone)


@dataclass(frozen=True)
class AuditRow:
    """One logged change of a programme."""

    id: int
    at: Any
    actor: str
    action: str
    programme_id: int
    region_code: str
    before: dict[str, Any]
    after: dict[str, Any]


def programme_history(engine: Engine, actor: Actor, programme_id: int, *,
                      limit: int = 200) -> list[AuditRow]:
    """The logged changes of a programme the actor may read, newest first (the entries
    of regions the actor reads)."""
    get_programme(engine, actor, programme_id)
    t = ProgrammeAudit.__table__
    query = (select(t).where(and_(t.c.programme_id == programme_id,
                                  in_scope(t.c.region_code, actor.scope("programmes.read"))))
             .order_by(t.c.id.desc()).limit(limit))
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [AuditRow(r["id"], r["at"], r["actor"], r["action"], r["programme_id"],
                     r["region_code"], dict(r["before"] or {}), dict(r["after"] or {}))
            for r in rows]
