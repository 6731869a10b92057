"""What the input-output page shows, built from an :class:`IOResult`: multipliers
(output, value added, income, employment), backward and forward linkages with the key
sectors, import dependence per sector and, for a regency, the location quotients of the
regionalised table. Rows and ECharts options; every number is a cell of the tables
``rancang io`` writes."""

from __future__ import annotations

import math
from typing import Any

from rancang.analysis.regional_io import flq_lambda
from rancang.core.cells import finite_or_none as _f
from rancang.core.i18n import header_label, text
from rancang.features.inputoutput.service import CURRENCIES, IOResult, employment_unit

CLASSES = ("key", "backward", "forward", "weak")



def unit_label(unit: str, lang: str) -> str:
    """A table's currency in words of ``lang`` (BPS writes it in Indonesian).

    >>> unit_label("juta rupiah", "en"), unit_label("juta rupiah", "id"), unit_label("", "en")
    ('million rupiah', 'juta rupiah', '-')
    """
    key = CURRENCIES.get(unit)
    return text(key, lang) if key else (unit or "-")


def decimals_for(values: list[float | None], significant: int = 3) -> int:
    """Decimals that show the largest of ``values`` with ``significant`` digits (at least
    3): employment multipliers are small numbers of workers per million rupiah.

    >>> decimals_for([0.00031, 0.0002]), decimals_for([1.27, 0.9]), decimals_for([None])
    (6, 3, 3)
    """
    top = max((abs(v) for v in values if v is not None and v != 0), default=0.0)
    if top == 0.0:
        return 3
    return min(8, max(3, significant - 1 - math.floor(math.log10(top))))


def _bars(names: list[str], series: list[tuple[str, list[float | None]]],
          axis: str, note: str) -> dict[str, Any]:
    return {
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "legend": {"top": 0},
        "grid": {"left": 8, "right": 16, "top": 40, "bottom": 30, "containLabel": True},
        "xAxis": {"type": "value", "name": axis, "nameLocation": "middle", "nameGap": 25},
        "yAxis": {"type": "category", "inverse": True, "data": names},
        "series": [{"type": "bar", "name": name, "data": data} for name, data in series],
        "rancangNote": note,
    }


#: Sectors up to which the page prints the regionalised table (17 sectors: 289 cells; the
#: 52- and 185-sector tables are in the download).
MATRIX_MAX = 40


def regional_matrix(result: IOResult) -> dict[str, Any] | None:
    """The regionalised table of a regency: per row (selling sector) and column (buying
    sector) the method's ``LQ_ij`` and ``r_ij = a_ij min(LQ_ij, 1)`` (the cells of
    ``regional_coefficients.csv``); None without a region. ``rows`` is None above
    :data:`MATRIX_MAX` sectors (the page then points to the download)."""
    t = result.tables.get("regional_coefficients")
    if t is None:
        return None
    n = result.table.n
    out: dict[str, Any] = {"codes": list(result.table.sector_codes),
                           "names": list(result.table.sector_names), "n": n, "rows": None}
    if n <= MATRIX_MAX:
        lq, r = t["lq_ij"].to_list(), t["regional_a"].to_list()
        out["rows"] = [[(_f(lq[i * n + j]), _f(r[i * n + j])) for j in range(n)]
                       for i in range(n)]
    return out


def build(result: IOResult, lang: str) -> dict[str, Any]:
    """Everything the page template needs."""
    t = result.tables
    mult = t["multipliers"].to_dicts()
    links = t["linkages"].to_dicts()
    names = [str(r["sector_name"]) for r in mult]
    multipliers = [{
        "code": r["sector"], "name": r["sector_name"],
        **{k: _f(r[k]) for k in ("output", "output_type2", "value_added", "income",
                                 "income_type1", "employment")},
    } for r in mult]
    linkage_rows = [{
        "code": r["sector"], "name": r["sector_name"], "backward": _f(r["backward"]),
        "forward": _f(r["forward"]), "class": r["class"],
        "class_words": text(f"value:class:{r['class']}", lang),
        "extraction_share": _f(r["extraction_share"]),
    } for r in links]
    order = sorted(range(len(linkage_rows)),
                   key=lambda k: -((linkage_rows[k]["backward"] or 0)
                                   + (linkage_rows[k]["forward"] or 0)))
    labelled = set(order[:6])
    points = [{"name": r["name"], "value": [r["backward"], r["forward"]],
               "label": {"show": k in labelled}}
              for k, r in enumerate(linkage_rows)
              if r["backward"] is not None and r["forward"] is not None]
    xs = [p["value"][0] for p in points] or [1.0]
    middle = (min(*xs, 1.0) + max(*xs, 1.0)) / 2
    for p in points:  # a label on the side with room
        p["label"]["position"] = "left" if p["value"][0] > middle else "right"
    ys = [p["value"][1] for p in points] or [1.0]
    linkage_chart = {
        "tooltip": {"trigger": "item"},
        "grid": {"left": 8, "right": 30, "top": 30, "bottom": 40, "containLabel": True},
        "xAxis": {"type": "value", "name": text("inputoutput.page.backward_axis", lang),
                  "nameLocation": "middle", "nameGap": 28,
                  "min": round(min(min(xs), 1.0) - 0.05, 2),
                  "max": round(max(max(xs), 1.0) + 0.05, 2)},
        "yAxis": {"type": "value", "name": text("inputoutput.page.forward_axis", lang),
                  "min": round(min(min(ys), 1.0) - 0.05, 2),
                  "max": round(max(max(ys), 1.0) + 0.05, 2)},
        "series": [{
            "type": "scatter", "symbolSize": 10, "data": points,
            "label": {"show": False, "formatter": "{b}", "position": "right", "fontSize": 10},
            "labelLayout": {"hideOverlap": True},
            "markLine": {"silent": True, "symbol": "none", "lineStyle": {"type": "dashed"},
                         "label": {"show": False},
                         "data": [{"xAxis": 1}, {"yAxis": 1}]},
        }],
        "rancangQuadrants": [[text("value:class:key", lang), "tr"],
                             [text("value:class:forward", lang), "tl"],
                             [text("value:class:backward", lang), "br"],
                             [text("value:class:weak", lang), "bl"]],
        "rancangNote": text("inputoutput.page.linkage_note", lang),
    }
    output_chart = _bars(names, [(header_label("output", lang),
                                  [m["output"] for m in multipliers]),
                                 (header_label("value_added", lang),
                                  [m["value_added"] for m in multipliers])],
                         text("inputoutput.page.multiplier_axis", lang),
                         text("inputoutput.page.multiplier_note", lang))
    imports = None
    charts: dict[str, Any] = {"multipliers": output_chart, "linkages": linkage_chart}
    if "imports" in t:
        imports = [{"code": r["sector"], "name": r["sector_name"],
                    **{k: _f(r[k]) for k in ("import_foreign", "import_other_regions",
                                             "import_leakage", "import_direct",
                                             "import_total")}}
                   for r in t["imports"].to_dicts()]
        charts["imports"] = _bars(
            names, [(header_label("import_direct", lang),
                     [None if i["import_direct"] is None else 100 * i["import_direct"]
                      for i in imports]),
                    (header_label("import_total", lang),
                     [None if i["import_total"] is None else 100 * i["import_total"]
                      for i in imports])],
            text("inputoutput.page.import_axis", lang),
            text("inputoutput.page.import_note", lang))
    lqs = None
    lam = None
    matrix = None
    if "location_quotients" in t and result.sizes is not None:
        lqs = [{"code": r["sector"], "name": r["sector_name"], "category": r["pdrb_category"],
                "regional": _f(r["regional_pdrb"]), "reference": _f(r["reference_pdrb"]),
                "slq": _f(r["slq"])} for r in t["location_quotients"].to_dicts()]
        s = result.sizes
        lam = flq_lambda(s.regional.sum(), s.national.sum(), result.options.delta)
    matrix = regional_matrix(result)
    return {
        "multipliers": multipliers, "linkages": linkage_rows,
        "employment_decimals": decimals_for([m["employment"] for m in multipliers]),
        "key_sectors": [r for r in linkage_rows if r["class"] == "key"],
        "imports": imports, "lqs": lqs, "lambda": lam, "matrix": matrix,
        "employment_unit": employment_unit(result.table.unit, lang),
        "notes": [n.text(lang) for n in result.notes],
        "about": {**result.about(lang), text("inputoutput.about.unit", lang):
                  unit_label(result.table.unit, lang)},
        "charts": charts,
        "classes": [(c, text(f"value:class:{c}", lang)) for c in CLASSES],
    }
