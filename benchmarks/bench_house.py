"""Figures of the house (issue "One house for every feature"), as a user meets them.

    .venv/bin/python benchmarks/bench_house.py [--runs 7]

1. ``rancang --help`` and ``rancang version``: the whole command (interpreter start-up, the
   discovery of every feature and its verbs), wall time and peak memory of the process
   from ``/usr/bin/time -f "%e %M"``; median and range of ``--runs`` runs.
2. A dashboard request: SQL statements and reads of the dataset row, cold (first request
   of a process) and warm, and its wall time through the in-process ASGI client, on the
   demo database.
3. The example feature package: files of ``src/rancang`` that name it (the edits adding
   it needed), and the wall time of ``rancang notes list`` with it installed.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable


def timed(args: list[str], runs: int, env: dict[str, str] | None = None
          ) -> tuple[list[float], list[int]]:
    walls, rss = [], []
    for _ in range(runs):
        done = subprocess.run(["/usr/bin/time", "-f", "%e %M", *args], capture_output=True,
                              text=True, env=env)
        wall, kb = done.stderr.strip().splitlines()[-1].split()
        walls.append(float(wall))
        rss.append(int(kb))
    return walls, rss


def show(label: str, walls: list[float], rss: list[int]) -> None:
    print(f"| {label} | {statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f})"
          f" | {statistics.median(rss) / 1024:.0f} MB |")


def dashboard() -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import event

    from rancang.cli.demo import load_demo_database
    from rancang.core.db import ensure_schema, make_engine
    from rancang.core.settings import Settings
    from rancang.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        engine = make_engine(url)
        ensure_schema(engine)
        load_demo_database(engine, firms=200)
        engine.dispose()
        app = create_app(Settings(database_url=url, data_dir=Path(tmp)))
        http = TestClient(app)
        token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
        assert token is not None
        http.post("/login", data={"username": "tamu", "password": "demo-rancang",
                                  "csrf_token": token.group(1)})
        seen: list[str] = []
        event.listen(app.state.engine, "before_cursor_execute",
                     lambda c, cur, s, *a: seen.append(" ".join(s.split())))
        print("| request | SQL statements | reads of the dataset row | wall |")
        print("|---|---|---|---|")
        for label in ("cold", "warm", "warm"):
            seen.clear()
            t = time.perf_counter()
            r = http.get("/region/1/9903")
            wall = time.perf_counter() - t
            assert r.status_code == 200
            rows = sum(1 for s in seen if re.search(r"\bFROM dataset WHERE\b", s))
            print(f"| dashboard `/region/1/9903`, {label} | {len(seen)} | {rows} | "
                  f"{wall * 1000:.0f} ms |")
        app.state.engine.dispose()


def example_feature(runs: int) -> None:
    hits = subprocess.run(["git", "grep", "-l", "rancang_notes", "--", "src/rancang"],
                          cwd=REPO, capture_output=True, text=True).stdout.split()
    print(f"files of src/rancang naming the example feature: {len(hits)}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([PY, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                        "--target", f"{tmp}/site", str(REPO / "examples" /
                                                     "rancang-example-feature")], check=True)
        env = {**os.environ, "PYTHONPATH": f"{tmp}/site",
               "RANCANG_DATABASE_URL": f"sqlite:///{tmp}/n.sqlite"}
        subprocess.run([PY, "-m", "rancang", "notes", "add", "--region", "72.06", "x"],
                       env=env, check=True, capture_output=True)
        print("| command | wall (median, range) | peak memory |")
        print("|---|---|---|")
        show("`rancang --help` with the example installed",
             *timed([PY, "-m", "rancang", "--help"], runs, env))
        show("`rancang notes list`", *timed([PY, "-m", "rancang", "notes", "list"], runs, env))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rancang = str(Path(PY).parent / "rancang")
    print("| command | wall (median, range) | peak memory |")
    print("|---|---|---|")
    show("`rancang --help`", *timed([rancang, "--help"], args.runs))
    show("`rancang version`", *timed([rancang, "version"], args.runs))
    show("`rancang registry --help`", *timed([rancang, "registry", "--help"], args.runs))
    print()
    dashboard()
    print()
    example_feature(args.runs)


if __name__ == "__main__":
    main()
