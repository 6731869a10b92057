"""Deliberate deletes (issue 11): a delete needs confirmation, the firm leaves everything
at once, is restored whole with its id, and is forgotten after the retention period.
Service on SQLite and PostgreSQL, and the CLI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.core.db import ensure_schema, make_engine
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError
from rancang.features.registry.deletion import (
    RETENTION,
    delete_record,
    list_deleted,
    purge_deleted,
    restore_record,
)
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise, EnterprisePeriod

from .conftest import office_workbook
from .test_undo import snapshot


def first_id(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(Enterprise.id))).scalar_one())


def check(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [office_workbook(tmp_path / "a.xlsx")])
    before = snapshot(engine)
    rid = first_id(engine)  # the highest id: a new import must not take it
    with pytest.raises(InputError, match="Konfirmasi"):
        delete_record(engine, CLI_ACTOR, rid, confirm=False)
    far = Actor(id=5, username="far", grants=(Grant("analyst", "72.03"),))
    with pytest.raises(NotFoundError):  # another region's firm: as if it did not exist
        delete_record(engine, far, rid, confirm=True)
    assert snapshot(engine) == before
    out = delete_record(engine, CLI_ACTOR, rid, confirm=True, reason="tutup")
    assert out["purge_after"] - out["deleted_at"] == RETENTION
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(EnterprisePeriod).where(
            EnterprisePeriod.enterprise_id == rid)).scalar_one() == 0
    # a new firm is numbered above the deleted one
    path = tmp_path / "b.csv"
    path.write_text("Nama Usaha,Kode Desa,KBLI,Tahun\nUD Baru,72.06.05.1014,10710,2023\n")
    import_files(engine, [path])
    assert first_id(engine) == rid + 1
    restore_record(engine, CLI_ACTOR, out["id"])
    after = snapshot(engine)
    # the firm and its values are back under its id (period ids are new)
    keep = {k: [row[1:] if k != "enterprise" else row for row in v] for k, v in before.items()}
    now = {k: [row[1:] if k != "enterprise" else row for row in v] for k, v in after.items()}
    assert [r for r in now["enterprise"] if r[0] != rid + 1] == keep["enterprise"]
    assert sorted(map(str, now["enterprise_period"])) != [] and len(
        now["enterprise_period"]) == len(keep["enterprise_period"]) + 1
    assert list_deleted(engine, CLI_ACTOR) == []
    with pytest.raises(InputError, match="sudah dipulihkan"):
        restore_record(engine, CLI_ACTOR, out["id"])
    gone = delete_record(engine, CLI_ACTOR, rid, confirm=True)
    assert purge_deleted(engine, now=utcnow() + RETENTION + timedelta(days=1)) == 2
    with pytest.raises(Exception, match="masa simpan"):
        restore_record(engine, CLI_ACTOR, gone["id"])


def test_delete_restore_purge(engine: Engine, tmp_path: Path) -> None:
    check(engine, tmp_path)


@pytest.mark.postgres
def test_delete_restore_purge_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check(engine, tmp_path)
    finally:
        engine.dispose()


def test_cli_asks_before_deleting(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite'}"
    app, runner = build_app(), CliRunner()
    runner.invoke(app, ["registry", "import", str(office_workbook(tmp_path / "a.xlsx")),
                        "--database-url", url])
    res = runner.invoke(app, ["registry", "delete", "1", "--database-url", url], input="n\n")
    assert res.exit_code == 1 and "dapat dipulihkan selama 90 hari" in res.output
    res = runner.invoke(app, ["registry", "delete", "1", "--database-url", url], input="y\n")
    assert res.exit_code == 0 and "dihapus" in res.output
    res = runner.invoke(app, ["registry", "deleted", "--database-url", url])
    assert res.exit_code == 0 and "#1 usaha 1" in res.output
    res = runner.invoke(app, ["registry", "restore", "1", "--database-url", url])
    assert res.exit_code == 0 and "dipulihkan (#1)" in res.output
    res = runner.invoke(app, ["registry", "delete", "99", "--yes", "--database-url", url])
    assert res.exit_code != 0 and "Traceback" not in res.output
