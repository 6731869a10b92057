"""Input-output analysis of BPS tables (``rancang io``): service and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.inputoutput.service import TABLE_NAMES, IOOptions, IOResult, run_io

_EXPORTS = {
    'TABLE_NAMES': 'rancang.features.inputoutput.service',
    'IOOptions': 'rancang.features.inputoutput.service',
    'IOResult': 'rancang.features.inputoutput.service',
    'run_io': 'rancang.features.inputoutput.service',
}
__all__ = [
    "FEATURE",
    "TABLE_NAMES",
    "IOOptions",
    "IOResult",
    "run_io",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

FEATURE = Feature(
    name="inputoutput",
    package=__name__,
    label="feature.inputoutput",
    words=("rancang.features.inputoutput.words", "rancang.features.inputoutput.cli_words"),
    cli="rancang.features.inputoutput.cli:register",
    sections="rancang.features.inputoutput.plan_sections:sections",
    requires=("accounts", "datasets"),
    routers=(
        "rancang.features.inputoutput.routes.pages:router",
        "rancang.features.inputoutput.routes.api:router",
    ),
    nav=(NavEntry("/io", "inputoutput.page.nav", "inputoutput.read", order=34),),
    permissions=(
        Permission("inputoutput.read", ("analyst", "viewer"), "perm.inputoutput.read",
                   scoped=False),
        Permission("inputoutput.import", ("analyst",), "perm.inputoutput.import",
                   scoped=False),
    ),
)
