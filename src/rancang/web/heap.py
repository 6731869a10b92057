"""The server process's long-lived heap kept out of the cyclic garbage collector's walk.

A full collection of Python's cyclic garbage collector walks every tracked object. After
start-up a web process holds a quarter of a million of them (modules, routes, templates,
the libraries its pages import on first use), nearly all alive for the life of the
process, and each full collection then costs 150-190 ms, paid by whichever request
triggers it: on the monitoring dashboard at the issue's scale a repeat view took 38 ms at
the median and 184 ms at p95, those views being the collections. ``gc.freeze()`` (Python
3.7+, "gc.freeze" in the standard library's documentation) moves every object alive at
the call to a permanent generation that collections skip: p95 46 ms on the same views
(``benchmarks/README.md``, Monitoring). Objects still alive are not copied or changed;
frozen objects that later become cyclic garbage are not reclaimed, which is why the
freeze happens twice only, at start and once the first requests have imported what the
pages use, not for every request.
"""

from __future__ import annotations

import gc
from typing import Any

#: Requests after which the process freezes its heap a second time (lazy imports done).
WARM_UP_REQUESTS = 20


def freeze_heap() -> int:
    """Collect once, then freeze every object alive; returns the number frozen so far.

    >>> freeze_heap() > 0
    True
    >>> gc.unfreeze()  # a test process keeps its collector as it was
    """
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()


class FreezeAfterWarmUp:
    """ASGI middleware of the server process (``rancang serve``): freezes the heap once,
    after the first :data:`WARM_UP_REQUESTS` HTTP requests have been answered."""

    def __init__(self, app: Any, after: int = WARM_UP_REQUESTS) -> None:
        self.app = app
        self.after = after
        self.seen = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)
        if scope["type"] == "http" and self.seen < self.after:
            self.seen += 1
            if self.seen == self.after:
                freeze_heap()
