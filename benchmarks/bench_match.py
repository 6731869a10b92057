"""Needs x suppliers matching at scale: 100,000 suppliers x 1,000 needs (synthetic).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_match.py [--suppliers 100000]
        [--needs 1000]

Synthetic parties (generated here, said so in their names): each has a random KBLI class of
section C, G, H or I and a text made of its class's title words with one dropped, a random
place within about 300 km of Bahodopi, a capacity or quantity and halal/SNI flags. Measures
the whole command ``rancang match needs`` under ``/usr/bin/time -v`` (wall, peak RSS) and,
in process, one need's matching time over all suppliers (p50 and p95 of 200 needs).

``--api``: the same suppliers stored as offers in a fresh SQLite database, 200 needs posted,
then ``GET /api/v1/match/needs/{id}/matches?top=10`` timed through the web application
(FastAPI's test client, an administrator signed in): the first call builds the in-memory
supplier index, the next ones (p50, p95 of 200 needs) use it.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from cli_timing import time_cli  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))

from rancang.features.kbli.coder import load_classes  # noqa: E402


def parties(n: int, kind: str, seed: int) -> list[list[object]]:
    """Synthetic needs or suppliers."""
    rng = random.Random(seed)
    classes = [c for c in load_classes() if c.section in "CGHI"]
    rows: list[list[object]] = []
    for k in range(n):
        c = rng.choice(classes)
        words = c.title.lower().replace(",", "").split()
        if len(words) > 2:
            words.pop(rng.randrange(len(words)))
        lat, lng = -2.82 + rng.uniform(-2.5, 2.5), 122.15 + rng.uniform(-2.5, 2.5)
        certs = ";".join(x for x in ("halal", "sni") if rng.random() < 0.4)
        if kind == "needs":
            rows.append([f"N{k}", "pembeli sintetis", " ".join(words), c.code,
                         rng.randint(10, 5000), certs, f"{lat:.4f}", f"{lng:.4f}", 150,
                         "72.06"])
        else:
            rows.append([f"S{k}", f"pemasok sintetis {k}", " ".join(words), c.code,
                         rng.randint(10, 5000), certs, f"{lat:.4f}", f"{lng:.4f}", "72.06"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--suppliers", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=1_000)
    parser.add_argument("--api", action="store_true")
    args = parser.parse_args()
    if args.api:
        api(args.suppliers)
        return
    with tempfile.TemporaryDirectory() as tmp:
        needs, sups = Path(tmp) / "needs.csv", Path(tmp) / "suppliers.csv"
        with needs.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "buyer", "description", "kbli", "quantity", "standards", "lat",
                        "lng", "radius_km", "region"])
            w.writerows(parties(args.needs, "needs", 1))
        with sups.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "name", "product", "kbli", "capacity", "certificates", "lat",
                        "lng", "region"])
            w.writerows(parties(args.suppliers, "suppliers", 2))
        run = time_cli(["match", "needs", str(needs), "--suppliers", str(sups), "--top", "5",
                        "--out", str(Path(tmp) / "out"), "--lang", "en"], ROOT / "src")
        print(run.stdout.strip() or run.stderr[-1500:])
        print(f"whole command: wall {run.wall:.2f} s, CPU {run.cpu:.1f} s, peak RSS "
              f"{run.peak_mb:.0f} MB, load average {os.getloadavg()[0]:.1f}")
        from rancang.features.matching.match import Matcher
        from rancang.features.matching.offers import read_parties

        m = Matcher(read_parties(needs, "needs"), read_parties(sups, "suppliers"))
        times = []
        for i in range(min(200, args.needs)):
            t = time.perf_counter()
            m.top(i, 5)
            times.append(time.perf_counter() - t)
        print(f"one need over {args.suppliers} suppliers: p50 "
              f"{1000 * np.percentile(times, 50):.1f} ms, p95 "
              f"{1000 * np.percentile(times, 95):.1f} ms")


def api(n_suppliers: int) -> None:
    """One need's matches through the API on ``n_suppliers`` stored offers."""
    from fastapi.testclient import TestClient
    from sqlalchemy import insert

    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db.base import utcnow
    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.features.matching import market as mk
    from rancang.features.matching.models import MatchOffer
    from rancang.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(database_url=f"sqlite:///{tmp}/b.sqlite",
                                  data_dir=Path(tmp)))
        engine = app.state.engine
        now = utcnow()
        rows = [{"region_code": "72.06", "name": r[1], "products": r[2], "kbli": r[3],
                 "capacity": float(r[4]), "unit": None,
                 "certificates": [c for c in str(r[5]).split(";") if c],
                 "latitude": float(r[6]), "longitude": float(r[7]), "created_by": "bench",
                 "created_at": now, "updated_at": now}
                for r in parties(n_suppliers, "suppliers", 2)]
        with engine.begin() as conn:
            conn.execute(insert(MatchOffer.__table__), rows)
        ids = [mk.create_need(engine, CLI_ACTOR, mk.NeedData(
            "72.06", str(r[1]), str(r[2]), str(r[3]), float(r[4]), None, "monthly",
            [c for c in str(r[5]).split(";") if c], float(r[6]), float(r[7]), 150.0))
            for r in parties(200, "needs", 1)]
        create_user(engine, "bench", "rahasia-bench-1", role="admin")
        client = TestClient(app)
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        client.post("/login", data={"username": "bench", "password": "rahasia-bench-1",
                                    "csrf_token": token.group(1) if token else ""})
        t = time.perf_counter()
        first = client.get(f"/api/v1/match/needs/{ids[0]}/matches?top=10")
        build = time.perf_counter() - t
        assert first.status_code == 200, first.text[:300]
        times = []
        for nid in ids:
            t = time.perf_counter()
            r = client.get(f"/api/v1/match/needs/{nid}/matches?top=10")
            times.append(time.perf_counter() - t)
            assert r.status_code == 200
        print(f"API, {n_suppliers} stored offers: first call (index build) {build:.1f} s; "
              f"one need's matches p50 {1000 * np.percentile(times, 50):.1f} ms, p95 "
              f"{1000 * np.percentile(times, 95):.1f} ms; load average "
              f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
