"""Undo of a register import (issue 11, "keep the import's changes undoable"): the
database is back to the state before the import, byte for byte in what it holds; refused
when the records changed since, or twice. Service, CLI, SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError, NotFoundError
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise, EnterprisePeriod, RawMaterial, Sentra
from rancang.features.registry.service import update_enterprise
from rancang.features.registry.undo import undo_import

from .conftest import ROWS, office_workbook


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    with engine.connect() as conn:
        for model in (Enterprise, EnterprisePeriod, RawMaterial, Sentra):
            t = model.__table__
            cols = [c for c in t.c if c.name not in ("updated_at",)]
            out[t.name] = [tuple(r) for r in conn.execute(select(*cols).order_by(t.c.id))]
    return out


def check_undo(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [office_workbook(tmp_path / "a.xlsx")], actor="a")
    before = snapshot(engine)
    rows = [r.copy() for r in ROWS]
    rows[0][6] = 9  # workers changed
    rows[1][3] = "Jln Trans Sulawesi RT 01/RW 02"  # same
    rows[2][1] = "Ikan Asin Pak Hasan Jaya"  # renamed (matched by NIB)
    rows.append([4, "Koperasi Anyaman", None, "Jl. Pantai", "72.06.10.2002", "16292",
                 0, 12, "12.000.000", 300, "buah", "9.000.000", "Tidak", 2023])
    rows.append([1, "UD. Roti Bu Ani", "9120001234567", "Jl. Merdeka No. 3", "72.06.05.1014",
                 "10710", 3, 3, "Rp 30.000.000", "1.300", "bungkus", "19.500.000", "Ya", 2024])
    rep = import_files(engine, [office_workbook(tmp_path / "b.xlsx", rows)], actor="a")
    assert (rep.added, rep.changed) == (1, 2)
    assert snapshot(engine) != before
    out = undo_import(engine, CLI_ACTOR, str(rep.batch))
    assert (out["removed"], out["restored"], out["periods_removed"],
            out["periods_restored"]) == (1, 1, 2, 1)
    assert snapshot(engine) == before
    with pytest.raises(InputError, match="sudah dibatalkan"):
        undo_import(engine, CLI_ACTOR, str(rep.batch))


def test_undo_restores_the_register(engine: Engine, tmp_path: Path) -> None:
    check_undo(engine, tmp_path)


@pytest.mark.postgres
def test_undo_restores_the_register_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check_undo(engine, tmp_path)
    finally:
        engine.dispose()


def test_undo_refused_after_a_later_change(engine: Engine, tmp_path: Path) -> None:
    rep = import_files(engine, [office_workbook(tmp_path / "a.xlsx")], actor="a")
    with engine.connect() as conn:
        rid = conn.execute(select(Enterprise.id).order_by(Enterprise.id)).scalars().first()
    update_enterprise(engine, int(rid), {"product": "Roti manis"}, actor="b")
    held = snapshot(engine)
    with pytest.raises(InputError, match="berubah lagi"):
        undo_import(engine, CLI_ACTOR, str(rep.batch))
    assert snapshot(engine) == held
    with pytest.raises(NotFoundError):
        undo_import(engine, CLI_ACTOR, "0123456789abcdef")
    with pytest.raises(InputError):
        undo_import(engine, CLI_ACTOR, "../../x")
    far = Actor(id=9, username="far", grants=(Grant("analyst", "72.03"),))
    with pytest.raises(NotFoundError):  # another region's import: as if there were none
        undo_import(engine, far, str(rep.batch))


def test_undo_through_the_cli(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    app, runner = build_app(), CliRunner()
    res = runner.invoke(app, ["registry", "import", str(office_workbook(tmp_path / "a.xlsx")),
                              "--database-url", url])
    assert res.exit_code == 0
    batch = res.output.split("undo-import ")[1].split()[0]
    res = runner.invoke(app, ["registry", "undo-import", batch, "--database-url", url])
    assert res.exit_code == 0 and "3 usaha dihapus" in res.output
    res = runner.invoke(app, ["registry", "stats", "--json", "--database-url", url])
    assert '"enterprises": 0' in res.output
    res = runner.invoke(app, ["registry", "undo-import", batch, "--database-url", url])
    assert res.exit_code == 2 and "sudah dibatalkan" in res.output
