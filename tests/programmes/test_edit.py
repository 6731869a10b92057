"""One programme changed by a person: the importer's checks, all or nothing with each
problem at its field, blank optional fields keep the stored value, the region scope (a
programme of another region reads as a missing one; moving one out of the actor's region
is refused), the natural key stays unique, mappings that no longer hold are removed, and
every change is logged (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.core.errors import InputError, NotFoundError
from rancang.features.programmes.edit import (
    check_values,
    form_value,
    get_programme,
    programme_history,
    update_programme,
)
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.models import ProgrammeAudit, ProgrammeMapping
from rancang.features.programmes.service import ProgrammeRow, list_programmes
from tests.programmes.conftest import make_plan

HEADER = "kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"
ROWS = ("3.31.02.2.01.0001;Penyusunan RPIK;kabupaten;Dinas Perindustrian;72.06;2026;"
        "250.000.000;Dokumen RPIK;dokumen;1\n"
        "3.31.02.2.01.0002;Koordinasi perwilayahan industri;kabupaten;Dinas Perindustrian;"
        "72.06;2026;100.000.000;Sentra IKM;sentra;2\n"
        "3.31.02.2.01.0001;Penyusunan RPIK;kabupaten;Dinas Perindustrian;72.03;2026;"
        "200.000.000;Dokumen RPIK;dokumen;1\n")


def _load(engine: Engine, tmp: Path) -> dict[tuple[str, str], ProgrammeRow]:
    path = tmp / "program.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    import_programmes(engine, CLI_ACTOR, [path])
    return {(p.code, p.region_code): p for p in list_programmes(engine, CLI_ACTOR)}


def _audits(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ProgrammeAudit)).scalar_one())


def test_change_is_stored_and_logged(store: Engine, tmp_path: Path, analyst: Actor) -> None:
    p = _load(store, tmp_path)[("3.31.02.2.01.0001", "72.06")]
    r = update_programme(store, analyst, p.id, {
        "budget": "275.500.000,50", "indicator": "Dokumen RPIK ditetapkan", "unit": "",
        "target": "", "name": "  Penyusunan   RPIK Morowali "}, decimal=",")
    assert r.after == {"budget": 275500000.5, "indicator": "Dokumen RPIK ditetapkan",
                       "name": "Penyusunan RPIK Morowali"}
    assert r.before == {"budget": 250000000.0, "indicator": "Dokumen RPIK",
                        "name": "Penyusunan RPIK"}
    stored = get_programme(store, analyst, p.id)
    # blank optional fields kept the stored unit and target
    assert (stored.budget, stored.unit, stored.target) == (275500000.5, "dokumen", 1.0)
    log = programme_history(store, analyst, p.id)
    assert len(log) == 1 and log[0].actor == "analis" and log[0].action == "update"
    assert log[0].before["budget"] == 250000000.0 and log[0].after["budget"] == 275500000.5
    # saving the same values again changes and logs nothing
    again = update_programme(store, analyst, p.id, {"budget": "275500000,5"}, decimal=",")
    assert again.after == {} and len(programme_history(store, analyst, p.id)) == 1


def test_every_problem_at_its_field_and_nothing_changes(store: Engine, tmp_path: Path,
                                                        analyst: Actor) -> None:
    p = _load(store, tmp_path)[("3.31.02.2.01.0001", "72.06")]
    with pytest.raises(InputError) as bad:
        update_programme(store, analyst, p.id, {
            "code": "3.31.02.1.01.0001",     # a province's level digit on a regency row
            "name": "",                       # required
            "year": "20x6", "budget": "-5", "target": "banyak",
            "indicator": "ok\x07"})           # a control character
    assert [q.column for q in bad.value.problems] == [
        "nomenklatur", "tahun", "pagu", "indikator", "target", "kode"]
    with pytest.raises(InputError) as regency:
        update_programme(store, analyst, p.id, {"region_code": "72"})
    assert [(q.column, q.message.key) for q in regency.value.problems] == [  # type: ignore[union-attr]
        ("wilayah", "programmes.import.regency_region")]
    assert get_programme(store, analyst, p.id) == p and _audits(store) == 0


def test_region_scope_and_the_natural_key(store: Engine, tmp_path: Path, analyst: Actor,
                                          other_analyst: Actor) -> None:
    rows = _load(store, tmp_path)
    mine, theirs = rows[("3.31.02.2.01.0001", "72.06")], rows[("3.31.02.2.01.0001", "72.03")]
    with pytest.raises(NotFoundError):  # another region's programme reads as a missing one
        update_programme(store, other_analyst, mine.id, {"budget": "1"})
    with pytest.raises(NotFoundError):
        get_programme(store, analyst, theirs.id, permission="programmes.write")
    with pytest.raises(NotFoundError):
        update_programme(store, analyst, 987654, {"budget": "1"})
    with pytest.raises(InputError) as moved:  # moved out of the actor's region
        update_programme(store, analyst, mine.id, {"region_code": "72.03", "agency": "Lain"})
    assert [q.column for q in moved.value.problems] == ["wilayah"]
    with pytest.raises(InputError) as taken:  # the natural key of another programme
        update_programme(store, analyst, mine.id, {"code": "3.31.02.2.01.0002"})
    assert [q.column for q in taken.value.problems] == ["kode"]
    assert get_programme(store, analyst, mine.id) == mine and _audits(store) == 0


def test_a_move_removes_the_mappings_that_no_longer_hold(store: Engine,
                                                         tmp_path: Path) -> None:
    from rancang.features.programmes.mapping import store_mappings

    p = _load(store, tmp_path)[("3.31.02.2.01.0002", "72.06")]
    plan_regency, plan_province = make_plan(store, "72.06"), make_plan(store, "72")
    for plan in (plan_regency, plan_province):
        store_mappings(store, CLI_ACTOR, plan, {
            (p.id, "target", "tenaga_kerja"): {"contribution": "", "score": None}}, set())
    province = Actor(5, "provinsi", (Grant("analyst", "72"),))
    r = update_programme(store, province, p.id, {"region_code": "72.03"})
    assert r.removed_mappings == 1 and r.programme.region_code == "72.03"
    with store.connect() as conn:
        kept = conn.execute(select(ProgrammeMapping.plan_id)
                            .where(ProgrammeMapping.programme_id == p.id)).scalars().all()
    assert kept == [plan_province]  # the province's plan still holds 72.03
    log = programme_history(store, province, p.id)
    assert log[0].after == {"region_code": "72.03", "mappings_removed": 1}
    assert log[0].region_code == "72.03"


FORM_DECIMALS = st.sampled_from([",", "."])


@settings(max_examples=200, deadline=None)
@given(x=st.floats(min_value=0, max_value=1e18, allow_nan=False), decimal=FORM_DECIMALS)
def test_a_form_saved_unchanged_changes_nothing(x: float, decimal: str) -> None:
    """Invariant: the value a form shows for a stored number reads back as that number
    (no change, no log entry), whatever the number and the page's decimal mark."""
    actor = Actor(2, "analis", (Grant("analyst", "72.06"),))
    p = ProgrammeRow(1, "3.31.02.2.01.0001", "Penyusunan RPIK", "kabupaten", "Dinas",
                     "72.06", 2026, x, "Dokumen", "dokumen", x)
    shown = {f: form_value(getattr(p, f), decimal) for f in (
        "code", "name", "level", "agency", "region_code", "year", "budget", "indicator",
        "unit", "target")}
    assert check_values(actor, p, shown, decimal=decimal) == {}
