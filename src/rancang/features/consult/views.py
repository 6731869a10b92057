"""What the consultation pages show, gathered in one place so the routes stay thin: the
overview of an actor, the team's page of a plan, an event, and the public page of a
version (only consented names; the answers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.core.i18n import Msg, current_language
from rancang.features.consult.answers import history, notices
from rancang.features.consult.events import (
    EventInfo,
    attendance,
    by_group,
    by_organisation,
    get_event,
    invites_of,
    list_events,
)
from rancang.features.consult.inputs import Filters, InputInfo, list_inputs
from rancang.features.consult.matrix import section_titles
from rancang.features.consult.models import ConsultInput
from rancang.features.consult.sections import cell_choices, cell_texts, section_choices
from rancang.features.plan.document import Part, parts
from rancang.features.plan.models import Plan
from rancang.features.plan.service import PUBLIC_STATUSES, PlanInfo, get_plan, list_plans
from rancang.features.plan.versions import CURRENT, list_versions, snapshot


@dataclass
class PlanRow:
    """A plan on the overview: versions, whether the actor is of its team."""

    plan: PlanInfo
    versions: list[str]
    team: bool
    public: bool
    #: (key, "number title") of the newest version's sections, for the form to send an
    #: input
    sections: list[tuple[str, str]] = field(default_factory=list)
    #: the newest version's tables and rows by section, for the cell chooser
    cells: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


@dataclass
class Overview:
    """The consultation overview of an actor."""

    plans: list[PlanRow] = field(default_factory=list)
    mine: list[InputInfo] = field(default_factory=list)
    #: (plan, version, key) -> "number title" of the sections of the actor's inputs
    titles: dict[tuple[int, str, str], str] = field(default_factory=dict)
    notices: list[dict[str, Any]] = field(default_factory=list)


def overview(engine: Engine, actor: Actor) -> Overview:
    """Plans the actor may consult on or manage, their own inputs, notifications."""
    out = Overview()
    for p in list_plans(engine, actor):
        team = actor.can("consult.read", p.region_code)
        public = p.status in PUBLIC_STATUSES
        if not (team or public):
            continue
        labels = [v.label for v in list_versions(engine, actor, p.id)]
        snap = snapshot(engine, actor, p.id, labels[-1]) if public and labels else None
        lang = current_language()
        out.plans.append(PlanRow(p, labels, team, public,
                                 section_choices(snap, lang) if snap else [],
                                 cell_choices(snap, lang) if snap else []))
    i = ConsultInput.__table__
    if actor.id:
        with engine.connect() as conn:
            plan_ids = sorted(set(conn.execute(select(i.c.plan_id).where(
                i.c.user_id == actor.id)).scalars()))
        for pid in plan_ids:
            mine = [x for x in list_inputs(engine, actor, pid) if x.user_id == actor.id]
            out.mine += mine
            try:
                titles = section_titles(engine, actor, pid, {x.version_label for x in mine},
                                        current_language())
            except NotFoundError:  # the plan left consultation: its keys are shown
                titles = {}
            out.titles.update({(pid, v, k): t for (v, k), t in titles.items()})
    out.notices = notices(engine, actor)
    return out


def team_plan(engine: Engine, actor: Actor, plan_id: int) -> PlanInfo:
    """The plan, if the actor is of its consultation team (``consult.read`` of its
    region; another region's plan answers as missing)."""
    plan = get_plan(engine, actor, plan_id)
    actor.require_visible("consult.read", plan.region_code,
                          NotFoundError(Msg("plan.not_found", id=plan_id)))
    return plan


#: inputs on one page of the team's list
PAGE = 100


def plan_page(engine: Engine, actor: Actor, plan_id: int, filters: Filters,
              page: int = 1) -> dict[str, Any]:
    """The team's page of a plan: one page of the inputs (filtered), events, sections,
    versions, and the counts of all inputs."""
    from rancang.features.consult.inputs import assignees, count_inputs

    plan = team_plan(engine, actor, plan_id)
    versions = [v.label for v in list_versions(engine, actor, plan_id)]
    # the plan read once and handed on (each read parses its outline and sources)
    items = list_inputs(engine, actor, plan_id, filters, limit=PAGE + 1,
                        offset=(page - 1) * PAGE, plan=plan)
    n_all, n_answered, keys = count_inputs(engine, actor, plan_id, plan=plan)
    # every section shown by its number and title: of the version an input is on, and
    # in the filter as the newest version that has the section names it
    snaps: dict[str, dict[str, Any]] = {}  # each version read once for the page
    titles = section_titles(engine, actor, plan_id, set(versions), current_language(), snaps)
    named: dict[str, str] = {}
    for v in versions:
        named.update({k: t for (label, k), t in titles.items() if label == v})
    return {"plan": plan, "versions": versions, "items": items[:PAGE],
            "page": page, "has_next": len(items) > PAGE,
            "sections": [(k, named.get(k, k)) for k in keys], "titles": titles,
            "cells": cell_texts(engine, actor, plan_id, items[:PAGE], current_language(),
                                snaps),
            "events": list_events(engine, actor, plan_id),
            "assignees": assignees(engine, plan_id), "n_all": n_all, "n_answered": n_answered,
            "may_write": actor.can("consult.write", plan.region_code)}


def event_page(engine: Engine, actor: Actor, event_id: int) -> dict[str, Any]:
    """An event with its invitations and personal links, attendance by group, inputs."""
    event = get_event(engine, actor, event_id)
    invites = invites_of(engine, event.id)
    people = attendance(engine, event.id)
    snap = snapshot(engine, actor, event.plan_id, event.version_label)
    sections = section_choices(snap, current_language())
    return {"event": event, "invites": invites, "people": people,
            "by_group": by_group(invites, people),
            "by_organisation": by_organisation(invites, people),
            "items": list_inputs(engine, actor, event.plan_id, Filters(event_id=event.id)),
            "sections": sections, "titles": dict(sections),
            "may_write": actor.can("consult.write", event.region_code)}


def capture_page(engine: Engine, actor: Actor, event_id: int) -> tuple[EventInfo,
                                                                        list[tuple[str, str]]]:
    """The event and the sections of its version (key, "number title") for the capture
    page."""
    event = get_event(engine, actor, event_id, "consult.write")
    snap = snapshot(engine, actor, event.plan_id, event.version_label)
    return event, section_choices(snap, current_language())


def input_page(engine: Engine, actor: Actor, input_id: int) -> dict[str, Any]:
    """An input with its answer, the audit of its answers and similar inputs."""
    from rancang.features.consult.answers import later_versions
    from rancang.features.consult.inputs import team_input
    from rancang.features.consult.similar import similar_inputs

    item = team_input(engine, actor, input_id) if actor.can("consult.write") else None
    if item is None:
        raise NotFoundError(Msg("consult.input.not_found", id=input_id))
    similar = similar_inputs(engine, actor, item.id, limit=8)
    later = later_versions(engine, actor, item)
    labels = {item.version_label, *later, *(s.version_label for s, _ in similar)}
    if item.change_version:
        labels.add(item.change_version)
    titles = section_titles(engine, actor, item.plan_id, labels, current_language())
    # the sections of the later versions, to choose where the draft changed
    changes = [(f"{v}#{k}", f"{v} {titles.get((v, k), k)}") for v, keys in later.items()
               for k in keys]
    current = (f"{item.change_version}#{item.change_section}" if item.change_version
               else "")
    if current and current not in {c for c, _ in changes}:
        where = (item.change_version or "", item.change_section or "")
        changes.insert(0, (current, f"{where[0]} {titles.get(where, where[1])}"))
    return {"item": item, "history": history(engine, item.id), "similar": similar,
            "later": later, "titles": titles, "changes": changes, "change": current,
            "cells": cell_texts(engine, actor, item.plan_id, [item], current_language()),
            "may_write": True}


@dataclass
class DraftSection:
    """A chapter or section heading of the draft with what it prints (text, tables,
    charts), and for a section the consented inputs on it."""

    heading: Part
    parts: list[Part] = field(default_factory=list)
    inputs: list[InputInfo] = field(default_factory=list)


def public_draft(snap: dict[str, Any], lang: str,
                 by_section: dict[str, list[InputInfo]]) -> tuple[list[Part],
                                                                  list[DraftSection]]:
    """The whole draft of a version as the plan's DOCX and PDF print it (the parts of
    :func:`rancang.features.plan.document.parts`: the team's text, else the generated
    text marked for review, the tables and charts with their numbers and sources), cut at
    each chapter and section heading; the parts before the first chapter (title lines,
    the synthetic-data note) apart. Each section carries its inputs from ``by_section``."""
    head: list[Part] = []
    out: list[DraftSection] = []
    for part in parts(snap, lang):
        if part.kind in ("chapter", "section"):
            out.append(DraftSection(part, inputs=by_section.get(part.anchor, [])
                                    if part.kind == "section" else []))
        elif out:
            out[-1].parts.append(part)
        else:
            head.append(part)
    return head, out


def public_snapshot(engine: Engine, plan_id: int, version: str) -> dict[str, Any]:
    """The frozen version ``version`` of a plan in consultation (or later); anything
    else answers as missing."""
    from rancang.core.actors import CLI_ACTOR

    p = Plan.__table__
    with engine.connect() as conn:
        status = conn.execute(select(p.c.status).where(p.c.id == plan_id)).scalar_one_or_none()
    if status not in PUBLIC_STATUSES or version == CURRENT:  # frozen versions only
        raise NotFoundError(Msg("plan.not_found", id=plan_id))
    return snapshot(engine, CLI_ACTOR, plan_id, version)


def public_page(engine: Engine, plan_id: int, version: str,
                lang: str = "id") -> dict[str, Any]:
    """The public page of a version of a plan in consultation (or later): the whole
    draft of that version (:func:`public_draft`) and, under each section, the inputs
    whose authors agreed to publication with their answers. Anything else answers as
    missing."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.web_charts import echarts_option

    snap = public_snapshot(engine, plan_id, version)
    plan = get_plan(engine, CLI_ACTOR, plan_id)
    items = [x for x in list_inputs(engine, CLI_ACTOR, plan_id, Filters(version=version))
             if x.consent]
    by_section: dict[str, list[InputInfo]] = {}
    for x in items:
        by_section.setdefault(x.section_key, []).append(x)
    head, draft = public_draft(snap, lang, by_section)
    charts = {x.anchor: echarts_option(x.chart, lang) for d in draft for x in d.parts
              if x.kind == "chart" and x.chart is not None}
    return {"plan": plan, "version": version, "head": head, "draft": draft,
            "charts": charts, "n": len(items),
            "cells": cell_texts(engine, CLI_ACTOR, plan_id, items, lang)}
