"""Issue 17, the last small holes: a register web edit with a long owner name answers the
catalogue's length message on SQLite as on PostgreSQL; a BPS workbook whose first sheet is
hidden is read from its visible data sheet; an all-zero PDRB upload is refused with a clear
message; an administrator's unlock of a throttled account is in the audit table."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client, login


@pytest.fixture(scope="module")
def admin(web_app: FastAPI) -> Client:
    return login(web_app, "admin")


def test_long_owner_name_on_the_edit_page_is_the_catalogues_message(
        web_app: FastAPI, admin: Client) -> None:
    rid = admin.http.get("/api/v1/register/records").json()["items"][0]["id"]
    resp = admin.http.post(f"/register/{rid}?lang=en",
                           data={"csrf_token": admin.csrf, "owner_name": "O" * 300})
    assert resp.status_code == 422
    assert "too long: 300 characters, at most 200" in resp.text
    # The form keeps what the user typed so it can be shortened, in the field only: the
    # message names the length, never the value.
    assert resp.text.count("O" * 300) == 1
    assert 'value="' + "O" * 300 + '"' in resp.text
    message = re.search(r'<span class="field-error" id="e-owner_name"[^>]*>([^<]*)</span>',
                        resp.text)
    assert message is not None and "OOO" not in message.group(1)
    api = admin.http.patch(f"/api/v1/register/records/{rid}?lang=en",
                           json={"owner_name": "O" * 300},
                           headers={"X-CSRF-Token": admin.csrf})
    assert api.status_code == 422
    assert api.json()["problems"][0] == {
        "file": None, "sheet": None, "row": None, "column": "owner_name",
        "message": "too long: 300 characters, at most 200"}


def _bps_workbook(path, *, hidden_first: bool):  # type: ignore[no-untyped-def]
    """A BPS export (as tests/sources/test_bad_input.py writes it) whose first sheet is a
    hidden note sheet when ``hidden_first``."""
    import openpyxl

    from tests.sources.test_bad_input import good_rows, write_bps

    write_bps(path, 2020, good_rows())
    if hidden_first:
        wb = openpyxl.load_workbook(path)
        note = wb.create_sheet("Catatan", 0)
        note.append(["Catatan internal: jangan diubah"])
        note.append(["Sumber", "BPS"])
        note.sheet_state = "hidden"
        wb.active = 1
        wb.save(path)
    return path


def test_bps_workbook_with_a_hidden_first_sheet_is_read_from_the_visible_one(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rancang.sources import read_panel
    from rancang.sources._cells import hidden_sheets, load_sheets

    plain = read_panel([_bps_workbook(tmp_path / "plain.xlsx", hidden_first=False)])
    path = _bps_workbook(tmp_path / "hidden.xlsx", hidden_first=True)
    assert hidden_sheets(path) == {"Catatan"}
    assert load_sheets(path)[0][0] == "Catatan"
    panel = read_panel([path])
    assert panel.shape == plain.shape == (2, 17, 1)
    assert panel.region_codes == plain.region_codes
    import numpy as np

    assert np.array_equal(panel.values, plain.values)


@pytest.mark.parametrize("zeros", ["all", "one_year", "one_region"])
def test_a_zero_pdrb_upload_is_refused_with_a_clear_message(
        web_app: FastAPI, admin: Client, zeros: str) -> None:
    """PDRB values of zero where every analysis divides by them (a year's total, a region's
    total in a year) are refused, located, instead of stored and analysed into NaN."""
    import io

    import polars as pl

    from rancang.sources.synthetic import demo_province

    long = demo_province().to_long()
    year, region = long["year"].max(), long["region_code"][0]
    zero = {"all": pl.lit(True), "one_year": pl.col("year") == year,
            "one_region": pl.col("region_code") == region}
    long = long.with_columns(pl.when(zero[zeros]).then(0.0).otherwise(pl.col("value"))
                             .alias("value"))
    buf = io.BytesIO()
    long.write_csv(buf)
    with web_app.state.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM dataset").scalar_one()
    resp = admin.http.post("/api/v1/imports/pdrb?lang=en",
                           headers={"X-CSRF-Token": admin.csrf}, data={"name": "nol"},
                           files={"files": ("nol.csv", io.BytesIO(buf.getvalue()),
                                            "text/csv")})
    assert resp.status_code == 422, resp.text[:300]
    body = resp.json()
    assert "nan" not in resp.text.lower()
    first = body["problems"][0]
    assert first["file"] == "nol.csv" and first["column"] == "value"
    if zeros == "one_region":
        assert f"region {region}" in first["message"] and str(year) in first["message"]
    else:
        assert "every value of" in first["message"] and "zero" in first["message"]
    with web_app.state.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM dataset").scalar_one() == before


def test_a_regency_formed_later_is_kept(web_app: FastAPI, admin: Client) -> None:
    """A region with zeros in its early years only (a regency formed later: BPS's 2013
    table holds 7414 and 7415 with zeros) is stored, like the national BPS tables are."""
    import io

    import polars as pl

    from rancang.sources.synthetic import demo_province

    long = demo_province().to_long()
    first_year, region = long["year"].min(), long["region_code"][0]
    long = long.with_columns(
        pl.when((pl.col("year") == first_year) & (pl.col("region_code") == region))
        .then(0.0).otherwise(pl.col("value")).alias("value"))
    buf = io.BytesIO()
    long.write_csv(buf)
    resp = admin.http.post("/api/v1/imports/pdrb?lang=en",
                           headers={"X-CSRF-Token": admin.csrf}, data={"name": "pemekaran"},
                           files={"files": ("pemekaran.csv", io.BytesIO(buf.getvalue()),
                                            "text/csv")})
    assert resp.status_code in (200, 201), resp.text[:300]


def test_an_administrators_unlock_is_in_the_audit_table(web_app: FastAPI, admin: Client,
                                                        tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The unlock button of the accounts page, the one of the sign-in page and
    ``rancang users unlock`` each write who lifted whose throttle, and how many failures
    it held."""
    from fastapi.testclient import TestClient
    from sqlalchemy import select
    from typer.testing import CliRunner

    from rancang.cli import build_app
    from rancang.features.accounts.models import AccountAudit
    from rancang.features.accounts.throttle import MAX_FAILURES, throttled_users

    def fail(username: str, times: int) -> None:
        import re

        http = TestClient(web_app, client=("203.0.113.7", 5000))
        for _ in range(times):
            token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
            assert token is not None
            http.post("/login", data={"username": username, "password": "salah",
                                      "csrf_token": token.group(1)}, follow_redirects=False)

    def audit() -> list[tuple[str, str, str, dict]]:
        with web_app.state.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(  # type: ignore[misc]
                select(AccountAudit.actor, AccountAudit.action, AccountAudit.username,
                       AccountAudit.detail).order_by(AccountAudit.id))]

    engine = web_app.state.engine
    fail("analyst_own", MAX_FAILURES)
    assert throttled_users(engine)["analyst_own"] == MAX_FAILURES
    resp = admin.http.post("/admin/users/analyst_own/unlock",
                           data={"csrf_token": admin.csrf}, follow_redirects=False)
    assert resp.status_code == 303
    assert "analyst_own" not in throttled_users(engine)
    assert audit()[-1] == ("admin", "unlock", "analyst_own", {"failures": MAX_FAILURES})
    fail("siapa", 2)  # a name without an account: the sign-in page unlocks it too
    resp = admin.http.post("/admin/sign-ins/unlock",
                           data={"csrf_token": admin.csrf, "username": "siapa"},
                           follow_redirects=False)
    assert resp.status_code == 303
    assert audit()[-1] == ("admin", "unlock", "siapa", {"failures": 2})
    fail("viewer", 1)
    url = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(build_app(), ["users", "unlock", "viewer", "--database-url",
                                              url], env={"RANCANG_ACTOR": "operator"})
    assert result.exit_code == 0, result.output
    assert audit()[-1] == ("operator", "unlock", "viewer", {"failures": 1})
