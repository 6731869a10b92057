"""Issue 17, the last small holes: a register web edit with a long owner name answers the
catalogue's length message on SQLite as on PostgreSQL; a BPS workbook whose first sheet is
hidden is read from its visible data sheet; an all-zero PDRB upload is refused with a clear
message; an administrator's unlock of a throttled account is in the audit table."""

from __future__ import annotations

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
    print(resp.status_code, resp.text[-3000:])
    assert resp.status_code == 422
    assert "too long: 300 characters, at most 200" in resp.text
    assert "O" * 300 not in resp.text


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
