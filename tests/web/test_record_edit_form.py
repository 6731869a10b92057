"""The record's edit form: the status chosen from its allowed values (never typed as an
internal code), and a refused value comes back in the form with the user's edits kept and
the message next to the field, in the page's language; nothing is stored."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client, build_app


def app_on_both_databases(request: pytest.FixtureRequest,
                          tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """The test app on SQLite, or on a fresh schema of the test PostgreSQL server."""
    if request.param == "sqlite":
        web = build_app(f"sqlite:///{tmp_path_factory.mktemp('form') / 'f.sqlite'}",
                        firms=12)
        yield web
        web.state.engine.dispose()
        return
    import uuid
    from urllib.parse import quote

    import sqlalchemy as sa

    server = request.getfixturevalue("postgres_server")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    web = build_app(f"{server}?options={quote(f'-csearch_path={schema}')}", firms=12)
    yield web
    web.state.engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                                marks=pytest.mark.postgres)])
def web_app(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    yield from app_on_both_databases(request, tmp_path_factory)


def _record(app: FastAPI) -> dict[str, object]:
    e = Enterprise.__table__
    with app.state.engine.connect() as conn:
        return dict(conn.execute(select(e).where(e.c.regency_code == "72.06")
                                 .order_by(e.c.id)).mappings().first() or {})


def _label_of(page: str, field: str) -> str:
    """The ``<label>`` that holds the form field ``field`` (its input or select)."""
    for block in re.findall(r"<label>(.*?)</label>", page, re.S):
        if f'id="f-{field}"' in block:
            return block
    raise AssertionError(f"no label holds f-{field}")


def _error_of(page: str, field: str) -> str | None:
    found = re.search(rf'<span class="field-error" id="e-{field}" role="alert">(.*?)</span>',
                      _label_of(page, field), re.S)
    return htmllib.unescape(found.group(1)) if found else None


def _options(page: str) -> list[tuple[str, str, bool]]:
    select_html = re.search(r'<select name="status" id="f-status"[^>]*>(.*?)</select>', page,
                            re.S)
    assert select_html, "the status is a list to choose from"
    return [(v, htmllib.unescape(label), bool(sel)) for v, sel, label in re.findall(
        r'<option value="([^"]*)" ?(selected)?>(.*?)</option>', select_html.group(1))]


def test_status_is_chosen_from_its_values_in_both_languages(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    rec = _record(web_app)
    http = clients["analyst_own"].http
    id_page = http.get(f"/register/{rec['id']}?lang=id").text
    en_page = http.get(f"/register/{rec['id']}?lang=en").text
    assert [o[:2] for o in _options(id_page)] == [
        ("draft", "Draf"), ("returned", "Dikembalikan"), ("verified", "Terverifikasi")]
    assert [o[:2] for o in _options(en_page)] == [
        ("draft", "Draft"), ("returned", "Returned"), ("verified", "Verified")]
    assert [v for v, _, sel in _options(id_page) if sel] == [rec["status"]]
    assert 'name="status" id="f-status"' in id_page and '<input name="status"' not in id_page


def test_a_refused_edit_comes_back_with_the_message_beside_the_field(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    before = _record(web_app)
    typed = {"product": "Abon ikan tuna baru", "kbli": "46100", "village_code": "72.06.05",
             "status": "verified"}
    for lang, kbli_words, village_words in (
            ("id", "kode KBLI 2020 industri pengolahan", "kode wilayah Kemendagri bertitik"),
            ("en", "unknown KBLI 2020 manufacturing code", "invalid dotted Kemendagri code")):
        resp = c.http.post(f"/register/{before['id']}?lang={lang}",
                           data={**typed, "csrf_token": c.csrf}, follow_redirects=False)
        assert resp.status_code == 422, resp.text[:300]
        page = resp.text
        assert f'<html lang="{lang}">' in page
        kbli_error, village_error = _error_of(page, "kbli"), _error_of(page, "village_code")
        assert kbli_error and kbli_words in kbli_error and "46100" in kbli_error
        assert village_error and village_words in village_error
        assert _error_of(page, "product") is None and _error_of(page, "name") is None
        # the user's edits are kept, the refused ones too, to be corrected
        assert 'value="Abon ikan tuna baru"' in _label_of(page, "product")
        assert 'value="46100"' in _label_of(page, "kbli")
        assert 'value="72.06.05"' in _label_of(page, "village_code")
        assert [v for v, _, sel in _options(page) if sel] == ["verified"]
        assert 'aria-invalid="true" aria-describedby="e-kbli"' in _label_of(page, "kbli")
        assert 'class="error"' not in page.split('id="record-form"')[0].split("<main")[1]
    assert _record(web_app) == before  # nothing stored


def test_a_status_outside_the_list_and_an_emptied_name_are_refused(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    before = _record(web_app)
    resp = c.http.post(f"/register/{before['id']}?lang=en",
                       data={"status": "done", "name": " ", "csrf_token": c.csrf})
    assert resp.status_code == 422
    assert "status must be draft, returned or verified: 'done'" in (
        _error_of(resp.text, "status") or "")
    assert _error_of(resp.text, "name") == "is required"
    # the odd value is shown as it was sent, chosen, to be corrected
    assert ("done", "done", True) in _options(resp.text)
    assert _record(web_app) == before


def test_a_village_outside_the_region_is_said_at_the_village(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    before = _record(web_app)
    resp = c.http.post(f"/register/{before['id']}?lang=id",
                       data={"village_code": "72.03.01.2001", "product": "Gula aren",
                             "csrf_token": c.csrf})
    assert resp.status_code == 403
    said = _error_of(resp.text, "village_code") or ""
    assert "72.03.01.2001" in said and "di luar wilayah Anda" in said
    assert 'value="Gula aren"' in _label_of(resp.text, "product")
    assert _record(web_app) == before


def test_a_good_edit_is_saved_and_others_see_nothing(
        web_app: FastAPI, clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    rec = _record(web_app)
    new_status = "returned" if rec["status"] != "returned" else "verified"
    resp = c.http.post(f"/register/{rec['id']}", data={
        "status": new_status, "kbli": "10710", "csrf_token": c.csrf}, follow_redirects=False)
    assert resp.status_code == 303, resp.text[:300]
    after = _record(web_app)
    assert (after["status"], after["kbli"]) == (new_status, "10710")
    # a refused edit of a record of another region does not show the record
    other = clients["analyst_other"]
    denied = other.http.post(f"/register/{rec['id']}", data={
        "kbli": "46100", "csrf_token": other.csrf}, follow_redirects=False)
    assert denied.status_code == 404
    assert str(rec["name"]) not in denied.text
