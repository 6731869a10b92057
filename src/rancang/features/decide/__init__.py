"""Decisions with stakeholders: AHP forms and group AHP, robust rankings (TOPSIS,
PROMETHEE, VIKOR, WSM) and leading industries ranked with the group's weights
(``rancang decide``). The methods themselves are in :mod:`rancang.decision`.
"""

from __future__ import annotations

from rancang.core.features import Feature

FEATURE = Feature(
    name="decide",
    package=__name__,
    label="feature.decide",
    words=("rancang.features.decide.words", "rancang.features.decide.cli_words"),
    requires=("leading", "registry"),
    cli="rancang.features.decide.cli:register",
)
