"""Temu Usaha schedules as background jobs (:mod:`rancang.features.jobs`): an uploaded
event workbook (the page ``/match/schedule``, ``POST /api/v1/match/schedule``) or a stored
event's accepted meetings (the event's page). The job keeps the schedule's ZIP as its
file (``/jobs/{id}/download``, ``/api/v1/jobs/{id}/download``): byte for byte the ZIP
``rancang match schedule --out schedule.zip`` writes for the same workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.core.i18n import Msg
from rancang.features.jobs.service import JobContext, job

TARGET = "rancang.features.matching.jobs:schedule"
ZIP_NAME = "schedule.zip"


def start_schedule(engine: Any, actor: Actor, *, upload: tuple[str, bytes] | None = None,
                   event_id: int | None = None, time_limit: float = 20.0,
                   result_url: str, broker_url: str | None = None) -> int:
    """Check what can be checked at once (the permission, the upload's format, the stored
    event's visibility) and start the scheduling job; its id."""
    from rancang.core.i18n import current_language
    from rancang.features.jobs.service import submit
    from rancang.features.matching.service import check_workbook_name

    if upload is not None:
        actor.require("matching.schedule")
        check_workbook_name(upload[0])
        files = [(Path(upload[0]).name, upload[1])]
        region = None
    else:
        from rancang.features.matching.market import get_event

        assert event_id is not None
        region = get_event(engine, actor, event_id)["region_code"]
        files = []
    return submit(engine, actor, TARGET, {"time_limit": float(time_limit),
                                          "event_id": event_id, "lang": current_language()},
                  region=region, result_url=result_url, broker_url=broker_url, files=files)


@job("matching.schedule")
def schedule(ctx: JobContext, time_limit: float = 20.0, event_id: int | None = None,
             lang: str | None = None) -> dict[str, Any]:
    """Schedule the job's uploaded workbook (or the stored event ``event_id``) and keep the
    ZIP of the schedule's files, written in ``lang`` (the language of the request that
    started the job: sheet names, headings, reasons); returns the counts."""
    from rancang.core.i18n import language

    with language(lang):
        return _schedule(ctx, time_limit, event_id)


def _schedule(ctx: JobContext, time_limit: float, event_id: int | None) -> dict[str, Any]:
    from rancang.features.matching.market import schedule_event
    from rancang.features.matching.service import schedule_workbook

    if event_id is None:
        ctx.actor.require("matching.schedule")
        files = ctx.input_files()
        if not files:
            raise NotFoundError(Msg("jobs.no_file", id=ctx.job_id))
        result, total, data = schedule_workbook(*files[0], time_limit=time_limit,
                                                progress=ctx.progress)
    else:
        result, total, data = schedule_event(ctx.engine, ctx.actor, event_id,
                                             time_limit=time_limit, progress=ctx.progress)
    ctx.save_file(ZIP_NAME, "application/zip", data)
    return {"file": ZIP_NAME, "meetings": len(result.meetings), "requests": total,
            "breaks": result.breaks, "method": result.method, "optimal": result.optimal,
            "lower_bound": result.lower_bound, "meetings_optimal": result.meetings_optimal,
            "meetings_bound": result.meetings_bound,
            "breaks_sat_skipped": result.breaks_sat_skipped,
            "breaks_sat_limit": result.breaks_sat_limit}
