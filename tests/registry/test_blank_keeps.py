"""A blank cell never erases a stored value (issue 11): a re-import with blank NIB,
owner and workers keeps them, and the dry run lists each change before -> after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.db import ensure_schema, make_engine
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise, EnterprisePeriod

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Tahun\n"
FULL = "UD Roti Bu Ani,9608164837007,Jl. Merdeka 3,72.06.05.1014,10710,5,Ani,2023\n"
# the same firm (same name, address and village: the matching key) with NIB, owner and
# workers left blank, and the address's casing changed nowhere
BLANK = "UD Roti Bu Ani,,Jl. Merdeka 3,72.06.05.1014,10710,,,2023\n"


def write(path: Path, row: str) -> Path:
    path.write_text(HEAD + row, encoding="utf-8")
    return path


def stored(engine: Engine) -> tuple[object, ...]:
    e, p = Enterprise.__table__, EnterprisePeriod.__table__
    with engine.connect() as conn:
        return tuple(conn.execute(select(e.c.nib, e.c.name, e.c.owner_name, p.c.workers)
                                  .join(p, p.c.enterprise_id == e.c.id)).one())


def check_blank_keeps(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [write(tmp_path / "a.csv", FULL)])
    before = stored(engine)
    assert before == ("9608164837007", "UD Roti Bu Ani", "Ani", 5)
    rep = import_files(engine, [write(tmp_path / "b.csv", BLANK)])
    assert (rep.added, rep.changed, rep.unchanged, rep.n_changes) == (0, 0, 1, 0)
    assert stored(engine) == before


def test_blank_cells_keep_stored_values(engine: Engine, tmp_path: Path) -> None:
    check_blank_keeps(engine, tmp_path)


@pytest.mark.postgres
def test_blank_cells_keep_stored_values_on_postgresql(tmp_path: Path,
                                                      postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check_blank_keeps(engine, tmp_path)
    finally:
        engine.dispose()


def test_dry_run_lists_every_change(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [write(tmp_path / "a.csv", FULL)])
    renamed = FULL.replace("UD Roti Bu Ani", "UD Roti Ibu Ani").replace(",5,", ",7,")
    rep = import_files(engine, [write(tmp_path / "c.csv", renamed)], dry_run=True)
    got = {(c["field"], c["before"], c["after"]) for c in rep.changes}
    assert got == {("name", "UD Roti Bu Ani", "UD Roti Ibu Ani"), ("workers", 5, 7)}
    assert rep.n_changes == 2 and stored(engine)[1] == "UD Roti Bu Ani"


def test_cli_dry_run_shows_before_after(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    app, runner = build_app(), CliRunner()
    assert runner.invoke(app, ["registry", "import", str(write(tmp_path / "a.csv", FULL)),
                               "--database-url", url]).exit_code == 0
    renamed = FULL.replace("UD Roti Bu Ani", "UD Roti Ibu Ani")
    res = runner.invoke(app, ["registry", "import", str(write(tmp_path / "b.csv", renamed)),
                              "--dry-run", "--database-url", url])
    assert res.exit_code == 0, res.output
    assert "name: 'UD Roti Bu Ani' -> 'UD Roti Ibu Ani'" in res.output
    assert "sebelum -> sesudah" in res.output and "uji coba" in res.output
    res = runner.invoke(app, ["registry", "import", str(write(tmp_path / "c.csv", BLANK)),
                              "--database-url", url])
    assert "0 berubah, 1 tetap" in res.output
