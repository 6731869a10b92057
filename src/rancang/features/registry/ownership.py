"""Who may write a stored firm through an import: matching stays inside the importer's
region, and no import moves a firm to another regency.

An imported row is the same firm as a stored one when its NIB matches, or else its
matching key (:func:`~rancang.features.registry.normalize.match_key`); merged records
resolve to their survivor (the rule of :mod:`rancang.features.registry.upsert`). Before
anything is written, every matched firm must lie where the importer may import, and the
row must not carry it into another regency: a firm changes region only through a
reviewed transfer both regions see (:mod:`rancang.features.registry.transfers`).
Otherwise a one-row file with another region's NIB would move that firm, and its owner's
data, into the importer's region.
"""

from __future__ import annotations

import polars as pl
from sqlalchemy import Connection, select

from rancang.core.actors import Scope
from rancang.core.errors import Problem
from rancang.core.i18n import Msg
from rancang.features.registry.models import Enterprise


def stored_identities(conn: Connection) -> pl.DataFrame:
    """Every stored firm's id, NIB, matching key, surviving id and regency code."""
    e = Enterprise.__table__
    rows = conn.execute(select(e.c.id, e.c.nib, e.c.match_key, e.c.merged_into_id,
                               e.c.regency_code)).all()
    schema = {"id": pl.Int64, "nib": pl.String, "match_key": pl.String,
              "merged_into_id": pl.Int64, "regency_code": pl.String}
    frame = pl.DataFrame([tuple(r) for r in rows], schema=schema, orient="row")
    return frame.with_columns(pl.coalesce("merged_into_id", "id").alias("_target"))


def matched_firms(frame: pl.DataFrame, stored: pl.DataFrame) -> pl.DataFrame:
    """For each row of an import frame: the stored firm it updates (``_target``, null for
    a new firm) and that firm's regency (``_stored_regency``).

    Example
    -------
    >>> stored = pl.DataFrame({"id": [1, 2], "nib": ["9120001234567", None],
    ...                        "match_key": ["a|b|72.03.01.2001", "c|d|72.06.05.1014"],
    ...                        "merged_into_id": [None, None],
    ...                        "regency_code": ["72.03", "72.06"]},
    ...                       schema_overrides={"merged_into_id": pl.Int64})
    >>> stored = stored.with_columns(pl.coalesce("merged_into_id", "id").alias("_target"))
    >>> rows = pl.DataFrame({"nib": ["9120001234567", None, None],
    ...                      "match_key": ["x|y|72.06.05.1014", "c|d|72.06.05.1014", "n|n|"]})
    >>> matched_firms(rows, stored)["_target"].to_list()
    [1, 2, None]
    """
    survivors = stored.select("id", pl.col("regency_code").alias("_stored_regency"))
    by_nib = (stored.filter(pl.col("nib").is_not_null()).group_by("nib")
              .agg(pl.col("_target").min().alias("_t1")))
    by_key = stored.group_by("match_key").agg(pl.col("_target").min().alias("_t2"))
    cols = frame.columns
    out = frame
    if "nib" not in cols:
        out = out.with_columns(pl.lit(None, pl.String).alias("nib"))
    out = (out.join(by_nib, on="nib", how="left", maintain_order="left")
           .join(by_key, on="match_key", how="left", maintain_order="left")
           .with_columns(pl.coalesce("_t1", "_t2").alias("_target"))
           .drop("_t1", "_t2")
           .join(survivors, left_on="_target", right_on="id", how="left",
                 maintain_order="left"))
    if "nib" not in cols:
        out = out.drop("nib")
    return out


def _in_scope(col: pl.Expr, scope: Scope) -> pl.Expr:
    """Polars condition: the region in ``col`` lies in ``scope`` (as ``Scope.contains``).

    >>> f = pl.DataFrame({"r": ["72.06", "72.06.05", "72.03", None]})
    >>> f.select(_in_scope(pl.col("r"), Scope(regions=("72.06",))).alias("in"))["in"].to_list()
    [True, True, False, False]
    """
    if scope.everywhere:
        return pl.lit(True)
    cond = pl.lit(False)
    for r in scope.regions:
        cond = cond | (col == r) | col.str.starts_with(r + ".")
    return cond.fill_null(False)


def ownership_problems(conn: Connection, frame: pl.DataFrame, scope: Scope,
                       headers: dict[tuple[str | None, str | None], dict[str, str]]
                       ) -> list[Problem]:
    """Rows that would write a firm stored outside ``scope`` or move a stored firm to
    another regency, each located at its file, sheet, row and column.

    Parameters
    ----------
    conn : Connection
    frame : polars.DataFrame
        A prepared import frame (:func:`rancang.features.registry.importer.prepare`).
    scope : Scope
        Where the importer may import register data.
    headers : dict
        (file, sheet) -> field -> the user's column header.
    """
    if frame.height == 0:
        return []
    matched = matched_firms(frame, stored_identities(conn)).filter(
        pl.col("_target").is_not_null())
    problems: list[Problem] = []
    incoming = "regency_code" in matched.columns
    stored_in = _in_scope(pl.col("_stored_regency"), scope)
    moves = ((pl.col("regency_code").is_not_null() & pl.col("_stored_regency").is_not_null()
              & (pl.col("regency_code") != pl.col("_stored_regency"))) if incoming
             else pl.lit(False))
    matched = matched.filter(~stored_in | moves)  # only the rows with a problem
    for r in matched.iter_rows(named=True):
        own = headers.get((r["_file"], r["_sheet"]), {})
        stored = r["_stored_regency"]
        if not scope.contains(stored):
            column = own.get("nib") if r.get("nib") else own.get("name")
            problems.append(Problem(Msg("registry.match_elsewhere", nib=r.get("nib") or "-"),
                                    file=r["_file"], sheet=r["_sheet"], row=r["_row"],
                                    column=column))
        elif incoming and r["regency_code"] and stored and r["regency_code"] != stored:
            column = next((own[f] for f in ("village_code", "district_code", "regency_code")
                           if f in own), None)
            problems.append(Problem(Msg("registry.moves_region", id=r["_target"],
                                        stored=stored, given=r["regency_code"]),
                                    file=r["_file"], sheet=r["_sheet"], row=r["_row"],
                                    column=column))
    return problems
