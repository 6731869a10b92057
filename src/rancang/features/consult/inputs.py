"""Inputs (masukan) on a frozen version of a plan: sent online (an account or an invited
organisation's personal link), captured by the facilitator at an FGD, or loaded from the
capture form; listed with filters; who sees what.

Visibility (UU PDP 27/2022: personal data as consented): the team of the plan's region
(``consult.read``) sees every input; any other signed-in person (``consult.submit``) sees
the inputs of a plan in consultation whose authors agreed to publication, and their own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, and_, false, or_, select, true, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.features.consult.models import ConsultAnswer, ConsultEvent, ConsultInput
from rancang.features.consult.vocab import CHANNELS, GROUPS, norm
from rancang.features.plan.models import Plan
from rancang.features.plan.service import PUBLIC_STATUSES, PlanInfo

LIMITS = {"quote": 10_000, "cell": 300, "text": 10_000, "author_name": 200,
          "organisation": 300, "forum": 300, "email": 200}


@dataclass(frozen=True)
class InputInfo:
    """An input with its answer (None fields when not answered)."""

    id: int
    plan_id: int
    region_code: str
    version_label: str
    section_key: str
    quote: str
    cell: str
    text: str
    author_name: str
    organisation: str
    group: str
    consent: bool
    channel: str
    forum: str
    received_on: date
    event_id: int | None
    user_id: int | None
    assignee: str
    created_at: datetime
    response: str | None = None
    disposition: str | None = None
    reason: str | None = None
    change_version: str | None = None
    change_section: str | None = None
    answered_by: str | None = None
    answered_at: datetime | None = None
    event_title: str | None = None
    email: str = ""
    lang: str = "id"
    attachment_file: str = ""
    attachment_name: str = ""
    attachment_type: str = ""

    @property
    def answered(self) -> bool:
        """The input has an answer."""
        return self.disposition is not None

    def shown_author(self, team: bool) -> tuple[str, str]:
        """(name, organisation) as consented: the team sees them; others see the name
        only with consent (the organisation and group are not personal data)."""
        if team or self.consent:
            return self.author_name, self.organisation
        return "", self.organisation


@dataclass
class Draft:
    """An input before it is stored (what every capture path builds)."""

    version_label: str
    section_key: str
    text: str
    received_on: date
    author_name: str = ""
    organisation: str = ""
    group: str = "masyarakat"
    consent: bool = False
    channel: str = "online"
    forum: str = ""
    quote: str = ""
    cell: str = ""
    event_id: int | None = None
    invite_id: int | None = None
    user_id: int | None = None
    email: str = ""
    lang: str = "id"

    def fingerprint(self) -> str:
        """What makes two inputs the same one: version, section, author, organisation,
        quote and text (case and spacing ignored).

        >>> a = Draft("v0.1", "visi", "Tambah  sasaran", date(2026, 5, 1), "Ani")
        >>> b = Draft("v0.1", "visi", "tambah sasaran", date(2026, 6, 1), "ANI")
        >>> a.fingerprint() == b.fingerprint()
        True
        """
        parts = (self.version_label, self.section_key, norm(self.author_name),
                 norm(self.organisation), norm(self.quote), norm(self.cell), norm(self.text))
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def problems(self, sections: list[str],
                 tables: dict[str, dict[str, tuple[list[str], list[str]]]] | None = None
                 ) -> list[Problem]:
        """What is wrong with the draft (columns named as in the capture form); with
        ``tables`` (:func:`section_tables`), a table cell must be one of its section."""
        out = []
        if self.cell and tables is not None and self.section_key in sections:
            bad_cell = cell_problem(self.cell, tables.get(self.section_key, {}))
            if bad_cell is not None:
                out.append(Problem(bad_cell, column="sel_tabel"))
        if self.section_key not in sections:
            out.append(Problem(Msg("consult.input.unknown_section", key=self.section_key,
                                   version=self.version_label), column="bagian"))
        if not self.text.strip():
            out.append(Problem(Msg("consult.input.no_text"), column="masukan"))
        if self.group not in GROUPS:
            out.append(Problem(Msg("consult.group.unknown", value=self.group,
                                   known=Msg("consult.group.known")), column="kelompok"))
        if self.channel not in CHANNELS:
            out.append(Problem(Msg("consult.channel.unknown", value=self.channel,
                                   known=", ".join(CHANNELS)), column="forum"))
        if self.email and not EMAIL.fullmatch(self.email):
            out.append(Problem(Msg("consult.input.bad_email", value=self.email[:80]),
                               column="email"))
        for col, limit in LIMITS.items():
            bad = text_problem(str(getattr(self, col)), max_length=limit)
            if bad is not None:
                out.append(Problem(bad, column=FORM_NAMES.get(col, col)))
        return out


#: an e-mail address as people type it (one @, a dot in the domain, no spaces)
EMAIL = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"']+")


def parse_cell(value: str) -> tuple[str, str, str]:
    """A table cell as written (``tabel | baris | kolom``; the row and the column may be
    left out) as (table id, row, column).

    >>> parse_cell("t_pdrb | 2024 | Industri"), parse_cell("t_pdrb"), parse_cell("")
    (('t_pdrb', '2024', 'Industri'), ('t_pdrb', '', ''), ('', '', ''))
    """
    parts = [p.strip() for p in value.split("|")] + ["", "", ""]
    return parts[0], parts[1], parts[2]


def section_tables(snap: dict[str, Any]) -> dict[str, dict[str, tuple[list[str], list[str]]]]:
    """``section key -> table id -> (row labels, column names)`` of a version's
    snapshot (the tables a cell anchor may name)."""
    out: dict[str, dict[str, tuple[list[str], list[str]]]] = {}
    for s in snap["sections"]:
        found = out.setdefault(s["key"], {})
        for b in s.get("blocks", []):
            for t in b.get("tables", []):
                found[str(t["id"])] = ([str(r[0]) for r in t["rows"]],
                                       [str(c) for c in t["columns"]])
    return out


def cell_problem(value: str, tables: dict[str, tuple[list[str], list[str]]]) -> Msg | None:
    """What is wrong with a cell anchor among a section's ``tables``, or None.

    >>> tables = {"t1": (["2023", "2024"], ["Tahun", "Industri"])}
    >>> cell_problem("t1 | 2024 | Industri", tables) is None
    True
    >>> cell_problem("t9 | 2024 | Industri", tables).key, cell_problem("t1|2030|", tables).key
    ('consult.cell.unknown_table', 'consult.cell.unknown_row')
    """
    table, row, column = parse_cell(value)
    if table not in tables:
        return Msg("consult.cell.unknown_table", value=table[:80],
                   known=", ".join(tables) or "-")
    rows, columns = tables[table]
    if row and norm(row) not in {norm(r) for r in rows}:
        return Msg("consult.cell.unknown_row", value=row[:80], table=table)
    if column and norm(column) not in {norm(c) for c in columns}:
        return Msg("consult.cell.unknown_column", value=column[:80], table=table)
    return None


#: the capture form's column of each field (for messages)
FORM_NAMES = {"author_name": "nama", "organisation": "instansi", "group": "kelompok",
              "section_key": "bagian", "quote": "kutipan", "text": "masukan",
              "received_on": "tanggal", "forum": "forum", "consent": "boleh_dipublikasikan",
              "cell": "sel_tabel"}


def store_inputs(engine: Engine, plan_id: int, region: str, drafts: list[Draft],
                 by: str) -> tuple[list[int], int]:
    """Store ``drafts`` in one transaction; a draft already stored (same fingerprint) is
    not stored twice. Returns (ids of the new inputs, how many were already there)."""
    t = ConsultInput.__table__
    new: list[int] = []
    with engine.begin() as conn:
        have = set(conn.execute(select(t.c.fingerprint).where(t.c.plan_id == plan_id))
                   .scalars())
        for d in drafts:
            fp = d.fingerprint()
            if fp in have:
                continue
            have.add(fp)
            values = {k: getattr(d, k) for k in Draft.__dataclass_fields__}
            new.append(int(conn.execute(t.insert().values(
                plan_id=plan_id, region_code=region, fingerprint=fp, assignee="",
                created_at=utcnow(), created_by=by, **values).returning(t.c.id)).scalar_one()))
    return new, len(drafts) - len(new)


def _columns() -> list[Any]:
    i, a, e = ConsultInput.__table__, ConsultAnswer.__table__, ConsultEvent.__table__
    return [*(i.c[f] for f in InputInfo.__dataclass_fields__ if f in i.c),
            a.c.response, a.c.disposition, a.c.reason, a.c.change_version,
            a.c.change_section, a.c.answered_by, a.c.answered_at,
            e.c.title.label("event_title")]


def _query() -> Any:
    i, a, e = ConsultInput.__table__, ConsultAnswer.__table__, ConsultEvent.__table__
    return select(*_columns()).select_from(
        i.outerjoin(a, a.c.input_id == i.c.id).outerjoin(e, e.c.id == i.c.event_id))


def visible(actor: Actor) -> Any:
    """The condition on inputs the actor may see (see the module's docstring)."""
    i, p = ConsultInput.__table__, Plan.__table__
    team = in_scope(i.c.region_code, actor.scope("consult.read"))
    if not actor.can("consult.submit"):
        return team
    public_plan = i.c.plan_id.in_(select(p.c.id).where(p.c.status.in_(PUBLIC_STATUSES)))
    own = i.c.user_id == actor.id if actor.id else false()
    return or_(team, and_(public_plan, or_(i.c.consent.is_(True), own)))


def visible_on(actor: Actor, region: str) -> Any:
    """:func:`visible` for the inputs of one plan of ``region``: everything for its
    team (no condition, so the database can use its indexes)."""
    if actor.can("consult.read", region):
        return true()
    return visible(actor)


@dataclass
class Filters:
    """Filters of the inputs list (None: any)."""

    version: str | None = None
    status: str | None = None  # answered, open, or a disposition
    section: str | None = None
    group: str | None = None
    event_id: int | None = None
    assignee: str | None = None
    #: the inputs sent through one invitation's personal link
    invite_id: int | None = None


def list_inputs(engine: Engine, actor: Actor, plan_id: int, filters: Filters | None = None,
                *, limit: int | None = None, offset: int = 0,
                plan: PlanInfo | None = None) -> list[InputInfo]:
    """The inputs on the plan the actor may see, oldest first, filtered (``plan``: the
    plan already read by the caller, saving a query)."""
    from rancang.features.plan.service import get_plan

    if plan is None or plan.id != plan_id:
        plan = get_plan(engine, actor, plan_id)
    f = filters or Filters()
    i, a = ConsultInput.__table__, ConsultAnswer.__table__
    q = _query().where((i.c.plan_id == plan_id) & visible_on(actor, plan.region_code))
    if f.version:
        q = q.where(i.c.version_label == f.version)
    if f.section:
        q = q.where(i.c.section_key == f.section)
    if f.group:
        q = q.where(i.c.group == f.group)
    if f.event_id:
        q = q.where(i.c.event_id == f.event_id)
    if f.assignee:
        q = q.where(i.c.assignee == f.assignee)
    if f.invite_id:
        q = q.where(i.c.invite_id == f.invite_id)
    if f.status == "open":
        q = q.where(a.c.id.is_(None))
    elif f.status == "answered":
        q = q.where(a.c.id.is_not(None))
    elif f.status:
        q = q.where(a.c.disposition == f.status)
    q = q.order_by(i.c.id).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
    return [InputInfo(**r) for r in rows]


def count_inputs(engine: Engine, actor: Actor, plan_id: int, *,
                 plan: PlanInfo | None = None) -> tuple[int, int, list[str]]:
    """How many inputs on the plan the actor sees, how many are answered, and the
    sections they are on (sorted), counted in the database."""
    from sqlalchemy import func

    from rancang.features.plan.service import get_plan

    if plan is None or plan.id != plan_id:
        plan = get_plan(engine, actor, plan_id)
    i, a = ConsultInput.__table__, ConsultAnswer.__table__
    cond = (i.c.plan_id == plan_id) & visible_on(actor, plan.region_code)
    with engine.connect() as conn:
        rows = conn.execute(
            select(i.c.section_key, func.count(i.c.id), func.count(a.c.id))
            .select_from(i.outerjoin(a, a.c.input_id == i.c.id)).where(cond)
            .group_by(i.c.section_key)).all()
    return (sum(int(r[1]) for r in rows), sum(int(r[2]) for r in rows),
            sorted(str(r[0]) for r in rows))


def get_input(engine: Engine, actor: Actor, input_id: int) -> InputInfo:
    """One input the actor may see (404 otherwise)."""
    i = ConsultInput.__table__
    with engine.connect() as conn:
        row = conn.execute(_query().where((i.c.id == input_id) & visible(actor))
                           ).mappings().first()
    if row is None:
        raise NotFoundError(Msg("consult.input.not_found", id=input_id))
    return InputInfo(**row)


def team_input(engine: Engine, actor: Actor, input_id: int) -> InputInfo:
    """An input the actor may answer (``consult.write`` in its region; 404 elsewhere)."""
    i = ConsultInput.__table__
    with engine.connect() as conn:
        row = conn.execute(_query().where(i.c.id == input_id)).mappings().first()
    if row is None:
        raise NotFoundError(Msg("consult.input.not_found", id=input_id))
    info = InputInfo(**row)
    actor.require_visible("consult.write", info.region_code,
                          NotFoundError(Msg("consult.input.not_found", id=input_id)))
    return info


def assignees(engine: Engine, plan_id: int) -> list[str]:
    """The team members inputs on the plan are assigned to (sorted; for the filter of
    the team's page)."""
    i = ConsultInput.__table__
    with engine.connect() as conn:
        return sorted(str(a) for a in conn.execute(
            select(i.c.assignee).where((i.c.plan_id == plan_id) & (i.c.assignee != ""))
            .distinct()).scalars())


def check_assignee(engine: Engine, assignee: str) -> None:
    """Refuse an assignee who is not an active account (a username; blank: nobody)."""
    from sqlalchemy import inspect

    assignee = assignee.strip()
    bad = text_problem(assignee, max_length=100)
    if bad is not None:
        raise InputError(Problem(bad, column="assignee"))
    if not assignee or not inspect(engine).has_table("app_user"):
        return  # without the accounts feature there is no list to check against
    from rancang.features.accounts.models import User

    u = User.__table__
    with engine.connect() as conn:
        found = conn.execute(select(u.c.id).where(
            (u.c.username == assignee) & u.c.active.is_(True))).first()
    if found is None:
        raise InputError(Problem(Msg("consult.assign.unknown_user", name=assignee),
                                 column="assignee"))


def assign(engine: Engine, actor: Actor, input_ids: list[int], assignee: str) -> int:
    """Assign inputs to a team member (the username of an active account; blank:
    nobody), all or nothing. Returns how many."""
    assignee = assignee.strip()
    if not input_ids:
        raise InputError(Problem(Msg("consult.answer.none_chosen"), column="ids"))
    ids = [team_input(engine, actor, k).id for k in input_ids]
    check_assignee(engine, assignee)
    with engine.begin() as conn:
        conn.execute(update(ConsultInput).where(ConsultInput.id.in_(ids))
                     .values(assignee=assignee))
    return len(ids)
