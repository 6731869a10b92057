"""One ``python -m rancang`` process under ``/usr/bin/time -v``: the whole-command figures
(wall clock, CPU of every thread, peak resident memory) that the benchmarks record."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

_WALL = re.compile(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)")
_RSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")
_CPU = re.compile(r"(?:User|System) time \(seconds\): ([\d.]+)")


@dataclass(frozen=True)
class CliRun:
    """What one timed process gave: seconds of wall clock, seconds of CPU (user + sys),
    peak resident MB, exit code and its output."""

    wall: float
    cpu: float
    peak_mb: float
    code: int
    stdout: str
    stderr: str


def time_cli(args: list[str], src: Path) -> CliRun:
    """Run ``rancang ARGS`` with ``src`` on ``PYTHONPATH`` under ``/usr/bin/time -v``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "rancang", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = _WALL.search(done.stderr)
    rss = _RSS.search(done.stderr)
    assert wall and rss, done.stderr[-2000:]
    h, m, s = wall.groups()
    return CliRun(int(h or 0) * 3600 + int(m) * 60 + float(s),
                  sum(float(c) for c in _CPU.findall(done.stderr)),
                  int(rss.group(1)) / 1024, done.returncode, done.stdout, done.stderr)
