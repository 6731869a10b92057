"""Small array helpers shared by the methods (private)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from rancang.core.i18n import Msg

#: A float64 array, the type of the methods' inputs and results.
FloatArray = npt.NDArray[np.float64]


def safe_divide(num: npt.ArrayLike, den: npt.ArrayLike) -> FloatArray:
    """Element-wise ``num / den`` with nan where ``den`` is zero, and no warning."""
    n, d = np.broadcast_arrays(np.asarray(num, dtype=np.float64),
                               np.asarray(den, dtype=np.float64))
    out = np.full(n.shape, np.nan)
    np.divide(n, d, out=out, where=d != 0)
    return out


def as_reference(x: npt.ArrayLike, ref: npt.ArrayLike) -> FloatArray:
    """Broadcast a reference of shape (I, ...) or (R, I, ...) against ``x`` (R, I, ...)."""
    xs = np.asarray(x, dtype=np.float64)
    out = np.asarray(ref, dtype=np.float64)
    if out.ndim == xs.ndim - 1:
        out = out[None, ...]
    if out.ndim != xs.ndim or out.shape[1:] != xs.shape[1:]:
        raise ValueError(Msg("analysis.reference_shape", reference=out.shape, data=xs.shape))
    return out


def growth_rate(first: npt.ArrayLike, last: npt.ArrayLike) -> FloatArray:
    """Total growth rate ``last / first - 1`` (nan where ``first`` is zero)."""
    return safe_divide(np.asarray(last) - np.asarray(first), first)
