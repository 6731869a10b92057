"""Leading industries by KBLI when the reference would be the region itself (the browser
walk's H5): a register holding only the plan's regency in its province and no reference
table give every LQ 1; the plan says so plainly and shows no ranking as evidence. KBLI
titles are in one case style in both tables of the document."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.db import ensure_schema, make_engine
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan
from rancang.features.plan.store import plan_sections
from rancang.features.registry.panel import load_register
from rancang.reference.kbli import manufacturing_groups
from rancang.sources.synthetic import demo_province
from tests.plan.test_plan_kbli import REGION, register  # noqa: F401


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_ranking_against_the_region_itself(register: Engine, lang: str) -> None:  # noqa: F811
    frame = load_register(register, published=True)
    # the register holds the regency only: the reference would be the region
    assert set(frame["regency_code"].unique().to_list()) == {REGION}
    engine = make_engine("sqlite://")
    ensure_schema(engine)
    p = create_plan(engine, CLI_ACTOR, region=REGION, start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), region="9903", register=register,
               lang=lang)
    _plan, views = plan_sections(engine, CLI_ACTOR, p.id)
    view = next(v for v in views if v.key == "program.unggulan")
    block = next(b for b in view.blocks if b.id == "registry.kbli_leading")
    assert not block.tables and not block.charts  # no ranking shown as evidence
    assert ("LQ = 1" in block.text and "--kbli-reference" in block.text
            and ("belum dapat diperingkat" if lang == "id" else "cannot be ranked")
            in block.text)
    # the register's table: titles in sentence case, as the ranking's
    industry = next(v for v in views if v.key == "kondisi.industri")
    table = next(t for b in industry.blocks for t in b.tables if t.id == "registry.industry")
    titles = manufacturing_groups()
    for row in table.rows:
        if row[0] != "TOTAL":
            assert row[1] == titles[row[0]].capitalize() and row[1] != row[1].upper()
    engine.dispose()
