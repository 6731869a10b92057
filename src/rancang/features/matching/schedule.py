"""Schedule the 1:1 meetings of a Temu Usaha event with OR-Tools CP-SAT and SAT (PySAT).

Two phases, as in the business-to-business meeting scheduling problem (B2BSP) of Bofill et
al. (2022):

1. schedule as many requested meetings as possible, higher priority first (lexicographic:
   one meeting of priority p is worth more than all meetings of lower priorities together),
   never a participant twice in a slot, never more meetings in a slot than tables, each
   meeting in an allowed slot (its session, both participants available, its fixed slot);
2. keep that many meetings of every priority and minimise the breaks: a break is an idle gap
   between two meetings of one participant in the same session (Bofill et al. count idle
   time between consecutive meetings; the pause between sessions is not a break).

Phase 1 first asks whether every request that has an allowed slot can be held: a SAT
feasibility model (:func:`~rancang.features.matching.breaks_sat.hold_all`, MiniSat with a
deterministic propagation budget). When it can, that is the maximum, proven (on events of
Bofill et al.'s shape the requests mostly all fit, and this takes a fraction of a second
where CP-SAT's maximisation from the greedy schedule did not find it in its work limit).
Otherwise CP-SAT maximises the meetings by priority (per-slot counts of meetings, not
table variables: tables are interchangeable), from the greedy schedule. The schedule
says whether its meetings are proven the most possible (``meetings_optimal``) and gives
an upper bound on them (``meetings_bound``: the count itself when proven; else the least
of the relaxation of :func:`meetings_upper_bound`, one fewer than the requests when SAT
proved they cannot all fit, and CP-SAT's bound when there is one priority).

Phase 2 first keeps the meetings of phase 1 as a set and moves only their slots (Bofill et
al.'s second phase): a SAT encoding solved by CaDiCaL through PySAT
(:mod:`rancang.features.matching.breaks_sat`), which proves the optimum when it meets its
lower bound; it gets 60 % of the time left. Its encoding is estimated before it is built
and not built when it would pass :data:`~rancang.features.matching.breaks_sat.MAX_BREAK_CLAUSES`
(memory) or :data:`~rancang.features.matching.breaks_sat.BREAK_CLAUSES_PER_SECOND` times
``time_limit`` (the time to build it): a very large event keeps its phase-1 schedule for
CP-SAT, and the schedule says so (``breaks_sat_skipped``, its estimated clauses, and
``breaks_sat_limit``). Unless the SAT phase proved the optimum with every request held
(then no other set of meetings exists), CP-SAT then looks at every set with as many
meetings of each priority, from the best schedule so far.

The whole of :func:`solve` (building the models included) keeps to its time limit: each
phase gets what is left of it, and phase 2's CP-SAT solves end early enough for the
candidates to be checked before the limit (the time of one check, timed on the event,
times the candidates, twice over). The greedy schedule (:func:`greedy`) is always a candidate:
the result is the valid schedule with the most meetings by priority, then the fewest breaks,
among the solvers' and the greedy one; every schedule returned passes
:func:`check_schedule`. ``optimal`` means phase 1 proved its meetings the most possible and
the breaks were proved the fewest for that set of meetings (by SAT) or for any such set (by
CP-SAT); ``lower_bound`` is the proven lower bound on the breaks.

Reproducible: the same event gives the same schedule, byte for byte, in any process, as long
as the wall-clock deadline does not fire first. The SAT searches are deterministic (see
:mod:`~rancang.features.matching.breaks_sat`; phase 1's stops on a count of unit
propagations, :data:`PROPAGATIONS_PER_SECOND` per second of ``time_limit``, before its
deadline of 30 % of the time); CP-SAT runs with one worker and a fixed
seed, and each solve stops on a *deterministic* time limit (CP-SAT's count of work, the same
on every run; :data:`WORK_PER_SECOND` of work per second of ``time_limit``) before the hard
wall-clock limit, which is kept as a deadline the solver cannot overrun. The CP-SAT part of
phase 2 runs the full model for a quarter of its work, then, unless that proved the
optimum, a large neighbourhood search (Shaw 1998; Pisinger & Ropke 2010): CP-SAT re-solves
the meetings of a few related participants (one drawn with a seeded generator and the people
they meet) with every other meeting fixed, keeping a schedule only when it has fewer breaks;
the neighbourhood grows when it was solved to optimality and shrinks when not.

References
----------
Bofill, M., Coll, J., Garcia, M., Giráldez-Cru, J., Pesant, G., Suy, J. & Villaret, M.
(2022). Constraint Solving Approaches to the Business-to-Business Meeting Scheduling
Problem. Journal of Artificial Intelligence Research 74, 263-301.

Shaw, P. (1998). Using Constraint Programming and Local Search Methods to Solve Vehicle
Routing Problems. CP 1998, LNCS 1520, 417-431.

Pisinger, D. & Ropke, S. (2010). Large Neighborhood Search. Handbook of Metaheuristics,
399-419.
"""

from __future__ import annotations

import math
import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from rancang.features.matching.event import Event, Request

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

#: CP-SAT's deterministic work (its machine-independent time unit) allowed per second of
#: ``time_limit``; chosen so that on a loaded 2-core machine the work limit, not the
#: wall-clock, ends each solve (benchmarks/README.md).
WORK_PER_SECOND = 0.1
#: The seed of the solver and of the neighbourhood search.
SEED = 0
#: The SAT solver's unit propagations (its deterministic work) allowed per second of
#: ``time_limit`` to find whether every request can be held (phase 1); about a fifth of a
#: second of CPU each second (benchmarks/README.md, "Phase 1 proven").
PROPAGATIONS_PER_SECOND = 500_000


@dataclass(frozen=True)
class Meeting:
    """A scheduled meeting: the request's index, its slot and table."""

    request: int
    slot: int
    table: int


@dataclass(frozen=True)
class Schedule:
    """The meetings, the requests left out with their reason, and how it was found."""

    meetings: list[Meeting]
    unscheduled: list[tuple[int, str]]
    breaks: int
    method: str
    optimal: bool
    lower_bound: int = 0
    #: phase 1 proved that no valid schedule holds more meetings by priority
    meetings_optimal: bool = False
    #: an upper bound on the meetings of a best schedule (``len(meetings)`` when proven)
    meetings_bound: int = 0
    #: the estimated clauses of phase 2's SAT encoding when it was not built because they
    #: passed ``breaks_sat_limit`` (0: built, or not needed); CP-SAT then did phase 2 alone
    breaks_sat_skipped: int = 0
    #: the most clauses phase 2's SAT encoding may take for this time limit
    breaks_sat_limit: int = 0


@dataclass(frozen=True)
class Phase1:
    """What phase 1 proved: whether its meetings are the most possible by priority, and an
    upper bound on the number of meetings of a schedule that is."""

    proven: bool
    bound: int
    key: tuple[int, ...] = ()
    #: phase 2's SAT encoding not built: its estimated clauses and the limit they passed
    skipped: int = 0
    limit: int = 0


def allowed_slots(event: Event, r: Request) -> list[int]:
    """Slots a request may take: its fixed slot, or its session's slots free for both.

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Slot
    >>> p = {i: Participant(i, i, "", "buyer", frozenset(u)) for i, u in (("a", {1}), ("b", ()))}
    >>> ev = Event(p, [Slot(1, "", "morning"), Slot(2, "", "morning"),
    ...                Slot(3, "", "afternoon")], [], 1)
    >>> allowed_slots(ev, Request("a", "b", 1, "morning"))
    [2]
    """
    if r.fixed_slot is not None:
        return [r.fixed_slot]
    busy = event.participants[r.from_id].unavailable | event.participants[r.to_id].unavailable
    return [s.number for s in event.slots
            if s.number not in busy and r.session in ("any", s.session)]


def count_breaks(event: Event, slots_of: dict[str, list[int]]) -> int:
    """Idle gaps between a participant's consecutive meetings within a session.

    Example
    -------
    >>> from rancang.features.matching.event import Slot
    >>> ev = Event({}, [Slot(i, "", "morning") for i in (1, 2, 3, 4)], [], 1)
    >>> count_breaks(ev, {"a": [1, 2, 4], "b": [3]})
    1
    """
    session = {s.number: s.session for s in event.slots}
    n = 0
    for slots in slots_of.values():
        ordered = sorted(slots)
        n += sum(1 for a, b in pairwise(ordered)
                 if b != a + 1 and session[a] == session[b])
    return n


def check_schedule(event: Event, meetings: list[Meeting]) -> list[str]:
    """Every broken rule of a schedule (empty when it is valid); independent of the solver.

    Rules: each request at most once; a meeting in an allowed slot of its request (session,
    availability, fixed slot); tables 1..T, one meeting per table and slot; no participant in
    two meetings of one slot; every fixed request scheduled at its slot.
    """
    errors = []
    seen_req: set[int] = set()
    seen_table: set[tuple[int, int]] = set()
    seen_person: set[tuple[str, int]] = set()
    for m in meetings:
        r = event.requests[m.request]
        if m.request in seen_req:
            errors.append(f"request {m.request} scheduled twice")
        seen_req.add(m.request)
        if m.slot not in allowed_slots(event, r):
            errors.append(f"request {m.request} in slot {m.slot}, not allowed")
        if not 1 <= m.table <= event.tables:
            errors.append(f"request {m.request} at table {m.table} of {event.tables}")
        if (m.slot, m.table) in seen_table:
            errors.append(f"table {m.table} twice in slot {m.slot}")
        seen_table.add((m.slot, m.table))
        for pid in (r.from_id, r.to_id):
            if (pid, m.slot) in seen_person:
                errors.append(f"participant {pid} twice in slot {m.slot}")
            seen_person.add((pid, m.slot))
    for i, r in enumerate(event.requests):
        if r.fixed_slot is not None and i not in seen_req:
            errors.append(f"fixed request {i} not scheduled")
    return errors


def _tables(event: Event, chosen: list[tuple[int, int]]) -> list[Meeting]:
    """Number the tables 1..k within each slot (tables are interchangeable)."""
    used: dict[int, int] = defaultdict(int)
    out = []
    for req, slot in sorted(chosen, key=lambda x: (x[1], x[0])):
        used[slot] += 1
        out.append(Meeting(req, slot, used[slot]))
    return out


def meetings_upper_bound(event: Event) -> int:
    """An upper bound on the meetings of any valid schedule, from two relaxations.

    1. Tables: a maximum flow source -> request (capacity 1) -> each allowed slot
       (capacity 1) -> sink (capacity ``T`` per slot), which drops the rule that a
       participant meets one person per slot; its value bounds the meetings.
    2. Participants: participant ``p`` holds at most ``c_p`` meetings, the largest
       matching of its requests to their allowed slots (Hall's theorem: at most
       ``min(d_p, |U_p|)``, ``d_p`` its requests with an allowed slot, ``U_p`` the union of
       their slots), and each meeting has two participants: meetings
       ``<= floor(sum_p c_p / 2)``. (A participant asked for more meetings than its
       slots makes the requests not all fit, which a SAT solver proves only slowly: a
       pigeonhole.)

    The bound is the smaller of the two. The flow is computed by
    :func:`scipy.sparse.csgraph.maximum_flow` (Dinic 1970), the matchings by
    :func:`~scipy.sparse.csgraph.maximum_bipartite_matching` (Hopcroft & Karp 1973).

    Reference: Ahuja, R. K., Magnanti, T. L. & Orlin, J. B. (1993). Network Flows,
    Prentice Hall, ch. 6-7 (maximum flow) and 12.2 (b-matching relaxations); Hopcroft,
    J. E. & Karp, R. M. (1973). An n^5/2 Algorithm for Maximum Matchings in Bipartite
    Graphs. SIAM J. Computing 2(4), 225-231.

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Slot
    >>> p = {i: Participant(i, i, "", "other", frozenset()) for i in "abcd"}
    >>> ev = Event(p, [Slot(1, "", "morning"), Slot(2, "", "morning")],
    ...            [Request("a", "b", 1, "any"), Request("c", "d", 1, "any"),
    ...             Request("a", "c", 1, "any")], 1)
    >>> meetings_upper_bound(ev)  # one table, two slots
    2
    """
    import numpy as np
    from scipy.sparse import csr_array
    from scipy.sparse.csgraph import maximum_bipartite_matching, maximum_flow

    reqs = event.requests
    allowed = [allowed_slots(event, r) for r in reqs]
    numbers = sorted({s for a in allowed for s in a})
    if not numbers:
        return 0
    slot_node = {s: len(reqs) + 1 + k for k, s in enumerate(numbers)}
    sink = len(reqs) + 1 + len(numbers)
    rows, cols, caps = [], [], []
    for i, a in enumerate(allowed):
        if a:
            rows.append(0)
            cols.append(i + 1)
            caps.append(1)
        for s in a:
            rows.append(i + 1)
            cols.append(slot_node[s])
            caps.append(1)
    for s in numbers:
        rows.append(slot_node[s])
        cols.append(sink)
        caps.append(event.tables)
    graph = csr_array((np.array(caps, dtype=np.int32), (rows, cols)),
                      shape=(sink + 1, sink + 1))
    flow = int(maximum_flow(graph, 0, sink).flow_value)
    mine: dict[str, list[list[int]]] = defaultdict(list)
    for r, a in zip(reqs, allowed, strict=True):
        if a:
            mine[r.from_id].append(a)
            mine[r.to_id].append(a)
    column = {s: k for k, s in enumerate(numbers)}
    held = 0
    for lists in mine.values():
        rows_p = [k for k, a in enumerate(lists) for _ in a]
        cols_p = [column[s] for a in lists for s in a]
        person = csr_array((np.ones(len(rows_p), dtype=np.int8), (rows_p, cols_p)),
                           shape=(len(lists), len(numbers)))
        held += int((maximum_bipartite_matching(person, perm_type="column") >= 0).sum())
    return min(flow, held // 2)


def greedy(event: Event) -> list[tuple[int, int]]:
    """Requests in priority order (fixed first), each in its earliest free allowed slot."""
    order = sorted(range(len(event.requests)),
                   key=lambda i: (event.requests[i].fixed_slot is None,
                                  event.requests[i].priority, i))
    person: set[tuple[str, int]] = set()
    load: dict[int, int] = defaultdict(int)
    chosen = []
    for i in order:
        r = event.requests[i]
        for s in allowed_slots(event, r):
            if ((r.from_id, s) not in person and (r.to_id, s) not in person
                    and load[s] < event.tables):
                chosen.append((i, s))
                person.update({(r.from_id, s), (r.to_id, s)})
                load[s] += 1
                break
    return chosen


def solve(event: Event, *, time_limit: float = 60.0, workers: int = 1,
          seed: int = SEED) -> Schedule:
    """Schedule the event (see the module's description); ``time_limit`` in seconds, its
    work split 40 % / 60 % between the two phases. ``workers`` is accepted for older
    callers and not used: one worker keeps the search deterministic."""
    from ortools.sat.python import cp_model

    began = time.monotonic()

    def left() -> float:
        return time_limit - (time.monotonic() - began)

    reqs = event.requests
    allowed = [allowed_slots(event, r) for r in reqs]
    levels = sorted({r.priority for r in reqs})
    base = len(reqs) + 1
    weight = {p: base ** (len(levels) - 1 - k) for k, p in enumerate(levels)}

    def build() -> tuple[cp_model.CpModel, dict[tuple[int, int], cp_model.IntVar]]:
        m = cp_model.CpModel()
        x = {(i, s): m.new_bool_var(f"x{i}_{s}") for i in range(len(reqs)) for s in allowed[i]}
        by_req: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        by_person: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
        by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
        for (i, s), v in x.items():
            by_req[i].append(v)
            by_person[(reqs[i].from_id, s)].append(v)
            by_person[(reqs[i].to_id, s)].append(v)
            by_slot[s].append(v)
        for i in range(len(reqs)):
            if reqs[i].fixed_slot is not None:
                m.add(sum(by_req[i]) == 1)
            elif by_req[i]:
                m.add(sum(by_req[i]) <= 1)
        for vs in by_person.values():
            if len(vs) > 1:
                m.add_at_most_one(vs)
        for vs in by_slot.values():
            if len(vs) > event.tables:
                m.add(sum(vs) <= event.tables)
        return m, x

    def params(solver: cp_model.CpSolver, work: float, seconds: float) -> None:
        solver.parameters.max_deterministic_time = max(0.01, work)  # what ends a solve
        solver.parameters.max_time_in_seconds = max(0.1, seconds)  # the hard deadline
        solver.parameters.num_workers = 1
        solver.parameters.random_seed = seed

    # phase 1: as many meetings as possible, by priority (nothing to do when the greedy
    # schedule already holds every request that has an allowed slot)
    start = greedy(event)
    possible = [i for i in range(len(reqs)) if allowed[i]]
    work1 = 0.4 * WORK_PER_SECOND * time_limit
    st1 = cp_model.OPTIMAL
    bound1 = len(start)
    if len(start) == len(possible):
        chosen1 = start
    else:
        # 1a: can every request with an allowed slot be held? (not when the relaxation's
        # bound says so; else SAT: when it can, that is the maximum, proven; when it
        # cannot, one fewer is a bound)
        from rancang.features.matching.breaks_sat import hold_all

        relaxed = meetings_upper_bound(event)
        fits, held = (False, []) if relaxed < len(possible) else hold_all(
            event, {i: allowed[i] for i in possible},
            propagations=round(PROPAGATIONS_PER_SECOND * time_limit),
            deadline=time.monotonic() + 0.3 * left())
        if fits:
            # the SAT placement is arbitrary (many breaks): CP-SAT moves it as close to the
            # greedy schedule (compact: each meeting at its earliest free slot) as it can
            # with every request held, a better start for phase 2
            m0, x0 = build()
            for i in possible:
                m0.add(sum(x0[(i, s)] for s in allowed[i]) == 1)
            near = set(start)
            m0.maximize(sum(v for key, v in x0.items() if key in near))
            placed = set(held)
            for key, v in x0.items():
                m0.add_hint(v, key in placed)
            s0 = cp_model.CpSolver()
            params(s0, 0.5 * work1, 0.5 * left())
            if s0.solve(m0) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                closer = [key for key, v in x0.items() if s0.value(v)]
                if not check_schedule(event, _tables(event, closer)):
                    held = min(held, closer, key=lambda c: _breaks_of(event, c))
            chosen1 = held
        else:
            # 1b: maximise, highest priority first, from the greedy schedule
            m1, x1 = build()
            score = {i: weight[reqs[i].priority] for i in range(len(reqs))}
            m1.maximize(sum(score[i] * v for (i, _), v in x1.items()))
            hint = set(start)
            for (i, s), v in x1.items():
                m1.add_hint(v, (i, s) in hint)
            s1 = cp_model.CpSolver()
            params(s1, work1, 0.8 * left())
            st1 = s1.solve(m1)
            bound1 = relaxed
            if fits is False:  # not every request fits
                bound1 = min(bound1, len(possible) - 1)
            if st1 in (cp_model.OPTIMAL, cp_model.FEASIBLE) and len(levels) == 1:
                bound1 = min(bound1, math.floor(s1.best_objective_bound + 1e-6))
            found = ([(i, s) for (i, s), v in x1.items() if s1.value(v)]
                     if st1 in (cp_model.OPTIMAL, cp_model.FEASIBLE) else [])
            if st1 not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or left() < 1.0:
                return _best(event, [(found, "cp-sat", False, 0), (start, "greedy", False, 0)],
                             Phase1(False, bound1))
            chosen1 = found
            if _key(event, chosen1) < _key(event, start):
                chosen1 = start
    phase1 = Phase1(st1 == cp_model.OPTIMAL,
                    len(chosen1) if st1 == cp_model.OPTIMAL else max(bound1, len(chosen1)),
                    _key(event, chosen1))
    per_level: dict[int, int] = defaultdict(int)
    for i, _ in chosen1:
        per_level[reqs[i].priority] += 1

    # phase 2a: the same meetings, fewest breaks (SAT, Bofill's second phase), unless its
    # encoding would pass the size guard (memory, and the time it takes to build)
    from rancang.features.matching.breaks_sat import (
        BREAK_CLAUSES_PER_SECOND,
        MAX_BREAK_CLAUSES,
        min_breaks,
    )

    # every request that can be held is held: the set is the only one
    forced = len(chosen1) == len(possible)
    opt1 = phase1.proven
    sat = min_breaks(event, {i: allowed[i] for i, _ in chosen1}, chosen1,
                     deadline=time.monotonic() + (0.8 if forced else 0.6) * left(),
                     max_clauses=min(MAX_BREAK_CLAUSES,
                                     round(BREAK_CLAUSES_PER_SECOND * time_limit)))
    candidates = [(chosen1, "cp-sat", False, 0), (start, "greedy", False, 0)]
    if sat is not None and sat.skipped:  # too large to build: the lower bound still holds
        phase1 = replace(phase1, skipped=sat.skipped, limit=sat.limit)
        candidates[0] = (chosen1, "cp-sat", False, sat.lower_bound)
    elif sat is not None:
        chosen1 = sat.chosen
        candidates.insert(0, (sat.chosen, "sat", opt1 and sat.optimal, sat.lower_bound))
    if (forced and sat is not None and sat.optimal) or left() < 1.0:
        return _best(event, candidates, phase1)

    # phase 2b: the same number of meetings of each priority, any of them, fewest breaks;
    # its solves end early enough for _best to check every candidate before the limit
    # (a check timed here, on this event and this machine's load, times the candidates)
    checked = time.monotonic()
    breaks1 = _finish(event, chosen1, "cp-sat", False, 0).breaks
    reserve = 0.1 + 2 * (len(candidates) + 3) * (time.monotonic() - checked)

    def before_check() -> float:
        return left() - reserve

    m2, x2 = build()
    for p in levels:
        m2.add(sum(v for (i, _), v in x2.items() if reqs[i].priority == p) >= per_level[p])
    starts = []
    session = {s.number: s.session for s in event.slots}
    people = sorted({pid for r in reqs for pid in (r.from_id, r.to_id)})
    busy_terms: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for (i, s), v in x2.items():
        busy_terms[(reqs[i].from_id, s)].append(v)
        busy_terms[(reqs[i].to_id, s)].append(v)
    has_session: list[cp_model.IntVar] = []
    for pid in people:
        by_sess: dict[str, list[cp_model.IntVar]] = defaultdict(list)
        prev = None
        for slot in event.slots:
            terms = busy_terms.get((pid, slot.number))
            busy = None
            if terms:
                busy = m2.new_bool_var("")
                m2.add(sum(terms) == busy)
                by_sess[slot.session].append(busy)
            if busy is not None:
                b = m2.new_bool_var("")  # a block of meetings starts here
                if prev is not None and session.get(slot.number - 1) == slot.session:
                    m2.add(b >= busy - prev)
                else:
                    m2.add(b >= busy)
                starts.append(b)
            prev = busy if busy is not None else None
        for vs in by_sess.values():
            h = m2.new_bool_var("")
            m2.add_max_equality(h, vs)
            has_session.append(h)
    m2.minimize(sum(starts) - sum(has_session))
    hint = set(chosen1)
    for (i, s), v in x2.items():
        m2.add_hint(v, (i, s) in hint)
    work2 = 0.6 * WORK_PER_SECOND * time_limit
    s2 = cp_model.CpSolver()
    if before_check() < 0.5:  # building the model took the time: keep what there is
        return _best(event, candidates, phase1)
    params(s2, 0.25 * work2, before_check())
    st2 = s2.solve(m2)
    chosen, breaks = chosen1, breaks1
    if st2 in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        chosen = [(i, s) for (i, s), v in x2.items() if s2.value(v)]
        breaks = round(s2.objective_value)
        bound = max(0, math.ceil(s2.best_objective_bound - 1e-6))
        candidates.insert(0, (chosen, "cp-sat", opt1 and st2 == cp_model.OPTIMAL, bound))
        # the bound holds for every set of meetings, the SAT's one among them
        candidates = [(c, m, o, max(b, bound)) for c, m, o, b in candidates]
    if st2 != cp_model.OPTIMAL:  # not proven: improve it by neighbourhoods
        better = _neighbourhoods(event, m2, x2, chosen, breaks,
                                 work2 - s2.deterministic_time, before_check, params,
                                 seed)
        if better is not None:
            candidates.insert(0, (better, "cp-sat", False, candidates[0][3]))
    return _best(event, candidates, phase1)


def _neighbourhoods(event: Event, model: cp_model.CpModel,
                    x: dict[tuple[int, int], cp_model.IntVar],
                    chosen: list[tuple[int, int]], breaks: int, work: float,
                    left: Callable[[], float],
                    params: Callable[[cp_model.CpSolver, float, float], None], seed: int
                    ) -> list[tuple[int, int]] | None:
    """Large neighbourhood search on the phase-2 ``model`` from ``chosen`` (``breaks``
    breaks) for ``work`` units of CP-SAT's deterministic time; the schedule with fewer
    breaks it found, or ``None``. Each step frees the meetings of a neighbourhood of related
    participants (:func:`_related`), fixes every other meeting, and re-solves."""
    from ortools.sat.python import cp_model

    reqs = event.requests
    rng = random.Random(seed)
    partners: dict[str, list[str]] = defaultdict(list)
    for r in reqs:
        partners[r.from_id].append(r.to_id)
        partners[r.to_id].append(r.from_id)
    people = sorted(partners)
    size = min(len(people), max(2, len(people) // 10))
    current, found, spent = set(chosen), False, 0.0
    step = max(0.05, work / 100)
    setup = 0.0  # the wall time of the last step's copying and fixing (a large event's)
    while spent < work and left() > 0.5 + setup and breaks > 0:
        began = time.monotonic()
        free = _related(rng, people, partners, size)
        sub = model.clone()
        sub.clear_hints()
        for (i, s), v in x.items():
            on = int((i, s) in current)
            index = v.index
            if reqs[i].from_id in free or reqs[i].to_id in free:
                sub.add_hint(sub.get_bool_var_from_proto_index(index), on)
            else:
                domain = sub.proto.variables[index].domain
                domain[0] = domain[1] = on
        setup = time.monotonic() - began
        if left() < 0.1:
            break
        solver = cp_model.CpSolver()
        params(solver, min(step, work - spent), left())
        status = solver.solve(sub)
        spent += solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and \
                round(solver.objective_value) < breaks:
            current = {key for key, v in x.items() if solver.value(v)}
            breaks, found = round(solver.objective_value), True
        if status == cp_model.OPTIMAL:
            size = min(len(people), size + 1 + size // 5)
        else:
            size = max(2, size - 1 - size // 5)
    return sorted(current) if found else None


def _related(rng: random.Random, people: list[str], partners: dict[str, list[str]],
             size: int) -> set[str]:
    """``size`` participants: one drawn from ``people`` and, breadth first in a shuffled
    order, the people they meet, the people those meet, ... (Shaw's related removal).

    >>> _related(random.Random(1), ["a", "b", "c", "d"],
    ...          {"a": ["b"], "b": ["a", "c"], "c": ["b"], "d": []}, 3) == {"a", "b", "c"}
    True
    """
    first = rng.choice(people)
    chosen, queue = {first}, [first]
    while queue and len(chosen) < size:
        nxt = list(dict.fromkeys(partners[queue.pop(0)]))
        rng.shuffle(nxt)
        for p in nxt:
            if p not in chosen and len(chosen) < size:
                chosen.add(p)
                queue.append(p)
    while len(chosen) < size:  # a small component: more people drawn at random
        chosen.add(rng.choice(people))
    return chosen


def _breaks_of(event: Event, chosen: list[tuple[int, int]]) -> int:
    """The breaks of the meetings ``chosen`` (request, slot)."""
    slots_of: dict[str, list[int]] = defaultdict(list)
    for i, s in chosen:
        slots_of[event.requests[i].from_id].append(s)
        slots_of[event.requests[i].to_id].append(s)
    return count_breaks(event, slots_of)


def _key(event: Event, chosen: list[tuple[int, int]]) -> tuple[int, ...]:
    """Meetings per priority level, highest priority first (compared lexicographically)."""
    levels = sorted({r.priority for r in event.requests})
    return tuple(sum(event.requests[i].priority == p for i, _ in chosen) for p in levels)


def _best(event: Event, candidates: list[tuple[list[tuple[int, int]], str, bool, int]],
          phase1: Phase1) -> Schedule:
    """The valid candidate with the most meetings by priority, then the fewest breaks
    (the first such one); each candidate is (meetings, method, proven optimal, a lower
    bound on the breaks of its set of meetings). Its meetings are marked the most possible
    when phase 1 proved that and the candidate holds as many of each priority.

    Only the winner is finished (tables numbered, checked): the candidates are ranked by
    their counts first, and the first that passes :func:`check_schedule` wins (the greedy
    schedule, always a candidate, passes), so this ends soon after a solve's deadline."""
    levels = sorted({r.priority for r in event.requests})

    def key(chosen: list[tuple[int, int]]) -> tuple[tuple[int, ...], int]:
        counts = tuple(sum(event.requests[i].priority == p for i, _ in chosen)
                       for p in levels)
        return counts, -_breaks_of(event, chosen)

    # best first; a stable sort keeps the first of equal candidates first
    order = sorted(range(len(candidates)), key=lambda k: key(candidates[k][0]), reverse=True)
    best: Schedule | None = None
    for k in order:
        chosen, method, optimal, bound = candidates[k]
        if method == "greedy" or not check_schedule(event, _tables(event, chosen)):
            best = _finish(event, chosen, method, optimal, bound)
            break
    assert best is not None
    counts = tuple(sum(event.requests[m.request].priority == p for m in best.meetings)
                   for p in levels)
    proven = phase1.proven and counts >= phase1.key
    return replace(best, optimal=best.optimal and proven, meetings_optimal=proven,
                   meetings_bound=len(best.meetings) if proven
                   else max(phase1.bound, len(best.meetings)),
                   breaks_sat_skipped=phase1.skipped, breaks_sat_limit=phase1.limit)


def _finish(event: Event, chosen: list[tuple[int, int]], method: str,
            optimal: bool, bound: int) -> Schedule:
    meetings = _tables(event, chosen)
    errors = check_schedule(event, meetings)
    if errors and method != "greedy":
        meetings, method, optimal, bound = _tables(event, greedy(event)), "greedy", False, 0
        errors = check_schedule(event, meetings)
    if errors:  # pragma: no cover - the greedy schedule is valid by construction
        raise RuntimeError("; ".join(errors))
    done = {m.request for m in meetings}
    slots_of: dict[str, list[int]] = defaultdict(list)
    for m in meetings:
        r = event.requests[m.request]
        slots_of[r.from_id].append(m.slot)
        slots_of[r.to_id].append(m.slot)
    unscheduled = [(i, "no_common_slot" if not allowed_slots(event, r) else "no_room")
                   for i, r in enumerate(event.requests) if i not in done]
    breaks = count_breaks(event, slots_of)
    return Schedule(meetings, unscheduled, breaks, method, optimal,
                    min(bound, breaks))
