"""A labelled decision matrix: alternatives x criteria with directions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg
from rancang.decision._common import as_cost_mask


@dataclass(frozen=True)
class DecisionMatrix:
    """Alternatives in rows, criteria in columns, each criterion a benefit or a cost.

    The generic input of every ranking method; built by feature packages (siting, leading
    industries) from their own data.

    Examples
    --------
    >>> dm = DecisionMatrix.build(["A", "B"], ["jobs", "cost"], [[10, 5], [8, 2]],
    ...                           ["benefit", "cost"])
    >>> dm.shape, dm.cost_mask.tolist()
    ((2, 2), [False, True])
    """

    alternatives: tuple[str, ...]
    criteria: tuple[str, ...]
    values: NDArray[np.float64]
    directions: tuple[str, ...]

    @classmethod
    def build(
        cls, alternatives: Sequence[str], criteria: Sequence[str], values: ArrayLike,
        directions: Sequence[str] | None = None,
    ) -> DecisionMatrix:
        """Check shapes, labels and directions and return a DecisionMatrix."""
        x = np.asarray(values, dtype=np.float64)
        alts, crit = tuple(str(a) for a in alternatives), tuple(str(c) for c in criteria)
        if x.ndim != 2 or x.shape != (len(alts), len(crit)):
            raise ValueError(Msg("decision.values_shape", n=len(alts), m=len(crit),
                                 shape=x.shape))
        if len(set(alts)) != len(alts):
            raise ValueError(Msg("decision.alternatives_unique"))
        if len(set(crit)) != len(crit):
            raise ValueError(Msg("decision.criteria_unique"))
        dirs = tuple(directions) if directions is not None else ("benefit",) * len(crit)
        mask = as_cost_mask(dirs, len(crit))
        dirs = tuple("cost" if c else "benefit" for c in mask)
        return cls(alts, crit, x, dirs)

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.alternatives), len(self.criteria))

    @property
    def cost_mask(self) -> NDArray[np.bool_]:
        return np.array([d == "cost" for d in self.directions])

    def select_criteria(self, names: Sequence[str]) -> DecisionMatrix:
        """A matrix with only the named criteria, in that order."""
        idx = [self.criteria.index(n) for n in names]
        return DecisionMatrix(self.alternatives, tuple(names), self.values[:, idx],
                              tuple(self.directions[i] for i in idx))
