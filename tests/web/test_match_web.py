"""The schedule page: an uploaded event comes back as the CLI's files; a bad one as its
problems, located, and nothing else."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from fastapi import FastAPI
from typer.testing import CliRunner

from rancang.cli import build_app
from rancang.features.matching.demo import demo_event, write_event_xlsx
from rancang.features.matching.event import read_event
from rancang.features.matching.schedule import Meeting
from tests.matching.test_schedule import unplaced_that_fit, violations
from tests.web.conftest import Client

pytestmark = pytest.mark.usefixtures("english")
runner = CliRunner()


def test_upload_returns_a_valid_schedule(web_app: FastAPI, clients: dict[str, Client],
                                         tmp_path: Path) -> None:
    path = write_event_xlsx(demo_event(buyers=4, sellers=6, slots=6, requests=14, tables=3,
                                       seed=7), tmp_path / "acara.xlsx", indonesian=True)
    c = clients["analyst_own"]
    assert c.http.get("/match/schedule").status_code == 200
    r = c.http.post("/match/schedule", data={"csrf_token": c.csrf, "time_limit": "3"},
                    files={"files": ("acara.xlsx", path.read_bytes(),
                                     "application/octet-stream")}, follow_redirects=False)
    # a background job: the page waits for it, then shows its counts and the download
    assert r.status_code == 303, r.text[:500]
    assert r.headers["location"].startswith("/match/schedule?job=")
    job_id = int(r.headers["location"].rsplit("=", 1)[1])
    page = c.http.get(r.headers["location"]).text
    assert f'id="schedule-download" href="/jobs/{job_id}/download"' in page
    r = c.http.get(f"/jobs/{job_id}/download")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert sorted(z.namelist()) == ["schedule-participants.pdf", "schedule.csv", "schedule.xlsx",
                                  "table-cards.pdf", "unscheduled.csv"]
    rows = list(csv.DictReader(io.StringIO(z.read("schedule.csv").decode())))
    event = read_event(path)
    index = {(q.from_id, q.to_id): i for i, q in enumerate(event.requests)}
    meetings = [Meeting(index[(x["from_id"], x["to_id"])], int(x["slot"]), int(x["table"]))
                for x in rows]
    # the independent checker of the tests, not the solver's own
    assert violations(event, meetings) == [] and unplaced_that_fit(event, meetings) == []
    job = c.http.get(f"/api/v1/jobs/{job_id}").json()
    assert job["kind"] == "matching.schedule" and job["result"]["meetings"] == len(rows)
    assert job["result"]["requests"] == len(event.requests)
    # nobody else reads the job's file
    assert clients["analyst_other"].http.get(f"/jobs/{job_id}/download").status_code == 404


def test_bad_upload_shows_its_problems(web_app: FastAPI, clients: dict[str, Client]) -> None:
    c = clients["analyst_own"]
    r = c.http.post("/match/schedule", data={"csrf_token": c.csrf},
                    files={"files": ("acara.csv", b"a,b\n", "text/csv")})
    assert r.status_code == 422
    assert 'role="alert"' in r.text and "acara.csv" in r.text
    assert clients["viewer"].http.get("/match/schedule").status_code == 403


def test_needs_upload_gives_the_cli_files(web_app: FastAPI, clients: dict[str, Client]) -> None:
    data = Path(__file__).resolve().parents[1] / "data" / "matching"
    c = clients["analyst_own"]
    assert c.http.get("/match/needs").status_code == 200
    r = c.http.post("/match/needs", data={"csrf_token": c.csrf, "top": "3"}, files=[
        ("files", ("needs.csv", (data / "needs.csv").read_bytes(), "text/csv")),
        ("files", ("suppliers.csv", (data / "suppliers.csv").read_bytes(), "text/csv"))])
    assert r.status_code == 200, r.text[:500]
    z = zipfile.ZipFile(io.BytesIO(r.content))
    rows = list(csv.DictReader(io.StringIO(z.read("matches.csv").decode())))
    assert len(rows) == 12 and rows[0]["supplier_id"] == "S1"
    assert r.headers["X-Unmet"] == "1"
    one = c.http.post("/match/needs", data={"csrf_token": c.csrf},
                      files={"files": ("needs.csv", b"id\n", "text/csv")})
    assert one.status_code == 422 and 'role="alert"' in one.text


def test_outcome_report_on_the_page_equals_the_cli(web_app: FastAPI, clients: dict[str, Client],
                                                   tmp_path: Path) -> None:
    from tests.matching.test_outcomes import ROWS, write

    path = write(tmp_path / "hasil.csv", ROWS)
    c = clients["analyst_own"]
    assert c.http.get("/match/outcomes").status_code == 200
    page = c.http.post("/match/outcomes?lang=en", data={"csrf_token": c.csrf},
                       files={"files": ("hasil.csv", path.read_bytes(), "text/csv")})
    assert page.status_code == 200, page.text[:500]
    res = runner.invoke(build_app(), ["match", "outcomes", str(path), "--out",
                                      str(tmp_path / "cli")])
    assert res.exit_code == 0, res.output
    for name in ("events", "sections", "regions", "quarters"):
        with (tmp_path / "cli" / f"outcomes-{name}.csv").open() as fh:
            cli_rows = list(csv.DictReader(fh))
        table = page.text.split(f'id="outcomes-{name}"')[1].split("</table>")[0]
        for row in cli_rows:
            value = row["contract_value"]
            assert f'data-value="{value}"' in table, (name, value)
    assert "2,000,000,001" in page.text  # the total's contract value, in English format
    z = c.http.post("/match/outcomes", data={"csrf_token": c.csrf, "download": "1"},
                    files={"files": ("hasil.csv", path.read_bytes(), "text/csv")})
    names = zipfile.ZipFile(io.BytesIO(z.content)).namelist()
    assert "outcomes-report.xlsx" in names and "outcomes-quarters.csv" in names
    bad = c.http.post("/match/outcomes", data={"csrf_token": c.csrf},
                      files={"files": ("hasil.csv", b"acara,tanggal\nTU,kemarin\n", "text/csv")})
    assert bad.status_code == 422 and "hasil.csv" in bad.text
