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


def test_csv_round_trip_and_audit_through_the_api(app: FastAPI, own: Client) -> None:
    import csv

    from rancang.features.monitoring.audit import history

    got = own.http.get("/monitoring/72.06/template.csv?period=2029-S1")
    assert got.status_code == 200
    rows = list(csv.reader(io.StringIO(got.content.decode("utf-8"))))
    head, body = rows[0], rows[1:]
    assert body and all(r[head.index("nilai")] == "" for r in body)
    for k, r in enumerate(body):
        r[head.index("nilai")] = f"{k + 1},5"
        r[head.index("bukti")] = "https://bukti.example/r"
    buf = io.StringIO()
    csv.writer(buf).writerows([head, *body])
    before = len(history(app.state.engine, CLI_ACTOR, region="72.06", limit=10_000))
    # one bad cell: nothing stored, the row and column named
    bad = [list(r) for r in body]
    bad[1][head.index("nilai")] = "banyak"
    wrong = io.StringIO()
    csv.writer(wrong).writerows([head, *bad])
    refused = own.http.post("/api/v1/monitoring/import", headers={"X-CSRF-Token": own.csrf},
                            files={"files": ("isi.csv", wrong.getvalue().encode(), "text/csv")})
    assert refused.status_code == 422
    p = refused.json()["problems"][0]
    assert (p["file"], p["row"], p["column"]) == ("isi.csv", 3, "nilai")
    assert len(history(app.state.engine, CLI_ACTOR, region="72.06", limit=10_000)) == before
    ok = own.http.post("/api/v1/monitoring/import", headers={"X-CSRF-Token": own.csrf},
                       files={"files": ("isi.csv", buf.getvalue().encode(), "text/csv")})
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"rows": len(body), "created": len(body), "changed": 0}
    d = own.http.get("/api/v1/monitoring/regions/72.06?period=2029-S1").json()
    values = {i["code"]: i["value"] for i in d["indicators"]}
    assert [values[r[head.index("indikator")]] for r in body] == [
        k + 1.5 for k in range(len(body))]
    log = history(app.state.engine, CLI_ACTOR, region="72.06", limit=10_000)
    assert len(log) == before + len(body)
    assert all(h["actor"] == "analyst_own" for h in log[:len(body)])
    # the same file again changes nothing more
    again = own.http.post("/api/v1/monitoring/import", headers={"X-CSRF-Token": own.csrf},
                          files={"files": ("isi.csv", buf.getvalue().encode(), "text/csv")})
    assert again.status_code == 200
    assert own.http.get("/api/v1/monitoring/regions/72.06?period=2029-S1").json()[
        "indicators"] == d["indicators"]


def test_confirm_a_proposal_through_the_api(app: FastAPI, own: Client,
                                            other: Client) -> None:
    from rancang.features.monitoring.realisations import list_realisations

    proposed = list_realisations(app.state.engine, CLI_ACTOR, region="72.06",
                                 status="proposed")
    assert proposed
    rid = proposed[0].id
    r = other.http.post(f"/api/v1/monitoring/realisations/{rid}/confirm",
                        headers={"X-CSRF-Token": other.csrf})
    assert r.status_code == 404
    r = own.http.post(f"/api/v1/monitoring/realisations/{rid}/confirm",
                      headers={"X-CSRF-Token": own.csrf})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["status"], body["entered_by"], body["value"]) == (
        "entered", "analyst_own", proposed[0].value)
    assert body["source"] == proposed[0].source  # the source is kept


def test_achievement_and_lights_follow_the_formula(own: Client) -> None:
    d = own.http.get("/api/v1/monitoring/regions/72.06?period=2026-S1&green=95&yellow=80"
                     ).json()
    assert d["thresholds"] == {"green": 95.0, "yellow": 80.0}
    checked = 0
    for i in d["indicators"]:
        r, t = i["value"], i["year_target"]
        if r is None or not t:
            assert i["achievement"] is None
            continue
        expected = r / t * 100 if i["direction"] == "up" else (2 * t - r) / t * 100
        assert i["achievement"] == pytest.approx(expected)
        light = "green" if expected >= 95 else "yellow" if expected >= 80 else "red"
        assert i["light"] == light
        checked += 1
    assert checked >= 3
    page = own.http.get("/monitoring/72.06?period=2026-S1&green=95&yellow=80&lang=en").text
    assert 'id="monitor-thresholds"' in page and "95" in page


def test_province_page_and_api_list_every_regency(app: FastAPI, own: Client) -> None:
    from rancang.features.plan.service import create_plan

    create_plan(app.state.engine, CLI_ACTOR, region="72.01", start_year=2025)  # no indicators
    admin = login(app, "admin")
    r = admin.http.get("/api/v1/monitoring/provinces/72?period=2026-S1")
    assert r.status_code == 200, r.text
    body = r.json()
    regions = {x["region"]: x for x in body["regions"]}
    assert len(regions) == 14 and "72.71" in regions  # the province and its 13 regencies
    assert regions["72.06"]["status"] == regions["72.03"]["status"] == "reported"
    assert regions["72.01"]["status"] == "no_monitoring"
    assert regions["72.05"] == {"region": "72.05", "name": "KABUPATEN BUOL", "plan_id": None,
                                "status": "no_plan", "indicators": 0, "realised": 0,
                                "achievement": None, "counts": None}
    assert len(body["by_status"]["no_plan"]) == 10
    mine = own.http.get("/api/v1/monitoring/regions/72.06?period=2026-S1").json()
    assert regions["72.06"]["counts"] == mine["counts"]
    assert regions["72.06"]["realised"] == sum(
        1 for i in mine["indicators"] if i["value"] is not None)
    assert own.http.get("/api/v1/monitoring/provinces/72").status_code == 404
    page = admin.http.get("/monitoring/72?period=2026-S1").text
    assert 'id="monitor-province"' in page
    row = re.search(r'<tr id="cover-72.05" class="cover-no_plan">(.*?)</tr>', page, re.S)
    assert row is not None and "KABUPATEN BUOL" in row.group(1)
    assert 'class="cover-no_monitoring"' in page and 'id="cover-72.71"' in page
    assert 'id="monitor-province"' not in own.http.get("/monitoring/72.06").text
