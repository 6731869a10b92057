"""``rancang demo`` produces a demo plan: stored once for the web demo, written as DOCX."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.cli.demo import load_demo_database
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.features.plan.service import list_plans
from rancang.features.plan.store import plan_sections


def test_demo_database_has_one_drafted_plan(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    ensure_schema(engine)
    logins = load_demo_database(engine)
    load_demo_database(engine)  # again: nothing doubles
    plans = list_plans(engine, CLI_ACTOR)
    assert len(plans) == 1 and plans[0].region_code == "72.06"
    assert plans[0].sources["synthetic"] is True
    _, views = plan_sections(engine, CLI_ACTOR, plans[0].id)
    assert next(v for v in views if v.key == "program.unggulan").state == "generated"
    assert ("perencana", "demo-rancang", "planner", "72.06") in logins
    engine.dispose()


def test_demo_writes_the_plan(tmp_path: Path) -> None:
    from docx import Document

    r = CliRunner().invoke(build_app(), ["demo", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    doc = Document(str(tmp_path / "plan" / "rpik-72.06.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert any("SINTETIS" in t for t in texts)
    assert (tmp_path / "plan" / "rpik-72.06.pdf").is_file()
