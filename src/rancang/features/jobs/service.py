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
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, select, update

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.db.base import utcnow
from rancang.core.errors import NotFoundError, RancangError, database_refusal
from rancang.core.i18n import LANGS, Msg, text
from rancang.features.jobs.models import Job

log = logging.getLogger("rancang.jobs")

#: Attribute a job function carries (its kind); :func:`execute` runs nothing else.
MARK = "__rancang_job__"
#: States of a job; the last two are final.
STATES = ("queued", "running", "done", "failed")
FINAL = frozenset({"done", "failed"})
#: Longest a job may run on the broker before RQ stops it (seconds).
TIMEOUT = 3600

F = TypeVar("F", bound=Callable[..., Any])


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

    @property
    def final(self) -> bool:
        """Done or failed: nothing will change any more."""
        return self.status in FINAL

    def error_text(self, lang: str) -> str:
        """The failure's message in ``lang`` ("" when the job did not fail)."""
        if not self.error:
            return ""
        return self.error.get(lang) or next(iter(self.error.values()), "")

    def note_text(self, lang: str) -> str:
        """The current step in ``lang`` ("" when none was given)."""
        if not self.note:
            return ""
        return text(self.note["key"], lang, **self.note.get("params", {}))


def _view(row: Any) -> JobView:
    return JobView(id=row.id, kind=row.kind, username=row.username, status=row.status,
                   progress=row.progress,
                   region_code=row.region_code, note=row.note, result=row.result,
                   result_url=row.result_url, error=row.error, created_at=row.created_at,
                   started_at=row.started_at, finished_at=row.finished_at)


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
           broker_url: str | None = None) -> int:
    """Record a job for ``actor`` and hand it to the broker (``broker_url``, default the
    ``RANCANG_BROKER_URL`` setting) or to a thread of this process; returns its id.

    Permissions are the caller's to check before (the job runs as ``actor``, and the
    function checks them again)."""
    fn = target_function(target)
    with engine.begin() as conn:
        job_id = int(conn.execute(insert(Job).returning(Job.id).values(
            kind=getattr(fn, MARK), target=target, user_id=actor.id,
            username=actor.username[:100], region_code=region, params=params or {},
            status="queued", progress=0.0, result_url=result_url,
            created_at=utcnow())).scalar_one())
    if broker_url is None:
        from rancang.core.settings import get_settings

        broker_url = get_settings().broker_url
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
                               .values(status="running", started_at=utcnow())).rowcount
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
    with engine.begin() as conn:
        conn.execute(update(Job).where(Job.id == job_id).values(**values))
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
    return _view(row)


def list_jobs(engine: Engine, actor: Actor | None, *, limit: int = 50) -> list[JobView]:
    """The latest jobs ``actor`` started, newest first (``None``: everyone's, for the
    command line)."""
    query = select(Job.__table__).order_by(Job.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(*_mine(actor))
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
