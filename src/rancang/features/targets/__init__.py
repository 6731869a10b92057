"""Targets and pathways of a region's manufacturing (``rancang targets``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.targets.service import (
        TABLE_NAMES,
        TargetOptions,
        TargetResult,
        run_targets,
    )

_EXPORTS = {
    'TABLE_NAMES': 'rancang.features.targets.service',
    'TargetOptions': 'rancang.features.targets.service',
    'TargetResult': 'rancang.features.targets.service',
    'run_targets': 'rancang.features.targets.service',
}
__all__ = [
    "FEATURE",
    "TABLE_NAMES",
    "TargetOptions",
    "TargetResult",
    "run_targets",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

FEATURE = Feature(
    name="targets",
    package=__name__,
    label="feature.targets",
    words=("rancang.features.targets.words", "rancang.features.targets.cli_words"),
    cli="rancang.features.targets.cli:register",
    sections="rancang.features.targets.plan_sections:sections",
    requires=("accounts", "datasets"),
    routers=(
        "rancang.features.targets.routes.pages:router",
        "rancang.features.targets.routes.api:router",
    ),
    nav=(NavEntry("/targets", "targets.page.nav", "targets.read", order=32),),
    permissions=(
        Permission("targets.read", ("analyst", "viewer"), "perm.targets.read", scoped=False),
    ),
)
