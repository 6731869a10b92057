"""Run the doctests of the register modules as part of the suite."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "rancang.registry.normalize", "rancang.registry.mapping", "rancang.registry.messages",
    "rancang.registry.validate", "rancang.registry.audit", "rancang.registry.size_class",
    "rancang.registry.panel", "rancang.registry.confidentiality", "rancang.registry.dedup",
    "rancang.registry.demo", "rancang.registry.noise", "rancang.registry.schemas",
    "rancang.registry.service", "rancang.reference.kbli",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name),
                             optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0
