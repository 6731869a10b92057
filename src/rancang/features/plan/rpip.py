"""A provincial plan (RPIP) drafted from the regency/city files.

BPS's regency tables hold the province as a reference row (and the nation as the
province's reference). :func:`province_panel` turns such a panel into one whose region is
the province (its reference row), compared with the nation when the files hold it; the
regencies of the province stay available for the section on the spread of industry
across them (:func:`spread_block`: the Herfindahl-Hirschman and Theil indices of the
regencies' shares of the province's manufacturing value added, year by year).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from rancang.core.i18n import text
from rancang.panel import Panel

if TYPE_CHECKING:
    from rancang.core.document import Block
    from rancang.features.plan.draft import DraftContext

MANUFACTURING = "C"


def _norm(code: str) -> str:
    """A province code in BPS form: ``72`` and ``72.00`` -> ``7200``.

    >>> _norm("72"), _norm("7200"), _norm("72.06")
    ('7200', '7200', '7206')
    """
    digits = code.replace(".", "")
    return digits + "00" if len(digits) == 2 else digits


def regencies_of(panel: Panel, province: str) -> list[int]:
    """Positions of the panel's regions in the province (by parent, else by code)."""
    p = _norm(province)[:2]
    out = []
    for k, code in enumerate(panel.region_codes):
        parent = panel.parent_codes[k] if panel.parent_codes else None
        if (parent is not None and _norm(parent)[:2] == p) or \
                (code.replace(".", "")[:2] == p and len(code.replace(".", "")) == 4 \
                and not code.replace(".", "").endswith("00")):
            out.append(k)
    return out


def province_panel(panel: Panel, province: str) -> Panel | None:
    """The province as the region (its reference row), with the nation as its reference
    when the panel holds one (a reference whose code is not a province's, e.g. ``9999``);
    None when the panel has no row for the province."""
    refs = panel.references
    if refs is None:
        return None
    want = _norm(province)
    found = [k for k, c in enumerate(refs.region_codes) if _norm(c) == want]
    if not found:
        return None
    k = found[0]
    nation = [j for j, c in enumerate(refs.region_codes)
              if c.replace(".", "") in ("9999", "0000", "00", "ID", "IDN")]
    national = None
    if nation:
        j = nation[0]
        national = Panel(values=refs.values[j:j + 1], region_codes=(refs.region_codes[j],),
                         region_names=(refs.region_names[j] if refs.region_names else "",),
                         industry_codes=refs.industry_codes,
                         industry_names=refs.industry_names, years=refs.years,
                         measure=refs.measure, unit=refs.unit, sources=refs.sources,
                         synthetic=refs.synthetic)
    return Panel(values=refs.values[k:k + 1], region_codes=(refs.region_codes[k],),
                 region_names=(refs.region_names[k] if refs.region_names else "",),
                 industry_codes=refs.industry_codes, industry_names=refs.industry_names,
                 years=refs.years, parent_codes=(national.region_codes[0] if national
                                                 else None,),
                 references=national, measure=refs.measure, unit=refs.unit,
                 sources=panel.sources, synthetic=panel.synthetic)


def spread(panel: Panel, province: str) -> dict[str, Any] | None:
    """Regencies, years and the concentration of manufacturing across them (None when the
    panel has fewer than two regencies of the province or no manufacturing row)."""
    from rancang.analysis.concentration import herfindahl, theil

    idx = regencies_of(panel, province)
    if len(idx) < 2 or MANUFACTURING not in panel.industry_codes:
        return None
    c = panel.industry_codes.index(MANUFACTURING)
    x = panel.values[idx, c, :]
    h = herfindahl(x)
    shares = x / x.sum(axis=0, keepdims=True)
    top = int(np.argmax(shares[:, -1]))
    return {"years": list(panel.years), "hhi": h["hhi"], "hhi_normalised": h["hhi_normalised"],
            "theil": theil(x), "n": len(idx),
            "top_code": panel.region_codes[idx[top]],
            "top_name": panel.region_names[idx[top]] if panel.region_names else "",
            "top_share": 100 * float(shares[top, -1])}


def spread_block(ctx: DraftContext) -> Block | None:
    """The section on the spread of industry across the province's regencies."""
    from rancang.core.document import Block, Chart, Table

    regencies = ctx.regencies
    if regencies is None:
        return None
    res = spread(regencies, ctx.region)
    if res is None:
        return None
    lang = ctx.lang
    years = res["years"]
    hhi = [float(v) for v in res["hhi"]]
    rows: list[list[Any]] = [[str(y), hhi[t], float(res["hhi_normalised"][t]),
                              float(res["theil"][t])] for t, y in enumerate(years)]
    p = regencies
    source = text("plan.src.spread", lang, data=", ".join(p.sources[:1]) + (
        f" ... ({len(p.sources)})" if len(p.sources) > 1 else ""), start=years[0],
        end=years[-1], n=res["n"])
    table = Table("plan.spread", text("plan.tbl.spread", lang),
                  [text("plan.col.baseline_year", lang), "HHI",
                   text("plan.col.hhi_normalised", lang), "Theil"],
                  rows, [None, 4, 4, 4], source)
    chart = Chart("plan.spread_chart", "lines", text("plan.tbl.spread", lang),
                  {"x": years, "series": [
                      {"label": "HHI", "values": [r[1] for r in rows]},
                      {"label": text("plan.col.hhi_normalised", lang),
                       "values": [r[2] for r in rows]},
                      {"label": "Theil", "values": [r[3] for r in rows]}],
                   "xlabel": text("plan.chart.year_axis", lang),
                   "ylabel": text("plan.chart.index_axis", lang)}, source)
    trend = text("plan.txt.spread_down" if hhi[-1] < hhi[0] else "plan.txt.spread_up", lang)
    body = text("plan.txt.spread", lang, n=res["n"], start=years[0], end=years[-1],
                first=ctx.num(hhi[0], 3), last=ctx.num(hhi[-1], 3), trend=trend,
                top=res["top_name"] or res["top_code"], share=ctx.num(res["top_share"], 1))
    return Block("plan.spread", body, [table],
                 {"service": "rancang.analysis.concentration", "regencies": res["n"]}, [chart])
