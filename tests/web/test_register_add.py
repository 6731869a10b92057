"""The "add firm" form: the importer's checks, the user's values kept with the message next
to the field, nothing written on a refusal, another region refused."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from rancang.features.registry.models import Enterprise
from tests.web.conftest import Client

pytestmark = pytest.mark.usefixtures("english")
GOOD = {"name": "IKM Abon Ikan Formulir", "village_code": "72.06.05.1014", "period": "2025",
        "kbli": "10213", "product": "abon ikan", "workers_men": "2", "workers_women": "3",
        "investment": "25.000.000"}


def _count(app: FastAPI) -> int:
    with app.state.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Enterprise.__table__))
                   .scalar_one())


def test_add_firm_checks_like_the_importer(web_app: FastAPI,
                                           clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    assert c.http.get("/register/add?lang=en").status_code == 200
    before = _count(web_app)
    bad = c.http.post("/register/add?lang=en", data={**GOOD, "kbli": "99999",
                                                     "csrf_token": c.csrf})
    assert bad.status_code == 422
    assert 'id="e-kbli"' in bad.text and 'value="IKM Abon Ikan Formulir"' in bad.text
    missing = c.http.post("/register/add?lang=en", data={**GOOD, "name": "",
                                                         "csrf_token": c.csrf})
    assert missing.status_code == 422 and 'id="e-name"' in missing.text
    assert _count(web_app) == before
    done = c.http.post("/register/add", data={**GOOD, "csrf_token": c.csrf},
                       follow_redirects=False)
    assert done.status_code == 303, done.text[:500]
    e = Enterprise.__table__
    with web_app.state.engine.connect() as conn:
        row = conn.execute(select(e.c.regency_code, e.c.kbli).where(
            e.c.name == GOOD["name"])).one()
    assert row == ("72.06", "10213") and _count(web_app) == before + 1
    again = c.http.post("/register/add?lang=en", data={**GOOD, "csrf_token": c.csrf})
    assert again.status_code == 422 and "already in the register" in again.text
    assert _count(web_app) == before + 1
    other = c.http.post("/register/add", data={**GOOD, "village_code": "72.03.01.2001",
                                               "csrf_token": c.csrf})
    assert other.status_code == 403
    assert clients["viewer"].http.get("/register/add").status_code == 403
