"""``rancang worker`` (serves the job queue), ``rancang jobs list`` and ``rancang jobs
purge``."""

from __future__ import annotations

from typing import Annotated

import typer

jobs_app = typer.Typer(help="Background jobs: the list and their state.",
                       no_args_is_help=True)
DbOption = Annotated[str | None, typer.Option("--database-url", help="SQLAlchemy URL.")]


def register(app: typer.Typer) -> None:
    """Add ``worker`` and ``jobs`` to the app."""
    app.command("worker")(worker)
    app.add_typer(jobs_app, name="jobs")


def worker(
    burst: Annotated[bool, typer.Option("--burst", help="Stop once the queue is empty.")
                     ] = False,
    broker_url: Annotated[str | None, typer.Option(
        "--broker-url", help="Redis URL of the broker (default: RANCANG_BROKER_URL).")
    ] = None,
) -> None:
    """Run a background worker: does the jobs of the Redis queue RANCANG_BROKER_URL (run
    several, on any machine that reaches the database)."""
    from rancang.core.errors import InputError
    from rancang.core.i18n import text
    from rancang.core.settings import get_settings

    settings = get_settings()
    url = broker_url or settings.broker_url
    if not url:
        raise InputError(text("jobs.worker.no_broker"))
    from redis import Redis
    from redis.exceptions import RedisError
    from rq import Worker

    from rancang.core.db import open_database
    from rancang.features.jobs.service import purge, queue_name, reap

    engine = open_database(settings.database_url)
    reap(engine)  # jobs of a worker or server of this machine that was stopped mid-job
    purge(engine)  # results kept past RANCANG_JOB_RETENTION_DAYS
    engine.dispose()
    shown = url.split("@")[-1]
    connection = Redis.from_url(url)
    try:
        connection.ping()
    except RedisError:
        raise InputError(text("jobs.worker.unreachable", broker=shown)) from None
    queue = queue_name()
    typer.echo(text("jobs.worker.started", queue=queue, broker=shown))
    Worker([queue], connection=connection).work(burst=burst, logging_level="WARNING")


@jobs_app.command("list")
def list_(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many jobs.")
                     ] = 20,
    database_url: DbOption = None,
) -> None:
    """The latest background jobs with their state and progress."""
    from rancang.core.db import open_database
    from rancang.core.i18n import current_language, text
    from rancang.core.text import printable
    from rancang.features.jobs.service import list_jobs

    engine = open_database(database_url)
    lang = current_language()
    jobs = list_jobs(engine, None, limit=limit)
    if not jobs:
        typer.echo(text("jobs.list.empty"))
    for j in jobs:
        extra = j.error_text(lang) if j.status == "failed" else f"{j.progress:.0%}"
        typer.echo(f"{j.id:>6}  {j.created_at:%Y-%m-%d %H:%M}  {printable(j.username):<16} "
                   f"{text('jobs.kind.' + j.kind)}  {text('jobs.status.' + j.status)}  "
                   f"{printable(extra)}")


@jobs_app.command("purge")
def purge_(database_url: DbOption = None) -> None:
    """Delete the expired result files (RANCANG_JOB_RETENTION_DAYS after a job ended) and
    the jobs that expired one period before."""
    from rancang.core.db import open_database
    from rancang.core.i18n import text
    from rancang.features.jobs.service import purge

    engine = open_database(database_url)
    done = purge(engine)
    engine.dispose()
    typer.echo(text("jobs.purged", files=done.files, jobs=done.jobs))
