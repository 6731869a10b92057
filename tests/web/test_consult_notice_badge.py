"""The header's count of unread notices: an answer to one of the account's inputs
shows on the consultation link of every page, with the words a screen reader reads in
both languages; reading the notices (the consultation page) clears it; another
account's notices never count; a page shown to nobody signed in has none."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from tests.web.conftest import Client


@pytest.fixture(scope="module")
def demo(web_app: FastAPI) -> dict[str, int]:
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.plan.service import create_plan

    engine = web_app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025,
                       region_name="Morowali")
    event = demo_consultation(engine, plan.id)
    return {"plan": plan.id, "event": event}


def _notify(app: FastAPI, username: str, n: int) -> None:
    """``n`` unread notices for ``username`` (answers to inputs of the demo)."""
    from rancang.features.accounts.models import User
    from rancang.features.consult.models import ConsultInput, ConsultNotice

    engine = app.state.engine
    with engine.begin() as conn:
        uid = conn.execute(select(User.id).where(User.username == username)).scalar_one()
        iid = conn.execute(select(ConsultInput.id).order_by(ConsultInput.id)).scalars().first()
        for _ in range(n):
            conn.execute(insert(ConsultNotice).values(user_id=uid, input_id=iid,
                                                      disposition="diakomodasi"))


def _count(html: str) -> tuple[str, str] | None:
    """The count shown on the consultation link and its words for screen readers."""
    found = re.search(r'<span class="nav-count" id="nav-consult-count"><span '
                      r'aria-hidden="true">(\d+)</span><span class="visually-hidden">'
                      r'([^<]*)</span></span>', html)
    return (found.group(1), found.group(2)) if found else None


def test_unread_notices_counted_in_the_header(web_app: FastAPI, clients: dict[str, Client],
                                              demo: dict[str, int]) -> None:
    own, other = clients["analyst_own"].http, clients["analyst_other"].http
    viewer = clients["viewer"].http
    pages = ("/", "/plans", f"/consult/plans/{demo['plan']}", "/account/password")
    for http in (own, other, viewer):
        http.get("/consult")  # whatever the demo left is read
    for url in pages:
        assert _count(own.get(url).text) is None, url
    _notify(web_app, "analyst_own", 3)
    _notify(web_app, "viewer", 1)  # another account's notice: not the analyst's count
    for url in pages:
        page = own.get(url)
        assert page.status_code == 200, url
        assert _count(page.text) == ("3", "3 pemberitahuan belum dibaca"), url
    assert _count(viewer.get("/").text) == ("1", "1 pemberitahuan belum dibaca")
    assert _count(other.get("/").text) is None
    own.get("/lang/en?next=/")
    assert _count(own.get("/plans").text) == ("3", "unread notices: 3")
    own.get("/lang/id?next=/")
    # reading the notices (the consultation page lists them) clears the count
    assert 'id="notices"' in own.get("/consult").text
    for url in pages:
        assert _count(own.get(url).text) is None, url
    assert _count(viewer.get("/").text) == ("1", "1 pemberitahuan belum dibaca")
    # nobody signed in: no count on any page
    anonymous = TestClient(web_app)
    for url in ("/login", "/consult/checkin"):
        page = anonymous.get(url)
        assert page.status_code == 200 and "nav-count" not in page.text, url


def test_one_count_query_per_page(web_app: FastAPI, clients: dict[str, Client],
                                  demo: dict[str, int]) -> None:
    """The count costs a page one query on the notices, whatever the page."""
    from sqlalchemy import event

    engine = web_app.state.engine
    seen: list[str] = []

    def note(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if "consult_notice" in statement:
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        for url in ("/", "/plans", "/account/password"):
            seen.clear()
            assert clients["analyst_own"].http.get(url).status_code == 200
            assert len(seen) == 1 and "count" in seen[0].lower(), (url, seen)
    finally:
        event.remove(engine, "before_cursor_execute", note)
