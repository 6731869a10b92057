"""Programme fixtures: a migrated database on SQLite and PostgreSQL, actors, and a small
synthetic province with a plan for Morowali (72.06)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.features.plan.targets import TargetRow


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database: an SQLite file, then a fresh PostgreSQL schema."""
    from rancang.core.db import ensure_schema, make_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'prog.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    ensure_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture()
def lite(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite database only (for the slower end-to-end tests)."""
    from rancang.core.db import ensure_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'lite.sqlite'}")
    ensure_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture()
def analyst() -> Actor:
    return Actor(2, "analis", (Grant("analyst", "72.06"),))


@pytest.fixture()
def other_analyst() -> Actor:
    return Actor(3, "analis_lain", (Grant("analyst", "72.03"),))


TARGETS = [
    TargetRow("tenaga_kerja", "industry_jobs", "Tenaga kerja industri", "orang",
              stages={"1": 12000.0}),
    TargetRow("ekspor", "export_share", "Ekspor produk industri", "%", stages={"1": 30.0}),
]


def make_plan(engine: Engine, region: str = "72.06") -> int:
    """A plan for ``region`` from 2025 with the two targets of :data:`TARGETS`."""
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.targets import set_targets

    plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
    set_targets(engine, CLI_ACTOR, plan.id, TARGETS)
    return plan.id
