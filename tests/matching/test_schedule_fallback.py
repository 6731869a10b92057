"""The validated fallback: a solver's schedule that breaks a rule of the event is never
returned; the greedy schedule (valid, checked) is, and says so."""

from __future__ import annotations

from rancang.features.matching.demo import demo_event
from rancang.features.matching.schedule import _finish, greedy
from tests.matching.test_schedule import violations


def _double_booked(requests: list[tuple[str, str]]) -> tuple[int, int]:
    """Two requests that share a participant."""
    for i, (a, b) in enumerate(requests):
        for j in range(i + 1, len(requests)):
            if {a, b} & set(requests[j]):
                return i, j
    raise AssertionError("no two requests share a participant")


def test_a_solver_schedule_that_breaks_a_rule_is_replaced_by_the_greedy_one() -> None:
    event = demo_event(buyers=3, sellers=4, slots=6, requests=8, tables=3, seed=5)
    i, j = _double_booked([(r.from_id, r.to_id) for r in event.requests])
    slot = event.slots[0].number
    # the "solver" puts two meetings of one participant in the same slot
    result = _finish(event, [(i, slot), (j, slot)], "cpsat", True, len(event.requests))
    assert result.method == "greedy"
    assert result.optimal is False
    assert violations(event, result.meetings) == []
    assert sorted(m.request for m in result.meetings) == sorted(r for r, _ in greedy(event))


def test_a_valid_solver_schedule_is_kept() -> None:
    event = demo_event(buyers=3, sellers=4, slots=6, requests=8, tables=3, seed=5)
    chosen = greedy(event)[:1]
    result = _finish(event, chosen, "cpsat", False, len(event.requests))
    assert result.method == "cpsat"
    assert [m.request for m in result.meetings] == [chosen[0][0]]
