"""The rules of monitoring on SQLite and PostgreSQL: evidence before verification, another
person verifies, regions stay apart (404), blank never erases, every change audited,
proposals count only once confirmed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from rancang.core.actors import CLI_ACTOR, Actor, Forbidden, Grant
from rancang.core.errors import InputError, NotFoundError
from rancang.features.monitoring.audit import history
from rancang.features.monitoring.dashboard import region_dashboard
from rancang.features.monitoring.indicators import (
    add_indicator,
    list_indicators,
    set_year_target,
    sync_indicators,
    year_targets,
)
from rancang.features.monitoring.models import Realisation
from rancang.features.monitoring.proposals import propose_from_data, register_values
from rancang.features.monitoring.realisations import (
    Entry,
    confirm,
    enter,
    get_realisation,
    verify,
)
from tests.monitoring.conftest import World


def _share(w: World, region: str = "72.06") -> int:
    return next(i.id for i in list_indicators(w.engine, CLI_ACTOR, w.plans[region])
                if i.code == "industry_share")


def _count(w: World) -> int:
    with w.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Realisation)).scalar_one())


def test_indicators_cover_the_plan_period_with_interpolated_targets(world: World) -> None:
    inds = list_indicators(world.engine, CLI_ACTOR, world.plans["72.06"])
    share = next(i for i in inds if i.code == "industry_share")
    assert share.kind == "target" and share.target_key == "industry_share"
    yt = year_targets(world.engine, [share.id])[share.id]
    assert sorted(yt) == list(range(2025, 2046))
    from rancang.features.plan.service import get_plan
    from rancang.features.plan.targets import stored_targets

    plan = get_plan(world.engine, CLI_ACTOR, world.plans["72.06"])
    target = next(t for t in stored_targets(world.engine, plan) if t.key == "industry_share")
    # the stage ends carry the plan's stage values; between, a straight line from the
    # baseline (a share): check 2026 by hand
    assert yt[2029][0] == pytest.approx(target.stages["1"])
    b_year, b_val, s1 = target.baseline_year, target.baseline_value, target.stages["1"]
    assert b_year is not None and b_val is not None
    assert yt[2026][0] == pytest.approx(b_val + (s1 - b_val) * (2026 - b_year) / (2029 - b_year))
    # an edited year survives a refresh from the plan
    set_year_target(world.engine, CLI_ACTOR, share.id, 2026, 99.0)
    sync_indicators(world.engine, CLI_ACTOR, world.plans["72.06"])
    assert year_targets(world.engine, [share.id])[share.id][2026] == (99.0, "edited")


def test_without_evidence_no_verification(world: World, analyst: Actor,
                                          planner: Actor) -> None:
    r = enter(world.engine, analyst, _share(world), Entry("72.06", "2026-S1", 12.5))
    with pytest.raises(InputError, match=r"bukti|evidence"):
        verify(world.engine, planner, r.id)
    assert get_realisation(world.engine, planner, r.id).status == "entered"
    enter(world.engine, analyst, _share(world),
          Entry("72.06", "2026-S1", evidence_link="https://sipd.example/bukti/1"))
    assert verify(world.engine, planner, r.id).status == "verified"


def test_the_verifier_is_not_who_entered(world: World, analyst: Actor,
                                         planner: Actor) -> None:
    r = enter(world.engine, analyst, _share(world),
              Entry("72.06", "2026-S1", 12.5, evidence_link="https://x.example/b"))
    with pytest.raises(InputError):
        verify(world.engine, analyst, r.id)
    # nor who changed it since
    enter(world.engine, planner, _share(world), Entry("72.06", "2026-S1", 13.0))
    with pytest.raises(InputError):
        verify(world.engine, planner, r.id)
    third = Actor(9, "kabid", (Grant("planner", "72.06"),))
    got = verify(world.engine, third, r.id)
    assert (got.status, got.verified_by) == ("verified", "kabid")
    # a changed value takes the verification back
    again = enter(world.engine, analyst, _share(world), Entry("72.06", "2026-S1", 14.0))
    assert (again.status, again.verified_by) == ("entered", None)


def test_another_regency_reads_404(world: World, analyst: Actor,
                                   other_planner: Actor) -> None:
    r = enter(world.engine, analyst, _share(world), Entry("72.06", "2026-S1", 12.5))
    before = _count(world)
    with pytest.raises(NotFoundError):
        enter(world.engine, other_planner, _share(world), Entry("72.06", "2026-S1", 1.0))
    with pytest.raises(NotFoundError):
        verify(world.engine, other_planner, r.id)
    with pytest.raises(NotFoundError):
        get_realisation(world.engine, other_planner, r.id)
    with pytest.raises(NotFoundError):
        region_dashboard(world.engine, other_planner, "72.06", "2026-S1")
    # the other regency's own indicator, but a region of ours named: refused
    with pytest.raises(InputError):
        enter(world.engine, other_planner, _share(world, "72.03"),
              Entry("72.06", "2026-S1", 1.0))
    assert _count(world) == before
    assert get_realisation(world.engine, analyst, r.id).value == 12.5
    viewer = Actor(5, "pembaca", (Grant("viewer"),))
    with pytest.raises(Forbidden):
        get_realisation(world.engine, viewer, r.id)


def test_blank_never_erases_and_every_change_is_audited(world: World,
                                                        analyst: Actor) -> None:
    iid = _share(world)
    r = enter(world.engine, analyst, iid, Entry("72.06", "2026-Q1", 10.0,
                                                 evidence_link="https://x.example/1",
                                                 obstacles="Listrik"))
    same = enter(world.engine, analyst, iid, Entry("72.06", "2026-Q1", None,
                                                    evidence_link="", obstacles="  "))
    assert (same.value, same.evidence_link, same.obstacles) == (
        10.0, "https://x.example/1", "Listrik")
    enter(world.engine, analyst, iid, Entry("72.06", "2026-Q1", 11.0))
    rows = history(world.engine, analyst, entity="realisation", entity_id=r.id)
    assert [h["action"] for h in rows] == ["update", "create"]
    assert rows[0]["old"] == {"value": 10.0} and rows[0]["new"] == {"value": 11.0}
    assert rows[0]["actor"] == "analis"


def test_values_from_the_data_count_once_confirmed(world: World, analyst: Actor,
                                                   planner: Actor) -> None:
    n = propose_from_data(world.engine, analyst, world.plans["72.06"])
    assert n > 0
    d = region_dashboard(world.engine, analyst, "72.06", "2024")
    share = next(r for r in d.rows if r.indicator.code == "industry_share")
    assert share.realisation is None and share.proposed is not None
    # the proposal is the dataset's own share of manufacturing in 2024 (region 9903)
    from rancang.features.datasets.service import load_panel

    p = load_panel(world.engine, world.dataset)
    k, c, t = p.region_index("9903"), p.industry_codes.index("C"), p.years.index(2024)
    # the demo has the 17 categories and no sub-categories: PDRB is their sum
    expected = 100 * p.values[k, c, t] / p.values[k, :, t].sum()
    assert share.proposed.value == pytest.approx(expected, abs=1e-3)
    assert "dataset" in share.proposed.source
    confirm(world.engine, planner, share.proposed.id)
    d = region_dashboard(world.engine, analyst, "72.06", "2024")
    share = next(r for r in d.rows if r.indicator.code == "industry_share")
    assert share.realisation is not None and share.realisation.entered_by == "perencana"
    # a second proposal run never touches a counted value
    assert propose_from_data(world.engine, analyst, world.plans["72.06"]) == 0


def test_free_output_indicator_and_register_values(world: World, analyst: Actor) -> None:
    with pytest.raises(InputError):
        add_indicator(world.engine, analyst, world.plans["72.06"], code="", label="x",
                      unit="", direction="sideways")
    ind = add_indicator(world.engine, analyst, world.plans["72.06"],
                        code="3.31.02.2.01.0002", label="Unit IKM dibina", unit="unit",
                        indicator="ikm_units", group="3.31.02", target_key="industry_share",
                        targets={2026: 10.0})
    assert ind.kind == "output" and ind.group_code == "3.31.02"
    with pytest.raises(InputError):  # the same code twice in one plan
        add_indicator(world.engine, analyst, world.plans["72.06"],
                      code="3.31.02.2.01.0002", label="x", unit="unit")
    assert register_values(world.engine, "72.06", 2026)["firms"] == 0
    enter(world.engine, analyst, ind.id, Entry("72.06", "2026-S1", 8.0))
    d = region_dashboard(world.engine, analyst, "72.06", "2026-S1")
    row = next(r for r in d.rows if r.indicator.id == ind.id)
    assert row.achievement == pytest.approx(80.0) and row.light == "yellow"
    group = next(g for g in d.groups if g.key == "3.31.02")
    assert group.achievement == pytest.approx(80.0)


def test_share_pathway_from_the_targets_feature(world: World) -> None:
    from rancang.features.monitoring.proposals import share_pathway
    from rancang.features.plan.service import get_plan

    plan = get_plan(world.engine, CLI_ACTOR, world.plans["72.06"])
    paths = share_pathway(world.engine, CLI_ACTOR, plan, 55.0, 2045)  # now 47 %
    assert {"actual", "trend", "target"} <= set(paths)
    # the target path reaches the share asked for in the year asked for
    assert paths["target"][2045] == pytest.approx(55.0, abs=1e-6)
    assert max(paths["actual"]) == 2024


def test_public_aggregates_leave_out_fewer_than_three_firms(world: World) -> None:
    from rancang.features.monitoring.dashboard import public_dashboards
    from rancang.features.monitoring.periods import Period
    from rancang.features.monitoring.realisations import propose

    ind = add_indicator(world.engine, CLI_ACTOR, world.plans["72.06"], code="ikm-unit",
                        label="Unit IKM", unit="unit", indicator="ikm_units",
                        targets={2026: 10.0})
    with world.engine.begin() as conn:
        propose(conn, CLI_ACTOR, ind, "72.06", "2026", 2.0, source="register|2|2026",
                link="rancang:register/72.06/2026", n_firms=2)
    rid = next(r.id for r in list_realisations_of(world, ind.id))
    confirm(world.engine, CLI_ACTOR, rid)
    verify(world.engine, Actor(8, "kabid", (Grant("admin"),)), rid)
    private = region_dashboard(world.engine, CLI_ACTOR, "72.06", "2026")
    assert next(r for r in private.rows if r.indicator.id == ind.id).value == 2.0
    public = public_dashboards(world.engine, Period(2026))
    row = next(r for d in public for r in d.rows if r.indicator.id == ind.id)
    assert row.value is None and row.achievement is None


def list_realisations_of(w: World, indicator_id: int) -> list[object]:
    from rancang.features.monitoring.realisations import list_realisations

    return list_realisations(w.engine, CLI_ACTOR, indicator_ids=[indicator_id])  # type: ignore[return-value]


def test_kept_dashboards_are_never_stale(lite: World, analyst: Actor) -> None:
    from rancang.features.monitoring.dashboard import region_dashboard
    from rancang.features.monitoring.indicators import list_indicators
    from rancang.features.monitoring.realisations import Entry, enter

    first = region_dashboard(lite.engine, analyst, "72.06", "2026-S1")
    assert region_dashboard(lite.engine, analyst, "72.06", "2026-S1") is first  # kept
    ind = list_indicators(lite.engine, CLI_ACTOR, lite.plans["72.06"])[0]
    enter(lite.engine, analyst, ind.id, Entry("72.06", "2026-S1", 42.0))
    after = region_dashboard(lite.engine, analyst, "72.06", "2026-S1")
    assert after is not first
    assert next(r.value for r in after.rows if r.indicator.id == ind.id) == 42.0
    enter(lite.engine, analyst, ind.id, Entry("72.06", "2026-S1", 43.0))
    again = region_dashboard(lite.engine, analyst, "72.06", "2026-S1")
    assert next(r.value for r in again.rows if r.indicator.id == ind.id) == 43.0


def test_roll_up_to_the_plans_targets(world: World, analyst: Actor) -> None:
    """A target's achievement is the mean of its indicators' (the target's own and the
    output indicators confirmed to serve it), each by its direction; light by threshold."""
    share = _share(world)
    out = add_indicator(world.engine, analyst, world.plans["72.06"], code="3.31.02.2.01.0003",
                        label="SDM industri dilatih", unit="orang", indicator="",
                        target_key="industry_share", targets={2026: 40.0})
    year_target = year_targets(world.engine, [share])[share][2026][0]
    enter(world.engine, analyst, share, Entry("72.06", "2026", year_target * 0.9))
    enter(world.engine, analyst, out.id, Entry("72.06", "2026", 30.0))
    d = region_dashboard(world.engine, analyst, "72.06", "2026", thresholds=(95.0, 85.0))
    target = next(g for g in d.targets if g.key == "industry_share")
    assert target.n == 2
    assert target.achievement == pytest.approx((90.0 + 75.0) / 2)  # 82.5: below 85
    assert target.light == "red"
