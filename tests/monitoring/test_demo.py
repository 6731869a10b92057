"""``rancang demo`` monitors the demo plan: once in the web demo's database, and as the
semester report among the demo's files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.cli.demo import load_demo_database
from rancang.core.db import ensure_schema, make_engine
from rancang.features.monitoring.models import MonitorIndicator, Realisation


def test_demo_database_is_monitored_once(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    ensure_schema(engine)
    load_demo_database(engine)
    with engine.connect() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in (MonitorIndicator, Realisation)]
        verified = conn.execute(select(func.count()).select_from(Realisation)
                                .where(Realisation.status == "verified")).scalar_one()
    load_demo_database(engine)  # again: nothing doubles
    with engine.connect() as conn:
        again = [conn.execute(select(func.count()).select_from(t)).scalar_one()
                 for t in (MonitorIndicator, Realisation)]
    assert counts == again and counts[0] >= 10 and counts[1] > 0 and verified > 0
    engine.dispose()


def test_demo_writes_the_semester_report(tmp_path: Path) -> None:
    r = CliRunner().invoke(build_app(), ["demo", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    found = sorted(p.suffix for p in (tmp_path / "monitoring").iterdir())
    assert found == [".docx", ".xlsx"]
