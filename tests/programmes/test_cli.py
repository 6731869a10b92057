"""``rancang programmes`` end to end: import (exit 2 and byte-identical tables on bad
input), suggest, map and sync, and ``--user`` for a regency analyst."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.db import ensure_schema, make_engine
from rancang.features.programmes.demo import synthetic_programmes, write_csv
from rancang.features.programmes.models import Programme, ProgrammeMapping
from tests.programmes.conftest import make_plan


def run(*args: str) -> object:
    return CliRunner().invoke(build_app(), list(args))


def _dump(url: str) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for t in (Programme.__table__, ProgrammeMapping.__table__)
                for r in conn.execute(select(t).order_by(t.c.id))]
    engine.dispose()
    return rows


def test_import_suggest_map_sync(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    data = synthetic_programmes("72", years=(2026,), per_regency=6, seed=5)
    path = write_csv(data.rows, tmp_path / "program.csv")
    out = run("programmes", "import", str(path), "--database-url", url)
    assert out.exit_code == 0, out.output  # type: ignore[attr-defined]
    assert f"{len(data.rows)} program: {len(data.rows)} baru" in out.output  # type: ignore[attr-defined]
    before = _dump(url)
    bad = tmp_path / "salah.csv"
    bad.write_text(path.read_text(encoding="utf-8").replace("72.06;2026", "72.06;20x6", 1),
                   encoding="utf-8")
    out = run("programmes", "import", str(path), str(bad), "--database-url", url)
    assert out.exit_code == 2  # type: ignore[attr-defined]
    assert "salah.csv" in out.output and "tahun" in out.output  # type: ignore[attr-defined]
    assert "Traceback" not in out.output  # type: ignore[attr-defined]
    assert _dump(url) == before
    engine = make_engine(url)
    ensure_schema(engine)
    plan = make_plan(engine, "72.06")
    engine.dispose()
    xlsx = tmp_path / "usulan.xlsx"
    out = run("programmes", "suggest", str(plan), "--out", str(xlsx), "--database-url", url)
    assert out.exit_code == 0, out.output  # type: ignore[attr-defined]
    wb = load_workbook(xlsx)
    ws = wb[wb.sheetnames[-1]]
    header = [c.value for c in ws[1]]
    assert header[-1] == "konfirmasi"
    assert ws.max_row > 1
    for row in range(2, ws.max_row + 1):
        ws.cell(row, len(header)).value = "ya"
    wb.save(xlsx)
    out = run("programmes", "map", str(plan), str(xlsx), "--database-url", url)
    assert out.exit_code == 0, out.output  # type: ignore[attr-defined]
    assert f"{ws.max_row - 1} pemetaan dikonfirmasi" in out.output  # type: ignore[attr-defined]
    out = run("programmes", "sync", "--province", "72", "--year", "2026", "--out",
              str(tmp_path / "sync"), "--database-url", url)
    assert out.exit_code == 0, out.output  # type: ignore[attr-defined]
    assert (tmp_path / "sync" / "sinkronisasi-72-2026.docx").stat().st_size > 10_000


def test_user_option_limits_to_the_region(tmp_path: Path) -> None:
    from rancang.features.accounts.service import create_user

    url = f"sqlite:///{tmp_path / 'u.sqlite'}"
    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "analis", "rahasia-panjang-1", role="analyst", region_code="72.06")
    engine.dispose()
    rows = [r for r in synthetic_programmes("72", per_regency=2).rows
            if r["wilayah"] in ("72.03", "72.06")]
    path = write_csv(rows, tmp_path / "p.csv")
    out = run("programmes", "import", str(path), "--user", "analis", "--database-url", url)
    assert out.exit_code == 2  # type: ignore[attr-defined]
    assert "72.03" in out.output  # type: ignore[attr-defined]
    assert _dump(url) == []
    out = run("programmes", "import", str(path), "--user", "nobody", "--database-url", url)
    assert out.exit_code == 2  # type: ignore[attr-defined]
