"""TF-IDF similarity of a phrase to each KBLI class's whole text, by words and letter n-grams.

A second, independent view of a phrase next to the coder's BM25F: the cosine between the
phrase and the centroid of a class's documents (its title, its lexicon aliases and its full
text), each a TF-IDF vector over stems *and* over the letter n-grams of the stems (3 and 4
letters, each stem padded with a space on both sides). Letter n-grams let a stem the stemmer
cut differently, or a compound written as one word, still count in part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

#: Lengths of the letter n-grams.
NGRAMS = (3, 4)
_HALF = 1.0 / math.sqrt(2.0)


@lru_cache(maxsize=200_000)
def letter_ngrams(stem: str) -> tuple[str, ...]:
    """The letter n-grams of a stem padded with spaces (as scikit-learn's ``char_wb``).

    Example
    -------
    >>> letter_ngrams("teh")
    (' te', 'teh', 'eh ', ' teh', 'teh ')
    """
    w = f" {stem} "
    return tuple(w[i:i + n] for n in NGRAMS for i in range(len(w) - n + 1))


def _counts(rows: Sequence[Sequence[str]], index: dict[str, int]) -> sparse.csr_matrix:
    """Term counts of each row over ``index`` (unknown terms left out)."""
    indptr = [0]
    cols: list[int] = []
    for terms in rows:
        cols.extend(index[t] for t in terms if t in index)
        indptr.append(len(cols))
    data = np.ones(len(cols))
    m = sparse.csr_matrix((data, np.asarray(cols, dtype=np.int64), indptr),
                          shape=(len(rows), len(index)))
    m.sum_duplicates()
    return m


def _tfidf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF x IDF, each row normalised to length 1 (empty rows stay empty)."""
    m = counts.copy()
    m.data = 1.0 + np.log(m.data)
    m = sparse.csr_matrix(m @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


def _idf(counts: sparse.csr_matrix) -> np.ndarray:
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1.0 + n) / (1.0 + df)) + 1.0


class ClassSimilarity:
    """Cosine between a phrase and each class's centroid, words and letter n-grams alike.

    Parameters
    ----------
    docs : list of (class index, stems)
        The documents of the classes, several per class.
    n_classes : int
        Number of classes.

    Notes
    -----
    For the word block and the letter block apart, a document's vector has components
    :math:`(1 + \\ln tf_{t}) \\cdot idf_t` with :math:`idf_t = \\ln\\frac{1 + N}{1 + df_t} + 1`
    (:math:`N` documents), normalised to length 1; the two blocks are concatenated and
    scaled by :math:`1/\\sqrt{k}` (:math:`k` non-empty blocks), so that each weighs the same.
    A class's centroid is the normalised sum of its documents' vectors; the similarity of a
    phrase is the dot product of its vector, built the same way, with each centroid (a
    cosine in [0, 1]).

    References
    ----------
    Salton, G. & Buckley, C. (1988). Term-weighting approaches in automatic text retrieval.
    Information Processing & Management 24(5), 513-523. Rocchio, J. (1971). Relevance
    feedback in information retrieval. In *The SMART Retrieval System*, 313-323.

    Example
    -------
    >>> sim = ClassSimilarity([(0, ["roti", "kue"]), (1, ["kopi", "sangrai"])], 2)
    >>> cos = sim.cosine([["kue"], ["kopi", "bubuk"]])
    >>> cos.shape, bool(cos[0, 0] > cos[0, 1]), bool(cos[1, 1] > cos[1, 0])
    ((2, 2), True, True)
    """

    def __init__(self, docs: list[tuple[int, list[str]]], n_classes: int) -> None:
        self.n_classes = n_classes
        stems = sorted({s for _, ss in docs for s in ss})
        self._words = {s: i for i, s in enumerate(stems)}
        letters = sorted({g for s in stems for g in letter_ngrams(s)})
        self._letters = {g: i for i, g in enumerate(letters)}
        self._letter_cache: dict[str, list[int]] = {}
        word_counts = _counts([ss for _, ss in docs], self._words)
        # letters of a document: its stem counts times each stem's letter n-grams
        spell = _counts([letter_ngrams(s) for s in stems], self._letters)
        letter_counts = sparse.csr_matrix(word_counts @ spell)
        self._idf = (_idf(word_counts), _idf(letter_counts))
        self._idf_list = (self._idf[0].tolist(), self._idf[1].tolist())
        x = self._join(word_counts, letter_counts)
        owner = np.array([c for c, _ in docs])
        member = sparse.csr_matrix((np.ones(len(docs)), (owner, np.arange(len(docs)))),
                                   shape=(n_classes, len(docs)))
        centroid = sparse.csr_matrix(member @ x)
        norms = np.sqrt(np.asarray(centroid.multiply(centroid).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self._centroid_t = sparse.csr_matrix((sparse.diags(1.0 / norms) @ centroid).T)

    def _join(self, words: sparse.csr_matrix, letters: sparse.csr_matrix
              ) -> sparse.csr_matrix:
        w = _tfidf(words, self._idf[0])
        g = _tfidf(letters, self._idf[1])
        blocks = (np.diff(w.indptr) > 0).astype(float) + (np.diff(g.indptr) > 0)
        blocks[blocks == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / np.sqrt(blocks)) @ sparse.hstack([w, g]))

    def _letter_ids(self, stem: str) -> list[int]:
        """Columns of a stem's known letter n-grams (cached: phrases repeat their stems)."""
        ids = self._letter_cache.get(stem)
        if ids is None:
            ids = [self._letters[g] for g in letter_ngrams(stem) if g in self._letters]
            self._letter_cache[stem] = ids
        return ids

    def _query(self, stems: Sequence[str]) -> tuple[list[int], list[float]]:
        """Feature columns and weights of one phrase (the same weighting as the documents)."""
        cols: list[int] = []
        vals: list[float] = []
        offset = len(self._words)
        blocks = 0
        for block, ids in ((0, [self._words[s] for s in stems if s in self._words]),
                           (1, [i for s in stems for i in self._letter_ids(s)])):
            if not ids:
                continue
            blocks += 1
            counts: dict[int, int] = {}
            for i in ids:
                counts[i] = counts.get(i, 0) + 1
            idf = self._idf_list[block]
            w = [(1.0 + math.log(c)) * idf[i] for i, c in counts.items()]
            norm = math.sqrt(sum(x * x for x in w))
            vals.extend(x / norm for x in w)
            cols.extend(counts if block == 0 else (offset + i for i in counts))
        if blocks == 2:
            vals = [x * _HALF for x in vals]
        return cols, vals

    def cosine(self, phrases: Sequence[Sequence[str]]) -> np.ndarray:
        """Cosine of each phrase (its stems) with every class centroid, (n_phrases, n_classes).

        Stems unknown to the classes' texts still count by their letter n-grams.
        """
        indptr = [0]
        cols: list[int] = []
        vals: list[float] = []
        for stems in phrases:
            c, v = self._query(stems)
            cols.extend(c)
            vals.extend(v)
            indptr.append(len(cols))
        q = sparse.csr_matrix((np.asarray(vals, dtype=float),
                               np.asarray(cols, dtype=np.int64), indptr),
                              shape=(len(phrases), self._centroid_t.shape[0]))
        return np.asarray((q @ self._centroid_t).toarray())
