"""The plan as data: create, read, list, status workflow, outline, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from rancang.core.actors import Actor, Forbidden
from rancang.core.errors import InputError, NotFoundError
from rancang.features.plan.models import Plan
from rancang.features.plan.outline import (
    default_outline,
    outline_toml,
    parse_outline,
    section_keys,
)
from rancang.features.plan.service import (
    create_plan,
    get_plan,
    list_plans,
    set_outline,
    set_status,
)
from rancang.features.plan.store import edit_section, plan_sections


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Plan)).scalar_one())


def test_create_and_read(store: Engine, planner: Actor) -> None:
    p = create_plan(store, planner, region="72.06", start_year=2025, region_name="Morowali")
    assert (p.level, p.start_year, p.end_year, p.status) == ("rpik", 2025, 2045, "draft")
    assert p.stages == [(2025, 2029), (2030, 2034), (2035, 2039), (2040, 2045)]
    assert p.outline == default_outline("rpik")
    assert p.anchor == f"plan/{p.uid}" and len(p.uid) == 12
    assert get_plan(store, planner, p.id) == p


def test_status_workflow_and_perda(store: Engine, planner: Actor, analyst: Actor,
                                   viewer: Actor) -> None:
    p = create_plan(store, analyst, region="72.06", start_year=2025)
    # a draft is hidden from readers outside the region
    with pytest.raises(NotFoundError):
        get_plan(store, viewer, p.id)
    assert list_plans(store, viewer) == []
    with pytest.raises(Forbidden):  # analysts write, planners move the status
        set_status(store, analyst, p.id, "consultation")
    with pytest.raises(InputError, match="draf"):
        set_status(store, planner, p.id, "adopted")
    set_status(store, planner, p.id, "consultation")
    assert [q.id for q in list_plans(store, viewer)] == [p.id]
    set_status(store, planner, p.id, "agreed")
    with pytest.raises(InputError) as err:
        set_status(store, planner, p.id, "adopted")
    assert len(err.value.problems) == 2  # number and date, both named
    assert get_plan(store, planner, p.id).status == "agreed"  # nothing changed
    done = set_status(store, planner, p.id, "adopted", perda_number="Perda No. 3 Tahun 2026",
                      perda_date=date(2026, 5, 4))
    assert (done.status, done.perda_number, done.perda_date) == (
        "adopted", "Perda No. 3 Tahun 2026", date(2026, 5, 4))
    with pytest.raises(Forbidden):  # an adopted plan no longer changes
        edit_section(store, planner, p.id, "visi.visi_misi", "Visi baru")
    # but its final version can be frozen as adopted
    from rancang.features.plan.versions import freeze, snapshot

    freeze(store, planner, p.id, "final")
    assert snapshot(store, planner, p.id, "final")["plan"]["perda_number"] == (
        "Perda No. 3 Tahun 2026")
    # the document names the Perda with its date as people write it, never 2026-05-04
    from rancang.features.plan.document import parts

    for lang, day in (("id", "4 Mei 2026"), ("en", "4 May 2026")):
        subtitle = next(t.text for t in parts(snapshot(store, planner, p.id, "final"), lang)
                        if t.kind == "subtitle")
        assert f"Perda No. 3 Tahun 2026 ({day})" in subtitle, subtitle


def test_other_region_cannot_write(store: Engine, other_analyst: Actor, planner: Actor) -> None:
    with pytest.raises(Forbidden):
        create_plan(store, other_analyst, region="72.06", start_year=2025)
    p = create_plan(store, planner, region="72.06", start_year=2025)
    with pytest.raises(NotFoundError):
        edit_section(store, other_analyst, p.id, "visi.visi_misi", "x")
    assert _count(store) == 1


def test_bad_input_changes_nothing(store: Engine, planner: Actor) -> None:
    with pytest.raises(InputError) as err:
        create_plan(store, planner, region="72.06", start_year=1900, level="rpip")
    assert {p.column for p in err.value.problems} == {"level", "start_year"}
    assert _count(store) == 0
    p = create_plan(store, planner, region="72.06", start_year=2025)
    with pytest.raises(InputError, match="tidak ada dalam kerangka"):
        edit_section(store, planner, p.id, "bab9.tidak_ada", "x")


def test_region_changes_its_outline(store: Engine, planner: Actor) -> None:
    p = create_plan(store, planner, region="72.06", start_year=2025)
    edit_section(store, planner, p.id, "kondisi.permasalahan", "Listrik kurang di sentra.")
    text = outline_toml(p.outline).replace('key = "kondisi.permasalahan"',
                                           'key = "kondisi.isu_strategis"')
    q = set_outline(store, planner, p.id, parse_outline(text))
    keys = section_keys(q.outline)
    assert "kondisi.isu_strategis" in keys and "kondisi.permasalahan" not in keys
    # the text of a section that left the outline comes back with its key
    q = set_outline(store, planner, p.id, default_outline("rpik"))
    _, views = plan_sections(store, planner, p.id)
    assert next(v for v in views if v.key == "kondisi.permasalahan").authored == (
        "Listrik kurang di sentra.")


def test_broken_template_is_refused(tmp_path: Path) -> None:
    bad = outline_toml(default_outline("rpik")).replace("{region_name}", "{wilayah}", 1)
    bad = bad.replace('key = "pendahuluan.sistematika"', 'key = "pendahuluan.dasar_hukum"')
    with pytest.raises(InputError) as err:
        parse_outline(bad, name="kerangka.toml")
    msgs = [str(p) for p in err.value.problems]
    assert any("{wilayah}" in m and "kerangka.toml" in m for m in msgs), msgs
    assert any("dipakai dua kali" in m for m in msgs), msgs


def test_rpip_variant() -> None:
    rpip, rpik = default_outline("rpip"), default_outline("rpik")
    assert set(section_keys(rpip)) - set(section_keys(rpik)) == {"kondisi.persebaran"}
    assert rpip["title"][0].startswith("Rencana Pembangunan Industri")
