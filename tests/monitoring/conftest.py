"""Monitoring fixtures: a migrated database (SQLite, PostgreSQL) holding the synthetic
demo province, a drafted plan of 72.06 and one of 72.03, with their indicators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR, Actor, Grant
from tests.built_once import sqlite_built_once


@dataclass
class World:
    engine: Engine
    plans: dict[str, int]
    dataset: int


#: The plans and the dataset of the first world built in this process (a copy holds them).
_FIRST: list[World] = []


def make_world(url: str) -> World:
    """The world on ``url`` (a new SQLite file: a copy of the first one built in this
    process, :func:`tests.built_once.sqlite_built_once`)."""
    from rancang.core.db import make_engine

    built: list[World] = []
    if sqlite_built_once(url, "monitoring world", lambda u: built.append(_make_world(u))):
        return World(make_engine(url), dict(_FIRST[0].plans), _FIRST[0].dataset)
    if not _FIRST and url.startswith("sqlite"):
        _FIRST.append(built[0])
    return built[0]


def _make_world(url: str) -> World:
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.datasets.service import save_panel
    from rancang.features.monitoring.indicators import sync_indicators
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.sources.synthetic import demo_province

    engine = make_engine(url)
    ensure_schema(engine)
    ds = save_panel(engine, demo_province(), name="Demo (sintetis)")
    plans = {}
    for region, data in (("72.06", "9903"), ("72.03", "9905")):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, ds, region=data)
        sync_indicators(engine, CLI_ACTOR, plan.id)
        plans[region] = plan.id
    return World(engine, plans, ds)


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """The world on an SQLite file, then on a fresh PostgreSQL schema."""
    url = (f"sqlite:///{tmp_path / 'm.sqlite'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    w = make_world(url)
    yield w
    w.engine.dispose()


@pytest.fixture()
def lite(tmp_path: Path) -> Iterator[World]:
    """The world on SQLite only (for the slower or channel tests)."""
    w = make_world(f"sqlite:///{tmp_path / 'm.sqlite'}")
    yield w
    w.engine.dispose()


@pytest.fixture()
def planner() -> Actor:
    return Actor(1, "perencana", (Grant("planner", "72.06"),))


@pytest.fixture()
def analyst() -> Actor:
    return Actor(2, "analis", (Grant("analyst", "72.06"),))


@pytest.fixture()
def other_planner() -> Actor:
    return Actor(3, "perencana_lain", (Grant("planner", "72.03"),))
