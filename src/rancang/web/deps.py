"""Request dependencies as ``Annotated`` aliases: engine, settings, actor, language.

Every route declares who may call it with exactly one of three dependencies, which the
authorisation-matrix test reads from the routes:

- :class:`Permit` (``Annotated[Actor, Depends(Permit("registry.records.read"))]``): a
  signed-in actor holding the permission somewhere (the service checks the region of the
  object asked for with :meth:`rancang.core.actors.Actor.can`);
- :data:`SignedIn`: any signed-in actor (their own account, sign-out);
- :data:`PUBLIC` in the route's ``dependencies``: anyone (the sign-in page, the language
  switch).

State-changing requests (POST, PUT, PATCH, DELETE) of a signed-in actor must carry the
session's CSRF token.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from sqlalchemy import Engine

from rancang.core.actors import Actor, Forbidden, Unauthenticated
from rancang.core.i18n import DEFAULT_LANG, current_language, normalize_language
from rancang.core.settings import Settings
from rancang.web.security import UNSAFE_METHODS, tokens_match

LANG_COOKIE = "rancang_lang"
#: The header by which a page's htmx requests carry the page's language.
PAGE_LANG_HEADER = "x-page-lang"

#: The largest id a database row can have (a signed 64-bit integer, as PostgreSQL's
#: ``bigint`` and SQLite's ``INTEGER``): larger ids in a URL are refused as bad input.
MAX_ID = 2**63 - 1


def parse_id(value: object) -> int | None:
    """A record id from untrusted text: plain ASCII digits, 1 to :data:`MAX_ID`; else None.

    Used for every id that builds a URL from a query string or a form, so a crafted value
    (``5/../../admin``, ``1e3``, ``-1``, ``٣``, a 30-digit number) never reaches a link or
    a form action.

    >>> [parse_id(v) for v in ("12", " 12", "5/../../x", "-1", "0", "1e3", "٣", None)]
    [12, None, None, None, None, None, None, None]
    >>> parse_id(str(2**63 - 1)) == MAX_ID, parse_id(str(2**63))
    (True, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= MAX_ID else None
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    if len(value) > 19:
        return None
    number = int(value)
    return number if 1 <= number <= MAX_ID else None


def get_engine(request: Request) -> Engine:
    """The application's database engine."""
    engine: Engine = request.app.state.engine
    return engine


def get_settings_dep(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def request_language(request: Request) -> str:
    """The language a request asks for: ``?lang=``, else the language of the page that
    sent it (the ``X-Page-Lang`` header that the pages' script puts on every htmx request,
    so that a fragment speaks the language of a page opened with ``?lang=``), else the
    language cookie, else Indonesian."""
    return (normalize_language(request.query_params.get("lang"))
            or normalize_language(request.headers.get(PAGE_LANG_HEADER))
            or normalize_language(request.cookies.get(LANG_COOKIE)) or DEFAULT_LANG)


def get_lang(request: Request) -> str:
    """The language of this request (set by the language middleware of the app)."""
    return current_language()


def optional_actor(request: Request) -> Actor | None:
    """The signed-in actor or None (found once per request by the identity feature)."""
    if not hasattr(request.state, "actor"):
        identity = request.app.state.identity
        request.state.actor = identity(get_engine(request), request) if identity else None
    actor: Actor | None = request.state.actor
    return actor


async def current_actor(request: Request) -> Actor:
    """The signed-in actor; 401 (a redirect to sign-in for pages) without one.

    For state-changing methods the CSRF token must match the session's.
    """
    actor = optional_actor(request)
    if actor is None:
        raise Unauthenticated("error.unauthenticated")
    if request.method in UNSAFE_METHODS:
        given = request.headers.get("x-csrf-token")
        if given is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            form = await request.form()
            value = form.get("csrf_token")
            given = value if isinstance(value, str) else None
        if not tokens_match(actor.csrf_token, given):
            raise Forbidden("error.csrf")
    return actor


class Permit:
    """Dependency: a signed-in actor holding ``permission`` somewhere, else 403."""

    def __init__(self, permission: str) -> None:
        self.permission = permission

    async def __call__(self, actor: Annotated[Actor, Depends(current_actor)]) -> Actor:
        actor.require(self.permission)
        return actor

    def __repr__(self) -> str:
        return f"Permit({self.permission!r})"


def public() -> None:
    """Marker dependency of the routes anyone may call (no sign-in)."""


PUBLIC: Any = Depends(public)

EngineDep = Annotated[Engine, Depends(get_engine)]
SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
LangDep = Annotated[str, Depends(get_lang)]
SignedIn = Annotated[Actor, Depends(current_actor)]
#: An id in a URL path: 1 to :data:`MAX_ID` (a larger one is a 422, never a database error).
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
#: An optional id in a query string, same bounds.
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]
#: A required id in a query string, same bounds.
RequiredQueryId = Annotated[int, Query(ge=1, le=MAX_ID)]
#: How many rows a list may be asked for (1 to 10,000).
Limit = Annotated[int, Query(ge=1, le=10_000)]
#: A page number of a list (1 to a million).
PageNo = Annotated[int, Query(ge=1, le=1_000_000)]
