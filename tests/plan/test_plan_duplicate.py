"""``rancang plan create`` and ``plan draft --save`` refuse a second plan for a region and
period already in the store (exit 2, the plan that is there named, nothing created)
unless ``--allow-duplicate``; the service refuses the same way when asked to."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR
from rancang.core.db import make_engine
from rancang.core.errors import InputError
from rancang.features.plan.service import create_plan, list_plans
from rancang.sources.synthetic import demo_province


def _invoke(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


def _fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    from rancang.cli import main

    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(list(args))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def _plans(db: str) -> list[tuple[str, int]]:
    engine = make_engine(db)
    try:
        return sorted((p.region_code, p.start_year) for p in list_plans(engine, CLI_ACTOR))
    finally:
        engine.dispose()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_create_refuses_a_duplicate_unless_allowed(tmp_path: Path, lang: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    first = _invoke("plan", "create", "--region", "72.06", "--start", "2025",
                    "--database-url", db)
    assert first.exit_code == 0, first.output  # type: ignore[attr-defined]
    err = _fails(capsys, "plan", "create", "--region", "72.06", "--start", "2025",
                 "--database-url", db, "--lang", lang)
    assert "RPIK 72.06 2025-2045" in err and "1 (plan/" in err and "--allow-duplicate" in err
    assert ("Rencana baru tidak dibuat" if lang == "id" else "No new plan was created") in err
    assert _plans(db) == [("72.06", 2025)]
    # another period of the same region is another plan
    assert _invoke("plan", "create", "--region", "72.06", "--start", "2030",
                   "--database-url", db).exit_code == 0  # type: ignore[attr-defined]
    again = _invoke("plan", "create", "--region", "72.06", "--start", "2025",
                    "--allow-duplicate", "--database-url", db)
    assert again.exit_code == 0, again.output  # type: ignore[attr-defined]
    assert _plans(db) == [("72.06", 2025), ("72.06", 2025), ("72.06", 2030)]


def test_draft_save_refuses_before_creating_any(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    panel = demo_province()
    csv = tmp_path / "pdrb.csv"
    assert panel.references is not None
    panel.to_long().vstack(panel.references.to_long()).write_csv(csv)
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    start = str(int(panel.years[-1]) + 1)
    assert _invoke("plan", "create", "--region", "9903", "--start", start,
                   "--database-url", db).exit_code == 0  # type: ignore[attr-defined]
    # two regencies, the second already planned: neither is created
    err = _fails(capsys, "plan", "draft", str(csv), "--region", "9902,9903", "--save",
                 "--database-url", db)
    assert "9903" in err and "1 (plan/" in err and "--allow-duplicate" in err
    assert _plans(db) == [("9903", int(start))]
    ok = _invoke("plan", "draft", str(csv), "--region", "9902,9903", "--save",
                 "--allow-duplicate", "--database-url", db)
    assert ok.exit_code == 0, ok.output  # type: ignore[attr-defined]
    assert _plans(db) == [("9902", int(start)), ("9903", int(start)), ("9903", int(start))]


def test_service_refuses_only_when_asked(store: Engine) -> None:
    from rancang.features.plan.service import DuplicatePlan

    first = create_plan(store, CLI_ACTOR, region="72.06", start_year=2025)
    with pytest.raises(DuplicatePlan) as info:
        create_plan(store, CLI_ACTOR, region="72.06", start_year=2025, allow_duplicate=False)
    assert isinstance(info.value, InputError)
    assert [p.id for p in info.value.existing] == [first.id]
    # the same regency by its BPS code
    with pytest.raises(DuplicatePlan):
        create_plan(store, CLI_ACTOR, region="7203", start_year=2025, allow_duplicate=False)
    assert len(list_plans(store, CLI_ACTOR)) == 1
    create_plan(store, CLI_ACTOR, region="72.06", start_year=2025)  # programs may
    assert len(list_plans(store, CLI_ACTOR)) == 2
