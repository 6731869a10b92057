"""Issue 17, item 8, on PostgreSQL: the walk of ``test_hostile_requests.py`` as an
administrator (the same hostile values answer the same on both databases)."""

from __future__ import annotations

import pytest

from tests.hardening.test_hostile_requests import walk


@pytest.mark.postgres
def test_no_hostile_request_is_answered_with_500_on_postgresql(postgres_url: str) -> None:
    from tests.web.conftest import build_app

    app = build_app(postgres_url, firms=12)
    try:
        walk(app, "admin")
    finally:
        app.state.engine.dispose()
