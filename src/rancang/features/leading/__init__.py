"""Leading industries (industri unggulan): LQ, shift-share, Klassen, specialisation and the
ranking, behind ``rancang analyze``, the region dashboard, the map and their API.

Every channel uses the same service (:func:`run_analysis`) and the same default reference
economy (:mod:`rancang.comparison`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.leading.service import (
        TABLE_NAMES,
        AnalysisOptions,
        AnalysisResult,
        run_analysis,
    )

__all__ = ["FEATURE", "TABLE_NAMES", "AnalysisOptions", "AnalysisResult", "run_analysis"]
__getattr__ = lazy_exports(__name__, {name: "rancang.features.leading.service"
                                      for name in __all__[1:]})

FEATURE = Feature(
    name="leading",
    package=__name__,
    label="feature.leading",
    requires=("accounts", "datasets"),
    words=("rancang.features.leading.words", "rancang.features.leading.cli_words"),
    cli="rancang.features.leading.cli:register",
    sections="rancang.features.leading.plan_sections:sections",
    routers=(
        "rancang.features.leading.routes.dashboard:router",
        "rancang.features.leading.routes.map:router",
        "rancang.features.leading.routes.api:router",
    ),
    nav=(NavEntry("/map", "ui.map", "leading.read", order=20),),
    permissions=(
        Permission("leading.read", ("analyst", "viewer"), "perm.leading.read", scoped=False),
    ),
    demo="rancang.features.leading.demo:run_demo",
)
