"""Start, run and follow background jobs.

A feature marks a function as a job with :func:`job` and starts it with :func:`submit`::

    @job("registry.duplicates")
    def find_duplicates(ctx: JobContext, threshold: float) -> dict[str, Any]:
        ctx.progress(0.1, "registry.job.reading")
        ...
        return {"clusters": 3}

    job_id = submit(engine, actor, "rancang.features.registry.jobs:find_duplicates",
                    {"threshold": 7.0}, region="72.06", result_url="/register/duplicates")

:func:`submit` writes the ``job`` row (``queued``) and hands the job to the broker when
``RANCANG_BROKER_URL`` is set (an RQ queue on Redis, served by ``rancang worker``), else to
a thread of this process. :func:`execute` runs it once: the row goes ``running`` ->
``done`` (with the function's result) or ``failed`` (with the error's message rendered in
every language of the catalogue, never a traceback). Only the actor who started a job
sees it (:func:`get_job`, :func:`list_jobs`); anyone else is told it does not exist.

A job records the process that runs it (:func:`this_process`). When that process ends
without finishing the job (the server or the worker killed or restarted mid-job), the next
read of the job on the same machine finds the process gone and marks the job failed with
a message saying so (:func:`reap`); ``rancang worker`` does the same when it starts.

A finished job's result file is kept ``RANCANG_JOB_RETENTION_DAYS`` (default 30) from the
job's end (``expires_at``): after that its download answers :class:`ExpiredError` (HTTP
410, "expired on ...") and :func:`purge` deletes the file; the job's row, which tells its
owner the result expired, goes one retention period later. :func:`purge` runs on every
:func:`submit`, when ``rancang worker`` starts and as ``rancang jobs purge``.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, and_, delete, insert, or_, select, update

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import (
    InputError,
    NotFoundError,
    RancangError,
    database_refusal,
)
from rancang.core.i18n import LANGS, Msg, When, text
from rancang.features.jobs.models import Job, JobFile

log = logging.getLogger("rancang.jobs")

#: Attribute a job function carries (its kind); :func:`execute` runs nothing else.
MARK = "__rancang_job__"
#: States of a job; the last two are final.
STATES = ("queued", "running", "done", "failed")
FINAL = frozenset({"done", "failed"})
#: Longest a job may run on the broker before RQ stops it (seconds).
TIMEOUT = 3600

F = TypeVar("F", bound=Callable[..., Any])


class ExpiredError(RancangError):
    """A finished job's result file was kept its retention period and is gone (410)."""

    status = 410


def retention_period(days: float | None = None) -> timedelta:
    """How long a finished job's result is kept: ``days``, default the
    ``RANCANG_JOB_RETENTION_DAYS`` setting (30).

    >>> retention_period(1.5)
    datetime.timedelta(days=1, seconds=43200)
    """
    if days is None:
        from rancang.core.settings import get_settings

        days = get_settings().job_retention_days
    return timedelta(days=float(days))


def job(kind: str) -> Callable[[F], F]:
    """Mark ``function(ctx, **params) -> dict`` as a background job of ``kind``.

    >>> @job("example.count")
    ... def count(ctx: JobContext, n: int) -> dict[str, int]:
    ...     return {"n": n}
    >>> getattr(count, MARK)
    'example.count'
    """
    def mark(fn: F) -> F:
        setattr(fn, MARK, kind)
        return fn

    return mark


@dataclass
class JobContext:
    """What a running job gets: the database, the actor who started it, a progress hook."""

    engine: Engine
    actor: Actor
    job_id: int
    #: smallest time between two progress writes (seconds)
    every: float = 0.5
    _last: float = field(default=0.0, repr=False)

    def progress(self, fraction: float, note: str | None = None, **params: Any) -> None:
        """Record how far the job is (0 to 1) and, optionally, the step it is in (a
        catalogue key and its parameters). Writes at most every :attr:`every` seconds,
        except the first and the last."""
        now = time.monotonic()
        fraction = min(max(float(fraction), 0.0), 1.0)
        if self._last and now - self._last < self.every and fraction < 1.0:
            return
        self._last = now
        values: dict[str, Any] = {"progress": fraction}
        if note is not None:
            values["note"] = {"key": note, "params": params}
        with self.engine.begin() as conn:
            conn.execute(update(Job).where(Job.id == self.job_id).values(**values))

    def input_files(self) -> list[tuple[str, bytes]]:
        """The files handed to :func:`submit` (name, content), in their order."""
        t = JobFile.__table__
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.name, t.c.content).where(
                t.c.job_id == self.job_id, t.c.role == "input").order_by(t.c.id)).all()
        return [(r.name, bytes(r.content)) for r in rows]

    def save_file(self, name: str, media_type: str, content: bytes) -> None:
        """Keep ``content`` as the job's result file (one per job; a second call replaces
        the first): its owner downloads it with :func:`output_file`."""
        t = JobFile.__table__
        with self.engine.begin() as conn:
            conn.execute(delete(t).where(t.c.job_id == self.job_id, t.c.role == "output"))
            conn.execute(insert(t).values(job_id=self.job_id, role="output", name=name[:200],
                                          media_type=media_type[:100], content=content,
                                          created_at=utcnow()))


@dataclass(frozen=True)
class ResultFile:
    """The file a finished job made."""

    name: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class JobView:
    """A job as its owner sees it (the pages and the API)."""

    id: int
    kind: str
    username: str
    status: str
    progress: float
    region_code: str | None
    note: dict[str, Any] | None
    result: dict[str, Any] | None
    result_url: str | None
    error: dict[str, str] | None
    created_at: Any
    started_at: Any
    finished_at: Any
    params: dict[str, Any] = field(default_factory=dict)
    #: when the result file is deleted (a finished job's end plus the retention period)
    expires_at: datetime | None = None

    @property
    def final(self) -> bool:
        """Done or failed: nothing will change any more."""
        return self.status in FINAL

    def expired(self, now: datetime | None = None) -> bool:
        """Whether the result's retention period is over (at ``now``, default now, UTC).

        >>> from datetime import datetime
        >>> view = JobView(1, "k", "ana", "done", 1.0, None, None, None, None, None,
        ...                None, None, datetime(2027, 1, 1), {}, datetime(2027, 1, 31))
        >>> view.expired(datetime(2027, 1, 30)), view.expired(datetime(2027, 1, 31))
        (False, True)
        """
        return self.expires_at is not None and (now or utcnow()) >= self.expires_at

    def error_text(self, lang: str) -> str:
        """The failure's message in ``lang`` ("" when the job did not fail)."""
        if not self.error:
            return ""
        return self.error.get(lang) or next(iter(self.error.values()), "")

    def problems(self, lang: str) -> list[dict[str, Any]]:
        """The located problems of a refused input (file, sheet, row, column, message in
        ``lang``; the first 200), ``[]`` when the job did not fail on its input."""
        if self.status != "failed" or not self.result:
            return []
        by_lang = self.result.get("problems") or {}
        return list(by_lang.get(lang) or next(iter(by_lang.values()), []))

    def note_text(self, lang: str) -> str:
        """The current step in ``lang`` ("" when none was given)."""
        if not self.note:
            return ""
        return text(self.note["key"], lang, **self.note.get("params", {}))


def _view(row: Any) -> JobView:
    expires = row.expires_at
    if expires is None and row.status in FINAL and row.finished_at is not None:
        expires = row.finished_at + retention_period()  # a job that ended before jobs_0004
    return JobView(id=row.id, kind=row.kind, username=row.username, status=row.status,
                   progress=row.progress,
                   region_code=row.region_code, note=row.note, result=row.result,
                   result_url=row.result_url, error=row.error, created_at=row.created_at,
                   started_at=row.started_at, finished_at=row.finished_at,
                   params=dict(row.params or {}), expires_at=expires)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()[:8] or "-"
    except OSError:
        return "-"


def _start_time(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, from ``/proc``); ``None``
    when there is no such process; ``"-"`` when it runs but ``/proc`` cannot tell."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:  # exists, not ours to signal
        return "-"
    return "-"


def this_process() -> str:
    """This process as a job's runner: ``host|boot|pid|start`` (a pid reused after the
    process died, or after a reboot, does not pass for it).

    >>> this_process().split("|")[2] == str(os.getpid())
    True
    """
    pid = os.getpid()
    return f"{socket.gethostname()[:120]}|{_boot_id()}|{pid}|{_start_time(pid) or '-'}"


def runner_alive(runner: str) -> bool | None:
    """Whether the process ``runner`` (:func:`this_process` of it) still runs: ``True`` or
    ``False`` for a process of this machine, ``None`` for another machine's (not known).

    >>> runner_alive(this_process())
    True
    >>> host = socket.gethostname()[:120]
    >>> runner_alive(f"{host}|{_boot_id()}|{os.getpid()}|no-such-start")
    False
    >>> runner_alive("another-host|b|1|2") is None
    True
    """
    try:
        host, boot, pid, start = runner.rsplit("|", 3)
        number = int(pid)
    except ValueError:
        return None
    if host != socket.gethostname()[:120]:
        return None
    if boot != _boot_id():
        return False  # the machine restarted since
    now = _start_time(number)
    return now is not None and (start == "-" or now == "-" or now == start)


def reap(engine: Engine, job_ids: list[int] | None = None) -> list[int]:
    """Mark failed every unfinished job (of ``job_ids``, default all) whose process on this
    machine is gone: the server or worker running it was stopped mid-job. Returns their
    ids. Nothing the job wrote is lost or left half-done by this: each job writes its
    result in one transaction at its end."""
    query = select(Job.id, Job.runner).where(Job.status.in_(("queued", "running")),
                                             Job.runner.is_not(None))
    if job_ids is not None:
        query = query.where(Job.id.in_(job_ids))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    dead = [r.id for r in rows if runner_alive(r.runner) is False]
    for job_id in dead:
        error = {lang: text("jobs.error.interrupted", lang, id=job_id) for lang in LANGS}
        ended = utcnow()
        with engine.begin() as conn:
            conn.execute(update(Job).where(Job.id == job_id,
                                           Job.status.in_(("queued", "running")))
                         .values(status="failed", error=error, finished_at=ended,
                                 expires_at=ended + retention_period()))
            conn.execute(delete(JobFile).where(JobFile.job_id == job_id))
        log.warning("job %s: its process ended before the job did; marked failed", job_id)
    return dead


def target_function(target: str) -> Callable[..., Any]:
    """The job function ``target`` (``module:function``) names; refuses anything not
    marked with :func:`job`, so a job row can never run an arbitrary callable."""
    from rancang.core.features import load_ref

    fn = load_ref(target)
    if not callable(fn) or not getattr(fn, MARK, None):
        raise ValueError(f"{target} is not a job (mark it with @job)")
    return fn


def submit(engine: Engine, actor: Actor, target: str, params: dict[str, Any] | None = None,
           *, region: str | None = None, result_url: str | None = None,
           broker_url: str | None = None,
           files: list[tuple[str, bytes]] | None = None) -> int:
    """Record a job for ``actor`` and hand it to the broker (``broker_url``, default the
    ``RANCANG_BROKER_URL`` setting) or to a thread of this process; returns its id.
    ``{id}`` in ``result_url`` becomes the job's id. ``files`` (name, content) are kept
    with the job for it to read (:meth:`JobContext.input_files`), on whatever machine it
    runs, and removed when it ends.

    Permissions are the caller's to check before (the job runs as ``actor``, and the
    function checks them again)."""
    fn = target_function(target)
    if broker_url is None:
        from rancang.core.settings import get_settings

        broker_url = get_settings().broker_url
    purge(engine)  # what has expired goes before anything new is stored
    with engine.begin() as conn:
        job_id = int(conn.execute(insert(Job).returning(Job.id).values(
            kind=getattr(fn, MARK), target=target, user_id=actor.id,
            username=actor.username[:100], region_code=region, params=params or {},
            status="queued", progress=0.0, result_url=result_url, created_at=utcnow(),
            # a thread of this process runs it: if the process dies first, reap() tells
            runner=None if broker_url else this_process())).scalar_one())
        if result_url and "{id}" in result_url:  # a page that names the job
            conn.execute(update(Job).where(Job.id == job_id).values(
                result_url=result_url.replace("{id}", str(job_id))))
        for name, content in files or []:
            conn.execute(insert(JobFile).values(job_id=job_id, role="input", name=name[:200],
                                                media_type="application/octet-stream",
                                                content=content, created_at=utcnow()))
    if broker_url:
        enqueue(broker_url, job_id)
    else:
        threading.Thread(target=execute, args=(engine, job_id, actor), daemon=True,
                         name=f"rancang-job-{job_id}").start()
    return job_id


def queue_name() -> str:
    """The Redis queue of the jobs (``RANCANG_JOB_QUEUE``, default ``rancang``)."""
    from rancang.core.settings import get_settings

    return get_settings().job_queue


def enqueue(broker_url: str, job_id: int) -> None:
    """Put job ``job_id`` on the Redis queue of ``rancang worker``."""
    from redis import Redis
    from rq import Queue

    queue = Queue(queue_name(), connection=Redis.from_url(broker_url))
    queue.enqueue(run_job, job_id, job_id=f"rancang-{job_id}-{int(time.time() * 1000)}",
                  job_timeout=TIMEOUT, result_ttl=600, failure_ttl=86400)


def run_job(job_id: int, database_url: str | None = None) -> str:
    """The broker's entry point (what ``rancang worker`` runs): :func:`execute` on the
    worker's database (``RANCANG_DATABASE_URL``); returns the final status."""
    from rancang.core.db import make_engine
    from rancang.core.settings import get_settings

    engine = make_engine(database_url or get_settings().database_url, pool_pre_ping=True)
    try:
        return execute(engine, job_id)
    finally:
        engine.dispose()


def _claim(engine: Engine, job_id: int) -> Any:
    """Move a queued job to running, once: a job handed out twice runs once."""
    with engine.begin() as conn:
        claimed = conn.execute(update(Job).where(Job.id == job_id, Job.status == "queued")
                               .values(status="running", started_at=utcnow(),
                                       runner=this_process())).rowcount
        if not claimed:
            return None
        return conn.execute(select(Job.__table__).where(Job.id == job_id)).first()


def actor_of_job(engine: Engine, user_id: int, username: str) -> Actor:
    """The actor who started a job, with the grants they hold now (the CLI's actor for
    the command line's jobs)."""
    if user_id == CLI_ACTOR.id and username == CLI_ACTOR.username:
        return CLI_ACTOR
    from rancang.features.accounts.models import User
    from rancang.features.accounts.service import actor_of

    with engine.connect() as conn:
        user = conn.execute(select(User.__table__).where(User.id == user_id)).first()
        if user is None or not user.active or user.username != username:
            from rancang.core.actors import Forbidden

            raise Forbidden("error.forbidden")
        return actor_of(conn, user.id, user.username, user.display_name)


def _messages(message: Callable[[str], str]) -> dict[str, str]:
    return {lang: message(lang) for lang in LANGS}


def execute(engine: Engine, job_id: int, actor: Actor | None = None) -> str:
    """Run job ``job_id`` if it is still queued; store its result or its error; return
    its final status (or the status it already had)."""
    row = _claim(engine, job_id)
    if row is None:
        with engine.connect() as conn:
            status = conn.execute(select(Job.status).where(Job.id == job_id)).scalar()
        return str(status or "missing")
    values: dict[str, Any]
    try:
        who = actor if actor is not None else actor_of_job(engine, row.user_id, row.username)
        fn = target_function(row.target)
        result = fn(JobContext(engine, who, job_id), **(row.params or {}))
        values = {"status": "done", "progress": 1.0,
                  "result": result if isinstance(result, dict) else {"value": result}}
    except InputError as error:  # the located problems kept for the pages (first 200)
        values = {"status": "failed", "error": _messages(error.message),
                  "result": {"problems": {lang: [p.as_dict(lang) for p in error.problems[:200]]
                                          for lang in LANGS},
                             "n_problems": len(error.problems),
                             "download": getattr(error, "download", None)}}
    except RancangError as error:
        values = {"status": "failed", "error": _messages(error.message)}
    except Exception as error:  # any other failure: logged here, told without details
        refusal = database_refusal(error)
        if refusal is not None:
            values = {"status": "failed", "error": _messages(refusal.message)}
        else:
            log.exception("job %s (%s) failed", job_id, row.kind)
            values = {"status": "failed",
                      "error": _messages(lambda lang: text("jobs.error.unexpected", lang,
                                                           id=job_id))}
    values["finished_at"] = utcnow()
    values["expires_at"] = values["finished_at"] + retention_period()
    with engine.begin() as conn:
        conn.execute(update(Job).where(Job.id == job_id).values(**values))
        conn.execute(delete(JobFile).where(JobFile.job_id == job_id, JobFile.role == "input"))
        if values["status"] != "done":
            conn.execute(delete(JobFile).where(JobFile.job_id == job_id))
    return str(values["status"])


def _mine(actor: Actor) -> tuple[Any, ...]:
    return (Job.user_id == actor.id, Job.username == actor.username[:100])


def get_job(engine: Engine, actor: Actor, job_id: int) -> JobView:
    """Job ``job_id`` if ``actor`` started it, else :class:`NotFoundError` (the same
    answer as for a job that does not exist)."""
    with engine.connect() as conn:
        row = conn.execute(select(Job.__table__).where(Job.id == job_id, *_mine(actor))
                           ).first()
    if row is None:
        raise NotFoundError(Msg("jobs.not_found", id=job_id))
    if row.status not in FINAL and row.runner and reap(engine, [job_id]):
        with engine.connect() as conn:
            row = conn.execute(select(Job.__table__).where(Job.id == job_id)).first()
    return _view(row)


def output_file(engine: Engine, actor: Actor, job_id: int) -> ResultFile:
    """The file job ``job_id`` of ``actor`` made, byte for byte as the job wrote it;
    :class:`NotFoundError` when the job is not theirs, not done, or made no file;
    :class:`ExpiredError` once its retention period is over (whether or not
    :func:`purge` has deleted it yet)."""
    view = get_job(engine, actor, job_id)
    if view.status == "done" and view.expired() and view.expires_at is not None:
        raise ExpiredError(Msg("jobs.expired", id=job_id,
                               when=When(view.expires_at, suffix=" UTC")))
    t = JobFile.__table__
    with engine.connect() as conn:
        row = conn.execute(select(t.c.name, t.c.media_type, t.c.content).where(
            t.c.job_id == job_id, t.c.role == "output")).first()
    if view.status != "done" or row is None:
        raise NotFoundError(Msg("jobs.no_file", id=job_id))
    return ResultFile(row.name, row.media_type, bytes(row.content))


def list_jobs(engine: Engine, actor: Actor | None, *, limit: int = 50) -> list[JobView]:
    """The latest jobs ``actor`` started, newest first (``None``: everyone's, for the
    command line)."""
    query = select(Job.__table__).order_by(Job.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(*_mine(actor))
    reap(engine)
    with engine.connect() as conn:
        return [_view(r) for r in conn.execute(query)]


def wait(engine: Engine, actor: Actor, job_id: int, seconds: float) -> JobView:
    """Job ``job_id`` once it is final or ``seconds`` have passed (a page waits briefly so
    that short work shows its result at once)."""
    deadline = time.monotonic() + max(seconds, 0.0)
    pause = 0.02
    while True:
        view = get_job(engine, actor, job_id)
        if view.final or time.monotonic() >= deadline:
            return view
        time.sleep(pause)
        pause = min(pause * 1.5, 0.25)


@dataclass(frozen=True)
class Purged:
    """What :func:`purge` deleted: result files, and job rows."""

    files: int
    jobs: int


def purge(engine: Engine, *, now: datetime | None = None,
          retention: timedelta | None = None) -> Purged:
    """Delete the files of the finished jobs whose result expired (``expires_at`` at or
    before ``now``; a job that ended before ``expires_at`` was recorded expires
    ``retention`` after its end), and the rows of the finished jobs that expired one
    ``retention`` (default :func:`retention_period`) before ``now``: until then the job's
    page and download tell its owner that the result expired. Unfinished jobs are never
    touched. Returns the counts."""
    now = now or utcnow()
    keep = retention if retention is not None else retention_period()

    def expired_by(moment: datetime) -> Any:
        return and_(Job.status.in_(tuple(FINAL)),
                    or_(Job.expires_at <= moment,
                        and_(Job.expires_at.is_(None), Job.finished_at <= moment - keep)))

    with engine.begin() as conn:
        files = conn.execute(delete(JobFile).where(JobFile.job_id.in_(
            select(Job.id).where(expired_by(now))))).rowcount
        jobs = conn.execute(delete(Job).where(expired_by(now - keep))).rowcount
    if files or jobs:
        log.info("purged %s expired job files and %s job rows", files, jobs)
    return Purged(int(files or 0), int(jobs or 0))
