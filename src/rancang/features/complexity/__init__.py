"""Economic complexity of a panel as tidy tables: ``complexity``, ``eci``, ``pci``,
``opportunities`` (the files ``rancang complexity`` writes), from Python as from the CLI.

>>> from rancang.features.complexity import run_complexity
>>> from rancang.sources.synthetic import demo_province
>>> result = run_complexity(demo_province())
>>> sorted(result.tables)
['complexity', 'eci', 'opportunities', 'pci']
"""

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

__all__ = [
    "DEFAULT_OPPORTUNITY_WEIGHTS",
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
