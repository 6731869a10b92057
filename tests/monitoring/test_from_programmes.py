"""Programme output indicators flow into monitoring once a person has confirmed that the
programme serves the plan: one indicator per programme code (and region), its yearly
targets from the programme rows, run again without duplicates."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR
from rancang.features.monitoring.from_programmes import indicators_from_programmes
from rancang.features.monitoring.indicators import list_indicators
from rancang.features.plan.service import get_plan
from rancang.features.plan.targets import stored_targets
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.mapping import store_mappings
from rancang.features.programmes.service import list_programmes
from tests.monitoring.conftest import World

HEAD = "kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"
ROWS = [
    "3.31.02.2.01.0002;Pembinaan IKM Pangan;kabupaten;Disperindag Morowali;72.06;{y};"
    "1.250.000.000;Jumlah IKM dibina;unit usaha;{t}",
    "3.31.02.1.01.0003;Pendampingan Sentra IKM;provinsi;Disperindag Sulteng;72.06;{y};"
    "300.000.000;Jumlah sentra;sentra;2",
    "3.31.03.2.01.0001;Perizinan industri;kabupaten;DPMPTSP Morowali;72.06;{y};"
    "100.000.000;Izin terbit;izin;40",  # never confirmed: not monitored
]


def _programmes(tmp: Path, years: tuple[int, ...]) -> Path:
    path = tmp / f"prog-{len(years)}.csv"
    lines = [r.format(y=y, t=20 + 5 * k) for k, y in enumerate(years) for r in ROWS]
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_confirmed_programmes_become_output_indicators(lite: World, tmp_path: Path) -> None:
    engine, plan_id = lite.engine, lite.plans["72.06"]
    import_programmes(engine, CLI_ACTOR, [_programmes(tmp_path, (2026, 2027))])
    target = stored_targets(engine, get_plan(engine, CLI_ACTOR, plan_id))[0].key
    rows = list_programmes(engine, CLI_ACTOR, area="72.06")
    wanted = {(p.id, "target", target): {"contribution": "", "score": None}
              for p in rows if p.code.startswith("3.31.02")}
    store_mappings(engine, CLI_ACTOR, plan_id, wanted, set())
    before = {i.code for i in list_indicators(engine, CLI_ACTOR, plan_id)}
    r = indicators_from_programmes(engine, CLI_ACTOR, plan_id)
    assert (r.programmes, r.created, r.years_set) == (4, 2, 4)
    new = {i.code: i for i in list_indicators(engine, CLI_ACTOR, plan_id)}
    added = {c: new[c] for c in set(new) - before}
    assert set(added) == {"3.31.02.2.01.0002", "3.31.02.1.01.0003"}
    ikm = added["3.31.02.2.01.0002"]
    assert (ikm.kind, ikm.unit, ikm.label, ikm.group_code, ikm.target_key) == (
        "output", "unit usaha", "Jumlah IKM dibina", "3.31.02", target)
    # once more, with a third year: no duplicate, the new year's target added
    import_programmes(engine, CLI_ACTOR, [_programmes(tmp_path, (2026, 2027, 2028))])
    rows = list_programmes(engine, CLI_ACTOR, area="72.06")
    wanted = {(p.id, "target", target): {"contribution": "", "score": None}
              for p in rows if p.code.startswith("3.31.02")}
    store_mappings(engine, CLI_ACTOR, plan_id, wanted, set())
    res = CliRunner().invoke(build_app(), [
        "monitor", "from-programmes", str(plan_id), "--database-url",
        str(engine.url.render_as_string(hide_password=False)), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "6 confirmed programmes: 0 new output indicators, 6 yearly targets" in res.output
    assert len(list_indicators(engine, CLI_ACTOR, plan_id)) == len(new)
    from sqlalchemy import select

    from rancang.features.monitoring.models import MonitorYearTarget

    yt = MonitorYearTarget.__table__
    with engine.connect() as conn:
        years = dict(conn.execute(select(yt.c.year, yt.c.value).where(
            yt.c.indicator_id == ikm.id)).all())
    assert {y: years[y] for y in (2026, 2027, 2028)} == {2026: 20.0, 2027: 25.0, 2028: 30.0}
