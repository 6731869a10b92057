"""Web fixtures: an app on a fresh database with the demo data and one user per role."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from rancang.core.settings import Settings
from rancang.features.accounts.service import create_user
from rancang.features.datasets import save_panel
from rancang.sources.synthetic import demo_province
from rancang.web.app import create_app
from tests.built_once import sqlite_built_once

REPO = Path(__file__).resolve().parents[2]
RAW = REPO.parent / "shared" / "data" / "raw"
BOUNDARIES = RAW / "cahyadsn-wilayah-boundaries" / "kab.geojson"
CENTROIDS = RAW / "cahyadsn-wilayah-boundaries" / "centroids_prov_kab_kec.csv"
PASSWORD = "rahasia-123"
# username, role, region
USERS = (
    ("admin", "admin", None),
    ("analyst_own", "analyst", "72.06"),
    ("analyst_other", "analyst", "72.03"),
    ("viewer", "viewer", None),
)


@dataclass
class Client:
    """A signed-in test client and its CSRF token."""

    http: TestClient
    csrf: str
    role: str
    username: str = ""


def build_app(url: str, *, firms: int = 40, boundaries: Path | None = BOUNDARIES,
              centroids: Path | None = None) -> FastAPI:
    """An app on ``url`` with the demo province, a small synthetic register and four users
    (``boundaries=None``: no boundary file; ``centroids``: a centroid CSV to use).

    On a new SQLite file, the second and later apps with the same arguments in a process
    start from a copy of the first one's database as it was built
    (:func:`tests.built_once.sqlite_built_once`)."""
    import tempfile

    settings = Settings(database_url=url, data_dir=Path(tempfile.mkdtemp()),
                        boundaries_file=boundaries if boundaries and boundaries.is_file()
                        else None, centroids_file=centroids)
    key = f"build_app {firms} {boundaries} {centroids}"
    app: list[FastAPI] = []
    if sqlite_built_once(url, key, lambda _: app.append(_build(settings, firms))):
        return create_app(settings)
    return app[0]


def _build(settings: Settings, firms: int) -> FastAPI:
    import tempfile

    from rancang.features.registry.demo import demo_register, write_office_xlsx
    from rancang.features.registry.importer import import_files

    app = create_app(settings)
    engine = app.state.engine
    for name, role, region in USERS:
        create_user(engine, name, PASSWORD, role=role, region_code=region)
    save_panel(engine, demo_province(), name="Demo", actor="test")
    with tempfile.TemporaryDirectory() as tmp:
        path = write_office_xlsx(demo_register(firms, seed=3), Path(tmp) / "reg.xlsx")
        import_files(engine, [path], actor="test", synthetic=True)
    from rancang.features.registry.publish import publish_demo

    publish_demo(engine)  # the aggregates count verified records once published
    # synthetic programmes of province 72 (the programme pages and their downloads)
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.programmes.demo import synthetic_programmes, write_csv
    from rancang.features.programmes.importer import import_programmes

    with tempfile.TemporaryDirectory() as tmp:
        rows = synthetic_programmes("72", per_regency=3).rows
        import_programmes(engine, CLI_ACTOR, [write_csv(rows, Path(tmp) / "programmes.csv")])
    return app


def login(app: FastAPI, username: str, password: str = PASSWORD) -> Client:
    """Sign in through the form; returns the client with its session cookie."""
    http = TestClient(app)
    page = http.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    resp = http.post("/login", data={"username": username, "password": password,
                                     "csrf_token": token}, follow_redirects=False)
    assert resp.status_code == 303, resp.text[:500]
    me = http.get("/api/v1/me").json()
    return Client(http=http, csrf=me["csrf_token"], role=me["role"], username=username)


def add_duplicates(engine: Engine, n: int, *, offset: int = 0) -> list[tuple[int, int]]:
    """Copy ``n`` active records (from the ``offset``-th by id) as exact duplicates;
    returns (original id, copy id) pairs."""
    from sqlalchemy import insert, select

    from rancang.features.registry.models import Enterprise

    e = Enterprise.__table__
    cols = [c for c in e.c if c.name not in ("id", "created_at", "updated_at")]
    with engine.begin() as conn:
        rows = conn.execute(select(e.c.id, *cols).where(e.c.merged_into_id.is_(None))
                            .order_by(e.c.id).offset(offset).limit(n)).mappings().all()
        pairs = []
        for r in rows:
            values = {c.name: r[c.name] for c in cols}
            new = conn.execute(insert(e).values(**values)).inserted_primary_key[0]
            pairs.append((int(r["id"]), int(new)))
    return pairs


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """One app per test module (SQLite file)."""
    db = tmp_path_factory.mktemp("web") / "web.sqlite"
    app = build_app(f"sqlite:///{db}")
    yield app
    app.state.engine.dispose()


@pytest.fixture(scope="module")
def clients(web_app: FastAPI) -> Iterator[dict[str, Client]]:
    """A signed-in client per user of :data:`USERS`, each open for the module (one event
    loop and one worker thread for all its requests, instead of a new loop and thread per
    request: about 2.5 ms of 5-10 a request; the walks of every page send thousands)."""
    import contextlib

    signed_in = {name: login(web_app, name) for name, _, _ in USERS}
    with contextlib.ExitStack() as stack:
        for client in signed_in.values():
            stack.enter_context(client.http)
        yield signed_in


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Debian chromium for every browser test of the session (Playwright's
    sync API allows one running instance per thread)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def demo_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo province (regions and the province row) as the tidy CSV the CLI reads."""
    from rancang.sources.synthetic import demo_province

    panel = demo_province()
    long = panel.to_long().vstack(panel.references.to_long())  # type: ignore[union-attr]
    path = tmp_path_factory.mktemp("cli") / "pdrb_demo.csv"
    long.write_csv(path)
    return path
