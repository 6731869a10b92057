"""A brake on guessing check-in codes and personal links: a client address that asked
for :data:`MAX_FAILURES` unknown codes or links within :data:`WINDOW` is refused (429)
until the window has passed, whatever it asks for. Failures are kept in the database
(``consult_code_failure``), so the limit holds across worker processes. The client
address is the connection's unless ``rancang serve --forwarded-allow-ips`` names a
proxy."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, delete, func, insert, select

from rancang.core.db.base import utcnow
from rancang.core.errors import RancangError
from rancang.features.consult.models import ConsultCodeFailure

MAX_FAILURES = 10
WINDOW = timedelta(minutes=1)
CLIENT_LENGTH = 64


class TooManyCodes(RancangError):
    """Too many unknown codes or links from this address: try again later."""

    status = 429


def failures(engine: Engine, client: str) -> int:
    """Unknown codes or links asked for by ``client`` within the window."""
    t = ConsultCodeFailure.__table__
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(
            (t.c.client == client[:CLIENT_LENGTH]) & (t.c.at >= utcnow() - WINDOW)))
            .scalar_one())


def check(engine: Engine, client: str) -> None:
    """Refuse (429) a client with too many recent failures."""
    if failures(engine, client) >= MAX_FAILURES:
        raise TooManyCodes("consult.code.throttled", n=MAX_FAILURES)


def record_failure(engine: Engine, client: str) -> None:
    """Remember one unknown code or link (and forget those older than the window)."""
    t = ConsultCodeFailure.__table__
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(t).where(t.c.at < now - WINDOW))
        conn.execute(insert(t).values(client=client[:CLIENT_LENGTH], at=now))
