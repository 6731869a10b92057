"""The older pages read at a glance (issue 12, section 3): every table of the dashboard,
the map and the register has a caption and header scopes; every dashboard chart names its
source and unit; every page has a skip link to its content."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import Client

PAGES = ("/region/1/9903", "/map?dataset=1", "/register", "/register?view=aggregate", "/")


@pytest.mark.parametrize("url", PAGES)
def test_tables_have_captions_and_scopes(clients: dict[str, Client], url: str) -> None:
    who = "viewer" if "aggregate" in url else "analyst_own"
    html = clients[who].http.get(url, params={"lang": "id"}).text
    tables = re.findall(r"<table\b.*?</table>", html, re.S)
    assert tables, url
    for table in tables:
        assert re.search(r"<table[^>]*>\s*<caption", table), table[:200]
        heads = re.findall(r"<th\b[^>]*>", table)
        assert heads and all('scope="' in h for h in heads), heads
    assert re.search(r'<a class="skip" href="#main">Langsung ke isi halaman</a>', html)
    assert '<main id="main"' in html


def test_dashboard_charts_name_source_and_unit(clients: dict[str, Client]) -> None:
    html = clients["viewer"].http.get("/region/1/9903?lang=en").text
    charts = re.findall(r'<div class="chart[^"]*" id="(chart-[a-z-]+)" data-chart-spec', html)
    assert len(charts) >= 6
    for chart in charts:
        section = next(s for s in html.split("<section") if f'id="{chart}"' in s)
        after = section.split(f'id="{chart}"', 1)[1]
        source = re.search(r'<p class="muted chart-source">Source: <span translate="no">'
                           r'([^<]+)</span> · ([^<]+)</p>', after)
        assert source is not None, chart
        assert source.group(1) == "Demo" and "(" in source.group(2), source.group(0)
    assert '"name": "Index (no unit)"' in html or '"name":"Index (no unit)"' in html


def test_the_ranking_fragment_opened_as_a_page_is_the_dashboard(
        clients: dict[str, Client]) -> None:
    """A shared address of the live ranking opens the whole dashboard with its weights
    (the bare fragment had no page around it)."""
    http = clients["viewer"].http
    page = http.get("/region/1/9903/ranking?w_share=0.9", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/region/1/9903?w_share=0.9"
    fragment = http.get("/region/1/9903/ranking?w_share=0.9", headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "<html" not in fragment.text


def test_the_region_search_fragment_opened_as_a_page_is_the_home_page(
        clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    page = http.get("/regions/search?dataset=1&q=Kab", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/?dataset=1&q=Kab"
    fragment = http.get("/regions/search?dataset=1&q=Kab", headers={"HX-Request": "true"})
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert "Kabupaten" in fragment.text
