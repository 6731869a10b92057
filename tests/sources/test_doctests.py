"""Run the doctests of the readers and the PDRB/region reference as part of the suite."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "rancang.sources", "rancang.sources._cells", "rancang.sources.bps_pdrb",
    "rancang.sources.combine", "rancang.sources.dalam_angka", "rancang.sources.long",
    "rancang.reference.pdrb", "rancang.reference.regions",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0


@pytest.mark.parametrize("name", ["rancang.sources", "rancang.reference.pdrb",
                                  "rancang.reference.regions", "rancang.sources.bps_pdrb"])
def test_public_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__ and all(hasattr(module, n) for n in module.__all__)
