"""Server time of every page, for each role, on the real 514-regency BPS PDRB (issue 12:
"Server time p95 under 150 ms for every page on the 514-regency real dataset").

The app is built as the web tests build it (``tests/web/conftest.py``: the demo province,
a synthetic register, synthetic programmes, one user per role) and given the demo data
of every feature as the page-language test and the browser walk prepare it (a consultation
with an attachment, an AHP survey, an edited record and found duplicates, a KBLI batch,
refused uploads, a drafted and frozen plan with its programmes and monitoring, market
needs, offers and an event). The real BPS PDRB 2013-2020 of every regency is then saved as
a dataset, and the pages' dataset and region parameters are filled from it (the region is
the analyst's own regency, BPS 7203 Morowali = 72.06, so the analyst sees its pages).

The pages are found as the browser walk finds them (``tests/web/test_browser_walk.py``):
every ``GET`` page route, its path parameters filled, and the pages linked from them; each
role (admin, analis, tamu) gets the first URL of each route it opens as an HTML page, and
the pages of a dataset (:data:`REAL_PAGES`) the real dataset's URL. Each route's first
request in the process (during the admin's walk, whichever URL the walk reached first,
caches empty) is reported on its own as the cold first view; then each role's
URL is requested once more (warm-up) and N times (in process with ``TestClient``, no
network); the wall time around each request gives p50/p95/max per route and role, and
``time.process_time`` (every thread of the process) the CPU time per request.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_every_page.py [--n 20] [--only RE]
      [--profile] [--urls]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "data" / "raw"
BPS = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
TARGET_MS = 150.0
#: The pages of a dataset, each opened on the real dataset for the analyst's regency
#: (Kemendagri 72.06 for the siting page); the IO page regionalises the built-in table.
REAL_PAGES = {
    "/complexity": "/complexity?dataset={ds}",
    "/complexity/{dataset_id}": "/complexity/{ds}?region={region}",
    "/targets": "/targets?dataset={ds}",
    "/targets/{dataset_id}": "/targets/{ds}?region={region}",
    "/io/{table_id}": "/io/demo?dataset={ds}&region={region}&method=flq&delta=0.3",
    "/region/{dataset_id}/{region}": "/region/{ds}/{region}",
    "/region/{dataset_id}/{region}/ranking": "/region/{ds}/{region}/ranking",
    "/regions/search": "/regions/search?dataset={ds}&q=Moro",
    "/map": "/map?dataset={ds}",
    "/decide/rank": "/decide/rank?dataset={ds}&region={region}&method=promethee",
    "/siting": "/siting?regency=72.06",
}


def _demo_of_every_feature(app: Any) -> None:
    """The bodies of the page-language test's fixtures ``consult_demo`` and ``strip``
    (pytest fixtures cannot be called outside pytest): a consultation on a plan with a
    scanned letter kept with its first input, and the demo AHP survey."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.features.consult import attachments
    from rancang.features.consult.demo import demo_consultation
    from rancang.features.consult.inputs import list_inputs
    from rancang.features.decide.demo import demo_survey
    from rancang.features.plan.service import create_plan

    engine = app.state.engine
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025)
    demo_consultation(engine, plan.id)
    first = list_inputs(engine, CLI_ACTOR, plan.id)[0]
    attachments.attach(engine, CLI_ACTOR, attachments.folder(app.state.settings), first.id,
                       "surat-contoh-sintetis.pdf", b"%PDF-1.4\n%%EOF\n")
    demo_survey(engine)


class _Timed:
    """A test client whose first page request of each route is timed (htmx fragments and
    later requests pass through untimed)."""

    def __init__(self, http: Any, patterns: list[tuple[str, re.Pattern[str]]],
                 cold: dict[str, float]) -> None:
        self.http, self.patterns, self.cold = http, patterns, cold

    def get(self, url: str, headers: dict[str, str] | None = None) -> Any:
        t0 = time.perf_counter()
        resp = self.http.get(url, headers=headers or {})
        wall = (time.perf_counter() - t0) * 1000
        path = url.split("?", 1)[0]
        route = next((r for r, p in self.patterns if p.match(path)), None)
        if route is not None and not headers and route not in self.cold \
                and resp.status_code == 200:
            self.cold[route] = wall
        return resp


def _percentiles(values: list[float]) -> tuple[float, float, float]:
    import numpy as np

    a = np.array(values) * 1000
    return float(np.percentile(a, 50)), float(np.percentile(a, 95)), float(a.max())


def _time(get: Callable[[], Any], n: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(n):
        t0, c0 = time.perf_counter(), time.process_time()
        resp = get()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        assert resp.status_code == 200, resp.status_code
    return walls, cpus


def _profile(app: Any, client: Any, url: str, n: int = 20) -> str:
    """cProfile over ``n`` requests of ``url`` (after one), the handler run in this thread:
    the ASGI app is called through httpx in this thread's event loop and FastAPI's
    threadpool calls are made inline (cProfile sees one thread only)."""
    import asyncio
    import cProfile
    import io
    import pstats

    import fastapi.dependencies.utils as deps
    import fastapi.routing as routing
    import httpx

    async def inline(func: Callable[..., Any], *a: Any, **kw: Any) -> Any:
        return func(*a, **kw)

    saved = {m: m.run_in_threadpool for m in (deps, routing)}

    async def run() -> cProfile.Profile:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://testserver",
                                     cookies=client.http.cookies) as http:
            assert (await http.get(url)).status_code == 200
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(n):
                await http.get(url)
            prof.disable()
        return prof

    for m in saved:
        m.run_in_threadpool = inline  # type: ignore[attr-defined]
    try:
        prof = asyncio.run(run())
    finally:
        for m, f in saved.items():
            m.run_in_threadpool = f  # type: ignore[attr-defined]
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
    stats.print_stats(25)
    stats.print_stats("rancang", 20)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="timed requests per page and role")
    parser.add_argument("--only", default="", help="only the routes matching this regex")
    parser.add_argument("--profile", action="store_true",
                        help="profile each page whose p95 is at or above the target")
    parser.add_argument("--urls", action="store_true", help="list the URL of each page")
    args = parser.parse_args(argv)
    if not sorted(BPS.glob("*.xlsx")):
        print(f"skipped: the BPS PDRB files are not at {BPS.relative_to(REPO.parent)}")
        return 0
    # the web tests' helpers, when run as a script: ``tests`` is this repository's folder
    # (a namespace package, which an installed package named ``tests`` would shadow)
    tests = types.ModuleType("tests")
    tests.__path__ = [str(REPO / "tests")]
    sys.modules["tests"] = tests
    from rancang.features.datasets import save_panel
    from rancang.sources import read_panel
    from tests.web.conftest import Client, build_app, login
    from tests.web.page_reading import fillers, page_routes, route_pattern
    from tests.web.test_browser_walk import ROLE_USERS, _page_urls
    from tests.web.test_page_languages import prepare

    load_before = os.getloadavg()
    t0 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp())
    app = build_app(f"sqlite:///{tmp / 'every-page.sqlite'}")
    _demo_of_every_feature(app)
    admin = login(app, "admin")
    fill = {**fillers(admin, "id"), **prepare(app, admin)}
    panel = read_panel([BPS])
    ds = save_panel(app.state.engine, panel, name="BPS PDRB ADHK 2013-2020", actor="bench")
    region = next((c for c in panel.region_codes if c.replace(".", "") == "7203"),
                  panel.region_codes[0])
    fill.update(dataset_id=str(ds), dataset=str(ds), region=str(region))
    routes = page_routes(app)
    only = re.compile(args.only)
    clients = {role: login(app, user) for role, user in ROLE_USERS.items()}
    # the first request of each route in the process (the admin's walk comes first): the
    # cold first view, caches of the real dataset empty
    cold: dict[str, float] = {}
    patterns = [(r, route_pattern(r)) for r in routes]
    pages = {}
    for role, c in clients.items():
        walker = Client(http=_Timed(c.http, patterns, cold), csrf=c.csrf, role=c.role,
                        username=c.username)  # type: ignore[arg-type]
        pages[role] = {r: u for r, u in _page_urls(walker, routes, fill).items()
                       if only.search(r)}
    # the pages that read a dataset, opened on the real one for the analyst's regency
    # (the walk may reach them bare or through the demo dataset's links)
    real = {route: url.format(ds=ds, region=region) for route, url in REAL_PAGES.items()}
    for role, c in clients.items():
        for route, url in real.items():
            if route in pages[role]:
                resp = c.http.get(url)
                if resp.status_code == 200 and "html" in resp.headers.get("content-type", ""):
                    pages[role][route] = url
    print(f"{len(panel.region_codes)} regencies x {len(panel.industry_codes)} industries, "
          f"{panel.years[0]}-{panel.years[-1]} (dataset {ds}, region {region}); "
          f"{len(pages['admin'])} page routes for admin, {len(pages['analis'])} analis, "
          f"{len(pages['tamu'])} tamu; set up in {time.perf_counter() - t0:.0f} s; "
          f"{args.n} timed requests per page and role")

    # route -> role -> (cold ms, walls, cpus)
    results: dict[str, dict[str, tuple[float, list[float], list[float]]]] = {}
    for role, client in clients.items():
        for route, url in pages[role].items():
            def get(url: str = url, client: Any = client) -> Any:
                return client.http.get(url)

            _time(get, 1)  # warm-up (this URL's own first view)
            walls, cpus = _time(get, args.n)
            results.setdefault(route, {})[role] = (cold.get(route, float("nan")), walls,
                                                   cpus)
    load_after = os.getloadavg()

    roles = list(ROLE_USERS)
    print()
    print("| page route | cold first view | "
          + " | ".join(f"{r} p50 / p95 / max" for r in roles) + " | CPU p50 / p95 |")
    print("|---|---:|" + "---:|" * len(roles) + "---:|")
    over: list[tuple[str, str, float]] = []

    def cells(walls: list[float]) -> str:
        p50, p95, top = _percentiles(walls)
        return f"{p50:.0f} / **{p95:.0f}** / {top:.0f}" if p95 >= TARGET_MS \
            else f"{p50:.0f} / {p95:.0f} / {top:.0f}"

    for route in sorted(results):
        by_role = results[route]
        row = [f"`{route}`", f"{cold[route]:.0f}" if route in cold else "-"]
        for role in roles:
            if role not in by_role:
                row.append("-")
                continue
            row.append(cells(by_role[role][1]))
            p95 = _percentiles(by_role[role][1])[1]
            if p95 >= TARGET_MS:
                over.append((route, role, p95))
        cpu = [c for _, _, cs in by_role.values() for c in cs]
        c50, c95, _ = _percentiles(cpu)
        row.append(f"{c50:.0f} / {c95:.0f}")
        print("| " + " | ".join(row) + " |")
    every_wall = {role: [w for r in results.values() if role in r for w in r[role][1]]
                  for role in roles}
    every_cpu = [c for r in results.values() for _, _, cs in r.values() for c in cs]
    colds = [cold[r] for r in results if r in cold] or [float("nan")]
    c50, c95, _ = _percentiles(every_cpu)
    print(f"| **every page** | max {max(colds):.0f} | "
          + " | ".join(cells(every_wall[r]) for r in roles) + f" | {c50:.0f} / {c95:.0f} |")
    print()
    print(f"load average (1, 5, 15 min) before: {load_before[0]:.2f} {load_before[1]:.2f} "
          f"{load_before[2]:.2f}; after: {load_after[0]:.2f} {load_after[1]:.2f} "
          f"{load_after[2]:.2f}")
    if over:
        print(f"p95 at or above {TARGET_MS:.0f} ms: "
              + "; ".join(f"{route} ({role}, {p95:.0f} ms)" for route, role, p95 in over))
    else:
        print(f"every page of every role: p95 under {TARGET_MS:.0f} ms")
    if args.urls:
        for role in roles:
            print(f"\n{role}: " + "; ".join(pages[role].values()))
    if args.profile:
        for route, role, _ in over:
            print(f"\n### profile of {route} ({role}, 20 requests)\n")
            print(_profile(app, clients[role], pages[role][route]))
    app.state.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
