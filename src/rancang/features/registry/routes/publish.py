"""Publish the verified records of the user's regions to the aggregates (page and API)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse

from rancang.core.actors import Actor
from rancang.features.registry.api_models import PublishedOut
from rancang.features.registry.publish import publish
from rancang.web.deps import EngineDep, Permit
from rancang.web.errors import ERROR_RESPONSES

Publish = Annotated[Actor, Depends(Permit("registry.publish"))]
pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/v1/register", tags=["register"], responses=ERROR_RESPONSES)


@pages.post("/register/publish")
def publish_page(engine: EngineDep, user: Publish) -> RedirectResponse:
    """Publish, then go back to the register with the count."""
    n = publish(engine, user)["published"]
    return RedirectResponse(f"/register?published={n}", status_code=303)


@api.post("/publish")
def publish_api(engine: EngineDep, user: Publish) -> PublishedOut:
    """Publish every verified record of the user's regions as it is now; the aggregates
    count them from then on (until they change again)."""
    return PublishedOut(**publish(engine, user))
