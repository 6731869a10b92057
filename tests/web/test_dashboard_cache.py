"""The rendered dashboard is cached per (dataset stamp, query, language, URL query)."""

from __future__ import annotations

import pytest

from tests.web.conftest import Client


def test_dashboard_content_is_rendered_once_per_query_and_language(
    clients: dict[str, Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    from rancang.features.leading import dashboard

    calls: list[str] = []
    real = dashboard.build

    def counting(result, lang="id"):  # type: ignore[no-untyped-def]
        calls.append(lang)
        return real(result, lang)

    monkeypatch.setattr(dashboard, "build", counting)
    http = clients["viewer"].http
    url = "/region/1/9904?start=2014&end=2020"
    first = http.get(url)
    assert first.status_code == 200 and calls == ["id"]
    again = clients["admin"].http.get(url)  # another user: same aggregate content
    assert again.status_code == 200 and calls == ["id"]
    assert again.text.count('id="region-title"') == 1
    http.get("/lang/en?next=/")
    english = http.get(url)
    assert calls == ["id", "en"] and english.text != first.text
    http.get("/lang/id?next=/")
    other = http.get("/region/1/9904?start=2015&end=2020")
    assert other.status_code == 200 and calls == ["id", "en", "id"]
