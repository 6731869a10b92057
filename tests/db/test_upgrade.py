"""A database created by release 0.1 (one migration chain, ``0001``-``0004``) upgrades to the
feature branches without losing a row, on SQLite and PostgreSQL.

Every table of the old schema gets rows (values made from each column's type, foreign keys
pointing at the parents' rows); after :func:`ensure_schema` every row is still there with
the same values, the old one-role-per-account columns have become role grants, and the
schema is exactly what the models describe (and what a new database gets).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from rancang.core.db import Base, ensure_schema, make_engine
from rancang.core.db.migrate import LEGACY, LEGACY_REVISIONS, current_heads, schema_heads
from rancang.core.features import installed

ROLES = {1: ("admin", None), 2: ("analyst", "72.06")}


def _legacy(engine: sa.Engine) -> None:
    """The schema release 0.1 created: its own chain, run to its end."""
    cfg = Config()
    cfg.set_main_option("script_location", str(LEGACY))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, LEGACY_REVISIONS[-1])


def _value(col: sa.Column[Any], k: int) -> Any:
    t = col.type
    if isinstance(t, sa.Boolean):
        return k % 2 == 1
    if isinstance(t, sa.Integer):
        return k
    if isinstance(t, sa.Float):
        return k + 0.5
    if isinstance(t, sa.DateTime):
        return dt.datetime(2026, 1, k, 8, 30)
    if isinstance(t, sa.Date):
        return dt.date(2026, 1, k)
    if isinstance(t, sa.JSON):
        return {"k": k} if col.name in ("before", "after", "summary", "records") else [k]
    if isinstance(t, sa.String | sa.Text):
        n = getattr(t, "length", None) or 40
        return f"{col.name[:6]}{k}"[:n]
    raise AssertionError(f"no sample value for {col.table.name}.{col.name} ({t})")


def _fill(engine: sa.Engine) -> dict[str, list[dict[str, Any]]]:
    meta = sa.MetaData()
    meta.reflect(engine)
    rows: dict[str, list[dict[str, Any]]] = {}
    with engine.begin() as conn:
        for table in meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            out = []
            for k in (1, 2):
                row = {c.name: _value(c, k) for c in table.columns}
                if table.name == "app_user":
                    row["role"], row["region_code"] = ROLES[k]
                    row["username"] = f"user{k}"
                for fk in table.foreign_keys:
                    row[fk.parent.name] = k
                if table.name == "web_session":
                    row["token_hash"] = f"tok{k}"
                conn.execute(table.insert().values(**row))
                out.append(row)
            rows[table.name] = out
    return rows


def _check(engine: sa.Engine) -> None:
    _legacy(engine)
    before = _fill(engine)
    assert set(before) >= {"app_user", "dataset", "enterprise", "dedup_cluster"}
    heads = ensure_schema(engine)
    assert current_heads(engine) == schema_heads() and heads == ",".join(schema_heads())
    meta = sa.MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        for name, rows in before.items():
            table = meta.tables[name]
            got = [dict(r) for r in conn.execute(table.select().order_by(
                *table.primary_key.columns)).mappings()]
            assert len(got) == len(rows), name
            for old, new in zip(rows, got, strict=True):
                for col, value in old.items():
                    if col in table.columns:
                        assert new[col] == value, (name, col, new[col], value)
        grants = conn.execute(sa.text(
            "select user_id, role, region_code from role_grant order by user_id")).all()
    assert [(u, r, g) for u, r, g in grants] == [(k, *ROLES[k]) for k in (1, 2)]
    assert "role" not in meta.tables["app_user"].columns
    # the upgraded schema is exactly what the models describe
    import importlib

    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    for module in installed().model_modules():
        importlib.import_module(module)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    # a second call changes nothing
    assert ensure_schema(engine) == heads


def test_release_01_sqlite_database_upgrades_without_loss(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    try:
        _check(engine)
    finally:
        engine.dispose()


def test_database_stopped_midway_through_the_old_chain(tmp_path: Path) -> None:
    """A database left at ``0002_web`` by an older install is finished, then bridged."""
    engine = make_engine(f"sqlite:///{tmp_path / 'older.sqlite'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(LEGACY))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002_web")
    ensure_schema(engine)
    assert current_heads(engine) == schema_heads()
    assert "published" in {c["name"] for c in sa.inspect(engine).get_columns("dataset")}
    engine.dispose()


@pytest.mark.postgres
def test_release_01_postgresql_database_upgrades_without_loss(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        _check(engine)
    finally:
        engine.dispose()
