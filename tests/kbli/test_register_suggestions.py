"""KBLI suggestions for register records without a code: listed, never applied."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.core.actors import Actor, Forbidden, Grant
from rancang.features.kbli.coder import KbliCoder
from rancang.features.kbli.register import register_suggestions
from rancang.features.registry.demo import demo_register, write_office_xlsx
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise
from rancang.features.registry.service import open_register

pytestmark = pytest.mark.usefixtures("english")


def test_records_without_kbli_get_suggestions_and_nothing_changes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'reg.sqlite'}"
    engine = open_register(url)
    path = write_office_xlsx(demo_register(12, seed=3), tmp_path / "reg.xlsx")
    import_files(engine, [path], actor="test", synthetic=True)
    e = Enterprise.__table__
    with engine.begin() as conn:
        ids = conn.execute(select(e.c.id).order_by(e.c.id).limit(4)).scalars().all()
        conn.execute(update(e).where(e.c.id.in_(ids)).values(kbli=None))
        products = dict(conn.execute(select(e.c.id, e.c.product).where(e.c.id.in_(ids))).all())
        before = conn.execute(select(func.count()).select_from(e)
                              .where(e.c.kbli.is_(None))).scalar_one()
    engine.dispose()
    out = tmp_path / "suggestions.csv"
    r = CliRunner().invoke(build_app(), ["kbli", "register", "--database-url", url, "--out",
                                         str(out), "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert "4 firms without KBLI" in r.output and "not applied" in r.output
    with out.open() as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(int(x["id"]) for x in rows) == sorted(ids)
    coder = KbliCoder.default()
    for row in rows:
        want = [s.code for s in coder.suggest(products[int(row["id"])], top=3)]
        assert [row[f"kbli_{k}"] for k in (1, 2, 3)][:len(want)] == want
    engine = open_register(url)
    with engine.connect() as conn:
        after = conn.execute(select(func.count()).select_from(e)
                             .where(e.c.kbli.is_(None))).scalar_one()
    assert after == before == 4
    # an analyst sees only their region; a viewer none
    analyst = Actor(id=5, username="a", grants=(Grant("analyst", "72.03"),))
    _, mine = register_suggestions(engine, analyst)
    assert all(str(x[2]).startswith("72.03") for x in mine)
    with pytest.raises(Forbidden):
        register_suggestions(engine, Actor(id=6, username="v", grants=(Grant("viewer"),)))
    engine.dispose()
