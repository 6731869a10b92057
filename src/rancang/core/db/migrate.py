"""Run every feature's Alembic migrations, programmatically.

Each feature keeps its revisions in its own ``migrations/`` folder, on its own branch
(branch label = feature name), so two features built side by side never race for one
migration head. :func:`ensure_schema` upgrades every branch to its head.

Databases created by release 0.1 carry one linear chain (``0001_register`` ...
``0004_dataset_publish``, kept in ``legacy/``): they are first brought to the end of that
chain, then stamped at the first revision of each feature's branch (which creates exactly
the tables of that chain), then upgraded like any other database. No row is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from rancang.core.features import FeatureSet

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it is used: a command that only needs a throwaway database
# (:func:`scratch_schema`) does not pay for its import.

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY = Path(__file__).resolve().parent / "legacy"
#: The revisions of release 0.1's single chain, oldest first.
LEGACY_REVISIONS = ("0001_register", "0002_web", "0003_register_review",
                    "0004_dataset_publish")
#: The feature revisions that hold exactly the schema of :data:`LEGACY_REVISIONS`.
LEGACY_EQUIVALENT = ("accounts_0001", "datasets_0001", "registry_0001")


def _features(features: FeatureSet | None) -> FeatureSet:
    if features is not None:
        return features
    from rancang.core.features import installed

    return installed()


def alembic_config(features: FeatureSet | None = None) -> Config:
    """An Alembic config over every feature's migrations (no ini file needed)."""
    from alembic.config import Config

    features = _features(features)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    locations = [str(d) for d in features.migration_dirs()]
    cfg.set_main_option("version_locations", " ".join(locations))
    cfg.set_main_option("path_separator", "space")
    cfg.attributes["features"] = features
    return cfg


def current_heads(engine: Engine) -> tuple[str, ...]:
    """The revisions the database is at (one per feature branch), sorted.

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> current_heads(make_engine("sqlite://"))
    ()
    """
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))


def current_revision(engine: Engine) -> str | None:
    """The revisions the database is at as one text (``"a,b,c"``), or None when empty.

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> current_revision(make_engine("sqlite://")) is None
    True
    """
    heads = current_heads(engine)
    return ",".join(heads) if heads else None


def schema_heads(features: FeatureSet | None = None) -> tuple[str, ...]:
    """The head revision of every feature branch, sorted."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(features))
    return tuple(sorted(script.get_heads()))


def _bridge_legacy(conn: Connection, current: tuple[str, ...],
                   features: FeatureSet) -> None:
    """Bring a release-0.1 database to the end of its chain, then stamp it at the feature
    branches' first revisions (the same tables)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(LEGACY))
    cfg.attributes["connection"] = conn
    if current != (LEGACY_REVISIONS[-1],):
        command.upgrade(cfg, LEGACY_REVISIONS[-1])
    known = {f"{f.name}_0001" for f in features}
    conn.execute(text("DELETE FROM alembic_version"))
    for revision in LEGACY_EQUIVALENT:
        if revision in known:
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                         {"v": revision})


def ensure_schema(engine: Engine, features: FeatureSet | None = None) -> str:
    """Bring the database schema to the head of every feature's migrations.

    Parameters
    ----------
    engine : Engine
        SQLite or PostgreSQL engine. On PostgreSQL the tables go into the first schema of
        the connection's ``search_path``.
    features : FeatureSet, optional
        Default: the installed features.

    Returns
    -------
    str
        The heads the database is now at (``"accounts_0002,datasets_0001,..."``).

    Notes
    -----
    Same migration scripts for both backends; SQLite alterations use Alembic's batch mode,
    with foreign keys off while the tables are rebuilt (then checked).
    A database of release 0.1 (one chain ``0001``-``0004``) is bridged first (see the
    module's notes).

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> engine = make_engine("sqlite://")
    >>> heads = ensure_schema(engine)
    >>> current_revision(engine) == heads
    True
    """
    from alembic import command

    features = _features(features)
    cfg = alembic_config(features)
    heads = schema_heads(features)
    current = current_heads(engine)
    if current == heads:
        return ",".join(heads)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # SQLite rebuilds a table to alter it (batch mode): with foreign keys on, dropping
            # the old parent table would cascade-delete its children's rows
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                if set(current) & set(LEGACY_REVISIONS):
                    _bridge_legacy(conn, current, features)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"foreign keys broken by a migration: {broken[:5]}")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    return ",".join(heads)


def scratch_schema(engine: Engine, features: FeatureSet | None = None) -> None:
    """Every feature's tables on a new, throwaway database (``sqlite://`` for a draft that
    is written out and not kept), created from the models at once instead of running the
    migrations one by one. The result is the migrated schema without ``alembic_version``
    (``tests/db/test_schema.py`` checks that the models and the migrations agree), so
    never use it on a database that is kept.

    Example
    -------
    >>> from rancang.core.db import make_engine
    >>> import sqlalchemy as sa
    >>> e = make_engine("sqlite://")
    >>> scratch_schema(e)
    >>> {"plan", "plan_section", "dataset"} <= set(sa.inspect(e).get_table_names())
    True
    """
    import importlib

    from rancang.core.db.base import Base

    for module in _features(features).model_modules():
        importlib.import_module(module)
    Base.metadata.create_all(engine)


def open_database(url: str | None = None) -> Engine:
    """The engine of ``url`` (default: ``RANCANG_DATABASE_URL``, see
    :mod:`rancang.core.settings`), its schema brought to the installed features' heads: what
    every command that reads or writes the stored data opens first.

    >>> engine = open_database("sqlite://")
    >>> current_revision(engine) == ",".join(schema_heads(None))
    True
    """
    from rancang.core.db.engine import make_engine
    from rancang.core.settings import get_settings

    engine = make_engine(url or get_settings().database_url)
    ensure_schema(engine)
    return engine
