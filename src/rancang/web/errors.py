"""One renderer for every error a request can end in, in the request's language.

- the API (paths under ``/api/``): JSON ``{error, status, problems}``
  (:func:`rancang.core.errors.error_payload`), the shape the OpenAPI document describes;
- an htmx request (``HX-Request`` header): the error as an HTML fragment;
- a page: the error page, in the page frame.

Rancang's own errors carry their HTTP status; FastAPI's parameter errors become an
:class:`~rancang.core.errors.InputError` naming the parameter; routing errors (404, 405)
read as "not found"; anything unexpected is logged with a reference number and shown as a
500 with that number, never a stack trace.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from rancang.core.actors import Unauthenticated
from rancang.core.errors import (
    InputError,
    NotFoundError,
    Problem,
    RancangError,
    database_refusal,
    error_payload,
    form_problems,
)
from rancang.core.i18n import Msg, language, text

LOG = logging.getLogger("rancang.web")


class ProblemOut(BaseModel):
    """One located problem of an error response."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    message: str


class ErrorOut(BaseModel):
    """Every error response of the API."""

    error: str
    status: int
    problems: list[ProblemOut] = []


#: The error responses every API route may give, for the OpenAPI document.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": words}
    for code, words in ((401, "Not signed in"), (403, "Not allowed"), (404, "Not found"),
                        (422, "Problems in the input"), (500, "Unexpected error"))
}


#: The heading of an error page, by status (else "something went wrong").
_HEADINGS = {403: "ui.not_allowed", 404: "error.not_found_title", 422: "error.input_title"}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def render_error(request: Request, exc: RancangError, *, back: str | None = None
                 ) -> Response:
    """The response for ``exc`` on this request's channel.

    On a page, a refused form's problems are said with the labels of its fields (the
    ``form_labels`` of the feature whose route answered, :func:`form_labels`), above a
    link back to the form: ``back``, else the same-site page the form was sent from
    (:func:`back_link`); a file's problems keep their file/sheet/row/column table.
    """
    from rancang.web.render import render

    payload = error_payload(exc)
    if _wants_json(request):
        return JSONResponse(payload, status_code=exc.status)
    if isinstance(exc, Unauthenticated):
        target = f"/login?next={request.url.path}"
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
    template = "_error_fragment.html" if request.headers.get("hx-request") else "error.html"
    heading = text(_HEADINGS.get(exc.status, "ui.error"))
    if back is None and request.method == "POST":
        back = back_link(request)
    problems = form_problems(exc.problems if isinstance(exc, InputError) else [],
                             form_labels(request))
    located = any(p["file"] or p["sheet"] or p["row"] is not None for p in problems)
    return render(request, template, {"status": exc.status, "heading": heading,
                                      "message": payload["error"], "back": back,
                                      "problems": problems, "located": located},
                  status=exc.status)


def form_labels(request: Request) -> Mapping[str, str]:
    """The form-field labels (field -> catalogue key) of the feature whose route answered
    ``request`` (its manifest's ``form_labels``); empty for the shell's own routes."""
    endpoint = request.scope.get("endpoint")
    features = getattr(request.app.state, "features", None)
    feature = features.owner(getattr(endpoint, "__module__", "") or "") if features else None
    return features.form_labels(feature.name) if features and feature else {}


def form_messages(request: Request, problems: list[Problem]) -> list[str]:
    """A refused form's problems as a form page lists them beside the form (the messages
    of :func:`~rancang.core.errors.form_problems` with the answering feature's labels),
    for a page that keeps what was typed instead of the error page."""
    return [str(p["message"]) for p in form_problems(problems, form_labels(request))]


def back_link(request: Request) -> str | None:
    """The page a refused form was sent from (path and query of a same-site ``Referer``),
    for the error page's "back to the form" link; ``None`` for another site or none.

    >>> from starlette.requests import Request
    >>> def req(referer: str) -> Request:
    ...     return Request({"type": "http", "method": "POST", "path": "/plans/1/freeze",
    ...                     "scheme": "http", "server": ("testserver", 80), "query_string": b"",
    ...                     "headers": [(b"host", b"testserver"),
    ...                                 (b"referer", referer.encode())]})
    >>> back_link(req("http://testserver/plans/1?tab=versi"))
    '/plans/1?tab=versi'
    >>> back_link(req("https://elsewhere.example/plans/1")) is None
    True
    """
    from urllib.parse import urlsplit

    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc != request.url.netloc or not referer.path.startswith("/"):
        return None
    return referer.path + (f"?{referer.query}" if referer.query else "")


class UnexpectedError(RancangError):
    """An error nobody planned for, shown with the reference it was logged under."""

    status = 500


_INTEGER = {"int_parsing", "int_type", "int_from_float", "int_parsing_size"}
_NUMBER = {"float_parsing", "float_type", "decimal_parsing", "decimal_type", "finite_number"}
_BOOLEAN = {"bool_parsing", "bool_type"}
_DATE = {"date_parsing", "date_type", "date_from_datetime_parsing", "datetime_parsing",
         "datetime_type", "date_from_datetime_inexact", "datetime_from_date_parsing"}
_KIND = {"string_type", "dict_type", "list_type", "model_type", "model_attributes_type",
         "tuple_type", "set_type", "is_instance_of", "dataclass_type", "bytes_type",
         "string_unicode", "none_required", "mapping_type", "iterable_type"}


def _shown(value: object) -> str:
    """A value the user gave, quoted and cut short."""
    shown = repr(value) if not isinstance(value, str) else f"'{value}'"
    return shown if len(shown) <= 40 else shown[:37] + "..."


def parameter_message(err: Mapping[str, Any]) -> Msg:
    """A catalogue message for one of pydantic's validation errors (by its ``type``), in
    place of pydantic's own English ``msg``.

    >>> parameter_message({"type": "int_parsing", "input": "abc"}).render("en")
    "must be a whole number, given 'abc'"
    >>> parameter_message({"type": "literal_error", "input": "x",
    ...                    "ctx": {"expected": "'csv' or 'xlsx'"}}).render("id")
    "harus salah satu dari 'csv', 'xlsx', tertulis 'x'"
    """
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    value = _shown(err.get("input"))
    if kind in ("missing", "missing_argument", "missing_keyword_only_argument"):
        return Msg("error.param.missing")
    if kind in _INTEGER:
        return Msg("error.param.integer", value=value)
    if kind in _NUMBER:
        return Msg("error.param.number", value=value)
    if kind in _BOOLEAN:
        return Msg("error.param.boolean", value=value)
    if kind in _DATE:
        return Msg("error.param.date", value=value)
    if kind == "greater_than":
        return Msg("error.param.greater_than", limit=ctx.get("gt"), value=value)
    if kind == "greater_than_equal":
        return Msg("error.param.greater_than_equal", limit=ctx.get("ge"), value=value)
    if kind == "less_than":
        return Msg("error.param.less_than", limit=ctx.get("lt"), value=value)
    if kind == "less_than_equal":
        return Msg("error.param.less_than_equal", limit=ctx.get("le"), value=value)
    if kind in ("string_too_short", "too_short"):
        return Msg("error.param.too_short", limit=ctx.get("min_length"))
    if kind in ("string_too_long", "too_long"):
        return Msg("error.param.too_long", limit=ctx.get("max_length"))
    if kind in ("literal_error", "enum"):
        choices = re.findall(r"'[^']*'", str(ctx.get("expected", "")))
        return Msg("error.param.choice", choices=", ".join(choices), value=value)
    if kind in _KIND:
        return Msg("error.param.kind")
    if kind in ("json_invalid", "json_type"):
        return Msg("error.param.json")
    if kind == "extra_forbidden":
        return Msg("error.param.unknown")
    return Msg("error.parameter", value=value)


def _validation_problems(exc: RequestValidationError) -> InputError:
    """FastAPI's parameter errors as one :class:`InputError`: each problem names the
    parameter (as its column) and says what is wrong in the request's language."""
    problems = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body",
                                                                 "form", "header", "cookie")]
        problems.append(Problem(parameter_message(err), column=".".join(loc) or None))
    return InputError(problems or [Problem(Msg("error.parameter", value="-"))])


def install_error_handlers(app: FastAPI) -> None:
    """Route every error of ``app`` through :func:`render_error`."""

    @app.exception_handler(RancangError)
    async def _rancang(request: Request, exc: RancangError) -> Response:
        return render_error(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return render_error(request, _validation_problems(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            return render_error(request, NotFoundError("error.not_found"))
        err = RancangError("error.http", status=str(exc.status_code))
        err.status = exc.status_code
        return render_error(request, err)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        """The last resort (outside every middleware): the error with a reference, the
        security headers and ``no-store``; a value the database refused is bad input."""
        from rancang.web.deps import request_language
        from rancang.web.security import content_security_policy, security_headers

        refused = database_refusal(exc)
        ref = secrets.token_hex(4)
        # the statement's values are hidden by the engine (``hide_parameters``)
        LOG.error("unexpected error %s on %s %s", ref, request.method, request.url.path,
                  exc_info=exc)
        with language(request_language(request)):  # outside the language middleware
            response = render_error(request, refused or UnexpectedError("error.unexpected",
                                                                        ref=ref))
        settings = request.app.state.settings
        response.headers.update(security_headers(content_security_policy(settings.tile_url)))
        response.headers["cache-control"] = "no-store"
        return response
