"""The plan's long work as background jobs (:mod:`rancang.features.jobs`)."""

from __future__ import annotations

from typing import Any

from rancang.features.jobs.service import JobContext, job


@job("plan.draft")
def draft(ctx: JobContext, plan_id: int, dataset_id: int, region: str | None = None,
          target_share: float = 30.0, lang: str | None = None,
          reference: str | None = None, inputs: dict[str, str] | None = None,
          io_table: str | None = None, sites_from_siting: bool = False,
          data_dir: str | None = None, centroids: str | None = None) -> dict[str, Any]:
    """Draft (or regenerate) a plan from a stored dataset: every analysis of the panel, as
    the plan page's "Draft" button asks (tens of seconds on a national panel), with the
    form's extras (:mod:`rancang.features.plan.web_inputs`; ``data_dir`` and
    ``centroids`` are the server's settings, set by the page)."""
    from rancang.features.plan import draft as drafting
    from rancang.features.plan.service import get_plan
    from rancang.features.plan.web_inputs import load_extras

    ctx.progress(0.05, "jobs.step.reading")
    plan = get_plan(ctx.engine, ctx.actor, plan_id)
    extras = load_extras(ctx.engine, ctx.actor, {
        "inputs": inputs, "io_table": io_table, "sites_from_siting": sites_from_siting,
        "data_dir": data_dir, "centroids": centroids}, plan.region_code)
    _info, problems = drafting.draft_from_dataset(
        ctx.engine, ctx.actor, plan_id, dataset_id, region=region,
        options=drafting.DraftOptions(target_share=target_share, reference=reference),
        lang=lang, extras=extras)
    return {"plan_id": plan_id, "sections_with_problems": len(problems)}
