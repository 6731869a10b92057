"""One ``python -m rancang`` process under ``/usr/bin/time -v``: the whole-command figures
(wall clock, CPU of every thread, peak resident memory) that the benchmarks record."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
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


def time_process(cmd: list[str], env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> CliRun:
    """Run any command ``cmd`` under ``/usr/bin/time -v`` (``env`` replaces the process
    environment when given) and read its figures from the report."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "time.txt"
        done = subprocess.run(["/usr/bin/time", "-v", "-o", str(report), *cmd],
                              capture_output=True, text=True, env=env, cwd=cwd, check=False)
        text = report.read_text()
    wall = _WALL.search(text)
    rss = _RSS.search(text)
    assert wall and rss, text[-2000:] + done.stderr[-2000:]
    h, m, s = wall.groups()
    return CliRun(int(h or 0) * 3600 + int(m) * 60 + float(s),
                  sum(float(c) for c in _CPU.findall(text)),
                  int(rss.group(1)) / 1024, done.returncode, done.stdout, done.stderr)


def time_cli(args: list[str], src: Path) -> CliRun:
    """Run ``rancang ARGS`` with ``src`` on ``PYTHONPATH`` under ``/usr/bin/time -v``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return time_process([sys.executable, "-m", "rancang", *args], env)
