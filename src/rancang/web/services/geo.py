"""Map data: regency boundaries from a GeoJSON file and indicator values per regency."""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine

from rancang.analysis import location_quotient
from rancang.datasets import load_panel
from rancang.datasets.service import kemendagri_code

INDICATORS = ("lq", "share", "growth", "pdrb")
_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def boundaries(path: Path | None, *, province: str | None = None) -> dict[str, Any] | None:
    """The boundary FeatureCollection (only one province's regencies when asked), or None.

    Features keep the properties ``kode`` (Kemendagri code) and ``nama``.
    """
    if path is None or not Path(path).is_file():
        return None
    with _LOCK:
        data = _load(str(path), Path(path).stat().st_mtime)
    feats = data.get("features", [])
    if province:
        prefix = province.split(".")[0] + "."
        feats = [f for f in feats if str(f["properties"].get("kode", "")).startswith(prefix)]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": f["geometry"],
         "properties": {"kode": f["properties"].get("kode"),
                        "nama": f["properties"].get("nama")}} for f in feats]}


def indicator(
    engine: Engine, dataset_id: int, name: str = "lq", *, industry: str | None = None,
    year: int | None = None,
) -> dict[str, Any]:
    """One indicator for every region of a dataset, keyed for the map.

    ``lq``: location quotient of ``industry`` in ``year`` against the national row when the
    dataset has one, else the sum of all regions; ``share``: the industry's share of the
    region's PDRB (%); ``growth``: mean annual growth of total PDRB over the dataset's
    years (%); ``pdrb``: total PDRB in ``year``.
    """
    if name not in INDICATORS:
        name = "lq"
    panel = load_panel(engine, dataset_id)
    ind = industry if industry in panel.industry_codes else (
        "C" if "C" in panel.industry_codes else panel.industry_codes[0])
    i = panel.industry_codes.index(ind)
    t = panel.year_index(year) if year in panel.years else len(panel.years) - 1
    x = panel.values
    ref_label = "jumlah semua wilayah"
    ref = panel.total_reference()
    if panel.references is not None:
        for code in panel.references.region_codes:
            if code.endswith("999") or code == "0000":
                ref = panel.reference_vector(code)
                ref_label = panel.references.region_names[panel.references.region_index(code)]
                break
    total = np.nansum(x, axis=1)  # (R, T)
    if name == "lq":
        vals = location_quotient(x[:, :, t:t + 1], ref[..., t:t + 1])[:, i, 0]
    elif name == "share":
        vals = 100 * x[:, i, t] / np.where(total[:, t] == 0, np.nan, total[:, t])
    elif name == "growth":
        n = len(panel.years) - 1
        with np.errstate(invalid="ignore", divide="ignore"):
            vals = 100 * ((total[:, -1] / total[:, 0]) ** (1 / max(n, 1)) - 1)
    else:
        vals = total[:, t]
    rows = []
    for k, code in enumerate(panel.region_codes):
        v = float(vals[k])
        rows.append({"code": code, "kemendagri_code": kemendagri_code(code),
                     "name": panel.region_names[k], "parent_code": panel.parent_codes[k],
                     "value": v if np.isfinite(v) else None})
    return {"indicator": name, "industry": ind, "year": panel.years[t],
            "reference": ref_label, "values": rows,
            "industries": list(zip(panel.industry_codes, panel.industry_names, strict=True)),
            "years": list(panel.years)}
