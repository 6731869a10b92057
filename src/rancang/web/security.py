"""CSRF protection and sign-in throttling.

CSRF: every state-changing request (POST, PUT, PATCH, DELETE) must carry the session's
token, as a form field ``csrf_token`` or an ``X-CSRF-Token`` header (htmx sends the header
on every request of the page). Before sign-in, the login form uses a signed double-submit
cookie. Comparison is constant-time.

Throttle: after :data:`MAX_FAILURES` failed sign-ins for one user name within
:data:`WINDOW`, further attempts for that name are refused until the window has passed. A
whole office often signs in from one address (NAT), so the per-address limit
(:data:`MAX_CLIENT_FAILURES`) is only a brake on guessing across many names, high enough that
colleagues' typos never lock the office out. Failures are stored in the database, so the
limits hold across worker processes.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import Engine, delete, func, insert, or_, select

from rancang.features.registry.models import utcnow
from rancang.web.models import LoginFailure

MAX_FAILURES = 5
MAX_CLIENT_FAILURES = 200
WINDOW = timedelta(minutes=15)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def tokens_match(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; False when either is missing.

    >>> tokens_match("a", "a"), tokens_match("a", "b"), tokens_match(None, "a")
    (True, False, False)
    """
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


class LoginCsrf:
    """Signed double-submit token for the sign-in form (before any session exists)."""

    def __init__(self, secret: str) -> None:
        self._s = URLSafeTimedSerializer(secret, salt="rancang-login")

    def new(self) -> tuple[str, str]:
        """(cookie value, form value): the form value is the signed cookie value."""
        raw = secrets.token_urlsafe(24)
        return raw, self._s.dumps(raw)

    def check(self, cookie: str | None, form: str | None) -> bool:
        """True when the form value is a fresh signature of the cookie value."""
        if not cookie or not form:
            return False
        try:
            raw = self._s.loads(form, max_age=3600 * 4)
        except BadSignature:
            return False
        return tokens_match(cookie, str(raw))


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


def tile_origin(tile_url: str) -> str:
    """The origin of a tile URL template for the CSP (``{s}`` sub-domains as ``*``).

    >>> tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png")
    'https://*.tile.example.org'
    >>> tile_origin("")
    ''
    """
    from urllib.parse import urlsplit

    if not tile_url:
        return ""
    parts = urlsplit(tile_url.replace("{s}", "x-sub"))
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc.replace('x-sub', '*')}"


def content_security_policy(tile_url: str = "", *, inline_scripts: bool = False) -> str:
    """The CSP of every response: only our own scripts, styles, images and connections;
    no framing. ``inline_scripts`` only for the OpenAPI page (Swagger UI's own set-up).

    >>> "frame-ancestors 'none'" in content_security_policy()
    True
    """
    tiles = tile_origin(tile_url)
    script = "'self'" + (" 'unsafe-inline'" if inline_scripts else "")
    return ("default-src 'self'; "
            f"script-src {script}; "
            "style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data: blob:{' ' + tiles if tiles else ''}; "
            "connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware adding the security headers (CSP, no framing, no sniffing, no
    referrer leaks) to every HTTP response."""

    def __init__(self, app: Any, *, tile_url: str = "") -> None:
        self.app = app
        self.headers = self._headers(content_security_policy(tile_url))
        self.docs_headers = self._headers(content_security_policy(tile_url,
                                                                  inline_scripts=True))

    @staticmethod
    def _headers(csp: str) -> list[tuple[bytes, bytes]]:
        return [(b"content-security-policy", csp.encode()),
                (b"x-frame-options", b"DENY"),
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"same-origin")]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.docs_headers if scope.get("path") == "/api/docs" else self.headers

        async def wrapped(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, wrapped)
