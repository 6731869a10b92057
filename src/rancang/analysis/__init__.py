"""Pure analytical methods: numpy arrays in, arrays out. No I/O, no printing."""

from rancang.analysis.complexity import (
    FEW_INDUSTRIES,
    ComplexityResult,
    density,
    economic_complexity,
    proximity,
    revealed_comparative_advantage,
)
from rancang.analysis.growth import cagr, contribution_to_growth, shares
from rancang.analysis.klassen import KLASSEN_LABELS, KLASSEN_LABELS_EN, klassen
from rancang.analysis.location_quotient import (
    QUADRANT_CONVENTIONS,
    QUADRANT_LABELS,
    QUADRANT_LABELS_EN,
    dynamic_location_quotient,
    location_quotient,
    lq_quadrant,
)
from rancang.analysis.opportunities import (
    DEFAULT_OPPORTUNITY_WEIGHTS,
    OpportunityResult,
    opportunities,
    opportunity_drivers,
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
from rancang.analysis.shift_share import dynamic_shift_share, shift_share
from rancang.analysis.specialization import gini_coefficient, specialization

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
    "cagr",
    "contribution_to_growth",
    "default_criteria",
    "density",
    "dynamic_location_quotient",
    "dynamic_shift_share",
    "economic_complexity",
    "gini_coefficient",
    "klassen",
    "leading_industries",
    "leading_industry_scores",
    "location_quotient",
    "lq_quadrant",
    "normalize_criteria",
    "opportunities",
    "opportunity_drivers",
    "proximity",
    "rank_intervals",
    "revealed_comparative_advantage",
    "shares",
    "shift_share",
    "specialization",
]
