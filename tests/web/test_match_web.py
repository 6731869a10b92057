"""The schedule page: an uploaded event comes back as the CLI's files; a bad one as its
problems, located, and nothing else."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from fastapi import FastAPI

from rancang.features.matching.demo import demo_event, write_event_xlsx
from rancang.features.matching.event import read_event
from rancang.features.matching.schedule import Meeting, check_schedule
from tests.web.conftest import Client

pytestmark = pytest.mark.usefixtures("english")


def test_upload_returns_a_valid_schedule(web_app: FastAPI, clients: dict[str, Client],
                                         tmp_path: Path) -> None:
    path = write_event_xlsx(demo_event(buyers=4, sellers=6, slots=6, requests=14, tables=3,
                                       seed=7), tmp_path / "acara.xlsx", indonesian=True)
    c = clients["analyst_own"]
    assert c.http.get("/match/schedule").status_code == 200
    r = c.http.post("/match/schedule", data={"csrf_token": c.csrf, "time_limit": "3"},
                    files={"files": ("acara.xlsx", path.read_bytes(),
                                     "application/octet-stream")})
    assert r.status_code == 200, r.text[:500]
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert sorted(z.namelist()) == ["schedule-participants.pdf", "schedule.csv", "schedule.xlsx",
                                  "table-cards.pdf", "unscheduled.csv"]
    rows = list(csv.DictReader(io.StringIO(z.read("schedule.csv").decode())))
    event = read_event(path)
    index = {(q.from_id, q.to_id): i for i, q in enumerate(event.requests)}
    meetings = [Meeting(index[(x["from_id"], x["to_id"])], int(x["slot"]), int(x["table"]))
                for x in rows]
    assert check_schedule(event, meetings) == []
    assert r.headers["X-Meetings"] == str(len(rows))


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
