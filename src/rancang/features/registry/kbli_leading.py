"""Leading manufacturing industries at KBLI 2-digit from the industry register.

The 17 PDRB categories have one row for manufacturing; an RPIK decides among its
divisions (KBLI 10-33). From the register's published records: workers and output value
of each division in the region against a reference economy (the province: the register's
regencies of the same province; or a table the user provides, e.g. the province's IBS/IMK
totals), the location quotient of each
(:func:`rancang.analysis.location_quotient`), ranked with weights (the group's AHP
priorities of ``decide``) and rank intervals from sampled weights
(:func:`rancang.decision.rank_alternatives`), with the evidence of each.

Confidentiality (UU 3/2014 arts. 69-70): a division whose regional cell the published
aggregate suppresses (fewer than 3 firms, or one firm dominating:
:func:`~rancang.features.registry.confidentiality.suppress`) shows no number and is not
ranked; the note says how many such divisions there are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from rancang.sources.kbli_reference import DIVISIONS, MEASURES

#: the criteria of the KBLI ranking and their default weights
KBLI_CRITERIA: dict[str, float] = {"lq_workers": 0.25, "lq_output": 0.25,
                                   "dlq_workers": 0.2, "share_workers": 0.15,
                                   "units": 0.15}


@dataclass(frozen=True)
class KbliRow:
    """One KBLI division of the region: published numbers (None when suppressed), LQs,
    and its place in the ranking (None when not ranked)."""

    code: str
    units: int | None
    workers: float | None
    output: float | None
    share_workers: float | None
    lq_workers: float | None
    lq_output: float | None
    score: float | None = None
    rank: int | None = None
    rank_low: int | None = None
    rank_high: int | None = None
    #: dynamic LQ of workers over the register's consecutive years (None: one year only)
    dlq_workers: float | None = None

    @property
    def published(self) -> bool:
        return self.units is not None


@dataclass(frozen=True)
class KbliLeading:
    """The ranking of a region's KBLI divisions (ranked first, then the others)."""

    region: str
    year: int
    rows: tuple[KbliRow, ...]
    reference: str
    weights: dict[str, float]
    suppressed: int
    #: first year of the DLQ's period (None: the register holds one year only)
    first_year: int | None = None


def _by_division(frame: pl.DataFrame, measure: str, region: str, year: int,
                 *, province: bool) -> tuple[dict[str, float], dict[str, int]]:
    from rancang.features.registry.panel import aggregate

    agg = aggregate(frame, level=2, measure=measure, region_level="regency")
    agg = agg.filter((pl.col("year") == year) & pl.col("industry_code").is_in(DIVISIONS))
    if province:
        agg = agg.filter(pl.col("region_code").str.starts_with(region.split(".")[0] + "."))
    else:
        agg = agg.filter(pl.col("region_code") == region)
    grouped = agg.group_by("industry_code").agg(pl.col("value").sum(), pl.col("firms").sum())
    return ({c: float(v) for c, v in grouped.select("industry_code", "value").iter_rows()},
            {c: int(f) for c, f in grouped.select("industry_code", "firms").iter_rows()})


def _published(frame: pl.DataFrame, measure: str, region: str, year: int) -> set[str]:
    """The divisions of the region whose cell the published aggregate shows."""
    from rancang.features.registry.confidentiality import suppress
    from rancang.features.registry.panel import aggregate

    table = suppress(aggregate(frame, level=2, measure=measure, region_level="regency"))
    shown = table.filter((pl.col("region_code") == region) & (pl.col("year") == year)
                         & pl.col("value").is_not_null())
    return set(shown["industry_code"].to_list())


def workers_dlq(frame: pl.DataFrame, region: str, year: int
                ) -> tuple[int | None, dict[str, float]]:
    """The dynamic LQ of each division's workers in ``region`` against the province's
    register, over the longest run of consecutive years ending in ``year`` (at least
    two); ``(None, {})`` when the register holds the region in one year only.

    With t year steps and average annual growth rates (the mean of the t year-on-year
    rates) ``g_ij`` of division j's workers in the region, ``g_i`` of the region's
    industrial workers, ``G_j`` and ``G`` the same in the province::

        DLQ_ij = { [(1 + g_ij) / (1 + g_i)] / [(1 + G_j) / (1 + G)] } ** t

    (:func:`rancang.analysis.location_quotient.dynamic_location_quotient`; Yasin 2000 in
    Kuncoro 2004). DLQ > 1: the division's share of the region's workers grows faster
    than its share in the province.

    >>> rows = [("72.06", "10", 2022, 10.0), ("72.06", "10", 2023, 12.0),
    ...         ("72.06", "16", 2022, 10.0), ("72.06", "16", 2023, 10.0),
    ...         ("72.03", "10", 2022, 80.0), ("72.03", "10", 2023, 80.0),
    ...         ("72.03", "16", 2022, 80.0), ("72.03", "16", 2023, 80.0)]
    >>> f = pl.DataFrame({"regency_code": [r[0] for r in rows],
    ...                   "kbli": [r[1] + "101" for r in rows],
    ...                   "year": [r[2] for r in rows], "workers": [r[3] for r in rows]})
    >>> first, dlq = workers_dlq(f, "72.06", 2023)
    >>> first, round(dlq["10"], 4), round(dlq["16"], 4)
    (2022, 1.0791, 0.9192)
    """
    from rancang.analysis.location_quotient import dynamic_location_quotient

    here = frame.filter((pl.col("regency_code") == region) & (pl.col("year") <= year))
    years = sorted({int(y) for y in here["year"].to_list()})
    first = year
    while first - 1 in years:
        first -= 1
    if first == year:
        return None, {}
    span = list(range(first, year + 1))
    prov = region.split(".")[0] + "."
    scope = frame.filter(pl.col("regency_code").str.starts_with(prov)
                         & pl.col("year").is_between(first, year)).with_columns(
        pl.col("kbli").cast(pl.Utf8).str.slice(0, 2).alias("division"))
    scope = scope.filter(pl.col("division").is_in(DIVISIONS))
    x = np.zeros((1, len(DIVISIONS), len(span)))
    ref = np.zeros((len(DIVISIONS), len(span)))
    index = {c: k for k, c in enumerate(DIVISIONS)}
    for reg, div, y, w in scope.group_by("regency_code", "division", "year").agg(
            pl.col("workers").fill_null(0).sum()).iter_rows():
        ref[index[div], int(y) - first] += float(w)
        if reg == region:
            x[0, index[div], int(y) - first] += float(w)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        dlq = dynamic_location_quotient(x, ref)[0]
    return first, {c: float(v) for c, v in zip(DIVISIONS, dlq, strict=True)
                   if x[0, index[c]].any()}


def kbli_leading(frame: pl.DataFrame, region: str, *,
                 reference: Mapping[str, Mapping[str, float]] | None = None,
                 reference_label: str = "", weights: Mapping[str, float] | None = None,
                 year: int | None = None, samples: int = 1000, seed: int = 0
                 ) -> KbliLeading | None:
    """Rank the region's KBLI divisions (None when the register has no firm there).

    ``frame`` is :func:`~rancang.features.registry.panel.load_register` (published
    records); ``reference`` the user's table by measure and division (None: the
    register's regencies of the region's province); ``weights`` by criterion of
    :data:`KBLI_CRITERIA` (others ignored; default :data:`KBLI_CRITERIA`).

    Criteria (all benefits): LQ of workers and of output value, the dynamic LQ of workers
    over the register's years (:func:`workers_dlq`: its growth against the province's;
    left out, and said so in the weights, when the register holds one year only or a
    division has no workers in the first year), the division's share of the region's
    manufacturing workers, and its number of firms. TOPSIS scores; rank
    intervals are the 5-95 % quantiles of the ranks under 1,000 Dirichlet weight samples
    around the weights.
    """
    from rancang.analysis import location_quotient
    from rancang.decision import DecisionMatrix, rank_alternatives

    here = frame.filter(pl.col("regency_code") == region)
    if here.height == 0:
        return None
    year = year or int(here["year"].max())  # type: ignore[arg-type]
    values: dict[str, dict[str, float]] = {}
    ref_values: dict[str, dict[str, float]] = {}
    firms: dict[str, int] = {}
    shown: set[str] = set(DIVISIONS)
    for m in MEASURES:
        values[m], f = _by_division(frame, m, region, year, province=False)
        firms = firms or f
        if reference is None:
            ref_values[m], _ = _by_division(frame, m, region, year, province=True)
        else:
            ref_values[m] = {k: float(v) for k, v in reference.get(m, {}).items()}
        shown &= _published(frame, m, region, year)
    codes = sorted(set(values["workers"]) | set(values["output_value"]))
    if not codes:
        return None
    lq: dict[str, dict[str, float]] = {}
    for m in MEASURES:
        x = np.array([[values[m].get(c, 0.0) for c in DIVISIONS]])
        ref = np.array([ref_values[m].get(c, 0.0) for c in DIVISIONS])
        with np.errstate(divide="ignore", invalid="ignore"):
            q = location_quotient(x, ref)[0]
        lq[m] = {c: float(v) for c, v in zip(DIVISIONS, q, strict=True)}
    total_workers = sum(values["workers"].values()) or float("nan")
    first_year, dlq = workers_dlq(frame, region, year)
    rows = []
    for c in codes:
        if c not in shown:
            rows.append(KbliRow(c, None, None, None, None, None, None))
            continue
        rows.append(KbliRow(c, firms.get(c, 0), values["workers"].get(c, 0.0),
                            values["output_value"].get(c, 0.0),
                            100 * values["workers"].get(c, 0.0) / total_workers,
                            lq["workers"][c], lq["output_value"][c],
                            dlq_workers=dlq.get(c)))
    w = {k: float(v) for k, v in (weights or {}).items() if k in KBLI_CRITERIA}
    if not w or sum(w.values()) <= 0:
        w = dict(KBLI_CRITERIA)
    ranked = [r for r in rows if r.published and all(
        v is not None and math.isfinite(v) for v in (r.lq_workers, r.lq_output,
                                                     r.share_workers))]
    if "dlq_workers" in w and not (ranked and all(
            r.dlq_workers is not None and math.isfinite(r.dlq_workers) for r in ranked)):
        w.pop("dlq_workers")  # no growth over years to weigh
        if not w:
            w = {k: v for k, v in KBLI_CRITERIA.items() if k != "dlq_workers"}
    out: list[KbliRow] = []
    if len(ranked) >= 2:
        crit = list(w)
        matrix = [[float(getattr(r, k)) for k in crit] for r in ranked]
        dm = DecisionMatrix.build([r.code for r in ranked], crit, matrix)
        res = rank_alternatives(dm, [w[k] for k in crit], samples=samples, rng=seed)
        by = {d["alternative"]: d for d in res.rows()}
        out = sorted((KbliRow(**{**r.__dict__, "score": float(by[r.code]["score"]),
                                 "rank": int(by[r.code]["rank"]),
                                 "rank_low": int(by[r.code]["rank_low"]),
                                 "rank_high": int(by[r.code]["rank_high"])})
                      for r in ranked), key=lambda r: r.rank or 0)
    elif ranked:
        out = [KbliRow(**{**ranked[0].__dict__, "rank": 1, "rank_low": 1, "rank_high": 1})]
    rest = [r for r in rows if r.code not in {o.code for o in out}]
    return KbliLeading(region, year, tuple(out + rest), reference_label or "province",
                       w, sum(1 for r in rows if not r.published),
                       first_year if "dlq_workers" in w else None)


def evidence(row: KbliRow, num: Any, lang: str) -> str:
    """What a row rests on, in the document's language ("LQ tenaga kerja 2,31; LQ nilai
    output 1,85; 12 unit usaha; 35,0 % tenaga kerja industri"); ``num(value, decimals)``
    formats numbers."""
    from rancang.core.i18n import text

    if not row.published:
        return ""
    parts = []
    if row.lq_workers is not None and math.isfinite(row.lq_workers):
        parts.append(text("registry.kbli.ev.lq_workers", lang, v=num(row.lq_workers, 2)))
    if row.lq_output is not None and math.isfinite(row.lq_output):
        parts.append(text("registry.kbli.ev.lq_output", lang, v=num(row.lq_output, 2)))
    if row.dlq_workers is not None and math.isfinite(row.dlq_workers):
        parts.append(text("registry.kbli.ev.dlq_workers", lang, v=num(row.dlq_workers, 2)))
    parts.append(text("registry.kbli.ev.units", lang, n=row.units))
    if row.share_workers is not None and math.isfinite(row.share_workers):
        parts.append(text("registry.kbli.ev.share", lang, v=num(row.share_workers, 1)))
    return "; ".join(parts)
