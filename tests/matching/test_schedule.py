"""The Temu Usaha scheduler: schedules checked by an independent checker written here,
optima checked against exhaustive search on small events, bad workbooks refused."""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.errors import InputError
from rancang.features.matching.demo import demo_event, write_event_xlsx
from rancang.features.matching.event import Event, Participant, Request, Slot, read_event
from rancang.features.matching.schedule import Meeting, greedy, solve

pytestmark = pytest.mark.usefixtures("english")
runner = CliRunner()


def violations(event: Event, meetings: list[Meeting]) -> list[str]:
    """Every rule of the event, checked from the event's own data (not the solver's)."""
    out = []
    slot = {s.number: s for s in event.slots}
    per_slot_person: dict[tuple[int, str], int] = defaultdict(int)
    per_slot_table: dict[tuple[int, int], int] = defaultdict(int)
    per_request: dict[int, int] = defaultdict(int)
    for m in meetings:
        r = event.requests[m.request]
        per_request[m.request] += 1
        per_slot_table[(m.slot, m.table)] += 1
        if m.slot not in slot:
            out.append("unknown slot")
            continue
        if r.session != "any" and slot[m.slot].session != r.session:
            out.append("session")
        if r.fixed_slot is not None and m.slot != r.fixed_slot:
            out.append("fixed slot moved")
        if not 1 <= m.table <= event.tables:
            out.append("table")
        for pid in (r.from_id, r.to_id):
            per_slot_person[(m.slot, pid)] += 1
            if m.slot in event.participants[pid].unavailable:
                out.append("unavailable")
    out += ["double-booked participant"] * sum(v > 1 for v in per_slot_person.values())
    out += ["double-booked table"] * sum(v > 1 for v in per_slot_table.values())
    out += ["request twice"] * sum(v > 1 for v in per_request.values())
    out += ["fixed missing" for i, r in enumerate(event.requests)
            if r.fixed_slot is not None and i not in per_request]
    return out


def unplaced_that_fit(event: Event, meetings: list[Meeting]) -> list[int]:
    """The requests left out that would still fit as the schedule stands: a slot of their
    session where neither participant is away or already meets and a table is free (a
    schedule with as many meetings as possible leaves none; checked from the event's own
    data, not the solver's)."""
    placed = {m.request for m in meetings}
    busy = {(p, m.slot) for m in meetings
            for p in (event.requests[m.request].from_id, event.requests[m.request].to_id)}
    load: dict[int, int] = defaultdict(int)
    for m in meetings:
        load[m.slot] += 1
    out = []
    for i, r in enumerate(event.requests):
        if i in placed:
            continue
        for s in event.slots:
            if (r.session in ("any", s.session) and load[s.number] < event.tables
                    and r.fixed_slot in (None, s.number)
                    and all(s.number not in event.participants[p].unavailable
                            and (p, s.number) not in busy for p in (r.from_id, r.to_id))):
                out.append(i)
                break
    return out


def breaks(event: Event, meetings: list[Meeting]) -> int:
    session = {s.number: s.session for s in event.slots}
    slots: dict[str, list[int]] = defaultdict(list)
    for m in meetings:
        r = event.requests[m.request]
        slots[r.from_id].append(m.slot)
        slots[r.to_id].append(m.slot)
    return sum(1 for ss in slots.values() for a, b in itertools.pairwise(sorted(ss))
               if b - a > 1 and session[a] == session[b])


def brute_force(event: Event) -> tuple[tuple[int, ...], int]:
    """Best (meetings per priority level, breaks) by trying every assignment."""
    levels = sorted({r.priority for r in event.requests})
    options = [[None, *[s.number for s in event.slots]] for _ in event.requests]
    best: tuple[tuple[int, ...], int] | None = None
    for choice in itertools.product(*options):
        load: dict[int, int] = defaultdict(int)
        ms = []
        for i, s in enumerate(choice):
            if s is not None:
                load[s] += 1
                ms.append(Meeting(i, s, load[s]))
        if violations(event, ms):
            continue
        counts = tuple(sum(event.requests[m.request].priority == p for m in ms)
                       for p in levels)
        key = (counts, -breaks(event, ms))
        if best is None or key > (best[0], -best[1]):
            best = (counts, breaks(event, ms))
    assert best is not None
    return best


def small_event(seed: int) -> Event:
    return demo_event(buyers=2, sellers=3, slots=4, requests=5, tables=2, seed=seed)


@pytest.mark.parametrize("seed", range(6))
def test_small_events_reach_the_exhaustive_optimum(seed: int) -> None:
    event = small_event(seed)
    result = solve(event, time_limit=10)
    assert violations(event, result.meetings) == []
    counts, best_breaks = brute_force(event)
    levels = sorted({r.priority for r in event.requests})
    got = tuple(sum(event.requests[m.request].priority == p for m in result.meetings)
                for p in levels)
    assert got == counts
    assert result.optimal
    assert result.breaks == breaks(event, result.meetings) == best_breaks
    assert result.meetings_optimal and result.meetings_bound == len(result.meetings)


def one_priority(event: Event) -> Event:
    """The same event with every request of priority 1 (its best schedule holds the most
    meetings in all)."""
    return Event(event.participants, event.slots,
                 [Request(r.from_id, r.to_id, 1, r.session, r.fixed_slot)
                  for r in event.requests], event.tables)


@pytest.mark.parametrize("seed", range(8))
def test_the_upper_bound_on_meetings_holds_against_exhaustive_search(seed: int) -> None:
    """Tight events (one table, three slots, six requests): the relaxation's bound is at
    least the most meetings any schedule holds (found by trying every assignment), and
    the schedule's bound at least what it holds; proven means the exhaustive maximum."""
    from rancang.features.matching.schedule import meetings_upper_bound

    event = demo_event(buyers=2, sellers=3, slots=3, requests=6, tables=1, seed=seed)
    most = sum(brute_force(one_priority(event))[0])
    assert meetings_upper_bound(event) >= most
    result = solve(event, time_limit=5)
    assert violations(event, result.meetings) == []
    assert result.meetings_bound >= len(result.meetings)
    if result.meetings_optimal:
        counts = brute_force(event)[0]
        assert sum(counts) == len(result.meetings) == result.meetings_bound


def test_the_upper_bound_counts_tables_and_participants() -> None:
    """Three slots, one table: at most three meetings (the tables), whatever is asked; with
    tables enough, the participants' bound: each holds at most as many meetings as its
    free slots."""
    from rancang.features.matching.schedule import meetings_upper_bound

    people = {p: Participant(p, p, "", "other", frozenset({3}) if p == "a" else frozenset())
              for p in "abcdefgh"}
    slots = [Slot(s, "", "morning") for s in (1, 2, 3)]
    reqs = [Request("a", q, 1, "any") for q in "bcde"] + [Request("f", "g", 1, "any"),
                                                           Request("g", "h", 1, "any")]
    assert meetings_upper_bound(Event(people, slots, reqs, 1)) == 3
    # plenty of tables: a holds two (slots 1, 2), g three; each meeting counted from both
    # sides, (a 2 + b, c, d, e 1 each + f 1 + g 2 + h 1) / 2 = 5, above the 4 that fit
    assert meetings_upper_bound(Event(people, slots, reqs, 9)) == 5


def test_a_schedule_the_greedy_misses_is_found_and_proven() -> None:
    """The greedy puts a-b in slot 1 and leaves a-c (c is away in slot 2) out; every
    request fits (a-c at 1, a-b at 2): phase 1 holds both and proves it."""
    people = {p: Participant(p, p, "", "other", frozenset({2}) if p == "c" else frozenset())
              for p in "abc"}
    event = Event(people, [Slot(1, "", "morning"), Slot(2, "", "morning")],
                  [Request("a", "b", 1, "any"), Request("a", "c", 1, "any")], 1)
    assert len(greedy(event)) == 1
    result = solve(event, time_limit=5)
    assert violations(event, result.meetings) == []
    assert len(result.meetings) == 2 and result.meetings_optimal
    assert result.meetings_bound == 2 and result.optimal


def test_when_not_every_request_fits_the_maximum_is_still_proven() -> None:
    """Three people who all want to meet each other in two slots: a triangle needs three
    slots, so two meetings at most (found by trying every assignment), proven."""
    people = {p: Participant(p, p, "", "other", frozenset()) for p in "abc"}
    event = Event(people, [Slot(1, "", "morning"), Slot(2, "", "morning")],
                  [Request("a", "b", 1, "any"), Request("a", "c", 1, "any"),
                   Request("b", "c", 1, "any")], 3)
    result = solve(event, time_limit=5)
    assert violations(event, result.meetings) == []
    assert sum(brute_force(event)[0]) == len(result.meetings) == 2
    assert result.meetings_optimal and result.meetings_bound == 2


def test_every_request_of_a_bofill_shaped_event_fits_by_sat() -> None:
    """Seed 1 of the benchmark (270 requests; the greedy holds 262): the SAT feasibility
    of phase 1 holds all 270, which the independent checker accepts."""
    import time

    from rancang.features.matching.breaks_sat import hold_all
    from rancang.features.matching.demo import b2b_event
    from rancang.features.matching.schedule import allowed_slots

    event = b2b_event(1)
    assert len(greedy(event)) < len(event.requests)
    allowed = {i: allowed_slots(event, r) for i, r in enumerate(event.requests)}
    fits, held = hold_all(event, allowed, propagations=10**8,
                          deadline=time.monotonic() + 300)
    assert fits is True and len(held) == len(event.requests)
    table: dict[int, int] = defaultdict(int)
    meetings = []
    for i, s in held:
        table[s] += 1
        meetings.append(Meeting(i, s, table[s]))
    assert violations(event, meetings) == []


def test_breaks_are_fewer_than_greedy_and_every_rule_holds() -> None:
    event = demo_event(buyers=8, sellers=16, slots=10, requests=60, tables=6, seed=4)
    result = solve(event, time_limit=20)
    assert violations(event, result.meetings) == []
    g = greedy(event)
    load: dict[int, int] = defaultdict(int)
    gm = []
    for i, s in g:
        load[s] += 1
        gm.append(Meeting(i, s, load[s]))
    assert violations(event, gm) == []
    assert len(result.meetings) >= len(gm)
    assert result.breaks <= breaks(event, gm)
    assert {i for i, _ in result.unscheduled} | {m.request for m in result.meetings} == set(
        range(len(event.requests)))


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 3))
def test_random_events_give_valid_schedules(seed: int, tables: int) -> None:
    event = demo_event(buyers=3, sellers=5, slots=6, requests=12, tables=tables, seed=seed)
    result = solve(event, time_limit=5)
    assert violations(event, result.meetings) == []
    assert unplaced_that_fit(event, result.meetings) == []


def test_fixed_meetings_stay_where_they_are() -> None:
    event = demo_event(buyers=4, sellers=6, slots=6, requests=16, tables=3, seed=2)
    reqs = list(event.requests)
    a = reqs[0]
    free = [s.number for s in event.slots
            if s.number not in event.participants[a.from_id].unavailable
            and s.number not in event.participants[a.to_id].unavailable
            and a.session in ("any", s.session)]
    reqs[0] = Request(a.from_id, a.to_id, 3, a.session, free[-1])
    event = Event(event.participants, event.slots, reqs, event.tables)
    result = solve(event, time_limit=5)
    assert Meeting(0, free[-1], 1).slot in {m.slot for m in result.meetings if m.request == 0}
    assert violations(event, result.meetings) == []


def test_cli_writes_schedule_and_reasons(tmp_path: Path) -> None:
    event = demo_event(buyers=5, sellers=8, slots=6, requests=30, tables=3, seed=5)
    path = write_event_xlsx(event, tmp_path / "event.xlsx", indonesian=True)
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out",
                                    str(tmp_path / "out"), "--time-limit", "5", "--lang", "en"])
    assert r.exit_code == 0, r.output
    with (tmp_path / "out" / "schedule.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    with (tmp_path / "out" / "unscheduled.csv").open() as fh:
        left = list(csv.DictReader(fh))
    assert len(rows) + len(left) == 30
    assert f"{len(rows)} of 30 meetings scheduled (proven the most possible)" in r.output
    index = {(q.from_id, q.to_id): i for i, q in enumerate(event.requests)}
    meetings = [Meeting(index[(x["from_id"], x["to_id"])], int(x["slot"]), int(x["table"]))
                for x in rows]
    assert violations(event, meetings) == []
    assert unplaced_that_fit(event, meetings) == []
    assert all(x["reason"] for x in left)
    wb = openpyxl.load_workbook(tmp_path / "out" / "schedule.xlsx")
    assert wb.sheetnames == ["By participant", "Table cards", "Master grid"]
    _pdfs_agree_with_the_csv(event, rows, tmp_path / "out")


def _pdf_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    pages = [doc[k].get_textpage().get_text_range() for k in range(len(doc))]
    doc.close()
    return pages


def _pdfs_agree_with_the_csv(event: Event, rows: list[dict[str, str]], out: Path) -> None:
    """Each participant's page lists exactly their meetings of schedule.csv (slot, table,
    whom); each table's card lists that table's meetings."""
    people = sorted(event.participants)
    pages = _pdf_pages(out / "schedule-participants.pdf")
    assert len(pages) == len(people)
    for pid, page in zip(people, pages, strict=True):
        p = event.participants[pid]
        assert page.startswith(f"{p.name} - {p.organisation}"), page[:80]
        mine = [x for x in rows if pid in (x["from_id"], x["to_id"])]
        assert f"{len(mine)} meetings scheduled" in page
        for x in mine:
            other = event.participants[x["to_id"] if x["from_id"] == pid else x["from_id"]]
            assert f"{x['slot']}" in page and f"{other.name} - {other.organisation}" in page
    cards = _pdf_pages(out / "table-cards.pdf")
    assert len(cards) == event.tables
    for table, card in enumerate(cards, start=1):
        assert card.startswith(f"Table {table}")
        n_rows = sum(1 for x in rows if int(x["table"]) == table)
        # a header row then one row per meeting, each ending with the requested one's name
        assert card.count(" - ") == 2 * n_rows


def _workbook(tmp_path: Path, edit: str) -> Path:
    people = {"B1": Participant("B1", "Toko A", "A", "buyer", frozenset({2})),
              "S1": Participant("S1", "IKM B", "B", "seller", frozenset())}
    event = Event(people, [Slot(1, "08:00", "morning"), Slot(2, "08:20", "morning")],
                  [Request("B1", "S1", 1, "any")], 1)
    path = write_event_xlsx(event, tmp_path / "e.xlsx")
    wb = openpyxl.load_workbook(path)
    if edit == "session":
        wb["slots"]["C3"] = "malam"
    elif edit == "unknown":
        wb["requests"]["B2"] = "S9"
    elif edit == "role":
        wb["participants"]["D2"] = "tamu"
    elif edit == "sheet":
        del wb["settings"]
    elif edit == "fixed":
        wb["requests"]["E2"] = 2  # B1 is unavailable in slot 2
    elif edit == "tables":
        wb["settings"]["B1"] = "nol"
    wb.save(path)
    return path


@pytest.mark.parametrize(("edit", "where"), [
    ("session", "sheet 'slots', row 3, column 'session'"),
    ("unknown", "sheet 'requests', row 2, column 'to_id'"),
    ("role", "sheet 'participants', row 2, column 'role'"),
    ("sheet", "file e.xlsx"),
    ("fixed", "sheet 'requests', row 2, column 'fixed_slot'"),
    ("tables", "sheet 'settings', column 'tables'"),
])
def test_bad_workbooks_are_refused_with_location_and_nothing_written(
        tmp_path: Path, edit: str, where: str) -> None:
    path = _workbook(tmp_path, edit)
    with pytest.raises(InputError) as e:
        read_event(path)
    assert where in str(e.value)
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out",
                                    str(tmp_path / "out"), "--time-limit", "2"])
    assert r.exit_code == 2 and where in r.output
    assert not (tmp_path / "out").exists()


def test_participant_names_are_text_in_the_workbook(tmp_path: Path) -> None:
    people = {"B1": Participant("B1", "=cmd|' /C calc'!A0", "+A", "buyer", frozenset()),
              "S1": Participant("S1", "IKM B", "@B", "seller", frozenset())}
    event = Event(people, [Slot(1, "08:00", "morning"), Slot(2, "08:20", "morning")],
                  [Request("B1", "S1", 1, "any")], 1)
    path = write_event_xlsx(event, tmp_path / "e.xlsx")
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out",
                                    str(tmp_path / "out"), "--time-limit", "2"])
    assert r.exit_code == 0, r.output
    wb = openpyxl.load_workbook(tmp_path / "out" / "schedule.xlsx")
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(str(c.value).startswith("'=cmd") for c in cells)


def test_every_bad_cell_of_an_event_is_reported_at_once(tmp_path: Path) -> None:
    path = _workbook(tmp_path, "session")
    wb = openpyxl.load_workbook(path)
    wb["participants"]["D2"] = "tamu"
    wb.save(path)
    with pytest.raises(InputError) as err:
        read_event(path)
    assert {(p.sheet, p.row, p.column) for p in err.value.problems} >= {
        ("slots", 3, "session"), ("participants", 2, "role")}


def test_rescheduling_keeps_every_confirmed_meeting_that_still_fits(tmp_path: Path) -> None:
    """Late changes: a buyer becomes unavailable in the slot of one of their meetings, one
    request is withdrawn and one is added. Every other confirmed meeting stays in its slot."""
    event = demo_event(buyers=6, sellers=10, slots=8, requests=40, tables=4, seed=11)
    path = write_event_xlsx(event, tmp_path / "event.xlsx")
    app = build_app()
    r = runner.invoke(app, ["match", "schedule", str(path), "--out", str(tmp_path / "v1"),
                            "--time-limit", "5"])
    assert r.exit_code == 0, r.output
    with (tmp_path / "v1" / "schedule.csv").open() as fh:
        first = {(x["from_id"], x["to_id"]): int(x["slot"]) for x in csv.DictReader(fh)}
    (a, b), slot = next(iter(first.items()))
    withdrawn = list(first)[1]
    people = dict(event.participants)
    people[a] = Participant(a, people[a].name, people[a].organisation, people[a].role,
                            people[a].unavailable | {slot})
    requests = [q for q in event.requests if (q.from_id, q.to_id) != withdrawn]
    pair = next((x, y) for x in people for y in people
                if people[x].role == "buyer" and people[y].role == "seller"
                and not any((q.from_id, q.to_id) == (x, y) for q in requests))
    requests.append(Request(pair[0], pair[1], 1, "any"))
    late = Event(people, event.slots, requests, event.tables)
    path2 = write_event_xlsx(late, tmp_path / "event2.xlsx")
    r = runner.invoke(app, ["match", "schedule", str(path2), "--out", str(tmp_path / "v2"),
                            "--time-limit", "5", "--keep", str(tmp_path / "v1" / "schedule.csv"),
                            "--lang", "en"])
    assert r.exit_code == 0, r.output
    stays = {k: s for k, s in first.items() if k not in ((a, b), withdrawn)}
    assert f"{len(stays)} of {len(first)} confirmed meetings stay" in r.output
    with (tmp_path / "v2" / "schedule.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    second = {(x["from_id"], x["to_id"]): int(x["slot"]) for x in rows}
    assert all(second.get(k) == s for k, s in stays.items())
    index = {(q.from_id, q.to_id): i for i, q in enumerate(late.requests)}
    meetings = [Meeting(index[(x["from_id"], x["to_id"])], int(x["slot"]), int(x["table"]))
                for x in rows]
    assert violations(late, meetings) == []
    with (tmp_path / "v2" / "moved.csv").open() as fh:
        moved = {(x["from_id"], x["to_id"]): x for x in csv.DictReader(fh)}
    assert set(moved) == {(a, b), withdrawn}
    assert moved[withdrawn]["reason"] == "request withdrawn"
    assert moved[(a, b)]["reason"].startswith("slot no longer allowed")
    assert moved[(a, b)]["new_slot"] in ("", str(second.get((a, b))))


# --- the second phase over a fixed set of meetings (SAT, breaks_sat) ---------------------


def brute_force_fixed(event: Event, requests: list[int]) -> int:
    """Fewest breaks placing exactly ``requests`` (each in a slot of its session where both
    are available), by trying every placement (depth first, a participant or a full slot
    cut at once); the placements found are checked with :func:`violations` above."""
    options = [[s.number for s in event.slots
                if s.number not in event.participants[event.requests[i].from_id].unavailable
                and s.number not in event.participants[event.requests[i].to_id].unavailable
                and event.requests[i].session in ("any", s.session)]
               for i in requests]
    best: list[int] = []
    load: dict[int, int] = defaultdict(int)
    taken: set[tuple[str, int]] = set()
    placed: list[Meeting] = []

    def place(k: int) -> None:
        if k == len(requests):
            assert violations(event, placed) == []
            b = breaks(event, placed)
            if not best or b < best[0]:
                best[:] = [b]
            return
        r = event.requests[requests[k]]
        for s in options[k]:
            if load[s] >= event.tables or (r.from_id, s) in taken or (r.to_id, s) in taken:
                continue
            load[s] += 1
            taken.update({(r.from_id, s), (r.to_id, s)})
            placed.append(Meeting(requests[k], s, load[s]))
            place(k + 1)
            placed.pop()
            taken.difference_update({(r.from_id, s), (r.to_id, s)})
            load[s] -= 1

    place(0)
    assert best
    return best[0]


def fixed_set_event(seed: int) -> Event:
    """Two sessions of three slots, some participants away, buyers with three or four
    meetings (so three in a row), two tables: some breaks are forced."""
    return demo_event(buyers=2, sellers=4, slots=6, requests=7, tables=2, seed=seed)


@pytest.mark.parametrize("seed", range(8))
def test_sat_phase_proves_the_exhaustive_optimum_for_a_fixed_set(seed: int) -> None:
    """Bofill's second phase: the meetings of a valid schedule are kept as a set, only
    their slots move; the proven optimum equals exhaustive search over every placement,
    and the lower bound of the one-participant relaxation never exceeds it."""
    import time

    from rancang.features.matching.breaks_sat import lower_bound, min_breaks
    from rancang.features.matching.schedule import allowed_slots

    event = fixed_set_event(seed)
    start = greedy(event)
    requests = sorted(i for i, _ in start)
    allowed = {i: allowed_slots(event, event.requests[i]) for i in requests}
    best = brute_force_fixed(event, requests)
    assert lower_bound(event, allowed) <= best
    worst = sorted((i, max(allowed[i])) for i in requests)
    incumbent = start if violations(event, [Meeting(i, s, k) for k, (i, s) in
                                            enumerate(worst, 1)]) else worst
    result = min_breaks(event, allowed, incumbent, deadline=time.monotonic() + 60)
    assert result is not None and result.optimal
    assert result.breaks == result.lower_bound == best
    assert sorted(i for i, _ in result.chosen) == requests
    load: dict[int, int] = defaultdict(int)
    ms = []
    for i, s in result.chosen:
        load[s] += 1
        ms.append(Meeting(i, s, load[s]))
    assert violations(event, ms) == []
    assert breaks(event, ms) == best


def test_three_meetings_in_a_row_are_no_break() -> None:
    """a meets b, c, d in slots 1, 2, 4 (one break); 1, 2, 3 has none: the SAT phase must
    find it and prove it (a block of three counted as a break would prove 1 instead)."""
    import time

    from rancang.features.matching.breaks_sat import min_breaks

    people = {p: Participant(p, p, "", "other", frozenset()) for p in "abcd"}
    event = Event(people, [Slot(s, "", "morning") for s in range(1, 5)],
                  [Request("a", q, 1, "any") for q in "bcd"], 3)
    allowed = {i: [1, 2, 3, 4] for i in range(3)}
    result = min_breaks(event, allowed, [(0, 1), (1, 2), (2, 4)],
                        deadline=time.monotonic() + 60)
    assert result is not None
    assert (result.breaks, result.lower_bound, result.optimal) == (0, 0, True)
    assert sorted(s for _, s in result.chosen) in ([1, 2, 3], [2, 3, 4])


def test_the_lower_bound_counts_forced_breaks() -> None:
    """A participant with three meetings, available in slots 1, 3 and 5 of one session,
    must break twice; in two sessions of runs {1, 2} and {4} plus {6}, once."""
    from rancang.features.matching.breaks_sat import lower_bound

    people = {p: Participant(p, p, "", "other", frozenset()) for p in "abcd"}
    one = Event(people, [Slot(s, "", "morning") for s in range(1, 6)],
                [Request("a", q, 1, "any") for q in "bcd"], 3)
    assert lower_bound(one, {0: [1, 3, 5], 1: [1, 3, 5], 2: [1, 3, 5]}) == 2
    two = Event(people, [Slot(s, "", "morning" if s <= 3 else "afternoon")
                         for s in range(1, 7)], one.requests, 3)
    # morning runs {1, 2}; afternoon runs {4}, {6}: 2 + 1 free, the third meeting needs
    # no extra run (the afternoon's first run is free too)
    assert lower_bound(two, {0: [1, 2, 4, 6], 1: [1, 2, 4, 6], 2: [1, 2, 4, 6]}) == 0
    assert lower_bound(two, {0: [1, 4, 6], 1: [1, 4, 6], 2: [1, 4, 6]}) == 1


def test_bofill_shaped_event_is_proven_and_valid() -> None:
    """A small event of Bofill's shape (two sessions, some participants present for one
    only): every meeting held, its breaks proven optimal, every rule kept."""
    from rancang.features.matching.demo import b2b_event

    event = b2b_event(2, participants=(14, 14), meetings=(30, 30))
    result = solve(event, time_limit=30)
    assert violations(event, result.meetings) == []
    assert len(result.meetings) == len(event.requests)
    assert result.optimal and result.lower_bound == result.breaks
    assert result.breaks == breaks(event, result.meetings)


def test_the_same_event_gives_the_same_schedule_in_two_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from rancang.features.matching.demo import b2b_event; "
            "from rancang.features.matching.schedule import solve; "
            "r = solve(b2b_event(5, participants=(16, 16), meetings=(36, 36)), "
            "time_limit=30); print(r.breaks, r.optimal, r.meetings)")
    done = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=False) for _ in range(2)]
    assert [d.returncode for d in done] == [0, 0], done[0].stderr[-2000:]
    runs = [d.stdout for d in done]
    assert runs[0] == runs[1]
    assert " True " in runs[0]


def _placed(chosen: list[tuple[int, int]]) -> list[Meeting]:
    """Meetings (request, slot) with tables numbered within each slot."""
    load: dict[int, int] = defaultdict(int)
    out = []
    for i, s in sorted(chosen, key=lambda m: (m[1], m[0])):
        load[s] += 1
        out.append(Meeting(i, s, load[s]))
    return out


def test_a_breaks_encoding_over_the_limit_is_not_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Phase 2's size guard: with a clause limit below the encoding's estimate, no clause
    is built and no SAT child started; the incumbent comes back, valid, with the
    estimate and the limit. Under the limit the same call builds and solves."""
    import time

    import pysat.card

    from rancang.features.matching import breaks_sat
    from rancang.features.matching.demo import b2b_event
    from rancang.features.matching.schedule import allowed_slots

    event = b2b_event(2, participants=(14, 14), meetings=(30, 30))
    start = greedy(event)
    allowed = {i: allowed_slots(event, event.requests[i]) for i, _ in start}
    size = breaks_sat.encoding_size(event, allowed, breaks(event, _placed(start)))
    assert breaks(event, _placed(start)) > breaks_sat.lower_bound(event, allowed)
    built: list[str] = []
    real_atmost = pysat.card.CardEnc.atmost

    def counting(*args: object, **kwargs: object) -> object:
        built.append("atmost")
        return real_atmost(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pysat.card.CardEnc, "atmost", counting)
    result = breaks_sat.min_breaks(event, allowed, start, deadline=time.monotonic() + 60,
                                   max_clauses=size - 1)
    assert result is not None and built == []
    assert (result.skipped, result.limit) == (size, size - 1)
    assert sorted(result.chosen) == sorted(start) and not result.optimal
    assert violations(event, _placed(result.chosen)) == []
    assert result.breaks == breaks(event, _placed(start)) >= result.lower_bound
    # the estimate is an upper bound: at the estimate itself the encoding is built and
    # solved (its clauses never more than estimated)
    real_race = breaks_sat._race
    counted: list[int] = []

    def race(clauses: list[list[int]], *args: object, **kwargs: object) -> object:
        counted.append(len(clauses))
        return real_race(clauses, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(breaks_sat, "_race", race)
    result = breaks_sat.min_breaks(event, allowed, start, deadline=time.monotonic() + 60,
                                   max_clauses=size)
    assert result is not None and built and result.skipped == 0
    assert counted and counted[0] <= size
    assert violations(event, _placed(result.chosen)) == []
    assert result.breaks < breaks(event, _placed(start))


def test_a_schedule_whose_breaks_encoding_is_too_large_says_so(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The whole scheduler under a tiny clause limit: no SAT child is started, CP-SAT
    does phase 2 alone, the schedule is valid and no worse than the greedy one, and the
    command's line and the job's summary (both languages) say the SAT phase was skipped."""
    from jinja2 import Environment, FileSystemLoader

    from rancang.core.i18n import text
    from rancang.features.matching import breaks_sat

    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a SAT child was started")

    monkeypatch.setattr(breaks_sat, "MAX_BREAK_CLAUSES", 100)
    monkeypatch.setattr(breaks_sat, "_Prover", no_child)
    event = demo_event(buyers=5, sellers=8, slots=6, requests=30, tables=3, seed=5)
    result = solve(event, time_limit=5)
    assert violations(event, result.meetings) == []
    assert result.breaks_sat_skipped > result.breaks_sat_limit == 100
    g = _placed(greedy(event))
    assert len(result.meetings) >= len(g) and result.breaks <= breaks(event, g)
    path = write_event_xlsx(event, tmp_path / "event.xlsx")
    r = runner.invoke(build_app(), ["match", "schedule", str(path), "--out",
                                    str(tmp_path / "out"), "--time-limit", "5", "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert (f"SAT phase for breaks skipped: about {result.breaks_sat_skipped:,} clauses, "
            "above the limit of 100") in r.output
    folder = Path(breaks_sat.__file__).parent / "templates"
    page = Environment(loader=FileSystemLoader(str(folder))).get_template(
        "_schedule_done.html")
    job = {"result": {"meetings": 18, "requests": 30, "breaks": 3, "optimal": False,
                      "lower_bound": 0, "meetings_optimal": True, "meetings_bound": 18,
                      "breaks_sat_skipped": 2379, "breaks_sat_limit": 100}}
    # numbers as the language writes them
    for lang, words in (("en", "SAT phase for breaks skipped: about 2,379 clauses"),
                        ("id", "fase SAT jeda dilewati: sekitar 2.379 klausa")):
        html = page.render(job=job, t=lambda key, lang=lang, **kw: text(key, lang, **kw))
        assert words in html and "100" in html
