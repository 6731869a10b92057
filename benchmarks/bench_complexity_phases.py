"""Where ``rancang complexity`` spends its time, phase by phase, in one process (issue 11 §2).

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_complexity_phases.py LONG.csv OUT_DIR

(``LONG.csv``: e.g. the long CSV that ``bench_scale.py`` writes, ``synthetic_panel(5000,
1000, 1, seed=3)``.) The command runs as a user runs it (``rancang complexity LONG.csv
--lang en --quiet --out OUT_DIR``), with a mark before and after each phase: reading (the
computation's modules, SciPy, are imported on a second thread meanwhile), the measures,
the opportunities (normalisation, ranks, rank intervals), the tables, and the writing
(the CSV files on the main thread, the workbook and the Parquet files on two threads
beside it). For each
phase it prints the wall clock, the process's CPU (every thread, ``time.process_time``),
the main thread's CPU (``time.thread_time``) and the resident memory (now and peak).

A phase takes at least the larger of its main thread's CPU and half the process's CPU on
two cores, so the sum of those is a lower bound of the whole command's wall clock on a
2-core machine with nothing else running: a figure that the load of other work on a
shared machine changes far less than the wall clock.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

T0 = (time.perf_counter(), time.process_time())
MARKS: list[tuple[str, float, float, float, str]] = []


def _memory() -> str:
    with open("/proc/self/status") as f:
        got = dict(line.split(":", 1) for line in f if line.startswith(("VmRSS", "VmHWM")))
    return f"RSS {got['VmRSS'].strip()}, peak {got['VmHWM'].strip()}"


def mark(name: str) -> None:
    MARKS.append((name, time.perf_counter(), time.process_time(), time.thread_time(),
                  _memory()))


def wrap(module: ModuleType, name: str, label: str) -> None:
    """Mark the start and the end of every call of ``module.name``."""
    inner: Callable[..., Any] = getattr(module, name)

    def marked(*args: Any, **kwargs: Any) -> Any:
        mark(f"(before {label})")
        out = inner(*args, **kwargs)
        mark(label)
        return out

    setattr(module, name, marked)


def _wrap_computation() -> None:
    """Marks in the computation's modules (imported beside the reading: wrapped after it)."""
    import rancang.analysis.opportunities  # noqa: F401  (the module, not the function)
    import rancang.features.complexity.export as export
    import rancang.features.complexity.service as service

    opp = sys.modules["rancang.analysis.opportunities"]
    wrap(service, "economic_complexity", "measures")
    wrap(opp, "_normalized", "normalisation")
    wrap(opp, "_ranks", "ranks")
    wrap(opp, "_intervals", "rank intervals")
    wrap(service, "opportunities", "opportunities, the rest")
    wrap(service, "_tables", "tables")
    # one phase: the CSV files on the main thread, the workbook and the Parquet files on
    # two threads beside it (a mark inside a thread would take that thread's CPU time)
    wrap(export, "export_result", "writing (CSV; workbook, Parquet beside)")


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    import rancang.features.complexity.inputs as inputs
    import rancang.sources as sources

    mark("imports")
    wrap(sources, "read_panel_checked", "reading")
    reading: Callable[..., Any] = inputs.read_beside_imports

    def read_then_wrap(*args: Any, **kwargs: Any) -> Any:
        out = reading(*args, **kwargs)
        mark("computation's imports (beside the reading)")
        _wrap_computation()
        return out

    inputs.read_beside_imports = read_then_wrap  # type: ignore[assignment]
    from rancang.cli import main as cli

    with contextlib.suppress(SystemExit):  # the CLI's exit after writing
        cli(["complexity", sys.argv[1], "--lang", "en", "--quiet", "--out", sys.argv[2]])
    mark("end")
    wall0, cpu0, thread0 = T0[0], T0[1], 0.0
    bound = 0.0
    print(f"{'phase':34s} {'wall':>7s} {'CPU':>7s} {'main':>7s} {'bound':>7s}  memory")
    for name, wall, cpu, thread, memory in MARKS:
        d_cpu, d_thread = cpu - cpu0, thread - thread0
        least = max(d_thread, d_cpu / 2)
        bound += least
        print(f"{name:34s} {wall - wall0:7.2f} {d_cpu:7.2f} {d_thread:7.2f} {least:7.2f}  "
              f"{memory}")
        wall0, cpu0, thread0 = wall, cpu, thread
    print(f"whole: wall {time.perf_counter() - T0[0]:.2f} s, CPU "
          f"{time.process_time() - T0[1]:.2f} s; lower bound on 2 free cores {bound:.2f} s")


if __name__ == "__main__":
    main()
