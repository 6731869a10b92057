"""Server time of the AHP survey, participant form, ranking and sentra siting pages
(issue 12; target p95 under 150 ms).

Data: every feature's demo data (the demo register with 3,000 synthetic firms, the demo
survey), the real 514-regency BPS PDRB panel when ``../shared`` has it, a large survey
(9 criteria, 60 participants who all answered: 36 judgments each) and the shared
Kemendagri district centroids (7,285 points; Morowali's 14 districts are the candidates).
Each page is requested ``--n`` times in process (FastAPI's TestClient, no network) after
one warm-up request; p50/p95/max of the wall time around each request.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/bench_decide_web.py [--n 200] [--only ranking]
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "data" / "raw"
BPS = RAW / "bps-pdrb-kabkota-adhk-2013-2020"
CENTROIDS = RAW / "cahyadsn-wilayah-boundaries" / "centroids_prov_kab_kec.csv"


def prepare(db: Path) -> tuple[str, int, int, str, int | None]:
    """The database; returns its URL, the demo and large survey ids, a personal link and
    the BPS dataset id (None without the real data)."""
    from rancang.cli.demo import load_demo_database
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.core.db.base import utcnow
    from rancang.features.decide.demo import demo_survey
    from rancang.features.decide.survey import (
        Criterion,
        create_survey,
        get_survey,
        pairs,
        submit,
    )

    url = f"sqlite:///{db}"
    engine = make_engine(url)
    ensure_schema(engine)
    load_demo_database(engine, firms=3000)
    demo = demo_survey(engine)
    big = create_survey(engine, CLI_ACTOR, region="72.06", title="Survei besar",
                        criteria=[Criterion(f"k{j}", f"Kriteria {j}", "penjelasan")
                                  for j in range(9)],
                        participants=[(f"Peserta {k}", "Instansi") for k in range(60)],
                        deadline=utcnow() + timedelta(days=30))
    rng = np.random.default_rng(0)
    scale = [1 / 3, 1 / 2, 1.0, 2.0, 3.0, 4.0]
    people = get_survey(engine, CLI_ACTOR, big).participants
    for p in people:
        submit(engine, p.token, [float(rng.choice(scale)) for _ in pairs(9)])
    link = get_survey(engine, CLI_ACTOR, demo).participants[-1].token
    dataset = None
    if BPS.is_dir():
        from rancang.features.datasets import save_panel
        from rancang.sources import read_panel

        dataset = save_panel(engine, read_panel([BPS]), name="BPS", actor="bench")
    engine.dispose()
    return url, demo, big, link, dataset


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--only", default="", help="only the pages whose label has this word")
    a = ap.parse_args()
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    tmp = Path(tempfile.mkdtemp())
    url, demo, big, link, dataset = prepare(tmp / "bench.sqlite")
    app = create_app(Settings(database_url=url, data_dir=tmp,
                              centroids_file=CENTROIDS if CENTROIDS.is_file() else None))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text)
    assert tok is not None
    c.post("/login", data={"username": "admin", "password": "demo-rancang",
                           "csrf_token": tok.group(1)})
    pages = [("survey page (demo: 5 criteria, 3 of 5 answered)", f"/decide/surveys/{demo}"),
             ("survey page (9 criteria, 60 answered)", f"/decide/surveys/{big}"),
             ("survey API (9 criteria, 60 answered)", f"/api/v1/decide/surveys/{big}"),
             ("participant form (personal link)", f"/survey/{link}"),
             ("siting page (Morowali, 14 districts)", "/siting?regency=72.06"),
             ("ranking page (default dataset, survey weights)", f"/decide/rank?survey={demo}")]
    if dataset is not None:
        pages.append(("ranking page (BPS 514 regencies, Morowali 7203, PROMETHEE)",
                      f"/decide/rank?dataset={dataset}&region=7203&survey={demo}"
                      "&method=promethee&a=C&b=B"))
    for label, path in pages:
        if a.only not in label:
            continue
        r = c.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:500])
        times, cpu = [], []
        for _ in range(a.n):
            t0, c0 = time.perf_counter(), time.process_time()
            r = c.get(path)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            assert r.status_code == 200
        ms, cms = np.array(times) * 1000, np.array(cpu) * 1000
        print(f"{label}: n={len(ms)} p50={np.percentile(ms, 50):.1f} ms "
              f"p95={np.percentile(ms, 95):.1f} ms max={ms.max():.1f} ms; CPU "
              f"p50={np.percentile(cms, 50):.1f} ms p95={np.percentile(cms, 95):.1f} ms "
              f"(load average {os.getloadavg()[0]:.1f})")
    app.state.engine.dispose()


if __name__ == "__main__":
    main()
