"""Run the doctests of the database and settings modules as part of the suite."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["rancang.settings", "rancang.db.engine", "rancang.db.migrate"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
