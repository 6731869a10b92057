"""Issue 17, item 2: a crafted ``merge_id`` must never become the Undo form's action.

The review page used to copy ``?merge_id=`` into ``action="/register/merges/{id}/undo"``;
``merge_id=1/../../../admin/datasets/1/delete`` turned the one-click Undo (with a valid
CSRF token) into any POST. Now the id is parsed and looked up: the form appears only for a
real merge the user may undo, with the stored id.
"""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI

from tests.web.conftest import Client, add_duplicates

CRAFTED = (
    "1/../../../admin/datasets/1/delete",
    "1%2F..%2F..%2F..%2Fadmin%2Fdatasets%2F1%2Fdelete",
    '1" formaction="/admin/datasets/1/delete',
    "99999999999999999999999",
    "-3",
    "1e3",
    "\u0663",
)


def _actions(html: str) -> list[str]:
    return re.findall(r'(?:form)?action="([^"]*)"', html)


@pytest.fixture(scope="module")
def merged(web_app: FastAPI, clients: dict[str, Client]) -> int:
    """A merge of the own region done by its analyst; returns the merge id."""
    add_duplicates(web_app.state.engine, 2, offset=1)
    c = clients["analyst_own"]
    h = {"X-CSRF-Token": c.csrf}
    c.http.post("/api/v1/register/duplicates/find", json={"threshold": 7.0}, headers=h)
    cluster = c.http.get("/api/v1/register/duplicates").json()["clusters"][0]
    resp = c.http.post(f"/api/v1/register/duplicates/{cluster['id']}/merge",
                       json={"survivor": cluster["survivor"]}, headers=h)
    assert resp.status_code == 200, resp.text
    return int(resp.json()["merge_id"])


@pytest.mark.parametrize("crafted", CRAFTED)
def test_crafted_merge_id_builds_no_form(clients: dict[str, Client], merged: int,
                                         crafted: str) -> None:
    c = clients["admin"]
    page = c.http.get("/register/duplicates", params={"done": "merged", "merge_id": crafted})
    assert page.status_code == 200
    actions = _actions(page.text)
    assert not any("admin" in a or ".." in a or "%2F" in a for a in actions), actions
    assert 'id="undo-form"' not in page.text


def test_real_merge_offers_undo_only_to_who_may_undo_it(clients: dict[str, Client],
                                                        merged: int) -> None:
    own = clients["analyst_own"].http.get(
        f"/register/duplicates?done=merged&merge_id={merged}").text
    assert f'action="/register/merges/{merged}/undo"' in own
    # the other region's analyst: a merge of 72.06 is not theirs to undo
    other = clients["analyst_other"].http.get(
        f"/register/duplicates?done=merged&merge_id={merged}").text
    assert 'id="undo-form"' not in other
    # an unknown ``done`` shows no notice (no catalogue key built from the query)
    odd = clients["analyst_own"].http.get("/register/duplicates?done=../x").text
    assert 'id="done"' not in odd


@pytest.mark.parametrize("path", ["/register/merges/{n}/undo",
                                  "/api/v1/register/merges/{n}/undo",
                                  "/register/duplicates/{n}/keep"])
def test_ids_beyond_64_bits_are_refused_not_500(clients: dict[str, Client], path: str) -> None:
    c = clients["admin"]
    resp = c.http.post(path.format(n=2**63), headers={"X-CSRF-Token": c.csrf},
                       follow_redirects=False)
    assert resp.status_code == 422, resp.text[:300]
