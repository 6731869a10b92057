"""Rancang: a workbench for regional industrial development plans (RPIK/RPIP) in Indonesia.

The public names are loaded when first used, so ``rancang --help`` does not pay for NumPy
and Polars.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rancang.core.errors import InputError, Problem, RancangError
    from rancang.panel import Panel

__all__ = ["InputError", "Panel", "Problem", "RancangError", "__version__"]
__version__ = "0.1.0"

_LAZY = {
    "InputError": "rancang.core.errors",
    "Problem": "rancang.core.errors",
    "RancangError": "rancang.core.errors",
    "Panel": "rancang.panel",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rancang' has no attribute {name!r}")
    return getattr(import_module(module), name)
