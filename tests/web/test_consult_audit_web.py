"""Issue 14 read line by line, through the app: what the earlier web tests did not look
at. An event created from the team's form with every field and invitations of several
groups; invited vs present by group and by organisation on the event page; the minutes'
fields saved from the page and printed; an input through an organisation's personal
link carries the invitation's organisation, group and event; the check-in code typed
on a phone page; the in-app notice of an answer on the stakeholder's page (both
languages); similar inputs offered on the answer page and answered together."""

from __future__ import annotations

import html
import io
import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Client
from tests.web.test_consult_web import public_token


@pytest.fixture(scope="module")
def plan(web_app: FastAPI) -> int:
    """A plan of 72.06 frozen as v0.1 and in consultation."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.versions import freeze

    engine = web_app.state.engine
    p = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025, region_name="Morowali")
    freeze(engine, CLI_ACTOR, p.id, "v0.1")
    set_status(engine, CLI_ACTOR, p.id, "consultation")
    return p.id


@pytest.fixture(scope="module")
def event(clients: dict[str, Client], plan: int) -> int:
    """An FGD created through the team's form."""
    c = clients["analyst_own"]
    r = c.http.post(f"/consult/plans/{plan}/events", data={
        "csrf_token": c.csrf, "version": "v0.1", "kind": "konsultasi_publik",
        "title": "Konsultasi publik RPIK (contoh)", "date": "2026-05-12",
        "place": "Aula Bappeda (contoh)", "online": "1", "organiser": "Bappeda (contoh)",
        "chair": "Sekda (contoh)", "speakers": "Kepala Bappeda\nDosen Untad",
        "agenda": "Pembukaan\nPaparan", "invites": "ikm: Sentra Rotan (contoh)\n"
        "KADIN/asosiasi: KADIN (contoh)\nopd: Dinas PU (contoh)\n\n"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    found = re.fullmatch(r"/consult/events/(\d+)", r.headers["location"])
    assert found is not None
    return int(found.group(1))


def _rows(page: str, table_id: str) -> list[list[str]]:
    """The body rows of a table of the page, as text."""
    found = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.S)
    assert found is not None, table_id
    body = found.group(1).split("<tbody>", 1)[1]
    return [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
             for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_event_from_the_form_keeps_every_field(web_app: FastAPI, clients: dict[str, Client],
                                               event: int) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import get_event, invites_of

    engine = web_app.state.engine
    e = get_event(engine, CLI_ACTOR, event)
    assert (e.kind, e.title, e.place, e.online, e.organiser, e.chair, e.speakers,
            e.agenda, e.version_label) == (
        "konsultasi_publik", "Konsultasi publik RPIK (contoh)", "Aula Bappeda (contoh)",
        True, "Bappeda (contoh)", "Sekda (contoh)", ["Kepala Bappeda", "Dosen Untad"],
        "Pembukaan\nPaparan", "v0.1")
    assert sorted((i.organisation, i.group) for i in invites_of(engine, event)) == [
        ("Dinas PU (contoh)", "opd"), ("KADIN (contoh)", "asosiasi"),
        ("Sentra Rotan (contoh)", "ikm")]
    page = clients["analyst_own"].http.get(f"/consult/events/{event}?lang=id").text
    assert page.count('class="personal-link"') == 3
    by_group = {r[0]: r[1:4] for r in _rows(page, "by-group")}
    assert by_group == {"OPD": ["1", "0", "0"], "KADIN/asosiasi": ["1", "0", "0"],
                        "IKM": ["1", "0", "0"]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_checkin_code_typed_on_a_phone(web_app: FastAPI, clients: dict[str, Client],
                                       event: int, lang: str) -> None:
    team = clients["analyst_own"].http
    page = team.get(f"/consult/events/{event}?lang={lang}").text
    code = re.search(r'id="checkin-code">([A-Z0-9]+)<', page).group(1)  # type: ignore[union-attr]
    assert 'id="checkin-entry" class="address">http://testserver/consult/checkin<' in page
    phone = TestClient(web_app, client=(f"10.9.0.{1 + (lang == 'en')}", 5000))
    entry = phone.get(f"/consult/checkin?lang={lang}")
    assert entry.status_code == 200 and 'id="checkin-code-form"' in entry.text
    assert ("Ketik kode kehadiran" if lang == "id" else "Type the check-in code") in entry.text
    # typed in lower case with a space: the event's form
    typed = f"{code[:3].lower()} {code[3:].lower()}"
    r = phone.get("/consult/checkin", params={"code": typed, "lang": lang},
                  follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/consult/checkin/{code}"
    form = phone.get(r.headers["location"] + f"?lang={lang}")
    assert form.status_code == 200 and 'id="checkin-form"' in form.text
    # a wrong code is said on the same page, in the page's language
    wrong = phone.get("/consult/checkin", params={"code": "ZZZZ99", "lang": lang})
    assert wrong.status_code == 404 and 'id="checkin-unknown"' in wrong.text
    assert ("kode kehadiran tidak dikenal" if lang == "id"
            else "unknown check-in code") in wrong.text


def test_checkin_and_link_inputs_count_per_organisation(web_app: FastAPI,
                                                        clients: dict[str, Client],
                                                        event: int) -> None:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.inputs import Filters, list_inputs

    engine = web_app.state.engine
    team = clients["analyst_own"].http
    page = team.get(f"/consult/events/{event}?lang=id").text
    code = re.search(r'id="checkin-code">([A-Z0-9]+)<', page).group(1)  # type: ignore[union-attr]
    phone = TestClient(web_app, client=("10.9.1.1", 5000))
    for name, org, group in (("Ani", "KADIN (contoh)", "asosiasi"),
                             ("Budi", "kadin  (CONTOH)", "asosiasi"),
                             ("Cici", "Kampus (contoh)", "akademisi")):
        url = f"/consult/checkin/{code}"
        r = phone.post(url, data={"name": name, "organisation": org, "group": group,
                                  "csrf_token": public_token(phone, url)})
        assert r.status_code == 200 and 'id="checked-in"' in r.text
    page = team.get(f"/consult/events/{event}?lang=id").text
    orgs = {r[0]: r[1:] for r in _rows(page, "by-organisation")}
    assert orgs == {"Dinas PU (contoh)": ["OPD", "ya", "0"],
                    "KADIN (contoh)": ["KADIN/asosiasi", "ya", "2"],
                    "Sentra Rotan (contoh)": ["IKM", "ya", "0"],
                    "Kampus (contoh)": ["Akademisi", "tidak", "1"]}
    by_group = {r[0]: r[1:5] for r in _rows(page, "by-group")}
    assert by_group["KADIN/asosiasi"] == ["1", "1", "2", ""]
    assert by_group["OPD"] == ["1", "0", "0", "Dinas PU (contoh)"]
    # the Sentra Rotan's personal link: its input carries the invitation
    link = re.search(r'<td translate="no">Sentra Rotan \(contoh\)</td><td>[^<]*</td><td>'
                     r'<a href="(/consult/link/[^"]+)"', page)
    assert link is not None
    anyone = TestClient(web_app, client=("10.9.1.2", 5000))
    r = anyone.post(link.group(1), data={
        "nama": "Dedi", "instansi": "Bukan ini", "kelompok": "dprd",
        "bagian": "visi.visi_misi", "masukan": "Lewat tautan pribadi (contoh)",
        "boleh_dipublikasikan": "ya", "csrf_token": public_token(anyone, link.group(1))})
    assert r.status_code == 200 and 'id="link-sent"' in r.text
    (item,) = [i for i in list_inputs(engine, CLI_ACTOR, _plan_of(engine, event),
                                      Filters(event_id=event))
               if i.text == "Lewat tautan pribadi (contoh)"]
    assert (item.author_name, item.organisation, item.group, item.channel, item.consent,
            item.event_id) == ("Dedi", "Sentra Rotan (contoh)", "ikm", "online", True, event)


def test_attendance_list_uploaded_on_the_event_page(web_app: FastAPI,
                                                    clients: dict[str, Client],
                                                    event: int) -> None:
    import openpyxl

    c = clients["analyst_own"]
    book = openpyxl.Workbook()
    for row in (["nama", "instansi", "kelompok", "jabatan"],
                ["Eka", "Dinas PU (contoh)", "OPD", "Kabid"],
                ["Fajar", "DPRD (contoh)", "dprd", "Anggota"]):
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    r = c.http.post(f"/consult/events/{event}/attendance", data={"csrf_token": c.csrf},
                    files={"files": ("hadir.xlsx", buf.getvalue(), "application/octet-stream")},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    page = c.http.get(f"/consult/events/{event}?lang=id").text
    orgs = {r[0]: r[1:] for r in _rows(page, "by-organisation")}
    assert orgs["Dinas PU (contoh)"] == ["OPD", "ya", "1"]
    assert orgs["DPRD (contoh)"] == ["DPRD", "tidak", "1"]
    people = {r[0]: r[1:] for r in _rows(page, "attendance")}
    assert people["Eka"] == ["Dinas PU (contoh)", "OPD", "Kabid"]
    # a list with a row without a name is refused whole, with its place
    book = openpyxl.Workbook()
    for row in (["nama", "instansi"], ["Gita", "Kampus"], ["", "Kampus"]):
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    r = c.http.post(f"/consult/events/{event}/attendance?lang=en",
                    data={"csrf_token": c.csrf},
                    files={"files": ("bad.xlsx", buf.getvalue(), "application/octet-stream")},
                    follow_redirects=False)
    assert r.status_code == 422 and "bad.xlsx" in r.text and "row 3" in r.text, r.text[:500]
    page = c.http.get(f"/consult/events/{event}?lang=id").text
    assert "Gita" not in {r[0] for r in _rows(page, "attendance")}


def _plan_of(engine: Any, event: int) -> int:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import get_event

    return get_event(engine, CLI_ACTOR, event).plan_id


@pytest.mark.parametrize("lang", ["id", "en"])
def test_minutes_fields_saved_from_the_page_and_printed(clients: dict[str, Client],
                                                        event: int, lang: str) -> None:
    from docx import Document

    c = clients["analyst_own"]
    points = f"Pokok bahasan ({lang}): hilirisasi nikel."
    r = c.http.post(f"/consult/events/{event}", data={
        "csrf_token": c.csrf, "number": f"007/BA/{lang}", "points": points,
        "agreements": "Disepakati revisi visi.", "follow_up": "Rapat tim 19 Mei."},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    page = c.http.get(f"/consult/events/{event}?lang={lang}").text
    assert points in html.unescape(page) and f"007/BA/{lang}" in page
    doc = Document(io.BytesIO(c.http.get(f"/consult/events/{event}/minutes.docx?lang={lang}")
                              .content))
    body = "\n".join(p.text for p in doc.paragraphs)
    assert points in body and "Disepakati revisi visi." in body and "Rapat tim 19 Mei." in body
    assert ("Nomor: " if lang == "id" else "Number: ") + f"007/BA/{lang}" in body


@pytest.mark.parametrize("lang", ["id", "en"])
def test_answer_notified_in_the_app(clients: dict[str, Client], plan: int, lang: str) -> None:
    v, team = clients["viewer"], clients["analyst_own"]
    text = f"Mohon dikabari ({lang})"
    r = v.http.post(f"/consult/plans/{plan}/inputs", data={
        "csrf_token": v.csrf, "version": "v0.1", "bagian": "visi.strategi",
        "masukan": text}, follow_redirects=False)
    assert r.status_code == 303, r.text
    (mine,) = [i["id"] for i in v.http.get(f"/api/v1/consult/plans/{plan}/inputs").json()
               if i["text"] == text]
    before = v.http.get(f"/consult?lang={lang}").text
    assert f">{mine}<" in before  # listed among my inputs, not answered yet
    notice = {"id": f"Masukan {mine} sudah dijawab: Di luar lingkup.",
              "en": f"Input {mine} was answered: Out of scope."}[lang]
    assert notice not in before
    r = team.http.post(f"/consult/inputs/{mine}", data={
        "csrf_token": team.csrf, "response": "Bukan materi RPIK", "status": "di_luar_lingkup"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    page = v.http.get(f"/consult?lang={lang}").text
    notices = re.search(r'<ul id="notices">(.*?)</ul>', page, re.S)
    assert notices is not None
    unread = re.findall(r'<li class="unread">(.*?)<small', notices.group(1), re.S)
    assert [html.unescape(n).strip() for n in unread] == [notice]
    mine_rows = {r[0]: r for r in _rows(page, "my-inputs")}
    assert mine_rows[str(mine)][3:] == [
        "Di luar lingkup" if lang == "id" else "Out of scope", "Bukan materi RPIK"]
    # seen once, the notice is no longer new; another person has none of it
    again = v.http.get(f"/consult?lang={lang}").text
    assert notice in html.unescape(again) and '<li class="unread">' not in again
    assert notice not in html.unescape(team.http.get(f"/consult?lang={lang}").text)


def test_similar_inputs_offered_and_answered_together(clients: dict[str, Client],
                                                      plan: int) -> None:
    v, team = clients["viewer"], clients["analyst_own"]
    texts = ["Sertifikasi halal untuk IKM pangan perlu pendampingan",
             "Pendampingan sertifikasi halal IKM pangan",
             "Perbaiki jalan menuju pelabuhan"]
    for t in texts:
        r = v.http.post(f"/consult/plans/{plan}/inputs", data={
            "csrf_token": v.csrf, "version": "v0.1", "bagian": "visi.strategi",
            "masukan": t}, follow_redirects=False)
        assert r.status_code == 303, r.text
    ids = {i["text"]: i["id"] for i in v.http.get(
        f"/api/v1/consult/plans/{plan}/inputs").json() if i["text"] in texts}
    a, b, road = (ids[t] for t in texts)
    similar = team.http.get(f"/api/v1/consult/inputs/{a}/similar").json()
    assert [s["id"] for s in similar] == [b] and 0 < similar[0]["score"] <= 1
    page = team.http.get(f"/consult/inputs/{a}").text
    assert re.findall(r'name="also" value="(\d+)"', page) == [str(b)]
    r = team.http.post(f"/consult/inputs/{a}", data={
        "csrf_token": team.csrf, "response": "Masuk program pendampingan",
        "status": "diakomodasi_sebagian", "also": str(b)}, follow_redirects=False)
    assert r.status_code == 303, r.text
    got = {i["id"]: i for i in team.http.get(f"/api/v1/consult/plans/{plan}/inputs").json()}
    assert got[a]["response"] == got[b]["response"] == "Masuk program pendampingan"
    assert got[road]["response"] is None


@pytest.mark.parametrize("lang", ["id", "en"])
def test_event_corrected_and_more_invited(web_app: FastAPI, clients: dict[str, Client],
                                          event: int, lang: str) -> None:
    """A chair replaced, a speaker added, one more organisation invited after the event
    was created: the page and the minutes follow; a wrong invitation or an empty title
    changes nothing; a form sending only the points leaves the rest as it was."""
    from docx import Document

    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.events import get_event, invites_of

    engine = web_app.state.engine
    c = clients["analyst_own"]
    url = f"/consult/events/{event}"
    chair = f"Wakil Bupati (contoh {lang})"
    before = len(invites_of(engine, event))
    bad = c.http.post(f"{url}?lang={lang}", data={
        "csrf_token": c.csrf, "chair": "Tidak tersimpan", "invites": "partai: Partai X"},
        follow_redirects=False)
    assert bad.status_code == 422 and "partai" in bad.text
    assert ("tidak dikenal" if lang == "id" else "unknown") in bad.text
    empty = c.http.post(url, data={"csrf_token": c.csrf, "title": " ", "chair": "Juga tidak"},
                        follow_redirects=False)
    assert empty.status_code == 422
    e = get_event(engine, CLI_ACTOR, event)
    assert e.chair not in ("Tidak tersimpan", "Juga tidak")
    assert len(invites_of(engine, event)) == before
    r = c.http.post(url, data={
        "csrf_token": c.csrf, "chair": chair, "speakers": "Kepala Bappeda\nKadis Perindustrian\n",
        "agenda": "Pembukaan\nDiskusi kelompok", "title": "Konsultasi publik RPIK (contoh)",
        "invites": f"akademisi: Universitas Tadulako ({lang})\nKADIN/asosiasi: kadin (CONTOH)"},
        follow_redirects=False)
    assert r.status_code == 303, r.text
    e = get_event(engine, CLI_ACTOR, event)
    assert (e.chair, e.speakers, e.agenda) == (
        chair, ["Kepala Bappeda", "Kadis Perindustrian"], "Pembukaan\nDiskusi kelompok")
    invited = {i.organisation: i.group for i in invites_of(engine, event)}
    assert len(invited) == before + 1  # KADIN was invited already
    assert invited[f"Universitas Tadulako ({lang})"] == "akademisi"
    page = c.http.get(f"{url}?lang=id").text
    assert page.count('class="personal-link"') == before + 1
    assert "Kepala Bappeda\nKadis Perindustrian</textarea>" in page
    # only the points: the chair and the rest stay
    agreements = e.agreements
    r = c.http.post(url, data={"csrf_token": c.csrf, "points": "Poin saja."},
                    follow_redirects=False)
    assert r.status_code == 303
    e = get_event(engine, CLI_ACTOR, event)
    assert (e.chair, e.points, e.agreements) == (chair, "Poin saja.", agreements)
    doc = Document(io.BytesIO(c.http.get(f"{url}/minutes.docx?lang={lang}").content))
    assert doc.tables[1].rows[1].cells[0].text.strip() == chair  # the signature block
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Kadis Perindustrian" in body and "Diskusi kelompok" in body
