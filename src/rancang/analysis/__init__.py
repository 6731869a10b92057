"""Pure analytical methods: numpy arrays in, arrays out. No I/O, no printing.

The complexity methods (:mod:`~rancang.analysis.complexity`,
:mod:`~rancang.analysis.opportunities`) need SciPy; their names are imported on first use
(PEP 562), so that the message catalogue (which reads :mod:`rancang.analysis.words`) and
every verb that does not compute complexity start without SciPy, and ``rancang
complexity`` can import it beside the reading of its input.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from rancang.analysis.growth import cagr, contribution_to_growth, shares
from rancang.analysis.input_output import (
    allocation_coefficients,
    closed_leontief_inverse,
    ghosh_inverse,
    hypothetical_extraction,
    import_dependence,
    key_sectors,
    leontief_inverse,
    linkages,
    output_multipliers,
    simple_multipliers,
    technical_coefficients,
    type_i_multipliers,
    type_ii_multipliers,
)
from rancang.analysis.klassen import KLASSEN_LABELS, KLASSEN_LABELS_EN, klassen
from rancang.analysis.location_quotient import (
    QUADRANT_CONVENTIONS,
    QUADRANT_LABELS,
    QUADRANT_LABELS_EN,
    dynamic_location_quotient,
    location_quotient,
    lq_quadrant,
)
from rancang.analysis.ranking import (
    CRITERIA_DESCRIPTIONS,
    DEFAULT_WEIGHTS,
    LeadingResult,
    default_criteria,
    leading_industries,
    leading_industry_scores,
    normalize_criteria,
    rank_intervals,
)
from rancang.analysis.regional_io import flq_lambda, location_quotients, regional_coefficients
from rancang.analysis.shift_share import dynamic_shift_share, shift_share
from rancang.analysis.specialization import gini_coefficient, specialization
from rancang.analysis.targets import (
    exposure,
    recession_path,
    required_growth,
    share_path,
    trend_path,
)
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

#: Names imported on first use, and the module of each.
_LAZY = {
    **dict.fromkeys(("FEW_INDUSTRIES", "ComplexityResult", "density", "economic_complexity",
                     "proximity", "revealed_comparative_advantage"), "complexity"),
    **dict.fromkeys(("DEFAULT_OPPORTUNITY_WEIGHTS", "OpportunityResult", "opportunities",
                     "opportunity_drivers"), "opportunities"),
}

__all__ = [
    "CRITERIA_DESCRIPTIONS",
    "DEFAULT_OPPORTUNITY_WEIGHTS",
    "DEFAULT_WEIGHTS",
    "FEW_INDUSTRIES",
    "KLASSEN_LABELS",
    "KLASSEN_LABELS_EN",
    "QUADRANT_CONVENTIONS",
    "QUADRANT_LABELS",
    "QUADRANT_LABELS_EN",
    "ComplexityResult",
    "LeadingResult",
    "OpportunityResult",
    "allocation_coefficients",
    "cagr",
    "closed_leontief_inverse",
    "contribution_to_growth",
    "default_criteria",
    "density",
    "dynamic_location_quotient",
    "dynamic_shift_share",
    "economic_complexity",
    "exposure",
    "flq_lambda",
    "ghosh_inverse",
    "gini_coefficient",
    "hypothetical_extraction",
    "import_dependence",
    "key_sectors",
    "klassen",
    "leading_industries",
    "leading_industry_scores",
    "leontief_inverse",
    "linkages",
    "location_quotient",
    "location_quotients",
    "lq_quadrant",
    "normalize_criteria",
    "opportunities",
    "opportunity_drivers",
    "output_multipliers",
    "proximity",
    "rank_intervals",
    "recession_path",
    "regional_coefficients",
    "required_growth",
    "revealed_comparative_advantage",
    "share_path",
    "shares",
    "shift_share",
    "simple_multipliers",
    "specialization",
    "technical_coefficients",
    "trend_path",
    "type_i_multipliers",
    "type_ii_multipliers",
]


__getattr__ = lazy_exports(
    __name__, {name: f"{__name__}.{module}" for name, module in _LAZY.items()}, globals())


class _Package(types.ModuleType):
    """This package, whose submodule :mod:`~rancang.analysis.opportunities` shares its name
    with the function :func:`opportunities`: importing the submodule binds the module as
    an attribute of the package, which would hide the function (the eager imports used to
    bind the function after it); the function is kept (looked up by ``__getattr__``)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
