"""Invariants: the report's budgets do not depend on the order of the imported rows or on
how the rows are split into files; the similarity is symmetric, bounded and matches an
independent TF-IDF computation."""

from __future__ import annotations

import math
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rancang.core.actors import CLI_ACTOR
from rancang.features.programmes.demo import synthetic_programmes, write_csv
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.suggest import similarity, terms
from rancang.features.programmes.sync import sync_report

ROWS = synthetic_programmes("72", years=(2026,), per_regency=3, seed=11).rows


def _totals(order: list[int], cut: int) -> dict[tuple[str, int], tuple[int, float]]:
    from rancang.core.db import ensure_schema, make_engine

    rows = [ROWS[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'p.sqlite'}")
        ensure_schema(engine)
        files = [write_csv(rows[:cut], Path(tmp) / "a.csv")] if cut else []
        files.append(write_csv(rows[cut:], Path(tmp) / "b.csv"))
        import_programmes(engine, CLI_ACTOR, files)
        totals = sync_report(engine, CLI_ACTOR, "72", 2026).totals
        engine.dispose()
    return totals


REFERENCE = _totals(list(range(len(ROWS))), 0)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(list(range(len(ROWS)))), st.integers(0, len(ROWS) - 1))
def test_budget_totals_do_not_depend_on_row_order(order: list[int], cut: int) -> None:
    assert _totals(order, cut) == REFERENCE


def test_reference_totals_are_the_sums_of_the_rows() -> None:
    sums: dict[tuple[str, int], list[float]] = {}
    for r in ROWS:
        sums.setdefault((str(r["tingkat"]), 2026), []).append(float(r["pagu"]))  # type: ignore[arg-type]
    assert {k: (len(v), math.fsum(v)) for k, v in sums.items()} == REFERENCE


WORDS = st.lists(st.sampled_from(["ikm", "pangan", "halal", "sentra", "logam", "kakao",
                                  "pelatihan", "kemasan"]), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=4), st.lists(WORDS, min_size=1, max_size=4))
def test_similarity_is_bounded_and_symmetric(left: list[list[str]],
                                             right: list[list[str]]) -> None:
    a = [" ".join(w) for w in left]
    b = [" ".join(w) for w in right]
    s = similarity(a, b)
    assert s.shape == (len(a), len(b))
    assert np.all(s >= -1e-12) and np.all(s <= 1 + 1e-9)
    assert np.allclose(similarity(b, a), s.T)


def _independent(left: list[str], right: list[str]) -> np.ndarray:
    """TF-IDF with the smoothed IDF ln((1+n)/(1+df))+1 and cosine, by hand."""
    docs = [terms(d) for d in left + right]
    vocab = sorted({w for d in docs for w in d})
    n = len(docs)
    df = {w: sum(w in d for d in docs) for w in vocab}
    vecs = []
    for d in docs:
        c = Counter(d)
        v = np.array([c[w] * (math.log((1 + n) / (1 + df[w])) + 1) for w in vocab])
        norm = math.sqrt(float(v @ v))
        vecs.append(v / norm if norm else v)
    m = np.array(vecs)
    return m[:len(left)] @ m[len(left):].T


def test_similarity_matches_an_independent_computation() -> None:
    left = ["Pembinaan IKM Pangan Olahan", "Pelatihan Tenaga Kerja Industri Logam",
            "Penyampaian Data Industri melalui SIINas"]
    right = ["Pengembangan Industri Unggulan pangan", "Sumber Daya Industri tenaga kerja",
             "Sistem informasi industri data"]
    assert np.allclose(similarity(left, right), _independent(left, right))
    best = similarity(left, right).argmax(axis=1)
    assert best.tolist() == [0, 1, 2]
