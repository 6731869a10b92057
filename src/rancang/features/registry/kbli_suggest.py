"""KBLI suggestions in the register import: offered for the rows that have no KBLI,
applied only where the user chose one.

The registry does not import the feature that codes KBLI: it asks every installed
feature's ``kbli_suggest`` hook (:class:`rancang.core.features.KbliSuggestHook`; the kbli
feature provides one). Without such a feature the import offers nothing and works as
before. A firm is *without KBLI* when no row of it in the files has a KBLI and no live
stored firm it matches (same NIB or matching key) has one: a blank cell never erases a
stored code, so such a firm is not offered anything.

A choice names a row (``row``, and ``file`` / ``sheet`` when the files have several) and
a KBLI 2020 manufacturing class; every row of that firm gets it, the import audits it
(``kbli_choice``, in the import's batch) and the rows without a choice are imported
without KBLI, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl
from sqlalchemy import Connection, and_, or_, select

from rancang.core.errors import Problem
from rancang.core.i18n import Msg

#: firms whose suggestions are listed (the web preview, the API); the others are counted
LISTED = 200
TOP = 3
#: the prefix of a web choice's key: ``kbli/{row}/{sheet}/{file}``
KEY_PREFIX = "kbli/"
CODE = re.compile(r"\d{5}")


def choice_key(file: str | None, sheet: str | None, row: int) -> str:
    """The key of a row's choice on the web preview (``choice.<key>`` form fields).

    >>> choice_key("a.xlsx", "IKM", 4), parse_key("kbli/4/IKM/a.xlsx")
    ('kbli/4/IKM/a.xlsx', {'row': 4, 'sheet': 'IKM', 'file': 'a.xlsx'})
    """
    return f"{KEY_PREFIX}{row}/{sheet or ''}/{file or ''}"


def parse_key(key: str) -> dict[str, Any] | None:
    """The row a choice key names (None when it is not a KBLI choice's key)."""
    if not key.startswith(KEY_PREFIX):
        return None
    row, _, rest = key[len(KEY_PREFIX):].partition("/")
    sheet, _, file = rest.partition("/")
    if not row.isdigit():
        return None
    return {"row": int(row), "sheet": sheet or None, "file": file or None}


def choices_from_form(choices: Mapping[str, str]) -> list[dict[str, Any]]:
    """The KBLI choices among a confirmed preview's ``choices`` (blank ones dropped)."""
    out = []
    for key, code in choices.items():
        where = parse_key(key)
        if where is not None and code and code.strip():
            out.append({**where, "kbli": code.strip()})
    return out


def hooks() -> list[Any]:
    """The installed features' ``kbli_suggest`` hooks (empty: nobody codes KBLI)."""
    from rancang.core.features import installed

    return installed().kbli_suggest()


def _firms(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per firm of the files that has no KBLI in any of its rows: its first row
    (``_ident``, ``_file``, ``_sheet``, ``_row``, name, product, nib, match_key)."""
    cols = frame.columns
    if not frame.height or "_ident" not in cols:
        return pl.DataFrame()
    has = (pl.col("kbli").is_not_null() & (pl.col("kbli") != "")) if "kbli" in cols \
        else pl.lit(False)
    keep = [c for c in ("_ident", "_file", "_sheet", "_row", "name", "product", "nib",
                        "match_key") if c in cols]
    out = (frame.with_columns(has.alias("_has"))
           .filter(~pl.col("_has").any().over("_ident"))
           .sort("_file", "_sheet", "_row", nulls_last=False)
           .unique("_ident", keep="first", maintain_order=True).select(keep))
    for c in ("product", "nib"):
        if c not in out.columns:
            out = out.with_columns(pl.lit(None, pl.String).alias(c))
    return out


def _stored_with_kbli(conn: Connection, firms: pl.DataFrame) -> set[str]:
    """``_ident`` of the firms that match a live stored firm with a KBLI code."""
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    nibs = [n for n in firms["nib"].to_list() if n]
    keys = [k for k in firms["match_key"].to_list() if k]
    found_nib: set[str] = set()
    found_key: set[str] = set()
    coded = and_(e.c.kbli.is_not(None), e.c.kbli != "")
    for values, col, into in ((nibs, e.c.nib, found_nib), (keys, e.c.match_key, found_key)):
        for k in range(0, len(values), 500):
            part = values[k:k + 500]
            into.update(r[0] for r in conn.execute(
                select(col).where(col.in_(part), coded)))
    out = set()
    for ident, nib, key in firms.select("_ident", "nib", "match_key").iter_rows():
        if (nib and nib in found_nib) or (key and key in found_key):
            out.add(ident)
    return out


def without_kbli(conn: Connection, frame: pl.DataFrame) -> pl.DataFrame:
    """The firms of the files without KBLI, neither in the files nor stored."""
    firms = _firms(frame)
    if not firms.height:
        return firms
    stored = _stored_with_kbli(conn, firms)
    return firms.filter(~pl.col("_ident").is_in(list(stored))) if stored else firms


def suggest(firms: pl.DataFrame, *, limit: int | None = LISTED, top: int = TOP,
            suggesters: Iterable[Any] | None = None) -> list[dict[str, Any]]:
    """The suggestions for the first ``limit`` firms (all when None): one
    ``{"key", "file", "sheet", "row", "name", "product", "suggestions"}`` dict each, the
    suggestions being KBLI 2020 manufacturing classes (``code``, ``title``, ``score``,
    ``matched``), best first; no suggestions when no feature suggests KBLI (the rows are
    still listed: the CLI's report is the list of firms to code)."""
    from rancang.reference.kbli import known_group

    found = list(hooks() if suggesters is None else suggesters)
    if not firms.height:
        return []
    head = firms if limit is None else firms.head(limit)
    products = [p or "" for p in head["product"].to_list()]
    unique = sorted(set(products))
    by_text: dict[str, list[dict[str, Any]]] = {t: [] for t in unique}
    for hook in found:
        for text, hits in zip(unique, hook(unique, top=top * 3), strict=True):
            for h in hits:
                code = str(h.get("code", ""))
                if CODE.fullmatch(code) and known_group(code) and all(
                        x["code"] != code for x in by_text[text]):
                    by_text[text].append(h)
    out = []
    for (file, sheet, row, name, _ident), product in zip(
            head.select("_file", "_sheet", "_row", "name", "_ident").iter_rows(), products,
            strict=True):
        out.append({"key": choice_key(file, sheet, row), "file": file, "sheet": sheet,
                    "row": row, "name": name, "product": product,
                    "suggestions": [{**h, "matched": " ".join(h.get("matched") or [])}
                                    for h in by_text[product][:top]]})
    return out


def apply_choices(frame: pl.DataFrame, firms: pl.DataFrame,
                  choices: Iterable[Mapping[str, Any]]
                  ) -> tuple[pl.DataFrame, dict[str, str], list[Problem]]:
    """Set the chosen KBLI on every row of the chosen firms.

    Returns the frame, the chosen code of each firm (``_ident`` -> code) and the problems
    of choices that cannot be applied (a row that is not in the files, names several
    rows, already has a KBLI, or a code that is not a KBLI 2020 manufacturing class).
    """
    from rancang.features.registry.messages import message
    from rancang.reference.kbli import known_group

    chosen: dict[str, str] = {}
    problems: list[Problem] = []
    free = set(firms["_ident"].to_list()) if firms.height else set()
    rows = frame.select("_ident", "_file", "_sheet", "_row") if frame.height else None
    for c in choices:
        code = str(c.get("kbli") or "").strip().replace(".", "")
        if not code:
            continue
        row, file, sheet = c.get("row"), c.get("file") or None, c.get("sheet") or None
        where: dict[str, Any] = {"file": file, "sheet": sheet,
                                 "row": row if isinstance(row, int) else None,
                                 "column": "kbli"}
        if not CODE.fullmatch(code) or not known_group(code):
            problems.append(Problem(message("kbli", value=code), **where))
            continue
        hits = [] if rows is None or not isinstance(row, int) else [
            r for r in rows.filter(pl.col("_row") == row).iter_rows()
            if (file is None or r[1] == file) and (sheet is None or r[2] == sheet)]
        idents = {r[0] for r in hits}
        if len(idents) != 1:
            key = "registry.kbli_choice_ambiguous" if idents else "registry.kbli_choice_no_row"
            problems.append(Problem(Msg(key, row=str(row)), **where))
            continue
        ident = idents.pop()
        if ident not in free:
            problems.append(Problem(Msg("registry.kbli_choice_has_kbli", row=str(row)),
                                    **where))
            continue
        chosen[ident] = code
    if chosen:
        current = pl.col("kbli") if "kbli" in frame.columns else pl.lit(None, pl.String)
        frame = frame.with_columns(
            pl.col("_ident").replace_strict(chosen, default=None, return_dtype=pl.String)
            .fill_null(current).alias("kbli"))
    return frame, chosen, problems


def audit_choices(conn: Connection, frame: pl.DataFrame, chosen: Mapping[str, str], *,
                  actor: str, batch: str | None) -> None:
    """One ``kbli_choice`` audit entry per firm that got a chosen KBLI (in the import's
    transaction and batch)."""
    from rancang.features.registry.audit import log_many
    from rancang.features.registry.models import Enterprise

    if not chosen:
        return
    e = Enterprise.__table__
    firms = frame.filter(pl.col("_ident").is_in(list(chosen))).unique("_ident")
    nib = pl.col("nib") if "nib" in firms.columns else pl.lit(None, pl.String)
    entries = []
    for ident, n, key in firms.select("_ident", nib.alias("nib"), "match_key").iter_rows():
        cond = or_(e.c.nib == n, e.c.match_key == key) if n else e.c.match_key == key
        rid = conn.execute(select(e.c.id).where(cond, e.c.merged_into_id.is_(None))
                           .order_by(e.c.id).limit(1)).scalar()
        if rid is not None:
            entries.append({"action": "kbli_choice", "entity": "enterprise",
                            "entity_id": rid, "after": {"kbli": chosen[ident]}})
    log_many(conn, entries, actor=actor, batch=batch)
