"""Sign-in throttling: failed sign-ins per user name and client address.

An attacker must not be able to lock the real owner out by typing wrong passwords for
their name. So the tight limit holds for a user name *from one client address*
(:data:`MAX_FAILURES` within :data:`WINDOW`): the owner, signing in from their own
address, is not affected by failures from elsewhere. Two looser brakes stop guessing at
scale: one user name from any number of addresses (:data:`MAX_USER_FAILURES`, a
distributed attack), and one address over many names (:data:`MAX_CLIENT_FAILURES`; a whole
office often signs in from one address behind NAT, so it is high enough that colleagues'
typos never lock the office out). An administrator lifts a user's throttle with
``rancang users unlock NAME`` (``rancang users list`` shows who is throttled). Failures are
stored in the database, so the limits hold across worker processes. The client address is
the connection's unless ``rancang serve --forwarded-allow-ips`` names a proxy.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, delete, func, insert, select

from rancang.core.db.base import utcnow
from rancang.features.accounts.models import AccountAudit, LoginFailure

MAX_FAILURES = 5
MAX_USER_FAILURES = 50
MAX_CLIENT_FAILURES = 200
WINDOW = timedelta(minutes=15)
#: What is stored of a user name and an address (the columns' lengths).
NAME_LENGTH, CLIENT_LENGTH = 100, 64


def _count(engine: Engine, *conditions: object) -> int:
    since = utcnow() - WINDOW
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(
            LoginFailure.at >= since, *conditions)).scalar_one())  # type: ignore[arg-type]


def is_throttled(engine: Engine, username: str, client: str) -> bool:
    """True when this user name from this client, this user name from anywhere, or this
    client over all names has too many recent failures."""
    name, addr = username[:NAME_LENGTH], client[:CLIENT_LENGTH]
    return (_count(engine, LoginFailure.username == name, LoginFailure.client == addr)
            >= MAX_FAILURES
            or _count(engine, LoginFailure.username == name) >= MAX_USER_FAILURES
            or _count(engine, LoginFailure.client == addr) >= MAX_CLIENT_FAILURES)


def record_failure(engine: Engine, username: str, client: str) -> None:
    """Remember one failed sign-in (and forget those older than the window)."""
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(LoginFailure).where(LoginFailure.at < now - WINDOW))
        conn.execute(insert(LoginFailure).values(username=username[:NAME_LENGTH],
                                                 client=client[:CLIENT_LENGTH], at=now))


def clear_failures(engine: Engine, username: str) -> int:
    """Forget a user's failures (a successful sign-in, or an administrator's unlock);
    returns how many were forgotten."""
    with engine.begin() as conn:
        return int(conn.execute(delete(LoginFailure).where(
            LoginFailure.username == username[:NAME_LENGTH])).rowcount or 0)


def unlock(engine: Engine, username: str, *, actor: str) -> int:
    """An administrator's unlock: forget the user name's failures and write who lifted
    the throttle, when and how many failures it held to ``account_audit``, in one
    transaction; returns how many failures were forgotten."""
    name = username[:NAME_LENGTH]
    with engine.begin() as conn:
        n = int(conn.execute(delete(LoginFailure).where(
            LoginFailure.username == name)).rowcount or 0)
        conn.execute(insert(AccountAudit).values(at=utcnow(), actor=actor[:NAME_LENGTH],
                                                 action="unlock", username=name,
                                                 detail={"failures": n}))
    return n


def throttled_users(engine: Engine) -> dict[str, int]:
    """User names with recent failures and how many (for ``rancang users list``)."""
    since = utcnow() - WINDOW
    with engine.connect() as conn:
        rows = conn.execute(select(LoginFailure.username, func.count())
                            .where(LoginFailure.at >= since)
                            .group_by(LoginFailure.username)).all()
    return {str(name): int(n) for name, n in rows}
