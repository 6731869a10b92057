"""Run the Alembic migrations shipped inside the package, programmatically."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged migrations (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database.

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> current_revision(make_engine("sqlite://")) is None
    True
    """
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine) -> str:
    """Bring the database schema to the latest migration (creating it when empty).

    Parameters
    ----------
    engine : Engine
        SQLite or PostgreSQL engine. On PostgreSQL the tables go into the first schema of the
        connection's ``search_path``.

    Returns
    -------
    str
        The head revision the database is now at.

    Notes
    -----
    Same migration scripts for both backends; SQLite alterations use Alembic's batch mode.

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> engine = make_engine("sqlite://")
    >>> head = ensure_schema(engine)
    >>> current_revision(engine) == head
    True
    """
    cfg = alembic_config()
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    if current_revision(engine) == head:
        return head
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return head
