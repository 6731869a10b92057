"""Audit trail: every change recorded with who, when, before and after."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from rancang.core.errors import NotFoundError
from rancang.features.registry.audit import history
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import AuditLog, Enterprise
from rancang.features.registry.service import update_enterprise

from .conftest import office_workbook


def test_import_and_update_are_audited(tmp_path: Path, engine: Engine) -> None:
    rep = import_files(engine, [office_workbook(tmp_path / "ikm.xlsx")], actor="siti")
    with engine.connect() as c:
        firm = c.execute(select(Enterprise).where(Enterprise.nib == "9120001234567")).one()
        created = c.execute(select(AuditLog).where(AuditLog.entity == "enterprise")).all()
    # a bulk import records its creations as one entry with the id ranges it created
    assert len(created) == 1
    entry = created[0]
    assert entry.batch == rep.batch and entry.actor == "siti"
    assert entry.action == "import_create" and entry.before is None
    assert entry.after["ids"] == [[1, 3]] and entry.after["source"] == "ikm.xlsx"

    changed = update_enterprise(
        engine, firm.id, {"status": "verified", "name": firm.name}, actor="budi"
    )
    assert changed == {"status": "verified"}
    assert update_enterprise(engine, firm.id, {"status": "verified"}, actor="budi") == {}
    with engine.connect() as c:
        log = history(c, "enterprise", firm.id)
    assert [e["action"] for e in log] == ["import_create", "update"]
    last = log[-1]
    assert last["actor"] == "budi" and last["before"] == {"status": "draft"}
    assert last["after"] == {"status": "verified"} and last["at"] >= log[0]["at"]
    with pytest.raises(NotFoundError):
        update_enterprise(engine, 999, {"status": "verified"})
