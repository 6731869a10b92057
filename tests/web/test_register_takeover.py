"""The NIB takeover of issue 17 through the page and the API: an analyst of 72.06 uploads
a one-row file with the NIB of a 72.03 firm and a 72.06 village. The upload is refused at
its row and column, the firm stays in 72.03 with its data, and its own analyst still has
it. A register upload that changes stored values is previewed before -> after first."""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.importer import import_files
from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client, build_app, login

NIB = "9120005550001"
HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Telepon,Tahun\n"
PALU = f"UD Kopra Bungku,{NIB},Jl. Pelabuhan 1,72.03.01.2001,10421,14,Siti,081234567890,2023\n"
TAKEOVER = f"CV Ambil Alih,{NIB},Jl. Baru 9,72.06.05.1014,10421,2,Budi,081200000000,2023\n"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('nib') / 'n.sqlite'}", firms=6)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "palu.csv"
        path.write_text(HEAD + PALU, encoding="utf-8")
        import_files(web.state.engine, [path], actor="admin")
    yield web
    web.state.engine.dispose()


def _firm(app: FastAPI) -> dict[str, object]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return dict(conn.execute(select(e).where(e.c.nib == NIB)).mappings().one())


def _upload(c: Client, body: str, name: str = "ambil.csv") -> object:
    return c.http.post("/data/upload", data={"csrf_token": c.csrf, "kind": "register"},
                       files={"files": (name, io.BytesIO(body.encode()), "text/csv")})


def test_nib_takeover_refused_on_the_page_and_the_api(app: FastAPI) -> None:
    analyst, other = login(app, "analyst_own"), login(app, "analyst_other")
    before = _firm(app)
    page = _upload(analyst, HEAD + TAKEOVER)
    assert page.status_code == 422  # type: ignore[attr-defined]
    problems = page.text.split('id="problems"', 1)[1].split("</table>")[0]  # type: ignore[attr-defined]
    assert NIB in problems and "wilayah lain" in problems and "Siti" not in problems
    api = analyst.http.post("/api/v1/imports/register", headers={"X-CSRF-Token": analyst.csrf},
                            files={"files": ("ambil.csv", io.BytesIO((HEAD + TAKEOVER).encode()),
                                             "text/csv")})
    assert api.status_code == 422
    (p,) = api.json()["problems"]
    assert (p["file"], p["row"], p["column"]) == ("ambil.csv", 2, "NIB")
    assert _firm(app) == before and before["regency_code"] == "72.03"
    # the analyst of 72.06 cannot read it; its own analyst still can, unchanged
    rid = before["id"]
    assert analyst.http.get(f"/api/v1/register/records/{rid}").status_code == 404
    mine = other.http.get(f"/api/v1/register/records/{rid}").json()["record"]
    assert (mine["owner_name"], mine["name"]) == ("Siti", "UD Kopra Bungku")


def test_upload_changing_stored_values_is_previewed_then_confirmed(app: FastAPI) -> None:
    other = login(app, "analyst_other")
    renamed = PALU.replace("UD Kopra Bungku", "UD Kopra Bungku Jaya")
    blank_owner = renamed.replace(",Siti,", ",,")
    page = _upload(other, HEAD + blank_owner, "ubah.csv")
    assert page.status_code == 200, page.text[:2000]  # type: ignore[attr-defined]
    html = page.text  # type: ignore[attr-defined]
    table = html.split('id="preview-changes"', 1)[1].split("</table>")[0]
    assert "UD Kopra Bungku</td>" in table and "UD Kopra Bungku Jaya" in table
    assert "Siti" not in table  # the blank owner cell changes nothing
    assert _firm(app)["name"] == "UD Kopra Bungku"  # nothing saved yet
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    done = other.http.post("/data/upload/confirm", data={"csrf_token": other.csrf,
                                                         "token": token})
    assert done.status_code == 200 and 'id="saved"' in done.text
    after = _firm(app)
    assert (after["name"], after["owner_name"]) == ("UD Kopra Bungku Jaya", "Siti")


def test_api_dry_run_lists_changes(app: FastAPI) -> None:
    other = login(app, "analyst_other")
    name = str(_firm(app)["name"])
    body = HEAD + PALU.replace(",14,", ",20,").replace("UD Kopra Bungku", name)
    resp = other.http.post("/api/v1/imports/register?dry_run=true",
                           headers={"X-CSRF-Token": other.csrf},
                           files={"files": ("x.csv", io.BytesIO(body.encode()), "text/csv")})
    assert resp.status_code == 201, resp.text
    out = resp.json()
    assert out["dry_run"] is True and out["n_changes"] == 1
    assert out["changes"][0]["field"] == "workers" and out["changes"][0]["after"] == 20


def test_a_firm_moves_only_through_a_reviewed_transfer_both_regions_see(app: FastAPI) -> None:
    analyst, other = login(app, "analyst_own"), login(app, "analyst_other")
    rid = _firm(app)["id"]
    hdr = {"X-CSRF-Token": analyst.csrf}
    asked = analyst.http.post("/api/v1/register/transfers", headers=hdr,
                              json={"nib": NIB, "village_code": "72.06.05.1014",
                                    "reason": "pindah pabrik"})
    assert asked.status_code == 201, asked.text
    tid = asked.json()["id"]
    # the requesting region sees its request but nothing of the firm yet
    assert asked.json()["name"] is None and asked.json()["enterprise_id"] is None
    assert asked.json()["may_decide"] is False
    again = analyst.http.post("/api/v1/register/transfers", headers=hdr,
                              json={"nib": NIB, "village_code": "72.06.05.1014"})
    assert again.status_code == 409
    # the requester cannot approve: the firm's region reviews
    assert analyst.http.post(f"/api/v1/register/transfers/{tid}/approve",
                             headers=hdr).status_code == 404
    page = other.http.get("/register/transfers")
    assert page.status_code == 200 and f'id="transfer-{tid}"' in page.text
    assert "UD Kopra Bungku" in page.text.split(f'id="transfer-{tid}"', 1)[1]
    assert _firm(app)["regency_code"] == "72.03"
    done = other.http.post(f"/register/transfers/{tid}/approve",
                           data={"csrf_token": other.csrf}, follow_redirects=False)
    assert done.status_code == 303
    moved = _firm(app)
    assert (moved["village_code"], moved["regency_code"]) == ("72.06.05.1014", "72.06")
    assert analyst.http.get(f"/api/v1/register/records/{rid}").status_code == 200
    listed = other.http.get("/api/v1/register/transfers").json()
    assert [(x["id"], x["status"], x["decided_by"]) for x in listed] == [
        (tid, "approved", "analyst_other")]
    audit = analyst.http.get(f"/api/v1/register/records/{rid}").json()["audit"]
    assert [a["action"] for a in audit][-3:] == ["transfer_request", "transfer_approve",
                                                 "update"]


NEW_FIRM = ("UD Sagu Baru,9120005550099,Jl. Sagu 1,72.03.01.2001,10421,3,Rina,081211112222,"
            "2023\n")


def test_an_upload_can_be_undone_from_the_page_and_the_api(app: FastAPI) -> None:
    other, analyst = login(app, "analyst_other"), login(app, "analyst_own")
    e = Enterprise.__table__

    def count() -> int:
        with app.state.engine.connect() as conn:
            return len(conn.execute(select(e.c.id).where(e.c.nib == "9120005550099")).all())

    page = _upload(other, HEAD + NEW_FIRM, "baru.csv")
    assert page.status_code == 200 and 'id="saved"' in page.text  # type: ignore[attr-defined]
    assert count() == 1
    action = re.search(r'<form method="post" action="(/register/imports/[0-9a-f]{16}/undo)"',
                       page.text).group(1)  # type: ignore[union-attr, attr-defined]
    # another region's analyst may not undo it
    assert analyst.http.post(action, data={"csrf_token": analyst.csrf}).status_code == 404
    done = other.http.post(action, data={"csrf_token": other.csrf})
    assert done.status_code == 200 and "1 usaha dihapus" in done.text
    assert count() == 0
    api = other.http.post("/api/v1/imports/register", headers={"X-CSRF-Token": other.csrf},
                          files={"files": ("baru.csv", io.BytesIO((HEAD + NEW_FIRM).encode()),
                                           "text/csv")})
    assert api.status_code == 201 and count() == 1
    batch = api.json()["batch"]
    undone = other.http.post(f"/api/v1/register/imports/{batch}/undo",
                             headers={"X-CSRF-Token": other.csrf})
    assert undone.status_code == 200 and undone.json()["removed"] == 1 and count() == 0
    again = other.http.post(f"/api/v1/register/imports/{batch}/undo",
                            headers={"X-CSRF-Token": other.csrf})
    assert again.status_code == 409
