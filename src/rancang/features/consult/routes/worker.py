"""The capture page's service worker (``static/capture-sw.js``): it keeps the capture
pages and their static files so that a facilitator whose network dropped can open the
page again and go on typing inputs into the queue."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

from rancang.web.deps import PUBLIC

router = APIRouter(include_in_schema=False)
#: the service worker that keeps the capture pages for use without network (our own code)
WORKER = Path(__file__).resolve().parents[1] / "static" / "capture-sw.js"


@router.get("/consult/capture-sw.js", dependencies=[PUBLIC])
def capture_worker() -> FileResponse:
    """The capture page's service worker. Served under ``/consult/`` (not ``/static/``)
    so that its scope may be ``/consult/events/``, where the capture pages are; the
    browser checks it for changes itself (``no-cache``). Code only, the same for
    everyone."""
    return FileResponse(WORKER, media_type="text/javascript",
                        headers={"Cache-Control": "no-cache"})
