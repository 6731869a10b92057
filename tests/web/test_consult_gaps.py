"""Issue 14's last gaps through the app: the public page of a version shows the whole
draft (generated text, tables with their numbers, the team's text) and under each
section only the consented inputs with their answers; inputs assigned from the bulk
form and the list filtered by assignee and by event; the answers file as CSV, downloaded
and uploaded back."""

from __future__ import annotations

import codecs
import csv
import html
import io
import re
from datetime import date
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.conftest import Client

CONSENTED, SECRET = "Penulis Setuju Contoh", "Penulis Rahasia Contoh"
AUTHORED = "Teks tim penyusun (contoh): visi industri hilir."


@pytest.fixture(scope="module")
def drafted(web_app: FastAPI) -> dict[str, Any]:
    """A plan drafted from the synthetic province (its sections hold tables and text),
    the team's text in one section, frozen as v0.1 and in consultation, with a consented
    and an unconsented input on the section that holds the structure table."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult import answers as ans
    from rancang.features.consult import events
    from rancang.features.consult.capture import capture_batch
    from rancang.features.plan.draft import draft_plan
    from rancang.features.plan.service import create_plan, set_status
    from rancang.features.plan.store import edit_section
    from rancang.features.plan.versions import freeze, snapshot
    from rancang.sources.synthetic import demo_province

    engine = web_app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="9903", start_year=2025)
    draft_plan(engine, CLI_ACTOR, plan.id, demo_province(), lang="id")
    edit_section(engine, CLI_ACTOR, plan.id, "visi.visi_misi", AUTHORED)
    freeze(engine, CLI_ACTOR, plan.id, "v0.1")
    set_status(engine, CLI_ACTOR, plan.id, "consultation")
    event = events.create_event(engine, CLI_ACTOR, plan.id, version="v0.1",
                                title="FGD (contoh)", held_on=date(2026, 5, 12),
                                place="Aula (contoh)")
    ids, _ = capture_batch(engine, CLI_ACTOR, event.id, [
        {"nama": CONSENTED, "instansi": "KADIN (contoh)", "kelompok": "asosiasi",
         "bagian": "kondisi.perekonomian", "masukan": "Pangsa industri perlu dijelaskan.",
         "boleh_dipublikasikan": "ya"},
        {"nama": SECRET, "instansi": "Warga (contoh)", "kelompok": "masyarakat",
         "bagian": "kondisi.perekonomian", "masukan": "Masukan tanpa izin nama.",
         "boleh_dipublikasikan": "tidak"}])
    ans.answer(engine, CLI_ACTOR, [ids[0]], ans.Answer(
        "Penjelasan pangsa ditambahkan.", "diakomodasi_sebagian"))
    return {"plan": plan.id, "snap": snapshot(engine, CLI_ACTOR, plan.id, "v0.1")}


def _table(snap: dict[str, Any], section: str, table_id: str) -> dict[str, Any]:
    for s in snap["sections"]:
        if s["key"] == section:
            for b in s.get("blocks", []):
                for t in b.get("tables", []):
                    if t["id"] == table_id:
                        return dict(t)
    raise AssertionError(f"no table {table_id} in {section}")


def _number(value: float, decimals: int, lang: str) -> str:
    """A number as people read it in ``lang`` (written here, not the app's formatter)."""
    plain = f"{value:,.{decimals}f}"
    if lang == "en":
        return plain
    return plain.translate(str.maketrans({",": ".", ".": ","}))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_public_page_shows_the_whole_draft(web_app: FastAPI, drafted: dict[str, Any],
                                           lang: str) -> None:
    anyone = TestClient(web_app)
    page = anyone.get(f"/consult/public/{drafted['plan']}/v0.1?lang={lang}")
    assert page.status_code == 200
    body = html.unescape(page.text)
    # the structure table of the economy section, its numbers cell by cell
    t = _table(drafted["snap"], "kondisi.perekonomian", "leading.structure")
    found = re.search(r'<table class="plan-table" data-table="leading.structure">(.*?)'
                      r"</table>", body, re.S)
    assert found is not None
    shown = [re.findall(r"<td[^>]*>(.*?)</td>", row)
             for row in re.findall(r"<tr>(.*?)</tr>", found.group(1), re.S)]
    shown = [r for r in shown if r]  # the heading row has no <td>
    assert len(shown) == len(t["rows"]) > 0
    numbers = 0
    for row, cells in zip(t["rows"], shown, strict=True):
        for value, decimals, cell in zip(row, t["decimals"], cells, strict=True):
            if decimals is not None and isinstance(value, int | float):
                assert cell == _number(float(value), decimals, lang), (row, cell)
                numbers += 1
    assert numbers >= len(t["rows"])
    # generated text (a sentence of a block) and the team's own text of another section
    section = next(s for s in drafted["snap"]["sections"] if s["key"] == "kondisi.perekonomian")
    sentence = next(b["text"] for b in section["blocks"] if b.get("text")).split("\n")[0]
    assert sentence[:60] in body
    assert AUTHORED in body
    # the consented input and its answer under its section; the other author unnamed
    assert CONSENTED in body and "Penjelasan pangsa ditambahkan." in body
    assert SECRET not in body and "Masukan tanpa izin nama." not in body
    part = body[body.index('id="s-kondisi.perekonomian"'):]
    assert part.index(CONSENTED) < part.index("</section>")


# -- the team's list: assign, filter by assignee and by event --------------------------


@pytest.fixture(scope="module")
def demo(web_app: FastAPI) -> dict[str, int]:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult import events
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.plan.service import create_plan

    engine = web_app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025,
                       region_name="Morowali")
    first = demo_consultation(engine, plan.id)
    second = events.create_event(engine, CLI_ACTOR, plan.id, version="v0.1",
                                 title="Rakor (contoh)", held_on=date(2026, 6, 2), place="Aula",
                                 kind="rakor")
    return {"plan": plan.id, "event": first, "event2": second.id}


def _ids(page: str) -> list[int]:
    return [int(x) for x in re.findall(r'name="ids" value="(\d+)"', page)]


def test_assign_from_the_bulk_form_and_filters(clients: dict[str, Client],
                                               demo: dict[str, int]) -> None:
    c = clients["analyst_own"]
    pid = demo["plan"]
    base = f"/consult/plans/{pid}"
    first = _ids(c.http.get(base).text)
    assert len(first) == 6
    # two more inputs at the second event, through the capture endpoint
    r = c.http.post(f"/api/v1/consult/events/{demo['event2']}/inputs", json={"items": [
        {"nama": "Rapat 1", "bagian": "visi.strategi", "masukan": "Dari rakor satu"},
        {"nama": "Rapat 2", "bagian": "visi.strategi", "masukan": "Dari rakor dua"}]},
        headers={"X-CSRF-Token": c.csrf})
    second = r.json()["ids"]
    assert len(second) == 2
    assert _ids(c.http.get(f"{base}?event={demo['event']}").text) == first
    assert _ids(c.http.get(f"{base}?event={demo['event2']}").text) == second
    # assign: the assignee alone (no answer) assigns the ticked inputs
    r = c.http.post(f"{base}/answer", data={"csrf_token": c.csrf, "ids": first[:3],
                                            "assignee": "analyst_own"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    r = c.http.post(f"{base}/answer", data={"csrf_token": c.csrf, "ids": [second[0]],
                                            "assignee": "admin"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = c.http.get(base).text
    assert '<option translate="no">admin</option>' in page  # the filter offers them
    assert _ids(c.http.get(f"{base}?assignee=analyst_own").text) == first[:3]
    assert _ids(c.http.get(f"{base}?assignee=admin").text) == [second[0]]
    assert _ids(c.http.get(f"{base}?assignee=admin&event={demo['event']}").text) == []
    assert _ids(c.http.get(f"{base}?assignee=nobody").text) == []
    # no answer was saved by assigning
    assert len(_ids(c.http.get(f"{base}?status=answered").text)) == 4  # the demo's own
    api = c.http.get(f"/api/v1/consult/plans/{pid}/inputs?assignee=admin").json()
    assert [i["id"] for i in api] == [second[0]]
    # a stakeholder's filter by assignee is ignored (assignment is the team's business)
    viewer = clients["viewer"].http
    seen = viewer.get(f"/api/v1/consult/plans/{pid}/inputs?assignee=admin").json()
    assert seen and seen == viewer.get(f"/api/v1/consult/plans/{pid}/inputs").json()
    # another region's team cannot assign: as if the inputs were missing
    o = clients["analyst_other"]
    r = o.http.post(f"{base}/answer", data={"csrf_token": o.csrf, "ids": first[:1],
                                            "assignee": "x"}, follow_redirects=False)
    assert r.status_code == 404
    assert _ids(c.http.get(f"{base}?assignee=x").text) == []


def test_answers_csv_download_and_upload(clients: dict[str, Client],
                                         demo: dict[str, int]) -> None:
    c = clients["analyst_own"]
    pid = demo["plan"]
    r = c.http.get(f"/consult/plans/{pid}/answers.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert rows[0][:3] == ["id", "versi", "bagian"] and len(rows) > 6
    en = c.http.get(f"/consult/plans/{pid}/answers.csv?csv_locale=en")
    assert en.content.split(b"\n", 1)[0].count(b",") == 11
    assert c.http.get(f"/consult/plans/{pid}/answers.pdf").status_code == 422
    assert c.http.get(f"/consult/plans/{pid}/answers.csv?csv_locale=fr").status_code == 422
    open_row = next(r for r in rows[1:] if not r[9])
    open_row[8:10] = ["Dijawab lewat CSV", "tidak diakomodasi"]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    up = c.http.post(f"/consult/plans/{pid}/upload", data={"csrf_token": c.csrf,
                                                           "kind": "answers"},
                     files={"files": ("tanggapan.csv", buf.getvalue().encode("cp1252"),
                                      "text/csv")}, follow_redirects=False)
    assert up.status_code == 303, up.text
    item = c.http.get(f"/consult/inputs/{open_row[0]}").text
    assert "Dijawab lewat CSV" in item
    assert c.http.get(f"/consult/plans/{pid}/answers.csv",
                      ).content.decode("utf-8-sig").count("Dijawab lewat CSV") == 1
