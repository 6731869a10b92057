"""`rancang decide rank` at the scale of villages (issue 11 §2): 83,000 alternatives x 8
criteria with rank intervals and no n x n table (today: a 51 GB allocation and a traceback,
even with --samples 0). Speed is measured in benchmarks/bench_scale.py, not here."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.decision._common import ranks_from_scores
from rancang.decision.robustness import rank_robustness, sampled_ranks


def _files(tmp_path: Path, n: int) -> tuple[Path, Path]:
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 100, size=(n, 8))
    matrix = pl.DataFrame({"alternative": [f"desa{i:05d}" for i in range(n)],
                           **{f"c{j}": np.round(x[:, j], 4) for j in range(8)}})
    mpath = tmp_path / "MATRIX.csv"
    matrix.write_csv(mpath)
    cpath = tmp_path / "CRITERIA.csv"
    cpath.write_text("criterion,weight,direction\n" + "".join(
        f"c{j},{j + 1},{'cost' if j % 3 == 0 else 'benefit'}\n" for j in range(8)))
    return mpath, cpath


def test_83000_villages_are_ranked_with_intervals(tmp_path: Path) -> None:
    mpath, cpath = _files(tmp_path, 83_000)
    res = CliRunner().invoke(build_app(), [
        "decide", "--lang", "en", "rank", str(mpath), "--criteria", str(cpath),
        "--samples", "20", "--out", str(tmp_path / "out")], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "kept for ranks 1-100 only (83000 alternatives" in res.output
    ranking = pl.read_csv(tmp_path / "out" / "ranking.csv")
    assert ranking.height == 83_000
    assert sorted(ranking["rank"].to_list()) == list(range(1, 83_001))
    assert (ranking["rank_low"] <= ranking["rank"]).all()
    assert (ranking["rank"] <= ranking["rank_high"]).all()
    assert (ranking["rank_high"] > ranking["rank_low"]).any()


def test_default_samples_for_many_villages_are_said(tmp_path: Path) -> None:
    mpath, cpath = _files(tmp_path, 40_000)
    res = CliRunner().invoke(build_app(), [
        "decide", "--lang", "en", "rank", str(mpath), "--criteria", str(cpath),
        "--method", "wsm", "--out", str(tmp_path / "out")], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "Rank intervals from 400 weight samples (not 1000) because there are 40000" \
        in res.output


def test_a_resource_limit_is_a_message(tmp_path: Path) -> None:
    mpath, cpath = _files(tmp_path, 83_000)
    res = CliRunner().invoke(build_app(), [
        "decide", "--lang", "en", "rank", str(mpath), "--criteria", str(cpath),
        "--samples", "100000", "--out", str(tmp_path / "out")])
    assert res.exit_code == 2, res.output  # a clear message, no traceback
    text = " ".join(res.output.split())
    assert "100000 weight samples x 83000 alternatives need 33.2 GB" in text
    assert "use at most 4518 samples" in text


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 60), st.integers(1, 80), st.integers(0, 10_000))
def test_intervals_are_the_order_statistics_of_the_sampled_ranks(n: int, s: int,
                                                                 seed: int) -> None:
    """The streamed intervals and acceptabilities equal those computed from every sampled
    rank directly (the 5 % and 95 % order statistics, as documented)."""
    rng = np.random.default_rng(seed)
    x = rng.integers(0, 4, size=(n, 3)).astype(float)  # ties on purpose
    w = rng.dirichlet(np.ones(3), size=s)

    def scorer(ws: np.ndarray) -> np.ndarray:
        return np.atleast_2d(ws) @ x.T

    r = rank_robustness(scorer, [1 / 3] * 3, w)
    ranks = ranks_from_scores(scorer(w))
    np.testing.assert_array_equal(sampled_ranks(scorer(w)), ranks)
    srt = np.sort(ranks, axis=0)
    k_low, k_high = int(np.floor(0.05 * (s - 1))), int(np.ceil(0.95 * (s - 1)))
    np.testing.assert_array_equal(r.rank_low, np.minimum(srt[k_low], r.rank))
    np.testing.assert_array_equal(r.rank_high, np.maximum(srt[k_high], r.rank))
    np.testing.assert_allclose(r.acceptability, (ranks == r.rank).mean(axis=0))
    full = np.stack([(ranks == k + 1).mean(axis=0) for k in range(n)], axis=1)
    np.testing.assert_allclose(r.acceptability_matrix, full)
    top = rank_robustness(scorer, [1 / 3] * 3, w, top_k=2)
    np.testing.assert_allclose(top.acceptability_matrix, full[:, :2])
