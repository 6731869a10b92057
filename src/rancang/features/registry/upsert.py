"""Write a validated import frame to the database (one transaction, bulk Core statements)."""

from __future__ import annotations

import json
from typing import Any

import polars as pl
from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from rancang.core.errors import InputError, Problem
from rancang.features.registry.audit import log_many
from rancang.features.registry.importer import (
    ENTERPRISE_FIELDS,
    LIST_FIELDS,
    MAX_CHANGES,
    PERIOD_FIELDS,
    ImportReport,
)
from rancang.features.registry.models import (
    Enterprise,
    EnterprisePeriod,
    RawMaterial,
    Sentra,
    utcnow,
)
from rancang.features.registry.normalize import match_key

CHUNK = 20_000
IMPORTED = {"impor", "import", "imported", "luar negeri", "ln", "impor/luar negeri"}
DOMESTIC = {"lokal", "local", "dalam negeri", "dn", "domestik", "domestic", "lokal/dalam negeri"}
RAW_COLS = ("rm_name", "rm_quantity", "rm_value", "rm_imported")


def _rows(frame: pl.DataFrame) -> list[dict[str, Any]]:
    rows = frame.to_dicts()
    lists = [c for c in LIST_FIELDS if c in frame.columns]
    if lists:
        for r in rows:
            for c in lists:
                v = r[c]
                r[c] = [x for x in v.split(";") if x] or None if v else None
    return rows


def _insert(conn: Connection, table: Any, frame: pl.DataFrame) -> list[int]:
    """Bulk insert with ids assigned here (no RETURNING round trips); returns the ids.

    ``frame`` columns are table columns; list fields come as ``;``-joined text. Runs inside
    the import transaction; on PostgreSQL the id sequence is moved past the new ids
    afterwards. A concurrent writer taking the same ids makes the whole import fail and
    roll back, never half-write.
    """
    if frame.height == 0:
        return []
    start = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
    if table.name == "enterprise":  # a deleted firm keeps its id for a restore
        from rancang.features.registry.deletion import highest_deleted_id

        start = max(start, highest_deleted_id(conn))
    ids = list(range(start + 1, start + 1 + frame.height))
    frame = frame.with_columns(pl.Series("id", ids, dtype=pl.Int64))
    if conn.dialect.name == "sqlite":
        _sqlite_executemany(conn, table, frame)
    else:
        rows = _rows(frame)
        stmt = insert(table)
        for k in range(0, len(rows), CHUNK):
            conn.execute(stmt, rows[k : k + CHUNK])
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), {ids[-1]})"
        )
    return ids


def _sqlite_executemany(conn: Connection, table: Any, frame: pl.DataFrame) -> None:
    """SQLite fast path: rows straight from polars into DB-API ``executemany``.

    Values are converted the way SQLAlchemy stores them on SQLite (DateTime as
    ``YYYY-MM-DD HH:MM:SS.ffffff`` text, JSON as text, NULL for None), skipping its
    per-row bind processing, which dominates the time of million-row imports.
    """
    for col in table.c:
        if col.name not in frame.columns and col.default is not None:
            d = col.default
            value = d.arg if d.is_scalar else d.arg(None)
            frame = frame.with_columns(pl.lit(value).alias(col.name))
    exprs = []
    for c in frame.columns:
        kind = type(table.c[c].type).__name__
        if kind == "DateTime":
            exprs.append(pl.col(c).dt.strftime("%Y-%m-%d %H:%M:%S%.6f"))
        elif kind == "JSON" and c in LIST_FIELDS:
            enc = {
                v: json.dumps([x for x in v.split(";") if x])
                for v in frame[c].unique().to_list()
                if v
            }
            exprs.append(pl.col(c).replace_strict(enc, default=None, return_dtype=pl.String))
        elif kind == "JSON":
            raise TypeError(f"JSON column {c} not supported by the bulk path")
        else:
            exprs.append(pl.col(c))
    frame = frame.select(exprs)
    sql = (
        f"INSERT INTO {table.name} ({', '.join(frame.columns)}) "
        f"VALUES ({', '.join('?' * frame.width)})"
    )
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for k in range(0, frame.height, CHUNK):
            cursor.executemany(sql, frame.slice(k, CHUNK).rows())
    finally:
        cursor.close()


def _ranges(ids: list[int]) -> list[list[int]]:
    """Consecutive ids as ``[first, last]`` ranges (compact audit of bulk creations)."""
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _update(conn: Connection, table: Any, cols: list[str], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    stmt = (
        update(table).where(table.c.id == bindparam("b_id")).values({c: bindparam(c) for c in cols})
    )
    for i in range(0, len(rows), CHUNK):
        conn.execute(stmt, rows[i : i + CHUNK])


def _load(conn: Connection, q: Any, schema: dict[str, Any]) -> pl.DataFrame:
    data: list[tuple[Any, ...]] = [tuple(r) for r in conn.execute(q).all()]
    cols = list(schema)
    lists = [i for i, c in enumerate(cols) if schema[c] == "list"]
    if lists:
        data = [
            tuple(
                (";".join(v) or None) if i in lists and v is not None else v
                for i, v in enumerate(r)
            )
            for r in data
        ]
    frame = (
        pl.DataFrame(
            {c: [r[i] for r in data] for i, c in enumerate(cols)},
            schema={c: (pl.String if schema[c] == "list" else schema[c]) for c in cols},
            strict=False,
        )
        if data
        else pl.DataFrame(
            schema={c: (pl.String if schema[c] == "list" else schema[c]) for c in cols}
        )
    )
    return frame


def _note(report: ImportReport, record: int, name: str | None, period: str | None,
          before: dict[str, Any], after: dict[str, Any]) -> None:
    """List each changed value of one record in the report (before -> after)."""
    for f in before:
        report.n_changes += 1
        if len(report.changes) < MAX_CHANGES:
            report.changes.append({"id": record, "name": name, "period": period, "field": f,
                                   "before": before[f], "after": after[f]})


def _changed(frame: pl.DataFrame, cols: list[str]) -> pl.Expr:
    if not cols:
        return pl.lit(False)
    return pl.any_horizontal([pl.col(c).ne_missing(pl.col(f"{c}_old")) for c in cols])


def _sentra_ids(conn: Connection, frame: pl.DataFrame, actor: str, batch: str) -> pl.DataFrame:
    t = Sentra.__table__
    names = [n for n in frame["sentra"].drop_nulls().unique().to_list()]
    known = {r.name.lower(): r.id for r in conn.execute(select(t.c.id, t.c.name))}
    new = sorted({n for n in names if n.lower() not in known}, key=str.lower)
    if new:
        ids = _insert(conn, t, pl.DataFrame({"name": new}, schema={"name": pl.String}))
        known.update({n.lower(): i for n, i in zip(new, ids, strict=True)})
        log_many(
            conn,
            [
                {"action": "create", "entity": "sentra", "entity_id": i, "after": {"name": n}}
                for n, i in zip(new, ids, strict=True)
            ],
            actor=actor,
            batch=batch,
        )
    return frame.with_columns(
        pl.col("sentra")
        .str.to_lowercase()
        .replace_strict(known, default=None, return_dtype=pl.Int64)
        .alias("sentra_id")
    ).drop("sentra")


def upsert(
    conn: Connection,
    frame: pl.DataFrame,
    report: ImportReport,
    *,
    actor: str,
    source: str,
    synthetic: bool = False,
) -> None:
    """Match, compare and write; fill ``report``. Runs inside the caller's transaction."""
    batch = report.batch
    if "sentra" in frame.columns:
        frame = _sentra_ids(conn, frame, actor, batch or "")
    ecols = [c for c in (*ENTERPRISE_FIELDS, "sentra_id") if c in frame.columns]
    pcols = [c for c in PERIOD_FIELDS if c in frame.columns]
    has_raw = "raw_material" in frame.columns
    if has_raw:
        origin = (
            pl.col("raw_material_origin").str.to_lowercase().str.strip_chars()
            if "raw_material_origin" in frame.columns
            else pl.lit(None, pl.String)
        )
        frame = frame.with_columns(
            pl.col("raw_material").alias("rm_name"),
            (
                pl.col("raw_material_quantity")
                if "raw_material_quantity" in frame.columns
                else pl.lit(None, pl.Float64)
            ).alias("rm_quantity"),
            (
                pl.col("raw_material_value")
                if "raw_material_value" in frame.columns
                else pl.lit(None, pl.Float64)
            ).alias("rm_value"),
            pl.when(origin.is_in(list(IMPORTED)))
            .then(True)
            .when(origin.is_in(list(DOMESTIC)))
            .then(False)
            .otherwise(None)
            .alias("rm_imported"),
        )
    et = Enterprise.__table__
    # ---- existing firms: nib / key -> surviving id
    ex = _load(
        conn,
        select(et.c.id, et.c.nib, et.c.match_key, et.c.merged_into_id),
        {"id": pl.Int64, "nib": pl.String, "match_key": pl.String, "merged_into_id": pl.Int64},
    )
    ex = ex.with_columns(pl.coalesce("merged_into_id", "id").alias("_target"))
    by_nib = (
        ex.filter(pl.col("nib").is_not_null())
        .group_by("nib")
        .agg(pl.col("_target").min().alias("_t1"))
    )
    by_key = ex.group_by("match_key").agg(pl.col("_target").min().alias("_t2"))
    ent = frame.sort("period").group_by("_ident", maintain_order=True).last()
    if "nib" not in ent.columns:
        ent = ent.with_columns(pl.lit(None, pl.String).alias("nib"))
    ent = (
        ent.join(by_nib, on="nib", how="left")
        .join(by_key, on="match_key", how="left")
        .with_columns(pl.coalesce("_t1", "_t2").alias("_target"))
        .drop("_t1", "_t2")
    )
    # rows of different identities may resolve to one stored firm (e.g. after a merge);
    # that is fine unless they report the same period for it
    rows_t = frame.select("_ident", "_row", "_file", "_sheet", "period").join(
        ent.select("_ident", "_target"), on="_ident"
    )
    clash = rows_t.filter(
        pl.col("_target").is_not_null() & (pl.len().over("_target", "period") > 1)
    )
    if clash.height:
        raise InputError(
            [
                Problem(
                    f"baris ini cocok dengan data yang sama (id {r[1]}) seperti "
                    "baris lain dalam berkas",
                    file=r[2],
                    sheet=r[3],
                    row=r[0],
                )
                for r in clash.select("_row", "_target", "_file", "_sheet").head(200).iter_rows()
            ]
        )
    new = ent.filter(pl.col("_target").is_null())
    matched = ent.filter(pl.col("_target").is_not_null())
    old = matched.sort("period").unique("_target", keep="last", maintain_order=True)
    # ---- new firms
    now = utcnow()
    ins = new.select(*ecols, "match_key").with_columns(
        (
            pl.coalesce(new["source"], pl.lit(source))
            if "source" in new.columns
            else pl.lit(source)
        ).alias("source"),
        pl.lit(synthetic).alias("synthetic"),
        pl.lit(now).alias("created_at"),
        pl.lit(now).alias("updated_at"),
    )
    if "status" in ins.columns:
        ins = ins.with_columns(pl.col("status").fill_null("draft"))
    new_ids = _insert(conn, et, ins)
    if new_ids:
        log_many(
            conn,
            [
                {
                    "action": "import_create",
                    "entity": "enterprise",
                    "after": {"ids": _ranges(new_ids), "count": len(new_ids), "source": source},
                }
            ],
            actor=actor,
            batch=batch,
        )
    report.added = len(new_ids)
    ident_ids = pl.concat(
        [
            pl.DataFrame({"_ident": new["_ident"], "_eid": pl.Series(new_ids, dtype=pl.Int64)}),
            matched.select("_ident", pl.col("_target").alias("_eid")),
        ]
    )
    # ---- changed firms
    changed_ids: set[int] = set()
    if old.height:
        cur = _load(
            conn,
            select(et.c.id, *[et.c[c] for c in ecols]),
            {"id": pl.Int64, **{c: ("list" if c in LIST_FIELDS else ent.schema[c]) for c in ecols}},
        )
        cmp = old.join(
            cur.rename({c: f"{c}_old" for c in ecols}), left_on="_target", right_on="id", how="left"
        )
        # a blank cell never erases a stored value
        cmp = cmp.with_columns(pl.coalesce(c, f"{c}_old").alias(c) for c in ecols)
        diff = cmp.filter(_changed(cmp, ecols))
        if diff.height:
            keys = [match_key(n, a, v) for n, a, v in diff.select(
                "name",
                "address" if "address" in diff.columns else pl.lit(None, pl.String),
                "village_code" if "village_code" in diff.columns else pl.lit(None, pl.String),
            ).iter_rows()]
            diff = diff.with_columns(pl.Series("match_key", keys, dtype=pl.String))
        upd, audit = [], []
        for r in diff.iter_rows(named=True):
            before = {c: r[f"{c}_old"] for c in ecols if r[c] != r[f"{c}_old"]}
            after = {c: r[c] for c in before}
            _note(report, r["_target"], r.get("name"), None, before, after)
            audit.append(
                {
                    "action": "update",
                    "entity": "enterprise",
                    "entity_id": r["_target"],
                    "before": before,
                    "after": after,
                }
            )
        if diff.height:
            upd = _rows(
                diff.select(*ecols, "match_key", pl.col("_target").alias("b_id")).with_columns(
                    pl.lit(now).alias("updated_at")
                )
            )
            _update(conn, et, [*ecols, "match_key", "updated_at"], upd)
            log_many(conn, audit, actor=actor, batch=batch)
            changed_ids.update(diff["_target"].to_list())
    # ---- periods
    pt = EnterprisePeriod.__table__
    rcols = list(RAW_COLS) if has_raw else []
    inc = frame.join(ident_ids, on="_ident", how="left")
    if old.height:
        expt = _load(
            conn,
            select(pt.c.id, pt.c.enterprise_id, pt.c.period, *[pt.c[c] for c in pcols]),
            {
                "_pid": pl.Int64,
                "_eid": pl.Int64,
                "period": pl.String,
                **{f"{c}_old": ("list" if c in LIST_FIELDS else inc.schema[c]) for c in pcols},
            },
        )
        if has_raw:
            rt = RawMaterial.__table__
            rm = (
                _load(
                    conn,
                    select(
                        rt.c.enterprise_period_id,
                        rt.c.name,
                        rt.c.quantity,
                        rt.c.value,
                        rt.c.imported,
                    ).order_by(rt.c.id),
                    {
                        "_pid": pl.Int64,
                        "rm_name_old": pl.String,
                        "rm_quantity_old": pl.Float64,
                        "rm_value_old": pl.Float64,
                        "rm_imported_old": pl.Boolean,
                    },
                )
                .group_by("_pid")
                .first()
            )
            expt = expt.join(rm, on="_pid", how="left")
        inc = inc.join(expt, on=["_eid", "period"], how="left")
    else:
        inc = inc.with_columns(pl.lit(None, pl.Int64).alias("_pid"))
    p_new = inc.filter(pl.col("_pid").is_null())
    p_old = inc.filter(pl.col("_pid").is_not_null())
    if p_old.height:  # a blank cell never erases a stored value
        p_old = p_old.with_columns(
            pl.coalesce(c, f"{c}_old").alias(c) for c in pcols + rcols
        )
    p_diff = p_old.filter(_changed(p_old, pcols + rcols)) if p_old.height else p_old
    pids = _insert(
        conn, pt, p_new.select(pl.col("_eid").alias("enterprise_id"), "period", "year", *pcols)
    )
    if pids:
        log_many(
            conn,
            [
                {
                    "action": "import_create",
                    "entity": "enterprise_period",
                    "after": {"ids": _ranges(pids), "count": len(pids), "source": source},
                }
            ],
            actor=actor,
            batch=batch,
        )
    if p_diff.height:
        _update(conn, pt, pcols, _rows(p_diff.select(*pcols, pl.col("_pid").alias("b_id"))))
        audit = []
        for r in p_diff.iter_rows(named=True):
            before = {c: r[f"{c}_old"] for c in pcols + rcols if r[c] != r[f"{c}_old"]}
            _note(report, r["_eid"], r.get("name"), r["period"], before,
                  {c: r[c] for c in before})
            audit.append(
                {
                    "action": "update",
                    "entity": "enterprise_period",
                    "entity_id": r["_pid"],
                    "before": before,
                    "after": {c: r[c] for c in before},
                }
            )
        log_many(conn, audit, actor=actor, batch=batch)
    if has_raw:
        rt = RawMaterial.__table__
        redo = p_diff["_pid"].to_list() if p_diff.height else []
        for i in range(0, len(redo), CHUNK):
            conn.execute(delete(rt).where(rt.c.enterprise_period_id.in_(redo[i : i + CHUNK])))
        raw_src = pl.concat(
            [
                p_new.select(pl.Series("_p", pids, dtype=pl.Int64), *rcols),
                p_diff.select(pl.col("_pid").alias("_p"), *rcols),
            ]
        ).filter(pl.col("rm_name").is_not_null())
        _insert(
            conn,
            rt,
            raw_src.select(
                pl.col("_p").alias("enterprise_period_id"),
                pl.col("rm_name").alias("name"),
                pl.col("rm_quantity").alias("quantity"),
                pl.col("rm_value").alias("value"),
                pl.col("rm_imported").alias("imported"),
            ),
        )
    touched = set(p_new["_eid"].to_list()) | set(p_diff["_eid"].to_list()) | changed_ids
    old_ids = set(old["_target"].to_list())
    # a firm whose periods changed was changed: it leaves the published aggregates until
    # published again (rancang.features.registry.publish)
    _update(conn, et, ["updated_at"], [{"b_id": i, "updated_at": now}
                                       for i in sorted((old_ids & touched) - changed_ids)])
    report.periods_added = len(pids)
    report.periods_changed = p_diff.height
    report.changed = len(old_ids & touched)
    report.unchanged = len(old_ids - touched)
