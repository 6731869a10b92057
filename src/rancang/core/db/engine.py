"""Engine and session factory for SQLite (default) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; for SQLite files, create the folder and switch on foreign keys.

    Parameters
    ----------
    url : str
        SQLAlchemy URL, e.g. ``sqlite:///data/rancang.sqlite`` or
        ``postgresql+psycopg://postgres@localhost/rancang``.
    **kwargs
        Passed to :func:`sqlalchemy.create_engine`; ``hide_parameters`` is True unless
        given.

    Returns
    -------
    Engine

    Example
    -------
    >>> make_engine("sqlite://").dialect.name
    'sqlite'
    """
    # a database error's text never carries the values of the statement (owners, phone
    # numbers): they stay out of tracebacks, logs and messages
    kwargs.setdefault("hide_parameters", True)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if u.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    return create_engine(u, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to ``engine`` (objects stay usable after commit).

    Example
    -------
    >>> factory = session_factory(make_engine("sqlite://"))
    >>> with factory() as s:
    ...     s.connection().exec_driver_sql("select 1").scalar()
    1
    """
    return sessionmaker(bind=engine, expire_on_commit=False)
