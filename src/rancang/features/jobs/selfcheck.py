"""A job that only counts: checks a deployment's broker and workers end to end
(``submit(engine, actor, "rancang.features.jobs.selfcheck:count", {"n": 3})``), and the
tests use it for progress, failures and scope."""

from __future__ import annotations

import time
from typing import Any

from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg
from rancang.features.jobs.service import JobContext, job


@job("jobs.example")
def count(ctx: JobContext, n: int = 3, pause: float = 0.0, fail: str = "",
          file: str = "") -> dict[str, Any]:
    """Count to ``n`` (pausing ``pause`` seconds a step), reporting progress; ``fail``
    ``"input"`` ends with a located input error, ``"crash"`` with an unexpected one;
    ``file`` keeps the sum as the job's result file of that name.

    The sum returned is n(n+1)/2 (Gauss), checked by the tests against that formula.
    """
    total = 0
    for i in range(1, n + 1):
        total += i
        ctx.progress(i / n, "jobs.step.counting", done=i, total=n)
        if pause:
            time.sleep(pause)
    if fail == "input":
        raise InputError(Problem(Msg("jobs.not_found", id=n), row=n, column="n"))
    if fail == "crash":
        raise RuntimeError("secret-owner-name 0812-555 in a crash")
    if file:
        ctx.save_file(file, "text/plain", str(total).encode())
        return {"n": n, "sum": total, "actor": ctx.actor.username, "file": file}
    return {"n": n, "sum": total, "actor": ctx.actor.username}
