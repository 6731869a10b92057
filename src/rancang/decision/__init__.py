"""Multi-criteria decision methods: AHP, TOPSIS, VIKOR, PROMETHEE, robustness. Pure numpy."""

from rancang.decision.ahp import (
    RANDOM_INDEX,
    AHPResult,
    Judgment,
    ahp_priorities,
    random_index,
    worst_judgments,
)
from rancang.decision.group_ahp import (
    GroupAHPResult,
    aggregate_judgments,
    aggregate_priorities,
    group_ahp,
    opinion_spread,
)
from rancang.decision.matrix import DecisionMatrix
from rancang.decision.promethee import PrometheeResult, promethee_ii, unicriterion_flows
from rancang.decision.rank import METHODS, Ranking, rank_alternatives, swap_weights
from rancang.decision.robustness import (
    Robustness,
    WeightSwap,
    dirichlet_weights,
    group_weights,
    rank_robustness,
    weight_swap,
)
from rancang.decision.simple import wpm, wsm
from rancang.decision.topsis import topsis
from rancang.decision.vikor import VikorResult, vikor, vikor_q
from rancang.decision.weights import critic_weights, entropy_weights

__all__ = [
    "METHODS", "RANDOM_INDEX", "AHPResult", "DecisionMatrix", "GroupAHPResult", "Judgment",
    "PrometheeResult", "Ranking", "Robustness", "VikorResult", "WeightSwap",
    "aggregate_judgments", "aggregate_priorities", "ahp_priorities", "critic_weights",
    "dirichlet_weights", "entropy_weights", "group_ahp", "group_weights", "opinion_spread",
    "promethee_ii", "random_index", "rank_alternatives", "rank_robustness", "swap_weights",
    "topsis", "unicriterion_flows", "vikor", "vikor_q", "weight_swap", "worst_judgments",
    "wpm", "wsm",
]
