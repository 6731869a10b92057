"""The monitoring pages and API: the same numbers from the CLI, the page, the API and the
workbook; evidence before verification through the API; another regency answers 404;
the public dashboard shows aggregates only."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from rancang.core.actors import CLI_ACTOR
from tests.web.conftest import Client, build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    from rancang.features.monitoring.demo import seed_plan
    from rancang.features.plan.draft import draft_from_dataset
    from rancang.features.plan.service import create_plan

    app = build_app(f"sqlite:///{tmp_path_factory.mktemp('mon') / 'w.sqlite'}", firms=24)
    engine = app.state.engine
    for region, data in (("72.06", "9903"), ("72.03", "9905")):
        plan = create_plan(engine, CLI_ACTOR, region=region, start_year=2025)
        draft_from_dataset(engine, CLI_ACTOR, plan.id, 1, region=data)
        seed_plan(engine, plan.id)
    yield app
    engine.dispose()


@pytest.fixture(scope="module")
def own(app: FastAPI) -> Client:
    return login(app, "analyst_own")


@pytest.fixture(scope="module")
def other(app: FastAPI) -> Client:
    return login(app, "analyst_other")


def _cells(html: str, ind_id: int) -> list[str]:
    row = re.search(rf'<tr id="ind-{ind_id}">(.*?)</tr>', html, re.S)
    assert row is not None
    return [re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)]


def test_same_numbers_in_every_channel(app: FastAPI, own: Client, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook
    from typer.testing import CliRunner

    from rancang.cli import build_app as cli_app
    from rancang.core.i18n import format_number

    api = own.http.get("/api/v1/monitoring/regions/72.06?period=2026-S1").json()
    page = own.http.get("/monitoring/72.06?period=2026-S1&lang=id").text
    xlsx = own.http.get("/monitoring/72.06/report.xlsx?period=2026-S1")
    assert xlsx.status_code == 200
    book = load_workbook(io.BytesIO(xlsx.content))
    sheet = book[book.sheetnames[0]]
    by_code = {row[0]: row for row in sheet.iter_rows(min_row=3, values_only=True)}
    monkeypatch.setenv("RANCANG_DATABASE_URL", str(app.state.engine.url))
    cli = CliRunner().invoke(cli_app(), ["monitor", "show", "--region", "72.06",
                                         "--period", "2026-S1"])
    assert cli.exit_code == 0, cli.output
    checked = 0
    for ind in api["indicators"]:
        a = ind["achievement"]
        cells = _cells(page, ind["indicator_id"])
        row = by_code[ind["code"]]
        if a is None:
            assert row[7] is None and cells[6] == "-"
            continue
        checked += 1
        assert row[7] == pytest.approx(a)                       # the workbook
        assert cells[6] == format_number(a, 1, "id")           # the page
        assert row[5] == pytest.approx(ind["value"])
        line = next(x for x in cli.output.splitlines() if x.startswith(ind["code"] + " "))
        assert format_number(a, 1, "id") in line                # the command line
    assert checked >= 3


def test_verification_needs_evidence_through_the_api(app: FastAPI, own: Client) -> None:
    admin = login(app, "admin")
    ind = own.http.get("/api/v1/monitoring/regions/72.06?period=2027").json()["indicators"][0]
    r = own.http.post("/api/v1/monitoring/realisations", headers={"X-CSRF-Token": own.csrf},
                      json={"indicator_id": ind["indicator_id"], "region": "72.06",
                            "period": "2027", "value": 5.0})
    assert r.status_code == 200, r.text
    rid = r.json()["id"]
    refused = admin.http.post(f"/api/v1/monitoring/realisations/{rid}/verify",
                              headers={"X-CSRF-Token": admin.csrf})
    assert refused.status_code == 422
    assert refused.json()["problems"][0]["column"] == "evidence"
    own.http.post("/api/v1/monitoring/realisations", headers={"X-CSRF-Token": own.csrf},
                  json={"indicator_id": ind["indicator_id"], "region": "72.06",
                        "period": "2027", "evidence_link": "https://bukti.example/1"})
    self_check = own.http.post(f"/api/v1/monitoring/realisations/{rid}/verify",
                               headers={"X-CSRF-Token": own.csrf})
    assert self_check.status_code == 422
    ok = admin.http.post(f"/api/v1/monitoring/realisations/{rid}/verify",
                         headers={"X-CSRF-Token": admin.csrf})
    assert ok.status_code == 200 and ok.json()["status"] == "verified"


def test_another_regency_gets_404(own: Client, other: Client) -> None:
    d = own.http.get("/api/v1/monitoring/regions/72.06?period=2026-S1").json()
    rid = next(i["realisation_id"] for i in d["indicators"] if i["realisation_id"])
    iid = d["indicators"][0]["indicator_id"]
    assert other.http.get("/api/v1/monitoring/regions/72.06").status_code == 404
    assert other.http.get("/monitoring/72.06").status_code == 404
    r = other.http.post(f"/api/v1/monitoring/realisations/{rid}/verify",
                        headers={"X-CSRF-Token": other.csrf})
    assert r.status_code == 404
    r = other.http.post("/api/v1/monitoring/realisations", headers={"X-CSRF-Token": other.csrf},
                        json={"indicator_id": iid, "region": "72.06", "period": "2026-S1",
                              "value": 1.0})
    assert r.status_code == 404
    r = other.http.post("/monitoring/72.06/realisations",
                        data={"csrf_token": other.csrf, "indicator_id": str(iid),
                              "period": "2026-S1", "value": "1"}, follow_redirects=False)
    assert r.status_code == 404
    after = own.http.get("/api/v1/monitoring/regions/72.06?period=2026-S1").json()
    assert after["indicators"] == d["indicators"]


def test_entry_form_with_evidence_file(app: FastAPI, own: Client) -> None:
    d = own.http.get("/api/v1/monitoring/regions/72.06?period=2028").json()
    iid = d["indicators"][0]["indicator_id"]
    r = own.http.post("/monitoring/72.06/realisations",
                      data={"csrf_token": own.csrf, "indicator_id": str(iid),
                            "period": "2028", "value": "1.234,5", "obstacles": "Hujan"},
                      files={"evidence_file": ("berita-acara.pdf", io.BytesIO(b"%PDF-1"),
                                               "application/pdf")},
                      follow_redirects=False)
    assert r.status_code == 303, r.text
    d = own.http.get("/api/v1/monitoring/regions/72.06?period=2028").json()
    row = d["indicators"][0]
    assert row["value"] == 1234.5
    got = own.http.get(f"/monitoring/realisations/{row['realisation_id']}/evidence")
    assert got.status_code == 200 and got.content == b"%PDF-1"


def test_public_dashboard_has_aggregates_only(app: FastAPI) -> None:
    from fastapi.testclient import TestClient

    anon = TestClient(app)
    r = anon.get("/api/v1/monitoring/public?period=2026-S1")
    assert r.status_code == 200
    for d in r.json():
        for ind in d["indicators"]:
            assert "realisation_id" not in ind and "source" not in ind
    page = anon.get("/monitoring/public?period=2026-S1")
    assert page.status_code == 200
    assert "verifikator" not in page.text and "contoh.rancang.id" not in page.text
