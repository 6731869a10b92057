"""Static URLs carry a content hash (``?v=``), so the browser may keep them for a year; a
changed file gets a new URL."""

from __future__ import annotations

import hashlib
import re

from rancang.web.render import _static_file
from tests.web.conftest import Client


def test_static_urls_are_versioned_by_content(clients: dict[str, Client]) -> None:
    http = clients["analyst_own"].http
    seen = set()
    for url in ("/", "/region/1/9903", "/map", "/api/docs"):
        html = http.get(url).text
        refs = re.findall(r'(?:src|href|url)\s*[:=]\s*["\'](/static/[^"\']+)["\']', html)
        assert refs, url
        for ref in refs:
            path, _, query = ref.partition("?")
            digest = hashlib.sha256(_static_file(path.removeprefix("/static/")).read_bytes())
            assert query == f"v={digest.hexdigest()[:12]}", (url, ref)
            seen.add(ref)
    assert any("echarts" in s for s in seen) and any("leaflet" in s for s in seen)
    versioned = http.get(next(s for s in seen if "app.js" in s))
    assert versioned.status_code == 200
    assert "max-age=31536000" in versioned.headers["cache-control"]
    assert "immutable" in versioned.headers["cache-control"]
    assert "max-age=86400" in http.get("/static/app.js").headers["cache-control"]
