"""What a new user's browser walk of the plan found, on the pages: authored Markdown
rendered (never ``**`` on the page), the page's tables scrolling inside themselves,
indicator names instead of keys, and a viewer reading only what is published."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('planwalk') / 'w.sqlite'}", firms=12)
    yield a
    a.state.engine.dispose()


@pytest.fixture(scope="module")
def own(app: FastAPI) -> Client:
    return login(app, "analyst_own")


def _h(c: Client) -> dict[str, str]:
    return {"X-CSRF-Token": c.csrf}


@pytest.fixture(scope="module")
def drafted(own: Client) -> int:
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "region_name": "Kabupaten Morowali"},
                        headers=_h(own)).json()["id"]
    r = own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                      headers=_h(own))
    assert r.status_code == 200, r.text
    return int(pid)


def test_authored_markdown_is_rendered_on_the_page(own: Client, drafted: int) -> None:
    text = "Kabupaten **Morowali** dan *Bahodopi*.\n\n- satu\n\n1. dua\n\n<b>x</b>"
    r = own.http.post(f"/plans/{drafted}/sections/pendahuluan.latar_belakang",
                      data={"text": text, "csrf_token": own.csrf}, follow_redirects=False)
    assert r.status_code == 303
    page = own.http.get(f"/plans/{drafted}/sections/pendahuluan.latar_belakang").text
    content = re.search(r'<div id="section-content".*?</section>', page, re.S)
    assert content
    shown = content.group(0)
    assert "<strong>Morowali</strong>" in shown and "<em>Bahodopi</em>" in shown
    assert "**" not in shown
    assert '<ol start="1"><li>dua</li></ol>' in shown and "<li>satu</li>" in shown
    assert "&lt;b&gt;x&lt;/b&gt;" in shown and "<b>x</b>" not in shown


def test_a_baseline_after_the_data_is_flagged_on_the_page(own: Client, drafted: int) -> None:
    import csv
    import io

    last = own.http.get(f"/api/v1/plans/{drafted}").json()["sources"]["years"][-1]
    rows = list(csv.DictReader(io.StringIO(own.http.get(f"/plans/{drafted}/targets.csv").text)))
    for row in rows:
        if row["key"] == "industry_share":
            row["baseline_year"] = str(last + 3)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    r = own.http.post(f"/plans/{drafted}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("sasaran.csv", out.getvalue(), "text/csv")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    page = own.http.get(f"/plans/{drafted}").text
    flags = re.search(r'<ul id="target-flags">(.*?)</ul>', page, re.S)
    assert flags and str(last + 3) in flags.group(1) and str(last) in flags.group(1)
    # the document's text says so too, and the change log of the next draft
    r = own.http.post(f"/api/v1/plans/{drafted}/draft",
                      json={"dataset_id": 1, "region": "9903"}, headers=_h(own))
    assert r.status_code == 200, r.text
    assert any(str(last + 3) in line for line in r.json()["changes"]["sasaran.sasaran"])
    section = own.http.get(f"/plans/{drafted}/sections/sasaran.sasaran").text
    assert "PERHATIAN" in section and " 0,0 %" not in section
