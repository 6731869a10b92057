"""Find duplicate firms: blocking, rapidfuzz scoring, constrained clustering, evaluation.

1. **Normalise** names, owners, addresses, phones and region names
   (:mod:`rancang.features.registry.normalize`).
2. **Block**: candidate pairs are records sharing any of these keys: NIB, phone, normalised
   name, normalised owner, normalised address, or a typo-tolerant name signature (first two
   letters of each name word) within the same village name initial. Blocks larger than
   ``max_block`` records are skipped (they carry no information: "UD Jaya").
3. **Score** every candidate pair with rapidfuzz (``token_sort_ratio`` on names and owners,
   ``token_set_ratio`` on addresses, ``ratio`` on district and village names) and add
   evidence weights in the spirit of Fellegi and Sunter (1969): agreement on rare
   identifiers (NIB, phone) weighs much more than agreement on names; disagreeing NIBs or
   KBLI divisions weigh against. A pair is a match when the score reaches ``threshold``.
4. **Cluster** matches with a union-find that never joins two groups holding different
   NIBs, taking the strongest pairs first.

Quality is measured with pairwise precision and recall against known groups
(:func:`pairwise_quality`); see ``benchmarks/bench_registry.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl
from rapidfuzz import fuzz, process

from rancang.features.registry.normalize import (
    normalize_address,
    normalize_name,
    normalize_phone,
    normalize_region_name,
)

_TITLES = re.compile(r"\b(?:h|hj|ir|drs|dra|dr|st|ssos|se|sh|spd|amd|bpk|ibu|pak)\b")


def normalize_owner(name: str | None) -> str:
    """Owner name key: no titles (H., Hj., Ir., Drs.), ``Muh.`` -> ``muhammad``.

    Example
    -------
    >>> normalize_owner("Hj. Siti  Nur Rahman"), normalize_owner("Muh. Yusuf")
    ('siti nur rahman', 'muhammad yusuf')
    """
    if not name:
        return ""
    s = re.sub(r"[^a-z ]+", " ", name.lower().replace("muh.", "muhammad "))
    s = re.sub(r"\bmuh\b", "muhammad", s)
    return re.sub(r"\s+", " ", _TITLES.sub(" ", s)).strip()


def _signature(key: str) -> str:
    return " ".join(sorted(w[:2] for w in key.split() if len(w) > 1))


def prepare_records(frame: pl.DataFrame) -> pl.DataFrame:
    """Add the normalised keys used for blocking and scoring.

    Parameters
    ----------
    frame : polars.DataFrame
        ``id`` and any of ``nib, name, owner_name, phone, address, village_name,
        district_name, kbli``.

    Returns
    -------
    polars.DataFrame
        With ``k_name, k_owner, k_addr, k_phone, k_district, k_village, k_sig, k_div``.
    """

    def col(name: str) -> list[str | None]:
        return frame[name].to_list() if name in frame.columns else [None] * frame.height

    return frame.with_columns(
        pl.Series("k_name", [normalize_name(x) for x in col("name")]),
        pl.Series("k_owner", [normalize_owner(x) for x in col("owner_name")]),
        pl.Series("k_addr", [normalize_address(x) for x in col("address")]),
        pl.Series("k_phone", [normalize_phone(x) for x in col("phone")], dtype=pl.String),
        pl.Series("k_district", [normalize_region_name(x) for x in col("district_name")]),
        pl.Series("k_village", [normalize_region_name(x) for x in col("village_name")]),
        pl.Series("k_div", [x[:2] if x else None for x in col("kbli")], dtype=pl.String),
        pl.Series("k_nib", col("nib"), dtype=pl.String),
    ).with_columns(
        pl.Series("k_sig", [_signature(k) for k in [normalize_name(x) for x in col("name")]]),
    )


def candidate_pairs(rec: pl.DataFrame, *, max_block: int = 60) -> pl.DataFrame:
    """Pairs of row positions (``a < b``) sharing at least one blocking key."""
    idx = rec.select(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("i"),
        "k_nib",
        "k_phone",
        "k_name",
        "k_owner",
        "k_addr",
        (pl.col("k_sig") + "|" + pl.col("k_village").str.slice(0, 1)).alias("k_sigv"),
    )
    parts = []
    for key in ("k_nib", "k_phone", "k_name", "k_owner", "k_addr", "k_sigv"):
        k = idx.select("i", pl.col(key).alias("key")).filter(
            pl.col("key").is_not_null() & (pl.col("key") != "") & (pl.col("key") != "|")
        )
        k = k.filter(pl.len().over("key") <= max_block)
        pairs = k.join(k, on="key", suffix="_b").filter(pl.col("i") < pl.col("i_b"))
        parts.append(pairs.select(pl.col("i").alias("a"), pl.col("i_b").alias("b")))
    return pl.concat(parts).unique()


def score_pairs(rec: pl.DataFrame, pairs: pl.DataFrame, *, workers: int = -1) -> np.ndarray:
    """Match score of each candidate pair (higher = more likely the same firm).

    Notes
    -----
    score = 12 [NIB equal] - 12 [NIB differ] + 7 [phone equal] - 1.5 [phone differ]
    + w_name(s_name) + w_owner(s_owner) + w_addr(s_addr) + 0.5 [district ~]
    - 2 [district differ] + 0.5 [village ~] + 1 [KBLI division equal] - 4 [differ],
    with rapidfuzz similarities s in 0-100 and step weights w (see source).
    """
    a, b = pairs["a"].to_numpy(), pairs["b"].to_numpy()

    def take(col: str) -> tuple[list, list]:
        v = rec[col].to_list()
        return [v[i] or "" for i in a], [v[i] or "" for i in b]

    def sim(col: str, scorer: Any) -> tuple[np.ndarray, np.ndarray]:
        x, y = take(col)
        s = process.cpdist(x, y, scorer=scorer, workers=workers, dtype=np.float32)
        both = np.array([bool(p) and bool(q) for p, q in zip(x, y, strict=True)])
        return np.asarray(s, dtype=float), both

    def eq(col: str) -> tuple[np.ndarray, np.ndarray]:
        x, y = take(col)
        xa, ya = np.array(x, dtype=object), np.array(y, dtype=object)
        both = (xa != "") & (ya != "")
        return both & (xa == ya), both & (xa != ya)

    s_name, _ = sim("k_name", fuzz.token_sort_ratio)
    s_owner, has_owner = sim("k_owner", fuzz.token_sort_ratio)
    s_addr, has_addr = sim("k_addr", fuzz.token_set_ratio)
    s_dist, has_dist = sim("k_district", fuzz.ratio)
    s_vill, has_vill = sim("k_village", fuzz.ratio)
    nib_eq, nib_diff = eq("k_nib")
    ph_eq, ph_diff = eq("k_phone")
    div_eq, div_diff = eq("k_div")
    score = 12.0 * nib_eq - 12.0 * nib_diff + 7.0 * ph_eq - 1.5 * ph_diff
    score += np.select(
        [s_name >= 97, s_name >= 90, s_name >= 80, s_name >= 70], [4.0, 3.0, 1.0, -1.0], -5.0
    )
    score += has_owner * np.select(
        [s_owner >= 95, s_owner >= 85, s_owner >= 70], [4.0, 2.5, 0.0], -4.0
    )
    score += has_addr * np.select([s_addr >= 95, s_addr >= 80, s_addr >= 60], [2.0, 1.0, 0.0], -1.0)
    score += has_dist * np.where(s_dist >= 85, 0.5, -2.0)
    score += has_vill * np.where(s_vill >= 85, 0.5, 0.0)
    score += 1.0 * div_eq - 4.0 * div_diff
    return score


def cluster(
    n: int,
    pairs: pl.DataFrame,
    scores: np.ndarray,
    nibs: list[str | None],
    *,
    threshold: float = 7.0,
) -> np.ndarray:
    """Cluster labels (root positions) from matching pairs, never mixing two NIBs.

    Example
    -------
    >>> p = pl.DataFrame({"a": [0, 1, 0], "b": [1, 2, 2]})
    >>> cluster(3, p, np.array([9.0, 8.0, 7.0]), ["1", None, "2"]).tolist()
    [0, 0, 2]
    """
    parent = list(range(n))
    nib = list(nibs)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keep = scores >= threshold
    order = np.argsort(-scores[keep], kind="stable")
    a = pairs["a"].to_numpy()[keep][order]
    b = pairs["b"].to_numpy()[keep][order]
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        rx, ry = find(x), find(y)
        if rx == ry:
            continue
        if nib[rx] and nib[ry] and nib[rx] != nib[ry]:
            continue
        if ry < rx:
            rx, ry = ry, rx
        parent[ry] = rx
        nib[rx] = nib[rx] or nib[ry]
    return np.array([find(i) for i in range(n)])


@dataclass
class DedupResult:
    """Cluster label per record and the scored candidate pairs."""

    labels: np.ndarray
    pairs: pl.DataFrame
    n_candidates: int


def find_duplicates(
    frame: pl.DataFrame, *, threshold: float = 7.0, max_block: int = 60
) -> DedupResult:
    """Cluster the records of ``frame`` into firms.

    Parameters
    ----------
    frame : polars.DataFrame
        ``id`` plus the fields listed in :func:`prepare_records`.
    threshold : float
        Minimum pair score for a match.
    max_block : int
        Largest blocking group compared pairwise.

    Returns
    -------
    DedupResult
        ``labels[i]`` is the row position of the cluster representative of row ``i``;
        ``pairs`` holds ``a, b, score`` for every candidate pair.
    """
    rec = prepare_records(frame)
    pairs = candidate_pairs(rec, max_block=max_block)
    scores = score_pairs(rec, pairs) if pairs.height else np.zeros(0)
    labels = cluster(rec.height, pairs, scores, rec["k_nib"].to_list(), threshold=threshold)
    return DedupResult(
        labels=labels,
        pairs=pairs.with_columns(pl.Series("score", scores)),
        n_candidates=pairs.height,
    )


def pairwise_quality(labels: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the true groups.

    Notes
    -----
    precision = |P ∩ T| / |P|, recall = |P ∩ T| / |T|, where P and T are the sets of record
    pairs placed in the same cluster by the method and by the truth; each set size is
    sum over clusters of C(size, 2).

    Example
    -------
    >>> pairwise_quality(np.array([0, 0, 0, 3]), np.array([1, 1, 2, 2]))
    (0.3333333333333333, 0.5)
    """

    def pairs_in(*cols: np.ndarray) -> int:
        _, counts = np.unique(np.stack(cols), axis=1, return_counts=True)
        return int((counts * (counts - 1) // 2).sum())

    both = pairs_in(labels, truth)
    pred, true = pairs_in(labels), pairs_in(truth)
    return (both / pred if pred else 1.0, both / true if true else 1.0)
