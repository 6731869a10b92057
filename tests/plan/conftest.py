"""Plan fixtures: a migrated database on SQLite and (when reachable) on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import Actor, Grant
from tests.built_once import sqlite_built_once


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database: an SQLite file, then a fresh PostgreSQL schema."""
    from rancang.core.db import ensure_schema, make_engine

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'plan.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")

    def migrate(u: str) -> None:
        built = make_engine(u)
        ensure_schema(built)
        built.dispose()

    sqlite_built_once(url, "migrated", migrate)  # on PostgreSQL: migrated here
    engine = make_engine(url)
    ensure_schema(engine)  # up to date: checked only
    yield engine
    engine.dispose()


@pytest.fixture()
def planner() -> Actor:
    return Actor(1, "perencana", (Grant("planner", "72.06"),))


@pytest.fixture()
def analyst() -> Actor:
    return Actor(2, "analis", (Grant("analyst", "72.06"),))


@pytest.fixture()
def other_analyst() -> Actor:
    return Actor(3, "analis_lain", (Grant("analyst", "72.03"),))


@pytest.fixture()
def viewer() -> Actor:
    return Actor(4, "pembaca", (Grant("viewer"),))
