"""Accounts: people who sign in, their roles at a level of government, their sessions.

The accounts feature is the identity provider of the web application (who makes a
request), the ``rancang users`` verbs, the sign-in page and the administrators' right to
manage accounts. It brings the two roles every installation has besides ``admin``:
``analyst`` (an industry office of a region) and ``viewer`` (reads published aggregates).
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission, Role

FEATURE = Feature(
    name="accounts",
    package=__name__,
    label="feature.accounts",
    words=("rancang.features.accounts.words", "rancang.features.accounts.cli_words"),
    models=("rancang.features.accounts.models",),
    cli="rancang.features.accounts.cli:register",
    routers=("rancang.features.accounts.routes:router",
             "rancang.features.accounts.routes:api",
             "rancang.features.accounts.admin:router",
             "rancang.features.accounts.admin:api",
             "rancang.features.accounts.signins:router"),
    nav=(NavEntry("/admin/users", "accounts.users.title", "accounts.manage", order=95,
                  id="nav-users"),),
    roles=(
        Role("analyst", "role.analyst"),
        Role("viewer", "role.viewer", scoped=False),
    ),
    permissions=(
        Permission("accounts.manage", (), "perm.accounts.manage", scoped=False),
    ),
    identity="rancang.features.accounts.routes:actor_for_request",
    demo="rancang.features.accounts.demo:load_demo",
)
