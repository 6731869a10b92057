"""The AHP form's live consistency (static/decide/ahp.js, run with node) equals the Python
value that counts (rancang.decision.ahp): the same weights, CR and judgment to revisit on
random matrices of Saaty's scale, and on Saaty's published house example."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rancang.decision.ahp import RANDOM_INDEX, ahp_priorities, worst_judgments
from rancang.features.decide.survey import matrix_from_upper

JS = (Path(__file__).resolve().parents[2] / "src" / "rancang" / "features" / "decide"
      / "static" / "ahp.js")
NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")
SCALE = [float(k) for k in range(1, 10)] + [1.0 / k for k in range(2, 10)]


def run_js(matrices: list[list[list[float]]]) -> list[dict[str, object]]:
    script = (f"const ahp = require({json.dumps(str(JS))});"
              "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "console.log(JSON.stringify(input.m.map(a => ahp.priorities(a, input.ri))));")
    out = subprocess.run([str(NODE), "-e", script], input=json.dumps(
        {"m": matrices, "ri": list(RANDOM_INDEX["saaty1980"])}), capture_output=True,
        text=True, check=True, timeout=60)
    return list(json.loads(out.stdout))


def check(matrices: list[np.ndarray]) -> None:
    got = run_js([m.tolist() for m in matrices])
    for m, js in zip(matrices, got, strict=True):
        py = ahp_priorities(m)
        assert js["cr"] == pytest.approx(py.cr, abs=1e-9)
        assert js["lambdaMax"] == pytest.approx(py.lambda_max, abs=1e-9)
        assert js["weights"] == pytest.approx(py.weights.tolist(), abs=1e-9)
        worst = worst_judgments(py, top=2)
        # the same judgment to revisit (unless two judgments contribute equally)
        if len(worst) < 2 or worst[0].contribution - worst[1].contribution > 1e-9:
            assert (js["worst"]["i"], js["worst"]["j"]) == (worst[0].i, worst[0].j)
            assert js["worst"]["suggested"] == pytest.approx(worst[0].suggested)


def test_saatys_house_example() -> None:
    """Saaty (1980): eight criteria of a house, CR 0.169."""
    a = np.array([
        [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4], [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
        [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5], [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
        [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
        [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
        [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2], [4, 7, 5, 8, 6, 6, 2, 1]])
    js = run_js([a.tolist()])[0]
    assert js["cr"] == pytest.approx(0.169, abs=5e-4)
    check([a])


@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(3, 9).flatmap(
    lambda n: st.lists(st.sampled_from(SCALE), min_size=n * (n - 1) // 2,
                       max_size=n * (n - 1) // 2).map(lambda v: (n, v))),
    min_size=1, max_size=20))
def test_js_equals_python_on_random_matrices(items: list[tuple[int, list[float]]]) -> None:
    check([matrix_from_upper(v, n) for n, v in items])
