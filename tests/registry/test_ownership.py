"""Matching by NIB stays inside what the importer may write (issue 17, item 1): a file
carrying another region's NIB is refused, located, and changes nothing; no import moves a
firm to another regency. Through the service, the CLI (``--user``), SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import Scope
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError
from rancang.features.accounts.service import create_user
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Telepon,Tahun\n"
NIB = "9120005550001"
OTHER_FIRM = (f"UD Kopra Bungku Selatan,{NIB},Jl. Pelabuhan 1,72.03.01.2001,10421,14,Siti,"
              "081234567890,2023\n")
TAKEOVER = f"CV Ambil Alih,{NIB},Jl. Baru 9,72.06.05.1014,10421,2,Budi,081200000000,2023\n"


def write(path: Path, *rows: str) -> Path:
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


def firm(engine: Engine) -> dict[str, object]:
    e = Enterprise.__table__
    with engine.connect() as conn:
        row = conn.execute(select(e).where(e.c.nib == NIB)).mappings().one()
    return dict(row)


def check_takeover_refused(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [write(tmp_path / "palu.csv", OTHER_FIRM)], actor="admin")
    before = firm(engine)
    with pytest.raises(InputError) as err:
        import_files(engine, [write(tmp_path / "ambil.csv", TAKEOVER)], actor="analis",
                     scope=Scope(regions=("72.06",)))
    (problem,) = err.value.problems
    assert (problem.file, problem.row, problem.column) == ("ambil.csv", 2, "NIB")
    assert NIB in str(problem.message) and "wilayah lain" in str(problem.message)
    assert "Siti" not in str(problem.message)  # nothing of the firm is revealed
    assert firm(engine) == before


def test_another_regions_nib_is_refused(engine: Engine, tmp_path: Path) -> None:
    check_takeover_refused(engine, tmp_path)


@pytest.mark.postgres
def test_another_regions_nib_is_refused_on_postgresql(tmp_path: Path,
                                                      postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check_takeover_refused(engine, tmp_path)
    finally:
        engine.dispose()


def test_no_import_moves_a_firm_to_another_regency(engine: Engine, tmp_path: Path) -> None:
    """Not even an administrator's: a move is a reviewed transfer both regions see."""
    import_files(engine, [write(tmp_path / "palu.csv", OTHER_FIRM)], actor="admin")
    before = firm(engine)
    with pytest.raises(InputError) as err:
        import_files(engine, [write(tmp_path / "pindah.csv", TAKEOVER)], actor="admin")
    (problem,) = err.value.problems
    assert problem.column == "Kode Desa" and problem.row == 2
    assert "72.03" in str(problem.message) and "72.06" in str(problem.message)
    assert firm(engine) == before


def test_own_region_update_by_nib_still_works(engine: Engine, tmp_path: Path) -> None:
    own = f"UD Roti,{NIB},Jl. Merdeka 3,72.06.05.1014,10710,2,Ani,081234567890,2023\n"
    import_files(engine, [write(tmp_path / "a.csv", own)], actor="admin")
    moved = own.replace(",2,Ani", ",5,Ani").replace("Jl. Merdeka 3", "Jl. Merdeka 5")
    rep = import_files(engine, [write(tmp_path / "b.csv", moved)], actor="analis",
                       scope=Scope(regions=("72.06",)))
    assert (rep.added, rep.changed) == (0, 1)
    assert firm(engine)["address"] == "Jl. Merdeka 5"


def test_every_problem_in_one_pass_sorted_by_row(engine: Engine, tmp_path: Path) -> None:
    """Cell errors, duplicates inside the file, rows outside the region and a takeover
    come back together, in the order of the sheet (issue 11: one upload, not four)."""
    import_files(engine, [write(tmp_path / "palu.csv", OTHER_FIRM)], actor="admin")
    rows = [
        "UD Satu,9120001110001,Jl. A,72.06.05.1014,10710,dua,Ani,0812,2023\n",   # row 2 cell
        TAKEOVER,                                                                # row 3 NIB
        "UD Luar,9120001110003,Jl. C,72.03.01.2001,10710,1,Ani,0812,2023\n",     # row 4 outside
        "UD Satu,9120001110001,Jl. A,72.06.05.1014,10710,2,Ani,0812,2023\n",     # row 5 dup
    ]
    with pytest.raises(InputError) as err:
        import_files(engine, [write(tmp_path / "semua.csv", *rows)],
                     scope=Scope(regions=("72.06",)))
    located = [(p.row, p.column) for p in err.value.problems]
    assert located == [(2, "Tenaga Kerja"), (3, "NIB"), (4, "Kode Desa"), (5, None)]


runner = CliRunner()


@pytest.mark.parametrize("backend",
                         ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_cli_user_cannot_take_over(backend: str, tmp_path: Path,
                                   request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 'cli.sqlite'}" if backend == "sqlite"
           else request.getfixturevalue("postgres_url"))
    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "analis_morowali", "rahasia-123", role="analyst", region_code="72.06")
    app = build_app()
    code = runner.invoke(app, ["registry", "import", str(write(tmp_path / "palu.csv", OTHER_FIRM)),
                               "--database-url", url])
    assert code.exit_code == 0, code.output
    before = firm(engine)
    res = runner.invoke(app, ["registry", "import", str(write(tmp_path / "ambil.csv", TAKEOVER)),
                              "--user", "analis_morowali", "--database-url", url])
    assert res.exit_code == 2, res.output
    assert "baris 2" in res.output and NIB in res.output
    assert "tidak ada data yang ditulis" in res.output
    res = runner.invoke(app, ["registry", "import", str(tmp_path / "ambil.csv"), "--lang", "en",
                              "--user", "analis_morowali", "--database-url", url])
    assert res.exit_code == 2 and "nothing was written" in res.output, res.output
    assert "masalah" not in res.output
    assert firm(engine) == before
    res = runner.invoke(app, ["registry", "import", str(tmp_path / "ambil.csv"),
                              "--user", "nobody", "--database-url", url])
    assert res.exit_code == 2 and "nobody" in res.output
    engine.dispose()
