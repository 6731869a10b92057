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
from rancang.comparison import (
    ALL_REGIONS,
    default_references,
    reference_array,
    reference_label,
)
from rancang.core.i18n import Msg, has, render_text, text
from rancang.features.datasets import DatasetInfo, load_panel
from rancang.features.datasets.service import kemendagri_code

INDICATORS = ("lq", "share", "growth", "pdrb")
# what each indicator uses of the map's selectors (the others are hidden for it)
USES: dict[str, tuple[str, ...]] = {"lq": ("industry", "year"), "share": ("industry", "year"),
                                    "growth": (), "pdrb": ("year",)}


def indicator_label(name: str, lang: str | None = None) -> str:
    """The indicator's name in ``lang`` (default: the current language).

    >>> indicator_label("growth", "en")
    'Mean annual PDRB growth (%)'
    """
    key = f"leading.indicator.{name}"
    return text(key, lang) if has(key) else name


@lru_cache(maxsize=4)
def _load_centroids(path: str, mtime: float) -> tuple[tuple[str, str, float, float], ...]:
    import csv

    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("level", "kab") != "kab":
                continue
            try:
                out.append((row["kode"], row["nama"], float(row["lat"]), float(row["lng"])))
            except (KeyError, ValueError):
                continue
    return tuple(out)


def centroids(path: Path | None, *, province: str | None = None) -> list[dict[str, Any]] | None:
    """Regency centroids ``{kode, nama, lat, lng}`` from the centroid CSV (one province's
    when asked), or None without a file."""
    if path is None or not Path(path).is_file():
        return None
    with _LOCK:
        rows = _load_centroids(str(path), Path(path).stat().st_mtime)
    prefix = province.split(".")[0] + "." if province else ""
    return [{"kode": k, "nama": n, "lat": lat, "lng": lng} for k, n, lat, lng in rows
            if k.startswith(prefix)]
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
    engine: Engine, dataset_id: int | DatasetInfo, name: str = "lq", *,
    industry: str | None = None,
    year: int | None = None, lang: str | None = None, reference: str | None = None,
) -> dict[str, Any]:
    """One indicator for every region of a dataset, keyed for the map.

    ``lq``: location quotient of ``industry`` in ``year``, each region against its default
    reference (:mod:`rancang.comparison`: its province row, else the sum of all regions),
    as on the dashboard and in the CLI; ``share``: the industry's share of the
    region's PDRB (%); ``growth``: mean annual growth of total PDRB over the dataset's
    years (%); ``pdrb``: total PDRB in ``year``. ``reference`` (a reference row code or
    ``all``) replaces the default reference of every region.
    """
    if name not in INDICATORS:
        name = "lq"
    panel = load_panel(engine, dataset_id)
    ind = industry if industry in panel.industry_codes else (
        "C" if "C" in panel.industry_codes else panel.industry_codes[0])
    i = panel.industry_codes.index(ind)
    t = panel.year_index(year) if year in panel.years else len(panel.years) - 1
    x = panel.values
    if reference:
        if reference != ALL_REGIONS:
            panel.reference_vector(reference)  # refuses an unknown code
        codes = [reference] * len(panel.region_codes)
        ref = reference_array(panel, codes)
    else:
        ref, codes = default_references(panel)
    used = sorted(set(codes))
    ref_label = render_text(reference_label(panel, used[0]) if len(used) == 1
                            else Msg("reference.each_default"), lang)
    total = np.nansum(x, axis=1)  # (R, T)
    if name == "lq":
        vals = location_quotient(x[:, :, t:t + 1], ref[:, :, t:t + 1])[:, i, 0]
    elif name == "share":
        vals = 100 * x[:, i, t] / np.where(total[:, t] == 0, np.nan, total[:, t])
    elif name == "growth":  # over the years spanned (a panel may have gaps)
        n = panel.years[-1] - panel.years[0]
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
    from rancang.features.leading.dashboard import industry_label

    names = [industry_label(c, n, lang) for c, n in zip(panel.industry_codes,
                                                        panel.industry_names, strict=True)]
    uses = USES[name]
    return {"indicator": name, "indicator_label": indicator_label(name, lang),
            "industry": ind, "industry_name": names[i], "year": panel.years[t],
            "period": (f"{panel.years[0]}-{panel.years[-1]}" if name == "growth"
                       else str(panel.years[t])),
            "uses": list(uses), "reference": ref_label, "values": rows,
            "industries": list(zip(panel.industry_codes, names, strict=True)),
            "years": list(panel.years)}
