"""Code search reads a code in its own system: 72.06 is Kemendagri, 7203 is BPS."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from rancang.core.db import ensure_schema, make_engine
from rancang.features.datasets import save_panel
from rancang.features.datasets.regions import search_regions
from rancang.sources.synthetic import demo_province


def test_kemendagri_and_bps_codes_are_not_confused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite'}")
    ensure_schema(engine)
    p = demo_province()
    codes = [f"72{k:02d}" for k in range(1, 13)]
    refs = dataclasses.replace(p.references, region_codes=["7200"])
    ds = save_panel(engine, dataclasses.replace(p, region_codes=codes, parent_codes=["7200"] * 12,
                                                references=refs), name="s")
    by_kemendagri = search_regions(engine, ds, "72.06")
    assert [r.kemendagri_code for r in by_kemendagri] == ["72.06"]
    assert [r.code for r in by_kemendagri] == ["7203"]  # BPS 7203 is Kemendagri 72.06
    by_bps = search_regions(engine, ds, "7203")
    assert [r.code for r in by_bps] == ["7203"]
    assert [r.code for r in search_regions(engine, ds, "7206")] == ["7206"]
    assert len(search_regions(engine, ds, "72")) == 12
    engine.dispose()
