"""The KBLI page and API: the CLI's answer, bad input refused with its location."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from rancang.features.kbli.service import suggest_text
from tests.web.conftest import Client

pytestmark = pytest.mark.usefixtures("english")


def test_api_and_page_give_the_cli_answer(web_app: FastAPI,
                                          clients: dict[str, Client]) -> None:
    expected = [s.code for s in suggest_text("pabrik tahu sumedang")]
    for who in ("viewer", "analyst_own", "admin"):
        http = clients[who].http
        api = http.get("/api/v1/kbli/suggest", params={"text": "pabrik tahu sumedang"})
        assert api.status_code == 200, api.text
        body = api.json()
        assert [s["code"] for s in body] == expected
        assert body[0]["matched"] and body[0]["why"]
        page = http.get("/kbli", params={"text": "pabrik tahu sumedang"})
        assert page.status_code == 200
        assert all(code in page.text for code in expected)
    bad = clients["viewer"].http.get("/api/v1/kbli/suggest", params={"text": " "})
    assert bad.status_code == 422
    assert bad.json()["problems"][0]["column"] == "text"
    page = clients["viewer"].http.get("/kbli", params={"text": "x" * 600})
    assert page.status_code == 200 and 'role="alert"' in page.text


def test_anonymous_is_refused(web_app: FastAPI) -> None:
    from fastapi.testclient import TestClient

    http = TestClient(web_app)
    assert http.get("/api/v1/kbli/suggest", params={"text": "tahu"}).status_code == 401
