"""Duplicate review on the Register pages and in the API: stored clusters, merge with a
chosen survivor, not duplicates, undo; audited, role-checked, CSRF-protected."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry import review
from rancang.features.registry.models import AuditLog, Enterprise
from tests.web.conftest import Client, add_duplicates


@pytest.fixture(scope="module")
def pairs(web_app: FastAPI) -> list[tuple[int, int]]:
    return add_duplicates(web_app.state.engine, 6, offset=2)


def _cluster_of(html: str, record_id: int) -> int:
    """Id of the cluster form on the review page that lists ``record_id``."""
    for cid, body in re.findall(r'<form method="post" action="/register/duplicates/(\d+)/merge"'
                                r'.*?>(.*?)</form>', html, re.S):
        if f'name="ids" value="{record_id}"' in body:
            return int(cid)
    raise AssertionError(f"record {record_id} is in no cluster on the page")


def _merged_into(app: FastAPI, record_id: int) -> int | None:
    with app.state.engine.connect() as conn:
        return conn.execute(select(Enterprise.merged_into_id)
                            .where(Enterprise.id == record_id)).scalar_one()


def test_page_view_never_runs_detection(clients: dict[str, Client], pairs: list,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str | None] = []

    def spy(engine: object, **kw: object) -> list:
        calls.append(kw.get("region"))  # type: ignore[arg-type]
        return []

    monkeypatch.setattr(review, "detect", spy)
    http = clients["analyst_own"].http
    page = http.get("/register/duplicates")
    assert page.status_code == 200 and 'id="find-duplicates"' in page.text
    http.get("/api/v1/register/duplicates")
    assert calls == []
    resp = http.post("/register/duplicates/find", data={"csrf_token": clients["analyst_own"].csrf},
                     follow_redirects=False)
    assert resp.status_code == 303
    assert calls == ["72.06"]  # the analyst's region only


def test_find_merge_with_chosen_survivor_and_undo(clients: dict[str, Client], pairs: list,
                                                  web_app: FastAPI) -> None:
    c = clients["analyst_own"]
    assert c.http.post("/register/duplicates/find", data={"csrf_token": c.csrf},
                       follow_redirects=False).status_code == 303
    html = c.http.get("/register/duplicates").text
    assert 'id="review-stale"' not in html
    original, copy = pairs[0]
    cid = _cluster_of(html, original)
    # the copy survives, not the proposed survivor
    resp = c.http.post(f"/register/duplicates/{cid}/merge",
                       data={"csrf_token": c.csrf, "survivor": str(copy),
                             "ids": [str(original), str(copy)]}, follow_redirects=False)
    assert resp.status_code == 303, resp.text[:300]
    merge_id = int(resp.headers["location"].rsplit("=", 1)[1])
    assert _merged_into(web_app, original) == copy and _merged_into(web_app, copy) is None
    after = c.http.get(resp.headers["location"]).text
    assert f"/register/merges/{merge_id}/undo" in after
    assert f'action="/register/duplicates/{cid}/merge"' not in after  # resolved
    assert 'id="review-stale"' not in after  # review decisions keep the review fresh
    # the audit trail of both records shows the merge, under the analyst's name
    survivor_page = c.http.get(f"/register/{copy}").text
    assert re.search(r"<td>analyst_own</td><td>digabungkan</td>", survivor_page)
    assert re.search(r"<td>analyst_own</td><td>digabung ke data lain</td>",
                     c.http.get(f"/register/{original}").text)
    # a second merge of the same cluster is refused
    again = c.http.post(f"/register/duplicates/{cid}/merge",
                        data={"csrf_token": c.csrf, "survivor": str(copy)},
                        follow_redirects=False)
    assert again.status_code == 409
    # undo: firms apart again, cluster open again, audited
    undo = c.http.post(f"/register/merges/{merge_id}/undo", data={"csrf_token": c.csrf},
                       follow_redirects=False)
    assert undo.status_code == 303
    assert _merged_into(web_app, original) is None
    assert _cluster_of(c.http.get("/register/duplicates").text, original) == cid
    assert "<td>penggabungan dibatalkan</td>" in c.http.get(f"/register/{copy}").text


def test_not_duplicates_is_audited_and_not_proposed_again(
    clients: dict[str, Client], pairs: list, web_app: FastAPI
) -> None:
    c = clients["admin"]
    c.http.post("/register/duplicates/find", data={"csrf_token": c.csrf})
    original, copy = pairs[1]
    cid = _cluster_of(c.http.get("/register/duplicates").text, original)
    resp = c.http.post(f"/register/duplicates/{cid}/keep", data={"csrf_token": c.csrf},
                       follow_redirects=False)
    assert resp.status_code == 303
    with web_app.state.engine.connect() as conn:
        kept = conn.execute(select(AuditLog.actor, AuditLog.after)
                            .where(AuditLog.action == "dedup_keep")).all()
    assert ("admin", {"ids": sorted([original, copy])}) in [(a, b) for a, b in kept]
    assert "<td>ditandai bukan duplikat</td>" in c.http.get(f"/register/{min(original, copy)}").text
    c.http.post("/register/duplicates/find", data={"csrf_token": c.csrf})
    with pytest.raises(AssertionError):
        _cluster_of(c.http.get("/register/duplicates").text, original)


def test_csrf_and_region_are_checked(clients: dict[str, Client], pairs: list,
                                     web_app: FastAPI) -> None:
    admin = clients["admin"]
    admin.http.post("/register/duplicates/find", data={"csrf_token": admin.csrf})
    original, copy = pairs[2]
    cid = _cluster_of(admin.http.get("/register/duplicates").text, original)
    no_token = admin.http.post(f"/register/duplicates/{cid}/merge",
                               data={"survivor": str(original)}, follow_redirects=False)
    assert no_token.status_code == 403
    wrong = admin.http.post(f"/register/duplicates/{cid}/merge",
                            data={"survivor": str(original), "csrf_token": "x" * 20},
                            follow_redirects=False)
    assert wrong.status_code == 403
    other = clients["analyst_other"]
    for url in (f"/register/duplicates/{cid}/merge", f"/register/duplicates/{cid}/keep"):
        resp = other.http.post(url, data={"csrf_token": other.csrf, "survivor": str(original)},
                               follow_redirects=False)
        assert resp.status_code == 404  # another region's cluster: as if it did not exist
    api = other.http.post(f"/api/v1/register/duplicates/{cid}/merge",
                          json={"survivor": original}, headers={"X-CSRF-Token": other.csrf})
    assert api.status_code == 404
    assert _merged_into(web_app, copy) is None and _merged_into(web_app, original) is None
    # the other region's review holds none of these records
    listed = other.http.get("/api/v1/register/duplicates").json()
    assert all(r["regency_code"] != "72.06" for c in listed["clusters"]
               for r in c["records"] if "regency_code" in r)
    assert not any(original in c["ids"] for c in listed["clusters"])


def test_api_flow_and_freshness(clients: dict[str, Client], pairs: list,
                                web_app: FastAPI) -> None:
    c = clients["analyst_own"]
    h = {"X-CSRF-Token": c.csrf}
    run = c.http.post("/api/v1/register/duplicates/find", headers=h).json()
    assert run["scope"] == "72.06" and run["fresh"] and run["n_clusters"] >= 1
    listed = c.http.get("/api/v1/register/duplicates").json()
    original, copy = pairs[3]
    cluster = next(x for x in listed["clusters"] if original in x["ids"])
    bad = c.http.post(f"/api/v1/register/duplicates/{cluster['id']}/merge",
                      json={"survivor": 10**9}, headers=h)
    assert bad.status_code == 422
    merged = c.http.post(f"/api/v1/register/duplicates/{cluster['id']}/merge",
                         json={"survivor": original}, headers=h)
    assert merged.status_code == 200, merged.text
    assert _merged_into(web_app, copy) == original
    assert c.http.get("/api/v1/register/duplicates").json()["review"]["fresh"] is True
    # any other change of the register makes the stored review stale
    assert c.http.patch(f"/api/v1/register/records/{original}", json={"product": "baru"},
                        headers=h).status_code == 200
    stale = c.http.get("/api/v1/register/duplicates").json()
    assert stale["review"]["fresh"] is False
    assert 'id="review-stale"' in c.http.get("/register/duplicates").text
    undone = c.http.post(f"/api/v1/register/merges/{merged.json()['merge_id']}/undo",
                         headers=h)
    assert undone.status_code == 200 and _merged_into(web_app, copy) is None
    assert c.http.post("/api/v1/register/merges/999999/undo", headers=h).status_code == 404
