"""Register list: size classes (BPS and Permenperin 64/2016), paging past the end, sort."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rancang.features.registry.models import EnterprisePeriod
from rancang.features.registry.size_class import bps_class, permenperin_class
from tests.web.conftest import Client


def _latest(app: FastAPI) -> dict[int, tuple[int | None, float | None]]:
    """(workers, investment) of each firm's latest period, computed in Python."""
    with app.state.engine.connect() as conn:
        rows = conn.execute(select(EnterprisePeriod.enterprise_id, EnterprisePeriod.period,
                                   EnterprisePeriod.workers, EnterprisePeriod.investment)
                            .order_by(EnterprisePeriod.period)).all()
    return {eid: (w, i) for eid, _, w, i in rows}


def _all_ids(http: object, query: str) -> set[int]:
    out: set[int] = set()
    page = 1
    while True:
        res = http.get(f"/api/v1/register/records?{query}&page={page}").json()  # type: ignore[attr-defined]
        out |= {r["id"] for r in res["items"]}
        if page >= res["pages"]:
            assert len(out) == res["total"]
            return out
        page += 1


@pytest.mark.parametrize("size", ["bps:micro", "bps:small", "bps:medium", "bps:large",
                                  "permenperin:small", "permenperin:medium",
                                  "permenperin:large"])
def test_size_class_filter_matches_size_class_module(clients: dict[str, Client],
                                                     web_app: FastAPI, size: str) -> None:
    http = clients["admin"].http
    latest = _latest(web_app)
    active = _all_ids(http, "sort=id")
    system, cls = size.split(":")
    expected = {eid for eid in active if eid in latest and (
        bps_class(latest[eid][0]) if system == "bps" else permenperin_class(*latest[eid])
    ) == cls}
    assert _all_ids(http, f"size={size}&sort=id") == expected


def test_both_classifications_are_offered(clients: dict[str, Client]) -> None:
    html = clients["admin"].http.get("/register?size=permenperin:medium&lang=en").text
    assert 'value="permenperin:medium" selected' in html
    assert "Permenperin 64/2016" in html and 'value="bps:micro"' in html
    legacy = clients["admin"].http.get("/api/v1/register/records?size=micro").json()
    assert legacy["total"] == clients["admin"].http.get(
        "/api/v1/register/records?size=bps:micro").json()["total"]


def test_pages_cover_every_record_once_and_clamp(clients: dict[str, Client]) -> None:
    http = clients["admin"].http
    first = http.get("/api/v1/register/records?sort=workers&desc=true").json()
    workers = [r["workers"] or 0 for r in first["items"]]
    assert workers == sorted(workers, reverse=True)
    beyond = http.get("/api/v1/register/records?page=9999").json()
    assert beyond["page"] == beyond["pages"] and beyond["items"]
    for sort in ("name", "workers", "status"):
        ids = []
        for page in range(1, first["pages"] + 1):
            ids += [r["id"] for r in http.get(
                f"/api/v1/register/records?sort={sort}&page={page}").json()["items"]]
        assert len(ids) == len(set(ids)) == first["total"]


def test_region_filter_by_level(clients: dict[str, Client]) -> None:
    http = clients["admin"].http
    items = http.get("/api/v1/register/records?sort=id").json()["items"]
    district = http.get(f"/api/v1/register/records/{items[0]['id']}").json()["record"][
        "district_code"]
    got = http.get(f"/api/v1/register/records?region={district}").json()
    assert got["total"] >= 1 and items[0]["id"] in {r["id"] for r in got["items"]}
    assert all(r["regency_code"] == "72.06" for r in got["items"])
    everything = http.get("/api/v1/register/records").json()["total"]
    assert http.get("/api/v1/register/records?region=72").json()["total"] == everything
    assert http.get("/api/v1/register/records?region=72.06").json()["total"] == everything
    assert http.get("/api/v1/register/records?region=72.03").json()["total"] == 0
