"""Issue 17, item 8: the routes that write (POST, PUT, PATCH, DELETE), on SQLite, as an
analyst of one regency, every class of hostile value (the walk of
``test_hostile_requests.py``; a file of its own, so that pytest-xdist runs it beside the
other parts)."""

from __future__ import annotations

from fastapi import FastAPI

from tests.hardening.test_hostile_requests import walk


def test_no_hostile_write_is_answered_with_500(web_app: FastAPI) -> None:
    statuses = walk(web_app, "analyst_own", "writes")
    assert sum(statuses.values()) > 1000
    assert statuses[422] > 300 and statuses[403] > 100, statuses  # signed in, answered
