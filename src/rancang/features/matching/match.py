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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from rancang.features.matching.offers import Table

WEIGHTS = {"kbli": 35.0, "text": 25.0, "distance": 20.0, "capacity": 10.0,
           "certificates": 10.0}
ADEQUATE = 50.0
#: the standards a need may require on the web form (always known to a stored index)
STANDARDS = ("sni", "halal", "tkdn")
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


def tfidf_rows(docs: list[list[str]], counts: np.ndarray,
               idf_out: list[np.ndarray] | None = None) -> tuple[Any, dict[str, int]]:
    """TF-IDF vectors of distinct documents, each counted ``counts`` times in the corpus.

    The weights of scikit-learn's ``TfidfVectorizer`` defaults, computed once per distinct
    text (offices' product texts repeat: "keripik pisang" a thousand times):

    .. math::

        w_{dt} = \\frac{tf_{dt}\\,\\mathrm{idf}_t}{\\lVert tf_{d}\\,\\mathrm{idf}\\rVert_2},
        \\qquad \\mathrm{idf}_t = \\ln\\frac{1 + N}{1 + df_t} + 1

    with :math:`N` the number of documents and :math:`df_t` those holding term :math:`t`
    (Salton & Buckley 1988; the smoothed idf of scikit-learn's documentation).

    Example
    -------
    >>> m, vocab = tfidf_rows([["kopi", "bubuk"], ["kopi"]], np.array([1, 2]))
    >>> vocab, np.round(m.toarray(), 3).tolist()
    ({'kopi': 0, 'bubuk': 1}, [[0.509, 0.861], [1.0, 0.0]])
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[int] = []
    for doc in docs:
        tf: dict[int, int] = {}
        for term in doc:
            j = vocab.setdefault(term, len(vocab))
            tf[j] = tf.get(j, 0) + 1
        indices.extend(tf)
        data.extend(tf.values())
        indptr.append(len(indices))
    m = csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                    np.asarray(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
    m.sort_indices()
    present = m.copy()
    present.data[:] = 1.0
    df = np.asarray(present.T @ counts.astype(np.float64)).ravel()
    idf = np.log((1.0 + counts.sum()) / (1.0 + df)) + 1.0
    if idf_out is not None:
        idf_out.append(idf)
    m = m.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = m.multiply((1.0 / norms)[:, np.newaxis]).tocsr()
    return m, vocab


class Matcher:
    """Score every supplier for each need, vectorised over the suppliers.

    Distinct texts are analysed once (:func:`tfidf_rows`); for a need with a delivery radius
    only the suppliers whose latitude lies within the radius (a great-circle distance is at
    least :math:`R\\,|\\Delta\\varphi|`) and those without a location are scored, which
    gives the same best suppliers as scoring all of them.
    """

    def __init__(self, needs: Table, suppliers: Table) -> None:
        from rancang.features.kbli.text import terms

        self.needs, self.suppliers = needs, suppliers
        # distinct texts over suppliers and needs, with how often each occurs
        distinct: dict[str, int] = {}
        s_of = np.fromiter((distinct.setdefault(x, len(distinct)) for x in suppliers.text),
                           dtype=np.int64, count=len(suppliers.text))
        n_of = np.fromiter((distinct.setdefault(x, len(distinct)) for x in needs.text),
                           dtype=np.int64, count=len(needs.text))
        counts = np.bincount(np.concatenate([s_of, n_of]), minlength=len(distinct))
        idf: list[np.ndarray] = []
        vectors, self._vocab = tfidf_rows([terms(x) for x in distinct], counts, idf)
        self._idf, self._corpus = idf[0], int(counts.sum())
        s_distinct, self._s_text_of = np.unique(s_of, return_inverse=True)
        self._s_text_t = vectors[s_distinct].T.tocsr()  # terms x distinct supplier texts
        texts = list(distinct)
        self._text_col = {texts[d]: c for c, d in enumerate(s_distinct.tolist())}
        self._dead = np.zeros(len(suppliers.ids), dtype=bool)
        self._n_text = vectors[n_of]
        self._lat = np.radians(suppliers.lat)
        self._lng = np.radians(suppliers.lng)
        self._cos_lat = np.cos(self._lat)
        located = ~np.isnan(self._lat) & ~np.isnan(self._lng)
        order = np.flatnonzero(located)
        self._by_lat = order[np.argsort(self._lat[order], kind="stable")]
        # the located suppliers' coordinates in latitude order: a band is a slice (a view)
        self._sorted_lat = self._lat[self._by_lat]
        self._sorted_lng = self._lng[self._by_lat]
        self._sorted_cos = self._cos_lat[self._by_lat]
        self._unlocated = np.flatnonzero(~located)
        self._all = np.arange(len(suppliers.ids))
        self._prefix = {d: np.array([int(x[:d]) if x[:d].isdigit() else -1
                                     for x in suppliers.kbli], dtype=np.int64)
                        for d in (2, 3, 4, 5)}
        names = sorted(set().union(*suppliers.certs, *needs.certs, STANDARDS))
        self._bit = {c: 1 << k for k, c in enumerate(names[:62])}
        self._s_certs = np.array([self._mask(c) for c in suppliers.certs], dtype=np.int64)

    def with_needs(self, needs: Table) -> Matcher:
        """This matcher's suppliers (their vectors, places and codes shared, not copied)
        for other needs: a stored index answers needs posted after it was built.

        A need's text is weighted with the index's idf; a term the index never saw counts
        as held by one document, :math:`\\mathrm{idf} = \\ln\\frac{1 + N}{2} + 1`, in the
        vector's norm only (no supplier holds it), so the cosine is what it would be had
        the need been in the corpus, up to the corpus's own counts.
        """
        from scipy.sparse import csr_matrix

        from rancang.features.kbli.text import terms

        out = Matcher.__new__(Matcher)
        out.__dict__.update(self.__dict__)
        out.needs = needs
        unseen = np.log((1.0 + self._corpus) / 2.0) + 1.0
        indptr: list[int] = [0]
        indices: list[int] = []
        data: list[float] = []
        for x in needs.text:
            tf: dict[int, int] = {}
            other: dict[str, int] = {}
            for term in terms(x):
                j = self._vocab.get(term)
                if j is None:
                    other[term] = other.get(term, 0) + 1
                else:
                    tf[j] = tf.get(j, 0) + 1
            known = {j: v * self._idf[j] for j, v in tf.items()}
            norm = float(np.sqrt(sum(v * v for v in known.values())
                                 + sum((v * unseen) ** 2 for v in other.values())))
            indices.extend(known)
            data.extend(v / norm if norm else 0.0 for v in known.values())
            indptr.append(len(indices))
        out._n_text = csr_matrix((np.asarray(data, dtype=np.float64),
                                  np.asarray(indices, dtype=np.int64),
                                  np.asarray(indptr, dtype=np.int64)),
                                 shape=(len(needs.text), len(self._vocab)))
        return out

    def changed(self, remove: list[int], add: Table) -> Matcher:
        """A new matcher with the suppliers ``remove`` (row numbers) left out and those
        of ``add`` appended after the others, without analysing the other suppliers
        again; this matcher is left as it is (readers keep using it meanwhile).

        A removed supplier keeps its row (row numbers do not move) and is never a
        candidate again. A new supplier's text is weighted with this matcher's idf, a term
        it never saw with :math:`\\mathrm{idf} = \\ln\\frac{1 + N}{2} + 1` (the weight of a
        term held by one document); the idf drifts from a full rebuild's as suppliers
        change, which the stored index bounds by rebuilding after many changes.

        Example
        -------
        >>> from rancang.features.matching.offers import Table
        >>> def t(ids, text, kbli):
        ...     n = len(ids)
        ...     return Table(ids, text, kbli, np.full(n, np.nan), [frozenset()] * n,
        ...                  np.full(n, np.nan), np.full(n, np.nan), [""] * n, ids,
        ...                  np.full(n, np.nan), [False] * n)
        >>> m = Matcher(t(["n"], ["keripik singkong"], ["10794"]),
        ...             t(["a", "b"], ["katering", "keripik pisang"], ["56290", "10794"]))
        >>> m2 = m.changed([1], t(["c"], ["keripik singkong balado"], ["10794"]))
        >>> [x.supplier for x in m2.top(0, 3)], [x.supplier for x in m.top(0, 3)]
        ([2, 0], [1, 0])
        """
        from scipy.sparse import csr_matrix, hstack

        from rancang.features.kbli.text import terms

        out = Matcher.__new__(Matcher)
        out.__dict__.update(self.__dict__)
        old, n_old = self.suppliers, len(self.suppliers.ids)
        out.suppliers = Table(
            old.ids + add.ids, old.text + add.text, old.kbli + add.kbli,
            np.concatenate([old.amount, add.amount]), old.certs + add.certs,
            np.concatenate([old.lat, add.lat]), np.concatenate([old.lng, add.lng]),
            old.region + add.region, old.name + add.name,
            np.concatenate([old.radius, add.radius]),
            old.kbli_suggested + add.kbli_suggested)
        dead = np.concatenate([self._dead, np.zeros(len(add.ids), dtype=bool)])
        dead[np.asarray(remove, dtype=np.int64)] = True
        out._dead = dead
        # texts: a text seen before reuses its column; a new one gets a column
        vocab, idf = self._vocab, self._idf
        text_col = self._text_col
        unseen = np.log((1.0 + self._corpus) / 2.0) + 1.0
        cols: list[dict[int, float]] = []
        extra: list[float] = []
        of = np.empty(len(add.ids), dtype=np.int64)
        for r, x in enumerate(add.text):
            c = text_col.get(x)
            if c is None:
                if text_col is self._text_col:
                    text_col, vocab, idf = dict(text_col), dict(vocab), idf.copy()
                tf: dict[int, int] = {}
                for term in terms(x):
                    j = vocab.get(term)
                    if j is None:
                        j = vocab[term] = len(vocab)
                        extra.append(unseen)
                    tf[j] = tf.get(j, 0) + 1
                if extra:
                    idf = np.concatenate([idf, extra])
                    extra = []
                w = {j: v * float(idf[j]) for j, v in tf.items()}
                norm = float(np.sqrt(sum(v * v for v in w.values()))) or 1.0
                c = text_col[x] = self._s_text_t.shape[1] + len(cols)
                cols.append({j: v / norm for j, v in w.items()})
            of[r] = c
        out._vocab, out._idf, out._text_col = vocab, idf, text_col
        out._s_text_of = np.concatenate([self._s_text_of, of])
        grow = len(vocab) - self._s_text_t.shape[0]
        if cols or grow:
            t = self._s_text_t
            rows = csr_matrix((t.data, t.indices, np.concatenate(
                [t.indptr, np.full(grow, t.indptr[-1])])), shape=(len(vocab), t.shape[1]))
            if cols:
                r_i = [j for col in cols for j in col]
                c_i = [k for k, col in enumerate(cols) for _ in col]
                data = [v for col in cols for v in col.values()]
                new = csr_matrix((data, (r_i, c_i)), shape=(len(vocab), len(cols)))
                rows = hstack([rows, new], format="csr")
            out._s_text_t = rows
            n = self._n_text
            out._n_text = csr_matrix((n.data, n.indices, n.indptr),
                                     shape=(n.shape[0], len(vocab)))
        # places: new located suppliers enter the latitude order
        lat, lng = np.radians(add.lat), np.radians(add.lng)
        out._lat = np.concatenate([self._lat, lat])
        out._lng = np.concatenate([self._lng, lng])
        out._cos_lat = np.concatenate([self._cos_lat, np.cos(lat)])
        located = ~np.isnan(lat) & ~np.isnan(lng)
        new_rows = n_old + np.arange(len(add.ids))
        where = np.searchsorted(self._sorted_lat, lat[located], side="right")
        out._by_lat = np.insert(self._by_lat, where, new_rows[located])
        out._sorted_lat = out._lat[out._by_lat]
        out._sorted_lng = out._lng[out._by_lat]
        out._sorted_cos = out._cos_lat[out._by_lat]
        unlocated = np.concatenate([self._unlocated, new_rows[~located]])
        out._unlocated = unlocated[~dead[unlocated]]
        out._all = np.flatnonzero(~dead)
        out._prefix = {d: np.concatenate([p, np.array(
            [int(x[:d]) if x[:d].isdigit() else -1 for x in add.kbli], dtype=np.int64)])
            for d, p in self._prefix.items()}
        out._s_certs = np.concatenate([self._s_certs, np.array(
            [self._mask(c) for c in add.certs], dtype=np.int64)])
        return out

    def _mask(self, certs: frozenset[str]) -> int:
        return sum(self._bit.get(c, 0) for c in certs)

    def _candidates(self, i: int) -> np.ndarray:
        """Suppliers that may lie within need ``i``'s radius (all when it has none)."""
        n = self.needs
        r = n.radius[i]
        if np.isnan(r) or np.isnan(n.lat[i]) or np.isnan(n.lng[i]):
            return self._all
        band = r / EARTH_KM  # radians of latitude
        p1 = np.radians(n.lat[i])
        lo = int(np.searchsorted(self._sorted_lat, p1 - band, side="left"))
        hi = int(np.searchsorted(self._sorted_lat, p1 + band, side="right"))
        l1 = np.radians(n.lng[i])
        # within the radius <=> haversine h <= sin^2(r / 2R), no arcsin needed
        h = (np.sin((self._sorted_lat[lo:hi] - p1) / 2) ** 2
             + np.cos(p1) * self._sorted_cos[lo:hi]
             * np.sin((self._sorted_lng[lo:hi] - l1) / 2) ** 2)
        limit = np.sin(min(r / (2 * EARTH_KM), np.pi / 2)) ** 2 * (1 + 1e-9)
        found = self._by_lat[lo:hi][h <= limit]
        if len(self._all) < len(self._dead):  # some suppliers were removed
            found = found[~self._dead[found]]
        return np.concatenate([found, self._unlocated])

    def score(self, i: int) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray]:
        """Score, weighted parts, km and eligibility (within the radius; a removed
        supplier never) of every supplier, by row."""
        total, parts, km, eligible = self._score(i, np.arange(len(self._dead)))
        if len(self._all) < len(self._dead):
            eligible &= ~self._dead
            total = np.where(eligible, total, -1.0)
        return total, parts, km, eligible

    def _score(self, i: int, idx: np.ndarray
               ) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray]:
        """:meth:`score` restricted to the suppliers ``idx`` (arrays aligned with ``idx``)."""
        n, s = self.needs, self.suppliers
        k = np.zeros(len(idx))
        code = n.kbli[i]
        if code:
            for digits, value in ((2, 0.25), (3, 0.5), (4, 0.75), (5, 1.0)):
                k[self._prefix[digits][idx] == int(code[:digits])] = value
        # only the texts that share a term are touched: (1 x terms) @ (terms x texts)
        t = (self._n_text[i] @ self._s_text_t).toarray().ravel()[self._s_text_of[idx]]
        p1, l1 = np.radians(n.lat[i]), np.radians(n.lng[i])
        lat, lng = self._lat[idx], self._lng[idx]
        h = (np.sin((lat - p1) / 2) ** 2
             + np.cos(p1) * self._cos_lat[idx] * np.sin((lng - l1) / 2) ** 2)
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
            amount = s.amount[idx]
            c = np.where(np.isnan(amount), 0.5, np.minimum(1.0, amount / q))
        need = self._mask(n.certs[i])
        if need:
            held = np.bitwise_and(self._s_certs[idx], need)
            cert = _popcount(held) / _popcount(np.array([need]))[0]
        else:
            cert = np.ones(len(km))
        parts = {"kbli": WEIGHTS["kbli"] * k, "text": WEIGHTS["text"] * t,
                 "distance": WEIGHTS["distance"] * d, "capacity": WEIGHTS["capacity"] * c,
                 "certificates": WEIGHTS["certificates"] * cert}
        total = sum(parts.values())
        return np.where(eligible, total, -1.0), parts, km, eligible

    def needs_for(self, j: int, idx: np.ndarray
                  ) -> tuple[np.ndarray, dict[str, np.ndarray], np.ndarray, np.ndarray]:
        """Supplier ``j`` scored for each of the needs ``idx``: the same score, parts, km
        and eligibility as :meth:`_score` gives need by need, vectorised over the needs
        (the needs one supplier can serve).

        Example
        -------
        >>> from rancang.features.matching.offers import Table
        >>> def t(ids, text, kbli, lat, radius):
        ...     n = len(ids)
        ...     return Table(ids, text, kbli, np.full(n, np.nan), [frozenset()] * n,
        ...                  np.array(lat), np.full(n, 122.0), [""] * n, ids,
        ...                  np.array(radius), [False] * n)
        >>> m = Matcher(t(["n1", "n2"], ["keripik", "katering"], ["10794", "56290"],
        ...               [-2.0, -2.5], [100.0, np.nan]),
        ...             t(["s"], ["keripik pisang"], ["10794"], [-2.1], [np.nan]))
        >>> total, _, _, ok = m.needs_for(0, np.array([0, 1]))
        >>> bool(np.allclose(total, [m.score(0)[0][0], m.score(1)[0][0]])), ok.tolist()
        (True, [True, True])
        """
        n, s = self.needs, self.suppliers
        code = s.kbli[j]
        codes = np.array([n.kbli[i] for i in idx]) if len(idx) else np.array([], dtype=str)
        k = kbli_closeness(code, codes) if code else np.zeros(len(idx))
        col = int(self._s_text_of[j])
        t = np.asarray((self._n_text[idx] @ self._s_text_t[:, [col]]).todense()).ravel()
        lat, lng = np.radians(n.lat[idx]), np.radians(n.lng[idx])
        p1, l1 = self._lat[j], self._lng[j]
        h = (np.sin((p1 - lat) / 2) ** 2
             + np.cos(lat) * self._cos_lat[j] * np.sin((l1 - lng) / 2) ** 2)
        km = 2 * EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
        known = ~np.isnan(km)
        r = n.radius[idx]
        no_r = np.isnan(r)
        scale = np.where(no_r, 500.0, np.maximum(np.where(no_r, 1.0, r), 1e-9))
        d = np.where(known, np.clip(1 - km / scale, 0, 1), 0.5)
        eligible = no_r | ~known | (km <= np.where(no_r, np.inf, r))
        q, cap = n.amount[idx], s.amount[j]
        c = np.where(np.isnan(q) | (q <= 0) | np.isnan(cap), 0.5,
                     np.minimum(1.0, cap / np.where(np.isnan(q) | (q <= 0), 1.0, q)))
        need = np.array([self._mask(n.certs[i]) for i in idx], dtype=np.int64)
        held = _popcount(np.bitwise_and(need, self._s_certs[j]))
        wanted = _popcount(need)
        cert = np.where(need == 0, 1.0, held / np.maximum(wanted, 1))
        parts = {"kbli": WEIGHTS["kbli"] * k, "text": WEIGHTS["text"] * t,
                 "distance": WEIGHTS["distance"] * d, "capacity": WEIGHTS["capacity"] * c,
                 "certificates": WEIGHTS["certificates"] * cert}
        total = sum(parts.values())
        return np.where(eligible, total, -1.0), parts, km, eligible

    def top(self, i: int, k: int = 5) -> list[Match]:
        """The ``k`` best eligible suppliers for need ``i``, best first; among equal scores
        the supplier listed first."""
        return self.top_and_adequate(i, k)[0]

    def top_and_adequate(self, i: int, k: int = 5,
                         keep: Callable[[np.ndarray], np.ndarray] | None = None
                         ) -> tuple[list[Match], np.ndarray, np.ndarray]:
        """:meth:`top`, and every supplier *adequate* for need ``i`` (see the module) with
        its score: the needs each supplier can serve are read from these. ``keep`` (a mask
        of the supplier indices it is given) leaves suppliers out before ranking: those a
        reader may not see, a filter."""
        idx = self._candidates(i)
        if keep is not None:
            idx = idx[keep(idx)]
        total, parts, km, eligible = self._score(i, idx)
        group = self.needs.kbli[i][:3]
        if group.isdigit():
            ok = eligible & (total >= ADEQUATE) & (self._prefix[3][idx] == int(group))
            adequate, scores = idx[ok], total[ok]
        else:
            adequate, scores = idx[:0], total[:0]
        k = min(k, int(eligible.sum()))
        if k <= 0:
            return [], adequate, scores
        kth = -np.partition(-total, k - 1)[k - 1]
        near = np.flatnonzero(total >= kth)
        best = near[np.lexsort((idx[near], -total[near]))][:k]
        return [Match(i, int(idx[j]), round(float(total[j]), 3),
                      {p: round(float(v[j]), 3) for p, v in parts.items()},
                      float(km[j]),
                      bool(total[j] >= ADEQUATE and group
                           and self.suppliers.kbli[idx[j]][:3] == group))
                for j in best], adequate, scores


def _popcount(x: np.ndarray) -> np.ndarray:
    """Set bits of each (non-negative) integer."""
    out = np.zeros(len(x))
    y = x.copy()
    while y.any():
        out += y & 1
        y >>= 1
    return out


def unmet_demand(needs: Table, best: dict[int, list[Match]],
                 day: date | None = None) -> list[dict[str, object]]:
    """Needs with no adequate supplier, by KBLI class and region: number of needs, total
    quantity and the needs' ids; a need whose deadline is before ``day`` (default: today)
    is no longer demand."""
    from rancang.features.matching.offers import today

    day = day or today()
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(len(needs.ids)):
        if needs.expired(i, day):
            continue
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
