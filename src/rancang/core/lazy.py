"""Names of a package imported on first use (PEP 562), shared by every package that keeps
an expensive import off its start-up path.

A feature's ``__init__`` holds its manifest and must stay cheap to import (the CLI reads
every manifest to list its verbs); :mod:`rancang.analysis` keeps SciPy off the start-up path
of the verbs that never compute complexity. Both re-export such names with
``__getattr__ = lazy_exports(__name__, {"name": "module"}, globals())``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any


def lazy_exports(package: str, names: Mapping[str, str],
                 namespace: MutableMapping[str, Any] | None = None) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that imports a public name on first use.

    ``names`` maps each name to the module that defines it. With ``namespace`` (the
    package's ``globals()``), the value is kept there, so the import runs once and later
    look-ups are plain attribute reads.

    >>> space: dict[str, Any] = {}
    >>> get = lazy_exports("x", {"ENTRY_POINT_GROUP": "rancang.core.features"}, space)
    >>> get("ENTRY_POINT_GROUP"), space
    ('rancang.features', {'ENTRY_POINT_GROUP': 'rancang.features'})
    >>> get("missing")
    Traceback (most recent call last):
    AttributeError: module 'x' has no attribute 'missing'
    """

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        if namespace is not None:
            namespace[name] = value
        return value

    return __getattr__
