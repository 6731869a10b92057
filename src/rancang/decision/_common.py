"""Shared argument checks for the decision methods (private)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

from rancang.core.i18n import Msg

Direction = str  # "benefit" or "cost"


def as_matrix(values: ArrayLike) -> NDArray[np.float64]:
    """Return ``values`` as a finite float64 matrix of shape (n alternatives, m criteria)."""
    x = np.asarray(values, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError(Msg("decision.matrix_2d", ndim=x.ndim))
    if x.shape[0] < 1 or x.shape[1] < 1:
        raise ValueError(Msg("decision.matrix_empty"))
    if not np.all(np.isfinite(x)):
        raise ValueError(Msg("decision.matrix_finite"))
    return x


def as_weights(weights: ArrayLike, m: int) -> tuple[NDArray[np.float64], bool]:
    """Normalise weights to sum 1; accepts shape (m,) or a batch (S, m).

    Returns the weights as a 2-D array (S, m) and whether the input was a batch.
    """
    w = np.asarray(weights, dtype=np.float64)
    batch = w.ndim == 2
    w2 = np.atleast_2d(w)
    if w2.ndim != 2 or w2.shape[1] != m:
        raise ValueError(Msg("decision.weights_shape", m=m, shape=w.shape))
    if not np.all(np.isfinite(w2)) or np.any(w2 < 0):
        raise ValueError(Msg("decision.weights_negative"))
    total = w2.sum(axis=1, keepdims=True)
    if np.any(total <= 0):
        raise ValueError(Msg("decision.weights_zero"))
    return w2 / total, batch


def as_cost_mask(directions: Sequence[str] | ArrayLike | None, m: int) -> NDArray[np.bool_]:
    """Boolean mask of cost criteria from ``benefit``/``cost`` labels (or +1/-1 numbers)."""
    if directions is None:
        return np.zeros(m, dtype=bool)
    items = list(np.asarray(directions, dtype=object).ravel())
    if len(items) != m:
        raise ValueError(Msg("decision.directions_count", m=m, n=len(items)))
    mask = np.zeros(m, dtype=bool)
    for j, d in enumerate(items):
        if isinstance(d, str):
            key = d.strip().lower()
            if key in ("cost", "min", "-"):
                mask[j] = True
            elif key not in ("benefit", "max", "+"):
                raise ValueError(Msg("decision.direction_word", value=d))
        else:
            if float(d) not in (1.0, -1.0):
                raise ValueError(Msg("decision.direction_number", value=d))
            mask[j] = float(d) == -1.0
    return mask


def unbatch(scores: NDArray[np.float64], batch: bool) -> NDArray[np.float64]:
    """Drop the leading sample axis when the caller passed a single weight vector."""
    return scores if batch else scores[0]


def ranks_from_scores(
    scores: NDArray[np.float64], *, higher_is_better: bool = True
) -> NDArray[np.int64]:
    """Ordinal ranks (1 = best) along the last axis; ties keep the input order.

    Examples
    --------
    >>> ranks_from_scores(np.array([0.2, 0.9, 0.5])).tolist()
    [3, 1, 2]
    """
    s = np.asarray(scores, dtype=np.float64)
    key = -s if higher_is_better else s
    order = np.argsort(key, axis=-1, kind="stable")
    ranks = np.empty_like(order)
    idx = np.arange(1, s.shape[-1] + 1)
    np.put_along_axis(ranks, order, np.broadcast_to(idx, order.shape), axis=-1)
    return ranks.astype(np.int64)
