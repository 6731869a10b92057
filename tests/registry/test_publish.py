"""Publish, then show on SQLite and PostgreSQL: the published aggregate counts verified
records published since their last change, and re-importing a changed value takes the
firm out until it is published again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.features.registry.importer import import_files
from rancang.features.registry.publish import publish
from rancang.features.registry.records import published_aggregate

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Status,Tahun\n"


def firms(engine: Engine) -> int:
    cells = published_aggregate(engine)
    grand = [c for c in cells if c["region_code"] == "TOTAL" and c["industry_code"] == "TOTAL"]
    return int(grand[0]["firms"]) if grand else 0


def sheet(path: Path, workers: int) -> Path:
    rows = [f"UD Roti {k},912000999000{k},Jl. Roti {k},72.06.05.1014,10710,{workers},"
            f"{'terverifikasi' if k < 4 else 'draf'},2023\n" for k in range(6)]
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


def check(engine: Engine, tmp_path: Path) -> None:
    import_files(engine, [sheet(tmp_path / "a.csv", 3)])
    assert firms(engine) == 0  # nothing published yet
    assert publish(engine, CLI_ACTOR) == {"published": 4}
    assert firms(engine) == 4  # the 4 verified, not the 2 drafts
    import_files(engine, [sheet(tmp_path / "b.csv", 5)])  # every firm's workers change
    assert firms(engine) == 0
    assert publish(engine, CLI_ACTOR) == {"published": 4} and firms(engine) == 4


def test_publish_then_show(engine: Engine, tmp_path: Path) -> None:
    check(engine, tmp_path)


@pytest.mark.postgres
def test_publish_then_show_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    ensure_schema(engine)
    try:
        check(engine, tmp_path)
    finally:
        engine.dispose()


def test_the_kept_aggregate_is_never_changed_by_a_caller(engine: Engine,
                                                         tmp_path: Path) -> None:
    """The aggregate is kept per register version: a caller changing its rows or its
    list does not change what the next caller gets."""
    import_files(engine, [sheet(tmp_path / "a.csv", 3)])
    publish(engine, CLI_ACTOR)
    first = published_aggregate(engine)
    kept = [dict(r) for r in first]
    first[0]["firms"] = -1
    first.append({"region_code": "TOTAL"})
    assert published_aggregate(engine) == kept
    assert firms(engine) == 4
