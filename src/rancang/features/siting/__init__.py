"""Sentra IKM site selection: candidate districts ranked on AHP-weighted criteria."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rancang.core.features import Feature, NavEntry, Permission
from rancang.core.lazy import lazy_exports

if TYPE_CHECKING:
    from rancang.features.siting.candidates import Candidates, load_district_centroids
    from rancang.features.siting.geo import haversine_km, inside_polygons
    from rancang.features.siting.ranking import SitingResult, build_siting_matrix, rank_sites
    from rancang.features.siting.service import SitingRequest, siting_from_files

_EXPORTS = {
    'Candidates': 'rancang.features.siting.candidates',
    'load_district_centroids': 'rancang.features.siting.candidates',
    'haversine_km': 'rancang.features.siting.geo',
    'inside_polygons': 'rancang.features.siting.geo',
    'SitingResult': 'rancang.features.siting.ranking',
    'build_siting_matrix': 'rancang.features.siting.ranking',
    'rank_sites': 'rancang.features.siting.ranking',
    'SitingRequest': 'rancang.features.siting.service',
    'siting_from_files': 'rancang.features.siting.service',
}
__all__ = [
    "FEATURE",
    "Candidates",
    "SitingRequest",
    "SitingResult",
    "build_siting_matrix",
    "haversine_km",
    "inside_polygons",
    "load_district_centroids",
    "rank_sites",
    "siting_from_files",
]
__getattr__ = lazy_exports(__name__, _EXPORTS)

FEATURE = Feature(
    name="siting",
    package=__name__,
    label="feature.siting",
    words=("rancang.features.siting.words", "rancang.features.siting.cli_words"),
    requires=("registry", "decide"),
    cli="rancang.features.siting.cli:register",
    routers=("rancang.features.siting.routes.pages:router",
             "rancang.features.siting.routes.pages:api"),
    nav=(NavEntry("/siting", "siting.nav", "siting.read", order=58, id="nav-siting"),),
    permissions=(
        Permission("siting.read", ("analyst", "viewer"), "siting.perm.read", scoped=False),
    ),
)
