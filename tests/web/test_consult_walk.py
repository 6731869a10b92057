"""What a new user's browser walk of the consultation found (5 Dec 2026), through the
app: sections shown by number and title everywhere (never internal keys), the personal
link page (values kept on an error, the draft under discussion linked, the
organisation's earlier inputs and their answers, tables chosen by their captions), the
bulk form (answer and assign together, an unknown user refused), the answer form."""

from __future__ import annotations

import html
import io
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Client
from tests.web.test_consult_web import public_token

TITLE = {"id": "III.1 Visi dan Misi", "en": "III.1 Vision and Mission"}


@pytest.fixture(scope="module")
def drafted(web_app: FastAPI) -> dict[str, int]:
    """A plan of the demo province drafted from its data (so its sections have tables),
    frozen as v0.1, in consultation, with an FGD inviting one organisation."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import create_event
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze
    from rancang.sources.synthetic import demo_province

    engine = web_app.state.engine
    p = create_plan(engine, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(engine, CLI_ACTOR, p.id, demo_province(), lang="id")
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    set_status(engine, CLI_ACTOR, p.id, "consultation")
    from datetime import date

    e = create_event(engine, CLI_ACTOR, p.id, version="v0.1", title="FGD walk (contoh)",
                     held_on=date(2026, 6, 2), place="Aula (contoh)",
                     invites=[("Sentra Rotan (contoh)", "ikm")])
    return {"plan": p.id, "event": e.id}


def _options(page: str, name: str, more: str = "") -> list[str]:
    """The texts of the options of the (first) select ``name`` (``more``: the rest of
    its opening tag, ``id="..."``)."""
    found = re.search(rf'<select name="{name}"{(" " + more) if more else ""}[^>]*>(.*?)</select>',
                      page, re.S)
    assert found is not None, name
    return [html.unescape(re.sub(r"<[^>]+>", "", o)).strip()
            for o in re.findall(r"<option[^>]*>(.*?)</option>", found.group(1), re.S)]


def _link(web_app: FastAPI, event: int) -> str:
    from rancang.core.actors import CLI_ACTOR  # noqa: F401
    from rancang.features.consult.events import invites_of

    (invite,) = invites_of(web_app.state.engine, event)
    return f"/consult/link/{invite.token}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sections_are_named_by_number_and_title(web_app: FastAPI, clients: dict[str, Client],
                                                drafted: dict[str, int], lang: str) -> None:
    from docx import Document

    admin, viewer = clients["admin"], clients["viewer"]
    plan, event = drafted["plan"], drafted["event"]
    r = viewer.http.post(f"/consult/plans/{plan}/inputs", data={
        "csrf_token": viewer.csrf, "version": "v0.1", "bagian": "visi.visi_misi",
        "masukan": f"Visi perlu menyebut hilirisasi ({lang})"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    link = _link(web_app, event)
    anyone = TestClient(web_app, client=(f"10.8.0.{1 + (lang == 'en')}", 5000))
    r = anyone.post(link, data={"nama": "Dedi", "bagian": "visi.visi_misi",
                                "masukan": f"Lewat tautan ({lang})",
                                "csrf_token": public_token(anyone, link)})
    assert r.status_code == 200 and 'id="link-sent"' in r.text
    pages = {
        "overview": viewer.http.get(f"/consult?lang={lang}").text,
        "link": anyone.get(f"{link}?lang={lang}").text,
        "capture": admin.http.get(f"/consult/events/{event}/capture?lang={lang}").text,
    }
    for where, page in pages.items():
        shown = _options(page, "bagian")
        assert TITLE[lang] in shown, where
        assert not [o for o in shown if "." in o.split(" ", 1)[-1] and "_" in o], where
    team = admin.http.get(f"/consult/plans/{plan}?lang={lang}").text
    assert _options(team, "section")[1:] == [TITLE[lang]]
    rows = re.findall(r'<tr data-id="\d+">(.*?)</tr>', team, re.S)
    assert rows and all(f"v0.1 <span translate=\"no\">{TITLE[lang]}" in r for r in rows)
    assert "visi.visi_misi" not in re.sub(r'value="[^"]*"', "", team)
    ev = admin.http.get(f"/consult/events/{event}?lang={lang}").text
    found = re.search(r'<table id="event-inputs">(.*?)</table>', ev, re.S)
    assert found is not None and TITLE[lang] in found.group(1)
    assert "visi.visi_misi" not in found.group(1)
    # the minutes' Annex II
    doc = Document(io.BytesIO(admin.http.get(
        f"/consult/events/{event}/minutes.docx?lang={lang}").content))
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert TITLE[lang] in cells and "visi.visi_misi" not in cells


@pytest.mark.parametrize("lang", ["id", "en"])
def test_personal_link_keeps_values_links_the_draft_and_lists_earlier_inputs(
        web_app: FastAPI, clients: dict[str, Client], drafted: dict[str, int],
        lang: str) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.inputs import Filters, list_inputs

    engine = web_app.state.engine
    plan, event = drafted["plan"], drafted["event"]
    link = _link(web_app, event)
    phone = TestClient(web_app, client=(f"10.8.1.{1 + (lang == 'en')}", 5000))
    page = phone.get(f"{link}?lang={lang}").text
    # the draft under discussion: its DOCX and PDF, and the public page
    for fmt, magic in (("docx", b"PK"), ("pdf", b"%PDF")):
        assert f'href="{link}/draft.{fmt}"' in page
        got = phone.get(f"{link}/draft.{fmt}?lang={lang}")
        assert got.status_code == 200 and got.content.startswith(magic)
    assert f'href="/consult/public/{plan}/v0.1"' in page
    assert phone.get("/consult/link/nope-not-a-token/draft.docx").status_code == 404
    # the cell chooser names tables by their captions, never by internal ids
    cells = _options(page, "sel_tabel")
    assert cells[0] and all(c.startswith(("Tabel", "Table")) for c in cells[1:]), cells[:3]
    assert not [c for c in cells if "leading." in c]
    value = re.search(r'<option value="(leading\.structure \| C)"', page)
    assert value is not None
    # a wrong value: the page says so and keeps what was typed
    text = f"Pangsa industri tampak terlalu tinggi ({lang})"
    r = phone.post(link, data={"nama": "Rina (contoh)", "bagian": "visi.visi_misi",
                               "masukan": text, "sel_tabel": "leading.structure | ZZ",
                               "kutipan": "kutipan (contoh)",
                               "csrf_token": public_token(phone, link)})
    assert r.status_code == 422 and 'id="link-problems"' in r.text
    assert 'value="Rina (contoh)"' in r.text and html.escape(text) in r.text
    assert "kutipan (contoh)</textarea>" in r.text
    assert re.search(r'<option value="visi.visi_misi" selected>', r.text)
    # the row chosen from the list: stored on the table's section
    r = phone.post(link, data={"nama": "Rina (contoh)", "bagian": "visi.visi_misi",
                               "masukan": text, "sel_tabel": value.group(1),
                               "csrf_token": public_token(phone, link)})
    assert r.status_code == 200 and 'id="link-sent"' in r.text
    (item,) = [i for i in list_inputs(engine, CLI_ACTOR, plan, Filters(event_id=event))
               if i.text == text]
    assert (item.cell, item.section_key) == ("leading.structure | C", "kondisi.perekonomian")
    # answered by the team, the organisation reads the answer through its link
    admin = clients["admin"]
    r = admin.http.post(f"/consult/inputs/{item.id}", data={
        "csrf_token": admin.csrf, "response": f"Dicek ulang ({lang})",
        "status": "diakomodasi_sebagian"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    again = phone.get(f"{link}?lang={lang}").text
    found = re.search(rf'<tr data-id="{item.id}">(.*?)</tr>', again, re.S)
    assert found is not None
    row = html.unescape(re.sub(r"<[^>]+>", "|", found.group(1)))
    assert f"Dicek ulang ({lang})" in row and text in row
    assert ("Diakomodasi sebagian" if lang == "id" else "Partly accommodated") in row
    assert "II.2" in row and "kondisi.perekonomian" not in row
    # the team's list and the input's page name the cell by its table's caption
    table = "Tabel 1. " if lang == "id" else "Table 1. "
    team = admin.http.get(f"/consult/plans/{plan}?lang={lang}").text
    listed = re.search(rf'<tr data-id="{item.id}">(.*?)</tr>', team, re.S)
    assert listed is not None and f"[{table}" in listed.group(1)
    assert "leading.structure" not in listed.group(1)
    shown = re.search(r'id="input-cell">(.*?)<', admin.http.get(
        f"/consult/inputs/{item.id}?lang={lang}").text)
    assert shown is not None and shown.group(1).startswith(table)
    assert html.unescape(shown.group(1)).endswith(" · C")


def _inputs(http: TestClient, plan: int) -> dict[int, dict[str, object]]:
    return {i["id"]: i for i in http.get(f"/api/v1/consult/plans/{plan}/inputs").json()}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bulk_form_answers_and_assigns_in_one_submit(web_app: FastAPI,
                                                     clients: dict[str, Client],
                                                     drafted: dict[str, int],
                                                     lang: str) -> None:
    from rancang.features.accounts.service import create_user

    admin, viewer = clients["admin"], clients["viewer"]
    plan = drafted["plan"]
    texts = [f"Bulk satu ({lang})", f"Bulk dua ({lang})"]
    for t in texts:
        r = viewer.http.post(f"/consult/plans/{plan}/inputs", data={
            "csrf_token": viewer.csrf, "version": "v0.1", "bagian": "visi.strategi",
            "masukan": t}, follow_redirects=False)
        assert r.status_code == 303, r.text
    ids = [k for k, i in _inputs(admin.http, plan).items() if i["text"] in texts]
    page = admin.http.get(f"/consult/plans/{plan}?lang={lang}").text
    # no silent default status
    assert _options(page, "status", 'id="bulk-status"')[0] == ("(pilih status)" if lang == "id"
                                           else "(choose a status)")
    before = _inputs(admin.http, plan)
    # an assignee who does not exist: refused, in the page's language, nothing changed
    r = admin.http.post(f"/consult/plans/{plan}/answer?lang={lang}", data={
        "csrf_token": admin.csrf, "ids": [str(k) for k in ids], "response": "Dijawab",
        "status": "diakomodasi", "assignee": "budi.tidak.ada"}, follow_redirects=False)
    assert r.status_code == 422
    assert ("tidak ada pengguna aktif bernama 'budi.tidak.ada'" if lang == "id"
            else "there is no active user named 'budi.tidak.ada'") in html.unescape(r.text)
    assert _inputs(admin.http, plan) == before
    # an answer without a status: refused, nothing changed
    r = admin.http.post(f"/consult/plans/{plan}/answer?lang={lang}", data={
        "csrf_token": admin.csrf, "ids": [str(k) for k in ids], "response": "Dijawab",
        "status": ""}, follow_redirects=False)
    assert r.status_code == 422
    assert ("pilih status tanggapan" if lang == "id" else "choose the answer's status") in (
        html.unescape(r.text))
    assert _inputs(admin.http, plan) == before
    # answer and assignment together: both happen
    member = f"sari.{lang}"
    create_user(web_app.state.engine, member, "Rahasia-123456", role="analyst",
                region_code="72.06")
    r = admin.http.post(f"/consult/plans/{plan}/answer", data={
        "csrf_token": admin.csrf, "ids": [str(k) for k in ids],
        "response": f"Masuk strategi ({lang})", "status": "diakomodasi_sebagian",
        "assignee": member}, follow_redirects=False)
    assert r.status_code == 303, r.text
    after = _inputs(admin.http, plan)
    for k in ids:
        assert after[k]["response"] == f"Masuk strategi ({lang})"
        assert after[k]["disposition"] == "diakomodasi_sebagian"
    page = admin.http.get(f"/consult/plans/{plan}?lang={lang}").text
    for k in ids:
        row = re.search(rf'<tr data-id="{k}">(.*?)</tr>', page, re.S)
        assert row is not None and f'<td class="assignee" translate="no">{member}</td>' in (
            row.group(1))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_answer_form_prefilled_and_answered_similar_apart(clients: dict[str, Client],
                                                          drafted: dict[str, int],
                                                          lang: str) -> None:
    admin, viewer = clients["admin"], clients["viewer"]
    plan = drafted["plan"]
    long_tail = " ".join(["pendampingan"] * 20)
    texts = [f"Sertifikasi halal IKM pangan olahan {lang} {long_tail}",
             f"Pendampingan sertifikasi halal IKM pangan olahan {lang}",
             f"Sertifikasi halal untuk IKM pangan olahan {lang}"]
    for t in texts:
        r = viewer.http.post(f"/consult/plans/{plan}/inputs", data={
            "csrf_token": viewer.csrf, "version": "v0.1", "bagian": "visi.strategi",
            "masukan": t}, follow_redirects=False)
        assert r.status_code == 303, r.text
    ids = {i["text"]: k for k, i in _inputs(admin.http, plan).items()}
    a, b, c = (ids[t] for t in texts)
    r = admin.http.post(f"/consult/inputs/{c}", data={
        "csrf_token": admin.csrf, "response": "Sudah dijawab lebih dulu",
        "status": "tidak_diakomodasi"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = admin.http.get(f"/consult/inputs/{b}?lang={lang}").text
    # not answered similar inputs are offered; answered ones apart, with their answer
    opened = re.search(r'<fieldset id="similar-open">(.*?)</fieldset>', page, re.S)
    answered = re.search(r'<fieldset id="similar-answered">(.*?)</fieldset>', page, re.S)
    assert opened is not None and answered is not None
    assert f'name="also" value="{a}"' in opened.group(1)
    assert f'name="replace" value="{c}"' in answered.group(1)
    assert f'value="{c}"' not in opened.group(1)
    assert "Sudah dijawab lebih dulu" in answered.group(1)
    # the long text is cut between words
    shown = html.unescape(re.search(rf'value="{a}">.*?<span translate="no">(.*?)</span>',
                                    opened.group(1), re.S).group(1))  # type: ignore[union-attr]
    assert shown.endswith("…") and shown[:-1].split()[-1] in {"pendampingan", *texts[0].split()}
    # saved, the form shows the answer to edit
    r = admin.http.post(f"/consult/inputs/{b}", data={
        "csrf_token": admin.csrf, "response": f"Program pendampingan ({lang})",
        "status": "diakomodasi_sebagian", "reason": "Anggaran terbatas", "also": str(a)},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    page = admin.http.get(f"/consult/inputs/{b}?lang={lang}").text
    assert f"Program pendampingan ({lang})</textarea>" in page
    assert '<option value="diakomodasi_sebagian" selected>' in page
    assert 'value="Anggaran terbatas"' in page
    got = _inputs(admin.http, plan)
    assert got[a]["response"] == f"Program pendampingan ({lang})"
    assert got[c]["response"] == "Sudah dijawab lebih dulu"  # not ticked: unchanged


@pytest.mark.parametrize("lang", ["id", "en"])
def test_checkin_offers_the_invited_and_counts_them_once(web_app: FastAPI,
                                                        clients: dict[str, Client],
                                                        lang: str) -> None:
    """Issue 14's attendance: a person of an invited organisation typed with another
    case or spacing and the default group counts as that organisation, in its group;
    the check-in page names the place and offers the invited organisations."""
    from datetime import date

    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import create_event
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze

    engine = web_app.state.engine
    p = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    set_status(engine, CLI_ACTOR, p.id, "consultation")
    e = create_event(engine, CLI_ACTOR, p.id, version="v0.1", title=f"Rakor {lang}",
                     held_on=date(2026, 6, 3), place="Ruang Rapat Bappeda (contoh)",
                     invites=[("Dinas Perindustrian", "opd"), ("KADIN", "asosiasi")])
    team = clients["analyst_own"].http
    code = re.search(r'id="checkin-code">([A-Z0-9]+)<',  # type: ignore[union-attr]
                     team.get(f"/consult/events/{e.id}").text).group(1)
    phone = TestClient(web_app, client=(f"10.8.2.{1 + (lang == 'en')}", 5000))
    url = f"/consult/checkin/{code}"
    page = phone.get(f"{url}?lang={lang}").text
    assert "Ruang Rapat Bappeda (contoh)" in page
    assert page.count(f"Rakor {lang}") == 2  # the tab's title and the heading, no more
    offered = re.findall(r'<datalist id="invited-orgs">(.*?)</datalist>', page, re.S)
    assert offered and re.findall(r'<option value="([^"]+)"', offered[0]) == [
        "Dinas Perindustrian", "KADIN"]
    assert _options(page, "group")[0] == ("(sesuai undangan / masyarakat)" if lang == "id"
                                          else "(as invited / community)")
    for name, org, group in (("Ani", "dinas  perindustrian", "asosiasi"),
                             ("Budi", "Kampus (contoh)", "")):
        r = phone.post(url, data={"name": name, "organisation": org, "group": group,
                                  "csrf_token": public_token(phone, url)})
        assert r.status_code == 200 and 'id="checked-in"' in r.text
    ev = team.get(f"/consult/events/{e.id}?lang={lang}").text
    found = re.search(r'<table id="by-group">(.*?)</table>', ev, re.S)
    assert found is not None
    rows = {g: re.sub(r"<[^>]+>", "|", body) for g, body in
            re.findall(r'<tr data-group="(\w+)">(.*?)</tr>', found.group(1), re.S)}
    cells = {g: [c for c in row.split("|") if c != ""] for g, row in rows.items()}
    # group, invited, invited present, persons, absent (none here), others present
    assert cells["opd"][1:4] == ["1", "1", "1"] and cells["opd"][-1] == "0"
    assert "Dinas Perindustrian" not in rows["opd"].split("|")[5:6]
    assert cells["asosiasi"][1:] == ["1", "0", "0", "KADIN", "0"]
    assert cells["masyarakat"][1:] == ["0", "0", "1", "1"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_minutes_keep_lines_and_name_each_annex_once(clients: dict[str, Client],
                                                     drafted: dict[str, int],
                                                     lang: str) -> None:
    from docx import Document

    admin = clients["admin"]
    event = drafted["event"]
    r = admin.http.post(f"/consult/events/{event}", data={
        "csrf_token": admin.csrf, "agenda": "Pembukaan\nPaparan rancangan\nDiskusi",
        "points": "Hilirisasi nikel\nPelatihan IKM"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    doc = Document(io.BytesIO(admin.http.get(
        f"/consult/events/{event}/minutes.docx?lang={lang}").content))
    paras = [p.text for p in doc.paragraphs]
    for line in ("Pembukaan", "Paparan rancangan", "Diskusi", "Hilirisasi nikel",
                 "Pelatihan IKM"):
        assert line in paras, line  # each typed line its own paragraph
    for annex in (("LAMPIRAN I: DAFTAR HADIR", "LAMPIRAN II: MASUKAN") if lang == "id"
                  else ("ANNEX I: ATTENDANCE LIST", "ANNEX II: INPUTS")):
        assert paras.count(annex) == 1, (annex, [p for p in paras if "LAMPIRAN" in p
                                                 or "ANNEX" in p])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_matrix_names_the_version_of_each_input(clients: dict[str, Client],
                                                drafted: dict[str, int], lang: str) -> None:
    import openpyxl

    admin = clients["admin"]
    book = openpyxl.load_workbook(io.BytesIO(admin.http.get(
        f"/consult/plans/{drafted['plan']}/matrix.xlsx?lang={lang}").content))
    rows = list(book.worksheets[0].iter_rows(min_row=3, values_only=True))
    assert rows and all(str(r[2]).startswith("v0.1 ") for r in rows)
    summary = [r[0] for r in book.worksheets[1].iter_rows(values_only=True) if r[0]]
    assert f"v0.1 {TITLE[lang]}" in summary


@pytest.mark.parametrize("lang", ["id", "en"])
def test_public_page_links_the_version_and_prints_no_empty_blocks(
        web_app: FastAPI, drafted: dict[str, int], lang: str) -> None:
    plan = drafted["plan"]
    anyone = TestClient(web_app)
    page = anyone.get(f"/consult/public/{plan}/v0.1?lang={lang}").text
    for fmt, magic in (("docx", b"PK"), ("pdf", b"%PDF")):
        url = f"/consult/public/{plan}/v0.1/draft.{fmt}"
        assert f'href="{url}"' in page
        got = anyone.get(f"{url}?lang={lang}")
        assert got.status_code == 200 and got.content.startswith(magic)
    assert "(0)" not in page
    assert anyone.get(f"/consult/public/{plan}/current/draft.docx").status_code == 404
    assert anyone.get(f"/consult/public/{plan}/v0.1/draft.exe").status_code == 422


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_form_is_said_with_its_labels_and_a_way_back(
        clients: dict[str, Client], drafted: dict[str, int], lang: str) -> None:
    admin = clients["admin"]
    plan = drafted["plan"]
    r = admin.http.post(f"/consult/plans/{plan}/answer?lang={lang}", data={
        "csrf_token": admin.csrf, "response": "Tanpa pilihan", "status": "diakomodasi"},
        follow_redirects=False)
    assert r.status_code == 422
    # the shared error page: the form's list, not a file's table
    assert "(422)" not in r.text and '<table class="problems"' not in r.text
    found = re.search(r'<ul class="problems-list" id="problems">(.*?)</ul>', r.text, re.S)
    assert found is not None
    assert html.unescape(found.group(1)).count("<li>") == 1
    assert ("Masukan: pilih sedikitnya satu masukan" if lang == "id"
            else "Inputs: choose at least one input") in html.unescape(found.group(1))
    assert f'id="error-back" href="/consult/plans/{plan}"' in r.text
    r = admin.http.post(f"/consult/plans/{plan}/events?lang={lang}", data={
        "csrf_token": admin.csrf, "version": "v0.1", "title": "FGD", "date": "31/31/2026"},
        follow_redirects=False)
    assert r.status_code == 422 and '<ul class="problems-list" id="problems">' in r.text
    assert ("Tanggal:" if lang == "id" else "Date:") in r.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_capture_page_lists_what_was_captured(clients: dict[str, Client],
                                              drafted: dict[str, int], lang: str) -> None:
    admin = clients["admin"]
    event = drafted["event"]
    r = admin.http.post(f"/api/v1/consult/events/{event}/inputs", json={"items": [
        {"nama": "Fasilitator (contoh)", "bagian": TITLE[lang],  # as the chooser shows it
         "masukan": f"Dicatat di FGD ({lang})"}]}, headers={"X-CSRF-Token": admin.csrf})
    assert r.status_code == 200, r.text
    page = admin.http.get(f"/consult/events/{event}/capture?lang={lang}").text
    found = re.search(r'<table id="captured">(.*?)</table>', page, re.S)
    assert found is not None
    body = html.unescape(found.group(1))
    assert f"Dicatat di FGD ({lang})" in body and TITLE[lang] in body
    assert 'id="pending-list"' in page
    assert ("Peserta setuju namanya dipublikasikan" if lang == "id"
            else "The participant agrees to the name being published") in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_answers_workbook_names_sections(clients: dict[str, Client],
                                         drafted: dict[str, int], lang: str) -> None:
    import openpyxl

    admin = clients["admin"]
    book = openpyxl.load_workbook(io.BytesIO(admin.http.get(
        f"/consult/plans/{drafted['plan']}/answers.xlsx?lang={lang}").content))
    sections = {r[2] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert TITLE[lang] in sections and not [s for s in sections if "_" in str(s)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_overview_form_offers_tables_by_caption(clients: dict[str, Client],
                                                drafted: dict[str, int], lang: str) -> None:
    viewer = clients["viewer"]
    plan = drafted["plan"]
    page = viewer.http.get(f"/consult?lang={lang}").text
    form = re.search(rf'<form method="post" action="/consult/plans/{plan}/inputs".*?</form>',
                     page, re.S)
    assert form is not None
    cells = _options(form.group(0), "sel_tabel")
    assert len(cells) > 5 and all(c.startswith(("Tabel", "Table")) for c in cells[1:])
    assert "leading." not in " ".join(cells)
    text = f"Dari halaman konsultasi dengan sel ({lang})"
    r = viewer.http.post(f"/consult/plans/{plan}/inputs", data={
        "csrf_token": viewer.csrf, "version": "v0.1", "bagian": "visi.visi_misi",
        "sel_tabel": "leading.structure | C", "masukan": text}, follow_redirects=False)
    assert r.status_code == 303, r.text
    (mine,) = [i for i in viewer.http.get(f"/api/v1/consult/plans/{plan}/inputs").json()
               if i["text"] == text]
    assert mine["section"] == "kondisi.perekonomian"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_event_form_explains_invitations_by_group_names(web_app: FastAPI,
                                                        clients: dict[str, Client],
                                                        drafted: dict[str, int],
                                                        lang: str) -> None:
    from rancang.features.consult.events import invites_of

    admin = clients["admin"]
    plan = drafted["plan"]
    page = admin.http.get(f"/consult/plans/{plan}?lang={lang}").text
    help_text = html.unescape(re.search(  # type: ignore[union-attr]
        r'<p id="invites-help"><small>(.*?)</small>', page, re.S).group(1))
    assert ("Kelompok: OPD, KADIN/asosiasi, IKM" if lang == "id"
            else "Groups: Regional agency, Chamber/associations, Small industry") in help_text
    r = admin.http.post(f"/consult/plans/{plan}/events", data={
        "csrf_token": admin.csrf, "version": "v0.1", "kind": "fgd", "title": f"FGD {lang}",
        "place": "Aula (contoh)",
        "date": "2026-07-01", "invites": "Regional agency: Dinas Perindustrian (contoh)\n"
        "IKM: Sentra Rotan (contoh)"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    event = int(r.headers["location"].rsplit("/", 1)[1])
    assert sorted((i.organisation, i.group) for i in invites_of(web_app.state.engine,
                                                                  event)) == [
        ("Dinas Perindustrian (contoh)", "opd"), ("Sentra Rotan (contoh)", "ikm")]
