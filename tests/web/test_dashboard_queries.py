"""A dashboard request reads the dataset's row once: the access check reads it, and the
analysis, the panel cache and the page reuse it (the issue counted 11 statements cold, 7 of
them on the dataset row)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI
from sqlalchemy import event

from tests.web.conftest import login


@contextmanager
def _statements(app: FastAPI) -> Iterator[list[str]]:
    seen: list[str] = []

    def keep(conn: object, cur: object, statement: str, *args: object) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(app.state.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(app.state.engine, "before_cursor_execute", keep)


def _dataset_rows(statements: list[str]) -> int:
    return sum(1 for s in statements if re.search(r"\bFROM dataset WHERE\b", s))


def test_one_read_of_the_dataset_row_per_request(web_app: FastAPI) -> None:
    viewer = login(web_app, "viewer")
    for url in ("/region/1/9902?start=2014", "/region/1/9902?start=2014",
                "/api/v1/datasets/1/analysis/9902?start=2015",
                "/region/1/9902/ranking?start=2016",
                "/region/1/9902/table/klassen.csv?start=2017",
                "/api/v1/datasets/1/indicator?name=share&year=2016"):
        with _statements(web_app) as seen:
            hx = {"HX-Request": "true"} if "/ranking" in url else {}  # the live fragment
            assert viewer.http.get(url, headers=hx).status_code == 200, url
        assert _dataset_rows(seen) == 1, (url, seen)
        # the header's unread notices: one count on a page, none in the API
        notices = [s for s in seen if "FROM consult_notice" in s]
        assert len(notices) == (0 if "/api/" in url or ".csv" in url or hx else 1), (url, seen)
        # the session, the dataset row, and (cold) the panel's three tables
        assert len(seen) - len(notices) <= 5, (url, seen)
