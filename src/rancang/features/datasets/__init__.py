"""Stored panels (datasets): PDRB and other region x industry x year tables in the database.

The web application serves every regency of an uploaded BPS file from here: the data page
(uploads of every kind the features offer, the import history), the datasets'
administration (publish, default, delete), the region chooser of the home page and the
datasets API. The analyses run on the :class:`~rancang.Panel` rebuilt from these rows
(:func:`load_panel`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import (
    Feature,
    HomePanel,
    Importer,
    NavEntry,
    Permission,
)
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.datasets.service import (
        DatasetInfo,
        dataset_stamp,
        delete_dataset,
        get_dataset,
        list_datasets,
        load_panel,
        save_panel,
        set_default,
        set_published,
    )

_SERVICE = "rancang.features.datasets.service"
__all__ = [
    "FEATURE",
    "DatasetInfo",
    "dataset_stamp",
    "delete_dataset",
    "get_dataset",
    "list_datasets",
    "load_panel",
    "save_panel",
    "set_default",
    "set_published",
]
__getattr__ = lazy_exports(__name__, {name: _SERVICE for name in __all__[1:]})

FEATURE = Feature(
    name="datasets",
    package=__name__,
    label="feature.datasets",
    requires=("accounts", "jobs"),
    words=("rancang.features.datasets.words",),
    models=("rancang.features.datasets.models",),
    routers=(
        "rancang.features.datasets.routes.home:router",
        "rancang.features.datasets.routes.pages:router",
        "rancang.features.datasets.routes.admin:router",
        "rancang.features.datasets.routes.api:router",
        "rancang.features.datasets.routes.api_imports:router",
    ),
    template_globals="rancang.features.datasets.labels:TEMPLATE_GLOBALS",
    nav=(
        NavEntry("/data", "ui.data", "datasets.read", order=30),
        NavEntry("/admin/datasets", "ui.admin", "datasets.manage", order=90,
                 id="nav-admin"),
    ),
    permissions=(
        Permission("datasets.read", ("analyst", "viewer"), "perm.datasets.read",
                   scoped=False),
        Permission("datasets.private.read", ("analyst",), "perm.datasets.private.read"),
        Permission("datasets.import", ("analyst",), "perm.datasets.import"),
        Permission("datasets.history.read", ("analyst",), "perm.datasets.history.read"),
        Permission("datasets.manage", (), "perm.datasets.manage", scoped=False),
    ),
    importers=(
        Importer("pdrb", "ui.upload_pdrb", "rancang.features.datasets.imports:import_pdrb",
                 "datasets.import", order=10, named=True),
    ),
    home=(HomePanel("home_start.html",
                    "rancang.features.datasets.routes.home:start_panel", order=5),
          HomePanel("home_regions.html",
                    "rancang.features.datasets.routes.home:regions_panel", order=10),),
    demo="rancang.features.datasets.demo:load_demo",
)
