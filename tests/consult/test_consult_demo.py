"""The demo database has a synthetic consultation on the demo plan, loaded once."""

from __future__ import annotations

from pathlib import Path

from rancang.cli.demo import load_demo_database
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.features.consult.events import list_events
from rancang.features.consult.inputs import list_inputs
from rancang.features.consult.matrix import build
from rancang.features.plan.service import list_plans


def test_demo_consultation(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    ensure_schema(engine)
    load_demo_database(engine)
    load_demo_database(engine)  # again: nothing doubles
    plan = list_plans(engine, CLI_ACTOR)[0]
    assert plan.status == "consultation"
    events = list_events(engine, CLI_ACTOR, plan.id)
    assert len(events) == 1 and "sintetis" in events[0].title
    items = list_inputs(engine, CLI_ACTOR, plan.id)
    assert len(items) == 6 and all("(contoh)" in i.organisation for i in items)
    m = build(engine, CLI_ACTOR, plan.id)
    assert (m.total, m.answered, len(m.flagged)) == (6, 4, 2)
    engine.dispose()
