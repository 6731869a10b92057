"""Web application benchmarks (issue 5).

1. Dashboard server time with the real 514-regency BPS PDRB loaded: every regency's
   dashboard requested once (uncached analysis) and again (cached), server time from the
   ``Server-Timing``-free in-process clock around each request; p50/p95 reported.
2. Load test from a second process on loopback: N concurrent users (default 50) browsing
   dashboards, rankings and the register for D seconds against ``rancang serve`` with W
   workers; requests per second and errors.

Run:  .venv/bin/python benchmarks/bench_web.py [--users 50 --seconds 60 --workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BPS = REPO.parent / "shared" / "data" / "raw" / "bps-pdrb-kabkota-adhk-2013-2020"


def prepare(db: Path) -> tuple[str, list[str]]:
    """SQLite file with the real PDRB, demo register and users; returns URL and region codes."""
    from rancang.cli.demo import load_demo_database as load_demo
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.datasets import save_panel
    from rancang.sources import read_panel

    url = f"sqlite:///{db}"
    engine = make_engine(url)
    ensure_schema(engine)
    load_demo(engine, firms=3000)
    panel = read_panel([BPS])
    save_panel(engine, panel, name="BPS", actor="bench")
    engine.dispose()
    return url, list(panel.region_codes)


def server_time(url: str, regions: list[str]) -> None:
    """p50/p95 of the dashboard's server time, in process (no network)."""
    import numpy as np
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    app = create_app(Settings(database_url=url))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"username": "admin", "password": "demo-rancang", "csrf_token": tok})
    for label in ("first view (uncached analysis)", "second view (cached)"):
        times = []
        for code in regions:
            t0 = time.perf_counter()
            r = c.get(f"/region/2/{code}")
            times.append(time.perf_counter() - t0)
            assert r.status_code == 200, (code, r.status_code)
        ms = np.array(times) * 1000
        print(f"dashboard {label}: n={len(ms)} p50={np.percentile(ms, 50):.1f} ms "
              f"p95={np.percentile(ms, 95):.1f} ms max={ms.max():.1f} ms")


async def _user(base: str, regions: list[str], until: float, stats: dict[str, int]) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        page = await c.get("/login")
        tok = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        await c.post("/login", data={"username": "admin", "password": "demo-rancang",
                                     "csrf_token": tok})
        rng = random.Random()
        while time.monotonic() < until:
            code = rng.choice(regions)
            url = rng.choice([f"/region/2/{code}", f"/region/2/{code}/ranking?w_share=0.5",
                              f"/register?page={rng.randint(1, 50)}",
                              f"/api/v1/datasets/2/analysis/{code}?tables=lq_quadrant"])
            kind = url.split("?")[0].split("/")[1]
            # the ranking is an htmx fragment (opened as a page it redirects to the
            # dashboard with the weights), asked for as the dashboard's form asks for it
            headers = {"HX-Request": "true"} if "/ranking" in url else {}
            try:
                r = await c.get(url, headers=headers)
                stats["ok" if r.status_code == 200 else "errors"] += 1
                if r.status_code != 200:
                    key = f"{r.status_code} /{kind}"
                    stats[key] = stats.get(key, 0) + 1
            except httpx.HTTPError as exc:
                stats["errors"] += 1
                key = f"{type(exc).__name__} /{kind}"
                stats[key] = stats.get(key, 0) + 1


async def _load(base: str, regions: list[str], users: int, seconds: float) -> None:
    stats = {"ok": 0, "errors": 0}
    until = time.monotonic() + seconds
    t0 = time.monotonic()
    await asyncio.gather(*[_user(base, regions, until, stats) for _ in range(users)])
    dt = time.monotonic() - t0
    total = stats["ok"] + stats["errors"]
    print(f"load: {users} users, {dt:.0f} s, {total} requests, {total / dt:.0f} req/s, "
          f"errors {stats['errors']}")
    kinds = {k: v for k, v in stats.items() if k not in ("ok", "errors")}
    if kinds:
        print("errors by kind: " + ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))


def _wait_until_up(url: str, timeout: float = 180) -> None:
    """Wait for the server to answer (a fixed pause was too short on a loaded machine)."""
    import httpx

    until = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > until:
            raise RuntimeError(f"the server did not answer {url} in {timeout:.0f} s")
        time.sleep(0.5)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--port", type=int, default=8799)
    ap.add_argument("--client", nargs=2, metavar=("BASE", "REGIONS_FILE"))
    a = ap.parse_args()
    if a.client:  # the second process
        regions = Path(a.client[1]).read_text().split()
        asyncio.run(_load(a.client[0], regions, a.users, a.seconds))
        return
    print("load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    tmp = Path(tempfile.mkdtemp())
    url, regions = prepare(tmp / "bench.sqlite")
    server_time(url, regions)
    env = {**os.environ, "RANCANG_DATABASE_URL": url}
    srv = subprocess.Popen([sys.executable, "-m", "rancang", "serve", "--port", str(a.port),
                            "--workers", str(a.workers)], env=env)
    try:
        _wait_until_up(f"http://127.0.0.1:{a.port}/healthz")
        (tmp / "regions.txt").write_text("\n".join(regions))
        subprocess.run([sys.executable, __file__, "--client", f"http://127.0.0.1:{a.port}",
                        str(tmp / "regions.txt"), "--users", str(a.users), "--seconds",
                        str(a.seconds)], check=True)
        print("load average (1, 5, 15 min) after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    finally:
        srv.terminate()
        srv.wait(timeout=20)


if __name__ == "__main__":
    main()
