"""Issue 17, item 8, on PostgreSQL: the routes that read, as the administrator, with the
classes of hostile values the two databases treat differently (``DATABASE_CLASSES``; the
SQLite walk of ``test_hostile_requests.py`` sends every class). A file of its own, so that
pytest-xdist runs it beside the other parts."""

from __future__ import annotations

import pytest

from tests.hardening.test_hostile_requests import DATABASE_CLASSES, walk


@pytest.mark.postgres
def test_no_hostile_read_is_answered_with_500_on_postgresql(postgres_url: str) -> None:
    from tests.web.conftest import build_app

    app = build_app(postgres_url, firms=12)
    try:
        statuses = walk(app, "admin", "reads", classes=DATABASE_CLASSES)
    finally:
        app.state.engine.dispose()
    assert sum(statuses.values()) > 1000
    assert statuses[200] > 100 and statuses[422] > 300, statuses
