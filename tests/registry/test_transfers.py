"""Region transfers through the CLI, on SQLite and PostgreSQL: asked for by NIB as an
analyst of the destination, approved by an analyst of the firm's region, never by the
requester; the firm moves only then."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.db import ensure_schema, make_engine
from rancang.features.accounts.service import create_user
from rancang.features.registry.models import Enterprise

from .test_ownership import NIB, OTHER_FIRM, write

runner = CliRunner()


@pytest.mark.parametrize("backend",
                         ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_transfer_through_the_cli(backend: str, tmp_path: Path,
                                  request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 't.sqlite'}" if backend == "sqlite"
           else request.getfixturevalue("postgres_url"))
    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "morowali", "rahasia-123", role="analyst", region_code="72.06")
    create_user(engine, "poso", "rahasia-123", role="analyst", region_code="72.03")
    app = build_app()

    def run(*args: str) -> tuple[int, str]:
        res = runner.invoke(app, ["registry", *args, "--database-url", url])
        return res.exit_code, res.output

    assert run("import", str(write(tmp_path / "a.csv", OTHER_FIRM)))[0] == 0
    code, out = run("transfer", "request", "--nib", NIB, "--village", "72.06.05.1014",
                    "--user", "morowali")
    assert code == 0 and "#1" in out and "menunggu tinjauan" in out
    assert "Kopra" not in out  # the requester sees nothing of the firm yet
    code, out = run("transfer", "approve", "1", "--user", "morowali")
    assert code == 1 and "tidak ada" in out  # another region's request: as if none
    code, out = run("transfer", "list", "--user", "poso")
    assert code == 0 and "UD Kopra Bungku Selatan" in out
    code, out = run("transfer", "request", "--nib", "123", "--village", "x",
                    "--user", "morowali")
    assert code == 2 and "NIB harus 13 digit" in out
    code, out = run("transfer", "approve", "1", "--user", "poso")
    assert code == 0 and "disetujui" in out
    e = Enterprise.__table__
    with engine.connect() as conn:
        assert conn.execute(select(e.c.regency_code).where(e.c.nib == NIB)).scalar_one() \
            == "72.06"
    code, out = run("transfer", "reject", "1", "--user", "poso")
    assert code == 2 and "sudah diputuskan" in out
    # whoever asked never reviews, even one who holds both regions (here the CLI's admin)
    code, out = run("transfer", "request", "--nib", NIB, "--village", "72.03.01.2001")
    assert code == 0 and "#2" in out
    code, out = run("transfer", "approve", "2")
    assert code == 1 and "ditinjau orang lain" in out
    engine.dispose()
