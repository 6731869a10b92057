"""Complexity analysis of a panel: every measure and the opportunities, as tidy tables.

The same service backs ``rancang complexity`` and, later, the web pages. It runs
:func:`~rancang.analysis.complexity.economic_complexity` and
:func:`~rancang.analysis.opportunities.opportunities` once for all regions and years and
turns the arrays into the tables the CSV files carry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import polars as pl

from rancang.analysis.complexity import FEW_INDUSTRIES, ComplexityResult, economic_complexity
from rancang.analysis.opportunities import OpportunityResult, opportunities
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import Msg, text
from rancang.features.complexity.words import WORDS
from rancang.panel import Panel

if TYPE_CHECKING:
    from rancang.sources.checks import TotalCheck

TABLE_NAMES = ("complexity", "eci", "pci", "opportunities")


@dataclass(frozen=True)
class ComplexityOptions:
    """Threshold, period, opportunity weights and how hard to test the ranks."""

    threshold: float = 1.0
    start: int | None = None
    end: int | None = None
    weights: Mapping[str, float] | None = None
    all_years: bool = False
    rank_samples: int | None = None
    seed: int = 0
    drivers: int = 3
    top: int = 20


#: Above this many region-industry cells (of the years with opportunities) a result is
#: "large": the full tables go to Parquet, the CSV files and the workbook hold the ``top``
#: opportunities of each region, explained (drivers) and ranked with intervals.
LARGE_CELLS = 1_000_000
DEFAULT_RANK_SAMPLES = 60


def auto_rank_samples(cells: int) -> int:
    """Draws for the rank intervals when none are asked: 60, fewer above 1.5 million
    cells (at least 20), said in the output.

    >>> auto_rank_samples(514 * 300), auto_rank_samples(5_000_000)
    (60, 20)
    """
    return min(DEFAULT_RANK_SAMPLES, max(20, 90_000_000 // max(cells, 1)))


@dataclass
class ComplexityTables:
    """Tidy tables keyed by :data:`TABLE_NAMES`, the arrays behind them, and caveats."""

    tables: dict[str, pl.DataFrame]
    panel: Panel
    result: ComplexityResult
    opportunities: OpportunityResult
    threshold: float
    weights: dict[str, float] = field(default_factory=dict)
    #: BPS rows whose categories miss their total column (when read from files).
    checks: list[TotalCheck] = field(default_factory=list)
    #: Full tables written as Parquet only (a large result, see :data:`LARGE_CELLS`).
    full: dict[str, pl.DataFrame] = field(default_factory=dict)
    #: Opportunities per region in the CSV and workbook (None: all of them).
    top: int | None = None
    rank_samples: int = DEFAULT_RANK_SAMPLES

    def warnings(self, lang: str | None = None) -> list[str]:
        """The result's caveats in plain words (default: the current language)."""
        return [warning_text(code, self.panel, lang) for code in self.result.warnings]

    def about(self, lang: str | None = None) -> dict[str, str]:
        """Lines for the first sheet of the workbook (default: the current language)."""
        p = self.panel
        opp_years = sorted({p.years[t] for t in self.opportunities.year_index})
        data = "complexity.about.synthetic" if p.synthetic else "complexity.about.bps"
        rows = {
            "complexity.about.data": text(data, lang),
            "complexity.about.measure": f"{p.measure} ({p.unit})" if p.unit else p.measure,
            "complexity.about.period": f"{p.years[0]}-{p.years[-1]}",
            "complexity.about.size": f"{len(p.region_codes)} x {len(p.industry_codes)}",
            "complexity.about.threshold": f"{self.threshold:g}",
            "complexity.about.weights": ", ".join(f"{k}={v:g}"
                                                  for k, v in self.weights.items()),
            "complexity.about.years": ", ".join(map(str, opp_years)),
            "complexity.about.rank_thresholds": ", ".join(
                f"{t:g}" for t in self.opportunities.thresholds),
            "complexity.about.sources": "; ".join(p.sources) or "-",
            "complexity.about.method": text("complexity.about.method_text", lang),
        }
        out = {text(key, lang): value for key, value in rows.items()}
        for n, warning in enumerate(self.warnings(lang), start=1):
            out[text("complexity.warning_n", lang, n=n)] = warning
        return out


def warning_text(code: str, panel: Panel, lang: str | None = None) -> str:
    """Words for a warning code of :class:`ComplexityResult` (default: current language)."""
    if code == "few_industries":
        n = len(panel.industry_codes)
        what = "complexity.few_pdrb" if panel.classification == "pdrb17" else \
            "complexity.few_other"
        return text("complexity.few_industries", lang, what=text(what, lang, n=n),
                    limit=FEW_INDUSTRIES)
    if code.startswith("eci_undefined:"):
        year = panel.years[int(code.split(":", 1)[1])]
        return text("complexity.eci_undefined", lang, year=year)
    return code


def _codes(panel: Panel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.asarray(panel.region_codes, dtype=object),
            np.asarray(panel.industry_codes, dtype=object),
            np.asarray(panel.years, dtype=np.int64))


#: (Indonesian, English) words for a candidate without a present industry nearby; the CSV
#: keeps the English ones.
NO_DRIVERS = WORDS["complexity.no_drivers"]


def driver_cents(proximity: float) -> int:
    """A driver's proximity in hundredths, rounded as the ``drivers`` column of
    ``opportunities.csv`` rounds it (half to even on ``100 * proximity``), so that the page,
    the API and the files print the same two decimals (``f"{0.025:.2f}"`` gives ``0.03``,
    the file ``0.02``).

    >>> driver_cents(0.025), driver_cents(0.8249), driver_cents(float("nan"))
    (2, 82, 0)
    """
    return int(np.round(np.nan_to_num(proximity) * 100))


def _drivers_text(codes: np.ndarray, idx: np.ndarray, prox: np.ndarray) -> pl.Series:
    """``"C (0.82), G (0.71)"`` from driver indices (N, k) and proximities (N, k).

    The CSV keeps this machine-readable form (decimal point, English); the workbook shows
    it with the language's decimal separator (see :mod:`rancang.features.complexity.export`). A
    candidate with no present industry at proximity > 0 (its density is 0) gets
    :data:`NO_DRIVERS` instead of an empty value.
    """
    parts = []
    for j in range(idx.shape[1]):
        ok = idx[:, j] >= 0
        names = pl.Series(np.asarray(codes, dtype=str)[np.maximum(idx[:, j], 0)])
        code = pl.select(pl.when(pl.Series(ok)).then(names).otherwise(None)).to_series()
        cents = pl.Series(np.round(np.nan_to_num(prox[:, j]) * 100).astype(np.int64))
        text = pl.concat_str(
            [code, pl.lit(" ("), (cents // 100).cast(pl.String), pl.lit("."),
             (cents % 100).cast(pl.String).str.zfill(2), pl.lit(")")]
        )
        parts.append(pl.select(text.alias(f"d{j}")).to_series())
    frame = pl.DataFrame(parts)
    return frame.select(
        pl.concat_str(pl.all(), separator=", ", ignore_nulls=True).fill_null("")
    ).to_series().replace("", NO_DRIVERS[1])


def _at(name: str, codes: np.ndarray, index: np.ndarray) -> pl.Series:
    """Codes picked by position, as a String column (gathered in polars: no 5 million
    Python strings)."""
    return pl.Series(name, codes.tolist(), dtype=pl.String).gather(index)


def _tables(p: Panel, res: ComplexityResult, opp: OpportunityResult, *,
            top: int | None = None) -> dict[str, pl.DataFrame]:
    """The tidy tables; ``opportunities`` holds the first ``top`` of each region-year
    (all when None), ``opportunities_all`` every candidate (drivers and rank intervals
    where computed, empty elsewhere)."""
    rc, ic, yr = _codes(p)
    n_r, n_i, n_t = res.rca.shape
    with ThreadPoolExecutor(max_workers=1) as pool:
        # the full matrix on another thread (NumPy and polars let go of the GIL), the
        # opportunities here
        matrix = pool.submit(_complexity_table, res, rc, ic, yr)
        tables = _opportunity_tables(opp, ic, rc, yr, top=top)
        tables["complexity"] = matrix.result()
    tables["eci"] = pl.DataFrame({
        "region_code": np.repeat(rc, n_t), "year": np.tile(yr, n_r),
        "eci": res.eci.reshape(-1), "diversity": res.diversity.reshape(-1),
        "coi": res.coi.reshape(-1),
    })
    tables["pci"] = pl.DataFrame({
        "industry_code": np.repeat(ic, n_t), "year": np.tile(yr, n_i),
        "pci": res.pci.reshape(-1), "ubiquity": res.ubiquity.reshape(-1),
    })
    return {k: tables[k] for k in (*TABLE_NAMES[:3], "opportunities_all", "opportunities")}


def _complexity_table(res: ComplexityResult, rc: np.ndarray, ic: np.ndarray, yr: np.ndarray
                      ) -> pl.DataFrame:
    """Every region-industry-year cell: RCA, presence, density and COG."""
    n_r, n_i, n_t = res.rca.shape
    cell = np.arange(n_r * n_i * n_t, dtype=np.int64)
    return pl.DataFrame([
        _at("region_code", rc, cell // (n_i * n_t)),
        _at("industry_code", ic, cell // n_t % n_i),
        pl.Series("year", yr[cell % n_t]),
        pl.Series("rca", res.rca.reshape(-1)),
        pl.Series("mcp", res.mcp.reshape(-1).astype(np.int8)),
        pl.Series("density", res.density.reshape(-1)),
        pl.Series("cog", res.cog.reshape(-1)),
    ])


def _opportunity_tables(opp: OpportunityResult, ic: np.ndarray, rc: np.ndarray,
                        yr: np.ndarray, *, top: int | None) -> dict[str, pl.DataFrame]:
    """``opportunities_all`` (every candidate) and ``opportunities`` (the first ``top`` of
    each region-year, all when None), see :func:`_tables`."""
    # the candidates in C order (as np.argwhere lists them), by flat position: one gather
    # per array instead of three-index fancy indexing
    flat = np.flatnonzero(opp.candidate)
    c, i, t = np.unravel_index(flat, opp.candidate.shape)

    def at(a: np.ndarray) -> np.ndarray:
        return a.reshape(-1)[flat]

    oyears = yr[np.asarray(opp.year_index, dtype=np.intp)]
    rank = at(opp.rank)
    shown = np.ones(len(c), dtype=bool) if top is None else rank <= top
    drivers = pl.Series("drivers", [None] * len(c), dtype=pl.String)
    drivers = drivers.scatter(np.flatnonzero(shown), _drivers_text(
        ic, opp.drivers[c[shown], i[shown], t[shown]],
        opp.driver_proximity[c[shown], i[shown], t[shown]]))
    low, high = at(opp.rank_low), at(opp.rank_high)
    everything = pl.DataFrame([
        _at("region_code", rc, c), _at("industry_code", ic, i),
        pl.Series("year", oyears[t]), pl.Series("score", at(opp.score)),
        pl.Series("rank", rank),
        pl.Series("rank_low", low).set(pl.Series(low == 0), None),
        pl.Series("rank_high", high).set(pl.Series(high == 0), None),
        drivers,
    ])
    return {"opportunities_all": everything,
            "opportunities": everything.filter(pl.Series(shown)).sort(
                ["region_code", "year", "rank"], maintain_order=True)}


def run_complexity(
    panel: Panel,
    options: ComplexityOptions | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> ComplexityTables:
    """Every complexity measure and the opportunities of ``panel``, as tidy tables.

    All regions of the panel enter the computation (complexity is relative to the set of
    regions); reference economies attached to the panel (province, national rows) do not.
    """
    opts = options or ComplexityOptions()
    step = progress or (lambda _msg: None)
    sub = panel.select_years(opts.start, opts.end)
    if len(sub.region_codes) < 2 or len(sub.industry_codes) < 2:
        raise InputError(Problem(Msg("complexity.too_small")))
    if not np.isfinite(opts.threshold) or opts.threshold <= 0:
        raise InputError(Problem(Msg("complexity.bad_rca_threshold", value=opts.threshold)))
    values = np.nan_to_num(sub.values)
    if (values < 0).any():
        raise InputError(Problem(Msg("complexity.negative")))
    step(text("complexity.step.measures"))
    res = economic_complexity(values, threshold=opts.threshold)
    step(text("complexity.step.opportunities"))
    years = range(len(sub.years)) if opts.all_years else None
    cells = values.shape[0] * values.shape[1] * (values.shape[2] if opts.all_years else 1)
    large = cells > LARGE_CELLS
    samples = auto_rank_samples(cells) if opts.rank_samples is None else opts.rank_samples
    try:
        opp = opportunities(
            values, threshold=opts.threshold, weights=opts.weights, years=years,
            n_samples=samples, seed=opts.seed, n_drivers=opts.drivers, base=res,
            drivers_top=opts.top if large else None,
            intervals_top=opts.top if large else None,
        )
    except ValueError as exc:  # the methods' message (a Msg), shown in the reader's language
        message = exc.args[0] if exc.args and isinstance(exc.args[0], Msg) else str(exc)
        raise InputError(Problem(message)) from None
    step(text("complexity.step.tables"))
    if large:  # the computation's freed temporaries handed back before the tables
        from rancang.core.memory import release_freed_memory

        release_freed_memory()
    tables = _tables(sub, res, opp, top=opts.top if large else None)
    full: dict[str, pl.DataFrame] = {}
    if large:
        full = {"complexity": tables.pop("complexity"),
                "opportunities": tables.pop("opportunities_all")}
    else:
        tables.pop("opportunities_all")
    return ComplexityTables(
        tables=tables, panel=sub, result=res, opportunities=opp,
        threshold=opts.threshold, weights=dict(opts.weights or opp.weights), full=full,
        top=opts.top if large else None, rank_samples=samples,
    )


def complexity_from_files(
    inputs: Sequence[Path],
    options: ComplexityOptions | None = None,
    *,
    progress: Callable[[str], None] | None = None,
    missing: str = "zero",
) -> ComplexityTables:
    """:func:`run_complexity` on the panel read from ``inputs`` (any layout
    :func:`rancang.sources.read_panel` reads; BPS rows repaired as every verb does), with
    the total checks of its BPS files in ``checks``.

    ``missing="zero"`` (default): a cell a tidy table leaves out is a zero, the convention
    of ecomplexity and the Atlas of Economic Complexity for sparse tables (the number
    filled is in the panel's notes); ``"refuse"`` refuses such a table. Years may have
    gaps (every measure is per year)."""
    from rancang.features.complexity.inputs import read_complexity_panel

    panel, checks = read_complexity_panel(inputs, progress=progress, missing=missing)
    result = run_complexity(panel, options, progress=progress)
    result.checks = list(checks)
    return result
