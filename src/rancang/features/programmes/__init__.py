"""Programmes and synchronisation: the programmes of the central government, the province
and the regencies (Kemendagri nomenclature), mapped to the plan's strategies and targets,
and the synchronisation report of a province and its regencies (the Rakor).

``rancang programmes import|suggest|map|sync``, the pages ``/programmes`` and
``/programmes/sync``, and ``/api/v1/programmes`` share one service. The monitoring
feature reads the programmes' output indicators through
:func:`rancang.features.programmes.service.programme_outputs`.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

FEATURE = Feature(
    name="programmes",
    package=__name__,
    label="feature.programmes",
    requires=("accounts", "plan"),
    words=("rancang.features.programmes.words", "rancang.features.programmes.cli_words"),
    models=("rancang.features.programmes.models",),
    cli="rancang.features.programmes.cli:register",
    routers=("rancang.features.programmes.routes.pages:router",
             "rancang.features.programmes.routes.api:router"),
    nav=(NavEntry("/programmes", "programmes.nav", "programmes.read", order=55,
                  id="nav-programmes"),),
    demo="rancang.features.programmes.demo:load_demo",
    template_globals="rancang.features.programmes.links:TEMPLATE_GLOBALS",
    permissions=(
        Permission("programmes.read", ("analyst", "planner"), "perm.programmes.read"),
        Permission("programmes.write", ("analyst", "planner"), "perm.programmes.write"),
    ),
)
