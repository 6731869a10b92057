"""Consultation fixtures: a migrated database (SQLite, and PostgreSQL when reachable) with
a plan of Morowali (72.06) frozen as v0.1, and actors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import ADMIN_ROLE, Actor, Grant


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database: an SQLite file, then a fresh PostgreSQL schema."""
    from rancang.core.db import ensure_schema, make_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'consult.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    ensure_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture()
def sqlite_store(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database only (for the tests that need no second database)."""
    from rancang.core.db import ensure_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'consult.sqlite'}")
    ensure_schema(engine)
    yield engine
    engine.dispose()


ADMIN = Actor(0, "admin", (Grant(ADMIN_ROLE),))
TEAM = Actor(2, "analis", (Grant("analyst", "72.06"),))
OTHER = Actor(3, "analis-lain", (Grant("analyst", "72.03"),))
STAKEHOLDER = Actor(7, "ikm-ani", (Grant("viewer"),), display_name="Ani")
STAKEHOLDER2 = Actor(8, "kadin-budi", (Grant("viewer"),), display_name="Budi")


def make_plan(engine: Engine, *, status: str = "consultation") -> int:
    """A plan of 72.06 frozen as v0.1, in ``status``."""
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze

    plan = create_plan(engine, ADMIN, region="72.06", start_year=2025, region_name="Morowali")
    freeze(engine, ADMIN, plan.id, "v0.1")
    if status != "draft":
        set_status(engine, ADMIN, plan.id, "consultation")
    return plan.id
