"""The industry register: firms, IKM, sentra and industrial estates in a real database.

Imports of office spreadsheets (all-or-nothing, with located problems), de-duplication
with a reviewed merge and undo, the audit trail, published aggregates with small cells
suppressed (UU 3/2014 arts. 69-70), the ``rancang registry`` verbs, the register pages and
its API. An analyst reads and writes only the records of the region they hold; everyone
else sees the published aggregates.
"""

from __future__ import annotations

from rancang.core.features import Feature, Importer, NavEntry, Permission

FEATURE = Feature(
    name="registry",
    package=__name__,
    label="feature.registry",
    requires=("accounts", "datasets", "jobs"),
    words=("rancang.features.registry.words", "rancang.features.registry.cli_words"),
    models=("rancang.features.registry.models",),
    cli="rancang.features.registry.cli:register",
    sections="rancang.features.registry.plan_sections:sections",
    routers=(
        "rancang.features.registry.routes.duplicates:router",  # before /register/{id}
        "rancang.features.registry.routes.add:pages",  # before /register/{id}
        "rancang.features.registry.routes.field:pages",  # before /register/{id}
        "rancang.features.registry.routes.unplaced:pages",  # before /register/{id}
        "rancang.features.registry.routes.field:api",
        "rancang.features.registry.routes.export:pages",  # before /register/{id}
        "rancang.features.registry.routes.transfers:pages",  # before /register/{id}
        "rancang.features.registry.routes.transfers:api",
        "rancang.features.registry.routes.imports:pages",
        "rancang.features.registry.routes.publish:pages",  # before /register/{id}
        "rancang.features.registry.routes.publish:api",
        "rancang.features.registry.routes.deletion:pages",  # before /register/{id}
        "rancang.features.registry.routes.deletion:api",
        "rancang.features.registry.routes.imports:api",
        "rancang.features.registry.routes.pages:router",
        "rancang.features.registry.routes.api:router",
        "rancang.features.registry.routes.api:imports",
        "rancang.features.registry.routes.api_duplicates:router",
    ),
    template_globals="rancang.features.registry.labels:TEMPLATE_GLOBALS",
    nav=(NavEntry("/register", "ui.register", "registry.aggregates.read", order=40),),
    permissions=(
        Permission("registry.aggregates.read", ("analyst", "viewer"),
                   "perm.registry.aggregates.read", scoped=False),
        Permission("registry.records.read", ("analyst",), "perm.registry.records.read"),
        Permission("registry.records.edit", ("analyst",), "perm.registry.records.edit"),
        Permission("registry.import", ("analyst",), "perm.registry.import"),
        Permission("registry.duplicates.review", ("analyst",),
                   "perm.registry.duplicates.review"),
        Permission("registry.publish", ("analyst",), "perm.registry.publish"),
    ),
    importers=(
        Importer("register", "ui.upload_register",
                 "rancang.features.registry.upload:import_register", "registry.import",
                 order=20, help_template="registry/_upload_help.html", background=True),
    ),
    demo="rancang.features.registry.demo_load:load_demo",
)
