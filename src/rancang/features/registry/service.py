"""Register services shared by the CLI, the web pages and the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
from sqlalchemy import Engine, func, select

from rancang.core.cells import safe_frame, unique_labels
from rancang.core.db import open_database
from rancang.features.registry.confidentiality import suppress
from rancang.features.registry.demo import OFFICE_HEADERS
from rancang.features.registry.models import AuditLog, Enterprise, EnterprisePeriod, Sentra
from rancang.features.registry.panel import aggregate, load_register
from rancang.features.registry.schemas import CONFIDENTIAL_FIELDS, EnterprisePublic
from rancang.features.registry.size_class import bps_expr, permenperin_expr


def open_register(url: str | None = None) -> Engine:
    """Engine for the register database, with the schema migrated to the latest version.

    Parameters
    ----------
    url : str, optional
        SQLAlchemy URL; default ``get_settings().database_url`` (``RANCANG_DATABASE_URL``).

    Returns
    -------
    Engine

    Example
    -------
    >>> engine = open_register("sqlite://")
    >>> stats(engine)["enterprises"]
    0
    """
    return open_database(url)


def _latest_periods(engine: Engine) -> pl.DataFrame:
    frame = load_register(engine)
    return frame.sort("period").group_by("enterprise_id").last()


def stats(engine: Engine) -> dict[str, Any]:
    """Counts for a register overview: firms, periods, status, size classes, districts.

    Returns
    -------
    dict
        ``enterprises`` (active), ``merged``, ``periods``, ``sentra``, ``audit_entries``,
        ``synthetic``, ``by_status``, ``size_permenperin``, ``size_bps`` (latest period of
        each firm), ``by_division`` (KBLI 2 digits), ``by_district``.
    """
    e = Enterprise.__table__
    with engine.connect() as c:
        active = c.execute(select(func.count()).where(e.c.merged_into_id.is_(None))).scalar()
        merged = c.execute(select(func.count()).where(e.c.merged_into_id.is_not(None))).scalar()
        periods = c.execute(select(func.count()).select_from(EnterprisePeriod)).scalar()
        sentra = c.execute(select(func.count()).select_from(Sentra)).scalar()
        audit = c.execute(select(func.count()).select_from(AuditLog)).scalar()
        synthetic = c.execute(select(func.count()).where(e.c.synthetic.is_(True))).scalar()
        status: dict[str, int] = dict(
            c.execute(
                select(e.c.status, func.count())
                .where(e.c.merged_into_id.is_(None))
                .group_by(e.c.status)
            ).all()
        )
        district: dict[str | None, int] = dict(
            c.execute(
                select(e.c.district_code, func.count())
                .where(e.c.merged_into_id.is_(None))
                .group_by(e.c.district_code)
            ).all()
        )
    latest = _latest_periods(engine)

    def counts(expr: pl.Expr) -> dict[str, int]:
        if latest.height == 0:
            return {}
        s = latest.select(expr.alias("k"))["k"].fill_null("unknown").value_counts()
        return {str(k): int(v) for k, v in s.sort("k").iter_rows()}

    return {
        "enterprises": int(active or 0),
        "merged": int(merged or 0),
        "periods": int(periods or 0),
        "sentra": int(sentra or 0),
        "audit_entries": int(audit or 0),
        "synthetic": int(synthetic or 0),
        "by_status": {str(k): int(v) for k, v in status.items()},
        "size_permenperin": counts(permenperin_expr()),
        "size_bps": counts(bps_expr()),
        "by_division": counts(pl.col("kbli").str.slice(0, 2)),
        "by_district": {str(k): int(v) for k, v in district.items()},
    }


def register_frame(engine: Engine, *, public: bool = False) -> pl.DataFrame:
    """All active firms with their periods, one row per firm and period.

    With ``public=True`` only the :class:`EnterprisePublic` fields of the verified,
    published records are kept, one row per firm, and no reported value: single-firm data
    never leaves through a public export.
    """
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as c:
        if public:
            cols = [e.c[k] for k in EnterprisePublic.model_fields if k in e.c]
            from rancang.features.registry.publish import published_condition

            rows = c.execute(select(*cols).where(published_condition()).order_by(e.c.id)).all()
            names = [col.name for col in cols]
            assert not set(names) & set(CONFIDENTIAL_FIELDS)
        else:
            ecols = [col for col in e.c if col.name not in ("match_key",)]
            pcols = [col for col in p.c if col.name not in ("id", "enterprise_id")]
            rows = c.execute(
                select(*ecols, *pcols)
                .join(p, p.c.enterprise_id == e.c.id, isouter=True)
                .where(e.c.merged_into_id.is_(None))
                .order_by(e.c.id, p.c.period)
            ).all()
            names = [col.name for col in ecols] + [col.name for col in pcols]
    data = {n: [r[i] for r in rows] for i, n in enumerate(names)}
    for n, vals in data.items():
        if vals and any(isinstance(v, list) for v in vals):
            data[n] = [";".join(v) if v else None for v in vals]
    return pl.DataFrame(data, strict=False, infer_schema_length=None)


def write_table(frame: pl.DataFrame, out: str | Path, *, sheet: str = "Data",
                csv_locale: str = "en") -> Path:
    """Write CSV (English machine column names; ``csv_locale="id"``: ``;`` and a decimal
    comma for an Indonesian Excel) or XLSX (Indonesian headers) by suffix."""
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    # moments (created, updated) to the second: no fractions in a file people read
    frame = frame.with_columns(pl.col(pl.Datetime).dt.truncate("1s"))
    if path.suffix.lower() != ".xlsx":
        frame = frame.with_columns(pl.col(pl.Datetime).dt.strftime("%Y-%m-%d %H:%M:%S"))
    if path.suffix.lower() == ".xlsx":
        headers = {
            **OFFICE_HEADERS,
            "region_code": "Kode Wilayah",
            "industry_code": "Kode KBLI",
            "year": "Tahun",
            "value": "Nilai",
            "firms": "Jumlah Usaha",
            "suppressed": "Disembunyikan",
            "synthetic": "Sintetis",
        }
        people = safe_frame(frame)
        # ``period`` and ``year`` both read "Tahun": a workbook may not repeat a header
        people.columns = unique_labels([headers.get(c, c) for c in people.columns])
        people.write_excel(path, worksheet=sheet, autofit=True)
    else:
        from rancang.sources.writers import write_csv_locale

        write_csv_locale(safe_frame(frame), path, csv_locale)
    return path


def export_aggregate(
    engine: Engine,
    out: str | Path,
    *,
    level: int = 2,
    measure: str = "workers",
    region_level: str = "district",
    csv_locale: str = "en",
) -> pl.DataFrame:
    """Publishable aggregate of the verified, published records (with suppression) written
    to ``out`` (a CSV in the dialect ``csv_locale``); returns the table."""
    frame = load_register(engine, published=True)
    table = suppress(aggregate(frame, level=level, measure=measure, region_level=region_level))
    synthetic = bool(frame.height and frame["synthetic"].any())
    table = table.with_columns(pl.lit(measure).alias("measure"),
                               pl.lit(synthetic).alias("synthetic"))
    write_table(table, out, sheet="Agregat", csv_locale=csv_locale)
    return table


def location_from_village(changes: dict[str, Any], row: Any) -> dict[str, Any]:
    """The location fields implied by a new ``village_code`` in ``changes``.

    A Kemendagri village code ``72.06.01.2001`` names its district (``72.06.01``), regency
    (``72.06``) and province (``72``); those follow the village. Names of a district or
    village the record no longer lies in are cleared (unknown until given).

    >>> location_from_village({"village_code": "72.03.01.2001"},
    ...                       {"village_code": "72.06.01.2001", "district_code": "72.06.01"})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'province_code': '72', 'regency_code': '72.03', 'district_code': '72.03.01',
     'district_name': None, 'village_name': None}
    >>> location_from_village({"name": "x"}, {})
    {}
    """
    village = changes.get("village_code")
    if not village or village == row.get("village_code"):
        return {}
    parts = village.split(".")
    out: dict[str, Any] = {"province_code": parts[0], "regency_code": ".".join(parts[:2]),
                           "district_code": ".".join(parts[:3])}
    if out["district_code"] != row.get("district_code") and "district_name" not in changes:
        out["district_name"] = None
    if "village_name" not in changes:
        out["village_name"] = None
    return out


def update_enterprise(
    engine: Engine, enterprise_id: int, changes: Any, *, actor: str | None = None
) -> dict[str, Any]:
    """Change one firm's fields (an ``EnterpriseUpdate``), writing the audit entry.

    Returns
    -------
    dict
        The changed fields with their new values (empty when nothing changed).
    """
    from sqlalchemy import update

    from rancang.core.errors import InputError, NotFoundError
    from rancang.features.registry.audit import actor_name, log_many
    from rancang.features.registry.edits import edit_problems
    from rancang.features.registry.normalize import match_key
    from rancang.features.registry.schemas import EnterpriseUpdate

    problems = edit_problems(dict(changes))
    if problems:
        raise InputError(problems)
    data = EnterpriseUpdate.model_validate(changes).model_dump(exclude_unset=True)
    e = Enterprise.__table__
    with engine.begin() as conn:
        row = conn.execute(select(e).where(e.c.id == enterprise_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"usaha {enterprise_id} tidak ada")
        data.update(location_from_village(data, row))
        before = {k: row[k] for k, v in data.items() if row[k] != v}
        after = {k: data[k] for k in before}
        if not after:
            return {}
        merged = {**dict(row), **after}
        values = {
            **after,
            "match_key": match_key(merged["name"], merged["address"], merged["village_code"]),
        }
        conn.execute(update(e).where(e.c.id == enterprise_id).values(**values))
        log_many(
            conn,
            [
                {
                    "action": "update",
                    "entity": "enterprise",
                    "entity_id": enterprise_id,
                    "before": before,
                    "after": after,
                }
            ],
            actor=actor_name(actor),
        )
    return after
