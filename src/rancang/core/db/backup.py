"""Backup and restore of a whole Rancang database, portable between SQLite and PostgreSQL.

A backup is one ZIP file:

- ``manifest.json``: the format, Rancang's version, the migration heads the database was
  at, the time, and for every table its columns, its row count and the SHA-256 of its data;
- ``tables/<name>.jsonl``: the table's rows in primary-key order, one JSON object per line
  (dates and times as ISO 8601, binary data as Base64, decimals as text).

:func:`restore` reads such a file into an *empty* database (a fresh SQLite file or a new
PostgreSQL schema): it checks every table's checksum first, creates the schema at the
backup's migration heads, inserts the rows in foreign-key order (self-references set in a
second pass), sets PostgreSQL's sequences past the restored ids, and finally upgrades to
the installed release's heads, so a backup of an earlier release restores too. Everything
happens in one transaction: a refused or failed restore leaves the database as it was.
Because rows travel as data, not as SQL, a backup of the embedded SQLite database restores
into PostgreSQL (moving an office's installation to a server) and back.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    func,
    inspect,
    select,
    text,
    types,
    update,
)

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg

FORMAT = "rancang-backup/1"
MANIFEST = "manifest.json"
VERSION_TABLE = "alembic_version"
BATCH = 2000


def encode(value: Any) -> Any:
    """A column value as JSON can carry it.

    >>> encode(dt.datetime(2026, 12, 4, 8, 30)), encode(b"\\x00\\x01"), encode(Decimal("1.50"))
    ('2026-12-04T08:30:00', 'AAE=', '1.50')
    """
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    return value


def decode(value: Any, column_type: types.TypeEngine[Any]) -> Any:
    """A JSON value back to what the target column takes (by the column's type).

    >>> decode("2026-12-04T08:30:00", types.DateTime())
    datetime.datetime(2026, 12, 4, 8, 30)
    >>> decode("AAE=", types.LargeBinary()), decode(1, types.Boolean())
    (b'\\x00\\x01', True)
    """
    if value is None:
        return None
    if isinstance(column_type, types.DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, types.Date):
        return dt.date.fromisoformat(value)
    if isinstance(column_type, types.Time):
        return dt.time.fromisoformat(value)
    if isinstance(column_type, types.LargeBinary):
        return base64.b64decode(value)
    if isinstance(column_type, types.Boolean):
        return bool(value)
    if isinstance(column_type, types.Numeric) and isinstance(value, str):
        return Decimal(value) if column_type.asdecimal else float(value)
    return value


def _tables(conn: Connection) -> list[Table]:
    """The database's tables (reflected) in foreign-key order, the version table left out."""
    meta = MetaData()
    meta.reflect(bind=conn)
    return [t for t in meta.sorted_tables if t.name != VERSION_TABLE]


def _heads(conn: Connection) -> list[str]:
    if not inspect(conn).has_table(VERSION_TABLE):
        return []
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
    return sorted(str(r) for r in rows)


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*order))
    for row in result.mappings():
        yield {k: encode(v) for k, v in row.items()}


def backup(engine: Engine, out: Path) -> dict[str, Any]:
    """Write the whole database to the ZIP file ``out``; returns the manifest.

    Example
    -------
    >>> import tempfile
    >>> from rancang.core.db import make_engine
    >>> from rancang.core.db.migrate import ensure_schema
    >>> engine = make_engine("sqlite://")
    >>> _ = ensure_schema(engine)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     manifest = backup(engine, Path(tmp) / "b.zip")
    >>> manifest["format"], all(t["rows"] == 0 for t in manifest["tables"].values())
    ('rancang-backup/1', True)
    """
    from rancang import __version__

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    manifest: dict[str, Any] = {"format": FORMAT, "rancang": __version__,
                                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                                "dialect": engine.dialect.name, "tables": {}}
    with engine.connect() as conn, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        manifest["heads"] = _heads(conn)
        for table in _tables(conn):
            digest = hashlib.sha256()
            count = 0
            with zf.open(f"tables/{table.name}.jsonl", "w") as raw:
                for row in _rows(conn, table):
                    line = (json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode()
                    digest.update(line)
                    raw.write(line)
                    count += 1
            manifest["tables"][table.name] = {"rows": count, "sha256": digest.hexdigest(),
                                              "columns": [c.name for c in table.columns]}
        zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    tmp.replace(out)
    return manifest


def _refuse(path: Path, message: Msg, entry: str | None = None) -> InputError:
    return InputError(Problem(message, file=path.name, sheet=entry))


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a backup file, after checking that every table's data is whole."""
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile):
        raise _refuse(path, Msg("db.backup.not_zip")) from None
    with zf:
        try:
            manifest: dict[str, Any] = json.loads(zf.read(MANIFEST))
        except (KeyError, ValueError):
            raise _refuse(path, Msg("db.backup.no_manifest"), MANIFEST) from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, Msg("db.backup.format", format=FORMAT), MANIFEST)
        for name, info in manifest.get("tables", {}).items():
            entry = f"tables/{name}.jsonl"
            digest = hashlib.sha256()
            try:
                with zf.open(entry) as raw:
                    for chunk in iter(lambda: raw.read(1 << 20), b""):
                        digest.update(chunk)
            except (KeyError, zipfile.BadZipFile, OSError):
                raise _refuse(path, Msg("db.backup.missing", table=name), entry) from None
            if digest.hexdigest() != info.get("sha256"):
                raise _refuse(path, Msg("db.backup.damaged", table=name), entry)
    return manifest


def _lines(zf: zipfile.ZipFile, name: str) -> Iterator[dict[str, Any]]:
    with zf.open(f"tables/{name}.jsonl") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            if line.strip():
                yield json.loads(line)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]


def _restore_table(conn: Connection, zf: zipfile.ZipFile, table: Table,
                   columns: list[str]) -> int:
    known = {c.name: c.type for c in table.columns}
    later = _self_references(table)
    pk = [c.name for c in table.primary_key.columns]
    n = 0
    deferred: list[dict[str, Any]] = []
    for batch in _batches(_lines(zf, table.name), BATCH):
        rows = [{k: decode(v, known[k]) for k, v in row.items() if k in known}
                for row in batch]
        if later and pk:
            for row in rows:
                values = {c: row.get(c) for c in later}
                if any(v is not None for v in values.values()):
                    deferred.append({**{f"pk_{c}": row[c] for c in pk}, **values})
                    row.update(dict.fromkeys(later))
        conn.execute(table.insert(), rows)
        n += len(rows)
    for row in deferred:
        where = [table.c[c] == row[f"pk_{c}"] for c in pk]
        conn.execute(update(table).where(*where).values({c: row[c] for c in later}))
    return n


def _reset_sequences(conn: Connection, tables: Iterable[Table]) -> None:
    """PostgreSQL: every serial primary key's sequence continues after the restored ids."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, types.Integer):
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": f'"{table.name}"', "c": pk[0].name}).scalar()
        if seq:
            top = conn.execute(select(func.max(pk[0]))).scalar()
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": seq, "v": top or 1, "called": top is not None})


def restore(engine: Engine, path: Path) -> dict[str, int]:
    """Restore the backup ``path`` into the empty database of ``engine``.

    Returns the rows restored per table. Refuses (changing nothing) a file that is not a
    whole Rancang backup, a backup made by a release whose migrations are not installed
    here, and a database that already holds data.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    from rancang.core.db.migrate import alembic_config, ensure_schema

    manifest = read_manifest(path)
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    heads = [str(h) for h in manifest.get("heads", [])]
    for head in heads:
        try:
            script.get_revision(head)
        except Exception:  # alembic raises several kinds for an unknown revision
            raise _refuse(path, Msg("db.backup.newer", revision=head), MANIFEST) from None
    with engine.connect() as conn:
        busy = [t.name for t in _tables(conn)
                if conn.execute(select(func.count()).select_from(t)).scalar()]
        present = _heads(conn)
    if busy:
        raise InputError(Problem(Msg("db.restore.not_empty", tables=", ".join(busy[:5]))))
    if present and present != heads:
        raise InputError(Problem(Msg("db.restore.other_schema")))
    sqlite = engine.dialect.name == "sqlite"
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin(), zipfile.ZipFile(path) as zf:
                cfg.attributes["connection"] = conn
                for head in heads if not present else ():
                    command.upgrade(cfg, head)
                tables = {t.name: t for t in _tables(conn)}
                listed: Mapping[str, Any] = manifest["tables"]
                for name, table in tables.items():
                    if name in listed:
                        counts[name] = _restore_table(conn, zf, table, listed[name]["columns"])
                if not sqlite:
                    _reset_sequences(conn, tables.values())
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    ensure_schema(engine)
    return counts
