"""Achievement against hand-computed values of the published formulas, and properties."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rancang.features.monitoring.achievement import (
    achievement,
    light,
    roll_up,
    trend,
    yearly_targets,
)

POS = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(("r", "t", "direction", "expected"), [
    # PermenPAN-RB 6/2022, Lampiran Bab VI: its own worked examples
    (92.0, 90.0, "up", 102.2222),      # "92 % / 90 % x 100 %" (range target, upper bound)
    (70.0, 80.0, "up", 87.5),          # "70 % / 80 % x 100 % = 87,5 %"
    (6.5, 7.0, "down", 107.1429),      # "(1 + (1 - 6,5/7)) x 100 % = 107 %"
    (9.0, 8.0, "down", 87.5),          # "(1 + (1 - 9/8)) x 100 % = 87,5 %"
    # by hand: an import share 23 % against a target of 20 % (lower is better)
    (23.0, 20.0, "down", 85.0),
    (0.0, 5.0, "up", 0.0),
])
def test_published_formula_values(r: float, t: float, direction: str,
                                  expected: float) -> None:
    a = achievement(r, t, direction)
    assert a is not None and a == pytest.approx(expected, abs=1e-4)


def test_no_ratio_without_target() -> None:
    assert achievement(5.0, 0.0) is None
    assert achievement(None, 5.0) is None
    assert achievement(5.0, None, "down") is None


@given(POS, POS)
def test_up_and_down_mirror_around_100(r: float, t: float) -> None:
    up, down = achievement(r, t, "up"), achievement(r, t, "down")
    assert up is not None and down is not None
    assert up + down == pytest.approx(200.0, rel=1e-9)
    assert achievement(t, t, "up") == pytest.approx(100.0)
    assert achievement(t, t, "down") == pytest.approx(100.0)


@given(POS, POS, POS)
def test_more_is_better_only_when_up(r1: float, r2: float, t: float) -> None:
    lo, hi = sorted((r1, r2))
    assert achievement(lo, t, "up") <= achievement(hi, t, "up")  # type: ignore[operator]
    assert achievement(lo, t, "down") >= achievement(hi, t, "down")  # type: ignore[operator]


@given(st.floats(min_value=-50, max_value=300, allow_nan=False),
       st.floats(min_value=50, max_value=100), st.floats(min_value=0, max_value=50))
def test_lights_follow_thresholds(a: float, green: float, yellow: float) -> None:
    got = light(a, (green, yellow))
    assert got == ("green" if a >= green else "yellow" if a >= yellow else "red")


@given(st.lists(st.one_of(st.none(), st.floats(min_value=0, max_value=500)), min_size=1))
def test_roll_up_between_min_and_max(values: list[float | None]) -> None:
    got = roll_up(values)
    found = [v for v in values if v is not None]
    if not found:
        assert got is None
    else:
        assert min(found) - 1e-9 <= got <= max(found) + 1e-9  # type: ignore[operator]


@given(st.dictionaries(st.integers(2020, 2045), st.floats(0.1, 1e4), min_size=1, max_size=5),
       st.booleans())
def test_yearly_targets_pass_through_points_and_stay_between(
        points: dict[int, float], geometric: bool) -> None:
    out = yearly_targets(points, 2020, 2045, geometric=geometric)
    assert sorted(out) == list(range(2020, 2046))
    for y, v in points.items():
        assert out[y] == pytest.approx(v)
    known = sorted(points)
    for a, b in itertools.pairwise(known):
        lo, hi = sorted((points[a], points[b]))
        for y in range(a, b + 1):
            assert lo - 1e-6 <= out[y] <= hi + 1e-6


def test_geometric_interpolation_by_hand() -> None:
    # 100 -> 200 over 4 years: 100 * 2^(1/4) = 118.9207 in the first year
    out = yearly_targets({2024: 100.0, 2028: 200.0}, 2025, 2028, geometric=True)
    assert out[2025] == pytest.approx(100 * 2 ** 0.25)
    assert out[2026] == pytest.approx(100 * math.sqrt(2))


def test_trend_projects_least_squares_line() -> None:
    t = trend({2025: 1.0, 2026: 2.0, 2027: 4.0}, to_year=2029, target=5.0)
    # slope by hand: years centred -1, 0, 1; values 1, 2, 4 -> (−1·−1.33 + 1·1.67)/2 = 1.5
    assert t is not None and t.slope == pytest.approx(1.5)
    assert t.projected == pytest.approx(7 / 3 + 1.5 * 3)
    assert t.on_track is True
    down = trend({2025: 10.0, 2026: 9.0}, to_year=2028, target=5.0, direction="down")
    assert down is not None and down.on_track is False  # 7 is above the target of 5
