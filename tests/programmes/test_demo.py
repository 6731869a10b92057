"""The demo hook: synthetic programmes of province 72 (said so), loaded once, some mapped
to the demo plan; the planted cases show in the report."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from rancang.core.actors import CLI_ACTOR
from rancang.core.features import DemoContext
from rancang.features.plan.demo import load_demo as plan_demo
from rancang.features.programmes.demo import load_demo
from rancang.features.programmes.models import Programme, ProgrammeMapping
from rancang.features.programmes.sync import sync_report


def test_demo_loads_once_and_says_it_is_synthetic(lite: Engine) -> None:
    ctx = DemoContext(engine=lite, files=False, say=lambda _: None)
    plan_demo(ctx)
    load_demo(ctx)
    with lite.connect() as conn:
        n = conn.execute(select(func.count()).select_from(Programme)).scalar()
        agencies = set(conn.execute(select(Programme.agency).distinct()).scalars())
        mapped = conn.execute(select(func.count()).select_from(ProgrammeMapping)).scalar()
    assert n and mapped
    assert all(a.endswith("(sintetis)") for a in agencies)
    load_demo(ctx)
    with lite.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Programme)).scalar() == n
    s = sync_report(lite, CLI_ACTOR, "72", 2026).summary()
    assert (s["duplicates"], s["outside_authority"], s["without_plan"]) == (2, 1, 12)
