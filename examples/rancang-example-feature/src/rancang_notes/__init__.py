"""rancang-notes: field notes from visits to sentra IKM, per region (an example feature).

Everything the feature adds to Rancang is declared in :data:`FEATURE`; Rancang finds it
through the entry point ``rancang.features`` of this distribution.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

FEATURE = Feature(
    name="notes",
    package=__name__,
    label="notes.title",
    requires=("accounts",),
    words=("rancang_notes.words",),
    models=("rancang_notes.models",),
    cli="rancang_notes.cli:register",
    routers=("rancang_notes.routes:router",),
    nav=(NavEntry("/notes", "notes.title", "notes.read", order=60, id="nav-notes"),),
    permissions=(
        Permission("notes.read", ("analyst", "viewer"), "notes.perm.read", scoped=False),
        Permission("notes.write", ("analyst",), "notes.perm.write"),
    ),
)
