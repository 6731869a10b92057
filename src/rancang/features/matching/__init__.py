"""Business matching: stored needs and offers, their matches, meeting requests and the
Temu Usaha event with its 1:1 meeting schedule."""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission, Role

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="matching",
    package=__name__,
    label="feature.matching",
    words=("rancang.features.matching.words", "rancang.features.matching.cli_words",
           "rancang.features.matching.market_words", "rancang.features.matching.event_words"),
    requires=("accounts", "kbli", "registry", "jobs"),
    models=("rancang.features.matching.models",),
    cli="rancang.features.matching.cli:register",
    routers=("rancang.features.matching.routes:router",
             "rancang.features.matching.routes:api",
             "rancang.features.matching.market_routes:router",
             "rancang.features.matching.market_edit:router",
             "rancang.features.matching.market_api:router",
             "rancang.features.matching.event_routes:router",
             "rancang.features.matching.event_api:router"),
    template_globals="rancang.features.matching.event_routes:TEMPLATE_GLOBALS",
    nav=(NavEntry("/match/schedule", "feature.matching", "matching.schedule", order=46,
                  id="nav-matching"),
         NavEntry("/match/market", "market.nav", "matching.post", order=47,
                  id="nav-market")),
    roles=(Role("buyer", "role.buyer", scoped=False),
           Role("supplier", "role.supplier", scoped=False)),
    sections="rancang.features.matching.plan_sections:sections",
    demand="rancang.features.matching.market:unmet_of_region",
    permissions=(
        Permission("matching.schedule", ("analyst",), "match.perm.schedule", scoped=False),
        # post needs (buyers, the office for its region) and offers (suppliers, the office)
        Permission("matching.post", ("analyst", "buyer", "supplier"), "market.perm.post"),
        # read and manage every need, offer, request and event of the region (the office)
        Permission("matching.manage", ("analyst",), "market.perm.manage"),
    ),
)
