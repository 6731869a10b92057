"""Sign-in throttling: failed sign-ins per user name and per client address.

After :data:`MAX_FAILURES` failed sign-ins for one user name within :data:`WINDOW`,
further attempts for that name are refused until the window has passed. A whole office
often signs in from one address (NAT), so the per-address limit
(:data:`MAX_CLIENT_FAILURES`) is only a brake on guessing across many names, high enough
that colleagues' typos never lock the office out. Failures are stored in the database, so
the limits hold across worker processes.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine, delete, func, insert, or_, select

from rancang.core.db.base import utcnow
from rancang.features.accounts.models import LoginFailure

MAX_FAILURES = 5
MAX_CLIENT_FAILURES = 200
WINDOW = timedelta(minutes=15)


def is_throttled(engine: Engine, username: str, client: str) -> bool:
    """True when this user name or client has too many recent failures."""
    since = utcnow() - WINDOW
    with engine.connect() as conn:
        by_user = conn.execute(
            select(func.count()).where(LoginFailure.username == username,
                                       LoginFailure.at >= since)
        ).scalar_one()
        by_client = conn.execute(
            select(func.count()).where(LoginFailure.client == client, LoginFailure.at >= since)
        ).scalar_one()
    return by_user >= MAX_FAILURES or by_client >= MAX_CLIENT_FAILURES


def record_failure(engine: Engine, username: str, client: str) -> None:
    """Remember one failed sign-in (and forget those older than the window)."""
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(LoginFailure).where(LoginFailure.at < now - WINDOW))
        conn.execute(insert(LoginFailure).values(username=username[:100], client=client[:64],
                                                 at=now))


def clear_failures(engine: Engine, username: str) -> None:
    """Forget a user's failures after a successful sign-in."""
    with engine.begin() as conn:
        conn.execute(delete(LoginFailure).where(or_(LoginFailure.username == username)))
