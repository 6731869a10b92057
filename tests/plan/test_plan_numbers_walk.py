"""Numbers as people read them (the browser walk's M5): persons without decimals in the
targets tables; RIPIN's employment milestone with its own unit (millions of workers)
beside the region's persons; in both languages."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.i18n import format_number
from rancang.features.plan.document import parts
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan, get_plan
from rancang.features.plan.targets import milestone, set_targets, stored_targets
from rancang.features.plan.versions import snapshot
from rancang.sources.synthetic import demo_province


@pytest.mark.parametrize("lang", ["id", "en"])
def test_persons_whole_and_ripin_unit(store: Engine, lang: str) -> None:
    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang=lang)
    rows = stored_targets(store, get_plan(store, CLI_ACTOR, p.id))
    jobs = [dataclasses.replace(t, unit="orang", baseline_year=2024, baseline_value=45000.0,
                                stages={"1": 50000.0})
            if t.key == "industry_jobs" else t for t in rows]
    set_targets(store, CLI_ACTOR, p.id, jobs)
    snap = snapshot(store, CLI_ACTOR, p.id)
    tables = {x.table.id: x for x in parts(snap, lang) if x.kind == "table" and x.table}
    label = next(t.label for t in jobs if t.key == "industry_jobs")
    main = tables["plan.targets"]
    row = next(r for r in main.cells if r[0] == label)
    assert row[2] == format_number(45000.0, 0, lang) and row[4] == format_number(50000.0, 0, lang)
    assert "," not in row[2] if lang == "id" else "." not in row[2]
    # a share keeps its decimals
    share = next(r for r in main.cells if r[1] == "% PDRB")
    assert share[2] == format_number(next(t.baseline_value for t in jobs
                                          if t.key == "industry_share") or 0.0, 2, lang)
    ripin = tables["plan.ripin"]
    stage1 = next(r for r in ripin.cells if r[0].startswith(label) and r[0].endswith("(I)"))
    assert stage1[1] == format_number(50000.0, 0, lang)
    m = milestone("industry_jobs", p.stages[0][1])
    assert m is not None and stage1[2] == format_number(m[1], 2, lang)
    assert stage1[5] == ("juta orang" if lang == "id" else "million workers")


@pytest.mark.parametrize(("lang", "word"), [("id", "draf kerja"), ("en", "working draft")])
def test_the_working_draft_is_named_in_the_documents_language(store: Engine, lang: str,
                                                              word: str, tmp_path: object
                                                              ) -> None:
    from pathlib import Path

    from docx import Document

    from rancang.features.plan.export import diff_docx
    from rancang.features.plan.versions import diff_versions, freeze

    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang=lang)
    subtitle = next(x.text for x in parts(snapshot(store, CLI_ACTOR, p.id), lang)
                    if x.kind == "subtitle")
    assert subtitle.endswith(f": {word}") and "current" not in subtitle
    freeze(store, CLI_ACTOR, p.id, "v0.1")
    path = diff_docx(diff_versions(store, CLI_ACTOR, p.id, "v0.1", "current"),
                     Path(str(tmp_path)) / "d.docx", "v0.1", "current", lang)
    title = Document(str(path)).paragraphs[0].text
    assert word in title and "current" not in title


def test_a_changed_action_is_named_by_its_key_in_the_diff(store: Engine) -> None:
    from rancang.features.plan.actions import set_actions
    from rancang.features.plan.versions import diff_versions, freeze

    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang="id")
    rows = [{"key": k, "group": "leading", "strategy_key": "S1", "strategy": "Hilirisasi",
             "programme_key": "P1", "programme": "Olahan", "action": a, "stages": "1",
             "lead_agency": "Disperindag"} for k, a in (("A1", "Kajian"), ("A2", "Fasilitasi"))]
    set_actions(store, CLI_ACTOR, p.id, rows)
    freeze(store, CLI_ACTOR, p.id, "v0.1")
    set_actions(store, CLI_ACTOR, p.id, [{"key": "A2", "lead_agency": "Bappeda"}])
    cells = [c for d in diff_versions(store, CLI_ACTOR, p.id, "v0.1", "current")
             if d.key == "lampiran.rencana_aksi" for c in d.cells]
    assert [(c.row, c.old, c.new) for c in cells] == [
        ("Pembangunan industri unggulan - A2 Fasilitasi", "Disperindag", "Bappeda")]
