"""Reviewing a plan's mappings one by one (the pages and the API): the suggestions and
the stored mappings side by side, and a person's answer to one of them.

A row is a programme and a target or strategy of the plan, with its state: ``suggested``
(a suggestion nobody answered), ``confirmed`` (counts in the synchronisation report and
monitoring, with the expected contribution) or ``rejected`` (a person said no: it is not
suggested again). The answer goes through :func:`~rancang.features.programmes.mapping.
store_mappings`, the same call as the workbook of ``rancang programmes map``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from rancang.core.actors import Actor
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.service import PlanInfo, get_plan
from rancang.features.programmes.anchors import plan_anchors
from rancang.features.programmes.mapping import MapResult, store_mappings
from rancang.features.programmes.models import ProgrammeMapping
from rancang.features.programmes.service import ProgrammeRow, list_programmes

STATES = ("suggested", "confirmed", "rejected")
#: the longest expected contribution a person may write
MAX_CONTRIBUTION = 2000


@dataclass(frozen=True)
class ReviewRow:
    """A programme and a target or strategy of the plan, and where the mapping stands."""

    programme: ProgrammeRow
    kind: str
    key: str
    label: str
    score: float | None
    words: tuple[str, ...]
    state: str
    contribution: str
    decided_by: str


def readable_plan(engine: Engine, actor: Actor, plan_id: int,
                  permission: str = "programmes.read") -> PlanInfo:
    """The plan, if the actor may read it and holds ``permission`` in its region (else the
    404 of a missing plan, or 403 without the permission anywhere)."""
    plan = get_plan(engine, actor, plan_id)
    actor.require_visible(permission, plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    return plan


def review_rows(engine: Engine, actor: Actor, plan_id: int, *, top: int = 3,
                threshold: float = 0.1, state: str | None = None) -> list[ReviewRow]:
    """Every stored mapping of the plan's programmes the actor may read, and the
    suggestions nobody has answered yet, by region, year, code and then best score."""
    from rancang.features.programmes.suggest import suggest

    plan = readable_plan(engine, actor, plan_id)
    progs = {p.id: p for p in list_programmes(engine, actor, area=plan.region_code)}
    labels = {(a.kind, a.key): a.label for a in plan_anchors(engine, plan)}
    t = ProgrammeMapping.__table__
    with engine.connect() as conn:
        stored = conn.execute(select(t).where(t.c.plan_id == plan.id)).mappings().all()
    rows: list[ReviewRow] = []
    seen: set[tuple[int, str, str]] = set()
    for m in stored:
        p = progs.get(m["programme_id"])
        if p is None or (m["kind"], m["anchor"]) not in labels:
            continue
        seen.add((p.id, m["kind"], m["anchor"]))
        decided = "confirmed" if m["confirmed"] else "rejected" if m["rejected"] \
            else "suggested"
        rows.append(ReviewRow(p, m["kind"], m["anchor"], labels[(m["kind"], m["anchor"])],
                              m["score"], (), decided, m["contribution"] or "",
                              m["confirmed_by"] or ""))
    for s in suggest(engine, actor, plan.id, top=top, threshold=threshold):
        key = (s.programme.id, s.anchor.kind, s.anchor.key)
        if key not in seen:
            seen.add(key)
            rows.append(ReviewRow(s.programme, s.anchor.kind, s.anchor.key, s.anchor.label,
                                  s.score, s.words, "suggested", "", ""))
    if state:
        rows = [r for r in rows if r.state == state]
    rows.sort(key=lambda r: (r.programme.region_code, r.programme.year, r.programme.code,
                             r.programme.agency, -(r.score or 0.0), r.kind, r.key))
    return rows


def decide(engine: Engine, actor: Actor, plan_id: int, programme_id: int, kind: str,
           key: str, *, confirm: bool, contribution: str | None = None,
           score: float | None = None) -> MapResult:
    """A person's answer to one mapping: confirm it (with the expected contribution; a
    blank one keeps what is stored) or reject it. The programme must be one of the
    plan's region the actor may read, the target or strategy one of the plan."""
    plan = readable_plan(engine, actor, plan_id, "programmes.write")
    anchors = {(a.kind, a.key) for a in plan_anchors(engine, plan)}
    if (kind, key) not in anchors:
        raise InputError(Problem(Msg("programmes.map.no_anchor", kind=kind, key=key,
                                     plan=plan.id), column="key"))
    progs = {p.id for p in list_programmes(engine, actor, area=plan.region_code)}
    if programme_id not in progs:
        raise NotFoundError(Msg("programmes.review.no_programme", id=programme_id))
    text = (contribution or "").strip()
    if len(text) > MAX_CONTRIBUTION:
        raise InputError(Problem(Msg("programmes.review.too_long", n=MAX_CONTRIBUTION),
                                 column="contribution"))
    entry = (programme_id, kind, key)
    if confirm:
        return store_mappings(engine, actor, plan.id,
                              {entry: {"contribution": text, "score": score}}, set())
    return store_mappings(engine, actor, plan.id, {}, {entry})
