"""Business matching: the Temu Usaha event and its 1:1 meeting schedule."""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="matching",
    package=__name__,
    label="feature.matching",
    words=("rancang.features.matching.words", "rancang.features.matching.cli_words"),
    requires=("accounts", "kbli"),
    cli="rancang.features.matching.cli:register",
    routers=("rancang.features.matching.routes:router",),
    nav=(NavEntry("/match/schedule", "feature.matching", "matching.schedule", order=46,
                  id="nav-matching"),),
    permissions=(
        Permission("matching.schedule", ("analyst",), "match.perm.schedule", scoped=False),
    ),
)
