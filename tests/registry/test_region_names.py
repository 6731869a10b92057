"""Region from names (issue 11): an office sheet with ``Kabupaten/Kota = Morowali`` and no
code column imports for an analyst of 72.06, the codes are stored, and what was resolved is
said; unknown names get suggestions at their row and column. Codes and names checked against
the Kemendagri list (idn-area-data): Morowali 72.06, its district Bungku Tengah 72.06.05."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import Scope
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import InputError
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise

HEAD = "Nama Usaha,Kabupaten/Kota,Kecamatan,KBLI,Tenaga Kerja,Tahun\n"
GOOD = ("UD Satu,Kab. Morowali,Bungku Tengah,10710,2,2023\n"
        "UD Dua,MOROWALI,Kec. Bungku Tengh,10710,3,2023\n"   # spelling variant
        "UD Tiga,Kabupaten Morowali,,10710,3,2023\n")         # regency only
BAD = ("UD Empat,Morowali,Bunku Timurr Laut,10710,3,2023\n"    # no clear match
       "UD Lima,Kabupaten Poso,,10710,3,2023\n")               # outside the region


def write(path: Path, rows: str) -> Path:
    path.write_text(HEAD + rows, encoding="utf-8")
    return path


def stored(engine: Engine) -> dict[str, tuple[object, ...]]:
    e = Enterprise.__table__
    with engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(
            select(e.c.name, e.c.province_code, e.c.regency_code, e.c.district_code))}


def check(engine: Engine, tmp_path: Path) -> None:
    rep = import_files(engine, [write(tmp_path / "a.csv", GOOD)],
                       scope=Scope(regions=("72.06",)))
    assert stored(engine) == {"UD Satu": ("72", "72.06", "72.06.05"),
                              "UD Dua": ("72", "72.06", "72.06.05"),
                              "UD Tiga": ("72", "72.06", None)}
    said = {(r["level"], r["written"], r["code"], r["how"]) for r in rep.resolved}
    assert ("regency", "Kab. Morowali", "72.06", "exact") in said
    assert ("district", "Kec. Bungku Tengh", "72.06.05", "spelling") in said
    with pytest.raises(InputError) as err:
        import_files(engine, [write(tmp_path / "b.csv", BAD)],
                     scope=Scope(regions=("72.06",)))
    probs = {(p.row, p.column): str(p.message) for p in err.value.problems}
    assert "tidak dikenal di wilayah Anda" in probs[(2, "Kecamatan")]
    assert "(72.06." in probs[(2, "Kecamatan")]  # suggestions from Morowali only
    outside = probs[(3, "Kabupaten/Kota")]
    assert "luar wilayah" in outside and "72.02" in outside


def test_names_resolved_within_the_region(engine: Engine, tmp_path: Path) -> None:
    check(engine, tmp_path)


@pytest.mark.postgres
def test_names_resolved_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check(engine, tmp_path)
    finally:
        engine.dispose()


def test_cli_says_what_was_resolved(tmp_path: Path) -> None:
    res = CliRunner().invoke(build_app(), [
        "registry", "import", str(write(tmp_path / "a.csv", GOOD)), "--dry-run",
        "--database-url", f"sqlite:///{tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    assert "Wilayah dari nama:" in res.output
    assert "kecamatan 'Kec. Bungku Tengh' -> 72.06.05 Bungku Tengah (ejaan terdekat, 1 baris)" \
        in res.output
