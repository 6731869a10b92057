"""The plan itself: a living RPIK/RPIP (regency/city or provincial industrial development
plan, UU 3/2014 arts. 10-11), drafted from the data, edited, versioned and printed.

A plan has a region, a level, a 20-year period in four stages, a status (draft, in
consultation, agreed, adopted as a Perda), an outline copied from a template the region can
change, targets (sasaran) beside the RIPIN milestones, and sections: blocks generated from
the analyses the other features compute (their ``sections`` hooks) and text the team
writes. Frozen versions are immutable snapshots; two versions are compared section by
section. ``rancang plan``, the plan pages and ``/api/v1/plans`` share one service.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission, Role

FEATURE = Feature(
    name="plan",
    package=__name__,
    label="feature.plan",
    # inputoutput and siting: the draft form offers their stored IO tables and ranking
    requires=("accounts", "datasets", "targets", "jobs", "inputoutput", "siting"),
    words=("rancang.features.plan.words", "rancang.features.plan.cli_words"),
    models=("rancang.features.plan.models",),
    cli="rancang.features.plan.cli:register",
    sections="rancang.features.plan.contrib:sections_hook",
    routers=("rancang.features.plan.routes.pages:router",
             "rancang.features.plan.routes.api:router"),
    form_labels="rancang.features.plan.routes:FORM_LABELS",
    nav=(NavEntry("/plans", "plan.nav", "plan.public.read", order=50, id="nav-plans"),),
    roles=(Role("planner", "role.planner"),),
    demo="rancang.features.plan.demo:load_demo",
    permissions=(
        Permission("plan.read", ("analyst", "planner"), "perm.plan.read"),
        Permission("plan.public.read", ("analyst", "planner", "viewer"),
                   "perm.plan.public.read", scoped=False),
        Permission("plan.write", ("analyst", "planner"), "perm.plan.write"),
        Permission("plan.status", ("planner",), "perm.plan.status"),
    ),
)
