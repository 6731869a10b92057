"""Deleting a dataset is deliberate (issue 11): the admin page and the API ask for a
confirmation, a deleted dataset disappears at once and is restored with one click during
its retention period."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from rancang.features.datasets.service import list_datasets, save_panel
from rancang.sources.synthetic import demo_province
from tests.web.conftest import build_app, login


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    web = build_app(f"sqlite:///{tmp_path_factory.mktemp('dd') / 'd.sqlite'}", firms=3)
    yield web
    web.state.engine.dispose()


def test_dataset_delete_asks_and_restores(app: FastAPI) -> None:
    engine = app.state.engine
    ds = save_panel(engine, demo_province(), name="Hapus saya", actor="admin")
    admin = login(app, "admin")
    page = admin.http.get("/admin/datasets").text
    assert 'name="confirm" value="1" required' in page
    refused = admin.http.post(f"/admin/datasets/{ds}/delete", data={"csrf_token": admin.csrf})
    assert refused.status_code == 422 and ds in [d.id for d in list_datasets(engine)]
    api = admin.http.delete(f"/api/v1/datasets/{ds}", headers={"X-CSRF-Token": admin.csrf})
    assert api.status_code == 422 and "confirm=true" in api.json()["problems"][0]["message"]
    done = admin.http.post(f"/admin/datasets/{ds}/delete",
                           data={"csrf_token": admin.csrf, "confirm": "1"})
    assert done.status_code == 200 and ds not in [d.id for d in list_datasets(engine)]
    assert admin.http.get(f"/api/v1/datasets/{ds}").status_code == 404
    assert f'id="deleted-dataset-{ds}"' in done.text
    back = admin.http.post(f"/admin/datasets/{ds}/restore", data={"csrf_token": admin.csrf})
    assert back.status_code == 200 and ds in [d.id for d in list_datasets(engine)]
    assert admin.http.get(f"/api/v1/datasets/{ds}").status_code == 200
    gone = admin.http.delete(f"/api/v1/datasets/{ds}?confirm=true",
                             headers={"X-CSRF-Token": admin.csrf})
    assert gone.status_code == 204
    again = admin.http.post(f"/api/v1/datasets/{ds}/restore",
                            headers={"X-CSRF-Token": admin.csrf})
    assert again.status_code == 200 and ds in [d.id for d in list_datasets(engine)]
