"""The plan's long work as background jobs (:mod:`rancang.features.jobs`)."""

from __future__ import annotations

from typing import Any

from rancang.features.jobs.service import JobContext, job


@job("plan.draft")
def draft(ctx: JobContext, plan_id: int, dataset_id: int, region: str | None = None,
          target_share: float = 30.0, lang: str | None = None) -> dict[str, Any]:
    """Draft (or regenerate) a plan from a stored dataset: every analysis of the panel, as
    the plan page's "Draft" button asks (tens of seconds on a national panel)."""
    from rancang.features.plan import draft as drafting

    ctx.progress(0.05, "jobs.step.reading")
    _info, problems = drafting.draft_from_dataset(
        ctx.engine, ctx.actor, plan_id, dataset_id, region=region,
        options=drafting.DraftOptions(target_share=target_share), lang=lang)
    return {"plan_id": plan_id, "sections_with_problems": len(problems)}
