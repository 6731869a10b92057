"""The province's report covers every regency of the Kemendagri reference: regencies
without an RPIK, without monitoring or without a realisation for the period are listed
and marked, never left out (the report's DOCX and XLSX; the page and the API are in
test_web)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rancang.core.actors import CLI_ACTOR, Actor, Grant
from rancang.core.errors import NotFoundError
from tests.monitoring.conftest import World

#: the 13 regencies and cities of Sulawesi Tengah in the Kemendagri reference
SULTENG = ["72.01", "72.02", "72.03", "72.04", "72.05", "72.06", "72.07", "72.08", "72.09",
           "72.10", "72.11", "72.12", "72.71"]


def _plant(w: World) -> None:
    """72.06 reports a realisation for 2026-S1; 72.03 has indicators and nothing entered;
    72.01 has an RPIK and no indicators; 72.02's only RPIK starts in 2040 (not in force in
    2026); every other regency has nothing."""
    from rancang.features.monitoring.indicators import list_indicators
    from rancang.features.monitoring.realisations import Entry, enter
    from rancang.features.plan.service import create_plan

    share = next(i for i in list_indicators(w.engine, CLI_ACTOR, w.plans["72.06"])
                 if i.code == "industry_share")
    enter(w.engine, CLI_ACTOR, share.id, Entry(region="72.06", period="2026-S1", value=12.0,
                                               entered_by="Budi"))
    create_plan(w.engine, CLI_ACTOR, region="72.01", start_year=2025)
    create_plan(w.engine, CLI_ACTOR, region="72.02", start_year=2040)


def test_every_regency_is_listed_with_what_it_lacks(lite: World, tmp_path: Path) -> None:
    from docx import Document
    from openpyxl import load_workbook

    from rancang.features.monitoring.coverage import province_coverage
    from rancang.features.monitoring.report import province_report, write_report

    _plant(lite)
    c = province_coverage(lite.engine, CLI_ACTOR, "72", "2026-S1")
    assert [r.region for r in c.regions] == ["72", *SULTENG]
    assert c.regions[0].status == "no_plan"  # the province has no RPIP here
    groups = c.by_status()
    assert groups["reported"] == ["72.06"]
    assert groups["no_realisation"] == ["72.03"]
    assert groups["no_monitoring"] == ["72.01"]
    assert groups["no_plan"] == [r for r in SULTENG if r not in ("72.01", "72.03", "72.06")]
    morowali = next(r for r in c.regions if r.region == "72.06")
    assert morowali.name == "KABUPATEN MOROWALI" and morowali.realised == 1
    assert morowali.indicators == len(morowali.dashboard.rows) > 1  # type: ignore[union-attr]

    rep = province_report(lite.engine, CLI_ACTOR, "72", "2026-S1", lang="id",
                          thresholds=(91.0, 76.0))
    docx_path, xlsx_path = write_report(rep, tmp_path, "id")
    doc = Document(str(docx_path))
    summary = doc.tables[0]
    states = {row.cells[0].text: row.cells[2].text for row in summary.rows[1:]}
    assert list(states) == ["72", *SULTENG]
    assert states["72.06"] == "ada realisasi"
    assert states["72.03"] == "tanpa realisasi periode ini"
    assert states["72.01"] == "tanpa indikator terpantau"
    assert states["72.02"] == states["72.71"] == "tanpa RPIK/RPIP berlaku"
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "13 kabupaten/kota" in body and "1 di antaranya" in body
    assert "10 kabupaten/kota tanpa RPIK yang berlaku: 72.02, 72.04" in body
    assert "tanpa realisasi untuk periode 2026-S1: 72.03." in body
    # the summary, then the indicators and notes of the two monitored regencies only
    assert len(doc.tables) == 1 + 2 * 2
    sheet = load_workbook(xlsx_path).worksheets[0]
    cells = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    assert set(cells) == {"72", *SULTENG}
    assert cells["72.05"][1] == "KABUPATEN BUOL" and cells["72.05"][3] == 0
    assert cells["72.06"][4] == 1  # one indicator realised


def test_province_coverage_scope(lite: World) -> None:
    from rancang.features.monitoring.coverage import province_coverage

    regency = Actor(1, "perencana", (Grant("planner", "72.06"),))
    with pytest.raises(NotFoundError):
        province_coverage(lite.engine, regency, "72", "2026-S1")
    with pytest.raises(NotFoundError):  # a regency is no province
        province_coverage(lite.engine, CLI_ACTOR, "72.06", "2026-S1")
    governor = Actor(2, "provinsi", (Grant("planner", "72"),))
    assert len(province_coverage(lite.engine, governor, "72", "2026").regencies) == 13
