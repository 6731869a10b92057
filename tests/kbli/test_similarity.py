"""The TF-IDF similarity of phrases to KBLI classes: against scikit-learn's TfidfVectorizer
(an independent implementation of the same weighting), its invariants, and how the coder
uses it."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from rancang.features.kbli.coder import KbliCoder, load_classes
from rancang.features.kbli.similarity import ClassSimilarity, letter_ngrams

DOCS = [
    (0, ["roti", "kue", "kering", "roti"]),
    (0, ["bolu", "kue"]),
    (1, ["kopi", "sangrai", "bubuk"]),
    (1, ["kopi"]),
    (2, ["angkut", "barang", "truk"]),
    (3, ["kemas", "barang"]),
]


def _sklearn_cosine(docs: list[tuple[int, list[str]]], n_classes: int,
                    phrases: list[list[str]]) -> np.ndarray:
    """The same similarity built from scikit-learn parts: word and char_wb TF-IDF (smooth
    IDF, sublinear TF, L2), blocks concatenated and normalised, centroids normalised."""
    texts = [" ".join(s) for _, s in docs]
    queries = [" ".join(p) for p in phrases]
    words = TfidfVectorizer(analyzer=str.split, sublinear_tf=True).fit(texts)
    letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True,
                              lowercase=False).fit(texts)

    def vec(t: list[str]) -> sparse.csr_matrix:
        return normalize(sparse.hstack([words.transform(t), letters.transform(t)]).tocsr())

    owner = np.array([c for c, _ in docs])
    member = sparse.csr_matrix((np.ones(len(docs)), (owner, np.arange(len(docs)))),
                               shape=(n_classes, len(docs)))
    centroids = normalize(member @ vec(texts))
    return np.asarray((vec(queries) @ centroids.T).toarray())


def test_cosine_equals_scikit_learn_tfidf() -> None:
    phrases = [["kue", "kering"], ["kopi", "bubuk", "kopi"], ["truk"], ["kemasan"],
               ["xyz"], ["angkut", "kopi"]]
    ours = ClassSimilarity(DOCS, 4).cosine(phrases)
    np.testing.assert_allclose(ours, _sklearn_cosine(DOCS, 4, phrases), atol=1e-12)


def test_letter_ngrams_are_scikit_learn_char_wb() -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)).build_analyzer()
    for stem in ("a", "ab", "teh", "pengemasan"):
        assert sorted(letter_ngrams(stem)) == sorted(analyzer(stem))


STEMS = st.lists(st.sampled_from(["roti", "kue", "kopi", "truk", "barang", "kemas", "zz",
                                  "kopiah", "bolu"]), min_size=0, max_size=5)


@settings(max_examples=80, deadline=None)
@given(STEMS)
def test_cosine_is_between_zero_and_one(stems: list[str]) -> None:
    cos = ClassSimilarity(DOCS, 4).cosine([stems])[0]
    assert cos.shape == (4,)
    assert np.all(cos >= -1e-12)
    assert np.all(cos <= 1 + 1e-9)


def test_a_class_with_one_document_is_its_own_best_match() -> None:
    sim = ClassSimilarity(DOCS, 4)
    cos = sim.cosine([["kemas", "barang"]])[0]
    assert cos[3] == pytest.approx(1.0)
    assert cos.argmax() == 3


@pytest.fixture(scope="module")
def coder() -> KbliCoder:
    return KbliCoder.default()


def test_weight_zero_is_the_bm25f_coder(coder: KbliCoder) -> None:
    plain = KbliCoder(load_classes(), similarity_weight=0.0)
    for phrase in ("keripik singkong pedas balado", "mess karyawan", "kopi bubuk"):
        ranked = np.argsort(-plain.scores(phrase), kind="stable")[:3]
        found = plain.suggest(phrase, top=3)
        assert [s.code for s in found] == [plain.codes[i] for i in ranked]
        assert all(s.similarity == 0.0 for s in found)
        # the shipped coder's score is the BM25F score times e^(weight x similarity)
        for s in coder.suggest(phrase, top=3):
            bm25f = plain.scores(phrase)[plain.codes.index(s.code)]
            assert s.score == pytest.approx(bm25f * np.exp(coder.similarity_weight
                                                           * s.similarity), rel=1e-3)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet="abdegikmnoprstu ", min_size=1, max_size=30), min_size=1,
                max_size=6))
def test_suggest_many_is_suggest_one_by_one(texts: list[str]) -> None:
    coder = KbliCoder.default()
    many = coder.suggest_many(texts, top=3, chunk=2)
    assert [[s.code for s in f] for f in many] == [
        [s.code for s in coder.suggest(t, top=3)] for t in texts]
