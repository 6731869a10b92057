"""The living plan on the pages: a section the team wrote whose numbers change when the
plan is drafted again shows *to review* on the outline and its change log on its page
(the numbers in the language of the document), until someone marks it reviewed; every
version downloads as DOCX and as PDF; the diff between two versions downloads as a PDF
annex as well as a Word one; a bad format is refused."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    a = build_app(f"sqlite:///{tmp_path_factory.mktemp('planlive') / 'w.sqlite'}", firms=12)
    yield a
    a.state.engine.dispose()


@pytest.fixture(scope="module")
def own(app: FastAPI) -> Client:
    return login(app, "analyst_own")


def _h(c: Client) -> dict[str, str]:
    return {"X-CSRF-Token": c.csrf}


def _pdf_text(content: bytes) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(content)
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _row_state(page: str, key: str) -> str:
    m = re.search(rf'<tr[^>]*data-key="{re.escape(key)}".*?</tr>', page, re.S)
    assert m, key
    return m.group(0)


def test_to_review_change_log_and_mark_reviewed(own: Client) -> None:
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    r = own.http.post(f"/api/v1/plans/{pid}/draft",
                      json={"dataset_id": 1, "region": "9903", "target_share": 30},
                      headers=_h(own))
    assert r.status_code == 200, r.text
    r = own.http.post(f"/plans/{pid}/sections/sasaran.sasaran",
                      data={"text": "Sasaran dibahas bersama OPD.", "csrf_token": own.csrf},
                      follow_redirects=False)
    assert r.status_code == 303
    assert "disunting" in _row_state(own.http.get(f"/plans/{pid}").text, "sasaran.sasaran")
    # drafted again with another target share: the targets' numbers change
    r = own.http.post(f"/api/v1/plans/{pid}/draft",
                      json={"dataset_id": 1, "region": "9903", "target_share": 60},
                      headers=_h(own))
    assert r.status_code == 200, r.text
    changes = r.json()["changes"]["sasaran.sasaran"]
    assert changes and all(" -> " in line for line in changes)
    row = _row_state(own.http.get(f"/plans/{pid}").text, "sasaran.sasaran")
    assert "perlu ditinjau" in row
    page = own.http.get(f"/plans/{pid}/sections/sasaran.sasaran").text
    assert 'id="section-state">perlu ditinjau<' in page
    listed = re.findall(r'<ul id="changes">(.*?)</ul>', page, re.S)[0]
    for line in changes:  # the log as the API gave it, every line on the page
        assert line.replace(">", "&gt;") in listed
    # Indonesian numbers in the log ("47,39 -> 60,00"), never a decimal point
    assert re.search(r"\d,\d\d -&gt; \d+(\.\d{3})*,\d\d", listed), listed
    assert "Sasaran dibahas bersama OPD." in page  # the team's text kept
    # marked reviewed: back to edited, the button gone
    r = own.http.post(f"/plans/{pid}/sections/sasaran.sasaran",
                      data={"reviewed": "1", "csrf_token": own.csrf}, follow_redirects=False)
    assert r.status_code == 303
    page = own.http.get(f"/plans/{pid}/sections/sasaran.sasaran").text
    assert 'id="section-state">disunting<' in page and 'id="mark-reviewed"' not in page
    assert "disunting" in _row_state(own.http.get(f"/plans/{pid}").text, "sasaran.sasaran")


def test_every_version_and_the_diff_download_as_docx_and_pdf(own: Client) -> None:
    from docx import Document

    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2026,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    own.http.post(f"/api/v1/plans/{pid}/versions", json={"label": "v0.1"}, headers=_h(own))
    own.http.post(f"/plans/{pid}/sections/visi.visi_misi",
                  data={"text": "Visi: industri hijau dan inklusif.", "csrf_token": own.csrf},
                  follow_redirects=False)
    own.http.post(f"/api/v1/plans/{pid}/versions", json={"label": "v0.2"}, headers=_h(own))
    page = own.http.get(f"/plans/{pid}").text
    for label in ("v0.1", "v0.2"):
        for fmt in ("docx", "pdf"):
            assert f'href="/plans/{pid}/download.{fmt}?version={label}"' in page
    # v0.1 as PDF and DOCX: before the vision was written
    r = own.http.get(f"/plans/{pid}/download.pdf?version=v0.1")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert "rpik-72.06-v0.1.pdf" in r.headers["content-disposition"]
    text = _pdf_text(r.content)
    assert "Versi: v0.1" in text and "Visi: industri hijau dan inklusif." not in text
    text = _pdf_text(own.http.get(f"/plans/{pid}/download.pdf?version=v0.2").content)
    assert "Versi: v0.2" in text and "Visi: industri hijau dan inklusif." in text
    doc = Document(io.BytesIO(own.http.get(f"/plans/{pid}/download.docx?version=v0.1")
                              .content))
    assert "Visi: industri hijau dan inklusif." not in [p.text for p in doc.paragraphs]
    # the diff page links both annexes; the PDF holds the added line, by section
    diff = own.http.get(f"/plans/{pid}/diff?old=v0.1&new=v0.2").text
    assert f'href="/plans/{pid}/diff.pdf?old=v0.1&amp;new=v0.2"' in diff or \
        f'href="/plans/{pid}/diff.pdf?old=v0.1&new=v0.2"' in diff
    r = own.http.get(f"/plans/{pid}/diff.pdf?old=v0.1&new=v0.2")
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert f"plan-{pid}-v0.1-v0.2.pdf" in r.headers["content-disposition"]
    text = _pdf_text(r.content)
    assert "+ Visi: industri hijau dan inklusif." in text and "III.1" in text
    annex = Document(io.BytesIO(own.http.get(f"/plans/{pid}/diff.docx?old=v0.1&new=v0.2")
                                .content))
    assert any("Visi: industri hijau dan inklusif." in p.text for p in annex.paragraphs)
    # a format the annex does not come in; a version that does not exist
    r = own.http.get(f"/plans/{pid}/diff.txt?old=v0.1&new=v0.2")
    assert r.status_code == 422 and "diff.txt" in r.text and "Traceback" not in r.text
    assert own.http.get(f"/plans/{pid}/diff.pdf?old=v9.9").status_code == 404
    assert own.http.get(f"/plans/{pid}/download.pdf?version=v9.9").status_code == 404


def _form_fields(page: str, form_id: str) -> list[tuple[str, str]]:
    """(name, value) of every input and select of the form ``form_id`` as a browser
    would send them (a select: its selected option; a checkbox only when checked)."""
    from html.parser import HTMLParser

    class Fields(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.inside = False
            self.select: str | None = None
            self.first: str | None = None
            self.chosen: str | None = None
            self.out: list[tuple[str, str]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            a = {k: v or "" for k, v in attrs}
            if tag == "form":
                self.inside = a.get("id") == form_id
            if not self.inside:
                return
            if tag == "input" and (a.get("type") != "checkbox" or "checked" in a):
                self.out.append((a["name"], a.get("value", "")))
            elif tag == "select":
                self.select, self.first, self.chosen = a["name"], None, None
            elif tag == "option" and self.select:
                if self.first is None:
                    self.first = a.get("value", "")
                if "selected" in a:
                    self.chosen = a.get("value", "")

        def handle_endtag(self, tag: str) -> None:
            if tag == "select" and self.inside and self.select:
                self.out.append((self.select, self.chosen if self.chosen is not None
                                 else self.first or ""))
                self.select = None
            if tag == "form":
                self.inside = False

    parser = Fields()
    parser.feed(page)
    return parser.out


def _rows(fields: list[tuple[str, str]]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name, value in fields:
        if name == "t_key":
            rows.append({})
        if name.startswith("t_"):
            rows[-1][name] = value
    return rows


def _post(own: Client, pid: int, rows: list[dict[str, str]], removed: tuple[str, ...] = ()
          ) -> object:
    data: dict[str, list[str] | str] = {"csrf_token": own.csrf}
    for row in rows:
        for name, value in row.items():
            data.setdefault(name, [])
            data[name].append(value)  # type: ignore[union-attr]
    if removed:
        data["t_remove"] = list(removed)
    return own.http.post(f"/plans/{pid}/targets", data=data, follow_redirects=False)


def test_targets_edited_as_a_table(own: Client) -> None:
    """The plan page's targets table: what it shows submitted unchanged changes nothing
    (every value exact, origins kept); a stage typed in Indonesian notation, a new target
    and a removed one are saved; a target without a unit is refused with its row and
    column, nothing changed; drafting again keeps the team's targets."""
    pid = own.http.post("/api/v1/plans", json={"region": "72.06", "start_year": 2025,
                                               "allow_duplicate": True},
                        headers=_h(own)).json()["id"]
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    before = own.http.get(f"/api/v1/plans/{pid}").json()["targets"]
    page = own.http.get(f"/plans/{pid}").text
    rows = _rows(_form_fields(page, "targets-form"))
    assert [r["t_key"] for r in rows[:-1]] == [t["key"] for t in before]
    assert rows[-1]["t_key"] == "" and rows[-1]["t_indicator"] == ""  # the row to add
    share = next(r for r in rows if r["t_key"] == "industry_share")
    assert "," in share["t_baseline_value"]  # shown with the decimal comma
    # sent back as shown: the same targets, exactly
    r = _post(own, pid, rows)
    assert r.status_code == 303, r.text[:1500]  # type: ignore[attr-defined]
    assert own.http.get(f"/api/v1/plans/{pid}").json()["targets"] == before
    # a stage typed as people write it, a new target, one removed
    inv = next(r for r in rows if r["t_key"] == "investment")
    inv["t_stage_1"] = "1.250,5"
    rows[-1].update({"t_key": "kawasan", "t_indicator": "custom",
                     "t_label": "Luas kawasan industri", "t_unit": "ha",
                     "t_stage_4": "500"})
    r = _post(own, pid, rows, removed=("ikm_contribution",))
    assert r.status_code == 303, r.text[:1500]  # type: ignore[attr-defined]
    after = {t["key"]: t for t in own.http.get(f"/api/v1/plans/{pid}").json()["targets"]}
    assert after["investment"]["stages"] == {"1": 1250.5}
    assert after["investment"]["origin"] == "authored"
    assert after["kawasan"]["stages"] == {"4": 500.0} and after["kawasan"]["unit"] == "ha"
    assert "ikm_contribution" not in after
    for t in before:  # the others untouched, with their origin
        if t["key"] not in ("investment", "ikm_contribution"):
            assert after[t["key"]] == t, t["key"]
    assert "1.250,50" in own.http.get(f"/plans/{pid}").text
    # a target without a unit: refused, located, nothing changed
    rows = _rows(_form_fields(own.http.get(f"/plans/{pid}").text, "targets-form"))
    k = next(i for i, r in enumerate(rows) if r["t_key"] == "kawasan")
    rows[k]["t_unit"] = ""
    r = _post(own, pid, rows)
    assert r.status_code == 422  # type: ignore[attr-defined]
    said = r.text  # type: ignore[attr-defined]
    assert "Sasaran" in said and "unit" in said and f"baris {k + 2}" in said, said[:2000]
    assert {t["key"]: t for t in own.http.get(f"/api/v1/plans/{pid}").json()["targets"]} \
        == after
    # drafted again from the data: the team's targets stay
    own.http.post(f"/api/v1/plans/{pid}/draft", json={"dataset_id": 1, "region": "9903"},
                  headers=_h(own))
    again = {t["key"]: t for t in own.http.get(f"/api/v1/plans/{pid}").json()["targets"]}
    assert again["investment"]["stages"] == {"1": 1250.5}
    assert again["kawasan"]["stages"] == {"4": 500.0}
