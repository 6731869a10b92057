"""Decisions with stakeholders: AHP forms and group AHP, robust rankings (TOPSIS,
PROMETHEE, VIKOR, WSM) and leading industries ranked with the group's weights
(``rancang decide``); AHP surveys answered through personal links and the ranking page in
the browser. The methods themselves are in :mod:`rancang.decision`.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

FEATURE = Feature(
    name="decide",
    package=__name__,
    label="feature.decide",
    words=("rancang.features.decide.words", "rancang.features.decide.cli_words"),
    requires=("leading", "registry"),
    cli="rancang.features.decide.cli:register",
    models=("rancang.features.decide.models",),
    routers=("rancang.features.decide.routes.surveys:router",
             "rancang.features.decide.routes.public:router",
             "rancang.features.decide.routes.rank:router",
             "rancang.features.decide.routes.api:router"),
    nav=(NavEntry("/decide/surveys", "decide.nav", "decide.survey.read", order=55,
                  id="nav-surveys"),
         NavEntry("/decide/rank", "decide.rank.nav", "decide.rank", order=56,
                  id="nav-rank")),
    demo="rancang.features.decide.demo:load_demo",
    permissions=(
        Permission("decide.survey.read", ("analyst",), "decide.perm.survey.read"),
        Permission("decide.survey.write", ("analyst",), "decide.perm.survey.write"),
        Permission("decide.rank", ("analyst", "viewer"), "decide.perm.rank", scoped=False),
    ),
)
