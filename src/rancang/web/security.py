"""CSRF protection and the security headers of every response.

CSRF: every state-changing request (POST, PUT, PATCH, DELETE) must carry the session's
token, as a form field ``csrf_token`` or an ``X-CSRF-Token`` header (htmx sends the header
on every request of the page). Before sign-in, the login form uses a signed double-submit
cookie. Comparison is constant-time.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeTimedSerializer

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


def security_headers(csp: str) -> dict[str, str]:
    """The security headers of every response, also of the error pages the last-resort
    handler writes outside this middleware.

    >>> sorted(security_headers("default-src 'self'"))[:2]
    ['content-security-policy', 'referrer-policy']
    """
    return {"content-security-policy": csp, "x-frame-options": "DENY",
            "x-content-type-options": "nosniff", "referrer-policy": "same-origin"}


class SecurityHeaders:
    """ASGI middleware adding the security headers (CSP, no framing, no sniffing, no
    referrer leaks) to every HTTP response, and ``Cache-Control: no-store`` to every one
    outside ``/static/`` that does not set its own."""

    def __init__(self, app: Any, *, tile_url: str = "") -> None:
        self.app = app
        self.headers = self._headers(content_security_policy(tile_url))
        self.docs_headers = self._headers(content_security_policy(tile_url,
                                                                  inline_scripts=True))

    @staticmethod
    def _headers(csp: str) -> list[tuple[bytes, bytes]]:
        return [(k.encode(), v.encode()) for k, v in security_headers(csp).items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        extra = self.docs_headers if path == "/api/docs" else self.headers
        # pages and API answers hold firms' and people's data: never kept by a browser or
        # a proxy unless the route says so (static files, public boundaries)
        store = path.startswith("/static/")

        async def wrapped(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), *extra]
                if not store and not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)


def safe_next(target: str | None) -> str:
    """Only local paths to go back to (no open redirect).

    >>> safe_next("/register?q=x"), safe_next("//evil.example"), safe_next("https://x.y/")
    ('/register?q=x', '/', '/')
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    parts = urlsplit(target)
    return parts.path + (f"?{parts.query}" if parts.query else "")
