"""Speed of ``rancang kbli code`` on 10,000 phrases, the whole command (wall, peak RSS).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/bench_kbli_speed.py [--n 10000]

Writes N phrases to a temporary CSV: each is a labelled phrase of ``tests/data/kbli`` with
a seeded typo (one letter dropped or doubled in one word) in half of them and a random
place or firm word appended, so that few phrases repeat. Then runs the command under
``/usr/bin/time -v`` and prints wall time, CPU time (user + system: the wall time on an
unloaded core) and peak memory, with the machine's load average.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = ("bahodopi", "bungku", "semarang", "kendal", "demak", "morowali", "palu", "poso",
          "mandiri", "jaya", "sejahtera", "makmur", "barokah", "abadi", "sentosa", "lestari")


def phrases(n: int, seed: int = 0) -> list[str]:
    """N varied phrases from the labelled set."""
    rng = random.Random(seed)
    with (ROOT / "tests/data/kbli/phrases.csv").open(encoding="utf-8") as fh:
        base = [r["phrase"] for r in csv.DictReader(fh)]
    out = []
    for _ in range(n):
        words = rng.choice(base).split()
        if rng.random() < 0.5:
            k = rng.randrange(len(words))
            w = words[k]
            if len(w) > 4:
                i = rng.randrange(1, len(w) - 1)
                words[k] = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i] + w[i] + w[i:]
        words.append(rng.choice(PLACES))
        out.append(" ".join(words))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "phrases.csv"
        with src.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "uraian"])
            w.writerows([i, p] for i, p in enumerate(phrases(args.n)))
        cmd = ["/usr/bin/time", "-v", sys.executable, "-c",
               "import sys; from rancang.cli import main; main(sys.argv[1:])",
               "kbli", "code", str(src), "--column", "uraian", "--top", "3",
               "--out", str(Path(tmp) / "out.csv")]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False,
                             env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
        wall = re.search(r"Elapsed \(wall clock\) time.*: (.+)", res.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", res.stderr)
        user = re.search(r"User time \(seconds\): ([\d.]+)", res.stderr)
        system = re.search(r"System time \(seconds\): ([\d.]+)", res.stderr)
        cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
        print(res.stdout.strip())
        print(f"phrases: {args.n}  wall: {wall.group(1) if wall else '?'}  "
              f"CPU (user+sys): {cpu if cpu is not None else '?'} s  "
              f"peak RSS: {int(rss.group(1)) // 1024 if rss else '?'} MB  "
              f"exit: {res.returncode}  load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
