"""Uploads of the data page run as background jobs (an :class:`Importer` with
``background``): a register workbook of 100,000 rows is read, checked and saved by a
worker (or a thread without a broker) while the page shows the job's progress; the
outcome (saved, held for confirmation, or refused with every problem located) is shown on
the data page when the job ends. The importer's own all-or-nothing rule holds: it runs in
one transaction, in the job as in the request."""

from __future__ import annotations

import json
from typing import Any

from rancang.core.actors import Actor
from rancang.core.errors import NotFoundError
from rancang.core.features import Importer
from rancang.features.jobs.service import JobContext, job

#: the staged kind of an upload waiting for its job (never confirmable on the data page:
#: no importer has this kind)
JOB_STAGE = "job"
TARGET = "rancang.features.datasets.jobs:run_import"


def importer_of(kind: str) -> Importer:
    """The installed importer of ``kind`` (``NotFoundError`` when none)."""
    from rancang.core.features import installed

    found = next((i for i in installed().importers() if i.kind == kind), None)
    if found is None:
        raise NotFoundError("datasets.unknown_kind", kind=kind)
    return found


def start_import(engine: Any, actor: Actor, importer: Importer,
                 files: list[tuple[str, bytes]], *, name: str, confirmed: bool,
                 broker_url: str | None = None, choices: dict[str, str] | None = None
                 ) -> int:
    """Hold ``files`` for the job and start it; returns the job's id (its result page is
    the data page, ``/data?job={id}``). ``choices``: a confirmed preview's choices,
    passed to the importer."""
    from rancang.features.datasets.staging import stage
    from rancang.features.jobs.service import submit

    actor.require(importer.permission)
    token = stage(engine, actor, JOB_STAGE, name, files)
    return submit(engine, actor, TARGET,
                  {"kind": importer.kind, "token": token, "confirmed": confirmed,
                   **({"choices": choices} if choices else {})},
                  region=actor.region_code, result_url="/data?job={id}",
                  broker_url=broker_url)


@job("datasets.import")
def run_import(ctx: JobContext, kind: str, token: str, confirmed: bool = False,
               choices: dict[str, str] | None = None) -> dict[str, Any]:
    """Run the importer of ``kind`` on the upload held under ``token`` as the actor who
    started the job; returns its summary (JSON-safe). A refusal raises its
    :class:`~rancang.core.errors.InputError`, whose located problems the job keeps."""
    from rancang.core.features import load_ref
    from rancang.features.datasets.staging import take

    importer = importer_of(kind)
    ctx.actor.require(importer.permission)
    ctx.progress(0.02, "jobs.step.reading")
    staged, name, files = take(ctx.engine, ctx.actor, token)
    if staged != JOB_STAGE:
        raise NotFoundError("datasets.stage_gone")
    summary = load_ref(importer.run)(ctx.engine, ctx.actor, files, name=name,
                                     confirmed=confirmed, progress=ctx.progress,
                                     **({"choices": choices} if choices else {}))
    ctx.progress(1.0, "jobs.step.saving")
    safe: dict[str, Any] = json.loads(json.dumps(summary, default=str))
    return safe
