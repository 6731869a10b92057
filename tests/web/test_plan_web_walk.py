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
                                               "allow_duplicate": True,
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


def test_a_viewer_reads_only_the_published_version(app: FastAPI, own: Client) -> None:
    import io

    from docx import Document

    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.service import set_status

    viewer = login(app, "viewer")
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    set_status(app.state.engine, CLI_ACTOR, pid, "consultation")
    key = "visi.visi_misi"

    def write(text: str) -> None:
        r = own.http.post(f"/plans/{pid}/sections/{key}",
                          data={"text": text, "csrf_token": own.csrf}, follow_redirects=False)
        assert r.status_code == 303

    # nothing published yet: the viewer sees no draft at all
    write("Visi terbit tahap nol.")
    page = viewer.http.get(f"/plans/{pid}/sections/{key}").text
    assert "Visi terbit tahap nol." not in page and 'id="published-note"' in page
    assert viewer.http.get(f"/plans/{pid}/download.docx").status_code == 404
    write("Visi: industri hijau.")
    r = own.http.post(f"/api/v1/plans/{pid}/versions", json={"label": "v0.1"}, headers=_h(own))
    assert r.status_code == 201
    write("Visi: industri hijau.\n\nCatatan tim: angka belum dicek.")
    # the team reads its working draft with the note
    assert "Catatan tim" in own.http.get(f"/plans/{pid}/sections/{key}").text
    # the viewer reads v0.1, everywhere
    page = viewer.http.get(f"/plans/{pid}/sections/{key}").text
    assert "Visi: industri hijau." in page and "Catatan tim" not in page and "v0.1" in page
    plan_page = viewer.http.get(f"/plans/{pid}").text
    assert 'id="actions-table"' not in plan_page and "download.docx?version=v0.1" in plan_page
    detail = viewer.http.get(f"/api/v1/plans/{pid}").json()
    shown = next(s for s in detail["sections"] if s["key"] == key)
    assert shown["authored"] == "Visi: industri hijau." and shown["changes"] == []
    doc = Document(io.BytesIO(viewer.http.get(f"/plans/{pid}/download.docx").content))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Visi: industri hijau." in body and "Catatan tim" not in body
    assert own.http.get(f"/api/v1/plans/{pid}").json()["sections"] != detail["sections"]
    # the targets file too: a target changed after v0.1 stays the team's until frozen
    csv_text = own.http.get(f"/plans/{pid}/targets.csv").text
    rows = csv_text.splitlines()
    k = next(i for i, line in enumerate(rows) if line.startswith("investment,"))
    cells = rows[k].split(",")
    cells[8] = "4321"
    rows[k] = ",".join(cells)
    r = own.http.post(f"/plans/{pid}/targets", data={"csrf_token": own.csrf},
                      files={"files": ("s.csv", "\n".join(rows) + "\n", "text/csv")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    assert "4321" in own.http.get(f"/plans/{pid}/targets.csv").text
    assert "4321" not in viewer.http.get(f"/plans/{pid}/targets.csv").text
    assert "investment," in viewer.http.get(f"/plans/{pid}/targets.csv").text


def test_targets_on_the_page_say_their_units(own: Client, drafted: int) -> None:
    page = own.http.get(f"/plans/{drafted}").text
    row = re.search(r'<tr data-key="industry_jobs">.*?</tr>', page, re.S)
    assert row and "(juta orang)" in row.group(0)
    needs = re.findall(r'<small class="muted" title="[^"]*">([^<]*)</small>', page)
    assert needs and all(n.startswith("perlu tumbuh ") for n in needs)
    english = own.http.get(f"/plans/{drafted}?lang=en").text
    assert "needs " in english and "%/th" not in english and "(million workers)" in english
    own.http.get(f"/plans/{drafted}?lang=id")


def test_no_raw_ids_and_dates_in_the_pages_language(own: Client, drafted: int) -> None:
    from rancang.core.i18n import shown_stamp

    page = own.http.get(f"/plans/{drafted}").text
    assert "<code>plan/" not in page and ">plan/" not in page
    stamp = own.http.get(f"/api/v1/plans/{drafted}").json()["sources"]["dataset"]["stamp"]
    line = re.search(r'<p id="plan-sources">(.*?)</p>', page, re.S)
    assert line and f"dataset tersimpan: {shown_stamp(stamp, 'id')}" in re.sub(
        r"<[^>]+>", "", line.group(1))
    english = own.http.get(f"/plans/{drafted}?lang=en").text
    line = re.search(r'<p id="plan-sources">(.*?)</p>', english, re.S)
    assert line and f"stored dataset: {shown_stamp(stamp, 'en')}" in re.sub(
        r"<[^>]+>", "", line.group(1))
    section = own.http.get(f"/plans/{drafted}/sections/kondisi.perekonomian?lang=id").text
    assert "<code>plan/" not in section
    # stages numbered as the document numbers them
    assert "Tahap I (" in page and "Tahap 1 (" not in page
    # the versions table has its header once a version exists
    own.http.post(f"/api/v1/plans/{drafted}/versions", json={"label": "v0.9"},
                  headers=_h(own))
    table = re.search(r'<table id="versions">.*?</table>',
                      own.http.get(f"/plans/{drafted}").text, re.S)
    assert table and "<thead>" in table.group(0) and "v0.9" in table.group(0)


def test_a_new_plan_is_named_from_its_code(own: Client) -> None:
    r = own.http.post("/plans", data={"region": "72.06", "start_year": "2025",
                                      "region_name": "", "csrf_token": own.csrf,
                                      "allow_duplicate": "1"},
                      follow_redirects=False)
    assert r.status_code == 303
    pid = int(r.headers["location"].rsplit("/", 1)[1])
    assert own.http.get(f"/api/v1/plans/{pid}").json()["region_name"] == "Kabupaten Morowali"


def test_the_diff_annex_names_its_plan_and_date(own: Client, drafted: int) -> None:
    import io

    from docx import Document

    from rancang.core.db.base import utcnow
    from rancang.core.i18n import format_when

    own.http.post(f"/api/v1/plans/{drafted}/versions", json={"label": "v0.8"},
                  headers=_h(own))
    r = own.http.get(f"/plans/{drafted}/diff.docx?old=v0.8&new=current&lang=id")
    doc = Document(io.BytesIO(r.content))
    head = [p.text for p in doc.paragraphs[:2]]
    assert "draf kerja" in head[0]
    assert "RPIK 72.06 Kabupaten Morowali 2025-2045" in head[1]
    assert format_when(utcnow(), "id", time=False) in head[1]
