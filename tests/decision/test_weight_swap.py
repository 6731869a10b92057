"""The smallest weight change that lets b catch up with a: an exact LP for additive methods."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.decision import DecisionMatrix, rank_alternatives, swap_weights, weight_swap


def test_weight_moved_from_several_criteria():
    # no move between two criteria lets b catch up; moving 0.4 from the first three does
    x = np.array([[1.0, 1.0, 1.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
    s = weight_swap(lambda w: w @ x.T, [0.3, 0.3, 0.3, 0.1], 0, 1, contributions=x)
    assert s is not None and s.exact
    assert s.change == pytest.approx(0.8)
    assert s.weights[3] == pytest.approx(0.5)
    assert float(x[0] @ s.weights) == pytest.approx(float(x[1] @ s.weights))


@given(st.integers(3, 8), st.integers(2, 5), st.integers(0, 10_000))
@settings(max_examples=25, deadline=None)
def test_lp_is_the_minimum_over_random_weights(n: int, m: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1, size=(n, m))
    w = rng.dirichlet(np.ones(m))
    s = weight_swap(lambda ws: ws @ x.T, w, 0, 1, contributions=x)
    a, b = (0, 1) if x[0] @ w >= x[1] @ w else (1, 0)  # a is ahead at w
    c = x[a] - x[b]
    cand = rng.dirichlet(np.ones(m) * 0.5, size=4000)
    tie = cand[cand @ c <= 0]
    if s is None:
        assert tie.size == 0
        return
    assert float(c @ s.weights) <= 1e-9
    if tie.size:
        assert np.abs(tie - w).sum(axis=1).min() >= s.change - 1e-9


def test_non_additive_search_beats_two_criterion_moves():
    x = np.array([[1.0, 1.0, 1.0, 0.1], [0.2, 0.2, 0.2, 1.0], [0.5, 0.5, 0.5, 0.5]])
    dm = DecisionMatrix.build(["A", "B", "C"], ["p", "q", "r", "s"], x)
    w = [0.3, 0.3, 0.3, 0.1]
    s = swap_weights(dm, w, "A", "B", method="topsis")
    assert s is not None and not s.exact
    sc = rank_alternatives(dm, s.weights, method="topsis", samples=0).robustness.scores
    assert sc[0] == pytest.approx(sc[1], abs=1e-6)
    # at least as small as the best move of weight between two criteria (fine grid)
    best = np.inf
    for k in range(4):
        for j in range(4):
            if j == k:
                continue
            ts = np.linspace(0, w[k], 3001)[1:]
            ws = np.repeat(np.array([w]), len(ts), axis=0)
            ws[:, k] -= ts
            ws[:, j] += ts
            scores = np.array([rank_alternatives(dm, v, method="topsis", samples=0)
                               .robustness.scores for v in ws[::30]])
            hit = np.flatnonzero(scores[:, 0] <= scores[:, 1])
            if hit.size:
                best = min(best, 2 * ts[::30][hit[0]])
    assert s.change <= best + 1e-9


def test_cli_swap_writes_swap_csv(tmp_path: Path):
    (tmp_path / "c.csv").write_text(
        "criterion,weight,direction\np,0.3,benefit\nq,0.3,benefit\nr,0.3,benefit\n"
        "s,0.1,benefit\n")
    (tmp_path / "m.csv").write_text("alternative,p,q,r,s\nA,1,1,1,0\nB,0,0,0,1\n")
    res = CliRunner().invoke(build_app(), [
        "decide", "rank", str(tmp_path / "m.csv"), "--criteria", str(tmp_path / "c.csv"),
        "--method", "wsm", "--samples", "20", "--swap", "A,B", "--out", str(tmp_path / "o")])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "o" / "swap.csv").read_text().splitlines()
    assert lines[0] == "criterion,weight,new_weight,change"
    assert lines[4].startswith("s,0.100000,0.500000,+0.400000")
    assert "0,8000" in res.output  # Indonesian by default: a decimal comma
    res = CliRunner().invoke(build_app(), [
        "decide", "rank", str(tmp_path / "m.csv"), "--criteria", str(tmp_path / "c.csv"),
        "--swap", "A,Z", "--out", str(tmp_path / "z")])
    assert res.exit_code != 0 and "--swap" in res.output


def test_rank_interval_is_the_5_95_quantile_by_default():
    from rancang.decision.robustness import rank_robustness

    x = np.array([[1.0, 0.0], [0.0, 1.0], [0.45, 0.45]])
    # 100 samples: 98 keep the order A, C, B; one puts B first, one puts C last
    samples = np.array([[0.6, 0.4]] * 98 + [[0.0, 1.0], [0.5, 0.5]])
    scorer = lambda w: w @ x.T  # noqa: E731
    q = rank_robustness(scorer, [0.6, 0.4], samples)
    m = rank_robustness(scorer, [0.6, 0.4], samples, interval="minmax")
    assert q.rank.tolist() == [1, 3, 2]
    assert q.rank_low.tolist() == [1, 3, 2] and q.rank_high.tolist() == [1, 3, 2]
    assert m.rank_low.tolist() == [1, 1, 2] and m.rank_high.tolist() == [3, 3, 3]
    dm = DecisionMatrix.build(["A", "B", "C"], ["x", "y"], x)
    r = rank_alternatives(dm, [0.6, 0.4], method="wsm", weight_samples=samples)
    assert r.robustness.rank_high.tolist() == [1, 3, 2]
