"""Similar inputs, to answer alike inputs the same way: TF-IDF vectors of the inputs'
text (scikit-learn) and their cosine similarity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.features.consult.inputs import InputInfo, list_inputs, team_input

#: common Indonesian function words, left out of the vectors
STOP_WORDS = ("yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "ini", "itu",
              "dalam", "agar", "akan", "atau", "juga", "ada", "oleh", "sebagai", "bagi",
              "perlu", "harus", "lebih", "tidak", "sudah", "belum", "karena", "kami",
              "kita", "saya", "mohon", "serta", "tersebut", "bahwa", "adalah", "dapat")


def similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine similarity of the TF-IDF vectors of ``texts`` (an n x n matrix).

    Notes
    -----
    Term weight :math:`w_{t,d} = (1 + \\ln tf_{t,d}) \\cdot idf_t` with the smoothed
    :math:`idf_t = \\ln\\frac{1 + n}{1 + df_t} + 1`; each document vector is scaled to
    unit length, so the similarity of two inputs is the dot product of their vectors,
    :math:`\\cos(a, b) = \\sum_t w_{t,a} w_{t,b}` (0: no word in common, 1: the same
    words in the same proportions). Words of :data:`STOP_WORDS` are left out.

    References
    ----------
    Salton, G. and Buckley, C. (1988). Term-weighting approaches in automatic text
    retrieval. Information Processing & Management 24(5), 513-523.
    scikit-learn, ``TfidfVectorizer`` (``smooth_idf=True``, ``sublinear_tf=True``).

    Examples
    --------
    >>> s = similarity(["tambah sentra IKM rotan", "sentra IKM rotan ditambah",
    ...                 "jalan ke kawasan industri"])
    >>> bool(s[0, 1] > 0.4), float(round(s[0, 2], 6)), float(round(s[0, 0], 6))
    (True, 0.0, 1.0)
    """
    if not texts:
        return np.zeros((0, 0))
    m = _vectors(texts)
    if m is None:
        return np.eye(len(texts))
    return np.asarray((m @ m.T).toarray())


def _vectors(texts: Sequence[str]) -> Any:
    """The unit TF-IDF vectors of ``texts`` (a sparse matrix), None when the texts hold
    nothing but stop words."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(sublinear_tf=True, stop_words=list(STOP_WORDS),
                          token_pattern=r"(?u)\b\w\w+\b")
    try:
        return vec.fit_transform(list(texts))
    except ValueError:  # only stop words: nothing in common
        return None


def similar_inputs(engine: Engine, actor: Actor, input_id: int, *, limit: int = 10,
                   threshold: float = 0.2) -> list[tuple[InputInfo, float]]:
    """The inputs on the same plan most similar to input ``input_id`` (at least
    ``threshold``), best first."""
    item = team_input(engine, actor, input_id)
    others = list_inputs(engine, actor, item.plan_id)
    texts = [f"{i.quote} {i.text}" for i in others]
    k = next(n for n, i in enumerate(others) if i.id == item.id)
    m = _vectors(texts)
    if m is None:
        return []
    row = np.asarray((m[k] @ m.T).toarray())[0]
    order = np.argsort(-row, kind="stable")
    out = [(others[j], float(row[j])) for j in order
           if j != k and row[j] >= threshold]
    return out[:limit]
