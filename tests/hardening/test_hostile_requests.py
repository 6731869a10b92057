"""Issue 17, item 8: no request makes the web answer 500.

Walks every route of the application (pages and API, as read by
:func:`rancang.web.introspect.routes_of`) and puts a hostile value into one parameter at a
time (path, query, form field or JSON field): ids above 2^63, ``1e309``, ``NaN``, ``null``,
NUL, terminal escapes, 20,000 characters, wrong types, bodies that are not objects. Every
answer must be below 500; an API answer of 4xx has the one error shape
``{error, status, problems}``. A new route is walked without a change to this test.

Each parameter gets one value of each class of hostile value (:data:`HOSTILE_CLASSES`,
:data:`HOSTILE_JSON_CLASSES`), the values of a class in turn over the parameters, so that
every value still reaches every kind of parameter (the walk checks it); ``lang``, read by
one function for every route, gets one value a route, in turn.

The walk is cut into four files, so that pytest-xdist (``--dist loadfile``, one file whole
in one process) runs them side by side, each on an app of its own:

- this file: the routes that read (GET) on SQLite, as an analyst of one regency, every
  class of hostile value; the routes that refuse the analyst (403) again as the
  administrator;
- ``test_hostile_requests_writes.py``: the routes that write (POST, PUT, PATCH, DELETE) on
  SQLite, as the analyst, every class;
- ``test_hostile_requests_postgres.py``: the routes that write on PostgreSQL, as the
  administrator, every class;
- ``test_hostile_requests_postgres_reads.py``: the routes that read on PostgreSQL, as the
  administrator, with the classes the two databases treat differently
  (:data:`DATABASE_CLASSES`); the others are answered before a query is sent, the same on
  both databases, and the SQLite walk sends them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from rancang.web.introspect import _contexts
from tests.web.conftest import Client

#: Hostile text for any parameter, by class. Every path, query and form parameter of every
#: route gets one value of each class (:func:`_sample`); the values of one class take the
#: same way through the application (the same exception, the same refusal), so one of them
#: per parameter checks what all of them did, and across the routes every value of a class
#: is still sent, to every kind of parameter (``walk`` asserts it). Integers beyond 64 bits,
#: positive or negative (the drivers overflow, ``bigint`` refuses); the smallest integers
#: that are not ids (zero, a negative); an infinity (a float that overflows, either sign,
#: or spelt ``inf``); NaN (compares false to everything: a class of its own); NUL, alone or
#: inside text; a terminal escape; 20,000 characters; a path; SQL; a right-to-left
#: override; nothing (empty or blank); JSON as text; a digit of another script.
HOSTILE_CLASSES: tuple[tuple[str, ...], ...] = (
    ("9223372036854775808", "-9223372036854775809", "99999999999999999999999999"),
    ("0",), ("-1",), ("1e309", "-1e309", "inf"), ("NaN",), ("\x00", "a\x00b"),
    ("\x1b[2J",), ("x" * 20_000,), ("../../etc/passwd",), ("'; DROP TABLE enterprise; --",),
    ("\u202e",), ("", " "), ("[]",), ("٣",))
#: Every hostile text (each one alone).
HOSTILE_TEXT = [value for values in HOSTILE_CLASSES for value in values]
#: The hostile texts a database may refuse or read differently (integers beyond 64 bits:
#: PostgreSQL's bigint refuses them, SQLite's driver overflows; the infinities and NaN:
#: ``numeric`` and ``double precision`` against SQLite's REAL; NUL, which PostgreSQL's text
#: refuses and SQLite stores; 20,000 characters, more than a PostgreSQL index row holds; a
#: digit of another script, which a cast may read). The other values of
#: :data:`HOSTILE_TEXT` are refused or read before any query, the same on both databases.
DATABASE_TEXT = ["9223372036854775808", "-9223372036854775809", "99999999999999999999999999",
                 "1e309", "-1e309", "NaN", "inf", "\x00", "a\x00b", "x" * 20_000, "٣"]
#: The classes of :data:`HOSTILE_CLASSES` made of :data:`DATABASE_TEXT`.
DATABASE_CLASSES = tuple(values for values in HOSTILE_CLASSES if set(values) <= set(DATABASE_TEXT))
#: Hostile JSON values for one field of a body, by class (one of each class per field, as
#: for :data:`HOSTILE_CLASSES`): null; an infinity (either sign); an integer beyond 64 bits
#: (either sign); NUL; 20,000 characters; an empty list; an empty object; a boolean; a
#: terminal escape; a list holding an infinity; an object holding null.
HOSTILE_JSON_CLASSES: tuple[tuple[str, ...], ...] = (
    ("null",), ("1e309", "-1e309"), ("9223372036854775808", "-9223372036854775809"),
    ('"\\u0000"',), ('"' + "x" * 20_000 + '"',), ("[]",), ("{}",), ("true",),
    ('"\\u001b[2J"',), ("[1e309]",), ('{"a": null}',))
#: Every hostile JSON value.
HOSTILE_JSON = [value for values in HOSTILE_JSON_CLASSES for value in values]
#: Whole bodies that are not what any route expects.
HOSTILE_BODIES = ["null", "[]", "1e309", '"x"', "{", '{"\\u0000": 1}']
#: A valid value for each path parameter the walk does not attack.
VALID_PATH = {"dataset_id": "1", "region": "9903", "record_id": "1", "cluster_id": "1",
              "merge_id": "1", "name": "location_quotient", "fmt": "csv", "code": "en"}
#: Query parameters a route reads from the request itself (not declared in its signature).
EXTRA_QUERY = {"{region}": ("w_slq", "w_dlq", "w_competitive", "w_growth", "w_share"),
               "/register/duplicates": ("merge_id", "done"), "/login": ("next",),
               "/lang/": ("next",)}
#: Query parameters every request may carry, read by the same code whatever the route
#: (``lang``: the language middleware, :func:`rancang.web.deps.request_language`). Each
#: route gets one hostile value of each, in turn over the walk (the k-th route the k-th
#: value of :data:`HOSTILE_TEXT`, modulo its length), so every route is sent one and every
#: value is sent to many routes, instead of every value to every route (20 requests a
#: route, a quarter of the walk, all through one function).
EVERY_ROUTE_QUERY = ("lang",)
#: Routes whose every answer is large (the whole boundary file): a few values only.
SLOW = {"/api/v1/boundaries": ("\x00", "x" * 20_000, "9223372036854775808")}
#: Routes that end the session (walked last, they would sign the client out).
LAST = {("POST", "/logout")}


def _routes(app: FastAPI, part: str) -> Iterator[tuple[str, APIRoute]]:
    """The (method, route) pairs of ``part``: ``"reads"`` (GET) or ``"writes"`` (the
    other methods)."""
    assert part in ("reads", "writes")
    for route in _contexts(list(app.routes)):
        for method in sorted(route.methods or ()):
            if (method, route.path) not in LAST and (method == "GET") == (part == "reads"):
                yield method, route


def _params(dependant: Any, kind: str) -> list[Any]:
    """The parameters of ``kind`` of a route and of all its sub-dependencies."""
    found = list(getattr(dependant, kind))
    for sub in dependant.dependencies:
        found.extend(_params(sub, kind))
    return found


def _url(path: str, values: dict[str, str]) -> str:
    from urllib.parse import quote

    for k, v in values.items():
        path = path.replace("{" + k + "}", quote(v, safe=""))
    return path


def _body_fields(route: APIRoute) -> list[str]:
    """The fields of a route's JSON body model (empty when it has none)."""
    fields: list[str] = []
    for param in route.dependant.body_params:
        annotation = getattr(param.field_info, "annotation", None)
        model_fields = getattr(annotation, "model_fields", None)
        if model_fields:
            fields.extend(model_fields)
        else:
            fields.append(param.name)
    return fields


def _is_form(route: APIRoute) -> bool:
    from fastapi.params import File, Form

    return any(isinstance(p.field_info, Form | File) for p in route.dependant.body_params)


class _Turns:
    """Which value of each class the next parameter of each kind gets: the n-th parameter
    of a kind (``path``, ``query``, ``form``, ``json``) the n-th value of each class, modulo
    the class's length, so that over a walk every value of every class reaches every kind
    of parameter; and which value the next route gets for :data:`EVERY_ROUTE_QUERY`. The
    order of the routes is the application's, so the choice is the same every run. Keeps
    the (kind, value) pairs sent, for :func:`walk` to check."""

    def __init__(self) -> None:
        self.next: Counter[str] = Counter()
        self.sent: set[tuple[str, str]] = set()

    def sample(self, kind: str, classes: Sequence[Sequence[str]]) -> list[str]:
        """One value of each of ``classes`` (an empty class is skipped)."""
        n = self.next[kind]
        self.next[kind] += 1
        values = [c[n % len(c)] for c in classes if c]
        self.sent.update((kind, v) for v in values)
        return values

    def one(self, kind: str, values: Sequence[str]) -> str:
        """The next of ``values``."""
        value = values[self.next[kind] % len(values)]
        self.next[kind] += 1
        self.sent.add((kind, value))
        return value


def _requests(route: APIRoute, method: str, turns: _Turns,
              classes: Sequence[Sequence[str]] = HOSTILE_CLASSES) -> Iterator[dict[str, Any]]:
    """The hostile requests of one route: a dict of ``url``, ``params``, ``content``,
    ``data`` (``classes``: the classes of hostile values of the path and query parameters;
    one value of each per parameter, chosen by ``turns``)."""
    path_names = sorted({p.name for p in _params(route.dependant, "path_params")})
    valid = {k: VALID_PATH.get(k, "1") for k in path_names}
    # "" and a path make a different route, not a value
    in_path = [[v for v in c if v not in ("", "../../etc/passwd")] for c in classes]
    for name in path_names:
        for value in turns.sample("path", in_path):
            yield {"url": _url(route.path, {**valid, name: value})}
    url = _url(route.path, valid)
    names = sorted({p.alias for p in _params(route.dependant, "query_params")})
    names += [n for part, extra in EXTRA_QUERY.items() if part in route.path for n in extra]
    for name in names:
        values = SLOW.get(route.path) or turns.sample("query", classes)
        for value in values:
            yield {"url": url, "params": {name: value}}
    everything = [v for c in classes for v in c]
    for name in EVERY_ROUTE_QUERY:
        yield {"url": url, "params": {name: turns.one(name, everything)}}
    if method == "GET":
        return
    if _is_form(route) or not route.path.startswith("/api/"):
        names = [p.alias for p in route.dependant.body_params] or ["survivor", "ids",
                                                                    "product", "name"]
        for name in names:
            for value in turns.sample("form", HOSTILE_CLASSES):
                yield {"url": url, "data": {name: value}}
        return
    for name in _body_fields(route):
        for value in turns.sample("json", HOSTILE_JSON_CLASSES):
            yield {"url": url, "content": "{" + json.dumps(name) + ": " + value + "}"}
    for body in HOSTILE_BODIES:
        yield {"url": url, "content": body}


def _every_value_sent(turns: _Turns, classes: Sequence[Sequence[str]]) -> list[str]:
    """The (kind, value) pairs a walk with ``classes`` should have sent and did not: every
    value of every class to every kind of parameter the walk met."""
    expected = {"path": [v for c in classes for v in c if v not in ("", "../../etc/passwd")],
                "query": [v for c in classes for v in c],
                "form": HOSTILE_TEXT, "json": HOSTILE_JSON}
    expected.update({name: expected["query"] for name in EVERY_ROUTE_QUERY})
    return [f"{kind} {value[:20]!r}" for kind, values in expected.items()
            if turns.next[kind] for value in values if (kind, value) not in turns.sent]


def _signed_in(app: FastAPI, username: str) -> Client:
    """A signed-in client for which a 500 is an answer to count, not an exception."""
    import re

    from fastapi.testclient import TestClient

    from tests.web.conftest import PASSWORD

    http = TestClient(app, raise_server_exceptions=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
    assert token is not None
    http.post("/login", data={"username": username, "password": PASSWORD,
                              "csrf_token": token.group(1)})
    me = http.get("/api/v1/me").json()
    return Client(http=http, csrf=me["csrf_token"], role=me["role"], username=username)


def _send(c: Client, method: str, req: dict[str, Any]) -> Any:
    headers = {"X-CSRF-Token": c.csrf}
    kwargs: dict[str, Any] = {"headers": headers, "follow_redirects": False,
                              "params": req.get("params")}
    if "content" in req:
        headers["Content-Type"] = "application/json"
        kwargs["content"] = req["content"].encode("utf-8")
    if "data" in req:
        kwargs["data"] = {**req["data"], "csrf_token": c.csrf}
    return c.http.request(method, req["url"], **kwargs)


def walk(web_app: FastAPI, who: str, part: str, *,
         classes: Sequence[Sequence[str]] = HOSTILE_CLASSES,
         refused_as: str | None = None) -> Counter[int]:
    """Send the hostile requests of every route of ``part`` (``"reads"`` or ``"writes"``,
    see :func:`_routes`) as ``who``; fail on any 500 or API error of another shape, and
    unless every value of every class reached every kind of parameter met.
    ``classes``: the classes of hostile values of path and query parameters;
    ``refused_as``: another user who walks the routes that refuse ``who`` (403 to a request
    without hostile values). Returns the count of each status.

    The clients are opened as context managers: one event loop and one worker thread for
    the whole walk, instead of a new loop and thread for each request (about 2.5 ms a
    request of 5-10; what the application does with a request is the same)."""
    import contextlib

    c = _signed_in(web_app, who)
    other = _signed_in(web_app, refused_as) if refused_as else None
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    turns = _Turns()
    sent = 0
    with contextlib.ExitStack() as stack:
        for client in (c, other):
            if client is not None:
                stack.enter_context(client.http)
        for method, route in _routes(web_app, part):
            clients = [c]
            if other is not None:
                plain = _url(route.path, {p.name: VALID_PATH.get(p.name, "1")
                                          for p in _params(route.dependant, "path_params")})
                if _send(c, method, {"url": plain}).status_code == 403:
                    clients.append(other)
            for client in clients:
                for req in _requests(route, method, turns, classes):
                    resp = _send(client, method, req)
                    sent += 1
                    statuses[resp.status_code] += 1
                    shown = {k: (v if len(str(v)) < 80 else str(v)[:60] + "...")
                             for k, v in req.items()}
                    if resp.status_code >= 500:
                        failures.append(f"{method} {route.path} {shown} as "
                                        f"{client.username} -> {resp.status_code}")
                    elif route.path.startswith("/api/") and 400 <= resp.status_code < 500:
                        body = resp.json()
                        if set(body) != {"error", "status", "problems"}:
                            failures.append(f"{method} {route.path} {shown} as "
                                            f"{client.username}: shape {sorted(body)}")
    print(f"{part} as {who}: {sent} requests, {dict(statuses)}")  # shown by pytest -rP
    assert not failures, f"{len(failures)} of {sent}:\n" + "\n".join(failures[:80])
    missed = _every_value_sent(turns, classes)
    assert not missed, f"values never sent: {missed}"
    return statuses


def test_no_hostile_read_is_answered_with_500(web_app: FastAPI) -> None:
    """The routes that read, on the demo app on SQLite, as an analyst of one regency (the
    routes that refuse the analyst as the administrator)."""
    statuses = walk(web_app, "analyst_own", "reads", refused_as="admin")
    assert sum(statuses.values()) > 1000
    assert statuses[200] > 300 and statuses[422] > 300, statuses  # signed in, answered


def test_the_walk_is_cut_into_reads_and_writes(web_app: FastAPI) -> None:
    """The two parts of :func:`_routes` hold every route of the walk once."""
    everything = {(m, r.path) for r in _contexts(list(web_app.routes))
                  for m in r.methods or ()} - LAST
    reads = {(m, r.path) for m, r in _routes(web_app, "reads")}
    writes = {(m, r.path) for m, r in _routes(web_app, "writes")}
    assert reads | writes == everything and not reads & writes
    assert len(reads) > 100 and len(writes) > 100
    assert set(DATABASE_TEXT) < set(HOSTILE_TEXT)
    assert {v for values in DATABASE_CLASSES for v in values} == set(DATABASE_TEXT)
    assert len(HOSTILE_TEXT) == len(set(HOSTILE_TEXT)) == 20


def test_every_hostile_value_reaches_every_kind_of_parameter(web_app: FastAPI) -> None:
    """One value of each class per parameter: over the routes of each part every value of
    every class still reaches every kind of parameter (the check :func:`walk` makes after
    sending); with a few routes only, it would not, and the check says so."""
    for part in ("reads", "writes"):
        turns = _Turns()
        for method, route in _routes(web_app, part):
            for _ in _requests(route, method, turns):
                pass
        assert not _every_value_sent(turns, HOSTILE_CLASSES), part
        assert {"path", "query", "lang"} <= set(turns.next)
        if part == "writes":
            assert {"form", "json"} <= set(turns.next)
    few = _Turns()
    for method, route in list(_routes(web_app, "writes"))[:2]:
        for _ in _requests(route, method, few):
            pass
    assert _every_value_sent(few, HOSTILE_CLASSES)
