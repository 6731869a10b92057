"""Sentra IKM and industrial estates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from rancang.core.errors import InputError
from rancang.features.registry.audit import history
from rancang.features.registry.importer import import_files
from rancang.features.registry.models import IndustrialEstate
from rancang.features.registry.places import add_estate, add_sentra, sentra_overview


def test_estate_needs_and_audit(engine: Engine) -> None:
    eid = add_estate(engine, name="Indonesia Morowali Industrial Park", operator="PT IMIP",
                     regency_code="72.06", needs=["logistics", "food_beverage", "housing"],
                     actor="dinas")
    with engine.connect() as c:
        est = c.execute(select(IndustrialEstate)).one()
        log = history(c, "industrial_estate", eid)
    assert est.needs == ["logistics", "food_beverage", "housing"]
    assert log[0]["after"]["operator"] == "PT IMIP" and log[0]["actor"] == "dinas"
    with pytest.raises(InputError):
        add_estate(engine, name="x", needs=["gold"])


def test_sentra_membership_minimum(tmp_path: Path, engine: Engine) -> None:
    add_sentra(engine, name="Sentra Anyaman Pandan Bahodopi", main_product="Anyaman pandan",
               kbli="16292", district_code="72.06.10", decree_number="188.45/12/2023",
               decree_date=date(2023, 3, 1))
    rows = "\n".join(f"Anyaman {k};Sentra Anyaman Pandan Bahodopi;Jl. Pantai {k};1"
                     for k in range(6))
    rows += "\nRoti Ani;Sentra Roti Bungku;Jl. Merdeka;2"
    path = tmp_path / "s.csv"
    path.write_text("Nama Usaha;Sentra IKM;Alamat;TK\n" + rows + "\n", encoding="utf-8")
    import_files(engine, [path], period="2024")
    over = {s["name"]: s for s in sentra_overview(engine)}
    assert over["Sentra Anyaman Pandan Bahodopi"]["members"] == 6
    assert over["Sentra Anyaman Pandan Bahodopi"]["meets_minimum"]
    assert over["Sentra Roti Bungku"] == {**over["Sentra Roti Bungku"], "members": 1,
                                          "meets_minimum": False}
