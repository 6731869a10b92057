"""Server time of every page, download and API read, for each role, in both languages, on
the real 514-regency BPS PDRB (issue 12: "Server time p95 under 150 ms for every page on the
514-regency real dataset").

The app is built as the web tests build it (``tests/web/conftest.py``: the demo province,
a synthetic register of ``--firms`` firms, synthetic programmes, one user per role) and
given the demo data of every feature as the page-language test and the browser walk
prepare it (a consultation with an attachment, an AHP survey, an edited record and found
duplicates, a KBLI batch, refused uploads, a drafted and frozen plan with its programmes
and monitoring, market needs, offers and an event). The real BPS PDRB 2013-2020 of every
regency is then saved as a dataset, and the pages' dataset and region parameters are
filled from it (the region is the analyst's own regency, BPS 7203 Morowali = 72.06).

Every ``GET`` route of the application is in :data:`PAGES` (reached by the page-language
walk, ``tests/web/page_reading.crawl``: the route filled from the demo data and every page,
htmx fragment and download linked from it), :data:`API` (a URL filled from the ids the walk
met) or :data:`EXCLUDED` (with the reason); ``tests/benchmarks/test_every_page_listed.py``
fails when a route of the app is in none of them, and this script exits with 1 when a route
it lists was timed for no role. Each route is timed per kind of answer (an HTML page, its
htmx fragment, each download format) at the first URL each role reached, the pages of a
dataset on the real dataset (:data:`REAL`), plus the variants of :data:`VARIANTS`.

The time is the server's: an ASGI wrapper around the app clocks each request from its
arrival to the last byte of the answer (middleware, handler, template, gzip), in process
(FastAPI's TestClient, no network; the client's own work, reading the answer, is not
counted). Each URL is requested once per language (warm-up), then N times in Indonesian
and N times in English; p50/p95/max per route and role over the 2N requests, the worse
language's p95 named, and ``time.process_time`` (every thread of the process) as the CPU
time per request. Each route's first request in the process (during the administrator's
walk, caches empty) is reported on its own as the cold first view.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_every_page.py [--n 20] [--only RE]
      [--firms 3000] [--profile] [--urls]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import types
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "data" / "raw"
BPS = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
TARGET_MS = 150.0
LANGS = ("id", "en")

#: Every page route (``GET`` outside ``/api/``): reached by the walk from the demo data.
#: Kinds: ``page`` (HTML), ``file`` (a download), ``page+file`` (``{fmt}``: several).
PAGES: dict[str, str] = {
    "/": "page",
    "/account/password": "page",
    "/admin/datasets": "page",
    "/admin/sign-ins": "page",
    "/admin/users": "page",
    "/complexity": "page",
    "/complexity/{dataset_id}": "page",
    "/complexity/{dataset_id}/opportunities.csv": "file",
    "/consult": "page",
    "/consult/capture-sw.js": "file",
    "/consult/checkin": "page",
    "/consult/checkin/{code}": "page",
    "/consult/events/{event_id}": "page",
    "/consult/events/{event_id}/capture": "page",
    "/consult/events/{event_id}/checkin.{fmt}": "file",
    "/consult/events/{event_id}/minutes.{fmt}": "file",
    "/consult/inputs/{input_id}": "page",
    "/consult/inputs/{input_id}/attachment": "file",
    "/consult/link/{token}": "page",
    "/consult/link/{token}/draft.{fmt}": "file",
    "/consult/plans/{plan_id}": "page",
    "/consult/plans/{plan_id}/answers.{fmt}": "file",
    "/consult/plans/{plan_id}/form.xlsx": "file",
    "/consult/plans/{plan_id}/matrix.{fmt}": "file",
    "/consult/public/{plan_id}/{version}": "page",
    "/consult/public/{plan_id}/{version}/draft.{fmt}": "file",
    "/data": "page",
    "/decide/rank": "page",
    "/decide/rank.csv": "file",
    "/decide/surveys": "page",
    "/decide/surveys/{survey_id}": "page",
    "/decide/surveys/{survey_id}/forms/{participant_id}.xlsx": "file",
    "/io": "page",
    "/io/{table_id}": "page",
    "/io/{table_id}/{name}.csv": "file",
    "/jobs": "page",
    "/jobs/{job_id}": "page",
    "/jobs/{job_id}/download": "file",
    "/kbli": "page",
    "/kbli/register": "page",
    "/login": "page",
    "/map": "page",
    "/match/market": "page",
    "/match/market/events/{event_id}": "page",
    "/match/market/events/{event_id}/delete": "page",
    "/match/market/events/{event_id}/edit": "page",
    "/match/market/events/{event_id}/event.xlsx": "file",
    "/match/market/needs/{need_id}": "page",
    "/match/market/needs/{need_id}/edit": "page",
    "/match/market/offers/{offer_id}": "page",
    "/match/market/offers/{offer_id}/edit": "page",
    "/match/market/report": "page",
    "/match/needs": "page",
    "/match/outcomes": "page",
    "/match/schedule": "page",
    "/monitoring": "page",
    "/monitoring/public": "page",
    "/monitoring/realisations/{realisation_id}/evidence": "file",
    "/monitoring/{region}": "page",
    "/monitoring/{region}/report.{fmt}": "file",
    "/monitoring/{region}/template.{fmt}": "file",
    "/plans": "page",
    "/plans/{plan_id}": "page",
    "/plans/{plan_id}/actions.{fmt}": "file",
    "/plans/{plan_id}/diff": "page",
    "/plans/{plan_id}/diff.{fmt}": "file",
    "/plans/{plan_id}/download.{fmt}": "file",
    "/plans/{plan_id}/sections/{key}": "page",
    "/plans/{plan_id}/targets.csv": "file",
    "/plans/{plan_id}/targets.xlsx": "file",
    "/programmes": "page",
    "/programmes/plans/{plan_id}": "page",
    "/programmes/plans/{plan_id}/suggestions.xlsx": "file",
    "/programmes/sync": "page",
    "/programmes/sync.{fmt}": "file",
    "/programmes/{programme_id}/edit": "page",
    "/region/{dataset_id}/{region}": "page",
    "/region/{dataset_id}/{region}/ranking": "page",
    "/region/{dataset_id}/{region}/table/{name}.{fmt}": "file",
    "/regions/search": "page",
    "/register": "page",
    "/register/add": "page",
    "/register/deleted": "page",
    "/register/duplicates": "page",
    "/register/export.{fmt}": "file",
    "/register/field": "page",
    "/register/field-sw.js": "file",
    "/register/problems/{token}.xlsx": "file",
    "/register/template.xlsx": "file",
    "/register/transfers": "page",
    "/register/unplaced": "page",
    "/register/{record_id}": "page",
    "/register/{record_id}/delete": "page",
    "/register/{record_id}/needs": "page",
    "/siting": "page",
    "/survey/{link}": "page",
    "/targets": "page",
    "/targets/{dataset_id}": "page",
    "/targets/{dataset_id}/{name}.csv": "file",
}
#: Every API read (``GET /api/...``): its URL, filled from :func:`_ids` (the demo data's
#: and the walk's ids; the dataset is the real one, the region Morowali).
API: dict[str, str] = {
    "/api/docs": "/api/docs",
    "/api/v1/boundaries": "/api/v1/boundaries?province=72",
    "/api/v1/centroids": "/api/v1/centroids?province=72",
    "/api/v1/consult/events/{event_id}": "/api/v1/consult/events/{consult_event}",
    "/api/v1/consult/inputs/{input_id}/similar": "/api/v1/consult/inputs/{input}/similar",
    "/api/v1/consult/plans/{plan_id}/inputs": "/api/v1/consult/plans/{consult_plan}/inputs",
    "/api/v1/datasets": "/api/v1/datasets",
    "/api/v1/datasets/{dataset_id}": "/api/v1/datasets/{ds}",
    "/api/v1/datasets/{dataset_id}/analysis/{region}":
        "/api/v1/datasets/{ds}/analysis/{region}?tables=lq_quadrant",
    "/api/v1/datasets/{dataset_id}/complexity": "/api/v1/datasets/{ds}/complexity",
    "/api/v1/datasets/{dataset_id}/indicator": "/api/v1/datasets/{ds}/indicator?name=lq",
    "/api/v1/datasets/{dataset_id}/panel/{region}": "/api/v1/datasets/{ds}/panel/{region}",
    "/api/v1/datasets/{dataset_id}/ranking/{region}":
        "/api/v1/datasets/{ds}/ranking/{region}",
    "/api/v1/datasets/{dataset_id}/regions": "/api/v1/datasets/{ds}/regions?q=Moro",
    "/api/v1/datasets/{dataset_id}/targets": "/api/v1/datasets/{ds}/targets?region={region}",
    "/api/v1/decide/rank": "/api/v1/decide/rank?dataset={ds}&region={region}&method=promethee",
    "/api/v1/decide/surveys/{survey_id}": "/api/v1/decide/surveys/{survey}",
    "/api/v1/imports": "/api/v1/imports",
    "/api/v1/io/tables": "/api/v1/io/tables",
    "/api/v1/io/tables/{table_id}": "/api/v1/io/tables/demo",
    "/api/v1/jobs": "/api/v1/jobs",
    "/api/v1/jobs/{job_id}": "/api/v1/jobs/{job}",
    "/api/v1/jobs/{job_id}/download": "/api/v1/jobs/{job_file}/download",
    "/api/v1/kbli/register": "/api/v1/kbli/register",
    "/api/v1/kbli/suggest": "/api/v1/kbli/suggest?text=keripik%20singkong",
    "/api/v1/match/events": "/api/v1/match/events",
    "/api/v1/match/events/{event_id}": "/api/v1/match/events/{match_event}",
    "/api/v1/match/events/{event_id}/meetings": "/api/v1/match/events/{match_event}/meetings",
    "/api/v1/match/events/{event_id}/report": "/api/v1/match/events/{match_event}/report",
    "/api/v1/match/firms/{firm_id}/needs": "/api/v1/match/firms/{firm}/needs",
    "/api/v1/match/needs": "/api/v1/match/needs",
    "/api/v1/match/needs/{need_id}/matches": "/api/v1/match/needs/{need}/matches",
    "/api/v1/match/needs/{need_id}/requests": "/api/v1/match/needs/{need}/requests",
    "/api/v1/match/offers/{offer_id}/needs": "/api/v1/match/offers/{offer}/needs",
    "/api/v1/match/report": "/api/v1/match/report",
    "/api/v1/match/unmet": "/api/v1/match/unmet",
    "/api/v1/me": "/api/v1/me",
    "/api/v1/monitoring/provinces/{province}": "/api/v1/monitoring/provinces/72",
    "/api/v1/monitoring/public": "/api/v1/monitoring/public",
    "/api/v1/monitoring/regions/{region}": "/api/v1/monitoring/regions/72.06",
    "/api/v1/plans": "/api/v1/plans",
    "/api/v1/plans/{plan_id}": "/api/v1/plans/{plan}",
    "/api/v1/plans/{plan_id}/actions": "/api/v1/plans/{plan}/actions",
    "/api/v1/plans/{plan_id}/diff": "/api/v1/plans/{plan}/diff?old=v0.1&new=current",
    "/api/v1/plans/{plan_id}/versions": "/api/v1/plans/{plan}/versions",
    "/api/v1/programmes": "/api/v1/programmes?province=72",
    "/api/v1/programmes/plans/{plan_id}/mappings": "/api/v1/programmes/plans/{plan}/mappings",
    "/api/v1/programmes/sync": "/api/v1/programmes/sync?province=72",
    "/api/v1/programmes/{programme_id}": "/api/v1/programmes/{programme}",
    "/api/v1/programmes/{programme_id}/history": "/api/v1/programmes/{programme}/history",
    "/api/v1/register/aggregate": "/api/v1/register/aggregate",
    "/api/v1/register/deleted": "/api/v1/register/deleted",
    "/api/v1/register/duplicates": "/api/v1/register/duplicates",
    "/api/v1/register/points": "/api/v1/register/points",
    "/api/v1/register/records": "/api/v1/register/records",
    "/api/v1/register/records/{record_id}": "/api/v1/register/records/{record}",
    "/api/v1/register/transfers": "/api/v1/register/transfers",
    "/api/v1/siting": "/api/v1/siting?regency=72.06",
    "/api/v1/users": "/api/v1/users",
}
#: GET routes not timed, and why.
EXCLUDED: dict[str, str] = {
    "/lang/{code}": "the language switch: sets a cookie and redirects (no content)",
    "/healthz": "the health check of the deployment, not a page (a constant answer)",
}
#: The pages of a dataset, opened on the real dataset for the analyst's regency
#: (Kemendagri 72.06 for siting); the IO page regionalises the built-in table.
REAL: dict[str, str] = {
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
    "/decide/rank.csv": "/decide/rank.csv?dataset={ds}&region={region}&method=promethee",
    "/siting": "/siting?regency=72.06",
}
#: More URLs of a route, timed as rows of their own: (route, label) -> URL.
VARIANTS: dict[tuple[str, str], str] = {
    ("/register", "search by district/village"): "/register?place={place}",
    ("/decide/rank", "TOPSIS, survey weights"):
        "/decide/rank?dataset={ds}&region={region}&survey={survey}&method=topsis",
    ("/siting", "PROMETHEE"): "/siting?regency=72.06&method=promethee",
}
#: The roles of issue 12 and the demo user of each (the browser walk's).
ROLE_USERS = {"admin": "admin", "analis": "analyst_own", "tamu": "viewer"}


class ServerClock:
    """ASGI wrapper: the time from a request's arrival to the last byte of its answer.

    ``last`` holds the latest request's (path, query, is htmx, status, content type,
    seconds); ``log`` every request's while ``logging`` is set.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last: tuple[str, str, bool, int, str, float] | None = None
        self.log: list[tuple[str, str, bool, int, str, float]] = []
        self.logging = False

    async def __call__(self, scope: MutableMapping[str, Any],
                       receive: Callable[[], Awaitable[Any]],
                       send: Callable[[Any], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        head: dict[str, Any] = {"status": 0, "type": ""}

        async def timed(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                head["status"] = message["status"]
                head["type"] = next((v.decode() for k, v in message.get("headers", [])
                                     if k.lower() == b"content-type"), "")
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                hx = any(k.lower() == b"hx-request" for k, _ in scope["headers"])
                self.last = (scope["path"], scope["query_string"].decode(), hx,
                             head["status"], head["type"], time.perf_counter() - t0)
                if self.logging:
                    self.log.append(self.last)

        await self.app(scope, receive, timed)


@dataclass(frozen=True)
class Target:
    """One row of the table: a route and the kind of answer (``page``, ``htmx``, a
    download's format, ``api``, or a variant's label)."""

    route: str
    kind: str


def kind_of(path: str, hx: bool, content_type: str) -> str:
    """The kind of an answer: ``page``/``htmx`` (HTML), else the download's extension
    (``file`` when its path has none)."""
    if "html" in content_type:
        return "htmx" if hx else "page"
    ext = re.search(r"\.([a-z]+)$", path)
    return ext.group(1) if ext else "file"


def category(target: Target) -> str:
    """``page`` (an HTML page, fragment or a page's variant), ``download`` or ``api``."""
    if target.kind == "api":
        return "api"
    return "page" if target.kind in ("page", "htmx") or " " in target.kind else "download"


def listed_routes() -> set[str]:
    """Every GET route this benchmark names (timed or excluded)."""
    return set(PAGES) | set(API) | set(EXCLUDED)


def unlisted_routes(app: Any) -> set[str]:
    """The app's GET routes this benchmark does not name."""
    from rancang.web.introspect import routes_of

    return {r.path for r in routes_of(app) if "GET" in r.methods} - listed_routes()


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


def _param(walked: dict[Target, str], route: str, name: str) -> str:
    """The value of path parameter ``name`` in the URL the walk reached for ``route``."""
    url = next(u for t, u in walked.items() if t.route == route)
    parts = re.split(r"(\{[^}]+\})", route)
    body = "".join(f"(?P<{p[1:-1]}>[^/]+?)" if p.startswith("{") else re.escape(p)
                   for p in parts if p)
    found = re.match(f"^{body}$", urlsplit(url).path)
    assert found is not None, (route, url)
    return found[name]


def _ids(admin: Any, walked: dict[Target, str], fill: dict[str, str]) -> dict[str, str]:
    """The values the API URLs and variants are filled with."""
    def p(route: str, name: str) -> str:
        return _param(walked, route, name)

    records = admin.http.get("/api/v1/register/records").json()["items"]
    place = next((r.get("district_name") for r in records if r.get("district_name")), "")
    return {
        "ds": fill["dataset_id"], "region": fill["region"], "record": fill["record_id"],
        "firm": fill["record_id"], "place": str(place)[:6] or "Bungku",
        "consult_event": p("/consult/events/{event_id}", "event_id"),
        "input": p("/consult/inputs/{input_id}", "input_id"),
        "consult_plan": p("/consult/plans/{plan_id}", "plan_id"),
        "survey": p("/decide/surveys/{survey_id}", "survey_id"),
        "job": p("/jobs/{job_id}", "job_id"),
        "match_event": p("/match/market/events/{event_id}", "event_id"),
        "need": p("/match/market/needs/{need_id}", "need_id"),
        "offer": p("/match/market/offers/{offer_id}", "offer_id"),
        "plan": p("/plans/{plan_id}", "plan_id"),
        "programme": p("/programmes/{programme_id}/edit", "programme_id"),
        "job_file": p("/jobs/{job_id}/download", "job_id"),
    }


def _percentiles(values: list[float]) -> tuple[float, float, float]:
    import numpy as np

    a = np.array(values) * 1000
    return float(np.percentile(a, 50)), float(np.percentile(a, 95)), float(a.max())


def _time(clock: ServerClock, get: Callable[[], Any], n: int, budget: float = float("inf")
          ) -> tuple[list[float], list[float]]:
    """Server seconds and CPU seconds of ``n`` requests (fewer, three at least, once their
    server time passes ``budget`` seconds: a document of seconds)."""
    server: list[float] = []
    cpus: list[float] = []
    for _ in range(n):
        if len(server) >= 3 and sum(server) > budget:
            break
        c0 = time.process_time()
        resp = get()
        cpus.append(time.process_time() - c0)
        assert resp.status_code == 200, resp.status_code
        assert clock.last is not None
        server.append(clock.last[5])
    return server, cpus


def _profile(app: Any, client: Any, url: str, hx: bool, n: int = 20) -> str:
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
    headers = {"HX-Request": "true"} if hx else {}

    async def run() -> cProfile.Profile:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://testserver",
                                     cookies=client.http.cookies) as http:
            assert (await http.get(url, headers=headers)).status_code == 200
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(n):
                await http.get(url, headers=headers)
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
    parser.add_argument("--n", type=int, default=20,
                        help="timed requests per URL, role and language")
    parser.add_argument("--only", default="", help="only the routes matching this regex")
    parser.add_argument("--firms", type=int, default=3000, help="synthetic register size")
    parser.add_argument("--budget", type=float, default=10.0,
                        help="seconds of server time per URL and language after which a "
                             "slow download stops (three requests at least)")
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
    from fastapi.testclient import TestClient

    from rancang.features.datasets import save_panel
    from rancang.sources import read_panel
    from tests.web.conftest import Client, build_app, login
    from tests.web.page_reading import crawl, fillers, page_routes, route_pattern, with_lang
    from tests.web.test_page_languages import prepare

    load_before = os.getloadavg()
    t0 = time.perf_counter()
    tmp = Path(tempfile.mkdtemp())
    app = build_app(f"sqlite:///{tmp / 'every-page.sqlite'}", firms=args.firms)
    missing = unlisted_routes(app)
    if missing:
        print(f"GET routes in none of PAGES, API, EXCLUDED: {sorted(missing)}")
        return 1
    _demo_of_every_feature(app)
    admin = login(app, "admin")
    # the preparation's jobs (duplicates found, a KBLI batch) waited for to the end: on a
    # register of thousands of firms they outlast the page's usual wait
    settings = app.state.settings
    app.state.settings = settings.model_copy(update={"job_wait_seconds": 300})
    fill = {**fillers(admin, "id"), **prepare(app, admin)}
    app.state.settings = settings
    panel = read_panel([BPS])
    ds = save_panel(app.state.engine, panel, name="BPS PDRB ADHK 2013-2020", actor="bench")
    region = next((c for c in panel.region_codes if c.replace(".", "") == "7203"),
                  panel.region_codes[0])
    fill.update(dataset_id=str(ds), dataset=str(ds), region=str(region))
    routes = page_routes(app)
    patterns = [(r, route_pattern(r)) for r in routes]
    only = re.compile(args.only)
    clock = ServerClock(app)
    clients = {}
    for role, user in ROLE_USERS.items():
        c = login(app, user)
        clients[role] = Client(http=TestClient(clock, cookies=c.http.cookies), csrf=c.csrf,
                               role=c.role, username=c.username)

    def route_of(path: str) -> str | None:
        return next((r for r, p in patterns if p.match(path)), None)

    # the walk of each role (the administrator's first: its first request of each route
    # and kind is the cold first view, caches of the real dataset empty)
    cold: dict[Target, float] = {}
    pages: dict[str, dict[Target, tuple[str, bool]]] = {}
    for role, c in clients.items():
        clock.log, clock.logging = [], True
        visits = crawl(c, "id", routes, fill)
        clock.logging = False
        for path, _, hx, status, ctype, sec in clock.log:
            route = route_of(path)
            if route is not None and status == 200:
                cold.setdefault(Target(route, kind_of(path, hx, ctype)), sec * 1000)
        found: dict[Target, tuple[str, bool]] = {}
        for v in visits:
            route = route_of(urlsplit(v.url).path)
            if route is None or route in EXCLUDED or v.status != 200:
                continue
            kind = "page" if v.kind == "html" and not v.hx else "htmx" if v.kind == "html" \
                else kind_of(urlsplit(v.url).path, v.hx, "")
            found.setdefault(Target(route, kind), (v.url, v.hx))
        pages[role] = found
    walked = {t: u for t, (u, _) in pages["admin"].items()}
    ids = _ids(clients["admin"], walked, fill)
    for role, c in clients.items():
        # the pages of a dataset on the real one (the walk may reach them bare or through
        # the demo dataset's links), the variants, the API
        extra: dict[Target, str] = {}
        for route, url in REAL.items():
            kind = "csv" if route.endswith(".csv") else "page"
            if Target(route, kind) in pages[role]:
                extra[Target(route, kind)] = url.format(**ids)
        for (route, label), url in VARIANTS.items():
            extra[Target(route, label)] = url.format(**ids)
        for route, url in API.items():
            extra[Target(route, "api")] = url.format(**ids)
        for target, url in extra.items():
            resp = c.http.get(url)
            if resp.status_code == 200:
                pages[role][target] = (url, False)
                assert clock.last is not None
                cold.setdefault(target, clock.last[5] * 1000)
        pages[role] = {t: u for t, u in pages[role].items() if only.search(t.route)}
    print(f"{len(panel.region_codes)} regencies x {len(panel.industry_codes)} industries, "
          f"{panel.years[0]}-{panel.years[-1]} (dataset {ds}, region {region}); register of "
          f"{args.firms} synthetic firms; "
          + ", ".join(f"{len(p)} routes and kinds for {r}" for r, p in pages.items())
          + f"; set up in {time.perf_counter() - t0:.0f} s; {args.n} timed requests per URL,"
          f" role and language")

    # target -> role -> (server seconds, cpu seconds, p95 by language)
    results: dict[Target, dict[str, tuple[list[float], list[float], dict[str, float]]]] = {}
    t1 = time.perf_counter()
    for role, client in clients.items():
        for target, (url, hx) in pages[role].items():
            server: list[float] = []
            cpus: list[float] = []
            by_lang: dict[str, float] = {}
            for lang in LANGS:
                def get(url: str = with_lang(url, lang), client: Any = client,
                        hx: bool = hx) -> Any:
                    return client.http.get(url, headers={"HX-Request": "true"} if hx else {})

                _time(clock, get, 1)  # warm-up (this URL's own first view)
                lang_server, lang_cpu = _time(clock, get, args.n, args.budget)
                server += lang_server
                cpus += lang_cpu
                by_lang[lang] = _percentiles(lang_server)[1]
            results.setdefault(target, {})[role] = (server, cpus, by_lang)
    load_after = os.getloadavg()
    timing = time.perf_counter() - t1

    roles = list(ROLE_USERS)
    print()
    print("| route | kind | cold first view | "
          + " | ".join(f"{r} p50 / p95 / max" for r in roles)
          + " | worse p95 (role, language) | CPU p50 / p95 |")
    print("|---|---|---:|" + "---:|" * len(roles) + "---|---:|")
    over: list[tuple[Target, str, float]] = []

    def cells(values: list[float], fewer: bool = True) -> str:
        p50, p95, top = _percentiles(values)
        n = f" (n={len(values)})" if fewer and len(values) < 2 * args.n else ""
        return (f"{p50:.0f} / **{p95:.0f}** / {top:.0f}{n}" if p95 >= TARGET_MS
                else f"{p50:.0f} / {p95:.0f} / {top:.0f}{n}")

    for target in sorted(results, key=lambda t: (t.route, t.kind)):
        by_role = results[target]
        row = [f"`{target.route}`", target.kind,
               f"{cold[target]:.0f}" if target in cold else "-"]
        worst = ("", "", -1.0)
        for role in roles:
            if role not in by_role:
                row.append("-")
                continue
            row.append(cells(by_role[role][0]))
            for lang, p95 in by_role[role][2].items():
                if p95 > worst[2]:
                    worst = (role, lang, p95)
            p95 = _percentiles(by_role[role][0])[1]
            if p95 >= TARGET_MS:
                over.append((target, role, p95))
        row.append(f"{worst[2]:.0f} ({worst[0]}, {worst[1]})")
        cpu = [c for _, cs, _ in by_role.values() for c in cs]
        c50, c95, _ = _percentiles(cpu)
        row.append(f"{c50:.0f} / {c95:.0f}")
        print("| " + " | ".join(row) + " |")
    for label, group_of in (("every HTML page and fragment", "page"),
                            ("every download", "download"), ("every API read", "api")):
        group = {t: r for t, r in results.items() if category(t) == group_of}
        if not group:
            continue
        every = {role: [s for r in group.values() if role in r for s in r[role][0]]
                 for role in roles}
        every_cpu = [c for r in group.values() for _, cs, _ in r.values() for c in cs]
        colds = [cold[t] for t in group if t in cold] or [float("nan")]
        c50, c95, _ = _percentiles(every_cpu)
        print(f"| **{label}** | {len(group)} rows | max {max(colds):.0f} | "
              + " | ".join(cells(every[r], False) if every[r] else "-" for r in roles)
              + f" | | {c50:.0f} / {c95:.0f} |")
    print()
    print(f"timed in {timing:.0f} s; load average (1, 5, 15 min) before: "
          f"{load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; after: "
          f"{load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    if over:
        print(f"p95 at or above {TARGET_MS:.0f} ms: "
              + "; ".join(f"{t.route} [{t.kind}] ({role}, {p95:.0f} ms)"
                          for t, role, p95 in over))
    else:
        print(f"every route of every role: p95 under {TARGET_MS:.0f} ms")
    timed = {t.route for t in results}
    untimed = sorted(r for r in set(PAGES) | set(API) if only.search(r) and r not in timed)
    if args.urls:
        for role in roles:
            print(f"\n{role}: " + "; ".join(f"{t.kind} {u}" for t, (u, _) in
                                            sorted(pages[role].items(),
                                                   key=lambda i: (i[0].route, i[0].kind))))
    if args.profile:
        for target, role, _ in over:
            print(f"\n### profile of {target.route} [{target.kind}] ({role}, 20 requests)\n")
            url, hx = pages[role][target]
            print(_profile(app, clients[role], url, hx))
    app.state.engine.dispose()
    if untimed:
        print(f"listed but timed for no role: {untimed}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
