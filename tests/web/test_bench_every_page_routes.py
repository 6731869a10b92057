"""The every-page benchmark (``benchmarks/bench_every_page.py``, issue 12: "Server time p95
under 150 ms for every page") names every ``GET`` route of the application: a page or
download (``PAGES``), an API read (``API``) or a named exclusion (``EXCLUDED``), so a new
page cannot be left out of the figure. No timing here: the benchmark measures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from fastapi import FastAPI

from rancang.core.settings import Settings
from rancang.web.app import create_app
from rancang.web.introspect import routes_of

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_every_page.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_every_page", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    folder = tmp_path_factory.mktemp("bench-routes")
    return create_app(Settings(database_url=f"sqlite:///{folder / 'routes.sqlite'}",
                               data_dir=folder))


def _get_routes(app: FastAPI) -> set[str]:
    return {r.path for r in routes_of(app) if "GET" in r.methods}


def test_every_get_route_is_timed_or_excluded(bench: ModuleType, app: FastAPI) -> None:
    """The app's GET routes are exactly the benchmark's pages, API reads and exclusions
    (none forgotten, none stale), each in one list only."""
    pages, api, excluded = set(bench.PAGES), set(bench.API), set(bench.EXCLUDED)
    routes = _get_routes(app)
    assert sorted(routes - (pages | api | excluded)) == [], "add them to the benchmark"
    assert sorted((pages | api | excluded) - routes) == [], "no longer routes of the app"
    assert not pages & api and not pages & excluded and not api & excluded
    assert all(r.startswith("/api/") for r in api)
    assert not any(r.startswith("/api/") for r in pages)
    assert set(bench.PAGES.values()) <= {"page", "file"}
    assert all(reason.strip() for reason in bench.EXCLUDED.values())


def test_the_real_data_urls_and_variants_are_of_listed_routes(bench: ModuleType) -> None:
    assert set(bench.REAL) <= set(bench.PAGES)
    assert {route for route, _ in bench.VARIANTS} <= set(bench.PAGES)
    # the routes issue 12 asks to be re-measured on the real dataset
    assert {"/decide/rank", "/decide/rank.csv", "/siting"} <= set(bench.REAL)
    assert {"/api/v1/decide/rank", "/api/v1/siting"} <= set(bench.API)
    assert any(url.startswith("/register?place=") for url in bench.VARIANTS.values())


def test_a_new_route_is_caught(bench: ModuleType, tmp_path: Path) -> None:
    """A page a feature adds without a line in the benchmark is reported."""
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'x.sqlite'}",
                              data_dir=tmp_path))
    assert bench.unlisted_routes(app) == set()

    @app.get("/a-new-page")
    def new_page() -> str:
        return "new"

    assert bench.unlisted_routes(app) == {"/a-new-page"}
