"""The same app on PostgreSQL: schema from empty, sign-in, dashboard, register, upload."""

from __future__ import annotations

import pytest

from tests.web.conftest import build_app, login


@pytest.mark.postgres
def test_app_on_postgresql(postgres_url: str) -> None:
    app = build_app(postgres_url, firms=30)
    try:
        admin = login(app, "admin")
        assert admin.http.get("/region/1/9903").status_code == 200
        ranking = admin.http.get("/api/v1/datasets/1/ranking/9903?w_share=1").json()
        assert ranking["weights"]["share"] == 1.0
        records = admin.http.get("/api/v1/register/records?sort=workers&desc=true").json()
        assert records["total"] == 30
        rid = records["items"][0]["id"]
        resp = admin.http.patch(f"/api/v1/register/records/{rid}", json={"status": "verified"},
                                headers={"X-CSRF-Token": admin.csrf})
        assert resp.status_code == 200
        other = login(app, "analyst_other")
        # another region's record reads as a missing one
        assert other.http.get(f"/api/v1/register/records/{rid}").status_code == 404
        viewer = login(app, "viewer")
        assert viewer.http.get("/api/v1/register/records").status_code == 403
        assert viewer.http.get("/api/v1/register/aggregate").status_code == 200
    finally:
        app.state.engine.dispose()
