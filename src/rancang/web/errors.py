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
import secrets
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
)
from rancang.core.i18n import Msg, language

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


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def render_error(request: Request, exc: RancangError) -> Response:
    """The response for ``exc`` on this request's channel."""
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
    return render(request, template, {"status": exc.status, "message": payload["error"],
                                      "problems": payload["problems"]}, status=exc.status)


class UnexpectedError(RancangError):
    """An error nobody planned for, shown with the reference it was logged under."""

    status = 500


def _validation_problems(exc: RequestValidationError) -> InputError:
    problems = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body",
                                                                 "form", "header")]
        problems.append(Problem(Msg("error.parameter", detail=err.get("msg", "")),
                                column=".".join(loc) or None))
    return InputError(problems or [Problem(Msg("error.parameter", detail=""))])


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
