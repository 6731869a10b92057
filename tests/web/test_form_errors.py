"""A refused form (not a file) reads as a form error: the message as a list without the
empty file/sheet/row columns of an upload's problems table, no HTTP code in the heading,
"nothing was changed", and a link back to the page the form was on (same site only)."""

from __future__ import annotations

import html
import re

import pytest

from tests.web.conftest import Client

WORDS = {"id": ("Kembali ke formulir", "Tidak ada yang disimpan atau diubah."),
         "en": ("Back to the form", "Nothing was saved or changed.")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_form_reads_as_a_form_error(clients: dict[str, Client], lang: str) -> None:
    own = clients["analyst_own"]
    before = own.http.get(f"/plans?lang={lang}").text
    r = own.http.post(f"/plans?lang={lang}",
                      data={"csrf_token": own.csrf, "region": "72.06", "start_year": "abc"},
                      headers={"referer": f"http://testserver/plans?lang={lang}"})
    assert r.status_code == 422
    main = r.text.split("<main", 1)[1].split("</main>", 1)[0]
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S).group(1)  # type: ignore[union-attr]
    title = re.search(r"<title>(.*?)</title>", r.text, re.S).group(1)  # type: ignore[union-attr]
    assert "422" not in heading and "422" not in title
    items = re.findall(r"<li>(.*?)</li>", main.split('id="problems"', 1)[1].split("</ul>")[0],
                       re.S)
    assert items and '<table class="problems"' not in main
    assert "abc" in items[0]
    back, nothing = WORDS[lang]
    link = re.search(r'<a id="error-back" href="([^"]+)"[^>]*>(.*?)</a>', main)
    assert link is not None and link.group(2) == back
    assert link.group(1).replace("&amp;", "&") == f"/plans?lang={lang}"
    assert nothing in main
    # nothing was created: the list of plans is the same
    after = own.http.get(f"/plans?lang={lang}").text
    assert re.findall(r'href="/plans/\d+"', after) == re.findall(r'href="/plans/\d+"', before)


def test_no_back_link_to_another_site(clients: dict[str, Client]) -> None:
    own = clients["analyst_own"]
    r = own.http.post("/plans", data={"csrf_token": own.csrf, "region": "72.06",
                                      "start_year": "abc"},
                      headers={"referer": "https://elsewhere.example/plans"})
    assert r.status_code == 422 and 'id="error-back"' not in r.text


def test_a_file_keeps_its_located_table(clients: dict[str, Client]) -> None:
    """A refused file's problems keep the file/sheet/row/column table on the same page."""
    own = clients["analyst_own"]
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025},
                        headers={"X-CSRF-Token": own.csrf}).json()["id"]
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.csv", "key,indicator\nx,\n", "text/csv")})
    assert r.status_code == 422
    table = r.text.split('<table class="problems" id="problems">', 1)[1].split("</table>")[0]
    assert "sasaran.csv" in table and 'id="error-back"' not in r.text.split("<main", 1)[0]


@pytest.mark.parametrize(("lang", "item", "help_"), [
    ("id", "Periode: 'abc' bukan angka", "Perbaiki isian berikut lalu kirim lagi."),
    ("en", "Period: 'abc' is not a number", "Correct the following and send again.")])
def test_a_feature_s_form_labels_name_its_fields(clients: dict[str, Client], lang: str,
                                                 item: str, help_: str) -> None:
    """The plan declares its forms' labels (``form_labels``): the shared error page says
    the problem of ``start_year`` by the label its form shows, in the page's language, and
    asks to correct the list instead of repeating it with the field's column key."""
    own = clients["analyst_own"]
    r = own.http.post(f"/plans?lang={lang}",
                      data={"csrf_token": own.csrf, "region": "72.06", "start_year": "abc"})
    assert r.status_code == 422
    main = html.unescape(r.text.split("<main", 1)[1].split("</main>", 1)[0])
    items = re.findall(r"<li>(.*?)</li>", main.split('id="problems"', 1)[1].split("</ul>")[0],
                       re.S)
    assert items == [item]
    assert help_ in main and "start_year" not in main
