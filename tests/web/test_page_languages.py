"""Every page in one language: each page of every installed feature, in Indonesian and in
English, as an administrator, an analyst and a viewer, carries no word of the other
language (issue 10, item 4; the errors' messages are checked in
``tests/core/test_error_language.py``).

- The pages are found in the application's routes (every ``GET`` route outside ``/api/``),
  their path and query parameters filled from the demo data (the demo dataset, one of its
  regions, one register record). From these pages the test follows every link and htmx
  request to another page of the application, and sends every GET form as it stands and
  with the last choice of each list (another reference, another status, the last year),
  so a page a feature adds is checked without naming it here. A page route that neither
  a filler nor a link reaches fails the test.
- The text a reader meets: text between tags (scripts and styles aside), hover titles,
  placeholders, ``aria-label``, ``alt`` and ``label`` attributes, the names, legends and
  notes of the charts and the words the page scripts show, the cells of the XLSX
  downloads. Error pages (not found, bad parameters, not allowed, an unexpected failure)
  and the preview of an upload are read the same way.
- The words of each language are read from the catalogue: a word used in the English
  entries and never in the Indonesian ones is English (and vice versa), with the common
  short words of each language added. Data keeps its own language (a firm's name, an
  official KBLI title, a region's name, the sheet of the user's workbook): every text
  value stored in the demo database and the names of the reference tables are taken out
  of the text before the words are counted, and an element marked ``translate="no"`` is
  not read.

The checks of ``every_page_reads.py`` (titles, headings, times, table captions) read the
same walk and run here (imported below), so that the walk is made once.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI

from rancang.core.i18n import LANGS, catalogue
from tests.web.conftest import Client
from tests.web.every_page_reads import (  # noqa: F401  (collected here: the same walk)
    test_a_page_about_one_thing_names_it,
    test_every_document_route_was_read,
    test_every_heading_names_its_page,
    test_every_page_has_its_own_title_and_one_heading,
    test_every_table_has_a_caption_and_header_scopes,
    test_no_time_with_fractions_of_a_second,
    test_the_checks_catch_what_they_look_for,
)
from tests.web.page_reading import (
    ROLES,
    DataFilter,
    Visit,
    crawl,
    data_strings,
    fillers,
    foreign_words,
    io_table_strings,
    page_routes,
    page_texts,
    route_pattern,
    vocabularies,
    with_lang,
)


@pytest.fixture(scope="module")
def vocab() -> dict[str, set[str]]:
    return vocabularies()


@pytest.fixture(scope="module")
def consult_demo(web_app: FastAPI) -> int:
    """The consultation's demo (an FGD with inputs and answers on a plan in consultation),
    stored before the data to strip is read: its inputs are data."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult import attachments
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.consult.inputs import list_inputs
    from rancang.features.plan.service import create_plan

    plan = create_plan(web_app.state.engine, CLI_ACTOR, region="72.06", start_year=2025)
    event = demo_consultation(web_app.state.engine, plan.id)
    # a scanned letter kept with the first input (the list of inputs links it)
    first = list_inputs(web_app.state.engine, CLI_ACTOR, plan.id)[0]
    attachments.attach(web_app.state.engine, CLI_ACTOR,
                       attachments.folder(web_app.state.settings), first.id,
                       "surat-contoh-sintetis.pdf", b"%PDF-1.4\n%%EOF\n")
    return event


@pytest.fixture(scope="module")
def strip(web_app: FastAPI, consult_demo: int) -> DataFilter:
    # the demo AHP survey first: its title, criteria and participants are the user's data
    # (its page links every participant's form and XLSX form)
    from rancang.features.decide.demo import demo_survey

    demo_survey(web_app.state.engine)
    return DataFilter(data_strings(web_app.state.engine)
                      | io_table_strings(web_app.state.settings.data_dir)
                      | set(MARKET_FIRMS))


#: The buyer and the supplier :func:`prepare` puts on the market: firms' names, data (the
#: pages about a need or an offer name them in their titles).
MARKET_FIRMS = ("PT Sintetis", "UD Sintetis")


def prepare(app: FastAPI, admin: Client) -> dict[str, str]:
    """Pages with more to show: a register record edited (its audit trail), duplicates
    found (the review page's clusters), and two uploads the data page refuses, one in each
    language (the history shows their problems on every later page)."""
    from tests.web.conftest import add_duplicates

    rid = admin.http.get("/api/v1/register/records").json()["items"][0]["id"]
    edited = admin.http.post(f"/register/{rid}?lang=id",
                             data={"csrf_token": admin.csrf, "product": "Tenun ikat"})
    assert edited.status_code < 400, edited.text[:300]
    add_duplicates(app.state.engine, 2)
    found = admin.http.post("/register/duplicates/find?lang=id",
                            data={"csrf_token": admin.csrf})
    assert found.status_code < 400, found.text[:300]
    # a file coded as a background job (KBLI): its page links the job's file
    coded = admin.http.post("/kbli/code?lang=id",
                            data={"csrf_token": admin.csrf, "column": "uraian"},
                            files={"files": ("ikm.csv", io.BytesIO(
                                b"nama,uraian\nCV Ani,keripik singkong\n"), "text/csv")})
    assert coded.status_code < 400 and "kbli-batch-download" in coded.text, coded.text[:300]
    bad = b"region_code,industry_code,year,value\n7201,C,2019,abc\n7201,C,20x9,5\n"
    for lang, name in (("id", "rusak.csv"), ("en", "broken.csv")):
        resp = admin.http.post(f"/data/upload?lang={lang}",
                               data={"csrf_token": admin.csrf, "kind": "pdrb", "name": "x"},
                               files={"files": (name, io.BytesIO(bad), "text/csv")})
        assert resp.status_code == 422, resp.text[:300]
    # a refused register sheet: its annotated copy is a download of its own
    sheet = b"Nama Usaha,Kode Desa,KBLI,Tahun\nRoti Ani,72.06.05.1014,10710,20x3\n"
    resp = admin.http.post("/data/upload?lang=id",
                           data={"csrf_token": admin.csrf, "kind": "register", "name": "x"},
                           files={"files": ("register.csv", io.BytesIO(sheet), "text/csv")})
    found = re.search(r"/register/problems/([^/\"]+)\.xlsx", resp.text)
    assert resp.status_code == 422 and found is not None, resp.text[:300]
    # a plan drafted from the demo dataset, with a frozen version (the diff pages)
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze

    plan = create_plan(app.state.engine, CLI_ACTOR, region="72.06", start_year=2025)
    draft_from_dataset(app.state.engine, CLI_ACTOR, plan.id, 1, region="9903")
    freeze(app.state.engine, CLI_ACTOR, plan.id, "v0.1")
    # two of the synthetic programmes (build_app) mapped to the plan (the sync pages)
    from rancang.features.programmes.mapping import store_mappings
    from rancang.features.programmes.service import list_programmes

    mine = list_programmes(app.state.engine, CLI_ACTOR, area="72.06")[:2]
    store_mappings(app.state.engine, CLI_ACTOR, plan.id,
                   {(p.id, "strategy", "program.unggulan"): {"contribution": "", "score": None}
                    for p in mine}, set())
    # its monitoring (issue 15): indicators, realisations, proposals, an evidence file
    from rancang.features.monitoring.channels import default_period, evidence_folder
    from rancang.features.monitoring.demo import seed_plan
    from rancang.features.monitoring.indicators import list_indicators
    from rancang.features.monitoring.realisations import Entry, enter, store_evidence

    seed_plan(app.state.engine, plan.id, comments=False)
    first = list_indicators(app.state.engine, CLI_ACTOR, plan.id)[0]
    enter(app.state.engine, CLI_ACTOR, first.id, Entry(
        "72.06", default_period().code, 1.0,
        evidence_file=store_evidence(evidence_folder(app.state.settings), "ba.pdf", b"%PDF")))
    # stored needs, an offer, an event and an accepted request (matching, issue 16)
    from datetime import date

    from rancang.features.matching import market as mk

    need = mk.create_need(app.state.engine, CLI_ACTOR, mk.NeedData(
        "72.06", MARKET_FIRMS[0], "keripik singkong", "10794", 100.0, "kg", "monthly",
        ["halal"], -2.82, 122.15, 150.0))
    offer = mk.create_offer(app.state.engine, CLI_ACTOR, mk.OfferData(
        "72.06", MARKET_FIRMS[1], "keripik singkong", "10794", 50.0, "kg", ["halal"],
        -2.82, 122.15))
    event = mk.create_event(app.state.engine, CLI_ACTOR, region="72.06", name="Temu",
                            held_on=date(2027, 3, 1), slots=4, morning_slots=2, tables=2)
    req = mk.request_meeting(app.state.engine, CLI_ACTOR, need, f"offer:{offer}",
                             event_id=event)
    # its schedule, made as a job from the event's page: the job's ZIP (PDFs, a workbook,
    # CSVs) is a download the walk reads inside (the list of jobs links it)
    mk.answer_request(app.state.engine, CLI_ACTOR, req, True)
    scheduled = admin.http.post(f"/match/market/events/{event}/schedule?lang=id",
                                data={"csrf_token": admin.csrf, "time_limit": "2"})
    assert scheduled.status_code < 400 and "schedule-download" in scheduled.text, \
        scheduled.text[:300]
    return {"token": found.group(1), "plan_id": str(plan.id), "fmt": "docx",
            "key": "pendahuluan.latar_belakang"}


@pytest.fixture(scope="module")
def visits(web_app: FastAPI, clients: dict[str, Client],
           strip: DataFilter) -> dict[tuple[str, str], list[Visit]]:
    """The pages each role reaches in each language (after :func:`prepare`; the data to
    strip is read before it: what the application writes itself is not data)."""
    extra = prepare(web_app, clients["admin"])
    routes = page_routes(web_app)
    return {(role, lang): crawl(clients[role], lang, routes,
                                {**fillers(clients["admin"], lang), **extra})
            for role in ROLES for lang in LANGS}


def test_the_vocabularies_are_large_and_apart(vocab: dict[str, set[str]]) -> None:
    assert len(vocab["id"]) > 500 and len(vocab["en"]) > 500
    assert not vocab["id"] & vocab["en"]
    assert {"industri", "wilayah", "dan", "pertumbuhan", "pangsa", "unduh"} <= vocab["id"]
    assert {"industry", "region", "the", "growth", "share", "download"} <= vocab["en"]


def test_every_page_route_is_visited(web_app: FastAPI,
                                     visits: dict[tuple[str, str], list[Visit]]) -> None:
    admin = [v for v in visits[("admin", "id")]]
    patterns = {r: route_pattern(r) for r in page_routes(web_app)}
    missed = [r for r, p in patterns.items()
              if not any(p.match(urlsplit(v.url).path) for v in admin)]
    assert not missed, f"no demo filler and no link reaches {missed}"
    failed = [(role, lang, v.url, v.status) for (role, lang), vs in visits.items()
              for v in vs if v.status >= 500]
    assert not failed


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_in_one_language(visits: dict[tuple[str, str], list[Visit]],
                                    vocab: dict[str, set[str]], strip: DataFilter,
                                    lang: str) -> None:
    bad = {}
    for role in ROLES:
        for v in visits[(role, lang)]:
            found = foreign_words(v.texts, lang, vocab, strip)
            if found:
                bad[f"{role} {v.url}{' (htmx)' if v.hx else ''}"] = found
    assert not bad, "\n".join(f"{page}: {words}" for page, words in bad.items())


#: (who asks, what, the status): an unknown page, a parameter of the wrong type, a page
#: the viewer may not see
ERRORS = (("viewer", "/no/such/page", 404), ("admin", "/register/not-a-number", 422),
          ("viewer", "/region/1/x9?start=abc", 422), ("viewer", "/admin/datasets", 403))


@pytest.mark.parametrize("lang", LANGS)
def test_every_error_page_in_one_language(clients: dict[str, Client],
                                          vocab: dict[str, set[str]], lang: str) -> None:
    bad = {}
    for role, url, status in ERRORS:
        for hx in (False, True):
            resp = clients[role].http.get(with_lang(url, lang),
                                          headers={"HX-Request": "true"} if hx else {})
            assert resp.status_code == status, (url, resp.status_code)
            found = foreign_words(page_texts(resp.text)[0], lang, vocab)
            if found:
                bad[f"{url} {status}{' (htmx)' if hx else ''}"] = found
    assert not bad, "\n".join(f"{page}: {words}" for page, words in bad.items())


def test_the_check_catches_a_planted_word(clients: dict[str, Client],
                                          vocab: dict[str, set[str]],
                                          strip: DataFilter) -> None:
    """A word of the other language planted in a clean page is found wherever a reader
    meets it: in the text, in a hover title, in a chart; a firm's name is not."""
    page = clients["admin"].http.get("/register?lang=id").text
    assert not foreign_words(page_texts(page)[0], "id", vocab, strip)
    for planted, word in (
        (page.replace("</h1>", " Industry</h1>", 1), "industry"),
        (page.replace('placeholder="', 'placeholder="the ', 1), "the"),
        (page.replace("<td>", '<td title="Download">', 1), "download"),
        (page.replace("</body>", '<script type="application/json" id="spec-x">'
                                 '{"series": [{"name": "Growth"}]}</script></body>'), "growth"),
    ):
        assert set(foreign_words(page_texts(planted)[0], "id", vocab, strip)) == {word}
    english = clients["admin"].http.get("/register?lang=en").text
    assert not foreign_words(page_texts(english)[0], "en", vocab, strip)
    planted = english.replace("</h1>", " dan wilayah</h1>", 1)
    assert set(foreign_words(page_texts(planted)[0], "en", vocab, strip)) == {"dan", "wilayah"}
    # a word planted in the catalogue itself, rendered by the real template
    words = catalogue().words
    kept = words["ui.register"]
    try:
        words["ui.register"] = ("Registri industry", kept[1])
        page = clients["admin"].http.get("/register?lang=id").text
        assert set(foreign_words(page_texts(page)[0], "id", vocab, strip)) == {"industry"}
    finally:
        words["ui.register"] = kept
    # a machine name marked not to be translated is not read
    marked = english.replace("</h1>", '<span translate="no">wilayah</span></h1>', 1)
    assert not foreign_words(page_texts(marked)[0], "en", vocab, strip)


@pytest.mark.parametrize("lang", LANGS)
def test_upload_preview_in_one_language(clients: dict[str, Client], vocab: dict[str, set[str]],
                                        strip: DataFilter, tmp_path: Path, lang: str) -> None:
    """The page an upload of BPS files shows before saving (a row repaired, one flagged):
    one language, and the repaired cell's numbers in its notation."""
    from tests.sources.test_total_repair import _rows, write_bps

    files = [write_bps(tmp_path / f"p{year}.xlsx", year, _rows()) for year in (2019, 2020)]
    admin = clients["admin"]
    page = admin.http.post(
        f"/data/upload?lang={lang}", data={"csrf_token": admin.csrf, "kind": "pdrb",
                                           "name": "Uji"},
        files=[("files", (f.name, f.read_bytes(), "application/octet-stream"))
               for f in files])
    assert page.status_code == 200 and 'id="staged-checks"' in page.text
    texts = page_texts(page.text, "/data")[0]
    assert not foreign_words(texts, lang, vocab, strip)
    # C of 7203 typed 1200 for 12.00: repaired, written as the page's language writes it
    shown = "1.200,00 → 12,00" if lang == "id" else "1,200.00 → 12.00"
    assert any(shown in t for t in texts), [t for t in texts if "→" in t]
    token = re.search(r'name="token" value="([^"]+)"', page.text)
    assert token is not None
    admin.http.post("/data/upload/cancel", data={"token": token.group(1),
                                                 "csrf_token": admin.csrf})


@pytest.mark.parametrize("lang", LANGS)
def test_unexpected_error_page_in_one_language(tmp_path: Path, vocab: dict[str, set[str]],
                                               lang: str) -> None:
    """A page that fails unexpectedly: a 500 with a reference number, in one language."""
    from fastapi.testclient import TestClient

    from tests.web.conftest import build_app

    app = build_app(f"sqlite:///{tmp_path / 'boom.sqlite'}", firms=3, boundaries=None)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("an English sentence nobody should see")

    http = TestClient(app, raise_server_exceptions=False)
    for hx in (False, True):
        resp = http.get(f"/boom?lang={lang}", headers={"HX-Request": "true"} if hx else {})
        assert resp.status_code == 500
        texts = page_texts(resp.text)[0]
        assert not foreign_words(texts, lang, vocab), (hx, texts)
        assert "nobody should see" not in resp.text
    app.state.engine.dispose()


def _history_in_each_language(url: str) -> None:
    from tests.web.conftest import build_app, login

    app = build_app(url, firms=3, boundaries=None)
    try:
        admin = login(app, "admin")
        bad = b"region_code,industry_code,year,value\n7201,C,2019,abc\n"
        resp = admin.http.post("/data/upload?lang=id",
                               data={"csrf_token": admin.csrf, "kind": "pdrb", "name": "x"},
                               files={"files": ("rusak.csv", io.BytesIO(bad), "text/csv")})
        assert resp.status_code == 422
        for lang, said in (("en", "value 'abc' is not a number"),
                           ("id", "nilai 'abc' bukan angka")):
            refused = admin.http.get(f"/api/v1/imports?lang={lang}").json()[0]
            assert refused["status"] == "refused"
            assert said in refused["message"]
            assert [p["message"] for p in refused["summary"]["problems"]] == [said]
            assert "by_language" not in refused["summary"]
    finally:
        app.state.engine.dispose()


def test_refused_upload_read_in_each_language(tmp_path: Path) -> None:
    """A refusal written in Indonesian reads in English to an English reader (and back)."""
    _history_in_each_language(f"sqlite:///{tmp_path / 'h.sqlite'}")


@pytest.mark.postgres
def test_refused_upload_read_in_each_language_on_postgresql(postgres_url: str) -> None:
    _history_in_each_language(postgres_url)


def test_a_fragment_speaks_the_language_of_its_page(clients: dict[str, Client]) -> None:
    """The pages' script puts the page's language on every htmx request (``X-Page-Lang``),
    so a fragment of a page opened with ``?lang=en`` is English whatever the cookie says;
    ``?lang=`` on the request itself still wins."""
    http = clients["admin"].http
    http.cookies.set("rancang_lang", "id")
    english = http.get("/register", headers={"X-Page-Lang": "en", "HX-Request": "true"}).text
    assert "Industry register" in english
    indonesian = http.get("/register", headers={"HX-Request": "true"}).text
    assert "Industry register" not in indonesian
    asked = http.get("/register?lang=id", headers={"X-Page-Lang": "en"}).text
    assert "Industry register" not in asked
    assert 'lang="en"' not in asked
