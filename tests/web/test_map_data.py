"""Map data: capped firm points say so and are always the same ones; centroids; the
indicator names what it uses."""

from __future__ import annotations

from fastapi import FastAPI

from rancang.core.actors import Actor, Grant
from rancang.features.registry.records import points
from tests.web.conftest import CENTROIDS, Client


def test_points_cap_is_deterministic_and_reported(web_app: FastAPI) -> None:
    engine = web_app.state.engine
    admin = Actor(id=1, username="admin", grants=(Grant("admin"),), csrf_token="x")
    full = points(engine, admin)
    assert not full["capped"] and full["total"] == len(full["points"]) > 5
    few = points(engine, admin, limit=5)
    assert few["capped"] and few["total"] == full["total"] and len(few["points"]) == 5
    ids = [p["id"] for p in few["points"]]
    assert ids == sorted(p["id"] for p in full["points"])[:5]
    assert ids == [p["id"] for p in points(engine, admin, limit=5)["points"]]


def test_centroids_and_indicator_labels(clients: dict[str, Client]) -> None:
    http = clients["viewer"].http
    got = http.get("/api/v1/centroids?province=72")
    if CENTROIDS.is_file():
        assert got.status_code == 200
        assert {c["kode"][:3] for c in got.json()} == {"72."}
    data = http.get("/api/v1/datasets/1/indicator?name=growth&lang=en").json()
    assert data["indicator_label"] == "Mean annual PDRB growth (%)"
    assert data["uses"] == [] and "-" in data["period"]
    page = http.get("/map?indicator_name=growth").text
    assert 'id="industry-field" data-needed-by="lq share" hidden' in page
