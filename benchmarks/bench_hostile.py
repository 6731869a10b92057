"""Refusing hostile files (issue 17): peak memory and wall time of the whole CLI command
for every case of the corpus (``scripts/make_hostile_corpus.py``, the big cases included),
each run as its own process under ``/usr/bin/time -v`` (maximum resident set size).
Target: every rejected file under 500 MB peak memory, and a refusal in seconds.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/bench_hostile.py [--jobs 2] [--top 12]``
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from cli_timing import time_cli  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import make_hostile_corpus as maker  # noqa: E402


def measure(corpus: Path, world: Path, register: Path, folder: str, name: str,
            command: list[str]) -> tuple[str, float, float, int]:
    """(case, wall s, peak MB, exit code) of one whole CLI process."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copyfile(world, t / "world.sqlite")
        shutil.copyfile(register, t / "db.sqlite")
        values = maker.values(corpus, corpus / folder / name, t, t / "world.sqlite")
        argv = [p.format(**values) for p in command]
        run = time_cli(argv, ROOT / "src")
    return f"{folder}/{name}", run.wall, run.peak_mb, run.code


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--only", help="Only the cases of this folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        maker.main(corpus, big=True)
        world = Path(tmp) / "world.sqlite"
        maker.make_world(world)
        register = Path(tmp) / "register.sqlite"
        from rancang.core.db import ensure_schema, make_engine

        engine = make_engine(f"sqlite:///{register}")
        ensure_schema(engine)
        engine.dispose()
        cases = json.loads((corpus / "cases.json").read_text(encoding="utf-8"))
        todo = [(f, n, c["command"]) for f, c in cases.items() for n in c["files"]
                if args.only in (None, f)]
        with ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(lambda t: measure(corpus, world, register, *t), todo))
    results.sort(key=lambda r: -r[2])
    print(f"{len(results)} cases, {args.jobs} at a time")
    print("| case | exit | wall | peak memory |")
    print("|---|---|---|---|")
    for case, wall, peak, code in results[:args.top]:
        print(f"| {case} | {code} | {wall:.2f} s | {peak:.0f} MB |")
    codes = sorted({r[3] for r in results})
    walls = sorted(r[1] for r in results)
    print(f"exit codes: {codes}; wall median {walls[len(walls) // 2]:.2f} s, "
          f"max {walls[-1]:.2f} s ({max(results, key=lambda r: r[1])[0]}); "
          f"peak max {results[0][2]:.0f} MB ({results[0][0]})")
    off = [r for r in results if r[3] != 2]
    if off:
        print("not exit 2:", ", ".join(f"{c} ({code})" for c, _, _, code in off))


if __name__ == "__main__":
    main()
