"""The targets file for Excel users (the browser walk's M15): the workbook's headers and
directions in the reader's language, read back in either language (and with machine
names); indicators by code or name; the CSV's numbers with at most six decimals, and a
file sent back unchanged keeps every target's origin; a missing unit named by the
indicator, not its key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.core.errors import InputError
from rancang.core.i18n import text
from rancang.features.plan.draft import draft_plan
from rancang.features.plan.service import create_plan, get_plan
from rancang.features.plan.targets import (
    read_targets_csv,
    read_targets_file,
    set_targets,
    stored_targets,
    targets_csv,
    write_targets_xlsx,
)
from rancang.sources.synthetic import demo_province


def _drafted(store: Engine) -> int:
    p = create_plan(store, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(store, CLI_ACTOR, p.id, demo_province(), lang="id")
    return p.id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_workbook_in_the_readers_language_round_trip(store: Engine, tmp_path: Path,
                                                     lang: str) -> None:
    from openpyxl import load_workbook

    pid = _drafted(store)
    before = stored_targets(store, get_plan(store, CLI_ACTOR, pid))
    path = write_targets_xlsx(before, tmp_path / "t.xlsx", lang)
    book = load_workbook(path)
    sheet = book[text("plan.target.sheet", lang)]
    header = [c.value for c in sheet[1]]
    assert header[:3] == [text(f"plan.target.col.{c}", lang)
                          for c in ("key", "indicator", "label")]
    assert "baseline_value" not in header and "stage_1" not in header
    directions = {sheet.cell(row=k, column=5).value for k in range(2, sheet.max_row + 1)}
    assert directions <= {text("plan.dir.up", lang), text("plan.dir.down", lang)}
    assert text("plan.target.help_sheet", lang) in book.sheetnames
    _sheet, back = read_targets_file(path)
    assert [(t.key, t.indicator, t.direction, t.unit) for t in back] == [
        (t.key, t.indicator, t.direction, t.unit) for t in before]
    for a, b in zip(back, before, strict=True):
        assert a.baseline_value == (None if b.baseline_value is None
                                    else pytest.approx(b.baseline_value, rel=1e-9))
    # sent back unchanged: nothing becomes the team's, nothing changes
    set_targets(store, CLI_ACTOR, pid, back)
    assert stored_targets(store, get_plan(store, CLI_ACTOR, pid)) == before


def test_other_language_headers_and_names_are_read(tmp_path: Path) -> None:
    source = ("Kunci;Kode indikator;Satuan;Arah;Nilai dasar;Tahun dasar;Tahap 1\n"
              "kerja;Tenaga kerja sektor industri;orang;naik;45000;2024;50000\n")
    rows = read_targets_csv(source)
    assert (rows[0].key, rows[0].indicator, rows[0].direction) == ("kerja", "industry_jobs",
                                                                   "up")
    assert rows[0].stages == {"1": 50000.0}
    english = "Key,Indicator code,Unit,Direction,Stage 1\nx,industry_share,% PDRB,down,40\n"
    assert read_targets_csv(english)[0].direction == "down"


def test_csv_rounds_and_keeps_origin(store: Engine) -> None:
    pid = _drafted(store)
    before = stored_targets(store, get_plan(store, CLI_ACTOR, pid))
    assert any(t.baseline_value is not None and t.baseline_value != round(t.baseline_value, 6)
               for t in before)
    for locale in ("en", "id"):
        written = targets_csv(before, locale)
        numbers = re.findall(r"\d+[.,](\d+)", written)
        assert numbers and max(len(d) for d in numbers) <= 6
        set_targets(store, CLI_ACTOR, pid, read_targets_csv(written))
        after = stored_targets(store, get_plan(store, CLI_ACTOR, pid))
        assert after == before  # the exact stored values and origins


def test_missing_unit_names_the_indicator() -> None:
    with pytest.raises(InputError) as err:
        read_targets_csv("key,indicator,unit\nindustry_jobs,industry_jobs,\n", name="s.csv")
    message = err.value.message("id")
    assert "Tenaga kerja sektor industri" in message and "'industry_jobs'" not in message
