"""Match buyers' needs to suppliers with a score of visible parts, and find unmet demand.

For a need :math:`n` and a supplier :math:`s` the score (0-100) adds five parts:

.. math::

    S = 35\\,k + 25\\,t + 20\\,d + 10\\,c + 10\\,q

- :math:`k`, KBLI closeness in the hierarchy: 1 for the same class (5 digits), 0.75 the same
  subgroup (4), 0.5 the same group (3), 0.25 the same division (2), else 0;
- :math:`t`, text similarity: cosine of the TF-IDF vectors of the need's description and the
  supplier's product, over the KBLI coder's stemmed terms (Salton & Buckley 1988);
- :math:`d`, distance: :math:`1 - \\mathrm{km}/r` within the need's radius :math:`r` (great-
  circle distance), 0.5 when a location is unknown; suppliers beyond the radius are left out;
- :math:`c`, capacity fit: :math:`\\min(1, \\mathrm{capacity}/\\mathrm{quantity})`, 0.5 when
  either is unknown;
- :math:`q`, certificates: the share of the need's required standards the supplier holds (1
  when none is required).

A supplier is *adequate* for a need when the score is at least 50, the KBLI group (3 digits)
agrees and it lies within the radius; needs without an adequate supplier are *unmet demand*,
aggregated by KBLI class and region: candidates for import substitution or a new sentra IKM.

References
----------
Salton, G. & Buckley, C. (1988). Term-weighting approaches in automatic text retrieval.
Information Processing & Management 24(5), 513-523.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from rancang.features.matching.offers import Table

WEIGHTS = {"kbli": 35.0, "text": 25.0, "distance": 20.0, "capacity": 10.0,
           "certificates": 10.0}
ADEQUATE = 50.0
EARTH_KM = 6371.0088


@dataclass(frozen=True)
class Match:
    """One supplier for one need, with the parts of its score (each already weighted)."""

    need: int
    supplier: int
    score: float
    parts: dict[str, float]
    km: float
    adequate: bool


def kbli_closeness(a: str, b: np.ndarray) -> np.ndarray:
    """Closeness of class ``a`` to each class of ``b`` (see the module's formula).

    Example
    -------
    >>> kbli_closeness("10794", np.array(["10794", "10793", "10710", "10130", "56290", ""]))
    array([1.  , 0.75, 0.5 , 0.25, 0.  , 0.  ])
    """
    out = np.zeros(len(b))
    if not a:
        return out
    for digits, value in ((2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)):
        prefix = np.array([x[:digits] for x in b]) if len(b) else np.array([])
        out = np.where(prefix == a[:digits], value, out)
    return out


def haversine_km(lat: float, lng: float, lats: np.ndarray, lngs: np.ndarray) -> np.ndarray:
    """Great-circle distance in km from one point to many.

    Example
    -------
    >>> round(float(haversine_km(-2.82, 122.15, np.array([-2.82]), np.array([123.15]))[0]), 1)
    111.1
    """
    p1, p2 = np.radians(lat), np.radians(lats)
    dp, dl = p2 - p1, np.radians(lngs - lng)
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


class Matcher:
    """Score every supplier for each need, vectorised over the suppliers."""

    def __init__(self, needs: Table, suppliers: Table) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        from rancang.features.kbli.text import terms

        self.needs, self.suppliers = needs, suppliers
        vec = TfidfVectorizer(analyzer=terms)
        vec.fit(suppliers.text + needs.text)
        self._s_text_t = vec.transform(suppliers.text).T.tocsr()  # terms x suppliers
        self._lat = np.radians(suppliers.lat)
        self._lng = np.radians(suppliers.lng)
        self._cos_lat = np.cos(self._lat)
        self._n_text = vec.transform(needs.text).tocsr()
        self._prefix = {d: np.array([int(x[:d]) if x[:d].isdigit() else -1
                                     for x in suppliers.kbli], dtype=np.int64)
                        for d in (2, 3, 4, 5)}
        names = sorted(set().union(*suppliers.certs, *needs.certs)) if (
            suppliers.certs or needs.certs) else []
        self._bit = {c: 1 << k for k, c in enumerate(names[:62])}
        self._s_certs = np.array([self._mask(c) for c in suppliers.certs], dtype=np.int64)

    def _mask(self, certs: frozenset[str]) -> int:
        return sum(self._bit.get(c, 0) for c in certs)

    def score(self, i: int) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray]:
        """Score, weighted parts, km and eligibility (within the radius) of every supplier."""
        n, s = self.needs, self.suppliers
        k = np.zeros(len(s.ids))
        code = n.kbli[i]
        if code:
            for digits, value in ((2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)):
                k[self._prefix[digits] == int(code[:digits])] = value
        # only the suppliers that share a term are touched: (1 x terms) @ (terms x suppliers)
        t = (self._n_text[i] @ self._s_text_t).toarray().ravel()
        p1, l1 = np.radians(n.lat[i]), np.radians(n.lng[i])
        h = (np.sin((self._lat - p1) / 2) ** 2
             + np.cos(p1) * self._cos_lat * np.sin((self._lng - l1) / 2) ** 2)
        km = 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
        known = ~np.isnan(km)
        r = n.radius[i]
        if np.isnan(r):
            d = np.where(known, np.clip(1 - km / 500.0, 0, 1), 0.5)
            eligible = np.ones(len(km), dtype=bool)
        else:
            d = np.where(known, np.clip(1 - km / max(r, 1e-9), 0, 1), 0.5)
            eligible = ~known | (km <= r)
        q = n.amount[i]
        if np.isnan(q) or q <= 0:
            c = np.full(len(km), 0.5)
        else:
            c = np.where(np.isnan(s.amount), 0.5, np.minimum(1.0, s.amount / q))
        need = self._mask(n.certs[i])
        if need:
            held = np.bitwise_and(self._s_certs, need)
            cert = _popcount(held) / _popcount(np.array([need]))[0]
        else:
            cert = np.ones(len(km))
        parts = {"kbli": WEIGHTS["kbli"] * k, "text": WEIGHTS["text"] * t,
                 "distance": WEIGHTS["distance"] * d, "capacity": WEIGHTS["capacity"] * c,
                 "certificates": WEIGHTS["certificates"] * cert}
        total = sum(parts.values())
        return np.where(eligible, total, -1.0), parts, km, eligible

    def top(self, i: int, k: int = 5) -> list[Match]:
        """The ``k`` best eligible suppliers for need ``i``, best first (ties by id)."""
        total, parts, km, eligible = self.score(i)
        k = min(k, int(eligible.sum()))
        if k <= 0:
            return []
        best = np.argpartition(-total, k - 1)[:k]
        best = best[np.lexsort((best, -total[best]))]
        group = self.needs.kbli[i][:3]
        return [Match(i, int(j), round(float(total[j]), 3),
                      {p: round(float(v[j]), 3) for p, v in parts.items()},
                      float(km[j]),
                      bool(total[j] >= ADEQUATE and group
                           and self.suppliers.kbli[j][:3] == group))
                for j in best]


def _popcount(x: np.ndarray) -> np.ndarray:
    """Set bits of each (non-negative) integer."""
    out = np.zeros(len(x))
    y = x.copy()
    while y.any():
        out += y & 1
        y >>= 1
    return out


def unmet_demand(needs: Table, best: dict[int, list[Match]]) -> list[dict[str, object]]:
    """Needs with no adequate supplier, by KBLI class and region: number of needs, total
    quantity and the needs' ids."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(len(needs.ids)):
        if not any(m.adequate for m in best.get(i, [])):
            groups[(needs.kbli[i], needs.region[i])].append(i)
    out = []
    for (kbli, region), idx in sorted(groups.items()):
        qty = [needs.amount[i] for i in idx if not np.isnan(needs.amount[i])]
        out.append({"kbli": kbli, "region": region, "needs": len(idx),
                    "quantity": float(sum(qty)) if qty else None,
                    "need_ids": ";".join(needs.ids[i] for i in idx)})
    return out


def why(match: Match, needs: Table, suppliers: Table) -> str:
    """One sentence, in the current language, saying where the score comes from."""
    from rancang.core.i18n import text
    from rancang.features.kbli.text import stem, words

    n, s = match.need, match.supplier
    a, b = needs.kbli[n], suppliers.kbli[s]
    level = next((d for d in (5, 4, 3, 2) if a and b and a[:d] == b[:d]), 0)
    parts = [text(f"match.why.kbli{level}", code=a[:level] if level else b or "-")]
    shared_stems = {stem(w) for w in words(suppliers.text[s])}
    shared = [w for w in dict.fromkeys(words(needs.text[n])) if stem(w) in shared_stems]
    if shared:
        parts.append(text("match.why.words", words=", ".join(shared[:5])))
    parts.append(text("match.why.km", km=f"{match.km:.0f}") if not np.isnan(match.km)
                 else text("match.why.no_location"))
    q, cap = needs.amount[n], suppliers.amount[s]
    if np.isnan(q) or np.isnan(cap) or q <= 0:
        parts.append(text("match.why.no_capacity"))
    else:
        parts.append(text("match.why.capacity", pct=f"{100 * cap / q:.0f}"))
    required = needs.certs[n]
    if required:
        have = sorted(required & suppliers.certs[s])
        lack = sorted(required - suppliers.certs[s])
        parts.append(text("match.why.certs", have=", ".join(have) or "-",
                          lack=", ".join(lack) or "-"))
    return "; ".join(parts)
