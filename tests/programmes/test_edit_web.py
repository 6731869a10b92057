"""The programme edit form and ``PATCH /api/v1/programmes/{id}``: the form in both
languages, inline located errors (422, the user's values kept, nothing stored), a saved
change logged and shown in the history, another region's programme answering 404, a
viewer 403, and the list linking to the form."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR
from rancang.features.programmes.importer import import_programmes
from rancang.features.programmes.service import ProgrammeRow, list_programmes
from tests.web.conftest import PASSWORD, Client, login

HEADER = "kode;nomenklatur;tingkat;instansi;wilayah;tahun;pagu;indikator;satuan;target\n"
ROWS = ("3.31.02.2.01.0001;Penyusunan RPIK;kabupaten;Dinas Perindustrian;72.06;2026;"
        "250.000.000;Dokumen RPIK;dokumen;1\n"
        "3.31.02.2.01.0003;Pelatihan SDM industri;kabupaten;Dinas Perindustrian;72.06;2026;"
        "80.000.000,5;Peserta;orang;40\n"
        "3.31.02.2.01.0001;Penyusunan RPIK;kabupaten;Dinas Perindustrian;72.03;2026;"
        "200.000.000;Dokumen RPIK;dokumen;1\n")


@dataclass
class Web:
    app: FastAPI
    engine: Engine
    mine: ProgrammeRow
    second: ProgrammeRow
    theirs: ProgrammeRow


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.web.app import create_app

    tmp = tmp_path_factory.mktemp("progedit")
    app = create_app(Settings(database_url=f"sqlite:///{tmp / 'e.sqlite'}",
                              data_dir=tmp / "data"))
    engine = app.state.engine
    path = tmp / "program.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    import_programmes(engine, CLI_ACTOR, [path])
    rows = {(p.code, p.region_code): p for p in list_programmes(engine, CLI_ACTOR)}
    for name, role, region in (("perencana", "planner", "72.06"),
                               ("perencana_lain", "planner", "72.03"),
                               ("tamu", "viewer", None)):
        create_user(engine, name, PASSWORD, role=role, region_code=region)
    yield Web(app, engine, rows[("3.31.02.2.01.0001", "72.06")],
              rows[("3.31.02.2.01.0003", "72.06")], rows[("3.31.02.2.01.0001", "72.03")])
    engine.dispose()


@pytest.fixture(scope="module")
def planner(web: Web) -> Client:
    return login(web.app, "perencana")


def _field(page: str, name: str) -> str:
    found = re.search(rf'<input name="{name}" id="f-{name}" value="([^"]*)"', page)
    assert found is not None, name
    return html.unescape(found.group(1))


def _post(c: Client, url: str, data: dict[str, str]) -> object:
    return c.http.post(url, data={**data, "csrf_token": c.csrf}, follow_redirects=False)


def _stored(web: Web, pid: int) -> ProgrammeRow:
    from rancang.features.programmes.edit import get_programme

    return get_programme(web.engine, CLI_ACTOR, pid)


@pytest.mark.parametrize(("lang", "save", "decimal_budget"), [
    ("id", "Simpan perubahan", "80000000,5"), ("en", "Save changes", "80000000.5")])
def test_the_form_in_both_languages(web: Web, planner: Client, lang: str, save: str,
                                    decimal_budget: str) -> None:
    page = planner.http.get(f"/programmes/{web.second.id}/edit?lang={lang}")
    assert page.status_code == 200
    assert save in page.text and f'lang="{lang}"' in page.text
    # the stored values, numbers in the page's writing without grouping
    assert _field(page.text, "code") == "3.31.02.2.01.0003"
    assert _field(page.text, "budget") == decimal_budget
    assert _field(page.text, "region_code") == "72.06"
    assert '<option value="kabupaten" selected>' in page.text
    # saved as shown: nothing changes, nothing is logged
    values = {f: _field(page.text, f) for f in ("code", "agency", "region_code", "year",
                                                "budget", "unit", "target")}
    values |= {"name": web.second.name, "indicator": web.second.indicator,
               "level": "kabupaten"}
    saved = _post(planner, f"/programmes/{web.second.id}/edit?lang={lang}", values)
    assert saved.status_code == 303  # type: ignore[attr-defined]
    assert saved.headers["location"].endswith("saved=0")  # type: ignore[attr-defined]
    assert _stored(web, web.second.id) == web.second


@pytest.mark.parametrize(("lang", "negative", "year"), [
    ("id", "negatif", "bukan tahun"), ("en", "negative", "is not a year")])
def test_problems_next_to_their_fields(web: Web, planner: Client, lang: str,
                                       negative: str, year: str) -> None:
    bad = {"code": "3.31.02.1.01.0001", "name": "Penyusunan RPIK", "level": "kabupaten",
           "agency": "Dinas Perindustrian", "region_code": "72.06", "year": "20x6",
           "budget": "-5", "indicator": "", "unit": "", "target": ""}
    page = _post(planner, f"/programmes/{web.mine.id}/edit?lang={lang}", bad)
    assert page.status_code == 422  # type: ignore[attr-defined]
    text = html.unescape(page.text)  # type: ignore[attr-defined]
    for field, words in (("budget", negative), ("year", year), ("code", "3.31.02.1.01.0001")):
        found = re.search(rf'<p class="error" id="e-{field}" role="alert">([^<]*)</p>', text)
        assert found is not None and words in found.group(1), field
        assert f'id="f-{field}" ' in text and 'aria-invalid="true"' in text
    assert 'id="e-agency"' not in text
    # the user's values are kept in the form; nothing is stored
    assert _field(text, "year") == "20x6" and _field(text, "budget") == "-5"
    assert _stored(web, web.mine.id) == web.mine


def test_a_saved_change_is_logged_and_shown(web: Web, planner: Client) -> None:
    values = {"code": web.mine.code, "name": "Penyusunan RPIK Morowali",
              "level": "kabupaten", "agency": web.mine.agency, "region_code": "72.06",
              "year": "2026", "budget": "275.000.000", "indicator": "", "unit": "",
              "target": "2"}
    saved = _post(planner, f"/programmes/{web.mine.id}/edit?lang=id", values)
    assert saved.status_code == 303  # type: ignore[attr-defined]
    page = planner.http.get(saved.headers["location"])  # type: ignore[attr-defined]
    assert "Perubahan disimpan." in page.text
    history = page.text[page.text.index('id="programme-history"'):]
    assert "perencana" in history and "Penyusunan RPIK Morowali" in history
    now = _stored(web, web.mine.id)
    # the blank indicator and unit kept the stored ones
    assert (now.name, now.budget, now.target, now.indicator, now.unit) == (
        "Penyusunan RPIK Morowali", 275000000.0, 2.0, "Dokumen RPIK", "dokumen")
    api = planner.http.get(f"/api/v1/programmes/{web.mine.id}/history").json()
    assert api[0]["actor"] == "perencana"
    assert api[0]["after"] == {"name": "Penyusunan RPIK Morowali", "budget": 275000000.0,
                               "target": 2.0}


def test_another_regions_programme_reads_as_missing(web: Web) -> None:
    other = login(web.app, "perencana_lain")
    for url in (f"/programmes/{web.mine.id}/edit", f"/api/v1/programmes/{web.mine.id}"):
        assert other.http.get(url).status_code == 404
    assert _post(other, f"/programmes/{web.mine.id}/edit",
                 {"budget": "1"}).status_code == 404  # type: ignore[attr-defined]
    r = other.http.patch(f"/api/v1/programmes/{web.mine.id}", json={"budget": 1},
                         headers={"X-CSRF-Token": other.csrf})
    assert r.status_code == 404
    viewer = login(web.app, "tamu")
    assert viewer.http.get(f"/programmes/{web.theirs.id}/edit").status_code == 403
    assert _stored(web, web.mine.id).budget != 1.0


def test_the_api_patch(web: Web, planner: Client) -> None:
    headers = {"X-CSRF-Token": planner.csrf}
    ok = planner.http.patch(f"/api/v1/programmes/{web.second.id}",
                            json={"target": 45, "unit": "peserta"}, headers=headers)
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["changed"] == ["target", "unit"] and body["removed_mappings"] == 0
    assert body["programme"]["target"] == 45.0 and body["programme"]["unit"] == "peserta"
    bad = planner.http.patch(f"/api/v1/programmes/{web.second.id}?lang=en",
                             json={"level": "provinsi", "budget": -1}, headers=headers)
    assert bad.status_code == 422
    assert [p["column"] for p in bad.json()["problems"]] == ["pagu", "kode"]
    unknown = planner.http.patch(f"/api/v1/programmes/{web.second.id}",
                                 json={"colour": "red"}, headers=headers)
    assert unknown.status_code == 422
    assert _stored(web, web.second.id).target == 45.0


def test_the_list_links_to_the_form(web: Web, planner: Client) -> None:
    page = planner.http.get("/programmes?region=72.06&year=2026&lang=en")
    assert page.status_code == 200
    links = set(re.findall(r'href="/programmes/(\d+)/edit"', page.text))
    assert {str(web.mine.id), str(web.second.id)} <= links
    assert str(web.theirs.id) not in links


def test_a_missing_programme(web: Web, planner: Client, tmp_path: Path) -> None:
    assert planner.http.get("/programmes/987654/edit").status_code == 404
    assert planner.http.get("/api/v1/programmes/987654").status_code == 404
