"""Server time of the need edit page (issue 16): its first view in a process (the KBLI
coder's index is built then, once per process), later views, a save through the page
and the same save through the API's ``PUT`` (the same service underneath).

A SQLite database with N synthetic needs (default 2,000) of one buyer in 72.06; each
timed request is one need's (TestClient, in process, no network); p50/p95/max in ms.

Run:  PYTHONPATH=src /usr/bin/time -v .venv/bin/python benchmarks/bench_market_edit.py
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

PHRASES = ("keripik singkong balado", "katering nasi kotak karyawan",
           "jasa angkutan karyawan tambang", "kardus kemasan makanan",
           "suku cadang alat berat", "roti manis dan kue basah")
KBLI = ("10794", "56290", "49421", "17021", "28240", "10710")


def _stats(ms: list[float]) -> str:
    import numpy as np

    a = np.array(ms)
    return (f"p50 {np.percentile(a, 50):.1f} ms, p95 {np.percentile(a, 95):.1f} ms, "
            f"max {a.max():.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--needs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.features.matching import market as mk
    from rancang.web.app import create_app

    tmp = Path(tempfile.mkdtemp())
    app = create_app(Settings(database_url=f"sqlite:///{tmp / 'bench.sqlite'}",
                              data_dir=tmp))
    engine = app.state.engine
    create_user(engine, "buyer", "rahasia-bench-1", role="buyer")
    ids = []
    for k in range(args.needs):
        ids.append(mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            "72.06", f"PT Sintetis {k}", PHRASES[k % 6], KBLI[k % 6], 10.0 + k, "kg",
            "monthly", ["halal"], -2.8, 122.1, 100.0)))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"username": "buyer",
                           "password": "rahasia-bench-1", "csrf_token": tok.group(1)})
    csrf = c.get("/api/v1/me").json()["csrf_token"]
    # the buyer edits needs posted for it by the office: make them the buyer's
    from sqlalchemy import update

    from rancang.features.matching.models import MatchNeed

    with engine.begin() as conn:
        conn.execute(update(MatchNeed.__table__).values(created_by="buyer"))
    t0 = time.perf_counter()
    first = c.get(f"/match/market/needs/{ids[0]}/edit")
    cold = (time.perf_counter() - t0) * 1000
    assert first.status_code == 200, first.text[:300]
    views, saves, puts = [], [], []
    for k in range(args.runs):
        nid = ids[(k * 7919) % len(ids)]
        t0 = time.perf_counter()
        r = c.get(f"/match/market/needs/{nid}/edit")
        views.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200
        form = {"csrf_token": csrf, "region": "72.06", "buyer": f"PT Ubah {k}",
                "description": PHRASES[k % 6], "kbli": KBLI[k % 6],
                "quantity": str(20 + k), "unit": "kg", "frequency": "weekly",
                "standards": ["halal", "sni"], "lat": "-2.8", "lng": "122.1",
                "radius_km": "80", "deadline": ""}
        t0 = time.perf_counter()
        r = c.post(f"/match/market/needs/{nid}/edit", data=form, follow_redirects=False)
        saves.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 303, r.text[:300]
        body = {"region": "72.06", "buyer": f"PT Ubah API {k}",
                "description": PHRASES[k % 6], "kbli": KBLI[k % 6], "quantity": 30 + k,
                "unit": "kg", "frequency": "weekly", "standards": ["halal"], "lat": -2.8,
                "lng": 122.1, "radius_km": 80}
        t0 = time.perf_counter()
        r = c.put(f"/api/v1/match/needs/{nid}", json=body, headers={"X-CSRF-Token": csrf})
        puts.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, r.text[:300]
    print(f"{args.needs} stored needs, {args.runs} runs each")
    print(f"edit page, first view in the process (KBLI index built): {cold:.0f} ms")
    print(f"edit page, later views: {_stats(views)}")
    print(f"save through the page (303): {_stats(saves)}")
    print(f"save through the API PUT (200): {_stats(puts)}")


if __name__ == "__main__":
    main()
