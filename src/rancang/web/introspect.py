"""What the web application serves, read from its routes: path, methods, who may call it,
what it answers. The authorisation-matrix test, the OpenAPI gate and the documentation
read routes through here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute

from rancang.web.deps import Permit, current_actor, public


@dataclass(frozen=True)
class RouteInfo:
    """One route of the application and the access it declares.

    ``access`` is ``"public"``, ``"signed_in"`` or ``"permit"`` (then ``permission``
    names the permission); ``None`` when the route declares none (a defect the tests
    refuse).
    """

    path: str
    methods: frozenset[str]
    name: str
    access: str | None
    permission: str | None
    include_in_schema: bool
    response_model: Any
    endpoint: Any


def _access(dependant: Any) -> tuple[str | None, str | None]:
    """The access a route's dependencies declare (the first one found, depth first)."""
    for sub in dependant.dependencies:
        call = sub.call
        if isinstance(call, Permit):
            return "permit", call.permission
        if call is public:
            return "public", None
        if call is current_actor:
            return "signed_in", None
        found = _access(sub)
        if found[0] is not None:
            return found
    return None, None


def _contexts(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "effective_route_contexts"):
            yield from route.effective_route_contexts()


def routes_of(app: FastAPI) -> list[RouteInfo]:
    """Every API route and page of ``app`` (static mounts and the OpenAPI document aside)."""
    out = []
    for ctx in _contexts(list(app.routes)):
        access, permission = _access(ctx.dependant)
        out.append(RouteInfo(
            path=ctx.path, methods=frozenset(ctx.methods or ()), name=ctx.name,
            access=access, permission=permission,
            include_in_schema=bool(ctx.include_in_schema),
            response_model=ctx.response_model, endpoint=ctx.endpoint))
    return out
