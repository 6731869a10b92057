"""Monitoring of a plan's targets: indicators, yearly targets, realisations with their
evidence, verification, achievement with traffic lights, and the semester reports.

Indicators come from the plan's targets (kind ``target``) or are added with a code of
their own (kind ``output``: a programme's output indicator named by its nomenclature
code). Realisations are entered per region and period (``2026``, ``2026-S1``,
``2026-Q3``), from a form, a CSV/XLSX file or proposed from what Rancang already holds
(the BPS datasets, the register's verified records) for a person to confirm. Every change
is audited. ``rancang monitor``, the pages and ``/api/v1/monitoring`` share one service.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

FEATURE = Feature(
    name="monitoring",
    package=__name__,
    label="feature.monitoring",
    requires=("accounts", "datasets", "registry", "targets", "plan", "programmes"),
    words=("rancang.features.monitoring.words", "rancang.features.monitoring.cli_words"),
    models=("rancang.features.monitoring.models",),
    cli="rancang.features.monitoring.cli:register",
    routers=("rancang.features.monitoring.routes.pages:router",
             "rancang.features.monitoring.routes.api:router"),
    nav=(NavEntry("/monitoring", "monitor.nav", "monitoring.read", order=55,
                  id="nav-monitoring"),),
    demo="rancang.features.monitoring.demo:load_demo",
    permissions=(
        Permission("monitoring.read", ("analyst", "planner"), "perm.monitoring.read"),
        Permission("monitoring.write", ("analyst", "planner"), "perm.monitoring.write"),
        Permission("monitoring.verify", ("analyst", "planner"), "perm.monitoring.verify"),
    ),
)
