"""The throwaway schema of ``plan draft`` without ``--save`` (tables from the models) is
the migrated schema: the same tables, columns, types, nullability and indexes."""

from __future__ import annotations

import sqlalchemy as sa

from rancang.core.db import ensure_schema, make_engine
from rancang.core.db.migrate import scratch_schema


def _shape(engine: sa.Engine) -> dict[str, object]:
    insp = sa.inspect(engine)
    out: dict[str, object] = {}
    for table in sorted(set(insp.get_table_names()) - {"alembic_version"}):
        cols = sorted((c["name"], str(c["type"]), bool(c["nullable"]))
                      for c in insp.get_columns(table))
        idx = sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                     for i in insp.get_indexes(table))
        out[table] = (cols, idx)
    return out


def test_scratch_schema_equals_the_migrations() -> None:
    migrated, scratch = make_engine("sqlite://"), make_engine("sqlite://")
    ensure_schema(migrated)
    scratch_schema(scratch)
    a, b = _shape(migrated), _shape(scratch)
    assert set(a) == set(b)
    for table in a:
        assert a[table] == b[table], table
