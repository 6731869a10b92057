"""The published register aggregate: region names and KBLI titles beside the codes,
filters, pages instead of a silent cut, and analysts can open every region's aggregate."""

from __future__ import annotations

import re

import pytest

from rancang.features.registry import records as svc
from tests.web.conftest import Client


def _rows(html: str) -> list[str]:
    body = html.split('id="aggregate-table"', 1)[1].split("<tbody>", 1)[1].split("</tbody>")[0]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


def test_names_and_titles_beside_codes(clients: dict[str, Client]) -> None:
    html = clients["viewer"].http.get("/register").text
    rows = _rows(html)
    assert rows
    assert any("Kabupaten Morowali (72.06)" in r for r in rows)
    en = _rows(clients["viewer"].http.get("/register?lang=en").text)
    assert any("Morowali Regency (72.06)" in r for r in en)
    assert any(re.search(r"<td>\d\d <span class=\"muted\">INDUSTRI", r) for r in rows)


def test_filters_region_and_kbli(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    full = _rows(http.get("/register").text)
    kbli = re.search(r"<td>(\d\d) <span", "".join(full)).group(1)  # type: ignore[union-attr]
    only = _rows(http.get(f"/register?kbli={kbli}").text)
    assert 0 < len(only) < len(full)
    assert all(f"<td>{kbli} " in r for r in only)
    assert _rows(http.get("/register?region=72.03").text) == [
        '<td colspan="4">Tidak ada</td>']


def test_pages_instead_of_a_silent_cut(clients: dict[str, Client],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    http = clients["viewer"].http
    total = len(_rows(http.get("/register").text))
    monkeypatch.setattr(svc, "AGGREGATE_PAGE_SIZE", 3)
    first = http.get("/register").text
    assert len(_rows(first)) == 3
    assert f"1 / {-(-total // 3)}" in first and 'id="next-page"' in first
    seen = []
    for page in range(1, -(-total // 3) + 1):
        seen += _rows(http.get(f"/register?page={page}").text)
    assert len(seen) == total


def test_analyst_sees_every_regions_published_aggregate(clients: dict[str, Client]) -> None:
    other = clients["analyst_other"].http  # region 72.03: the firms are all in 72.06
    assert 'href="/register?view=aggregate"' in other.get("/register").text
    html = other.get("/register?view=aggregate").text
    assert any("Kabupaten Morowali (72.06)" in r for r in _rows(html))
    assert 'id="register-table"' not in html  # no single-firm records
