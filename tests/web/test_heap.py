"""The server process freezes its start-up heap (rancang.web.heap): at start, and once
after its first requests; never for the test clients of ``create_app``."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from rancang.web import heap


def test_the_middleware_freezes_once_after_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(heap, "freeze_heap", lambda: calls.append(1) or 0)

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        return None

    mw = heap.FreezeAfterWarmUp(inner, after=3)

    def call(kind: str) -> None:
        """Run the middleware to its end without an event loop (nothing in it waits: a
        browser test before this one may leave a loop running in the process)."""
        coro = mw({"type": kind}, None, None)
        with pytest.raises(StopIteration):
            coro.send(None)

    for _ in range(2):
        call("http")
    assert calls == []
    call("lifespan")  # not a request
    assert calls == []
    for _ in range(5):
        call("http")
    assert calls == [1]


def test_the_server_factory_freezes_and_installs_the_middleware(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from rancang.core.settings import get_settings
    from rancang.web.app import app_from_env, create_app

    monkeypatch.setenv("RANCANG_DATABASE_URL", f"sqlite:///{tmp_path}/h.sqlite")
    monkeypatch.setenv("RANCANG_DATA_DIR", str(tmp_path))
    try:
        app = app_from_env()
        assert gc.get_freeze_count() > 0
        assert any(m.cls is heap.FreezeAfterWarmUp for m in app.user_middleware)
        plain = create_app(get_settings())
        assert not any(m.cls is heap.FreezeAfterWarmUp for m in plain.user_middleware)
    finally:
        gc.unfreeze()  # the test process keeps its collector as it was
