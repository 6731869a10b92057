"""``rancang db backup|restore``: a populated database goes to one file and comes back
the same, SQLite to SQLite and SQLite to PostgreSQL; a damaged file or a database that
already holds data is refused and nothing changes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, update
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.db import make_engine
from rancang.core.db.backup import backup, restore
from rancang.core.errors import InputError
from rancang.features.accounts.service import create_user
from rancang.features.registry.models import Enterprise
from tests.web.conftest import build_app


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("backup") / "source.sqlite"
    url = f"sqlite:///{path}"
    app = build_app(url, firms=30, boundaries=None)
    engine: Engine = app.state.engine
    e = Enterprise.__table__
    with engine.begin() as conn:
        ids = conn.execute(select(e.c.id).order_by(e.c.id)).scalars().all()
        # a merged record pointing to a later one: restored in a second pass
        conn.execute(update(e).where(e.c.id == ids[0]).values(merged_into_id=ids[-1]))
    engine.dispose()
    return url


def _cli(*args: str) -> Any:
    return CliRunner().invoke(build_cli(), list(args))


def _tables(archive: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows from a backup file, datetimes compared without their zone."""
    out = {}
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for name in manifest["tables"]:
            rows = [json.loads(line) for line in
                    zf.read(f"tables/{name}.jsonl").decode().splitlines()]
            out[name] = [{k: v.split("+")[0] if isinstance(v, str) and "T" in v[:11]
                          and v[:4].isdigit() else v for k, v in r.items()} for r in rows]
    return out


def test_sqlite_round_trip(source: str, tmp_path: Path) -> None:
    first = tmp_path / "b1.zip"
    result = _cli("db", "backup", "--out", str(first), "--database-url", source)
    assert result.exit_code == 0, result.output
    assert "Cadangan ditulis" in result.output
    target = f"sqlite:///{tmp_path / 'restored.sqlite'}"
    result = _cli("--lang", "en", "db", "restore", str(first), "--database-url", target)
    assert result.exit_code == 0, result.output
    assert "Restored from b1.zip" in result.output
    second = tmp_path / "b2.zip"
    backup(make_engine(target), second)
    before, after = _tables(first), _tables(second)
    assert before == after
    assert len(before["enterprise"]) == 30 and len(before["app_user"]) >= 4


def test_sqlite_to_postgresql(source: str, postgres_url: str, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    backup(make_engine(source), archive)
    engine = make_engine(postgres_url)
    counts = restore(engine, archive)
    assert counts["enterprise"] == 30
    again = tmp_path / "again.zip"
    backup(engine, again)
    assert _tables(archive) == _tables(again)
    # the sequences continue after the restored ids: a new account gets a fresh id
    create_user(engine, "setelah_pulih", "rahasia-123", role="viewer")
    engine.dispose()


def test_damaged_file_changes_nothing(source: str, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    backup(make_engine(source), archive)
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(archive) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "tables/enterprise.jsonl":
                data = data.replace(b"Roti", b"Kue", 1) if b"Roti" in data else data[:-2]
            zout.writestr(item, data)
    target = make_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    with pytest.raises(InputError) as info:
        restore(target, broken)
    assert "enterprise" in info.value.message("en") and "damaged" in info.value.message("en")
    from sqlalchemy import inspect

    assert inspect(target).get_table_names() == []
    result = _cli("db", "restore", str(broken), "--database-url",
                  f"sqlite:///{tmp_path / 't.sqlite'}")
    assert result.exit_code == 2 and "rusak" in result.output and "Traceback" not in result.output
    notzip = tmp_path / "x.zip"
    notzip.write_text("bukan zip")
    result = _cli("db", "restore", str(notzip), "--database-url",
                  f"sqlite:///{tmp_path / 't.sqlite'}")
    assert result.exit_code == 2 and "bukan berkas cadangan" in result.output


def test_database_with_data_is_refused(source: str, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    backup(make_engine(source), archive)
    with pytest.raises(InputError, match="sudah berisi data"):
        restore(make_engine(source), archive)
