"""Sign-in sessions: random tokens in the cookie, only their SHA-256 in the database.

The database keeps the token's hash, the user and the session's CSRF token, so that several
worker processes share sign-ins and logout ends the session everywhere.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import Engine, delete, insert, select

from rancang.core.actors import Actor, Grant
from rancang.core.db.base import utcnow
from rancang.features.accounts.models import RoleGrant, User, WebSession


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(engine: Engine, user: Actor, *, hours: float) -> str:
    """Create a session for ``user``; returns the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(WebSession).where(WebSession.expires_at < now))
        conn.execute(
            insert(WebSession).values(
                token_hash=_token_hash(token), user_id=user.id,
                csrf_token=secrets.token_urlsafe(32), created_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
    return token


def session_user(engine: Engine, token: str | None) -> Actor | None:
    """The actor of a live session token, with its grants (None when missing, expired or
    ended). One query: the session, the account and its grants."""
    if not token:
        return None
    u, s, g = User.__table__, WebSession.__table__, RoleGrant.__table__
    with engine.connect() as conn:
        rows = conn.execute(
            select(u.c.id, u.c.username, u.c.display_name, u.c.active, s.c.csrf_token,
                   s.c.expires_at, g.c.role, g.c.region_code)
            .join(s, s.c.user_id == u.c.id)
            .outerjoin(g, g.c.user_id == u.c.id)
            .where(s.c.token_hash == _token_hash(token))
            .order_by(g.c.id)
        ).all()
    if not rows:
        return None
    row = rows[0]
    if not row.active or row.expires_at < utcnow():
        return None
    grants = tuple(Grant(r.role, r.region_code) for r in rows if r.role is not None)
    return Actor(id=row.id, username=row.username, grants=grants,
                 display_name=row.display_name, csrf_token=row.csrf_token)


def end_session(engine: Engine, token: str | None) -> None:
    """Log out: delete the session."""
    if token:
        with engine.begin() as conn:
            conn.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))
