"""The supplier index held in memory, one per database and process.

Building the index (every offer and active register firm, their TF-IDF vectors, KBLI
prefixes and places: :class:`~rancang.features.matching.match.Matcher`) takes seconds at
100,000 firms; a need's matches then take milliseconds. The index is rebuilt when the
suppliers change: at once in the process that stored an offer (:func:`invalidate`), and in
other processes when the last offer's id differs (offers are only added), or the register's
stamp (firms, last change, last publication) does, read at most every
:data:`REGISTER_CHECK` seconds. Needs are not part of the supplier side: a need posted
after the build is weighted with the index's idf
(:meth:`~rancang.features.matching.match.Matcher.with_needs`), and the needs' view is
rebuilt when the needs' stamp changes.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor
from rancang.features.matching.match import ADEQUATE, Matcher, why
from rancang.features.matching.models import MatchNeed, MatchOffer
from rancang.features.matching.offers import Table

REGISTER_CHECK = 30.0
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


def _offer_stamp(conn: Any) -> tuple[Any, ...]:
    # offers are added, never edited or removed: the last id (read from the primary key's
    # index, not a scan of 100,000 rows) tells whether the suppliers changed
    o = MatchOffer.__table__
    return tuple(conn.execute(select(func.max(o.c.id))).one())


def _register_stamp(conn: Any) -> tuple[Any, ...]:
    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    return tuple(conn.execute(select(func.count(), func.max(e.c.updated_at),
                                     func.max(e.c.published_at))).one())


def _need_stamp(conn: Any) -> tuple[Any, ...]:
    n = MatchNeed.__table__
    return tuple(conn.execute(select(func.max(n.c.id))).one())


def _load_needs(conn: Any) -> tuple[Table, list[int], list[bool], list[str]]:
    n = MatchNeed.__table__
    rows = conn.execute(select(n).order_by(n.c.id)).mappings().all()
    table = _table([str(r["id"]) for r in rows], [r["description"] for r in rows],
                   [r["kbli"] for r in rows], [r["quantity"] for r in rows],
                   [frozenset(r["standards"] or ()) for r in rows],
                   [r["latitude"] for r in rows], [r["longitude"] for r in rows],
                   [r["region_code"] for r in rows], [r["buyer"] for r in rows],
                   [r["radius_km"] for r in rows])
    return (table, [int(r["id"]) for r in rows], [bool(r["open"]) for r in rows],
            [str(r["created_by"]) for r in rows])


def _load_suppliers(conn: Any) -> tuple[Table, list[tuple[str, int]], np.ndarray,
                                        list[dict[str, Any]]]:
    """Offers, then active register firms (public fields; capacity unknown; SNI and
    halal of the latest period)."""
    from rancang.features.registry.models import Enterprise, EnterprisePeriod
    from rancang.features.registry.publish import published_condition

    o, e, p = MatchOffer.__table__, Enterprise.__table__, EnterprisePeriod.__table__
    offers = conn.execute(select(o).order_by(o.c.id)).mappings().all()
    firms = conn.execute(select(
        e.c.id, e.c.name, e.c.product, e.c.kbli, e.c.latitude, e.c.longitude,
        e.c.regency_code, e.c.district_name, e.c.public, published_condition().label("pub"))
        .where(e.c.merged_into_id.is_(None)).order_by(e.c.id)).all()
    certs: dict[int, frozenset[str]] = {}
    for eid, sni, halal in conn.execute(select(p.c.enterprise_id, p.c.cert_sni,
                                               p.c.cert_halal).order_by(p.c.enterprise_id,
                                                                        p.c.period)):
        certs[eid] = frozenset(c for c, v in (("sni", sni), ("halal", halal)) if v)
    keys: list[tuple[str, int]] = [("offer", int(r["id"])) for r in offers]
    keys += [("firm", int(r[0])) for r in firms]
    public = np.array([True] * len(offers) + [bool(r[8] and r[9]) for r in firms], dtype=bool)
    info: list[dict[str, Any]] = [
        {"kind": "offer", "id": int(r["id"]), "name": r["name"], "product": r["products"],
         "kbli": r["kbli"], "region": r["region_code"], "place": r["region_code"],
         "capacity": r["capacity"], "unit": r["unit"],
         "certificates": sorted(r["certificates"] or [])} for r in offers]
    info += [{"kind": "firm", "id": int(r[0]), "name": r[1], "product": r[2] or "",
              "kbli": r[3] or "", "region": r[6] or "", "place": r[7] or r[6] or "",
              "capacity": None, "unit": None,
              "certificates": sorted(certs.get(int(r[0]), frozenset()))} for r in firms]
    table = _table([f"{k}:{i}" for k, i in keys], [x["product"] for x in info],
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


class SupplierIndex:
    """Every supplier of one database, ready to be matched (see the module)."""

    def __init__(self, engine: Engine) -> None:
        with engine.connect() as conn:
            self.offer_stamp = _offer_stamp(conn)
            self.register_stamp = _register_stamp(conn)
            self.checked = time.monotonic()
            needs, _need_ids, _, _ = _load_needs(conn)
            suppliers, self.keys, self.public, self.info = _load_suppliers(conn)
        self.matcher = Matcher(needs, suppliers)
        self.position = {k: i for i, k in enumerate(self.keys)}
        self.prov, self.reg = _codes(suppliers.region)
        self._needs: tuple[tuple[Any, ...], Matcher, dict[int, int], list[bool],
                           list[str]] | None = None
        self._lock = threading.Lock()

    def fresh(self, engine: Engine) -> bool:
        """Whether the suppliers are still those the index was built from."""
        now = time.monotonic()
        with engine.connect() as conn:
            if _offer_stamp(conn) != self.offer_stamp:
                return False
            if now - self.checked >= REGISTER_CHECK:
                if _register_stamp(conn) != self.register_stamp:
                    return False
                self.checked = now
        return True

    def needs_view(self, engine: Engine) -> tuple[Matcher, dict[int, int], list[bool],
                                                   list[str]]:
        """The matcher over every stored need (rebuilt when the needs change), the row of
        each need id, whether it is open, its author."""
        with engine.connect() as conn:
            stamp = _need_stamp(conn)
            cached = self._needs
            if cached is not None and cached[0] == stamp:
                return cached[1:]
            table, ids, open_, authors = _load_needs(conn)
        view = self.matcher.with_needs(table)
        with self._lock:
            self._needs = (stamp, view, {n: i for i, n in enumerate(ids)}, open_, authors)
        return view, self._needs[2], open_, authors

    def _visible(self, actor: Actor | None, idx: np.ndarray) -> np.ndarray:
        """Which of the suppliers ``idx`` the actor may see (None: all)."""
        ok = self.public[idx].copy()
        if actor is None:
            return np.ones(len(idx), dtype=bool)
        scope = actor.scope("matching.manage")
        if scope.everywhere:
            return np.ones(len(idx), dtype=bool)
        for r in scope.regions:
            if len(r) == 2 and r.isdigit():
                ok |= self.prov[idx] == int(r)
            elif len(r) == 5:
                ok |= self.reg[idx] == int(r[:2] + r[3:5])
            else:
                ok |= np.array([self.matcher.suppliers.region[j].startswith(r) for j in idx],
                               dtype=bool)
        return ok

    def visible(self, actor: Actor, key: tuple[str, int]) -> bool:
        """Whether the actor may see one supplier."""
        j = self.position.get(key)
        return j is not None and bool(self._visible(actor, np.array([j]))[0])

    def _describe(self, j: int, score: float, parts: dict[str, float], km: float,
                  sentence: str, adequate: bool) -> dict[str, Any]:
        info = self.info[j]
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
        view, row, _, _ = self.needs_view(engine)
        i = row[need_id]
        s = view.suppliers
        n = view.needs
        mask = view._mask(frozenset(f.certificates)) if f.certificates else 0

        def keep(idx: np.ndarray) -> np.ndarray:
            ok = self._visible(actor, idx)
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
        return [self._describe(m.supplier, m.score, m.parts, m.km, why(m, n, s), m.adequate)
                for m in found]

    def served(self, engine: Engine, key: tuple[str, int]) -> list[dict[str, Any]]:
        """The open needs one supplier is adequate for, best first."""
        from rancang.features.matching.match import Match

        view, row, open_, _ = self.needs_view(engine)
        j = self.position.get(key)
        if j is None:
            return []
        group = view.suppliers.kbli[j][:3]
        out = []
        ids = {i: nid for nid, i in row.items()}
        for i in range(len(view.needs.ids)):
            if not open_[i] or not group or view.needs.kbli[i][:3] != group:
                continue
            total, parts, km, eligible = view._score(i, np.array([j]))
            if not eligible[0] or total[0] < ADEQUATE:
                continue
            p = {k: float(v[0]) for k, v in parts.items()}
            m = Match(i, j, float(total[0]), p, float(km[0]), True)
            out.append({"need_id": ids[i], "buyer": view.needs.name[i],
                        "description": view.needs.text[i], "kbli": view.needs.kbli[i],
                        "region": view.needs.region[i],
                        "quantity": None if np.isnan(view.needs.amount[i])
                        else float(view.needs.amount[i]),
                        "score": round(float(total[0]), 1),
                        "parts": {k: round(v, 1) for k, v in p.items()},
                        "km": None if np.isnan(km[0]) else round(float(km[0]), 1),
                        "why": why(m, view.needs, view.suppliers)})
        out.sort(key=lambda r: (-float(str(r["score"])), str(r["need_id"]).zfill(12)))
        return out

    def unmet(self, engine: Engine, actor: Actor | None, region: str | None
              ) -> list[dict[str, Any]]:
        """Open needs without an adequate supplier, by KBLI class and region."""
        view, row, open_, authors = self.needs_view(engine)
        groups: dict[tuple[str, str], list[int]] = {}
        for _nid, i in row.items():
            if not open_[i]:
                continue
            r = view.needs.region[i]
            if region is not None and not (r == region or r.startswith(region + ".")):
                continue
            if actor is not None and not (authors[i] == actor.username
                                          or actor.can("matching.manage", r)):
                continue
            _, adequate, _ = view.top_and_adequate(i, 1)
            if len(adequate) == 0:
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
