"""Who a ``rancang registry`` command acts as: the keyboard's owner (everywhere), or an
account's grants with ``--user`` (the same rules as the pages and the API)."""

from __future__ import annotations

from sqlalchemy import Engine

from rancang.core.actors import CLI_ACTOR, Actor
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg


def actor_for(engine: Engine, username: str | None) -> Actor:
    """The account ``username`` as an :class:`Actor` with its grants; the command line's
    own actor (an administrator) when None. An unknown or inactive account is an
    :class:`InputError`."""
    if username is None:
        return CLI_ACTOR
    from rancang.features.accounts.service import list_users

    found = next((a for a in list_users(engine) if a.username == username and a.active), None)
    if found is None:
        raise InputError(Problem(Msg("registry.user_unknown", user=username)))
    return Actor(id=found.id, username=found.username, grants=found.grants,
                 display_name=found.display_name)
