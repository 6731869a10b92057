"""The services under ``rancang decide``: the same functions serve the CLI, a web page or an
API route. Each reads its input files, computes, and returns a result object holding the
tables the verb writes.

- :func:`write_ahp_forms`: blank pairwise-comparison forms for an FGD;
- :func:`group_ahp_from_forms`: group AHP from the filled forms (:class:`AhpGroupResult`);
- :func:`rank_from_files`: a robust ranking of a decision matrix (:class:`RankResult`);
- :func:`leading_rank_from_files`: one region's leading industries ranked with the group's
  weights (:class:`LeadingRankResult`).
"""

from __future__ import annotations

from rancang.features.decide.ahp import (
    AhpGroupResult,
    AhpOptions,
    Inconsistency,
    ahp_option_problem,
    group_ahp_from_forms,
    write_ahp_forms,
)
from rancang.features.decide.leading_rank import (
    LeadingRankInputs,
    LeadingRankOptions,
    LeadingRankResult,
    leading_rank_from_files,
)
from rancang.features.decide.ranking import (
    RankOptions,
    RankResult,
    SwapOutcome,
    method_problem,
    option_problem,
    rank_from_files,
    weights_by,
)

__all__ = [
    "AhpGroupResult",
    "AhpOptions",
    "Inconsistency",
    "LeadingRankInputs",
    "LeadingRankOptions",
    "LeadingRankResult",
    "RankOptions",
    "RankResult",
    "SwapOutcome",
    "ahp_option_problem",
    "group_ahp_from_forms",
    "leading_rank_from_files",
    "method_problem",
    "option_problem",
    "rank_from_files",
    "weights_by",
    "write_ahp_forms",
]
