"""Frozen versions of a plan and the difference between two of them.

A version (``v0.1``, ``v0.2`` ... ``final``) is an immutable snapshot of the whole plan as
one document: the plan's facts, outline, every section (authored text, generated blocks
with their tables and provenance), the targets and what the data was. The same snapshot
shape serves the working draft (:func:`document`), so a version and the draft are
exported by one writer. :func:`diff` compares two snapshots section by section: the text
line by line and every table cell.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select

from rancang.core.actors import Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg
from rancang.features.plan.models import PlanVersion
from rancang.features.plan.service import PlanInfo, get_plan
from rancang.features.plan.store import section_views
from rancang.features.plan.targets import stored_targets

LABEL = re.compile(r"^(v\d+(\.\d+){0,2}|final)$")
CURRENT = "current"


def version_name(label: str, lang: str | None = None) -> str:
    """A version's label for people: ``current`` is the working draft in ``lang``.

    >>> version_name("current", "id"), version_name("current", "en"), version_name("v0.1")
    ('draf kerja', 'working draft', 'v0.1')
    """
    from rancang.core.i18n import text

    return text("plan.version.current", lang) if label == CURRENT else label


@dataclass(frozen=True)
class VersionInfo:
    """A frozen version as lists show it."""

    id: int
    label: str
    note: str
    created_at: datetime
    created_by: str


def document(engine: Engine, plan: PlanInfo, *, label: str = CURRENT) -> dict[str, Any]:
    """The whole plan as one snapshot (what a version freezes and the writers print)."""
    views = section_views(engine, plan)
    return {
        "label": label,
        "plan": {"id": plan.id, "uid": plan.uid, "region_code": plan.region_code,
                 "region_name": plan.region_name, "level": plan.level, "title": plan.title,
                 "start_year": plan.start_year, "end_year": plan.end_year,
                 "status": plan.status, "perda_number": plan.perda_number,
                 "perda_date": plan.perda_date.isoformat() if plan.perda_date else None,
                 "stages": [list(s) for s in plan.stages]},
        "outline": plan.outline,
        "sections": [{"key": v.key, "chapter": v.spec.chapter, "number": v.spec.number,
                      "title": list(v.spec.title),
                      "guide": list(v.spec.guide) if v.spec.guide else None,
                      "state": v.state, "authored": v.authored,
                      "blocks": [b.to_json() for b in v.blocks]} for v in views],
        "targets": [asdict(t) for t in stored_targets(engine, plan)],
        "sources": plan.sources,
    }


def freeze(engine: Engine, actor: Actor, plan_id: int, label: str,
           note: str = "") -> VersionInfo:
    """Freeze the plan as version ``label`` (``v0.1``... or ``final``); a label is used
    once per plan. An adopted plan can still be frozen (its ``final`` as adopted): a
    snapshot changes nothing in the plan."""
    plan = get_plan(engine, actor, plan_id)
    actor.require("plan.write", plan.region_code)
    label = label.strip()
    if not LABEL.match(label):
        raise InputError(Problem(Msg("plan.version.label", label=label), column="version"))
    if any(v.label == label for v in list_versions(engine, actor, plan_id)):
        raise InputError(Problem(Msg("plan.version.exists", label=label), column="version"))
    snap = document(engine, plan, label=label)
    with engine.begin() as conn:
        vid = conn.execute(insert(PlanVersion).values(
            plan_id=plan.id, label=label, note=note.strip()[:500], snapshot=snap,
            created_at=utcnow(), created_by=actor.username).returning(PlanVersion.id)
        ).scalar_one()
    return next(v for v in list_versions(engine, actor, plan_id) if v.id == vid)


def list_versions(engine: Engine, actor: Actor, plan_id: int) -> list[VersionInfo]:
    """The plan's versions, oldest first."""
    plan = get_plan(engine, actor, plan_id)
    t = PlanVersion.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.id, t.c.label, t.c.note, t.c.created_at,
                                   t.c.created_by).where(t.c.plan_id == plan.id)
                            .order_by(t.c.id)).mappings().all()
    return [VersionInfo(**r) for r in rows]


def reads_published(actor: Actor, plan: PlanInfo) -> bool:
    """Whether the actor reads only what is published (the newest frozen version): anyone
    but the readers of the plan's own region (its analysts and planners), who read the
    working draft with the team's notes."""
    return not actor.can("plan.read", plan.region_code)


def _frozen(row: Any) -> dict[str, Any] | None:
    """A stored version's snapshot with when it was frozen (``frozen_at``, ISO text)."""
    if row is None:
        return None
    return {**dict(row[0]), "frozen_at": row[1].isoformat() if row[1] else None}


def newest_version(engine: Engine, plan: PlanInfo) -> dict[str, Any] | None:
    """The newest frozen version's snapshot (what is published), or None."""
    t = PlanVersion.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t.c.snapshot, t.c.created_at).where(
            t.c.plan_id == plan.id).order_by(t.c.id.desc()).limit(1)).first()
    return _frozen(row)


def snapshot(engine: Engine, actor: Actor, plan_id: int,
             label: str | None = None) -> dict[str, Any]:
    """Version ``label`` of the plan, or the working draft when None or ``current``; an
    actor who reads only what is published (:func:`reads_published`) gets the newest
    frozen version instead of the draft (none yet: not found)."""
    plan = get_plan(engine, actor, plan_id)
    if label is None or label == CURRENT:
        if reads_published(actor, plan):
            published = newest_version(engine, plan)
            if published is None:
                raise NotFoundError(Msg("plan.version.unpublished", id=plan_id))
            return published
        return document(engine, plan)
    t = PlanVersion.__table__
    with engine.connect() as conn:
        snap = _frozen(conn.execute(select(t.c.snapshot, t.c.created_at).where(
            (t.c.plan_id == plan.id) & (t.c.label == label))).first())
    if snap is None:
        raise NotFoundError(Msg("plan.version.not_found", label=label, id=plan_id))
    return snap


def section_text(section: dict[str, Any]) -> str:
    """What a section says: the authored text, else the generated narrative."""
    if section.get("authored"):
        return str(section["authored"])
    return "\n\n".join(b["text"] for b in section.get("blocks", []) if b.get("text"))


@dataclass
class CellChange:
    """One table cell that differs: table, row label, column, old and new values."""

    table: str
    row: str
    column: str
    old: Any
    new: Any
    decimals: int | None = None


@dataclass
class SectionDiff:
    """How one section differs between two versions."""

    key: str
    number: str
    title: list[str]
    status: str  # same, changed, added, removed
    lines: list[tuple[str, str]] = field(default_factory=list)
    cells: list[CellChange] = field(default_factory=list)


def row_labels(table: dict[str, Any]) -> list[str]:
    """What names each row of a table in the diff: its first cell, or, when that repeats
    (the action plan's programme group), the first cell with the first column whose
    cells are all different (the action with its key).

    >>> row_labels({"columns": ["g", "p", "a"], "rows": [["G", "P1", "A1 x"],
    ...                                                  ["G", "P1", "A2 y"]]})
    ['G - A1 x', 'G - A2 y']
    >>> row_labels({"columns": ["k", "v"], "rows": [["C", 1], ["D", 2]]})
    ['C', 'D']
    """
    rows = table["rows"]
    first = [str(r[0]) for r in rows]
    if len(set(first)) == len(first):
        return first
    for c in range(1, len(table["columns"])):
        col = [str(r[c]) for r in rows]
        if len(set(col)) == len(col):
            return [f"{a} - {b}" for a, b in zip(first, col, strict=True)]
    return [f"{a} ({k})" for k, a in enumerate(first, start=1)]


def _cells(section: dict[str, Any]) -> dict[tuple[str, str, str], tuple[Any, Any, str]]:
    out: dict[tuple[str, str, str], tuple[Any, Any, str]] = {}
    for b in section.get("blocks", []):
        for t in b.get("tables", []):
            for label, row in zip(row_labels(t), t["rows"], strict=True):
                for c in range(1, len(t["columns"])):
                    out[(t["id"], label, t["columns"][c])] = (row[c], t["decimals"][c],
                                                              t["title"])
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (a != a and b != b)
    return bool(a == b)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[SectionDiff]:
    """Section-by-section differences from ``old`` to ``new`` (snapshots): text lines
    (``-``, ``+``, `` `` context) and every table cell that changed, appeared or went.

    >>> a = {"sections": [{"key": "s", "number": "I.1", "title": ["S", "S"],
    ...                    "authored": "Satu.\\nDua.", "blocks": []}]}
    >>> b = {"sections": [{"key": "s", "number": "I.1", "title": ["S", "S"],
    ...                    "authored": "Satu.\\nTiga.", "blocks": []}]}
    >>> d = diff(a, b)[0]
    >>> d.status, [x for x in d.lines if x[0] != " "]
    ('changed', [('-', 'Dua.'), ('+', 'Tiga.')])
    """
    before = {s["key"]: s for s in old["sections"]}
    after = {s["key"]: s for s in new["sections"]}
    order = [s["key"] for s in new["sections"]] + [k for k in before if k not in after]
    out = []
    for key in order:
        a, b = before.get(key), after.get(key)
        ref = b or a
        assert ref is not None
        d = SectionDiff(key, ref["number"], ref["title"], "same")
        if a is None or b is None:
            d.status = "added" if a is None else "removed"
            out.append(d)
            continue
        ta, tb = section_text(a).splitlines(), section_text(b).splitlines()
        if ta != tb:
            d.lines = [(line[0], line[2:]) for line in difflib.ndiff(ta, tb)
                       if line[:1] in ("-", "+", " ")]
        ca, cb = _cells(a), _cells(b)
        for cell in list(cb) + [c for c in ca if c not in cb]:
            va = ca.get(cell, (None, None, ""))
            vb = cb.get(cell, (None, None, ""))
            if not _same(va[0], vb[0]):
                d.cells.append(CellChange(vb[2] or va[2], cell[1], cell[2], va[0], vb[0],
                                          vb[1] if vb[1] is not None else va[1]))
        if d.lines or d.cells:
            d.status = "changed"
        out.append(d)
    return out


def diff_versions(engine: Engine, actor: Actor, plan_id: int, old: str,
                  new: str) -> list[SectionDiff]:
    """:func:`diff` of two versions of a plan (``current`` is the working draft)."""
    return diff(snapshot(engine, actor, plan_id, old), snapshot(engine, actor, plan_id, new))
