"""KBLI 2020 coding of free text: suggestions, with reasons, for registers and matching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.kbli.coder import KbliCoder, Suggestion, load_classes
    from rancang.features.kbli.service import suggest_text

_EXPORTS = {
    "KbliCoder": "rancang.features.kbli.coder",
    "Suggestion": "rancang.features.kbli.coder",
    "load_classes": "rancang.features.kbli.coder",
    "suggest_text": "rancang.features.kbli.service",
}
__all__ = ["FEATURE", "KbliCoder", "Suggestion", "load_classes", "suggest_text"]
__getattr__ = lazy_exports(__name__, _EXPORTS)

FEATURE = Feature(
    name="kbli",
    package=__name__,
    label="feature.kbli",
    requires=("accounts", "registry", "jobs"),
    words=("rancang.features.kbli.words", "rancang.features.kbli.cli_words"),
    cli="rancang.features.kbli.cli:register",
    routers=("rancang.features.kbli.routes:router",),
    kbli_suggest="rancang.features.kbli.register:import_suggestions",
    nav=(NavEntry("/kbli", "feature.kbli", "kbli.use", order=45, id="nav-kbli"),),
    permissions=(
        Permission("kbli.use", ("analyst", "viewer"), "kbli.perm.use", scoped=False),
    ),
)
