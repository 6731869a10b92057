"""The matching tests' accounts: an account of the demo app signed in by name."""

from __future__ import annotations

from sqlalchemy import Engine

from rancang.core.actors import Actor
from rancang.features.accounts.service import authenticate
from tests.web.conftest import PASSWORD


def signed_in(engine: Engine, name: str) -> Actor:
    """The actor of account ``name`` (the tests' shared password)."""
    actor = authenticate(engine, name, PASSWORD)
    assert actor is not None
    return actor
