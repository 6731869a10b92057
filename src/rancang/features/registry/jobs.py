"""The register's long work as background jobs (:mod:`rancang.features.jobs`)."""

from __future__ import annotations

from typing import Any

from rancang.features.jobs.service import JobContext, job


@job("registry.duplicates")
def find_duplicates(ctx: JobContext, threshold: float = 7.0) -> dict[str, Any]:
    """Duplicate detection over the region of the actor who started the job (seconds to
    minutes on a large register); the clusters are stored for the review page."""
    from rancang.features.registry import duplicates as svc

    ctx.progress(0.05, "jobs.step.matching")
    found = svc.find(ctx.engine, ctx.actor, threshold=threshold)
    ctx.progress(1.0, "jobs.step.saving")
    return {k: found[k] for k in ("id", "scope", "n_records", "n_clusters", "seconds")
            if k in found}
