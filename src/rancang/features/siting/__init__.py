"""Sentra IKM site selection: candidate districts ranked on AHP-weighted criteria."""

from rancang.features.siting.candidates import Candidates, load_district_centroids
from rancang.features.siting.geo import haversine_km, inside_polygons
from rancang.features.siting.service import SitingResult, build_siting_matrix, rank_sites

__all__ = [
    "Candidates", "SitingResult", "build_siting_matrix", "haversine_km", "inside_polygons",
    "load_district_centroids", "rank_sites",
]
