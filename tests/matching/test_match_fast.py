"""The fast paths of the matcher give what the plain computation gives.

- :func:`tfidf_rows` over distinct texts with their counts equals scikit-learn's
  ``TfidfVectorizer`` (the peer) fitted on every text, duplicates included;
- :meth:`Matcher.top`, which scores only the suppliers in the need's latitude band, returns
  the same suppliers, scores and order as ranking every supplier's full score.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from rancang.features.matching.match import Matcher, tfidf_rows
from rancang.features.matching.offers import Table

WORDS = ["kopi", "bubuk", "keripik", "pisang", "jasa", "angkut", "catering", "baut", "kemas"]
docs = st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=5), min_size=1,
                max_size=25)


@given(docs)
def test_tfidf_of_distinct_texts_equals_the_peer(corpus: list[list[str]]) -> None:
    distinct = {tuple(d): None for d in corpus}
    keys = list(distinct)
    counts = np.array([sum(1 for d in corpus if tuple(d) == k) for k in keys])
    ours, vocab = tfidf_rows([list(k) for k in keys], counts)
    peer = TfidfVectorizer(analyzer=lambda d: d)
    if not any(corpus):
        return  # the peer refuses an empty vocabulary; ours gives zero vectors
    theirs = peer.fit_transform(corpus).toarray()
    order = [vocab[w] for w in peer.get_feature_names_out()]
    for d in corpus:
        row = keys.index(tuple(d))
        np.testing.assert_allclose(ours.toarray()[row][order],
                                   theirs[corpus.index(d)], atol=1e-12)


def _table(rng: np.random.Generator, n: int, *, needs: bool) -> Table:
    lat = rng.uniform(-4, -1.5, n)
    lng = rng.uniform(121, 123.5, n)
    lat[rng.random(n) < 0.1] = np.nan
    codes = ["10794", "10793", "10710", "56290", "49431", ""]
    return Table(
        ids=[f"{'N' if needs else 'S'}{i}" for i in range(n)],
        text=[" ".join(rng.choice(WORDS, size=rng.integers(1, 4))) for _ in range(n)],
        kbli=[str(rng.choice(codes)) for _ in range(n)],
        amount=np.where(rng.random(n) < 0.2, np.nan, rng.integers(1, 100, n).astype(float)),
        certs=[frozenset(c for c in ("halal", "sni") if rng.random() < 0.4) for _ in range(n)],
        lat=lat, lng=lng, region=["72.06"] * n, name=[f"x{i}" for i in range(n)],
        radius=(np.where(rng.random(n) < 0.2, np.nan, rng.uniform(10, 200, n)) if needs
                else np.full(n, np.nan)),
        kbli_suggested=[False] * n)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 8))
def test_top_equals_ranking_every_supplier(seed: int, k: int) -> None:
    rng = np.random.default_rng(seed)
    m = Matcher(_table(rng, 15, needs=True), _table(rng, 300, needs=False))
    for i in range(15):
        total, _, _, eligible = m.score(i)
        everyone = np.flatnonzero(eligible)
        expected = everyone[np.lexsort((everyone, -total[everyone]))][:k]
        got = m.top(i, k)
        assert [x.supplier for x in got] == expected.tolist()
        assert [x.score for x in got] == [round(float(total[j]), 3) for j in expected]
