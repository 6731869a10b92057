"""KBLI suggestions in the register import (issue 16): the data page's preview offers the
kbli feature's suggestions for the rows without KBLI, none chosen; confirming gives a KBLI
only to the rows where the uploader chose one (audited), the others are saved without;
a re-upload duplicates nothing and its blank KBLI cells erase nothing. The API does the
same with ``kbli_choices``. Without the kbli feature the upload works as before."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from rancang.core import features
from rancang.features.registry.models import AuditLog, Enterprise
from tests.web.conftest import Client, build_app, login

HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Produk,Tahun\n"


def _rows(prefix: str) -> str:
    at = prefix[-2:]  # another address per test: no firm matches another test's
    return (f"UD Roti Manis,{prefix}01,Jl. A {at},72.06.05.1014,,roti manis,2023\n"  # row 2
            f"CV Mebel Jati,{prefix}02,Jl. B {at},72.06.05.1014,,mebel kayu jati,2023\n"  # 3
            f"UD Kopi Bubuk,{prefix}03,Jl. C {at},72.06.05.1014,10761,kopi bubuk,2023\n")  # 4


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('kbi') / 'k.sqlite'}", firms=3)
    yield web
    web.state.engine.dispose()


def _upload(c: Client, body: str, name: str = "ikm.csv") -> Any:
    return c.http.post("/data/upload", data={"csrf_token": c.csrf, "kind": "register"},
                       files={"files": (name, io.BytesIO(body.encode()), "text/csv")})


def _firms(app: FastAPI, prefix: str) -> dict[str, tuple[int, str | None]]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return {r.nib: (r.id, r.kbli) for r in conn.execute(
            select(e.c.nib, e.c.id, e.c.kbli).where(e.c.nib.like(prefix + "%")))}


def _choices_audited(app: FastAPI, rid: int) -> list[Any]:
    a = AuditLog.__table__
    with app.state.engine.connect() as conn:
        return [r.after for r in conn.execute(select(a.c.after).where(
            a.c.action == "kbli_choice", a.c.entity_id == rid))]


def test_preview_offers_suggestions_and_saves_only_the_chosen(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    prefix = "91200077700"
    page = _upload(analyst, HEAD + _rows(prefix))
    assert page.status_code == 200, page.text[:2000]
    html = page.text
    assert 'id="confirm-upload"' in html and 'id="kbli-suggestions"' in html
    table = html.split('id="kbli-suggestions-table"', 1)[1].split("</table>")[0]
    assert "UD Roti Manis" in table and "CV Mebel Jati" in table
    assert "UD Kopi Bubuk" not in table  # has its KBLI in the file
    assert "10710" in table and "INDUSTRI PRODUK ROTI DAN KUE" in table
    assert "31001" in table and "roti manis" in table  # the matched words
    # none chosen by default: each row's checked radio is the empty one
    checked = re.findall(r'<input type="radio"[^>]*value="([^"]*)" checked', table)
    assert checked == ["", ""]
    assert 'form="confirm-upload"' in table
    assert _firms(app, prefix) == {}  # nothing saved yet
    key = re.search(r'name="choice\.(kbli/2/[^"]*)" value="10710"', table).group(1)  # type: ignore[union-attr]
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    done = analyst.http.post("/data/upload/confirm", data={
        "csrf_token": analyst.csrf, "token": token, f"choice.{key}": "10710",
        "choice.kbli/3//ikm.csv": ""})
    assert done.status_code == 200 and 'id="saved"' in done.text, done.text[:2000]
    firms = _firms(app, prefix)
    assert firms[prefix + "01"][1] == "10710"
    assert firms[prefix + "02"][1] is None  # no choice: imported without KBLI
    assert firms[prefix + "03"][1] == "10761"
    assert _choices_audited(app, firms[prefix + "01"][0]) == [{"kbli": "10710"}]
    assert _choices_audited(app, firms[prefix + "02"][0]) == []
    # the record's history says it
    record = analyst.http.get(f"/register/{firms[prefix + '01'][0]}").text
    assert "KBLI dipilih dari saran saat impor" in record
    # the same file again: only the firm still without KBLI is offered; confirming
    # without a choice duplicates nothing and erases no stored KBLI
    again = _upload(analyst, HEAD + _rows(prefix))
    assert again.status_code == 200
    offered = again.text.split('id="kbli-suggestions-table"', 1)[1].split("</table>")[0]
    assert "CV Mebel Jati" in offered and "UD Roti Manis" not in offered
    token = re.search(r'name="token" value="([^"]+)"', again.text).group(1)  # type: ignore[union-attr]
    saved = analyst.http.post("/data/upload/confirm",
                              data={"csrf_token": analyst.csrf, "token": token})
    assert saved.status_code == 200 and 'id="saved"' in saved.text
    assert _firms(app, prefix) == firms


def test_english_preview(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    page = analyst.http.post("/data/upload?lang=en",
                             data={"csrf_token": analyst.csrf, "kind": "register"},
                             files={"files": ("ikm.csv", io.BytesIO(
                                 (HEAD + _rows("91200077710")).encode()), "text/csv")})
    assert page.status_code == 200
    assert "KBLI suggestions for rows without KBLI" in page.text
    assert "none (import without KBLI)" in page.text


def test_api_lists_suggestions_and_applies_only_chosen(app: FastAPI) -> None:
    analyst = login(app, "analyst_own")
    prefix = "91200077720"
    body = (HEAD + _rows(prefix)).encode()

    def post(dry: bool, choices: Any = None) -> Any:
        return analyst.http.post(
            "/api/v1/imports/register" + ("?dry_run=true" if dry else ""),
            headers={"X-CSRF-Token": analyst.csrf},
            data={"kbli_choices": json.dumps(choices)} if choices is not None else {},
            files={"files": ("api.csv", io.BytesIO(body), "text/csv")})

    dry = post(True)
    assert dry.status_code == 201, dry.text
    out = dry.json()
    assert out["without_kbli"] == 2
    rows = {r["row"]: r for r in out["kbli_suggestions"]}
    assert set(rows) == {2, 3}
    assert rows[2]["suggestions"][0]["code"] == "10710"
    assert rows[2]["suggestions"][0]["matched"] == "roti manis"
    assert _firms(app, prefix) == {}
    refused = post(False, [{"row": 4, "kbli": "10710"}])  # row 4 has its KBLI
    assert refused.status_code == 422
    assert refused.json()["problems"][0]["row"] == 4
    assert _firms(app, prefix) == {}  # all or nothing
    bad = post(False, {"row": 2})
    assert bad.status_code == 422
    assert "daftar JSON" in bad.json()["problems"][0]["message"]
    saved = post(False, [{"row": 3, "kbli": "31001", "file": "api.csv"}])
    assert saved.status_code == 201, saved.text
    assert (saved.json()["kbli_chosen"], saved.json()["without_kbli"]) == (1, 1)
    firms = _firms(app, prefix)
    assert (firms[prefix + "01"][1], firms[prefix + "02"][1]) == (None, "31001")
    assert _choices_audited(app, firms[prefix + "02"][0]) == [{"kbli": "31001"}]
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(e)
                         .where(e.c.nib.like(prefix + "%"))).scalar_one()
    post(False)
    with app.state.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(e)
                            .where(e.c.nib.like(prefix + "%"))).scalar_one() == n == 3
    assert _firms(app, prefix) == firms


def test_without_the_kbli_feature_the_upload_works_as_before(
        app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    full = features.installed()
    bare = features.FeatureSet(tuple(f for f in full if f.name != "kbli"))
    assert bare.kbli_suggest() == [] and full.kbli_suggest() != []
    monkeypatch.setattr(features, "installed", lambda: bare)
    analyst = login(app, "analyst_own")
    prefix = "91200077730"
    page = _upload(analyst, HEAD + _rows(prefix))
    assert page.status_code == 200
    assert 'id="saved"' in page.text  # additions only: saved at once, as before
    assert 'id="kbli-suggestions"' not in page.text
    firms = _firms(app, prefix)
    assert [firms[prefix + s][1] for s in ("01", "02", "03")] == [None, None, "10761"]
