"""Small array helpers shared by the methods (private)."""

from __future__ import annotations

import numpy as np

from rancang.core.i18n import Msg


def safe_divide(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """Element-wise ``num / den`` with nan where ``den`` is zero, and no warning."""
    num, den = np.broadcast_arrays(np.asarray(num, dtype=np.float64),
                                   np.asarray(den, dtype=np.float64))
    out = np.full(num.shape, np.nan)
    np.divide(num, den, out=out, where=den != 0)
    return out


def as_reference(x: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Broadcast a reference of shape (I, ...) or (R, I, ...) against ``x`` (R, I, ...)."""
    x = np.asarray(x, dtype=np.float64)
    ref = np.asarray(ref, dtype=np.float64)
    if ref.ndim == x.ndim - 1:
        ref = ref[None, ...]
    if ref.ndim != x.ndim or ref.shape[1:] != x.shape[1:]:
        raise ValueError(Msg("analysis.reference_shape", reference=ref.shape, data=x.shape))
    return ref


def growth_rate(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Total growth rate ``last / first - 1`` (nan where ``first`` is zero)."""
    return safe_divide(np.asarray(last) - np.asarray(first), first)
