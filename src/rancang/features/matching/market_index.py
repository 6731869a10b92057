"""The supplier index held in memory, one per database and process.

Building the index (every open offer and active register firm, their TF-IDF vectors, KBLI
prefixes and places: :class:`~rancang.features.matching.match.Matcher`) takes seconds at
100,000 firms; a need's matches then take milliseconds. Offers change one at a time, and
the index follows them without a full rebuild: every change of a need or an offer writes
an audit entry (:class:`~rancang.features.matching.models.MatchAudit`), and on its next use
an index (in any process) reads the entries after the last one it saw, reloads the offers
they name (and any offer stored with a higher id without an entry) and removes, updates or
adds just those (:meth:`~rancang.features.matching.match.Matcher.changed`). After
:data:`REBUILD_SHARE` of the suppliers changed that way, or when the register's stamp
(firms, last change, last publication; read at most every :data:`REGISTER_CHECK` seconds)
moves, the index is built again. The readers of an index use one snapshot of it
(:class:`Snapshot`), replaced whole, so a change never shows half done.

Needs are not part of the supplier side: a need posted after the build is weighted with
the index's idf (:meth:`~rancang.features.matching.match.Matcher.with_needs`), and the
needs' view is rebuilt when the market's stamp or the snapshot changes; it keeps the needs
each supplier can serve and each need's adequacy as they are asked for (the supplier's
page and unmet demand read them there).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor
from rancang.features.matching.match import ADEQUATE, Matcher, why
from rancang.features.matching.models import MatchAudit, MatchNeed, MatchOffer
from rancang.features.matching.offers import Table, today

REGISTER_CHECK = 30.0
#: rebuild when this share of the suppliers changed since the build (the idf drifts)
REBUILD_SHARE = 0.1
#: ... or when more offers than this changed at once (a bulk import)
MAX_CATCH_UP = 5000
_LOCK = threading.Lock()
_INDEX: dict[str, SupplierIndex] = {}


def _table(ids: list[str], text: list[str], kbli: list[str], amount: list[float | None],
           certs: list[frozenset[str]], lat: list[float | None], lng: list[float | None],
           region: list[str], name: list[str], radius: list[float | None] | None = None
           ) -> Table:
    def arr(v: list[float | None]) -> np.ndarray:
        return np.array([np.nan if x is None else float(x) for x in v], dtype=np.float64)

    return Table(ids, text, kbli, arr(amount), certs, arr(lat), arr(lng), region, name,
                 arr(radius) if radius is not None else np.full(len(ids), np.nan),
                 [False] * len(ids))


def _market_stamp(conn: Any) -> tuple[int, int]:
    """The last audit entry and the last offer id (both read from a primary key's index,
    not a scan of 100,000 rows)."""
    a, o = MatchAudit.__table__, MatchOffer.__table__
    return (int(conn.execute(select(func.coalesce(func.max(a.c.id), 0))).scalar_one()),
            int(conn.execute(select(func.coalesce(func.max(o.c.id), 0))).scalar_one()))


def _register_stamp(conn: Any) -> tuple[Any, ...]:
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    return tuple(conn.execute(select(func.count(), func.max(e.c.updated_at),
                                     func.max(e.c.published_at))).one())


def _load_needs(conn: Any) -> tuple[Table, list[int], list[bool], list[str]]:
    """Every stored need; a need counts as open while it is not closed and its deadline
    (if any) has not passed, so a need past its deadline leaves the needs a supplier can
    serve and unmet demand (the plan, siting) as a closed one does."""
    n = MatchNeed.__table__
    now = today()
    rows = conn.execute(select(n).order_by(n.c.id)).mappings().all()
    table = _table([str(r["id"]) for r in rows], [r["description"] for r in rows],
                   [r["kbli"] for r in rows], [r["quantity"] for r in rows],
                   [frozenset(r["standards"] or ()) for r in rows],
                   [r["latitude"] for r in rows], [r["longitude"] for r in rows],
                   [r["region_code"] for r in rows], [r["buyer"] for r in rows],
                   [r["radius_km"] for r in rows])
    return (table, [int(r["id"]) for r in rows],
            [bool(r["open"]) and (r["deadline"] is None or r["deadline"] >= now)
             for r in rows],
            [str(r["created_by"]) for r in rows])


def _offer_rows(conn: Any, ids: list[int] | None = None) -> list[Any]:
    """Open offers (all, or those of ``ids``), by id."""
    o = MatchOffer.__table__
    q = select(o).where(o.c.open.is_(True)).order_by(o.c.id)
    if ids is not None:
        q = q.where(o.c.id.in_(ids))
    return list(conn.execute(q).mappings().all())


def _offer_part(offers: list[Any]) -> tuple[Table, list[tuple[str, int]], np.ndarray,
                                             list[dict[str, Any]]]:
    keys: list[tuple[str, int]] = [("offer", int(r["id"])) for r in offers]
    info: list[dict[str, Any]] = [
        {"kind": "offer", "id": int(r["id"]), "name": r["name"], "product": r["products"],
         "kbli": r["kbli"], "region": r["region_code"], "place": r["region_code"],
         "capacity": r["capacity"], "unit": r["unit"],
         "certificates": sorted(r["certificates"] or [])} for r in offers]
    table = _table([f"{k}:{i}" for k, i in keys], [x["product"] for x in info],
                   [x["kbli"] if len(x["kbli"]) == 5 else "" for x in info],
                   [x["capacity"] for x in info],
                   [frozenset(x["certificates"]) for x in info],
                   [r["latitude"] for r in offers], [r["longitude"] for r in offers],
                   [x["region"] for x in info], [x["name"] for x in info])
    return table, keys, np.ones(len(offers), dtype=bool), info


def _load_suppliers(conn: Any) -> tuple[Table, list[tuple[str, int]], np.ndarray,
                                        list[dict[str, Any]]]:
    """Open offers, then active register firms (public fields; capacity unknown; SNI and
    halal of the latest period)."""
    from rancang.features.registry.models import Enterprise, EnterprisePeriod
    from rancang.features.registry.publish import published_condition

    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    offers = _offer_rows(conn)
    firms = conn.execute(select(
        e.c.id, e.c.name, e.c.product, e.c.kbli, e.c.latitude, e.c.longitude,
        e.c.regency_code, e.c.district_name, e.c.public, published_condition().label("pub"))
        .where(e.c.merged_into_id.is_(None)).order_by(e.c.id)).all()
    certs: dict[int, frozenset[str]] = {}
    for eid, sni, halal in conn.execute(select(p.c.enterprise_id, p.c.cert_sni,
                                               p.c.cert_halal).order_by(p.c.enterprise_id,
                                                                        p.c.period)):
        certs[eid] = frozenset(c for c, v in (("sni", sni), ("halal", halal)) if v)
    o_table, keys, o_public, info = _offer_part(offers)
    keys = keys + [("firm", int(r[0])) for r in firms]
    public = np.concatenate([o_public, np.array([bool(r[8] and r[9]) for r in firms],
                                                dtype=bool)])
    f_info = [{"kind": "firm", "id": int(r[0]), "name": r[1], "product": r[2] or "",
               "kbli": r[3] or "", "region": r[6] or "", "place": r[7] or r[6] or "",
               "capacity": None, "unit": None,
               "certificates": sorted(certs.get(int(r[0]), frozenset()))} for r in firms]
    info = info + f_info
    table = _table(o_table.ids + [f"firm:{x['id']}" for x in f_info],
                   [x["product"] for x in info],
                   [x["kbli"] if len(x["kbli"]) == 5 else "" for x in info],
                   [x["capacity"] for x in info],
                   [frozenset(x["certificates"]) for x in info],
                   [r["latitude"] for r in offers] + [r[4] for r in firms],
                   [r["longitude"] for r in offers] + [r[5] for r in firms],
                   [x["region"] for x in info], [x["name"] for x in info])
    return table, keys, public, info


def _codes(regions: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Province (``72``) and regency (``7206``) of each region code as integers (-1 when
    unknown), to test a scope without a Python loop."""
    prov = np.array([int(r[:2]) if r[:2].isdigit() else -1 for r in regions], dtype=np.int64)
    reg = np.array([int(r[:2] + r[3:5]) if len(r) >= 5 and (r[:2] + r[3:5]).isdigit()
                    else -1 for r in regions], dtype=np.int64)
    return prov, reg


@dataclass(frozen=True)
class Snapshot:
    """The suppliers at one moment: the matcher and, row by row, each supplier's key,
    whether it is public, what the pages show of it, its province and regency."""

    matcher: Matcher
    keys: list[tuple[str, int]]
    position: dict[tuple[str, int], int]
    public: np.ndarray
    info: list[dict[str, Any]]
    prov: np.ndarray
    reg: np.ndarray
    version: int


@dataclass
class NeedsView:
    """The matcher over every stored need for one snapshot and market stamp, the row of
    each need id, whether it is open, its author; and what was asked of it so far."""

    stamp: tuple[Any, ...]
    matcher: Matcher
    row: dict[int, int]
    open: list[bool]
    authors: list[str]
    served: dict[tuple[tuple[str, int], str], list[dict[str, Any]]]
    adequate: dict[int, bool]


class SupplierIndex:
    """Every supplier of one database, ready to be matched (see the module)."""

    def __init__(self, engine: Engine) -> None:
        with engine.connect() as conn:
            self.stamp = _market_stamp(conn)
            self.register_stamp = _register_stamp(conn)
            self.checked = time.monotonic()
            needs, _need_ids, _, _ = _load_needs(conn)
            suppliers, keys, public, info = _load_suppliers(conn)
        prov, reg = _codes(suppliers.region)
        self.snapshot = Snapshot(Matcher(needs, suppliers), keys,
                                 {k: i for i, k in enumerate(keys)}, public, info, prov,
                                 reg, 0)
        self.size = len(keys)
        self.changes = 0
        self._needs: NeedsView | None = None
        self._lock = threading.Lock()

    @property
    def matcher(self) -> Matcher:
        """The current snapshot's matcher."""
        return self.snapshot.matcher

    def fresh(self, engine: Engine) -> bool:
        """Bring the index up to date with the offers' changes (one by one); False when it
        must be built again (the register changed, or too many offers did)."""
        now = time.monotonic()
        with engine.connect() as conn:
            if now - self.checked >= REGISTER_CHECK:
                if _register_stamp(conn) != self.register_stamp:
                    return False
                self.checked = now
            stamp = _market_stamp(conn)
            if stamp == self.stamp:
                return True
            with self._lock:
                if stamp == self.stamp:
                    return True
                return self._catch_up(conn, stamp)

    def _catch_up(self, conn: Any, stamp: tuple[int, int]) -> bool:
        a, o = MatchAudit.__table__, MatchOffer.__table__
        ids = {int(x) for (x,) in conn.execute(select(a.c.entity_id).where(
            a.c.id > self.stamp[0], a.c.id <= stamp[0], a.c.entity == "offer"))}
        ids |= {int(x) for (x,) in conn.execute(select(o.c.id).where(
            o.c.id > self.stamp[1], o.c.id <= stamp[1]))}
        if (len(ids) > MAX_CATCH_UP
                or self.changes + len(ids) > REBUILD_SHARE * max(self.size, 1000)):
            return False
        rows = _offer_rows(conn, sorted(ids)) if ids else []
        self.apply([("offer", i) for i in sorted(ids)], rows)
        self.stamp = stamp
        return True

    def apply(self, keys: list[tuple[str, int]], rows: list[Any]) -> None:
        """Remove the suppliers ``keys`` and add the open offers ``rows`` (the current
        values of those that changed) as a new snapshot."""
        old = self.snapshot
        remove = [old.position[k] for k in keys if k in old.position]
        table, new_keys, public, info = _offer_part(rows)
        matcher = old.matcher.changed(remove, table)
        position = dict(old.position)
        for k in keys:
            position.pop(k, None)
        n = len(old.keys)
        position.update({k: n + r for r, k in enumerate(new_keys)})
        prov, reg = _codes(table.region)
        self.snapshot = Snapshot(matcher, old.keys + new_keys, position,
                                 np.concatenate([old.public, public]), old.info + info,
                                 np.concatenate([old.prov, prov]),
                                 np.concatenate([old.reg, reg]), old.version + 1)
        self.changes += len(keys)

    def needs_view(self, engine: Engine) -> tuple[Matcher, dict[int, int], list[bool],
                                                   list[str]]:
        """The matcher over every stored need (rebuilt when the market changes), the row of
        each need id, whether it is open, its author."""
        v = self.view(engine)
        return v.matcher, v.row, v.open, v.authors

    def view(self, engine: Engine) -> NeedsView:
        """The needs' view of the current snapshot (see :class:`NeedsView`)."""
        snap = self.snapshot
        with engine.connect() as conn:
            stamp = (_market_stamp(conn), _max_need(conn), snap.version, today())
            cached = self._needs
            if cached is not None and cached.stamp == stamp:
                return cached
            table, ids, open_, authors = _load_needs(conn)
        view = NeedsView(stamp, snap.matcher.with_needs(table),
                         {n: i for i, n in enumerate(ids)}, open_, authors, {}, {})
        self._needs = view
        return view

    def _visible(self, actor: Actor | None, idx: np.ndarray,
                 snap: Snapshot | None = None) -> np.ndarray:
        """Which of the suppliers ``idx`` the actor may see (None: all)."""
        snap = snap or self.snapshot
        ok = snap.public[idx].copy()
        if actor is None:
            return np.ones(len(idx), dtype=bool)
        scope = actor.scope("matching.manage")
        if scope.everywhere:
            return np.ones(len(idx), dtype=bool)
        for r in scope.regions:
            if len(r) == 2 and r.isdigit():
                ok |= snap.prov[idx] == int(r)
            elif len(r) == 5:
                ok |= snap.reg[idx] == int(r[:2] + r[3:5])
            else:
                ok |= np.array([snap.matcher.suppliers.region[j].startswith(r)
                                for j in idx], dtype=bool)
        return ok

    def visible(self, actor: Actor, key: tuple[str, int]) -> bool:
        """Whether the actor may see one supplier (a closed or deleted offer: no)."""
        snap = self.snapshot
        j = snap.position.get(key)
        return j is not None and bool(self._visible(actor, np.array([j]), snap)[0])

    @staticmethod
    def _describe(snap: Snapshot, j: int, score: float, parts: dict[str, float], km: float,
                  sentence: str, adequate: bool) -> dict[str, Any]:
        info = snap.info[j]
        return {"supplier": f"{info['kind']}:{info['id']}", "kind": info["kind"],
                "id": info["id"], "name": info["name"], "product": info["product"],
                "kbli": info["kbli"], "place": info["place"], "capacity": info["capacity"],
                "unit": info["unit"], "certificates": info["certificates"],
                "score": round(score, 1),
                "parts": {k: round(v, 1) for k, v in parts.items()},
                "km": None if np.isnan(km) else round(km, 1), "why": sentence,
                "adequate": adequate}

    def matches(self, engine: Engine, actor: Actor, need_id: int, top: int,
                f: Any) -> list[dict[str, Any]]:
        """A need's best suppliers the actor may see, filtered."""
        snap = self.snapshot
        v = self.view(engine)
        view = v.matcher
        i = v.row[need_id]
        s = view.suppliers
        n = view.needs
        mask = view._mask(frozenset(f.certificates)) if f.certificates else 0

        def keep(idx: np.ndarray) -> np.ndarray:
            ok = self._visible(actor, idx, snap)
            if f.kbli:
                ok &= view._prefix[len(f.kbli)][idx] == int(f.kbli)
            if mask:
                ok &= (view._s_certs[idx] & mask) == mask
            if f.max_km is not None and not np.isnan(n.lat[i]):
                from rancang.features.matching.match import haversine_km

                km = haversine_km(float(n.lat[i]), float(n.lng[i]), s.lat[idx], s.lng[idx])
                ok &= ~np.isnan(km) & (km <= f.max_km)
            return ok

        found, _, _ = view.top_and_adequate(i, top, keep)
        return [self._describe(snap, m.supplier, m.score, m.parts, m.km, why(m, n, s),
                               m.adequate) for m in found]

    def served(self, engine: Engine, key: tuple[str, int]) -> list[dict[str, Any]]:
        """The open needs one supplier is adequate for, best first (kept in the needs'
        view until the market changes)."""
        from rancang.core.i18n import current_language
        from rancang.features.matching.match import Match

        v = self.view(engine)
        lang = current_language()  # the sentences are in the reader's language
        cached = v.served.get((key, lang))
        if cached is not None:
            return cached
        view = v.matcher
        j = self.snapshot.position.get(key)
        if j is None or j >= len(view.suppliers.ids) or view._dead[j]:
            return []
        group = view.suppliers.kbli[j][:3]
        ids = {i: nid for nid, i in v.row.items()}
        idx = np.array([i for i in range(len(view.needs.ids))
                        if v.open[i] and group and view.needs.kbli[i][:3] == group],
                       dtype=np.int64)
        total, parts, km, eligible = view.needs_for(j, idx)
        out = []
        for r in np.flatnonzero(eligible & (total >= ADEQUATE)):
            i = int(idx[r])
            p = {k: float(x[r]) for k, x in parts.items()}
            m = Match(i, j, float(total[r]), p, float(km[r]), True)
            out.append({"need_id": ids[i], "buyer": view.needs.name[i],
                        "description": view.needs.text[i], "kbli": view.needs.kbli[i],
                        "region": view.needs.region[i],
                        "quantity": None if np.isnan(view.needs.amount[i])
                        else float(view.needs.amount[i]),
                        "score": round(float(total[r]), 1),
                        "parts": {k: round(x, 1) for k, x in p.items()},
                        "km": None if np.isnan(km[r]) else round(float(km[r]), 1),
                        "why": why(m, view.needs, view.suppliers)})
        out.sort(key=lambda r: (-float(str(r["score"])), str(r["need_id"]).zfill(12)))
        v.served[(key, lang)] = out
        return out

    def unmet(self, engine: Engine, actor: Actor | None, region: str | None
              ) -> list[dict[str, Any]]:
        """Open needs without an adequate supplier, by KBLI class and region (each need's
        adequacy kept in the needs' view until the market changes)."""
        v = self.view(engine)
        view = v.matcher
        groups: dict[tuple[str, str], list[int]] = {}
        for _nid, i in v.row.items():
            if not v.open[i]:
                continue
            r = view.needs.region[i]
            if region is not None and not (r == region or r.startswith(region + ".")):
                continue
            if actor is not None and not (v.authors[i] == actor.username
                                          or actor.can("matching.manage", r)):
                continue
            met = v.adequate.get(i)
            if met is None:
                _, adequate, _ = view.top_and_adequate(i, 1)
                met = v.adequate[i] = len(adequate) > 0
            if not met:
                groups.setdefault((view.needs.kbli[i], r), []).append(i)
        out = []
        for (kbli, r), rows in sorted(groups.items()):
            qty = [float(view.needs.amount[i]) for i in rows
                   if not np.isnan(view.needs.amount[i])]
            out.append({"kbli": kbli, "region": r, "needs": len(rows),
                        "buyers": len({view.needs.name[i] for i in rows}),
                        "quantity": sum(qty) if qty else None,
                        "need_ids": sorted(int(view.needs.ids[i]) for i in rows)})
        return out


def _max_need(conn: Any) -> int:
    n = MatchNeed.__table__
    return int(conn.execute(select(func.coalesce(func.max(n.c.id), 0))).scalar_one())


def current_index(engine: Engine) -> SupplierIndex:
    """This process's index of ``engine``'s suppliers, rebuilt when they changed."""
    key = str(engine.url)
    index = _INDEX.get(key)
    if index is not None and index.fresh(engine):
        return index
    with _LOCK:
        index = _INDEX.get(key)
        if index is None or not index.fresh(engine):
            index = SupplierIndex(engine)
            _INDEX[key] = index
    return index


def invalidate(engine: Engine) -> None:
    """Forget this process's index of ``engine`` (a supplier changed)."""
    with _LOCK:
        _INDEX.pop(str(engine.url), None)
