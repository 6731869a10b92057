"""Job result files expire (issue 16): a finished job's file is kept
``RANCANG_JOB_RETENTION_DAYS``; then its download answers 410 with the catalogue's message
in the reader's language, :func:`purge` (every submission, a starting worker,
``rancang jobs purge``) deletes the file, and the job's row one period later. On SQLite and
PostgreSQL, in a thread and on the real Redis broker.

Time is moved by shifting a job's recorded times into the past (plain SQL), never by
waiting."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, func, insert, select, update
from typer.testing import CliRunner

from rancang.cli import build_app as build_cli
from rancang.core.db import ensure_schema, make_engine
from rancang.core.db.base import utcnow
from rancang.core.i18n import format_when
from rancang.core.settings import Settings
from rancang.features.jobs import service as svc
from rancang.features.jobs.models import Job, JobFile
from tests.jobs.test_jobs import COUNT, _env, _final, _users, _worker, app_factory, engine
from tests.web.conftest import PASSWORD, login

__all__ = ["app_factory", "engine"]  # fixtures shared with test_jobs.py
DAYS = 2.0


@pytest.fixture(autouse=True)
def _retention(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RANCANG_JOB_RETENTION_DAYS", str(DAYS))


def _age(engine: Engine, job_id: int, days: float, *, legacy: bool = False) -> None:
    """Move job ``job_id``'s times ``days`` into the past (``legacy``: as a job that ended
    before ``expires_at`` was recorded)."""
    t = Job.__table__
    back = timedelta(days=days)
    with engine.begin() as conn:
        row = conn.execute(select(t).where(t.c.id == job_id)).one()
        conn.execute(update(t).where(t.c.id == job_id).values(
            created_at=row.created_at - back, started_at=row.started_at - back,
            finished_at=row.finished_at - back,
            expires_at=None if legacy or row.expires_at is None else row.expires_at - back))


def _files(engine: Engine) -> dict[int, int]:
    with engine.connect() as conn:
        return dict(conn.execute(select(JobFile.job_id, func.count())
                                 .group_by(JobFile.job_id)).all())


def _ids(engine: Engine) -> set[int]:
    with engine.connect() as conn:
        return set(conn.execute(select(Job.id)).scalars())


def test_the_setting_has_a_sane_default_and_refuses_nonsense(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RANCANG_JOB_RETENTION_DAYS")
    assert Settings(database_url="sqlite://").job_retention_days == 30.0
    for bad in (0, -1):
        with pytest.raises(ValidationError):
            Settings(database_url="sqlite://", job_retention_days=bad)


def test_results_expire_then_files_then_rows_are_purged(engine: Engine) -> None:
    ana, _ = _users(engine)
    done = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 3, "file": "sum.txt"},
                                          broker_url=""))
    failed = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 1, "fail": "crash"},
                                            broker_url=""))
    legacy = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 4, "file": "s.txt"},
                                            broker_url=""))
    for view in (done, failed, legacy):  # the end of the job plus the setting
        assert view.expires_at == view.finished_at + timedelta(days=DAYS)
        assert not view.expired()
    assert svc.output_file(engine, ana, done.id).content == b"6"  # 1 + 2 + 3
    # an unfinished job (a worker on another machine still at it) is never purged
    with engine.begin() as conn:
        running = int(conn.execute(insert(Job).returning(Job.id).values(
            kind="jobs.example", target=COUNT, user_id=ana.id, username=ana.username,
            params={}, status="running", progress=0.5, created_at=utcnow() - timedelta(days=99),
            started_at=utcnow() - timedelta(days=99))).scalar_one())
        conn.execute(insert(JobFile).values(job_id=running, role="input", name="in.csv",
                                            media_type="text/csv", content=b"x",
                                            created_at=utcnow() - timedelta(days=99)))
    assert svc.purge(engine) == svc.Purged(files=0, jobs=0)  # nothing has expired yet
    assert _files(engine) == {done.id: 1, legacy.id: 1, running: 1}

    # a day before expiry: still there
    _age(engine, done.id, DAYS - 1)
    assert svc.output_file(engine, ana, done.id).content == b"6"
    # one more day and a minute: expired, refused even before the purge ran
    _age(engine, done.id, 1 + 1 / 1440)
    _age(engine, failed.id, DAYS + 1 / 1440)
    _age(engine, legacy.id, DAYS + 1 / 1440, legacy=True)  # ended before jobs_0004
    view = svc.get_job(engine, ana, done.id)
    assert view.expired()
    with pytest.raises(svc.ExpiredError) as refused:
        svc.output_file(engine, ana, done.id)
    assert refused.value.status == 410
    when = f"{format_when(view.expires_at, 'en')} UTC"  # in the language shown
    assert refused.value.message("en") == (
        f"The result of job {done.id} expired on {when} and was deleted (results are kept "
        "for a period the administrator sets). Run the job again.")
    assert refused.value.message("id").startswith(
        f"Hasil pekerjaan {done.id} sudah kedaluwarsa pada "
        f"{format_when(view.expires_at, 'id')} UTC")
    with pytest.raises(svc.ExpiredError):
        svc.output_file(engine, ana, legacy.id)
    assert _files(engine) == {done.id: 1, legacy.id: 1, running: 1}

    assert svc.purge(engine) == svc.Purged(files=2, jobs=0)
    assert _files(engine) == {running: 1}
    assert _ids(engine) == {done.id, failed.id, legacy.id, running}  # rows tell "expired"
    with pytest.raises(svc.ExpiredError):
        svc.output_file(engine, ana, done.id)

    # one retention period after expiry the rows go too; the running job stays
    for job_id in (done.id, failed.id):
        _age(engine, job_id, DAYS)
    assert svc.purge(engine) == svc.Purged(files=0, jobs=2)
    assert _ids(engine) == {legacy.id, running}
    _age(engine, legacy.id, DAYS)
    assert svc.purge(engine) == svc.Purged(files=0, jobs=1)
    assert _ids(engine) == {running} and _files(engine) == {running: 1}


def test_a_new_job_purges_what_expired(engine: Engine) -> None:
    ana, budi = _users(engine)
    old = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 2, "file": "a.txt"},
                                         broker_url=""))
    kept = _final(engine, ana, svc.submit(engine, ana, COUNT, {"n": 2, "file": "b.txt"},
                                          broker_url=""))
    _age(engine, old.id, DAYS + 0.01)
    _age(engine, kept.id, DAYS - 0.01)
    new = _final(engine, budi, svc.submit(engine, budi, COUNT, {"n": 1}, broker_url=""))
    assert _files(engine) == {kept.id: 1}
    assert new.status == "done"


def test_the_cli_purges(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    eng = make_engine(url)
    ensure_schema(eng)
    ana, _ = _users(eng)
    job = _final(eng, ana, svc.submit(eng, ana, COUNT, {"n": 2, "file": "a.txt"},
                                      broker_url=""))
    _age(eng, job.id, DAYS + 0.01)
    r = CliRunner().invoke(build_cli(), ["--lang", "en", "jobs", "purge", "--database-url", url])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == "Deleted: 1 expired result files and 0 old jobs."
    _age(eng, job.id, DAYS)
    r = CliRunner().invoke(build_cli(), ["--lang", "id", "jobs", "purge", "--database-url", url])
    assert r.stdout.strip() == "Dihapus: 0 berkas hasil yang kedaluwarsa dan 1 pekerjaan lama."
    assert _ids(eng) == set()
    eng.dispose()


def test_page_and_api_show_the_expiry_then_answer_410(app_factory) -> None:
    app = app_factory(job_retention_days=DAYS)
    eng = app.state.engine
    from rancang.features.accounts.service import authenticate

    actor = authenticate(eng, "ana", PASSWORD)
    assert actor is not None
    job = _final(eng, actor, svc.submit(eng, actor, COUNT, {"n": 3, "file": "sum.txt"},
                                        broker_url=""))
    ana, budi = login(app, "ana"), login(app, "budi")
    # the moment as each language writes it (never 2027-01-04 06:05)
    when = {lang: f"{format_when(job.expires_at, lang)} UTC" for lang in ("en", "id")}
    page = ana.http.get(f"/jobs/{job.id}?lang=en").text
    assert f'id="job-download" href="/jobs/{job.id}/download"' in page
    assert f"The result file is kept until {when['en']}; then it is deleted." in page
    assert (f"Berkas hasil disimpan sampai {when['id']}"
            in ana.http.get(f"/jobs/{job.id}?lang=id").text)
    listed = ana.http.get("/jobs?lang=en").text
    assert "Result file kept until" in listed and f"<td>{when['en']}</td>" in listed
    api = ana.http.get(f"/api/v1/jobs/{job.id}").json()
    assert api["expires_at"] == job.expires_at.isoformat()  # type: ignore[union-attr]
    assert ana.http.get(f"/jobs/{job.id}/download").content == b"6"
    assert ana.http.get(f"/api/v1/jobs/{job.id}/download").content == b"6"

    _age(eng, job.id, DAYS + 0.01)
    view = svc.get_job(eng, actor, job.id)
    # the moment as people write it in each language (never 2027-01-04 06:05)
    when = {lang: f"{format_when(view.expires_at, lang)} UTC" for lang in ("en", "id")}
    english = (f"The result of job {job.id} expired on {when['en']} and was deleted "
               "(results are kept for a period the administrator sets). Run the job again.")
    indonesian = f"Hasil pekerjaan {job.id} sudah kedaluwarsa pada {when['id']}"
    for path in (f"/jobs/{job.id}/download", f"/api/v1/jobs/{job.id}/download"):
        got = ana.http.get(f"{path}?lang=en")
        assert got.status_code == 410, (path, got.text[:300])
        assert english in (got.json()["error"] if "/api/" in path else got.text)
        got = ana.http.get(f"{path}?lang=id")
        assert got.status_code == 410 and indonesian in got.text
        assert budi.http.get(path).status_code == 404  # not theirs: not found, as before
    page = ana.http.get(f"/jobs/{job.id}?lang=en").text
    assert 'id="job-download-expired"' in page and english in page
    assert 'id="job-download"' not in page and "/download" not in page
    assert "<td>Expired</td>" in ana.http.get("/jobs?lang=en").text


# ------------------------------------------------------------------ the real broker
@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_on_the_real_broker_the_worker_sets_the_expiry_and_purges_at_start(
        store: str, tmp_path: Path, job_queue: str, redis_server: str,
        request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path / 'broker.sqlite'}" if store == "sqlite"
           else request.getfixturevalue("postgres_url"))
    eng = make_engine(url)
    ensure_schema(eng)
    ana, budi = _users(eng)
    first = svc.submit(eng, ana, COUNT, {"n": 3, "file": "a.txt"}, broker_url=redis_server)
    env = {**_env(url, redis_server, job_queue), "RANCANG_JOB_RETENTION_DAYS": "7"}
    ran = _worker(env)
    assert ran.returncode == 0, ran.stderr[-2000:]
    view = svc.get_job(eng, ana, first)
    assert view.status == "done"  # the worker's setting, not this process's (2 days)
    assert view.expires_at == view.finished_at + timedelta(days=7)
    assert svc.output_file(eng, ana, first).content == b"6"
    # expired: a worker starting (nothing queued) purges the file, keeps the row
    _age(eng, first, 7.01)
    ran = _worker(env)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert _files(eng) == {} and first in _ids(eng)
    with pytest.raises(svc.ExpiredError):
        svc.output_file(eng, ana, first)
    # a later job's file is kept
    second = svc.submit(eng, budi, COUNT, {"n": 2, "file": "b.txt"}, broker_url=redis_server)
    assert _worker(env).returncode == 0
    assert _files(eng) == {second: 1}
    assert svc.output_file(eng, budi, second).content == b"3"
    eng.dispose()
