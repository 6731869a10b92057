"""Dashboard in English: quadrant names (SLQ x DLQ and Klassen) are translated."""

from __future__ import annotations

import re

import pytest

from rancang.analysis.klassen import KLASSEN_LABELS, KLASSEN_LABELS_EN
from rancang.analysis.location_quotient import QUADRANT_LABELS, QUADRANT_LABELS_EN
from rancang.core.i18n import term_label
from tests.web.conftest import Client


def _last_cells(html: str, table_id: str) -> list[str]:
    """Text of the last cell of every body row of the table ``table_id``."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', html, re.S)
    assert table is not None, table_id
    body = table.group(1).split("<tbody>", 1)[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    return [re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)[-1]).strip()
            for r in rows]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_klassen_quadrants_in_the_page_language(clients: dict[str, Client], lang: str) -> None:
    html = clients["viewer"].http.get(f"/region/1/9903?lang={lang}").text
    cells = _last_cells(html, "klassen-table")
    assert cells
    expected = set(KLASSEN_LABELS_EN.values()) if lang == "en" else set(KLASSEN_LABELS)
    assert set(cells) <= expected | {"-"}, cells
    assert set(cells) - {"-"}


def test_lq_quadrants_still_translated(clients: dict[str, Client]) -> None:
    html = clients["viewer"].http.get("/region/1/9903?lang=en").text
    cells = _last_cells(html, "lq-table")
    assert set(cells) <= set(QUADRANT_LABELS_EN.values()) | {"-"}, cells
    assert not any(f">{q}<" in html for q in QUADRANT_LABELS)


def test_term_label_covers_every_quadrant() -> None:
    for label in (*KLASSEN_LABELS, *QUADRANT_LABELS):
        assert term_label(label, "en") != label
        assert term_label(label, "id") == label
