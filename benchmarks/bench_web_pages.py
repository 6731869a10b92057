"""Server time of the diversification, targets and input-output pages (issue 12) on the
real 514-regency BPS PDRB (2013-2020) and the real BPS IO table of Sulawesi Selatan 2016.

For each page, R regencies (default: every regency of Sulawesi Selatan, 24) are requested
once (first view: the complexity of the whole dataset is computed once per worker and
threshold/year, then kept) and again (second view); p50/p95/max of the in-process time
around each request (TestClient, no network), plus the one cold request that pays for the
dataset-wide computation.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_web_pages.py
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "data" / "raw"
BPS = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
IO_SULSEL = next((RAW / "bps-io-2016-provinsi-17sektor").glob("*Sulawesi Selatan*.xlsx"))


def main() -> None:
    import numpy as np
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.features.accounts.service import create_user
    from rancang.features.datasets import save_panel
    from rancang.sources import read_panel
    from rancang.web.app import create_app

    tmp = Path(tempfile.mkdtemp())
    app = create_app(Settings(database_url=f"sqlite:///{tmp / 'bench.sqlite'}", data_dir=tmp))
    engine = app.state.engine
    create_user(engine, "admin", "rahasia-bench-1", role="admin")
    panel = read_panel([BPS])
    ds = save_panel(engine, panel, name="BPS", actor="bench")
    regions = [c for c in panel.region_codes if c.startswith("73")]
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    c.post("/login", data={"username": "admin", "password": "rahasia-bench-1",
                           "csrf_token": tok})
    me = c.get("/api/v1/me").json()
    up = c.post("/io/upload", data={"csrf_token": me["csrf_token"]},
                files={"files": (IO_SULSEL.name, IO_SULSEL.read_bytes())})
    assert up.status_code == 200, up.text[:500]
    table = up.url.path.rsplit("/", 1)[-1]
    pages = {
        "complexity": lambda code: f"/complexity/{ds}?region={code}",
        "targets": lambda code: f"/targets/{ds}?region={code}",
        "io (FLQ, regency)": lambda code: f"/io/{table}?dataset={ds}&region={code}",
        "dashboard (for comparison)": lambda code: f"/region/{ds}/{code}",
    }
    print(f"{len(panel.region_codes)} regencies x {len(panel.industry_codes)} industries, "
          f"{panel.years[0]}-{panel.years[-1]}; pages of {len(regions)} regencies of 73")
    for name, url in pages.items():
        t0 = time.perf_counter()
        r = c.get(url(regions[0]))
        cold = (time.perf_counter() - t0) * 1000
        assert r.status_code == 200, (name, r.status_code, r.text[:300])
        for label in ("first view", "second view"):
            times, cpu = [], []
            for code in regions:
                t0, c0 = time.perf_counter(), time.process_time()
                r = c.get(url(code))
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
                assert r.status_code == 200, (name, code, r.status_code)
            ms, cms = np.array(times) * 1000, np.array(cpu) * 1000
            # CPU time too: on a shared machine the wall clock waits for other processes
            print(f"{name:28s} {label:12s} n={len(ms)} p50={np.percentile(ms, 50):6.1f} ms "
                  f"p95={np.percentile(ms, 95):6.1f} ms max={ms.max():6.1f} ms "
                  f"cpu p95={np.percentile(cms, 95):6.1f} ms"
                  + (f"  (cold first request {cold:.0f} ms)" if label == "first view" else ""))
    engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
