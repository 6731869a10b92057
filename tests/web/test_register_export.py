"""Register downloads from the web: an analyst's own region's firms; a viewer the published
aggregate only, with every cell under 3 firms hidden; no text starts a formula."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client, add_duplicates

pytestmark = pytest.mark.usefixtures("english")


def test_register_downloads_follow_the_reader(web_app: FastAPI,
                                              clients: dict[str, Client]) -> None:
    e = Enterprise.__table__
    (_, copy), = add_duplicates(web_app.state.engine, 1, offset=2)
    with web_app.state.engine.begin() as conn:  # one firm of Palu, one firm with a formula
        conn.execute(update(e).where(e.c.id == copy).values(
            regency_code="72.71", village_code="72.71.01.1001", name="=HYPERLINK(1)"))
    analyst = clients["analyst_own"]
    r = analyst.http.get("/register/export.csv")
    assert r.status_code == 200 and "register-usaha.csv" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {x["regency_code"] for x in rows} == {"72.06"}
    assert "owner_name" in rows[0]
    admin = clients["admin"].http.get("/register/export.csv")
    names = {x["name"] for x in csv.DictReader(io.StringIO(admin.text))}
    assert "'=HYPERLINK(1)" in names and "=HYPERLINK(1)" not in names
    x = analyst.http.get("/register/export.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["Register"] and wb["Register"].max_row == len(rows) + 1
    viewer = clients["viewer"].http.get("/register/export.csv?measure=units")
    assert "register-agregat-units.csv" in viewer.headers["content-disposition"]
    cells = list(csv.DictReader(io.StringIO(viewer.text)))
    assert cells, viewer.text[:300]
    assert any(c["suppressed"] for c in cells), viewer.text[:300]
    assert "owner_name" not in (cells[0] if cells else {})
    for c in cells:  # a shown cell holds 3 firms or more; a hidden one shows nothing
        if not c["suppressed"]:
            assert int(c["firms"]) >= 3, c
        else:
            assert c["value"] == "" and c["firms"] == "", c
