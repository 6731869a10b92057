"""``rancang serve``: the web application under uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the app."""
    app.command("serve")(serve)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    database_url: Annotated[
        str | None,
        typer.Option(help="SQLAlchemy URL (default RANCANG_DATABASE_URL, else SQLite file)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    forwarded_allow_ips: Annotated[
        str, typer.Option(help="Proxies whose X-Forwarded-For/-Proto headers are trusted "
                          "(comma-separated addresses); default none: the client address "
                          "is the connection's.")
    ] = "",
) -> None:
    """Start the web application; an empty database gets its schema first (Alembic).

    ``X-Forwarded-*`` headers are ignored unless ``--forwarded-allow-ips`` names the proxy:
    trusting them from localhost by default would let anything on the machine choose the
    address the sign-in throttle counts.
    """
    import uvicorn

    from rancang.core.db import ensure_schema, make_engine
    from rancang.core.settings import get_settings

    if database_url:
        os.environ["RANCANG_DATABASE_URL"] = database_url
    settings = get_settings()
    engine = make_engine(settings.database_url)
    revision = ensure_schema(engine)
    engine.dispose()
    shown = settings.database_url.split("@")[-1]
    typer.echo(f"Rancang: database {shown} (schema {revision})")
    typer.echo(f"Rancang: http://{host}:{port}/  (API docs: http://{host}:{port}/api/docs)")
    uvicorn.run(
        "rancang.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=bool(forwarded_allow_ips.strip()),
        forwarded_allow_ips=forwarded_allow_ips.strip() or None,
        log_level="warning",
        # an idle connection is kept 75 s (nginx's default), not uvicorn's 5 s: a user who
        # reads a page for a few seconds no longer races the server closing the connection
        # under the next request (ReadError on the client; seen in bench_load --think)
        timeout_keep_alive=75,
    )
