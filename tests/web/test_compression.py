"""Responses are compressed and static files cached by the browser."""

from __future__ import annotations

from tests.web.conftest import Client


def test_gzip_and_static_cache(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    page = http.get("/region/1/9903", headers={"Accept-Encoding": "gzip"})
    assert page.headers.get("content-encoding") == "gzip"
    js = http.get("/static/vendor/echarts.min.js", headers={"Accept-Encoding": "gzip"})
    assert js.headers.get("content-encoding") == "gzip"
    assert "max-age=86400" in js.headers["cache-control"]
    small = http.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert small.headers.get("content-encoding") is None  # under the 1 kB minimum
