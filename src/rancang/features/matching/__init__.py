"""Business matching: the Temu Usaha event and its 1:1 meeting schedule."""

from __future__ import annotations

from rancang.core.features import Feature

__all__ = ["FEATURE"]

FEATURE = Feature(
    name="matching",
    package=__name__,
    label="feature.matching",
    words=("rancang.features.matching.words",),
    cli="rancang.features.matching.cli:register",
)
