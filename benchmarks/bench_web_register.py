"""Register browsing at 100k records (issue 5): server time of the register list pages.

Loads a synthetic register of N firms (default 100,000; two reporting periods each, so
200,000 period rows) into a fresh SQLite file through the ordinary importer (as
``benchmarks/bench_registry.py`` does), signs in as administrator and requests each list
page R times in process (TestClient, no network): first page, a deep page, a search, each
filter (region, KBLI, BPS and Permenperin size class, sentra, status) and each sort. Prints
p50 / p95 / max per page. Target: p95 < 150 ms per page.

Run:  .venv/bin/python benchmarks/bench_web_register.py [--firms 100000 --repeat 20]
      [--db /tmp/reg100k.sqlite]   (reuses the file when it already holds the register)
      [--postgres URL]            (same pages on PostgreSQL; the URL's database is used)
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from pathlib import Path

import numpy as np

PASSWORD = "bench-rancang"


def prepare(url: str, firms: int) -> None:
    """Schema, the synthetic register (when empty) and an administrator."""
    from sqlalchemy import func, select

    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.accounts.models import User
    from rancang.features.accounts.service import create_user
    from rancang.features.registry.demo import demo_register, office_frame
    from rancang.features.registry.importer import import_files
    from rancang.features.registry.models import Enterprise

    engine = make_engine(url)
    ensure_schema(engine)
    with engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(Enterprise)).scalar_one()
        users = {r[0] for r in conn.execute(select(User.username))}
    if have < firms:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "register.csv"
            office_frame(demo_register(firms, seed=5)).write_csv(path, separator=";")
            t = time.perf_counter()
            rep = import_files(engine, [path], actor="bench", synthetic=True)
            print(f"import {firms:,} firms: {time.perf_counter() - t:.1f} s "
                  f"({rep.added:,} added)", flush=True)
    if "admin" not in users:
        create_user(engine, "admin", PASSWORD, role="admin")
    engine.dispose()


def pages(deep: int) -> list[tuple[str, str]]:
    """(label, URL) of the list pages measured."""
    return [
        ("first page", "/register"),
        (f"deep page {deep}", f"/register?page={deep}"),
        ("last page", "/register?page=2000"),
        ("search 'jasa'", "/register?q=jasa"),
        ("search, page 20", "/register?q=jasa&page=20"),
        ("search, no match", "/register?q=zzqx"),
        ("filter region (district)", "/register?region=72.06.01"),
        ("filter KBLI 10", "/register?kbli=10"),
        ("filter size BPS small", "/register?size=bps:small"),
        ("filter size BPS large", "/register?size=bps:large"),
        ("filter size Permenperin medium", "/register?size=permenperin:medium"),
        ("filter sentra yes", "/register?sentra=yes"),
        ("filter status draft", "/register?status=draft"),
        ("filters combined", "/register?kbli=10&size=bps:micro&status=draft&sentra=no"),
        ("sort name desc", "/register?sort=name&desc=true"),
        ("sort workers desc", "/register?sort=workers&desc=true"),
        (f"sort workers, page {deep}", f"/register?sort=workers&page={deep}"),
        ("sort KBLI", "/register?sort=kbli"),
        ("sort status, deep", f"/register?sort=status&page={deep}"),
        ("htmx rows, deep page", f"/register?page={deep // 2}"),
        ("API records, deep page", f"/api/v1/register/records?page={deep}"),
        ("duplicates page (cached)", "/register/duplicates"),
    ]


def measure(url: str, repeat: int, deep: int) -> list[tuple[str, float, float, float]]:
    """p50, p95 and max server time (ms) of each page."""
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    app = create_app(Settings(database_url=url))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"username": "admin", "password": PASSWORD,
                           "csrf_token": tok.group(1)})
    out = []
    for label, path in pages(deep):
        headers = {"HX-Request": "true"} if label.startswith("htmx") else {}
        times = []
        for i in range(repeat + 1):
            t0 = time.perf_counter()
            r = c.get(path, headers=headers)
            dt = time.perf_counter() - t0
            assert r.status_code == 200, (path, r.status_code, r.text[:300])
            if i:  # the first request warms the page cache of the database
                times.append(dt)
        ms = np.array(times) * 1000
        row = (label, float(np.percentile(ms, 50)), float(np.percentile(ms, 95)),
               float(ms.max()))
        print(f"{label:<34} p50 {row[1]:7.1f} ms  p95 {row[2]:7.1f} ms  max {row[3]:7.1f} ms",
              flush=True)
        out.append(row)
    app.state.engine.dispose()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--firms", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--deep", type=int, default=900)
    ap.add_argument("--db", type=Path, default=None, help="SQLite file (kept, reused)")
    ap.add_argument("--postgres", default=None, help="PostgreSQL URL instead of SQLite")
    a = ap.parse_args()
    if a.postgres:
        url = a.postgres
    else:
        db = a.db or Path(tempfile.mkdtemp()) / "register.sqlite"
        url = f"sqlite:///{db}"
    print(f"cores: {os.cpu_count()}, database: {url.split('@')[-1]}, firms: {a.firms:,}")
    prepare(url, a.firms)
    rows = measure(url, a.repeat, a.deep)
    worst = max(r[2] for r in rows)
    print(f"\nworst p95: {worst:.1f} ms (target < 150 ms)")
    print("\n| page | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|")
    for label, p50, p95, mx in rows:
        print(f"| {label} | {p50:.1f} | {p95:.1f} | {mx:.1f} |")


if __name__ == "__main__":
    main()
