"""Every doctest of ``src/rancang`` runs as part of the suite (the examples in docstrings
are part of the documentation, so they must work).

Modules are imported by their canonical names, so a module is never loaded twice (which
would declare its database tables twice). Alembic migration scripts are not modules to
import.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import rancang

SKIP_PARTS = ("migrations", "legacy")


def _modules() -> list[str]:
    names = ["rancang"]
    for info in pkgutil.walk_packages(rancang.__path__, prefix="rancang."):
        if info.name == "rancang.__main__" or any(
            part in SKIP_PARTS for part in info.name.split(".")
        ):
            continue
        names.append(info.name)
    return sorted(names)


MODULES = _modules()


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


def test_doctests_are_collected() -> None:
    """The walk finds the method modules, and they carry examples."""
    assert {"rancang.analysis.location_quotient", "rancang.decision.ahp"} <= set(MODULES)
    # the feature packages too (a namespace package would hide them from the walk)
    assert {"rancang.features.accounts.service", "rancang.features.leading.service",
            "rancang.cli.help", "rancang.core.db.backup"} <= set(MODULES)
    attempted = sum(doctest.testmod(importlib.import_module(m)).attempted
                    for m in ("rancang.analysis.location_quotient", "rancang.decision.ahp"))
    assert attempted > 0
