"""The capture page's service worker: the shared offline worker
(:mod:`rancang.web.offline`) keeps the capture pages and their static files so that a
facilitator whose network dropped can open the page again and go on typing inputs into
the queue."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from rancang.web.deps import PUBLIC
from rancang.web.offline import worker_response

router = APIRouter(include_in_schema=False)


@router.get("/consult/capture-sw.js", dependencies=[PUBLIC])
def capture_worker() -> Response:
    """The capture page's service worker. Served under ``/consult/`` (not ``/static/``)
    so that its scope may be ``/consult/events/``, where the capture pages are; capture
    pages and static files come from the network first (the page asks the worker to keep
    it once the worker is active: static/capture.js)."""
    return worker_response("rancang-consult-capture-v1", r"^/consult/events/\d+/capture$")
