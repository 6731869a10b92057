"""TF-IDF similarity of a phrase to each KBLI class's whole text, by words and letter n-grams.

A second, independent view of a phrase next to the coder's BM25F: the cosine between the
phrase and the centroid of a class's documents (its title, its lexicon aliases and its full
text), each a TF-IDF vector over stems *and* over the letter n-grams of the stems (3 and 4
letters, each stem padded with a space on both sides). Letter n-grams let a stem the stemmer
cut differently, or a compound written as one word, still count in part.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse

#: Lengths of the letter n-grams.
NGRAMS = (3, 4)


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
        word_counts = _counts([ss for _, ss in docs], self._words)
        # letters of a document: its stem counts times each stem's letter n-grams
        spell = _counts([letter_ngrams(s) for s in stems], self._letters)
        letter_counts = sparse.csr_matrix(word_counts @ spell)
        self._idf = (_idf(word_counts), _idf(letter_counts))
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

    def _query(self, stems: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Feature columns and weights of one phrase (the same weighting as the documents)."""
        parts: list[tuple[list[int], np.ndarray]] = []
        offset = 0
        for index, idf, terms in ((self._words, self._idf[0], stems),
                                  (self._letters, self._idf[1],
                                   [g for s in stems for g in letter_ngrams(s)])):
            counts: dict[int, int] = {}
            for t in terms:
                i = index.get(t)
                if i is not None:
                    counts[i] = counts.get(i, 0) + 1
            if counts:
                cols = list(counts)
                w = (1.0 + np.log(np.fromiter(counts.values(), float))) * idf[cols]
                parts.append(([offset + c for c in cols], w / np.sqrt(w @ w)))
            offset += len(index)
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        scale = 1.0 / np.sqrt(len(parts))
        return (np.concatenate([np.asarray(c, dtype=np.int64) for c, _ in parts]),
                np.concatenate([w for _, w in parts]) * scale)

    def cosine(self, phrases: Sequence[Sequence[str]]) -> np.ndarray:
        """Cosine of each phrase (its stems) with every class centroid, (n_phrases, n_classes).

        Stems unknown to the classes' texts still count by their letter n-grams.
        """
        m = self._centroid_t
        out = np.zeros((len(phrases), self.n_classes))
        for k, stems in enumerate(phrases):
            cols, weights = self._query(stems)
            if not cols.size:
                continue
            starts = m.indptr[cols]
            lengths = m.indptr[cols + 1] - starts
            # positions of every stored value of the phrase's feature rows, in one array
            first = np.cumsum(lengths) - lengths
            take = np.arange(int(lengths.sum())) + np.repeat(starts - first, lengths)
            out[k] = np.bincount(m.indices[take],
                                 weights=m.data[take] * np.repeat(weights, lengths),
                                 minlength=self.n_classes)
        return out
