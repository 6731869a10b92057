"""Write a siting result: ``sites.csv`` and ``sites.geojson`` (points at the centroids)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import numpy as np

from rancang.core.cells import safe_cell
from rancang.features.siting.ranking import SitingResult


def write_sites(result: SitingResult, out: Path) -> tuple[Path, Path]:
    """Write ``sites.csv`` and ``sites.geojson`` (points at the centroids), by rank.

    Columns: district_code, district_name, regency_code, lat, lng, every criterion and
    informational column (distance to each estate), score, rank, rank_low, rank_high,
    acceptability (see :func:`rancang.decision.rank_alternatives`). The GeoJSON holds one
    Point feature per candidate with the same properties.
    """
    out.mkdir(parents=True, exist_ok=True)
    c, r = result.candidates, result.ranking.robustness
    order = np.argsort(r.rank, kind="stable")
    keys = list(result.info)
    header = ["district_code", "district_name", "regency_code", "lat", "lng", *keys,
              "score", "rank", "rank_low", "rank_high", "acceptability"]
    records: list[dict[str, Any]] = []
    for i in order:
        rec: dict[str, Any] = {
            "district_code": c.codes[i], "district_name": c.names[i],
            "regency_code": c.regencies[i], "lat": round(float(c.lat[i]), 6),
            "lng": round(float(c.lng[i]), 6)}
        for k in keys:
            v = float(result.info[k][i])
            rec[k] = round(v, 4) if np.isfinite(v) else None
        rec.update(score=round(float(r.scores[i]), 6), rank=int(r.rank[i]),
                   rank_low=int(r.rank_low[i]), rank_high=int(r.rank_high[i]),
                   acceptability=round(float(r.acceptability[i]), 4))
        records.append(rec)
    csv_path = out / "sites.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows([{k: ("" if v is None else safe_cell(v)) for k, v in rec.items()}
                     for rec in records])
    features = [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [rec["lng"], rec["lat"]]},
                 "properties": rec} for rec in records]
    geo_path = out / "sites.geojson"
    geo_path.write_text(json.dumps({"type": "FeatureCollection", "features": features},
                                   ensure_ascii=False, indent=1), encoding="utf-8")
    return csv_path, geo_path
