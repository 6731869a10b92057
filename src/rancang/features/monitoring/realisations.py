"""Realisations: enter, change, confirm and verify, with their evidence; every change
audited.

The rules, the same for the CLI, the pages and the API:

- a realisation is written by an actor holding ``monitoring.write`` for its region; an id
  of another region answers 404 (it cannot be told from a missing one);
- a blank value, link or comment never erases a stored one;
- a realisation proposed from data Rancang holds counts only once a person confirms it;
- it is verified (``monitoring.verify``) only with evidence (a file or a link), only by
  someone else than the person who entered or last changed it; a change of its value
  after verification takes the verification back.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from rancang.core.actors import Actor, in_region
from rancang.core.db.base import utcnow
from rancang.core.db.scope import in_scope
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.i18n import Msg, text
from rancang.core.text import text_problem
from rancang.features.monitoring.audit import changed, log
from rancang.features.monitoring.indicators import IndicatorInfo, get_indicator
from rancang.features.monitoring.models import MonitorAudit, Realisation
from rancang.features.monitoring.periods import parse_period

COUNTED = ("entered", "verified")
#: the largest evidence file kept (bytes)
MAX_EVIDENCE = 10 * 1024 * 1024
_LINK = re.compile(r"^(https?://\S+|rancang:\S+)$")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class RealisationInfo:
    """A realisation as the channels show it."""

    id: int
    indicator_id: int
    region_code: str
    period: str
    year: int
    value: float | None
    status: str
    source: str
    n_firms: int | None
    evidence_link: str | None
    evidence_file: str | None
    evidence_name: str | None
    obstacles: str | None
    follow_up: str | None
    entered_by: str
    entered_at: datetime
    verified_by: str | None
    verified_at: datetime | None

    @property
    def has_evidence(self) -> bool:
        return bool(self.evidence_link or self.evidence_file)

    @property
    def counted(self) -> bool:
        return self.status in COUNTED


def source_text(source: str, lang: str | None = None) -> str:
    """Where a value came from, in ``lang`` (stored as a code: ``form``, ``api``,
    ``demo``, ``file|NAME``, ``dataset|ID|SYNTHETIC|NAME``, ``register|FIRMS|YEAR``).

    >>> source_text("register|12|2025", "en"), source_text("file|r.csv", "id")
    ('IKM register: 12 verified records, year 2025', 'berkas r.csv')
    """
    kind, _, rest = source.partition("|")
    args = rest.split("|")
    if kind in ("form", "api", "demo") and not rest:
        return text(f"monitor.src.{kind}", lang)
    if kind == "file" and rest:
        return text("monitor.src.file", lang, name=rest)
    if kind == "dataset" and len(args) >= 3:
        synthetic = text("monitor.synthetic", lang) if args[1] == "1" else ""
        return text("monitor.src.dataset", lang, id=args[0], name="|".join(args[2:]),
                    synthetic=synthetic).strip()
    if kind == "register" and len(args) == 2:
        return text("monitor.src.register", lang, n=args[0], year=args[1])
    return source


def _info(row: Any) -> RealisationInfo:
    return RealisationInfo(**{f: row[f] for f in RealisationInfo.__dataclass_fields__})


def _not_found(rid: int) -> NotFoundError:
    return NotFoundError(Msg("monitor.realisation_not_found", id=rid))


def get_realisation(engine: Engine, actor: Actor, realisation_id: int,
                    permission: str = "monitoring.read") -> RealisationInfo:
    """The realisation if the actor holds ``permission`` in its region (404 otherwise)."""
    t = Realisation.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == realisation_id)).mappings().first()
    if row is None:
        raise _not_found(realisation_id)
    info = _info(row)
    actor.require_visible(permission, info.region_code, _not_found(realisation_id))
    return info


def list_realisations(engine: Engine, actor: Actor, *, region: str | None = None,
                      indicator_ids: list[int] | None = None,
                      status: str | None = None) -> list[RealisationInfo]:
    """Realisations the actor may read, by region, indicators and status."""
    t = Realisation.__table__
    q = select(t).where(in_scope(t.c.region_code, actor.scope("monitoring.read")))
    if region is not None:
        q = q.where(t.c.region_code == region)
    if indicator_ids is not None:
        q = q.where(t.c.indicator_id.in_(indicator_ids))
    if status is not None:
        q = q.where(t.c.status == status)
    with engine.connect() as conn:
        rows = conn.execute(q.order_by(t.c.year, t.c.period, t.c.id)).mappings().all()
    return [_info(r) for r in rows]


def _clean_text(value: str | None, column: str, most: int | None,
                problems: list[Problem]) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    bad = text_problem(value, max_length=most)
    if bad is not None:
        problems.append(Problem(bad, column=column))
        return None
    return value


def check_link(link: str | None, problems: list[Problem]) -> str | None:
    """An evidence link (``http(s)://...`` or ``rancang:dataset/3``), blank as None.

    >>> check_link(" https://sipd.go.id/x ", []), check_link("", [])
    ('https://sipd.go.id/x', None)
    >>> p = []; check_link("javascript:alert(1)", p); len(p)
    1
    """
    clean = _clean_text(link, "evidence", 500, problems)
    if clean is not None and not _LINK.match(clean):
        problems.append(Problem(Msg("monitor.bad_link", link=clean[:80]), column="evidence"))
        return None
    return clean


def store_evidence(folder: Path, name: str, content: bytes) -> tuple[str, str]:
    """Keep an uploaded evidence file in ``folder``; returns (stored name, shown name)."""
    if not content:
        raise InputError(Problem(Msg("monitor.empty_evidence"), column="evidence_file"))
    if len(content) > MAX_EVIDENCE:
        raise InputError(Problem(Msg("monitor.evidence_too_large",
                                     mb=MAX_EVIDENCE // (1024 * 1024)),
                                 column="evidence_file"))
    shown = Path(name or "bukti").name[-200:] or "bukti"
    stored = f"{secrets.token_hex(8)}-{_SAFE_NAME.sub('_', shown)[-80:]}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / stored).write_bytes(content)
    return stored, shown


@dataclass
class Entry:
    """What a person (or a file's row) gives for one realisation; None leaves a stored
    value as it is."""

    region: str
    period: str
    value: float | None = None
    evidence_link: str | None = None
    obstacles: str | None = None
    follow_up: str | None = None
    entered_by: str | None = None
    evidence_file: tuple[str, str] | None = None  # (stored name, shown name)
    source: str = "form"


def check_entry(info: IndicatorInfo, entry: Entry, problems: list[Problem]) -> dict[str,
                                                                                      Any]:
    """The values of an entry to store, problems appended (no database access)."""
    out: dict[str, Any] = {}
    region = entry.region.strip()
    if not region:
        problems.append(Problem(Msg("monitor.required", column="region"), column="region"))
    elif not in_region(info.region_code, region):
        problems.append(Problem(Msg("monitor.region_outside", region=region,
                                    indicator=info.code, plan_region=info.region_code),
                                column="region"))
    try:
        period = parse_period(entry.period)
        out["period"], out["year"] = period.code, period.year
    except ValueError:
        problems.append(Problem(Msg("monitor.bad_period", period=str(entry.period)[:20]),
                                column="period"))
    out["region_code"] = region
    if entry.value is not None:
        out["value"] = float(entry.value)
    link = check_link(entry.evidence_link, problems)
    if link is not None:
        out["evidence_link"] = link
    for name, most in (("obstacles", 5000), ("follow_up", 5000)):
        clean = _clean_text(getattr(entry, name), name, most, problems)
        if clean is not None:
            out[name] = clean
    who = _clean_text(entry.entered_by, "entered_by", 100, problems)
    if who is not None:
        out["entered_by"] = who
    if entry.evidence_file is not None:
        out["evidence_file"], out["evidence_name"] = entry.evidence_file
    return out


def write(conn: Connection, actor: Actor, info: IndicatorInfo, values: dict[str, Any], *,
          source: str) -> tuple[int, bool]:
    """Create or change the realisation of ``values`` in the caller's transaction; returns
    (id, created). Values absent from ``values`` stay as stored."""
    t = Realisation.__table__
    row = conn.execute(select(t).where(
        t.c.indicator_id == info.id, t.c.region_code == values["region_code"],
        t.c.period == values["period"])).mappings().first()
    now = utcnow()
    if row is None:
        if "value" not in values:
            raise InputError(Problem(Msg("monitor.required", column="value"),
                                     column="value"))
        new = {**values, "indicator_id": info.id, "status": "entered", "source": source,
               "entered_by": values.get("entered_by") or actor.username, "entered_at": now,
               "updated_at": now}
        rid = int(conn.execute(insert(t).values(**new).returning(t.c.id)).scalar_one())
        log(conn, actor.username, "create", "realisation", rid, values["region_code"], None,
            {k: v for k, v in new.items() if k not in ("entered_at", "updated_at")})
        return rid, True
    old = dict(row)
    wanted = {k: v for k, v in values.items()
              if k not in ("region_code", "period", "year")}
    if old["status"] == "proposed":
        wanted.setdefault("status", "entered")
        wanted["source"] = source
        wanted.setdefault("entered_by", actor.username)
    before, after = changed(old, wanted)
    if not after:
        return int(row["id"]), False
    if old["status"] == "verified" and "value" in after:
        after |= {"status": "entered", "verified_by": None, "verified_at": None}
        before |= {"status": "verified", "verified_by": old["verified_by"],
                   "verified_at": old["verified_at"]}
    conn.execute(update(t).where(t.c.id == row["id"]).values(**after, updated_at=now))
    log(conn, actor.username, "update", "realisation", int(row["id"]), old["region_code"],
        before, after)
    return int(row["id"]), False


def enter(engine: Engine, actor: Actor, indicator_id: int, entry: Entry) -> RealisationInfo:
    """Enter or change the realisation of an indicator for a region and period."""
    info = get_indicator(engine, actor, indicator_id, "monitoring.write")
    problems: list[Problem] = []
    values = check_entry(info, entry, problems)
    if problems:
        raise InputError(problems)
    actor.require("monitoring.write", values["region_code"])
    with engine.begin() as conn:
        rid, _ = write(conn, actor, info, values, source=entry.source)
    return get_realisation(engine, actor, rid)


def _writers(engine: Engine, realisation_id: int) -> set[str]:
    a = MonitorAudit.__table__
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(select(a.c.actor).where(
            a.c.entity == "realisation", a.c.entity_id == realisation_id,
            a.c.action.in_(("create", "update", "confirm"))))}


def verify(engine: Engine, actor: Actor, realisation_id: int) -> RealisationInfo:
    """Verify a realisation: it must be entered (a proposal confirmed first), carry
    evidence, and the verifier must not be who entered or changed it."""
    r = get_realisation(engine, actor, realisation_id, "monitoring.verify")
    if r.status == "verified":
        return r
    if r.status == "proposed":
        raise InputError(Problem(Msg("monitor.verify_proposed", id=r.id), column="status"))
    if not r.has_evidence:
        raise InputError(Problem(Msg("monitor.verify_no_evidence", id=r.id),
                                 column="evidence"))
    if actor.username == r.entered_by or actor.username in _writers(engine, r.id):
        raise InputError(Problem(Msg("monitor.verify_self", id=r.id, who=actor.username),
                                 column="verified_by"))
    t = Realisation.__table__
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == r.id).values(
            status="verified", verified_by=actor.username, verified_at=now, updated_at=now))
        log(conn, actor.username, "verify", "realisation", r.id, r.region_code,
            {"status": r.status}, {"status": "verified", "verified_by": actor.username})
    return get_realisation(engine, actor, r.id)


def confirm(engine: Engine, actor: Actor, realisation_id: int) -> RealisationInfo:
    """Confirm a proposed realisation: it counts from now on, entered by the actor."""
    r = get_realisation(engine, actor, realisation_id, "monitoring.write")
    if r.status != "proposed":
        return r
    t = Realisation.__table__
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(update(t).where(t.c.id == r.id).values(
            status="entered", entered_by=actor.username, entered_at=now, updated_at=now))
        log(conn, actor.username, "confirm", "realisation", r.id, r.region_code,
            {"status": "proposed", "entered_by": r.entered_by},
            {"status": "entered", "entered_by": actor.username})
    return get_realisation(engine, actor, r.id)


def propose(conn: Connection, actor: Actor, info: IndicatorInfo, region: str, period: str,
            value: float, *, source: str, link: str, n_firms: int | None = None) -> bool:
    """Store a proposal (in the caller's transaction) unless a counted realisation exists;
    returns True when something changed."""
    t = Realisation.__table__
    year = parse_period(period).year
    row = conn.execute(select(t).where(
        t.c.indicator_id == info.id, t.c.region_code == region,
        t.c.period == period)).mappings().first()
    now = utcnow()
    values = {"value": value, "source": source, "evidence_link": link, "n_firms": n_firms}
    if row is None:
        rid = int(conn.execute(insert(t).values(
            indicator_id=info.id, region_code=region, period=period, year=year,
            status="proposed", entered_by=actor.username, entered_at=now, updated_at=now,
            **values).returning(t.c.id)).scalar_one())
        log(conn, actor.username, "propose", "realisation", rid, region, None, values)
        return True
    if row["status"] != "proposed":
        return False
    before, after = changed(dict(row), values)
    if not after:
        return False
    conn.execute(update(t).where(t.c.id == row["id"]).values(**after, updated_at=now))
    log(conn, actor.username, "propose", "realisation", int(row["id"]), region, before, after)
    return True
