"""Pages that open again without network: one service worker for every feature
(``static/offline-worker.js``), set up by a two-line script a feature serves beside its
page, so that the worker's scope may be that page's address and nothing wider."""

from __future__ import annotations

import json

from fastapi.responses import Response

from rancang.web.render import static_url

FILES = ("network-first", "cache-first")


def worker_source(cache: str, page: str, *, files: str = "network-first",
                  prefetch: str | None = None) -> str:
    """The feature's worker script: its settings, then the shared worker.

    ``cache`` is the cache's name ending in ``-v<N>`` (an older version is deleted when a
    new one is served), ``page`` a regular expression of the kept pages' paths,
    ``files`` how static files are answered (``cache-first`` when their addresses carry
    their content's version, else ``network-first``), ``prefetch`` a page kept as soon as
    the worker is installed.

    >>> src = worker_source("rancang-x-v1", "^/x$", prefetch="/x")
    >>> src.splitlines()[0][:56]
    'self.RANCANG_OFFLINE = {"cache": "rancang-x-v1", "page":'
    >>> src.splitlines()[1].startswith('importScripts("/static/offline-worker.js?v=')
    True
    """
    if files not in FILES:
        raise ValueError(f"files must be one of {FILES}")
    settings = {"cache": cache, "page": page, "files": files, "prefetch": prefetch}
    return (f"self.RANCANG_OFFLINE = {json.dumps(settings)};\n"
            f"importScripts({json.dumps(static_url('offline-worker.js'))});\n")


def worker_response(cache: str, page: str, *, files: str = "network-first",
                    prefetch: str | None = None) -> Response:
    """:func:`worker_source` as the response of the feature's worker address; the browser
    checks it for changes itself (``no-cache``). Code only, the same for everyone."""
    return Response(worker_source(cache, page, files=files, prefetch=prefetch),
                    media_type="text/javascript", headers={"Cache-Control": "no-cache"})
