"""Accounts: create, list, change passwords, grant and revoke roles, sign in.

A role grant is a role held for a region: a regency/city (``72.06``), a province (``72``)
or, written ``central`` (or without a region for roles that are not scoped), the whole
country. Roles are those the installed features declare
(:meth:`rancang.core.features.FeatureSet.roles`). Sessions are in
:mod:`rancang.features.accounts.sessions`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, insert, select, update

from rancang.core.actors import Actor, Grant
from rancang.core.errors import InputError, NotFoundError, Problem
from rancang.core.features import FeatureSet
from rancang.core.i18n import Msg
from rancang.features.accounts.models import RoleGrant, User, WebSession
from rancang.reference.regions import code_system

_HASHER = PasswordHasher()
MIN_PASSWORD = 8
MAX_DISPLAY_NAME = 200
MAX_USERNAME = 100
#: letters, digits and ``. _ @ -``; what a sign-in form, a URL and a log line carry safely
USERNAME = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._@-]{{0,{MAX_USERNAME - 1}}}")
#: How a grant for the whole country is written (``--region central``).
CENTRAL = "central"


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


def _features(features: FeatureSet | None) -> FeatureSet:
    if features is not None:
        return features
    from rancang.core.features import installed

    return installed()


def check_grant(role: str, region: str | None, *,
                features: FeatureSet | None = None) -> tuple[Grant | None, list[Problem]]:
    """The grant of ``role`` for ``region`` after checking both, or the problems.

    A scoped role needs a region (a Kemendagri code, or ``central`` for the whole country);
    a role that is not scoped (``admin``, ``viewer``) takes no region.

    >>> check_grant("analyst", "72.06")[0]
    Grant(role='analyst', region='72.06')
    >>> check_grant("analyst", "central")[0]
    Grant(role='analyst', region=None)
    >>> [str(p.message) for p in check_grant("analyst", None)[1]]
    ['peran analyst memerlukan wilayah (mis. 72.06, 72, atau central untuk nasional)']
    """
    roles = _features(features).roles()
    problems: list[Problem] = []
    known = roles.get(role)
    if known is None:
        problems.append(Problem(Msg("accounts.unknown_role", role=role,
                                    roles=", ".join(roles)), column="role"))
        return None, problems
    if not known.scoped:
        if region not in (None, "", CENTRAL):
            problems.append(Problem(Msg("accounts.role_unscoped", role=role),
                                    column="region"))
        return (None if problems else Grant(role, None)), problems
    if not region:
        problems.append(Problem(Msg("accounts.role_needs_region", role=role),
                                column="region"))
        return None, problems
    if region == CENTRAL:
        return Grant(role, None), problems
    if code_system(region) != "kemendagri" or region.count(".") > 1:
        problems.append(Problem(Msg("accounts.bad_region", region=region), column="region"))
        return None, problems
    return Grant(role, region), problems


def _grants(conn: Connection, user_ids: Iterable[int]) -> dict[int, tuple[Grant, ...]]:
    g = RoleGrant.__table__
    out: dict[int, list[Grant]] = {}
    rows = conn.execute(select(g.c.user_id, g.c.role, g.c.region_code)
                        .where(g.c.user_id.in_(list(user_ids))).order_by(g.c.id))
    for uid, role, region in rows:
        out.setdefault(int(uid), []).append(Grant(role, region))
    return {k: tuple(v) for k, v in out.items()}


def create_user(
    engine: Engine,
    username: str,
    password: str,
    *,
    role: str,
    region_code: str | None = None,
    display_name: str | None = None,
    features: FeatureSet | None = None,
) -> int:
    """Create an account with its first role grant and return its id.

    Raises
    ------
    InputError
        Unknown role, a scoped role without a region, a bad region code, a short password,
        a name already taken.
    """
    grant, problems = check_grant(role, region_code, features=features)
    if not username.strip():
        problems.append(Problem(Msg("accounts.username_required"), column="username"))
    elif not USERNAME.fullmatch(username):
        problems.append(Problem(Msg("accounts.username_form", n=MAX_USERNAME),
                                column="username"))
    if len(password) < MIN_PASSWORD:
        problems.append(Problem(Msg("accounts.password_short", n=MIN_PASSWORD),
                                column="password"))
    with engine.begin() as conn:
        taken = conn.execute(select(User.id).where(User.username == username)).first()
        if taken:
            problems.append(Problem(Msg("accounts.username_taken", username=username),
                                    column="username"))
        if problems or grant is None:
            raise InputError(problems)
        uid = int(conn.execute(
            insert(User).values(username=username, password_hash=hash_password(password),
                                display_name=display_name, active=True)
            .returning(User.id)).scalar_one())
        conn.execute(insert(RoleGrant).values(user_id=uid, role=grant.role,
                                              region_code=grant.region))
        return uid


def _user_id(conn: Connection, username: str) -> int:
    uid = conn.execute(select(User.id).where(User.username == username)).scalar()
    if uid is None:
        raise NotFoundError("accounts.no_user", username=username)
    return int(uid)


def grant_role(engine: Engine, username: str, role: str, region: str | None = None, *,
               features: FeatureSet | None = None) -> Grant:
    """Give ``username`` the role ``role`` for ``region`` (held once; idempotent)."""
    grant, problems = check_grant(role, region, features=features)
    if problems or grant is None:
        raise InputError(problems)
    with engine.begin() as conn:
        uid = _user_id(conn, username)
        if grant not in _grants(conn, [uid]).get(uid, ()):
            conn.execute(insert(RoleGrant).values(user_id=uid, role=grant.role,
                                                  region_code=grant.region))
    return grant


def revoke_role(engine: Engine, username: str, role: str, region: str | None = None) -> int:
    """Take ``role`` for ``region`` from ``username``; returns how many grants went.

    Ends the user's sessions, so the change holds at once.
    """
    g = RoleGrant.__table__
    target = None if region in (None, "", CENTRAL) else region
    with engine.begin() as conn:
        uid = _user_id(conn, username)
        cond = g.c.region_code.is_(None) if target is None else g.c.region_code == target
        n = conn.execute(delete(g).where(g.c.user_id == uid, g.c.role == role, cond)).rowcount
        conn.execute(delete(WebSession).where(WebSession.user_id == uid))
    if not n:
        raise NotFoundError("accounts.no_grant", username=username, role=role,
                            region=region or CENTRAL)
    return int(n)


def set_password(engine: Engine, username: str, password: str) -> None:
    """Change a user's password and end their sessions."""
    if len(password) < MIN_PASSWORD:
        raise InputError(Problem(Msg("accounts.password_short", n=MIN_PASSWORD),
                                 column="password"))
    with engine.begin() as conn:
        uid = _user_id(conn, username)
        conn.execute(update(User).where(User.id == uid)
                     .values(password_hash=hash_password(password)))
        conn.execute(delete(WebSession).where(WebSession.user_id == uid))


def set_active(engine: Engine, username: str, active: bool) -> None:
    """Enable or disable an account (a disabled account's sessions end)."""
    with engine.begin() as conn:
        uid = _user_id(conn, username)
        conn.execute(update(User).where(User.id == uid).values(active=active))
        if not active:
            conn.execute(delete(WebSession).where(WebSession.user_id == uid))


def set_display_name(engine: Engine, username: str, display_name: str | None) -> None:
    """Change the name shown for an account (blank: none)."""
    name = (display_name or "").strip() or None
    if name is not None and len(name) > MAX_DISPLAY_NAME:
        raise InputError(Problem(Msg("accounts.name_long", n=MAX_DISPLAY_NAME),
                                 column="display_name"))
    with engine.begin() as conn:
        uid = _user_id(conn, username)
        conn.execute(update(User).where(User.id == uid).values(display_name=name))


def change_own_password(engine: Engine, username: str, current: str, new: str,
                        repeated: str) -> None:
    """A user changes their own password: the current one must match and the new one be
    typed twice (every session of the account ends, this one included)."""
    problems = []
    with engine.connect() as conn:
        stored = conn.execute(select(User.password_hash)
                              .where(User.username == username)).scalar()
    if stored is None or not verify_password(stored, current):
        problems.append(Problem(Msg("accounts.current_wrong"), column="current"))
    if len(new) < MIN_PASSWORD:
        problems.append(Problem(Msg("accounts.password_short", n=MIN_PASSWORD),
                                column="password"))
    elif new != repeated:
        problems.append(Problem(Msg("accounts.password_mismatch"), column="repeated"))
    if problems:
        raise InputError(problems)
    set_password(engine, username, new)


def guard_self(actor_name: str, username: str, *, action: str) -> None:
    """An administrator cannot disable their own account or take their own admin role:
    the installation would be left without anyone able to manage it.

    >>> guard_self("admin", "analis", action="disable")
    >>> guard_self("admin", "admin", action="disable")
    Traceback (most recent call last):
    rancang.core.errors.InputError: ...
    """
    if actor_name == username:
        raise InputError(Problem(Msg(f"accounts.not_self.{action}"), column="username"))


def generate_password() -> str:
    """A random password of 14 URL-safe characters, for an administrator's reset.

    >>> len(generate_password()) >= MIN_PASSWORD
    True
    """
    import secrets

    return secrets.token_urlsafe(10)


@dataclass(frozen=True)
class Account:
    """An account as lists show it (never the password hash)."""

    id: int
    username: str
    display_name: str | None
    active: bool
    grants: tuple[Grant, ...]


def list_users(engine: Engine) -> list[Account]:
    """Every account with its grants."""
    u = User.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(u.c.id, u.c.username, u.c.display_name, u.c.active)
                            .order_by(u.c.id)).all()
        grants = _grants(conn, [r.id for r in rows])
    return [Account(r.id, r.username, r.display_name, bool(r.active), grants.get(r.id, ()))
            for r in rows]


def actor_of(conn: Connection, user_id: int, username: str, display_name: str | None,
             csrf_token: str = "") -> Actor:
    """The :class:`~rancang.core.actors.Actor` of an account with its grants."""
    return Actor(id=user_id, username=username, display_name=display_name,
                 grants=_grants(conn, [user_id]).get(user_id, ()), csrf_token=csrf_token)


def authenticate(engine: Engine, username: str, password: str) -> Actor | None:
    """The actor when name and password match an active account, else None."""
    with engine.connect() as conn:
        user = conn.execute(select(User.__table__).where(User.username == username)).first()
        if user is None:
            verify_password(_DUMMY_HASH, password)  # same time whether the user exists or not
            return None
        if not user.active or not verify_password(user.password_hash, password):
            return None
        return actor_of(conn, user.id, user.username, user.display_name)


_DUMMY_HASH = _HASHER.hash("not-a-real-password")
