"""Notes: add one where the actor may write, list those the actor may read."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from rancang.core.actors import Actor
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang_notes.models import FieldNote


def add_note(engine: Engine, actor: Actor, region: str, text: str) -> int:
    """Save a note for ``region`` (the actor must hold ``notes.write`` there)."""
    actor.require("notes.write", region)
    if not text.strip():
        raise InputError(Problem(Msg("notes.empty"), column="text"))
    with engine.begin() as conn:
        return int(conn.execute(insert(FieldNote).values(
            region_code=region, text=text.strip(), author=actor.username)
            .returning(FieldNote.id)).scalar_one())


def list_notes(engine: Engine, actor: Actor) -> list[dict[str, object]]:
    """Notes the actor may read, newest first."""
    actor.require("notes.read")
    t = FieldNote.__table__
    stmt = select(t).where(in_scope(t.c.region_code, actor.scope("notes.read")))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt.order_by(t.c.id.desc())).mappings()]
