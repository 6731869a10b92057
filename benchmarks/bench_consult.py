"""The consultation (issue 14): 2,000 inputs from 10 events on one plan, about two thirds
answered; the whole ``rancang consult matrix`` command to XLSX and to DOCX (wall time and
peak memory from ``/usr/bin/time -v``), and the p95 of the team's inputs list page and of
the inputs API, in process.

    .venv/bin/python benchmarks/bench_consult.py [--inputs 2000] [--runs 3]

Targets: each matrix command under 10 s; list pages p95 under 150 ms. The load average is
printed beside each figure: the machine is shared, and wall times follow the load.

Profile (what the 2026-12-04 changes came from):

    PYTHONPATH=src .venv/bin/python -m cProfile -s cumulative -m rancang consult matrix ID \
        --out m.xlsx --database-url sqlite:///...
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_plan import RANCANG, REPO


def timed(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of one command
    (``/usr/bin/time -v``); the CPU time says more than the wall on a shared machine."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True,
                          env=env, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", proc.stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", proc.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    assert wall and user and system and rss, proc.stderr[-500:]
    parts = [float(p) for p in wall.group(1).split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    return (seconds, float(user.group(1)) + float(system.group(1)),
            int(rss.group(1)) / 1024)

WORDS = ("pelatihan", "sertifikasi", "halal", "desain", "kemasan", "rotan", "nikel", "jalan",
         "kawasan", "listrik", "air", "pemasok", "lokal", "hilirisasi", "ekspor", "bahan",
         "baku", "impor", "tenaga", "kerja", "sentra", "IKM", "modal", "kredit", "pelabuhan",
         "gudang", "pasar", "digital", "koperasi", "riset", "kampus", "limbah")
GROUPS = ("opd", "asosiasi", "ikm", "industri_besar", "akademisi", "dprd", "masyarakat")


def prepare(db: Path, n_inputs: int) -> tuple[str, int]:
    """A plan of 72.06 (v0.1, v0.2), 10 events with 200 inputs each, ~2/3 answered."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import ensure_schema, make_engine
    from rancang.features.accounts.service import create_user
    from rancang.features.consult.answers import Answer, answer
    from rancang.features.consult.capture import capture_batch
    from rancang.features.consult.events import create_event, section_keys
    from rancang.features.plan.service import create_plan
    from rancang.features.plan.versions import freeze, snapshot

    url = f"sqlite:///{db}"
    engine = make_engine(url)
    ensure_schema(engine)
    create_user(engine, "analis", "bench-rancang-1", role="analyst", region_code="72.06")
    plan = create_plan(engine, CLI_ACTOR, region="72.06", start_year=2025,
                       region_name="Morowali")
    freeze(engine, CLI_ACTOR, plan.id, "v0.1")
    freeze(engine, CLI_ACTOR, plan.id, "v0.2")
    keys = section_keys(snapshot(engine, CLI_ACTOR, plan.id, "v0.1"))
    rng = random.Random(14)
    ids: list[int] = []
    per = n_inputs // 10
    for k in range(10):
        e = create_event(engine, CLI_ACTOR, plan.id, version="v0.1", title=f"FGD {k + 1}",
                         held_on=date(2026, 5, 1 + k), place="Aula")
        batch = [{"nama": f"Peserta {k}-{j}", "instansi": f"Instansi {j % 40}",
                  "kelompok": rng.choice(GROUPS), "bagian": rng.choice(keys),
                  "masukan": " ".join(rng.choices(WORDS, k=rng.randint(8, 30))),
                  "boleh_dipublikasikan": rng.choice(("ya", "tidak"))}
                 for j in range(per)]
        ids += capture_batch(engine, CLI_ACTOR, e.id, batch)[0]
    rng.shuffle(ids)
    third = len(ids) // 3
    answer(engine, CLI_ACTOR, ids[:third], Answer("Diakomodasi dalam v0.2.", "diakomodasi",
                                                  "Sejalan", "v0.2", keys[5]), via="bench")
    answer(engine, CLI_ACTOR, ids[third:2 * third], Answer(
        "Tidak diakomodasi.", "tidak_diakomodasi", "Di luar kewenangan daerah"), via="bench")
    engine.dispose()
    return url, plan.id


def list_p95(url: str, plan_id: int, n: int = 40) -> None:
    """p50/p95 of the team's list page (first page, a filtered page) and the API."""
    import numpy as np
    from fastapi.testclient import TestClient

    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    app = create_app(Settings(database_url=url))
    c = TestClient(app)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)  # type: ignore[union-attr]
    c.post("/login", data={"username": "analis", "password": "bench-rancang-1",
                           "csrf_token": tok})
    for label, path in (("list page", f"/consult/plans/{plan_id}"),
                        ("list page, open inputs of one group",
                         f"/consult/plans/{plan_id}?status=open&group=ikm"),
                        ("inputs API (first 100, the default page)",
                         f"/api/v1/consult/plans/{plan_id}/inputs"),
                        ("inputs API (500 a page)",
                         f"/api/v1/consult/plans/{plan_id}/inputs?limit=500")):
        c.get(path)
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            r = c.get(path)
            times.append(time.perf_counter() - t0)
            assert r.status_code == 200, (path, r.status_code)
        ms = np.array(times) * 1000
        print(f"| {label} `{path.replace(f'/plans/{plan_id}', '/plans/ID')}` | n={n} "
              f"p50 {np.percentile(ms, 50):.0f} ms, p95 {np.percentile(ms, 95):.0f} ms "
              f"(load {os.getloadavg()[0]:.1f}) |")


def in_process(url: str, plan_id: int, tmp: Path) -> None:
    """The matrix built and written inside one process (no start-up), best of 3."""
    from rancang.core.actors import CLI_ACTOR
    from rancang.core.db import make_engine
    from rancang.features.consult.matrix import write_matrix

    engine = make_engine(url)
    for fmt in ("xlsx", "docx"):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            write_matrix(engine, CLI_ACTOR, plan_id, tmp / f"p.{fmt}")
            times.append(time.perf_counter() - t0)
        print(f"| in process: build and write matriks.{fmt} | {min(times):.2f} s | | | "
              f"(load {os.getloadavg()[0]:.1f})")
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "consult.sqlite"
        t0 = time.perf_counter()
        url, plan_id = prepare(db, a.inputs)
        print(f"prepared {a.inputs} inputs from 10 events in {time.perf_counter() - t0:.1f} s")
        print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores)")
        print("| command | wall (best, median) | CPU (best) | peak memory |\n|---|---|---|---|")
        commands = [(f"`consult matrix ID --out matriks.{fmt}` ({a.inputs} inputs)",
                     ["consult", "matrix", str(plan_id), "--out", f"{tmp}/m.{fmt}"])
                    for fmt in ("xlsx", "docx")]
        commands.append(("`plan list` (start-up and schema check only, for comparison)",
                         ["plan", "list"]))
        for label, args in commands:
            runs = [timed([*RANCANG, *args, "--database-url", url]) for _ in range(a.runs)]
            walls = sorted(r[0] for r in runs)
            print(f"| {label} | {walls[0]:.1f} s, {walls[len(walls) // 2]:.1f} s | "
                  f"{min(r[1] for r in runs):.1f} s | {max(r[2] for r in runs):.0f} MB |")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
        in_process(url, plan_id, Path(tmp))
        print("\n| page | time |\n|---|---|")
        list_p95(url, plan_id)


if __name__ == "__main__":
    main()
