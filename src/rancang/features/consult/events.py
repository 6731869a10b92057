"""Consultation events: create, read, invitations, attendance (uploaded list or phone
check-in) and the facts the minutes need.

An event discusses one *frozen* version of a plan (a working draft moves under the
inputs; a version never does). It belongs to the plan's region: ``consult.read`` and
``consult.write`` of that region read and manage it; an event of another region answers
as a missing one.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.core.text import text_problem
from rancang.features.consult.models import ConsultAttendance, ConsultEvent, ConsultInvite
from rancang.features.consult.sheets import need_columns, read_rows
from rancang.features.consult.vocab import GROUPS, KINDS, norm, parse_group, parse_kind
from rancang.features.plan.service import PlanInfo, get_plan
from rancang.features.plan.versions import CURRENT, snapshot

ATTENDANCE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "nama peserta", "peserta"),
    "organisation": ("instansi", "organisasi", "lembaga", "organization"),
    "group": ("kelompok", "kelompok pemangku kepentingan"),
    "position": ("jabatan", "title"),
    "contact": ("kontak", "alamat/telepon", "telepon", "phone", "email"),
}


@dataclass(frozen=True)
class EventInfo:
    """What the channels show of an event."""

    id: int
    plan_id: int
    version_label: str
    region_code: str
    kind: str
    number: str
    title: str
    held_on: date
    place: str
    online: bool
    organiser: str
    agenda: str
    chair: str
    speakers: list[str]
    points: str
    agreements: str
    follow_up: str
    checkin_code: str
    created_at: datetime
    created_by: str
    #: who signs the minutes (empty: the organiser's office line)
    signatory_name: str = ""
    signatory_position: str = ""
    signatory_nip: str = ""


@dataclass
class OrgCount:
    """One organisation at an event: its group, whether it was invited, and how many of
    its people are on the attendance list."""

    organisation: str
    group: str
    invited: bool
    persons: int = 0


@dataclass(frozen=True)
class Invite:
    """An invited organisation and its personal link token."""

    id: int
    event_id: int
    organisation: str
    group: str
    token: str


@dataclass
class GroupCount:
    """Invited organisations, organisations present and persons present of one group."""

    group: str
    invited: int = 0
    present_orgs: int = 0
    persons: int = 0
    absent: list[str] = field(default_factory=list)
    #: organisations present that were not invited
    others: int = 0


def frozen_version(engine: Engine, actor: Actor, plan_id: int,
                   label: str | None) -> tuple[PlanInfo, dict[str, Any]]:
    """The plan and the snapshot of its frozen version ``label``; the working draft is
    refused (inputs anchor to what cannot change)."""
    plan = get_plan(engine, actor, plan_id)
    if not label or label.strip() == CURRENT:
        raise InputError(Problem(Msg("consult.version.frozen_only"), column="version"))
    return plan, snapshot(engine, actor, plan_id, label.strip())


def section_keys(snap: dict[str, Any]) -> list[str]:
    """The section keys of a snapshot, in the document's order."""
    return [s["key"] for s in snap["sections"]]


def _text(value: str, column: str, limit: int, problems: list[Problem]) -> str:
    value = (value or "").strip()
    bad = text_problem(value, max_length=limit)
    if bad is not None:
        problems.append(Problem(bad, column=column))
    return value


def signatory_values(name: str, position: str, nip: str,
                     problems: list[Problem]) -> dict[str, str]:
    """The signatory of the minutes as stored: name and position go together (both or
    neither), the NIP is optional and only with a name: 18 digits, spaces allowed as
    printed (``19700101 199003 1 001``).

    >>> problems: list[Problem] = []
    >>> v = signatory_values(" Ir. Ani ", "Kepala Bappeda", "19700101  199003 1 001", problems)
    >>> v["signatory_name"], v["signatory_position"], v["signatory_nip"], problems
    ('Ir. Ani', 'Kepala Bappeda', '19700101 199003 1 001', [])
    >>> _ = signatory_values("Ir. Ani", "", "1970", problems)
    >>> [p.column for p in problems]
    ['signatory_position', 'signatory_nip']
    """
    values = {"signatory_name": _text(name, "signatory_name", 200, problems),
              "signatory_position": _text(position, "signatory_position", 200, problems),
              "signatory_nip": " ".join((nip or "").split())}
    if bool(values["signatory_name"]) != bool(values["signatory_position"]):
        missing = "signatory_position" if values["signatory_name"] else "signatory_name"
        problems.append(Problem(Msg("consult.signatory.incomplete"), column=missing))
    found = values["signatory_nip"]
    if found and (not found.replace(" ", "").isdigit() or len(found.replace(" ", "")) != 18
                  or len(found) > 30):
        problems.append(Problem(Msg("consult.signatory.bad_nip", value=found[:40]),
                                column="signatory_nip"))
    elif found and not values["signatory_name"]:
        problems.append(Problem(Msg("consult.signatory.incomplete"), column="signatory_name"))
    return values


def create_event(engine: Engine, actor: Actor, plan_id: int, *, version: str, title: str,
                 held_on: date, place: str = "", kind: str = "fgd", online: bool = False,
                 organiser: str = "", agenda: str = "", chair: str = "",
                 speakers: list[str] | None = None, number: str = "",
                 invites: list[tuple[str, str]] | None = None, signatory_name: str = "",
                 signatory_position: str = "", signatory_nip: str = "") -> EventInfo:
    """A new event on version ``version`` of the plan; ``invites`` are (organisation,
    group) pairs; the signatory of the minutes (name, position, optional NIP) may be
    given now or later. Returns the event (its id is what the CLI prints)."""
    plan, _ = frozen_version(engine, actor, plan_id, version)
    actor.require_visible("consult.write", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    problems: list[Problem] = []
    found_kind = parse_kind(kind)
    if found_kind is None:
        problems.append(Problem(Msg("consult.kind.unknown", value=kind,
                                    known=", ".join(KINDS)), column="kind"))
    values = {
        "title": _text(title, "title", 300, problems),
        "place": _text(place, "place", 300, problems),
        "organiser": _text(organiser, "organiser", 300, problems),
        "agenda": _text(agenda, "agenda", 10_000, problems),
        "chair": _text(chair, "chair", 200, problems),
        "number": _text(number, "number", 100, problems),
        **signatory_values(signatory_name, signatory_position, signatory_nip, problems),
    }
    if not values["title"]:
        problems.append(Problem(Msg("consult.event.no_title"), column="title"))
    if not values["place"] and not online:
        problems.append(Problem(Msg("consult.event.no_place"), column="place"))
    speakers = [_text(s, "speakers", 200, problems) for s in speakers or [] if s.strip()]
    pairs = _invite_pairs(invites or [], problems)
    if problems or found_kind is None:
        raise InputError(problems)
    with engine.begin() as conn:
        eid = int(conn.execute(insert(ConsultEvent).values(
            plan_id=plan.id, version_label=version.strip(), region_code=plan.region_code,
            kind=found_kind, held_on=held_on, online=online, speakers=speakers,
            points="", agreements="", follow_up="", checkin_code=_code(),
            created_at=utcnow(), created_by=actor.username, **values)
            .returning(ConsultEvent.id)).scalar_one())
        if not values["number"]:
            conn.execute(update(ConsultEvent).where(ConsultEvent.id == eid).values(
                number=f"{eid:03d}/BA-{found_kind.upper()}/{plan.region_code}/{held_on.year}"))
        for org, group in pairs:
            conn.execute(insert(ConsultInvite).values(event_id=eid, organisation=org,
                                                      group=group, token=_token()))
    return get_event(engine, actor, eid)


def _code() -> str:
    """A check-in code people can type: 6 characters without 0/O/1/I."""
    return "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def _token() -> str:
    return secrets.token_urlsafe(24)


def _invite_pairs(invites: list[tuple[str, str]], problems: list[Problem]
                  ) -> list[tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for k, (org, group) in enumerate(invites, start=1):
        org = _text(org, "invites", 300, problems)
        code = parse_group(group)
        if code is None:
            problems.append(Problem(Msg("consult.group.unknown", value=group,
                                        known=Msg("consult.group.known")), row=k, column="invites"))
        elif org:
            out.setdefault(norm(org), (org, code))
    return list(out.values())


def _event_row(engine: Engine, event_id: int) -> EventInfo:
    with engine.connect() as conn:
        row = conn.execute(select(ConsultEvent.__table__).where(
            ConsultEvent.id == event_id)).mappings().first()
    if row is None:
        raise NotFoundError(Msg("consult.event.not_found", id=event_id))
    return EventInfo(**{f: row[f] for f in EventInfo.__dataclass_fields__})


def get_event(engine: Engine, actor: Actor, event_id: int,
              permission: str = "consult.read") -> EventInfo:
    """The event if the actor may read (or with ``consult.write``, manage) it; another
    region's event answers as a missing one."""
    event = _event_row(engine, event_id)
    actor.require_visible(permission, event.region_code,
                          NotFoundError(Msg("consult.event.not_found", id=event_id)))
    return event


def list_events(engine: Engine, actor: Actor, plan_id: int | None = None) -> list[EventInfo]:
    """The events the actor may read (of one plan), newest first."""
    from rancang.core.db.scope import in_scope

    t = ConsultEvent.__table__
    cond = in_scope(t.c.region_code, actor.scope("consult.read"))
    if plan_id is not None:
        cond = cond & (t.c.plan_id == plan_id)
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(cond).order_by(t.c.held_on.desc(), t.c.id.desc())
                            ).mappings().all()
    return [EventInfo(**{f: r[f] for f in EventInfo.__dataclass_fields__}) for r in rows]


def set_minutes(engine: Engine, actor: Actor, event_id: int, *, points: str | None = None,
                agreements: str | None = None, follow_up: str | None = None,
                number: str | None = None, title: str | None = None,
                place: str | None = None, organiser: str | None = None,
                agenda: str | None = None, chair: str | None = None,
                speakers: list[str] | None = None,
                signatory: tuple[str, str, str] | None = None) -> EventInfo:
    """Record what the minutes say: points raised, agreements, follow-up, the number, and
    correct the event's title, place, organiser, agenda, chair, speakers and the
    signatory (name, position, NIP; three empty strings remove it, the organiser's office
    line signs again). A value left None keeps what is stored; a title cannot be
    emptied."""
    event = get_event(engine, actor, event_id, "consult.write")
    problems: list[Problem] = []
    limits = {"points": 10_000, "agreements": 10_000, "follow_up": 10_000, "number": 100,
              "title": 300, "place": 300, "organiser": 300, "agenda": 10_000, "chair": 200}
    given = {"points": points, "agreements": agreements, "follow_up": follow_up,
             "number": number, "title": title, "place": place, "organiser": organiser,
             "agenda": agenda, "chair": chair}
    values: dict[str, Any] = {k: _text(v, k, limits[k], problems)
                              for k, v in given.items() if v is not None}
    if "title" in values and not values["title"]:
        problems.append(Problem(Msg("consult.event.no_title"), column="title"))
    if "place" in values and not values["place"] and not event.online:
        problems.append(Problem(Msg("consult.event.no_place"), column="place"))
    if speakers is not None:
        values["speakers"] = [_text(x, "speakers", 200, problems) for x in speakers
                              if x.strip()]
    if signatory is not None:
        values.update(signatory_values(*signatory, problems))
    if problems:
        raise InputError(problems)
    if values:
        with engine.begin() as conn:
            conn.execute(update(ConsultEvent).where(ConsultEvent.id == event.id)
                         .values(**values))
    return get_event(engine, actor, event_id)


def check_invites(invites: list[tuple[str, str]]) -> None:
    """Refuse (:class:`InputError`) invitations with an unknown group or a name too long,
    before anything is stored."""
    problems: list[Problem] = []
    _invite_pairs(invites, problems)
    if problems:
        raise InputError(problems)


def add_invites(engine: Engine, actor: Actor, event_id: int,
                invites: list[tuple[str, str]]) -> int:
    """Invite more organisations to an event ((organisation, group) pairs), each with its
    personal link; an organisation already invited (case and spacing ignored) is not
    invited twice. All or nothing. Returns how many were added."""
    event = get_event(engine, actor, event_id, "consult.write")
    problems: list[Problem] = []
    pairs = _invite_pairs(invites, problems)
    if problems:
        raise InputError(problems)
    have = {norm(i.organisation) for i in invites_of(engine, event.id)}
    added = 0
    with engine.begin() as conn:
        for org, group in pairs:
            if norm(org) in have:
                continue
            conn.execute(insert(ConsultInvite).values(event_id=event.id, organisation=org,
                                                      group=group, token=_token()))
            added += 1
    return added


def invites_of(engine: Engine, event_id: int) -> list[Invite]:
    """The invited organisations of an event, by group then name."""
    t = ConsultInvite.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.event_id == event_id)
                            .order_by(t.c.group, t.c.organisation)).mappings().all()
    return [Invite(**{f: r[f] for f in Invite.__dataclass_fields__}) for r in rows]


def invite_by_token(engine: Engine, token: str) -> tuple[Invite, EventInfo]:
    """The invitation of a personal link and its event (404 for an unknown token)."""
    t = ConsultInvite.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.token == token[:64])).mappings().first()
    if row is None:
        raise NotFoundError(Msg("consult.link.unknown"))
    invite = Invite(**{f: row[f] for f in Invite.__dataclass_fields__})
    return invite, _event_row(engine, invite.event_id)


def event_by_code(engine: Engine, code: str) -> EventInfo:
    """The event of a check-in code (any case; 404 for an unknown code)."""
    t = ConsultEvent.__table__
    with engine.connect() as conn:
        eid = conn.execute(select(t.c.id).where(
            t.c.checkin_code == code.strip().upper()[:20])).scalar_one_or_none()
    if eid is None:
        raise NotFoundError(Msg("consult.checkin.unknown"))
    return _event_row(engine, int(eid))


def _person(values: dict[str, str], where: dict[str, Any], problems: list[Problem]
            ) -> dict[str, Any] | None:
    name = values.get("name", "").strip()
    if not name:
        problems.append(Problem(Msg("consult.attendance.no_name"), column="name", **where))
        return None
    group = values.get("group", "").strip()
    code = parse_group(group) if group else ""
    if code is None:
        problems.append(Problem(Msg("consult.group.unknown", value=group,
                                    known=Msg("consult.group.known")), column="group", **where))
        return None
    person = {"name": name, "organisation": values.get("organisation", "").strip(),
              "group": code, "position": values.get("position", "").strip(),
              "contact": values.get("contact", "").strip()}
    for col, limit in (("name", 200), ("organisation", 300), ("position", 200),
                       ("contact", 200)):
        if len(person[col]) > limit:
            problems.append(Problem(Msg("text.too_long", limit=limit,
                                        length=len(person[col])), column=col, **where))
            return None
    person["name_key"] = norm(person["name"])
    person["organisation_key"] = norm(person["organisation"])
    return person


def _store_people(engine: Engine, event_id: int, people: list[dict[str, Any]],
                  source: str) -> tuple[int, int]:
    t = ConsultAttendance.__table__
    with engine.begin() as conn:
        have = {(r[0], r[1]) for r in conn.execute(select(
            t.c.name_key, t.c.organisation_key).where(t.c.event_id == event_id))}
        added = 0
        for p in people:
            key = (p["name_key"], p["organisation_key"])
            if key in have:
                continue
            have.add(key)
            conn.execute(insert(ConsultAttendance).values(
                event_id=event_id, source=source, created_at=utcnow(), **p))
            added += 1
    return added, len(people) - added


def load_attendance(engine: Engine, actor: Actor, event_id: int,
                    path: Path) -> tuple[int, int]:
    """Load an attendance list (XLSX or CSV: ``nama``, ``instansi``, ``kelompok``,
    optional ``jabatan``, ``kontak``), all or nothing. A person already listed (same
    name and organisation) is not added twice. Returns (added, already there)."""
    event = get_event(engine, actor, event_id, "consult.write")
    table = read_rows(path, aliases=ATTENDANCE_COLUMNS)
    need_columns(table, ("name",))
    problems: list[Problem] = []
    people = []
    for row, values in table.rows:
        p = _person(values, {"file": table.file, "sheet": table.sheet, "row": row}, problems)
        if p is not None:
            people.append(p)
    if problems:
        raise InputError(table.named(problems))
    return _store_people(engine, event.id, people, "list")


def check_in(engine: Engine, code: str, values: dict[str, str]) -> EventInfo:
    """Sign a person in on the phone page of the event with check-in code ``code``."""
    event = event_by_code(engine, code)
    problems: list[Problem] = []
    person = _person(values, {}, problems)
    if problems or person is None:
        raise InputError(problems)
    # an invited organisation typed with another case or spacing is that organisation
    for i in invites_of(engine, event.id):
        if norm(i.organisation) == person["organisation_key"]:
            person["organisation"], person["group"] = i.organisation, i.group
    _store_people(engine, event.id, [person], "checkin")
    return event


def attendance(engine: Engine, event_id: int) -> list[dict[str, Any]]:
    """The people present, by group then name."""
    t = ConsultAttendance.__table__
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t.c.name, t.c.organisation, t.c.group, t.c.position, t.c.contact,
                   t.c.source).where(t.c.event_id == event_id)
            .order_by(t.c.group, t.c.name)).mappings()]


def by_group(invites: list[Invite], people: list[dict[str, Any]]) -> list[GroupCount]:
    """Invited vs present by stakeholder group: organisations invited, invited
    organisations present (when someone of it signed in), persons present, the invited
    organisations absent, and the organisations present that were not invited. A person
    of an invited organisation (case and spacing ignored) counts in the invitation's
    group whatever group they chose, so an organisation is never both present and absent.

    >>> inv = [Invite(1, 1, "KADIN", "asosiasi", "t"), Invite(2, 1, "Dinas PU", "opd", "u")]
    >>> c = by_group(inv, [{"name": "A", "organisation": "kadin", "group": "opd"},
    ...                    {"name": "B", "organisation": "Dinas PU Kab.", "group": "opd"}])
    >>> [(g.group, g.invited, g.present_orgs, g.persons, g.absent, g.others) for g in c]
    [('opd', 1, 0, 1, ['Dinas PU'], 1), ('asosiasi', 1, 1, 1, [], 0)]
    """
    invited_group = {norm(i.organisation): i.group for i in invites}
    counts = {g: GroupCount(g) for g in GROUPS}
    present: dict[str, set[str]] = {g: set() for g in GROUPS}
    others: dict[str, set[str]] = {g: set() for g in GROUPS}
    for p in people:
        org = norm(p["organisation"])
        group = invited_group.get(org) or p["group"] or "masyarakat"
        counts[group].persons += 1
        if org in invited_group:
            present[group].add(org)
        elif org:
            others[group].add(org)
    for i in invites:
        counts[i.group].invited += 1
        if norm(i.organisation) not in present[i.group]:
            counts[i.group].absent.append(i.organisation)
    for g in GROUPS:
        counts[g].present_orgs = len(present[g])
        counts[g].others = len(others[g])
    return [c for c in counts.values() if c.invited or c.persons]



def by_organisation(invites: list[Invite], people: list[dict[str, Any]]) -> list[OrgCount]:
    """Invited vs present by organisation: every invited organisation (present or not)
    with the number of its people present, then the organisations present that were not
    invited; names compared with case and spacing ignored, each list by group then name.
    A person without an organisation is counted under no organisation.

    >>> inv = [Invite(1, 1, "KADIN", "asosiasi", "t"), Invite(2, 1, "Dinas PU", "opd", "u")]
    >>> people = [{"name": "A", "organisation": "kadin ", "group": ""},
    ...           {"name": "B", "organisation": "KADIN", "group": "asosiasi"},
    ...           {"name": "C", "organisation": "Kampus", "group": "akademisi"},
    ...           {"name": "D", "organisation": "", "group": "masyarakat"}]
    >>> for o in by_organisation(inv, people):
    ...     print(o.organisation, o.group, o.invited, o.persons)
    Dinas PU opd True 0
    KADIN asosiasi True 2
    Kampus akademisi False 1
    """
    order = {g: k for k, g in enumerate(GROUPS)}
    found: dict[str, OrgCount] = {}
    for i in invites:
        found.setdefault(norm(i.organisation), OrgCount(i.organisation, i.group, True))
    guests: dict[str, OrgCount] = {}
    for p in people:
        key = norm(p["organisation"])
        if not key:
            continue
        if key in found:
            found[key].persons += 1
        else:
            guests.setdefault(key, OrgCount(p["organisation"].strip(),
                                            p["group"] or "masyarakat", False)).persons += 1

    def ordered(rows: list[OrgCount]) -> list[OrgCount]:
        return sorted(rows, key=lambda o: (order.get(o.group, len(order)),
                                           norm(o.organisation)))

    return ordered(list(found.values())) + ordered(list(guests.values()))
