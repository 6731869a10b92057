"""Plans: create, read, list, change status and outline; who may do what where.

Every channel (``rancang plan``, the pages, the API) calls these functions with the
:class:`~rancang.core.actors.Actor`, so the rules are the same everywhere:

- ``plan.write`` (planners and analysts of the plan's region) creates, drafts, edits and
  freezes; ``plan.status`` (planners) moves the status;
- ``plan.read`` (planners and analysts of the region) reads every plan of the region,
  drafts included; ``plan.public.read`` (everyone signed in) reads plans once they are in
  consultation or later (:data:`PUBLIC_STATUSES`).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, insert, or_, select, update

from rancang.core.actors import Actor, Forbidden
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.models import Plan
from rancang.features.plan.outline import LEVELS, check_outline, default_outline

STATUSES = ("draft", "consultation", "agreed", "adopted")
PUBLIC_STATUSES = ("consultation", "agreed", "adopted")
#: status -> the statuses it may move to
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("consultation",),
    "consultation": ("draft", "agreed"),
    "agreed": ("consultation", "adopted"),
    "adopted": (),
}
PLAN_YEARS = 20
N_STAGES = 4


@dataclass(frozen=True)
class PlanInfo:
    """What the channels show of a plan."""

    id: int
    uid: str
    region_code: str
    region_name: str
    level: str
    title: str
    start_year: int
    end_year: int
    status: str
    perda_number: str | None
    perda_date: date | None
    outline: dict[str, Any]
    sources: dict[str, Any]
    created_at: datetime
    created_by: str
    updated_at: datetime

    @property
    def stages(self) -> list[tuple[int, int]]:
        """The four stages of the period."""
        return stages(self.start_year, self.end_year)

    @property
    def anchor(self) -> str:
        """The plan's stable anchor (``plan/<uid>``)."""
        return f"plan/{self.uid}"


def stages(start: int, end: int) -> list[tuple[int, int]]:
    """Four stages of a plan period: 5 years each, the last up to ``end``.

    A 20-year RPIK (UU 3/2014 art. 10-11) is reviewed every 5 years; stage ``k`` runs from
    ``start + 5 (k - 1)`` to ``start + 5 k - 1``, the fourth to the end year.

    >>> stages(2025, 2045)
    [(2025, 2029), (2030, 2034), (2035, 2039), (2040, 2045)]
    """
    step = (end - start) // N_STAGES
    out = [(start + step * k, start + step * (k + 1) - 1) for k in range(N_STAGES)]
    out[-1] = (out[-1][0], end)
    return out


def level_for(region: str) -> str:
    """``rpip`` for a province code (Kemendagri ``72``, BPS ``7200``), else ``rpik``.

    >>> level_for("72"), level_for("7200"), level_for("72.06"), level_for("7203")
    ('rpip', 'rpip', 'rpik', 'rpik')
    """
    code = region.strip()
    if "." not in code and (len(code) <= 2 or (len(code) == 4 and code.endswith("00"))):
        return "rpip"
    return "rpik"


def _info(row: Any) -> PlanInfo:
    return PlanInfo(**{f: row[f] for f in PlanInfo.__dataclass_fields__})


class DuplicatePlan(InputError):
    """A plan for the region and period is already in the store: nothing was created.
    ``existing`` are those plans (newest first); ``how`` (a catalogue key or message)
    says how the channel asks for another plan anyway (:meth:`saying` changes it)."""

    def __init__(self, region: str, level: str, start_year: int,
                 existing: list[PlanInfo], how: str | Msg = "plan.duplicate.how",
                 column: str | None = "allow_duplicate") -> None:
        self.region, self.level, self.start_year = region, level, start_year
        self.existing = existing
        shown = ", ".join(f"{p.id} ({p.anchor})" for p in existing)
        super().__init__(Problem(Msg(
            "plan.duplicate", level=level.upper(), region=region, start=start_year,
            end=start_year + PLAN_YEARS, plans=shown,
            how=how if isinstance(how, Msg) else Msg(how)), column=column))

    def saying(self, how: str | Msg, column: str | None = "allow_duplicate") -> DuplicatePlan:
        """The same refusal, telling how to ask for another plan on a channel (and the
        field or option that asks, as the problem's column)."""
        return DuplicatePlan(self.region, self.level, self.start_year, self.existing, how,
                             column)


def same_region_codes(region: str) -> set[str]:
    """The codes a region is stored under: as given and in the other numbering system.

    >>> sorted(same_region_codes("72.06")), sorted(same_region_codes("99.99"))
    (['72.06', '7203'], ['99.99'])
    """
    from rancang.reference.regions import other_code

    code = region.strip()
    other = other_code(code)
    return {code} | ({other} if other else set())


def plans_for(engine: Engine, region: str, start_year: int) -> list[PlanInfo]:
    """The stored plans of ``region`` (in either numbering system) over the period that
    starts in ``start_year``, newest first."""
    t = Plan.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(
            t.c.region_code.in_(sorted(same_region_codes(region))),
            t.c.start_year == start_year).order_by(t.c.id.desc())).mappings().all()
    return [_info(r) for r in rows]


def refuse_duplicate(engine: Engine, actor: Actor, region: str, start_year: int) -> None:
    """Refuse (:class:`DuplicatePlan`) when the store already holds a plan of ``region``
    over the period starting in ``start_year``; the actor must be allowed to write the
    region's plans (so never learns of another region's draft)."""
    actor.require("plan.write", region.strip())
    found = plans_for(engine, region, start_year)
    if found:
        code = region.strip()
        raise DuplicatePlan(code, level_for(code), start_year, found)


def create_plan(engine: Engine, actor: Actor, *, region: str, start_year: int,
                region_name: str = "", level: str | None = None, title: str = "",
                outline: dict[str, Any] | None = None,
                allow_duplicate: bool = True) -> PlanInfo:
    """A new plan in ``draft`` for ``region`` over ``start_year`` .. ``start_year + 20``,
    following the default outline of its level unless ``outline`` is given.

    With ``allow_duplicate=False`` (what the CLI, the pages and the API pass unless the
    person asked for another plan) a plan of the same region and period already in the
    store refuses the new one (:class:`DuplicatePlan`, naming it) and nothing is created.
    Programs that build plans themselves (the demos, fixtures) keep the default."""
    problems = []
    region = region.strip()
    if not region:
        problems.append(Problem(Msg("plan.no_region"), column="region"))
    level = level or (level_for(region) if region else "rpik")
    if level not in LEVELS:
        problems.append(Problem(Msg("plan.bad_level", level=level), column="level"))
    elif region and level != level_for(region):
        problems.append(Problem(Msg("plan.level_region", level=level.upper(), region=region),
                                column="level"))
    if not 2000 <= start_year <= 2100:
        problems.append(Problem(Msg("plan.bad_year", year=start_year), column="start_year"))
    if problems:
        raise InputError(problems)
    actor.require("plan.write", region)
    if not allow_duplicate:
        refuse_duplicate(engine, actor, region, start_year)
    outline = check_outline(outline) if outline is not None else default_outline(level)
    if outline["level"] != level:
        raise InputError(Problem(Msg("plan.level_region", level=outline["level"].upper(),
                                     region=region), column="level"))
    now = utcnow()
    with engine.begin() as conn:
        pid = conn.execute(insert(Plan).values(
            uid=secrets.token_hex(6), region_code=region, region_name=region_name,
            level=level, title=title, start_year=start_year, end_year=start_year + PLAN_YEARS,
            status="draft", outline=outline, sources={}, created_at=now,
            created_by=actor.username, updated_at=now).returning(Plan.id)).scalar_one()
    return get_plan(engine, actor, int(pid))


def _row(engine: Engine, plan_id: int) -> Any:
    with engine.connect() as conn:
        row = conn.execute(select(Plan.__table__).where(Plan.id == plan_id)).mappings().first()
    if row is None:
        raise NotFoundError(Msg("plan.not_found", id=plan_id))
    return row


def reference_name(code: str) -> str:
    """The region's Kemendagri name for a plan's title ("Kabupaten Morowali"), "" when
    the reference lists do not know the code.

    >>> reference_name("72.06"), reference_name("99.99")
    ('Kabupaten Morowali', '')
    """
    from rancang.reference.regions import region_label

    label = region_label(code, "id")
    suffix = f" ({code.strip()})"
    return label[: -len(suffix)] if label.endswith(suffix) else ""


def can_read(actor: Actor, plan: PlanInfo) -> bool:
    """The actor may read ``plan`` (its region's readers always; others once public)."""
    return actor.can("plan.read", plan.region_code) or (
        plan.status in PUBLIC_STATUSES and actor.can("plan.public.read"))


def get_plan(engine: Engine, actor: Actor, plan_id: int) -> PlanInfo:
    """The plan ``plan_id`` if the actor may read it (404 otherwise: a draft of another
    region is not shown to exist)."""
    plan = _info(_row(engine, plan_id))
    if not can_read(actor, plan):
        raise NotFoundError(Msg("plan.not_found", id=plan_id))
    return plan


def writable_plan(engine: Engine, actor: Actor, plan_id: int,
                  permission: str = "plan.write") -> PlanInfo:
    """The plan, if the actor may change it (403 when they may only read it)."""
    plan = get_plan(engine, actor, plan_id)
    actor.require(permission, plan.region_code)
    if plan.status == "adopted" and permission == "plan.write":
        raise Forbidden("plan.adopted_frozen")
    return plan


def list_plans(engine: Engine, actor: Actor) -> list[PlanInfo]:
    """The plans the actor may read, newest first."""
    t = Plan.__table__
    cond = in_scope(t.c.region_code, actor.scope("plan.read"))
    if actor.can("plan.public.read"):
        cond = or_(cond, t.c.status.in_(PUBLIC_STATUSES))
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(cond).order_by(t.c.id.desc())).mappings().all()
    return [_info(r) for r in rows]


def touch(engine: Engine, plan_id: int, **values: Any) -> None:
    """Update the plan row (and its ``updated_at``)."""
    with engine.begin() as conn:
        conn.execute(update(Plan).where(Plan.id == plan_id).values(updated_at=utcnow(),
                                                                    **values))


def set_status(engine: Engine, actor: Actor, plan_id: int, status: str, *,
               perda_number: str | None = None, perda_date: date | None = None) -> PlanInfo:
    """Move the plan along draft -> consultation -> agreed -> adopted (back one step
    allowed before adoption); adoption needs the Perda's number and date."""
    plan = writable_plan(engine, actor, plan_id, "plan.status")
    if status not in STATUSES:
        raise InputError(Problem(Msg("plan.bad_status", status=status,
                                     known=", ".join(STATUSES)), column="status"))
    if status not in TRANSITIONS[plan.status]:
        old, new = Msg(f"plan.status.{plan.status}"), Msg(f"plan.status.{status}")
        raise InputError(Problem(Msg("plan.bad_transition", old=old, new=new),
                                 column="status"))
    values: dict[str, Any] = {"status": status}
    if status == "adopted":
        problems = []
        if not (perda_number or "").strip():
            problems.append(Problem(Msg("plan.perda_number"), column="perda_number"))
        if perda_date is None:
            problems.append(Problem(Msg("plan.perda_date"), column="perda_date"))
        if problems:
            raise InputError(problems)
        values |= {"perda_number": (perda_number or "").strip(), "perda_date": perda_date}
    touch(engine, plan.id, **values)
    return get_plan(engine, actor, plan.id)


def set_outline(engine: Engine, actor: Actor, plan_id: int,
                outline: dict[str, Any]) -> PlanInfo:
    """Replace the plan's outline (a changed copy of its template). Sections that leave
    the outline keep their text in the database and come back if their key returns."""
    plan = writable_plan(engine, actor, plan_id)
    outline = check_outline(outline)
    if outline["level"] != plan.level:
        raise InputError(Problem(Msg("plan.level_region", level=outline["level"].upper(),
                                     region=plan.region_code), column="level"))
    touch(engine, plan.id, outline=outline)
    return get_plan(engine, actor, plan.id)
