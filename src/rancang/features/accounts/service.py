"""Accounts and sign-in sessions: argon2 password hashes, random session tokens.

The cookie carries a random token; the database keeps only its SHA-256, the user and the
session's CSRF token, so that several worker processes share sign-ins and logout ends the
session everywhere.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update

from rancang.core.actors import Actor, Grant
from rancang.core.db.base import utcnow
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.features.accounts.models import ROLES, User, WebSession
from rancang.reference.regions import code_system

_HASHER = PasswordHasher()
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    """Argon2id hash of ``password``.

    >>> verify_password(hash_password("rahasia-123"), "rahasia-123")
    True
    """
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True when ``password`` matches the stored hash."""
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(
    engine: Engine,
    username: str,
    password: str,
    *,
    role: str,
    region_code: str | None = None,
    display_name: str | None = None,
) -> int:
    """Create an account and return its id.

    Raises
    ------
    InputError
        Unknown role, analyst without a region, short password, name taken.
    """
    problems = []
    if role not in ROLES:
        problems.append(Problem(f"role must be one of {', '.join(ROLES)}", column="role"))
    if role == "analyst" and not region_code:
        problems.append(Problem("an analyst needs a region (e.g. 72.06)", column="region"))
    if region_code and code_system(region_code) != "kemendagri":
        problems.append(Problem("region must be a Kemendagri code like 72 or 72.06",
                                column="region"))
    if len(password) < MIN_PASSWORD:
        problems.append(Problem(f"password needs at least {MIN_PASSWORD} characters",
                                column="password"))
    with engine.begin() as conn:
        taken = conn.execute(select(User.id).where(User.username == username)).first()
        if taken:
            problems.append(Problem(f"user {username!r} exists", column="username"))
        if problems:
            raise InputError(problems)
        return int(
            conn.execute(
                insert(User).values(
                    username=username, password_hash=hash_password(password), role=role,
                    region_code=region_code, display_name=display_name, active=True,
                ).returning(User.id)
            ).scalar_one()
        )


def set_password(engine: Engine, username: str, password: str) -> None:
    """Change a user's password and end their sessions."""
    if len(password) < MIN_PASSWORD:
        raise InputError(Problem(f"password needs at least {MIN_PASSWORD} characters"))
    with engine.begin() as conn:
        uid = conn.execute(select(User.id).where(User.username == username)).scalar()
        if uid is None:
            raise NotFoundError(f"user {username!r} does not exist")
        conn.execute(update(User).where(User.id == uid)
                     .values(password_hash=hash_password(password)))
        conn.execute(delete(WebSession).where(WebSession.user_id == uid))


def list_users(engine: Engine) -> list[dict[str, object]]:
    """Every account without its hash."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(User.id, User.username, User.role, User.region_code, User.display_name,
                   User.active).order_by(User.id)
        ).mappings().all()
    return [dict(r) for r in rows]


def authenticate(engine: Engine, username: str, password: str) -> Actor | None:
    """The user when name and password match an active account, else None."""
    with engine.connect() as conn:
        user = conn.execute(
            select(User.__table__).where(User.username == username)
        ).first()
    if user is None:
        verify_password(_DUMMY_HASH, password)  # same time whether the user exists or not
        return None
    if not user.active or not verify_password(user.password_hash, password):
        return None
    return Actor(id=user.id, username=user.username,
                 grants=(Grant(user.role, user.region_code),),
                 display_name=user.display_name)


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
    """The user of a live session token (None when missing, expired or ended)."""
    if not token:
        return None
    u, s = User.__table__, WebSession.__table__
    with engine.connect() as conn:
        row = conn.execute(
            select(u.c.id, u.c.username, u.c.role, u.c.region_code, u.c.display_name,
                   u.c.active, s.c.csrf_token, s.c.expires_at)
            .join(s, s.c.user_id == u.c.id)
            .where(s.c.token_hash == _token_hash(token))
        ).first()
    if row is None or not row.active or row.expires_at < utcnow():
        return None
    return Actor(id=row.id, username=row.username, grants=(Grant(row.role, row.region_code),),
                 display_name=row.display_name, csrf_token=row.csrf_token)


def end_session(engine: Engine, token: str | None) -> None:
    """Log out: delete the session."""
    if token:
        with engine.begin() as conn:
            conn.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


_DUMMY_HASH = _HASHER.hash("not-a-real-password")
