"""Invariants of the consultation's small functions (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rancang.features.consult.answers import parse_change
from rancang.features.consult.events import Invite, by_group
from rancang.features.consult.inputs import Draft
from rancang.features.consult.matrix import share
from rancang.features.consult.vocab import GROUPS

words = st.text(alphabet="abcdefghij ", min_size=1, max_size=30)


@given(words, words, st.sampled_from(["", " ", "  "]))
def test_fingerprint_ignores_case_and_spacing(name: str, text: str, pad: str) -> None:
    a = Draft("v0.1", "visi", text, date(2026, 1, 1), author_name=name)
    b = Draft("v0.1", "visi", pad + text.upper().replace(" ", "  ") + pad,
              date(2027, 2, 2), author_name=name.upper())
    assert a.fingerprint() == b.fingerprint()
    c = Draft("v0.2", "visi", text, date(2026, 1, 1), author_name=name)
    assert c.fingerprint() != a.fingerprint()


people = st.lists(st.fixed_dictionaries({
    "name": words, "organisation": st.sampled_from(["A", "B", "C", ""]),
    "group": st.sampled_from(["", *GROUPS])}), max_size=30)
invites = st.lists(st.tuples(st.sampled_from(["A", "B", "D"]), st.sampled_from(GROUPS)),
                   max_size=5, unique_by=lambda x: x[0])


@given(people, invites)
def test_by_group_counts_everyone_once(ps: list[dict[str, str]],
                                       inv: list[tuple[str, str]]) -> None:
    invs = [Invite(k, 1, org, g, "t") for k, (org, g) in enumerate(inv)]
    groups = by_group(invs, ps)
    assert sum(g.persons for g in groups) == len(ps)
    assert sum(g.invited for g in groups) == len(invs)
    for g in groups:
        # an invited organisation is either present or absent, never both
        assert g.present_orgs + len(g.absent) == g.invited
        assert g.present_orgs + g.others <= g.persons


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_share_is_a_percentage(a: int, b: int) -> None:
    part, whole = min(a, b), max(a, b)
    s = share(part, whole)
    assert 0.0 <= s <= 100.0
    assert (s == 100.0) == (whole > 0 and part == whole)


@given(st.from_regex(r"v\d\.\d", fullmatch=True), st.from_regex(r"[a-z]+\.[a-z_]+",
                                                                fullmatch=True))
def test_change_anchor_round_trip(version: str, key: str) -> None:
    assert parse_change(f"{version}#{key}") == (version, key)
    assert parse_change(f" {version} {key} ") == (version, key)
