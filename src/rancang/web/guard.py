"""The request boundary: what any request may carry before a route sees it.

One ASGI middleware, :class:`InputGuard`, refuses with the one error shape (a 4xx, never
a 500, the same on SQLite and PostgreSQL):

- a body larger than the request limit (all files of an upload together), read no further
  (413);
- a path or query parameter holding a control character (NUL, a terminal escape) or longer
  than :data:`rancang.core.text.MAX_FIELD` (422, naming the parameter);
- a form (``application/x-www-form-urlencoded``) or JSON body whose text values do, or a
  JSON number that is not finite (``1e309``) or an integer beyond 64 bits (422, naming the
  field).

Files in a multipart upload are the importers' to judge; the text fields of a multipart
form are checked by their routes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

from rancang.core.errors import InputError, Problem, RancangError
from rancang.core.i18n import Msg
from rancang.core.text import MAX_FIELD, text_problem

#: Bodies read whole to be checked (forms, JSON) may be at most this large.
MAX_SMALL_BODY = 2 * 1024 * 1024
#: Integers a JSON body may carry (a database's signed 64 bits).
MAX_INT = 2**63 - 1


class TooLarge(RancangError):
    """A request body beyond the limit."""

    status = 413


def _pairs_problems(pairs: list[tuple[str, str]]) -> list[Problem]:
    out = []
    for name, value in pairs:
        found = text_problem(name, max_length=200) or text_problem(value,
                                                                   max_length=MAX_FIELD)
        if found is not None:
            out.append(Problem(found, column=text_label(name)))
    return out


def text_label(name: str) -> str:
    """A parameter name fit to be shown (its printable part, cut).

    >>> text_label("q\\x00x"), text_label("a" * 100)[-3:]
    ('qx', 'aa…')
    """
    from rancang.core.text import _CONTROL

    clean = _CONTROL.sub("", name)
    return clean[:60] + ("…" if len(clean) > 60 else "")


def _walk(value: Any, path: str) -> Iterator[Problem]:
    if isinstance(value, str):
        found = text_problem(value, max_length=MAX_FIELD)
        if found is not None:
            yield Problem(found, column=path or None)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            yield Problem(Msg("error.number_range"), column=path or None)
    elif isinstance(value, float):
        if not math.isfinite(value):
            yield Problem(Msg("error.not_finite"), column=path or None)
    elif isinstance(value, dict):
        for k, v in value.items():
            key = text_label(str(k))
            found = text_problem(str(k), max_length=200)
            if found is not None:
                yield Problem(found, column=f"{path}.{key}" if path else key)
                continue
            yield from _walk(v, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}[{i}]")


def json_problems(body: bytes) -> list[Problem]:
    """Problems of a JSON body's values (an unreadable body is left to the route).

    >>> [p.column for p in json_problems(b'{"name": "a\\\\u0000", "w": [1, 1e309]}')]
    ['name', 'w[1]']
    >>> json_problems(b'{"id": 9223372036854775808}')[0].message.key
    'error.number_range'
    """
    try:
        data = json.loads(body)
    except ValueError:
        return []
    return list(_walk(data, ""))


class InputGuard:
    """ASGI middleware: refuse what no route may receive (see the module's notes)."""

    def __init__(self, app: Any, *, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def _refuse(self, scope: Any, receive: Any, send: Any, exc: RancangError) -> None:
        from rancang.web.errors import render_error

        response = render_error(Request(scope, receive), exc)
        await response(scope, receive, send)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problems = []
        path = scope.get("path", "")
        found = text_problem(path, max_length=MAX_FIELD)
        if found is not None:
            problems.append(Problem(found, column="path"))
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            problems.extend(_pairs_problems(parse_qsl(query, keep_blank_values=True,
                                                      errors="strict")))
        except UnicodeDecodeError:
            problems.append(Problem(Msg("text.not_utf8"), column="query"))
        if problems:
            await self._refuse(scope, receive, send, InputError(problems))
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length", b"")
        limit_mb = self.max_body // (1024 * 1024)
        if length.isdigit() and int(length) > self.max_body:
            await self._refuse(scope, receive, send, TooLarge("error.too_large", limit=limit_mb))
            return
        ctype = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if scope.get("method") in ("POST", "PUT", "PATCH", "DELETE") and ctype in (
                b"application/json", b"application/x-www-form-urlencoded"):
            await self._small_body(scope, receive, send, ctype, limit_mb)
            return
        await self._streamed(scope, receive, send, limit_mb)

    async def _small_body(self, scope: Any, receive: Any, send: Any, ctype: bytes,
                          limit_mb: int) -> None:
        """Read a form or JSON body whole (bounded), check it, hand it on."""
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > min(self.max_body, MAX_SMALL_BODY):
                await self._refuse(scope, receive, send,
                                   TooLarge("error.too_large", limit=limit_mb))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if ctype == b"application/json":
            problems = json_problems(body)
        else:
            try:
                problems = _pairs_problems(parse_qsl(body.decode("utf-8"),
                                                     keep_blank_values=True, errors="strict"))
            except UnicodeDecodeError:
                problems = [Problem(Msg("text.not_utf8"), column="form")]
        if problems:
            await self._refuse(scope, receive, send, InputError(problems))
            return
        sent = False

        async def replay() -> Any:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _streamed(self, scope: Any, receive: Any, send: Any, limit_mb: int) -> None:
        """Count a streamed body (an upload without a length); past the limit, end it and
        answer 413 whatever the route was about to say."""
        size = 0
        over = False
        started = False

        async def counted() -> Any:
            nonlocal size, over
            message = await receive()
            if message["type"] == "http.request":
                size += len(message.get("body", b""))
                if size > self.max_body:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Any) -> None:
            nonlocal started
            if over:
                if not started:
                    started = True
                    await self._refuse(scope, receive, send,
                                       TooLarge("error.too_large", limit=limit_mb))
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await self._refuse(scope, receive, send, TooLarge("error.too_large",
                                                              limit=limit_mb))
