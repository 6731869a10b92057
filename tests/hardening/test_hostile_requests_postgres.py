"""Issue 17, item 8, on PostgreSQL: the routes that write, as the administrator, every
class of hostile value (the walk of ``test_hostile_requests.py``; a file of its own, so
that pytest-xdist runs it beside the other parts)."""

from __future__ import annotations

import pytest

from tests.hardening.test_hostile_requests import walk


@pytest.mark.postgres
def test_no_hostile_write_is_answered_with_500_on_postgresql(postgres_url: str) -> None:
    from tests.web.conftest import build_app

    app = build_app(postgres_url, firms=12)
    try:
        statuses = walk(app, "admin", "writes")
    finally:
        app.state.engine.dispose()
    assert sum(statuses.values()) > 1000
    assert statuses[422] > 300, statuses
