"""Sections of a stored plan: generated blocks, authored text, state and change log."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, insert, select, update

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.document import Block
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.models import PlanSection
from rancang.features.plan.outline import SectionSpec, section_keys, sections
from rancang.features.plan.service import PlanInfo, get_plan, touch, writable_plan


@dataclass
class SectionView:
    """A section of a plan as the channels show it."""

    spec: SectionSpec
    state: str = "empty"
    blocks: list[Block] = field(default_factory=list)
    authored: str | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    updated_by: str = ""

    @property
    def key(self) -> str:
        return self.spec.key


def stored_sections(engine: Engine, plan_id: int) -> dict[str, Any]:
    """The stored section rows of a plan by key."""
    t = PlanSection.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t).where(t.c.plan_id == plan_id)).mappings().all()
    return {r["key"]: r for r in rows}


def section_views(engine: Engine, plan: PlanInfo) -> list[SectionView]:
    """Every section of the plan's outline, in order, with what is stored for it."""
    stored = stored_sections(engine, plan.id)
    out = []
    for spec in sections(plan.outline):
        row = stored.get(spec.key)
        if row is None:
            out.append(SectionView(spec))
            continue
        out.append(SectionView(spec, row["state"],
                               [Block.from_json(b) for b in row["generated"] or []],
                               row["authored"], list(row["changes"] or []),
                               row["updated_by"]))
    return out


def plan_sections(engine: Engine, actor: Actor, plan_id: int) -> tuple[PlanInfo,
                                                                        list[SectionView]]:
    """The plan (if the actor may read it) and its sections."""
    plan = get_plan(engine, actor, plan_id)
    return plan, section_views(engine, plan)


def check_section(plan: PlanInfo, key: str) -> None:
    """Refuse a section key that is not in the plan's outline."""
    if key not in section_keys(plan.outline):
        raise InputError(Problem(Msg("plan.unknown_section", key=key), column="section"))


def edit_section(engine: Engine, actor: Actor, plan_id: int, key: str,
                 text: str | None) -> SectionView:
    """Set the authored text (Markdown) of a section; ``None`` or blank returns the
    section to its generated text. Generated tables stay."""
    plan = writable_plan(engine, actor, plan_id)
    check_section(plan, key)
    text = text.replace("\r\n", "\n").strip() if text else None
    stored = stored_sections(engine, plan.id).get(key)
    has_blocks = bool(stored and stored["generated"])
    state = "edited" if text else ("generated" if has_blocks else "empty")
    with engine.begin() as conn:
        if stored is None:
            conn.execute(insert(PlanSection).values(
                plan_id=plan.id, key=key, state=state, generated=[], authored=text,
                changes=[], updated_at=utcnow(), updated_by=actor.username))
        else:
            conn.execute(update(PlanSection).where(PlanSection.id == stored["id"]).values(
                state=state, authored=text, updated_at=utcnow(), updated_by=actor.username))
    touch(engine, plan.id)
    return next(v for v in section_views(engine, plan) if v.key == key)


def mark_reviewed(engine: Engine, actor: Actor, plan_id: int, key: str) -> SectionView:
    """A section 'to review' after a regeneration, looked at: back to edited/generated."""
    plan = writable_plan(engine, actor, plan_id)
    check_section(plan, key)
    stored = stored_sections(engine, plan.id).get(key)
    if stored is not None and stored["state"] == "to_review":
        with engine.begin() as conn:
            conn.execute(update(PlanSection).where(PlanSection.id == stored["id"]).values(
                state="edited" if stored["authored"] else "generated",
                updated_at=utcnow(), updated_by=actor.username))
    return next(v for v in section_views(engine, plan) if v.key == key)


def refresh_block(engine: Engine, actor: Actor, plan: PlanInfo, key: str, block: Block,
                  *, add: bool = False) -> None:
    """Replace the generated block with ``block.id`` in section ``key`` (when the section
    holds it: a plan never drafted has no tables to refresh). With ``add`` a block the
    section lacks is appended (the section created when needed): data people keep in
    tables (the action plan) shows in the document before any draft."""
    row = stored_sections(engine, plan.id).get(key)
    if row is None:
        if add and key in section_keys(plan.outline):
            with engine.begin() as conn:
                conn.execute(insert(PlanSection).values(
                    plan_id=plan.id, key=key, state="generated", generated=[block.to_json()],
                    authored=None, changes=[], updated_at=utcnow(),
                    updated_by=actor.username))
        return
    old = list(row["generated"] or [])
    blocks = [block.to_json() if b["id"] == block.id else b for b in old]
    if add and not any(b["id"] == block.id for b in old):
        blocks.append(block.to_json())
    if blocks == row["generated"]:
        return
    state = row["state"]
    if state == "empty":
        state = "edited" if row["authored"] else "generated"
    with engine.begin() as conn:
        conn.execute(update(PlanSection).where(PlanSection.id == row["id"]).values(
            generated=blocks, state=state, updated_at=utcnow(), updated_by=actor.username))
