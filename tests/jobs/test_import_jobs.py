"""Register uploads of the data page run as background jobs (issue 17): the page answers
with the job's progress page, the job reads, checks and saves (all-or-nothing as in the
request), and the data page shows the outcome: the summary, or every problem at its file,
row and column with nothing written. In a thread without a broker, and on the real Redis
broker with ``rancang worker``. A job whose process was killed mid-job is marked failed
with a clear message at the next read."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine, select

import rancang.features.registry.models as register_models
from rancang.core.db import ensure_schema, make_engine
from rancang.core.db.base import Base
from rancang.features.jobs import service as svc
from tests.jobs.test_jobs import _env, _worker
from tests.web.conftest import Client, build_app, login

REPO = Path(__file__).resolve().parents[2]
HEAD = "Nama Usaha,NIB,Alamat,Kode Desa,KBLI,Tenaga Kerja,Pemilik,Telepon,Tahun\n"
GOOD = ("UD Rotan Bahodopi,9120007770001,Jl. Trans 1,72.06.05.1014,10421,7,Ani,"
        "081200000001,2023\n"
        "CV Nikel Karya,9120007770002,Jl. Trans 2,72.06.05.1014,10421,12,Budi,"
        "081200000002,2023\n")
# row 3: a KBLI code that does not exist; row 4: a village of another regency
BAD = ("UD Sagu Baru,9120007770003,Jl. Sagu 1,72.06.05.1014,10421,3,Citra,081200000003,2023\n"
       "UD Salah Kode,9120007770004,Jl. Sagu 2,72.06.05.1014,99999,3,Dodi,081200000004,2023\n"
       "UD Palu,9120007770005,Jl. Sagu 3,72.03.01.2001,10421,3,Eka,081200000005,2023\n")
REGISTER_TABLES = sorted(m.__tablename__ for m in vars(register_models).values()
                         if isinstance(m, type) and issubclass(m, Base)
                         and m.__module__ == register_models.__name__)


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every register table, as stored."""
    out = {}
    with engine.connect() as conn:
        for name in REGISTER_TABLES:
            t = Base.metadata.tables[name]
            out[name] = [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
    return out


def _names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(register_models.Enterprise.name)).scalars())


def _upload(c: Client, body: str, name: str) -> object:
    return c.http.post("/data/upload", data={"csrf_token": c.csrf, "kind": "register"},
                       files={"files": (name, io.BytesIO(body.encode()), "text/csv")},
                       follow_redirects=False)


def _job_of(resp: object) -> int:
    assert resp.status_code == 303, resp.text[:1500]  # type: ignore[attr-defined]
    where = resp.headers["location"]  # type: ignore[attr-defined]
    assert where.startswith("/jobs/"), where
    return int(where.rsplit("/", 1)[1])


def _final(c: Client, job_id: int, seconds: float = 60) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while (job := c.http.get(f"/api/v1/jobs/{job_id}?lang=en").json())["status"] not in (
            "done", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
    return job  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('ij') / 'ij.sqlite'}", firms=8,
                    boundaries=None)
    web.state.settings = web.state.settings.model_copy(update={"job_wait_seconds": 0.0})
    yield web
    web.state.engine.dispose()


def test_register_upload_runs_as_a_job_and_the_data_page_shows_the_summary(
        app: FastAPI) -> None:
    own, other = login(app, "analyst_own"), login(app, "analyst_other")
    job_id = _job_of(_upload(own, HEAD + GOOD, "baru.csv"))
    job = _final(own, job_id)
    assert job["status"] == "done", job
    assert job["kind"] == "datasets.import" and job["region"] == "72.06"
    assert job["result_url"] == f"/data?job={job_id}"
    assert (job["result"]["rows"], job["result"]["added"]) == (2, 2)  # type: ignore[index]
    page = own.http.get(f"/data?job={job_id}&lang=en")
    assert page.status_code == 200 and 'id="saved"' in page.text
    assert f'href="/data?job={job_id}"' in own.http.get(f"/jobs/{job_id}").text
    assert {"UD Rotan Bahodopi", "CV Nikel Karya"} <= _names(app.state.engine)
    # another analyst: the job and its outcome do not exist for them
    assert other.http.get(f"/data?job={job_id}").status_code == 404
    assert other.http.get(f"/jobs/{job_id}").status_code == 404
    # the staged files went with the job: nothing left to confirm
    assert own.http.get("/data?job=99999999").status_code == 404
    assert own.http.get("/data?job=99999999999999999999").status_code == 422


def test_a_refused_upload_job_writes_nothing_and_locates_every_problem(app: FastAPI) -> None:
    own = login(app, "analyst_own")
    before = snapshot(app.state.engine)
    job_id = _job_of(_upload(own, HEAD + BAD, "salah.csv"))
    job = _final(own, job_id)
    assert job["status"] == "failed"
    assert snapshot(app.state.engine) == before  # all or nothing: row 2 was fine
    for url in (f"/jobs/{job_id}?lang=en", f"/data?job={job_id}&lang=en"):
        page = own.http.get(url)
        assert page.status_code == (200 if url.startswith("/jobs") else 422), url
        table = page.text.split('id="problems"', 1)[1].split("</table>")[0]
        rows = [r for r in table.split("<tr>")[2:]]
        assert len(rows) == 2, table
        assert "salah.csv" in rows[0] and "<td>3</td>" in rows[0] and "KBLI" in rows[0]
        assert "<td>4</td>" in rows[1] and "Kode Desa" in rows[1]
        assert "Traceback" not in page.text
    # the annotated copy of the refused file
    link = own.http.get(f"/jobs/{job_id}").text.split('id="problems-download" href="')[1]
    copy = own.http.get(link.split('"')[0])
    assert copy.status_code == 200 and copy.content[:2] == b"PK"
    # Indonesian by default
    assert "Kode Desa" in own.http.get(f"/jobs/{job_id}").text


def test_short_import_answers_at_once_as_before(app: FastAPI) -> None:
    """With the default wait, a small upload's page is the outcome itself (no job page)."""
    app.state.settings = app.state.settings.model_copy(update={"job_wait_seconds": 30.0})
    try:
        own = login(app, "analyst_own")
        body = HEAD + GOOD.replace("7770001", "7770011").replace("7770002", "7770012")
        page = _upload(own, body.replace("Rotan", "Damar").replace("Nikel", "Besi"), "c.csv")
        assert page.status_code == 200 and 'id="saved"' in page.text  # type: ignore[attr-defined]
        refused = _upload(own, HEAD + BAD, "salah.csv")
        assert refused.status_code == 422 and 'id="problems"' in refused.text  # type: ignore[attr-defined]
    finally:
        app.state.settings = app.state.settings.model_copy(update={"job_wait_seconds": 0.0})


def test_register_import_job_on_the_real_broker(job_queue: str, redis_server: str,
                                                tmp_path: Path) -> None:
    """The same on Redis: the upload is queued (not run by the web process); a worker
    started afterwards imports the good file and refuses the bad one whole."""
    web = build_app(f"sqlite:///{tmp_path / 'rq.sqlite'}", firms=8, boundaries=None)
    web.state.settings = web.state.settings.model_copy(
        update={"broker_url": redis_server, "job_wait_seconds": 0.2})
    own = login(web, "analyst_own")
    good = _job_of(_upload(own, HEAD + GOOD, "baru.csv"))
    bad = _job_of(_upload(own, HEAD + BAD, "salah.csv"))
    assert own.http.get(f"/api/v1/jobs/{good}").json()["status"] == "queued"
    assert "Waiting in the queue" in own.http.get(f"/jobs/{good}?lang=en").text
    before = _names(web.state.engine)
    url = web.state.engine.url.render_as_string(hide_password=False)
    done = _worker(_env(url, redis_server, job_queue))
    assert done.returncode == 0, done.stderr[-2000:]
    assert _final(own, good, 5)["status"] == "done"
    refused = _final(own, bad, 5)
    assert refused["status"] == "failed" and "row 3" in str(refused["error"])
    added = _names(web.state.engine) - before
    assert added == {"UD Rotan Bahodopi", "CV Nikel Karya"}  # the bad file: nothing
    page = own.http.get(f"/data?job={bad}&lang=en")
    assert page.status_code == 422 and "salah.csv" in page.text
    web.state.engine.dispose()


# ------------------------------------------------------------------ a killed process
KILLED = """
import sys, time
from rancang.core.db import make_engine
from rancang.features.accounts.service import authenticate
from rancang.features.jobs import service as svc
engine = make_engine(sys.argv[1])
ana = authenticate(engine, "ana", sys.argv[2])
job_id = svc.submit(engine, ana, "rancang.features.jobs.selfcheck:count",
                    {"n": 1000, "pause": 0.05}, broker_url="")
print(job_id, flush=True)
time.sleep(120)
"""


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_a_job_whose_process_was_killed_is_marked_failed(
        store: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from rancang.features.accounts.service import authenticate, create_user
    from tests.web.conftest import PASSWORD

    url = (f"sqlite:///{tmp_path / 'killed.sqlite'}" if store == "sqlite"
           else request.getfixturevalue("postgres_url"))
    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "ana", PASSWORD, role="analyst", region_code="72.06")
    ana = authenticate(engine, "ana", PASSWORD)
    assert ana is not None
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "RANCANG_BROKER_URL": ""}
    proc = subprocess.Popen([sys.executable, "-c", KILLED, url, PASSWORD], env=env,
                            stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert proc.stdout is not None
        job_id = int(proc.stdout.readline())
        deadline = time.monotonic() + 60
        while (view := svc.get_job(engine, ana, job_id)).progress == 0.0:
            assert time.monotonic() < deadline, view
            time.sleep(0.05)
        assert view.status == "running"  # its process lives: left alone
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
    # the next read finds the process gone
    view = svc.get_job(engine, ana, job_id)
    assert view.status == "failed" and view.finished_at is not None
    assert view.error_text("en").startswith(f"Job {job_id} was interrupted: the process")
    assert view.error_text("id").startswith(f"Pekerjaan {job_id} terhenti")
    assert 0 < view.progress < 1
    # the job lists show it failed too, and a late claim cannot run it again
    assert [j.status for j in svc.list_jobs(engine, ana)] == ["failed"]
    assert svc.execute(engine, job_id) == "failed"
    engine.dispose()


def test_a_queued_job_of_a_dead_process_is_reaped_not_a_live_one(tmp_path: Path) -> None:
    """reap() on rows written by hand: a queued thread job of a process that no longer
    exists is failed; one of this process, and a worker's on another machine, are not."""
    from sqlalchemy import insert

    from rancang.core.db.base import utcnow
    from rancang.features.jobs.models import Job

    engine = make_engine(f"sqlite:///{tmp_path / 'reap.sqlite'}")
    ensure_schema(engine)
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    gone = svc.this_process().rsplit("|", 2)[0] + f"|{done.stdout.strip()}|1"
    runners = {"dead": gone, "live": svc.this_process(), "remote": "elsewhere|x|1|1"}
    with engine.begin() as conn:
        ids = {k: conn.execute(insert(Job).returning(Job.id).values(
            kind="jobs.example", target="x:y", user_id=1, username="ana", params={},
            status="queued", progress=0.0, created_at=utcnow(), runner=r)).scalar_one()
            for k, r in runners.items()}
    assert svc.reap(engine) == [ids["dead"]]
    with engine.connect() as conn:
        states = dict(conn.execute(select(Job.id, Job.status)).all())
    assert states == {ids["dead"]: "failed", ids["live"]: "queued", ids["remote"]: "queued"}
    engine.dispose()


def test_a_windows_1252_register_upload_keeps_its_names(app: FastAPI) -> None:
    """Issue 17, item 7 for the register: a spreadsheet saved as Windows-1252 (Latin-1)
    imports through the upload job with its accented names intact, not garbled."""
    own = login(app, "analyst_own")
    row = ("Warung Kopi Café Señora,9120007770021,Jl. Trans 3,72.06.05.1014,10421,4,"
           "Renée,081200000021,2023\n")
    resp = own.http.post("/data/upload", data={"csrf_token": own.csrf, "kind": "register"},
                         files={"files": ("latin.csv", io.BytesIO((HEAD + row).encode("cp1252")),
                                          "text/csv")}, follow_redirects=False)
    assert _final(own, _job_of(resp))["status"] == "done"
    assert "Warung Kopi Café Señora" in _names(app.state.engine)
    assert not any("\ufffd" in n or "Ã" in n for n in _names(app.state.engine))


def test_api_imports_a_register_upload_as_a_job(app: FastAPI) -> None:
    """``POST /api/v1/imports/register/job``: 202 with the job; a refused file fails with
    its located problems and writes nothing; a viewer is refused at once."""
    own, viewer = login(app, "analyst_own"), login(app, "viewer")

    def post(c: Client, body: str) -> object:
        return c.http.post("/api/v1/imports/register/job", headers={"X-CSRF-Token": c.csrf},
                           files={"files": ("api.csv", io.BytesIO(body.encode()), "text/csv")})

    # two new firms: new NIBs, names and streets (the importer knows a firm again by its
    # name and address as well as by its NIB)
    body = HEAD + (GOOD.replace("77700", "77800").replace("UD Rotan", "UD Api Rotan")
                   .replace("CV Nikel", "CV Api Nikel").replace("Jl. Trans", "Jl. Api"))
    resp = post(own, body)
    assert resp.status_code == 202, resp.text  # type: ignore[attr-defined]
    job = _final(own, resp.json()["id"])  # type: ignore[attr-defined]
    assert job["status"] == "done" and job["result"]["added"] == 2, job  # type: ignore[index]
    before = snapshot(app.state.engine)
    bad = _final(own, post(own, HEAD + BAD).json()["id"])  # type: ignore[attr-defined]
    assert bad["status"] == "failed" and "row 3" in str(bad["error"]), bad
    assert snapshot(app.state.engine) == before
    assert post(viewer, body).status_code == 403  # type: ignore[attr-defined]
