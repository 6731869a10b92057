"""Versions (freeze, list, immutable snapshots) and the diff by section: text lines and
exactly the table cells that changed."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError, NotFoundError
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import edit_section
from rancang.features.plan.targets import plan_targets, set_targets
from rancang.features.plan.versions import (
    diff_versions,
    freeze,
    list_versions,
    snapshot,
)
from rancang.sources.synthetic import demo_province


def _plan(store: Engine) -> int:
    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025, level="rpik")
    draft_plan(store, CLI_ACTOR, p.id, demo_province())
    return p.id


def test_freeze_list_and_immutable(store: Engine) -> None:
    pid = _plan(store)
    v1 = freeze(store, CLI_ACTOR, pid, "v0.1", "untuk FGD pertama")
    before = snapshot(store, CLI_ACTOR, pid, "v0.1")
    edit_section(store, CLI_ACTOR, pid, "visi.visi_misi", "Visi: industri hijau.")
    assert snapshot(store, CLI_ACTOR, pid, "v0.1") == before
    assert snapshot(store, CLI_ACTOR, pid)["label"] == "current"
    freeze(store, CLI_ACTOR, pid, "v0.2")
    assert [v.label for v in list_versions(store, CLI_ACTOR, pid)] == ["v0.1", "v0.2"]
    assert v1.note == "untuk FGD pertama"
    for bad in ("v0.1", "versi-1"):
        with pytest.raises(InputError):
            freeze(store, CLI_ACTOR, pid, bad)
    assert len(list_versions(store, CLI_ACTOR, pid)) == 2
    with pytest.raises(NotFoundError):
        snapshot(store, CLI_ACTOR, pid, "v9.9")


def test_diff_shows_exactly_what_changed(store: Engine) -> None:
    pid = _plan(store)
    freeze(store, CLI_ACTOR, pid, "v0.1")
    edit_section(store, CLI_ACTOR, pid, "visi.visi_misi", "Visi: industri hijau.\nMisi: satu.")
    _, targets = plan_targets(store, CLI_ACTOR, pid)
    inv = next(t for t in targets if t.key == "investment")
    inv.stages = {"1": 1500.0}
    set_targets(store, CLI_ACTOR, pid, targets)
    freeze(store, CLI_ACTOR, pid, "v0.2")
    diffs = {d.key: d for d in diff_versions(store, CLI_ACTOR, pid, "v0.1", "v0.2")}
    assert {k for k, d in diffs.items() if d.status != "same"} == {"visi.visi_misi",
                                                                  "sasaran.sasaran"}
    assert [x for x in diffs["visi.visi_misi"].lines if x[0] == "+"] == [
        ("+", "Visi: industri hijau."), ("+", "Misi: satu.")]
    cells = {(c.row, c.column, c.old, c.new) for c in diffs["sasaran.sasaran"].cells}
    label = inv.label
    # RIPIN has no national milestone for investment: the table says so, before (one
    # row for the target) and after (the row of stage I, beside its value)
    none = "tidak ada tonggak nasional"
    assert cells == {(label, "Tahap I (2029)", None, 1500.0),
                     (f"{label} (I)", "Sasaran daerah", None, 1500.0),
                     (f"{label} (I)", "Tonggak RIPIN", None, none),
                     (label, "Tonggak RIPIN", none, None),
                     # the unit of RIPIN's milestone (none for investment) moves with
                     # the row
                     (label, "Satuan tonggak RIPIN", "-", None),
                     (f"{label} (I)", "Satuan tonggak RIPIN", None, "-")}
    assert all(d.status == "same" for d in diff_versions(store, CLI_ACTOR, pid, "v0.2",
                                                         "current"))


def test_other_region_sees_no_versions(store: Engine, other_analyst: Actor) -> None:
    pid = _plan(store)
    freeze(store, CLI_ACTOR, pid, "v0.1")
    with pytest.raises(NotFoundError):
        list_versions(store, other_analyst, pid)
