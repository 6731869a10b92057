"""Background jobs: a status/progress/result row per job, run in a thread without a broker
and by ``rancang worker`` on the real Redis broker; errors in the user's language without a
traceback; a user sees only their own jobs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.core.db import ensure_schema, make_engine
from rancang.core.errors import NotFoundError
from rancang.core.settings import Settings
from rancang.features.accounts.service import create_user
from rancang.features.jobs import service as svc
from rancang.web.app import create_app
from tests.web.conftest import PASSWORD, login

REPO = Path(__file__).resolve().parents[2]
COUNT = "rancang.features.jobs.selfcheck:count"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    url = (f"sqlite:///{tmp_path / 'jobs.sqlite'}" if request.param == "sqlite"
           else request.getfixturevalue("postgres_url"))
    eng = make_engine(url)
    ensure_schema(eng)
    request.addfinalizer(eng.dispose)
    return eng


def _users(engine: Engine) -> tuple[Actor, Actor]:
    from rancang.features.accounts.service import authenticate

    for name, region in (("ana", "72.06"), ("budi", "72.03")):
        create_user(engine, name, PASSWORD, role="analyst", region_code=region)
    a, b = authenticate(engine, "ana", PASSWORD), authenticate(engine, "budi", PASSWORD)
    assert a is not None and b is not None
    return a, b


def _final(engine: Engine, actor: Actor, job_id: int, seconds: float = 30) -> svc.JobView:
    view = svc.wait(engine, actor, job_id, seconds)
    assert view.final, f"job {job_id} still {view.status} after {seconds} s"
    return view


def test_thread_job_records_progress_and_result(engine: Engine) -> None:
    ana, _ = _users(engine)
    job_id = svc.submit(engine, ana, COUNT, {"n": 40}, region="72.06", broker_url="")
    view = _final(engine, ana, job_id)
    assert view.status == "done" and view.progress == 1.0
    assert view.result == {"n": 40, "sum": 40 * 41 // 2, "actor": "ana"}
    assert view.note_text("en") == "Counting 40 of 40"
    assert view.started_at is not None and view.finished_at >= view.started_at


def test_progress_is_visible_while_running(engine: Engine) -> None:
    ana, _ = _users(engine)
    job_id = svc.submit(engine, ana, COUNT, {"n": 6, "pause": 0.25}, broker_url="")
    seen = set()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        view = svc.get_job(engine, ana, job_id)
        seen.add((view.status, round(view.progress, 2)))
        if view.final:
            break
        time.sleep(0.05)
    between = [p for s, p in seen if s == "running" and 0 < p < 1]
    assert between, seen  # an intermediate fraction was stored while it ran
    assert ("done", 1.0) in seen


def test_errors_in_both_languages_without_traceback(engine: Engine) -> None:
    ana, _ = _users(engine)
    bad = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 2, "fail": "input"},
                                         broker_url=""))
    assert bad.status == "failed"
    assert bad.error_text("en") == "row 2, column 'n': Job 2 not found."
    assert bad.error_text("id") == "baris 2, kolom 'n': Pekerjaan 2 tidak ditemukan."
    crash = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 1, "fail": "crash"},
                                           broker_url=""))
    for lang in ("id", "en"):
        message = crash.error_text(lang)
        assert str(crash.id) in message
        for leak in ("Traceback", "secret-owner-name", "0812", "RuntimeError"):
            assert leak not in message


def test_a_user_sees_only_their_jobs(engine: Engine) -> None:
    ana, budi = _users(engine)
    job_id = svc.submit(engine, ana, COUNT, {"n": 1}, region="72.06", broker_url="")
    _final(engine, ana, job_id)
    with pytest.raises(NotFoundError):
        svc.get_job(engine, budi, job_id)
    assert [j.id for j in svc.list_jobs(engine, budi)] == []
    assert [j.id for j in svc.list_jobs(engine, ana)] == [job_id]
    # the same id and name from elsewhere (a forged actor) is not the owner either
    with pytest.raises(NotFoundError):
        svc.get_job(engine, Actor(id=ana.id, username="mallory"), job_id)


def test_only_marked_functions_run(engine: Engine) -> None:
    ana, _ = _users(engine)
    with pytest.raises(ValueError, match="not a job"):
        svc.submit(engine, ana, "os:system", {"command": "true"}, broker_url="")


def test_a_job_runs_once(engine: Engine) -> None:
    ana, _ = _users(engine)
    job_id = svc.submit(engine, ana, COUNT, {"n": 1}, broker_url="")
    _final(engine, ana, job_id)
    assert svc.execute(engine, job_id) == "done"  # handed out again: not run again
    assert svc.execute(engine, 10**9) == "missing"


# ------------------------------------------------------------------ the pages and the API
@pytest.fixture()
def app_factory(tmp_path: Path):  # type: ignore[no-untyped-def]
    made = []

    def make(**settings: object):  # type: ignore[no-untyped-def]
        s = Settings(database_url=f"sqlite:///{tmp_path / 'web.sqlite'}",
                     data_dir=tmp_path, **settings)  # type: ignore[arg-type]
        app = create_app(s)
        made.append(app)
        for name, region in (("ana", "72.06"), ("budi", "72.03")):
            create_user(app.state.engine, name, PASSWORD, role="analyst", region_code=region)
        return app

    yield make
    for app in made:
        app.state.engine.dispose()


def test_job_page_and_api_follow_a_job(app_factory) -> None:  # type: ignore[no-untyped-def]
    app = app_factory()
    ana, budi = login(app, "ana"), login(app, "budi")
    from rancang.features.accounts.service import authenticate

    actor = authenticate(app.state.engine, "ana", PASSWORD)
    assert actor is not None
    job_id = svc.submit(app.state.engine, actor, COUNT, {"n": 3, "pause": 0.4},
                        region="72.06", broker_url="")
    running = ana.http.get(f"/jobs/{job_id}")
    assert running.status_code == 200
    assert '<meta http-equiv="refresh" content="2">' in running.text  # polls itself
    _final(app.state.engine, actor, job_id)
    api = ana.http.get(f"/api/v1/jobs/{job_id}?lang=en").json()
    assert api["status"] == "done" and api["result"]["sum"] == 6 and api["progress"] == 1.0
    assert api["step"] == "Counting 3 of 3"
    done = ana.http.get(f"/jobs/{job_id}?lang=en")
    assert "refresh" not in done.text and "Done" in done.text
    assert [j["id"] for j in ana.http.get("/api/v1/jobs").json()] == [job_id]
    # another analyst: 404 on the page and the API, an empty list
    assert budi.http.get(f"/jobs/{job_id}").status_code == 404
    assert budi.http.get(f"/api/v1/jobs/{job_id}").status_code == 404
    assert budi.http.get("/api/v1/jobs").json() == []
    assert TestClient(app).get(f"/api/v1/jobs/{job_id}").status_code == 401
    # a failed job: the message in the page's language, no traceback
    failed = svc.submit(app.state.engine, actor, COUNT, {"n": 1, "fail": "crash"},
                        broker_url="")
    _final(app.state.engine, actor, failed)
    for lang, word in (("en", "internal error"), ("id", "kesalahan internal")):
        page = ana.http.get(f"/jobs/{failed}?lang={lang}")
        assert word in page.text and "Traceback" not in page.text
        assert "secret-owner-name" not in page.text


# ------------------------------------------------------------------ the real broker
def _worker(env: dict[str, str], *, burst: bool = True, timeout: float = 120
            ) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "rancang", "worker"] + (["--burst"] if burst else [])
    return subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _env(url: str, broker: str, queue: str) -> dict[str, str]:
    env = {**os.environ, "RANCANG_DATABASE_URL": url, "RANCANG_BROKER_URL": broker,
           "RANCANG_JOB_QUEUE": queue, "PYTHONPATH": str(REPO / "src")}
    env.pop("RANCANG_LANG", None)
    return env


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_worker_subprocess_runs_jobs_end_to_end(store: str, tmp_path: Path, job_queue: str,
                                                redis_server: str,
                                                request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 'broker.sqlite'}" if store == "sqlite"
           else request.getfixturevalue("postgres_url"))
    eng = make_engine(url)
    ensure_schema(eng)
    ana, budi = _users(eng)
    ok = svc.submit(eng, ana, COUNT, {"n": 25}, region="72.06", broker_url=redis_server)
    bad = svc.submit(eng, budi, COUNT, {"n": 2, "fail": "input"}, broker_url=redis_server)
    crash = svc.submit(eng, ana, COUNT, {"n": 1, "fail": "crash"}, broker_url=redis_server)
    # queued on the broker, not run by this process
    assert svc.get_job(eng, ana, ok).status == "queued"
    done = _worker(_env(url, redis_server, job_queue))
    assert done.returncode == 0, done.stderr[-2000:]
    assert job_queue in done.stdout
    first = svc.get_job(eng, ana, ok)
    assert (first.status, first.result) == ("done", {"n": 25, "sum": 325, "actor": "ana"})
    refused = svc.get_job(eng, budi, bad)
    assert refused.status == "failed"
    assert refused.error_text("en") == "row 2, column 'n': Job 2 not found."
    crashed = svc.get_job(eng, ana, crash)
    assert crashed.status == "failed" and "secret-owner-name" not in str(crashed.error)
    # the worker logged the crash for the administrator, the job row has no traceback
    assert "Traceback" not in str(crashed.error)
    eng.dispose()


def test_page_starts_a_job_on_the_broker_and_a_worker_finishes_it(
        app_factory, job_queue: str, redis_server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The duplicate search of the register page goes to the broker; the page shows the
    job's progress page; a worker started afterwards does it; the page then links to the
    review, and only the analyst who started it sees it."""
    from tests.web.conftest import build_app

    app = build_app(f"sqlite:///{tmp_path / 'reg.sqlite'}", firms=30, boundaries=None)
    app.state.settings = app.state.settings.model_copy(
        update={"broker_url": redis_server, "job_wait_seconds": 0.2})
    own, other = login(app, "analyst_own"), login(app, "analyst_other")
    resp = own.http.post("/register/duplicates/find", data={"csrf_token": own.csrf},
                         follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"].startswith("/jobs/")
    job_id = int(resp.headers["location"].rsplit("/", 1)[1])
    queued = own.http.get(f"/jobs/{job_id}?lang=en").text
    assert "Waiting in the queue" in queued and 'http-equiv="refresh"' in queued
    assert other.http.get(f"/jobs/{job_id}").status_code == 404
    done = _worker(_env(str(app.state.engine.url.render_as_string(hide_password=False)),
                        redis_server, job_queue))
    assert done.returncode == 0, done.stderr[-2000:]
    api = own.http.get(f"/api/v1/jobs/{job_id}").json()
    assert api["status"] == "done", api
    assert api["region"] == "72.06" and api["result"]["scope"] == "72.06"
    page = own.http.get(f"/jobs/{job_id}").text
    assert 'id="job-result" href="/register/duplicates?done=found"' in page
    app.state.engine.dispose()


def test_plan_draft_page_runs_as_a_job(tmp_path: Path) -> None:
    """"Draft" on a plan page: a job in a thread of the web process (no broker); the page
    answers with the job's page at once (wait 0), the job drafts the plan, the job's page
    then links to the plan; a refusal (another region's plan) is immediate, no job."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.store import plan_sections
    from tests.web.conftest import build_app

    app = build_app(f"sqlite:///{tmp_path / 'plan.sqlite'}", firms=10, boundaries=None)
    app.state.settings = app.state.settings.model_copy(update={"job_wait_seconds": 0.0})
    engine = app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    own, other = login(app, "analyst_own"), login(app, "analyst_other")
    refused = other.http.post(f"/plans/{plan.id}/draft", follow_redirects=False,
                              data={"csrf_token": other.csrf, "dataset_id": "1",
                                    "region": "9903"})
    assert refused.status_code == 404
    resp = own.http.post(f"/plans/{plan.id}/draft", follow_redirects=False,
                         data={"csrf_token": own.csrf, "dataset_id": "1", "region": "9903"})
    assert resp.status_code == 303 and resp.headers["location"].startswith("/jobs/")
    job_id = int(resp.headers["location"].rsplit("/", 1)[1])
    deadline = time.monotonic() + 120
    while (api := own.http.get(f"/api/v1/jobs/{job_id}").json())["status"] not in (
            "done", "failed"):
        assert time.monotonic() < deadline, api
        time.sleep(0.2)
    assert api["status"] == "done", api
    assert api["kind"] == "plan.draft" and api["result_url"] == f"/plans/{plan.id}"
    assert f'href="/plans/{plan.id}"' in own.http.get(f"/jobs/{job_id}").text
    _, views = plan_sections(engine, CLI_ACTOR, plan.id)
    assert sum(bool(v.blocks) for v in views) >= 5  # drafted: generated blocks stored
    assert other.http.get(f"/jobs/{job_id}").status_code == 404
    engine.dispose()


def test_api_starts_a_duplicate_search_job(tmp_path: Path) -> None:
    """``POST /api/v1/register/duplicates/find/job``: 202 with the job, followed at
    ``/api/v1/jobs/{id}``; the review is then stored for the analyst's region."""
    from tests.web.conftest import add_duplicates, build_app

    app = build_app(f"sqlite:///{tmp_path / 'api.sqlite'}", firms=20, boundaries=None)
    add_duplicates(app.state.engine, 2)
    own, viewer = login(app, "analyst_own"), login(app, "viewer")
    resp = own.http.post("/api/v1/register/duplicates/find/job", json={"threshold": 7.0},
                         headers={"X-CSRF-Token": own.csrf})
    assert resp.status_code == 202, resp.text
    job = resp.json()
    assert job["kind"] == "registry.duplicates" and job["region"] == "72.06"
    deadline = time.monotonic() + 60
    while (job := own.http.get(f"/api/v1/jobs/{job['id']}").json())["status"] not in (
            "done", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
    assert job["status"] == "done" and job["result"]["scope"] == "72.06"
    review = own.http.get("/api/v1/register/duplicates").json()["review"]
    assert review["id"] == job["result"]["id"] and review["scope"] == "72.06"
    refused = viewer.http.post("/api/v1/register/duplicates/find/job",
                               headers={"X-CSRF-Token": viewer.csrf})
    assert refused.status_code == 403
    app.state.engine.dispose()
