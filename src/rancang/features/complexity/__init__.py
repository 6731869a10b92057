"""Economic complexity of a panel as tidy tables: ``complexity``, ``eci``, ``pci``,
``opportunities`` (the files ``rancang complexity`` writes), from Python as from the CLI.

>>> from rancang.features.complexity import run_complexity
>>> from rancang.sources.synthetic import demo_province
>>> result = run_complexity(demo_province())
>>> sorted(result.tables)
['complexity', 'eci', 'opportunities', 'pci']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.analysis.complexity import (
        FEW_INDUSTRIES,
        ComplexityResult,
        density,
        economic_complexity,
        proximity,
        revealed_comparative_advantage,
    )
    from rancang.analysis.opportunities import (
        DEFAULT_OPPORTUNITY_WEIGHTS,
        OpportunityResult,
        opportunities,
        opportunity_drivers,
    )
    from rancang.features.complexity.service import (
        TABLE_NAMES,
        ComplexityOptions,
        ComplexityTables,
        run_complexity,
    )

_EXPORTS = {
    'FEW_INDUSTRIES': 'rancang.analysis.complexity',
    'ComplexityResult': 'rancang.analysis.complexity',
    'density': 'rancang.analysis.complexity',
    'economic_complexity': 'rancang.analysis.complexity',
    'proximity': 'rancang.analysis.complexity',
    'revealed_comparative_advantage': 'rancang.analysis.complexity',
    'DEFAULT_OPPORTUNITY_WEIGHTS': 'rancang.analysis.opportunities',
    'OpportunityResult': 'rancang.analysis.opportunities',
    'opportunities': 'rancang.analysis.opportunities',
    'opportunity_drivers': 'rancang.analysis.opportunities',
    'TABLE_NAMES': 'rancang.features.complexity.service',
    'ComplexityOptions': 'rancang.features.complexity.service',
    'ComplexityTables': 'rancang.features.complexity.service',
    'run_complexity': 'rancang.features.complexity.service',
}
__all__ = [
    "DEFAULT_OPPORTUNITY_WEIGHTS",
    "FEATURE",
    "FEW_INDUSTRIES",
    "TABLE_NAMES",
    "ComplexityOptions",
    "ComplexityResult",
    "ComplexityTables",
    "OpportunityResult",
    "density",
    "economic_complexity",
    "opportunities",
    "opportunity_drivers",
    "proximity",
    "revealed_comparative_advantage",
    "run_complexity",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

FEATURE = Feature(
    name="complexity",
    package=__name__,
    label="feature.complexity",
    words=("rancang.features.complexity.words", "rancang.features.complexity.cli_words"),
    cli="rancang.features.complexity.cli:register",
    sections="rancang.features.complexity.plan_sections:sections",
    requires=("accounts", "datasets"),
    routers=(
        "rancang.features.complexity.routes.pages:router",
        "rancang.features.complexity.routes.api:router",
    ),
    nav=(NavEntry("/complexity", "complexity.page.title", "complexity.read", order=30),),
    permissions=(
        Permission("complexity.read", ("analyst", "viewer"), "perm.complexity.read",
                   scoped=False),
    ),
)
