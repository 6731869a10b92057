"""Fewest breaks for a fixed set of meetings: a SAT encoding solved with CaDiCaL (PySAT).

This is the second phase of Bofill et al. (2022): which meetings take place is decided,
only their slots move (tables are interchangeable, so only the number of meetings per slot
matters; :func:`rancang.features.matching.schedule._tables` numbers them afterwards).

Encoding (all clauses; ``x[m,s]``: meeting ``m`` in slot ``s``; ``b[p,s]``: participant
``p`` busy in ``s``; ``e[p,s]``: ``p`` has a meeting at or before ``s`` in the session of
``s``; ``z[p,s]``: a break of ``p`` ends at ``s``):

- each meeting in exactly one of its allowed slots: ``OR_s x[m,s]`` and at most one;
- ``b[p,s] <-> OR_{m ∋ p} x[m,s]`` with at most one of those ``x`` (no double booking);
- at most ``T`` meetings per slot (a sequential counter, Sinz 2005) where more could fall;
- ``e[p,s] <- b[p,s]``, ``e[p,s] <- e[p,s-1]`` within a session;
- ``z[p,s] <- b[p,s] AND NOT b[p,s-1] AND e[p,s-2]``: a block of meetings starts at ``s``
  after an earlier one in the same session, so the number of breaks of ``p`` is at most
  ``sum_s z[p,s]`` and equal to it in a minimal model.

The bound ``sum z <= k`` is an incremental totalizer (Bailleux & Boufkhad 2003; Martins et
al. 2014) switched by assumptions, so that one CaDiCaL instance answers every ``k`` and
keeps what it learnt. The lower bound (:func:`lower_bound`, then every ``k`` proved
unsatisfiable) and the best schedule found prove the optimum when the two meet. Two
CaDiCaL processes run at once (two cores): one tries ``k = LB, LB + 1, ...`` until one is
satisfiable (optima are small on real events), the other, its phases set to the
incumbent, ``k = UB - 1`` while satisfiable. Each is a child process killed at the
deadline (PySAT's CaDiCaL can be neither interrupted nor given a budget), so the solver
cannot overrun it. Which child proves the optimum first depends on the machine's load, so
once it is proven the schedule returned is the model of one more fresh solve at
``k = optimum`` (CaDiCaL is deterministic): the same input gives the same schedule on every
run whenever that solve ends before the deadline. A search stopped by the deadline before
a proof returns the best schedule found by then, which depends on timing.

References
----------
Bofill, M., Coll, J., Garcia, M., Giráldez-Cru, J., Pesant, G., Suy, J. & Villaret, M.
(2022). Constraint Solving Approaches to the Business-to-Business Meeting Scheduling
Problem. JAIR 74, 263-301.

Sinz, C. (2005). Towards an Optimal CNF Encoding of Boolean Cardinality Constraints. CP 2005.

Bailleux, O. & Boufkhad, Y. (2003). Efficient CNF Encoding of Boolean Cardinality
Constraints. CP 2003.

Ignatiev, A., Morgado, A. & Marques-Silva, J. (2018). PySAT: A Python Toolkit for
Prototyping with SAT Oracles. SAT 2018.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from rancang.features.matching.event import Event

#: The SAT solver of PySAT, run in a child process killed at the deadline.
PROVER = "cadical195"
#: The SAT solver of :func:`hold_all` (MiniSat 2.2, MIT licence, through PySAT): in this
#: process, as it takes a propagation budget (deterministic) and can be interrupted.
FEASIBILITY = "minisat22"
#: The most clauses :func:`hold_all` builds (the sequential counter of ``at most T per
#: slot`` takes about ``2 n T`` for ``n`` candidate meetings): a larger event is left to
#: CP-SAT, as building it alone would take minutes and gigabytes (benchmarks/README.md).
MAX_CLAUSES = 1_000_000
#: The most clauses :func:`min_breaks` builds (phase 2; counted by :func:`encoding_size`,
#: which overestimates PySAT's count 1.2-1.6 times), tied to memory: a clause built takes
#: about 0.2 kB in this process and as much again in each of the two CaDiCaL children
#: (their copy read from JSON and the solver's own), so this keeps the three processes
#: under about 0.6 GB together beyond their base (benchmarks/README.md, "Phase 2 size
#: guard": 13 million clauses took 2.7 GB and 200 s to build and serialise in this process
#: alone). A larger encoding is not built: the phase-1 schedule is kept for CP-SAT's
#: phase 2 (:func:`rancang.features.matching.schedule.solve`), and the result says so.
MAX_BREAK_CLAUSES = 1_000_000
#: Estimated clauses allowed per second of ``time_limit``
#: (:func:`rancang.features.matching.schedule.solve` passes the lesser of this times the
#: limit and :data:`MAX_BREAK_CLAUSES`): building and serialising runs at 50,000-100,000
#: of them a second on the shared 2-core machine under load, so the encoding takes at
#: most about a third of phase 2's share of the time. A count of the time limit, not of
#: the clock, so that the same event and limit take the same path on every run.
BREAK_CLAUSES_PER_SECOND = 25_000


@dataclass(frozen=True)
class BreakResult:
    """Slots of the meetings (``(request, slot)``), their breaks, the proven lower bound
    and whether ``breaks == lower_bound`` (optimal for this set of meetings)."""

    chosen: list[tuple[int, int]]
    breaks: int
    lower_bound: int
    optimal: bool
    #: the estimated clauses of an encoding not built because they passed ``limit``
    #: (0: built, or not needed)
    skipped: int = 0
    #: the most clauses allowed for this search (memory and time to the deadline)
    limit: int = 0


def lower_bound(event: Event, allowed: dict[int, list[int]]) -> int:
    """A lower bound on the breaks: each participant alone, with its meetings' slots.

    Participant ``p`` with ``n_p`` meetings may only use the union ``U_p`` of its meetings'
    allowed slots. In a session, ``U_p`` falls into runs of consecutive slots; a block of
    meetings lies inside one run, the first block of a session is free and each further
    one costs a break. So the fewest breaks of ``p`` is the least number of extra runs, taken
    longest first, that together with the longest run of every session hold ``n_p``
    meetings: ``LB = sum_p min{j : F_p + sum of the j longest other runs >= n_p}``.

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Request, Slot
    >>> p = {i: Participant(i, i, "", "other", frozenset(u))
    ...      for i, u in (("a", {2}), ("b", ()), ("c", ()))}
    >>> ev = Event(p, [Slot(s, "", "morning") for s in (1, 2, 3)],
    ...            [Request("a", "b", 1, "any"), Request("a", "c", 1, "any")], 1)
    >>> lower_bound(ev, {0: [1, 3], 1: [1, 3]})  # a meets twice in slots 1 and 3
    1
    """
    session = {s.number: s.session for s in event.slots}
    count: dict[str, int] = defaultdict(int)
    union: dict[str, set[int]] = defaultdict(set)
    for i, slots in allowed.items():
        r = event.requests[i]
        for pid in (r.from_id, r.to_id):
            count[pid] += 1
            union[pid].update(slots)
    total = 0
    for pid, n in count.items():
        runs: dict[str, list[int]] = defaultdict(list)
        prev = None
        for s in sorted(union[pid]):
            if prev is not None and s == prev + 1 and session[s] == session[prev]:
                runs[session[s]][-1] += 1
            else:
                runs[session[s]].append(1)
            prev = s
        free = 0
        extra: list[int] = []
        for lengths in runs.values():
            lengths.sort(reverse=True)
            free += lengths[0]
            extra += lengths[1:]
        extra.sort(reverse=True)
        j = 0
        while free < n and j < len(extra):
            free += extra[j]
            j += 1
        total += j
    return total


def hold_all(event: Event, allowed: dict[int, list[int]], *, propagations: int,
             deadline: float) -> tuple[bool | None, list[tuple[int, int]]]:
    """Can every request of ``allowed`` (request -> its allowed slots, none empty) be held?

    Clauses: each request in exactly one of its allowed slots, at most one meeting per
    participant and slot, at most ``T`` meetings per slot (sequential counters, Sinz
    2005), solved by MiniSat 2.2 (Eén & Sörensson 2003) within ``propagations`` unit
    propagations (a deterministic budget: the same answer on every run) and the
    ``time.monotonic()`` instant ``deadline`` (the hard stop). Returns ``(True, placement)``
    when a placement holds them all (the most meetings possible, proven), ``(False, [])``
    when none can (proven), ``(None, [])`` when the budget or the deadline ran out or the
    encoding would exceed :data:`MAX_CLAUSES` (not tried).

    Reference: Eén, N. & Sörensson, N. (2003). An Extensible SAT-solver. SAT 2003,
    LNCS 2919, 502-518.

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Request, Slot
    >>> p = {i: Participant(i, i, "", "other", frozenset()) for i in "abc"}
    >>> ev = Event(p, [Slot(s, "", "morning") for s in (1, 2)],
    ...            [Request("a", "b", 1, "any"), Request("a", "c", 1, "any"),
    ...             Request("b", "c", 1, "any")], 1)
    >>> far = time.monotonic() + 10
    >>> hold_all(ev, {0: [1, 2], 1: [1, 2]}, propagations=10**6, deadline=far)  # a: 2 slots
    (True, [(0, 2), (1, 1)])
    >>> hold_all(ev, {0: [1, 2], 1: [1, 2], 2: [1, 2]}, propagations=10**6,
    ...          deadline=far)  # a triangle needs three slots
    (False, [])
    """
    from pysat.card import CardEnc, EncType
    from pysat.formula import IDPool
    from pysat.solvers import Solver

    pool = IDPool()
    clauses: list[list[int]] = []
    x = {(i, s): pool.id(("x", i, s)) for i in sorted(allowed) for s in allowed[i]}
    busy: dict[tuple[str, int], list[int]] = defaultdict(list)
    per_slot: dict[int, list[int]] = defaultdict(list)
    for i in sorted(allowed):
        r = event.requests[i]
        for s in allowed[i]:
            busy[(r.from_id, s)].append(x[(i, s)])
            busy[(r.to_id, s)].append(x[(i, s)])
            per_slot[s].append(x[(i, s)])
    size = (3 * len(x) + 3 * sum(len(v) for v in busy.values())
            + sum(2 * len(v) * event.tables for v in per_slot.values()
                  if len(v) > event.tables))
    if size > MAX_CLAUSES:
        return None, []
    for i in sorted(allowed):
        lits = [x[(i, s)] for s in allowed[i]]
        clauses.append(lits)
        clauses += CardEnc.atmost(lits, 1, vpool=pool, encoding=EncType.seqcounter).clauses
    for key in sorted(busy):
        if len(busy[key]) > 1:
            clauses += CardEnc.atmost(busy[key], 1, vpool=pool,
                                      encoding=EncType.seqcounter).clauses
    for s in sorted(per_slot):
        if len(per_slot[s]) > event.tables:
            clauses += CardEnc.atmost(per_slot[s], event.tables, vpool=pool,
                                      encoding=EncType.seqcounter).clauses
    if time.monotonic() >= deadline:
        return None, []
    with Solver(name=FEASIBILITY, bootstrap_with=clauses) as solver:
        solver.prop_budget(max(1, propagations))
        timer = threading.Timer(max(0.0, deadline - time.monotonic()), solver.interrupt)
        timer.start()
        try:
            answer = solver.solve_limited(expect_interrupt=True)
        finally:
            timer.cancel()
        if answer is not True:
            return answer, []
        true = {v for v in solver.get_model() or [] if v > 0}
    return True, sorted(key for key, v in x.items() if v in true)


def encoding_size(event: Event, allowed: dict[int, list[int]], bound: int | None) -> int:
    """An upper estimate of the clauses :func:`min_breaks` builds for ``allowed`` with the
    totalizer cut at ``bound`` breaks (``None``: not cut), counted without building them.

    Sequential counters (Sinz 2005) for ``at most k of n``: at most ``2 n k + n`` clauses;
    ``b[p,s]``: ``1 + n`` clauses plus the counter; the chain of ``e`` and ``z``: at most
    three per participant and slot; the totalizer: ``(a + 1)(b + 1)`` per node merging
    ``a`` and ``b`` outputs, each cut at ``bound + 1`` (measured: within 1.5 times the
    clauses PySAT builds, never below).

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Request, Slot
    >>> p = {i: Participant(i, i, "", "other", frozenset()) for i in "abc"}
    >>> ev = Event(p, [Slot(s, "", "morning") for s in (1, 2, 3)],
    ...            [Request("a", "b", 1, "any"), Request("a", "c", 1, "any")], 1)
    >>> encoding_size(ev, {0: [1, 2, 3], 1: [1, 2, 3]}, 1)
    153
    """
    from functools import cache

    def counter(n: int, k: int) -> int:
        return 2 * n * k + n if n > k else 0

    per_slot: dict[int, int] = defaultdict(int)
    busy: dict[tuple[str, int], int] = defaultdict(int)
    size = 0
    for i, slots in allowed.items():
        r = event.requests[i]
        size += 1 + counter(len(slots), 1)
        for s in slots:
            per_slot[s] += 1
            busy[(r.from_id, s)] += 1
            busy[(r.to_id, s)] += 1
    size += sum(counter(n, event.tables) for n in per_slot.values())
    size += sum(1 + n + counter(n, 1) for n in busy.values())
    people = {pid for pid, _ in busy}
    size += 3 * len(people) * len(event.slots)
    cut = len(busy) if bound is None else max(bound, 1) + 1

    @cache
    def totalizer(n: int) -> int:
        if n <= 1:
            return 0
        a = n // 2
        return (totalizer(a) + totalizer(n - a)
                + (min(a, cut) + 1) * (min(n - a, cut) + 1))

    return size + totalizer(len(busy))


def min_breaks(event: Event, allowed: dict[int, list[int]],
               incumbent: list[tuple[int, int]] | None, *, deadline: float,
               max_clauses: int = MAX_BREAK_CLAUSES) -> BreakResult | None:
    """Place the meetings ``allowed`` (request -> its allowed slots) with the fewest breaks.

    ``incumbent`` is a valid placement of the same meetings (its breaks are the first
    upper bound); ``deadline`` a
    ``time.monotonic()`` instant. Returns ``None`` when
    no placement was found (nor given).

    Size guard: the clauses are estimated first (:func:`encoding_size`); when they pass
    ``max_clauses``, nothing is built and the incumbent is returned with ``skipped`` set
    to the estimate and ``limit`` to ``max_clauses``. The building counts against the
    deadline like the search: it stops there (checked between its steps) with the
    incumbent, and the children are killed there.

    Example
    -------
    >>> from rancang.features.matching.event import Participant, Request, Slot
    >>> p = {i: Participant(i, i, "", "other", frozenset()) for i in "abc"}
    >>> ev = Event(p, [Slot(s, "", "morning") for s in (1, 2, 3)],
    ...            [Request("a", "b", 1, "any"), Request("a", "c", 1, "any")], 1)
    >>> res = min_breaks(ev, {0: [1, 2, 3], 1: [1, 2, 3]}, [(0, 1), (1, 3)],
    ...                  deadline=time.monotonic() + 10)
    >>> res.breaks, res.lower_bound, res.optimal
    (0, 0, True)
    >>> res = min_breaks(ev, {0: [1, 2, 3], 1: [1, 2, 3]}, [(0, 1), (1, 3)],
    ...                  deadline=time.monotonic() + 10, max_clauses=100)
    >>> res.chosen, res.breaks, res.optimal, res.skipped, res.limit
    ([(0, 1), (1, 3)], 1, False, 153, 100)
    """
    from pysat.card import CardEnc, EncType, ITotalizer
    from pysat.formula import IDPool

    from rancang.features.matching.schedule import count_breaks

    def breaks_of(chosen: list[tuple[int, int]]) -> int:
        slots_of: dict[str, list[int]] = defaultdict(list)
        for i, s in chosen:
            slots_of[event.requests[i].from_id].append(s)
            slots_of[event.requests[i].to_id].append(s)
        return count_breaks(event, slots_of)

    best = sorted(incumbent) if incumbent is not None else None
    ub_start = breaks_of(best) if best is not None else None
    lb_start = lower_bound(event, allowed)
    if best is not None and ub_start is not None and lb_start >= ub_start:
        return BreakResult(best, ub_start, ub_start, True)
    # the size guard: estimate, and build only what fits in memory and in the time left
    size = encoding_size(event, allowed, ub_start)
    limit = max_clauses
    # what is returned when the encoding is not built, or the deadline passes building it
    kept = (BreakResult(best, ub_start, min(lb_start, ub_start), False, limit=limit)
            if best is not None and ub_start is not None else None)
    if size > limit:
        return replace(kept, skipped=size) if kept is not None else None

    pool = IDPool()
    clauses: list[list[int]] = []
    x = {(i, s): pool.id(("x", i, s)) for i in sorted(allowed) for s in allowed[i]}
    busy: dict[tuple[str, int], list[int]] = defaultdict(list)
    per_slot: dict[int, list[int]] = defaultdict(list)
    for i in sorted(allowed):
        lits = [x[(i, s)] for s in allowed[i]]
        clauses.append(lits)
        clauses += CardEnc.atmost(lits, 1, vpool=pool, encoding=EncType.seqcounter).clauses
        r = event.requests[i]
        for s in allowed[i]:
            busy[(r.from_id, s)].append(x[(i, s)])
            busy[(r.to_id, s)].append(x[(i, s)])
            per_slot[s].append(x[(i, s)])
    for s in sorted(per_slot):
        if len(per_slot[s]) > event.tables:
            clauses += CardEnc.atmost(per_slot[s], event.tables, vpool=pool,
                                      encoding=EncType.seqcounter).clauses
    if kept is not None and time.monotonic() >= deadline:
        return kept
    people = sorted({pid for pid, _ in busy})
    b: dict[tuple[str, int], int] = {}
    for key in sorted(busy):
        lits = busy[key]
        b[key] = pool.id(("b", *key))
        clauses.append([-b[key], *lits])
        clauses += [[-v, b[key]] for v in lits]
        if len(lits) > 1:
            clauses += CardEnc.atmost(lits, 1, vpool=pool, encoding=EncType.seqcounter).clauses
    by_session: dict[str, list[int]] = defaultdict(list)
    for slot in event.slots:
        by_session[slot.session].append(slot.number)
    z: list[int] = []
    for pid in people:
        for numbers in by_session.values():
            e_prev: int | None = None  # e[p, s-1]
            e_prev2: int | None = None  # e[p, s-2]
            for k, s in enumerate(numbers):
                adjacent = k > 0 and numbers[k - 1] == s - 1
                if not adjacent:
                    e_prev = e_prev2 = None if k == 0 else e_prev
                bs = b.get((pid, s))
                if bs is not None and e_prev2 is not None:
                    zs = pool.id(("z", pid, s))
                    before = b.get((pid, s - 1)) if adjacent else None
                    clauses.append([-bs, -e_prev2, zs] + ([before] if before else []))
                    z.append(zs)
                if bs is None and e_prev is None:
                    e_now: int | None = None
                else:
                    e_now = pool.id(("e", pid, s))
                    if bs is not None:
                        clauses.append([-bs, e_now])
                    if e_prev is not None:
                        clauses.append([-e_prev, e_now])
                e_prev2, e_prev = e_prev, e_now
    if kept is not None and time.monotonic() >= deadline:
        return kept
    ub = ub_start if ub_start is not None else len(z)
    lb = min(lb_start, ub)
    if lb >= ub and best is not None:
        return BreakResult(best, ub, lb, True)
    rhs: list[int] = []
    if z:
        total = ITotalizer(lits=z, ubound=max(ub, 1), top_id=pool.top)
        clauses += total.cnf.clauses
        rhs = list(total.rhs)
    def decode(model: list[int]) -> tuple[list[tuple[int, int]], int]:
        true = {v for v in model if v > 0}
        found = sorted(key for key, v in x.items() if v in true)
        return found, breaks_of(found)

    if best is None or lb >= ub or time.monotonic() >= deadline:
        return BreakResult(best, ub, lb, lb >= ub, limit=limit) if best is not None else None
    # two children (two cores): "up" proves k = lb, lb + 1, ... unsatisfiable until a
    # model (the optimum); "down", its phases set to the incumbent, finds ever better
    # schedules (k = ub - 1) until unsatisfiable (the optimum too)
    held = set(best)
    phases = [v if key in held else -v for key, v in x.items()]
    raced, ub, lb = _race(clauses, rhs, z, phases, lb, ub, best, decode, deadline)
    best = raced if raced is not None else best
    if lb >= ub:
        # proven, by whichever child came first: the schedule returned is the model of one
        # fresh solve at k = the optimum (no phases), the same on every run whatever the
        # order the children's lines arrived in
        canonical, _, _ = _race(clauses, rhs, z, [], ub, ub + 1, None, decode, deadline,
                                modes=("up",))
        if canonical is not None:
            best = canonical
    return BreakResult(best, ub, lb, lb >= ub, limit=limit)


def _race(clauses: list[list[int]], rhs: list[int], z: list[int], phases: list[int],
          lb: int, ub: int, best: list[tuple[int, int]] | None,
          decode: Callable[[list[int]], tuple[list[tuple[int, int]], int]],
          deadline: float, modes: tuple[str, ...] = ("up", "down"),
          ) -> tuple[list[tuple[int, int]] | None, int, int]:
    """Run a child per mode of :func:`_prove` on ``sum z <= k`` until ``lb >= ub``, the
    children end or ``deadline``; returns the best placement found, ``ub`` and ``lb``."""
    inbox: queue.Queue[tuple[str, str | None]] = queue.Queue()
    # serialised once for every child (the largest piece of work after the building)
    job = json.dumps([clauses, rhs, z, phases, lb, ub]).encode()
    provers: list[_Prover] = []
    for mode in modes:
        if time.monotonic() >= deadline:
            break
        provers.append(_Prover(mode, job, inbox))
    running = {prover.name for prover in provers}
    try:
        while lb < ub and running and time.monotonic() < deadline:
            try:
                mode, line = inbox.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                running.discard(mode)
                continue
            kind, value = json.loads(line)
            if kind == "lb":
                lb = max(lb, value)
            else:
                found, breaks = decode(value)
                if best is None or breaks < ub or (mode == "up" and breaks <= ub):
                    best, ub = found, breaks
                if mode == "up":  # the first model of "up" is an optimum
                    lb = ub
    finally:
        for prover in provers:
            prover.stop()
    return best, ub, lb


class _Prover:
    """CaDiCaL in a child process (``python -m`` this module, see :func:`_prove`), given
    its mode on the first line and ``job`` (the JSON of the clauses and bounds), which
    writes one JSON line per finding; a thread puts each line in ``inbox`` as
    ``(name, line)``, then ``(name, None)`` at the end. :meth:`stop` kills it."""

    def __init__(self, name: str, job: bytes,
                 inbox: queue.Queue[tuple[str, str | None]]) -> None:
        import os
        import subprocess
        import sys

        env = dict(os.environ)
        src = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
        self.name, self.inbox = name, inbox
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "rancang.features.matching.breaks_sat"], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(name.encode() + b"\n")
            self.proc.stdin.write(job)
            self.proc.stdin.close()
        except OSError:  # pragma: no cover - the child died at once
            pass

    def _read(self) -> None:
        assert self.proc.stdout is not None
        with self.proc.stdout:
            for raw in self.proc.stdout:
                self.inbox.put((self.name, raw.decode()))
        self.inbox.put((self.name, None))

    def stop(self) -> None:
        """Kill the child (if still running) and wait for it."""
        self.proc.kill()
        self.proc.wait()
        self.reader.join()


def _prove() -> None:
    """The child of :class:`_Prover`: CaDiCaL on ``sum z <= k``. Mode ``up``: ``k = lb,
    lb + 1, ...``, writing ``["lb", k + 1]`` when unsatisfiable, until a model (written as
    ``["model", [...]]``, an optimum). Mode ``down`` (phases set to the incumbent):
    ``k = ub - 1`` while satisfiable, each model written and ``ub`` becoming its number of
    true ``z``; when unsatisfiable, ``["lb", ub]``."""
    import sys

    from pysat.solvers import Solver

    mode = sys.stdin.readline().strip()
    clauses, rhs, z, phases, lb, ub = json.loads(sys.stdin.read())

    def bound(k: int) -> list[int]:
        return [-rhs[k]] if k < len(rhs) else []

    def report(model: list[int]) -> int:
        print(json.dumps(["model", model]), flush=True)
        true = {v for v in model if v > 0}
        return sum(v in true for v in z)

    with Solver(name=PROVER, bootstrap_with=clauses) as solver:
        if mode == "down":
            solver.set_phases(phases)
            while lb < ub:
                if not solver.solve(assumptions=bound(ub - 1)):
                    print(json.dumps(["lb", ub]), flush=True)
                    return
                ub = min(ub - 1, report(solver.get_model() or []))
            return
        for k in range(lb, ub):
            if solver.solve(assumptions=bound(k)):
                report(solver.get_model() or [])
                return
            print(json.dumps(["lb", k + 1]), flush=True)


if __name__ == "__main__":
    _prove()
