"""Complexity analysis of a panel: every measure and the opportunities, as tidy tables.

The same service backs ``rancang complexity`` and, later, the web pages. It runs
:func:`~rancang.analysis.complexity.economic_complexity` and
:func:`~rancang.analysis.opportunities.opportunities` once for all regions and years and
turns the arrays into the tables the CSV files carry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from rancang.analysis.complexity import FEW_INDUSTRIES, ComplexityResult, economic_complexity
from rancang.analysis.opportunities import OpportunityResult, opportunities
from rancang.core.errors import InputError, Problem
from rancang.panel import Panel

TABLE_NAMES = ("complexity", "eci", "pci", "opportunities")


@dataclass(frozen=True)
class ComplexityOptions:
    """Threshold, period, opportunity weights and how hard to test the ranks."""

    threshold: float = 1.0
    start: int | None = None
    end: int | None = None
    weights: Mapping[str, float] | None = None
    all_years: bool = False
    rank_samples: int = 60
    seed: int = 0
    drivers: int = 3


@dataclass
class ComplexityTables:
    """Tidy tables keyed by :data:`TABLE_NAMES`, the arrays behind them, and caveats."""

    tables: dict[str, pl.DataFrame]
    panel: Panel
    result: ComplexityResult
    opportunities: OpportunityResult
    threshold: float
    weights: dict[str, float] = field(default_factory=dict)

    def warnings(self, lang: str = "id") -> list[str]:
        """The result's caveats in plain words."""
        return [warning_text(code, self.panel, lang) for code in self.result.warnings]

    def about(self, lang: str = "id") -> dict[str, str]:
        """Lines for the first sheet of the workbook."""
        p = self.panel
        en = lang == "en"
        opp_years = sorted({p.years[t] for t in self.opportunities.year_index})
        rows = {
            ("Data", "Data"): ("SYNTHETIC (demo)" if en else "SINTETIS (demo)") if p.synthetic
            else ("BPS / user input" if en else "BPS / masukan pengguna"),
            ("Ukuran", "Measure"): f"{p.measure} ({p.unit})" if p.unit else p.measure,
            ("Periode", "Period"): f"{p.years[0]}-{p.years[-1]}",
            ("Wilayah x industri", "Regions x industries"):
                f"{len(p.region_codes)} x {len(p.industry_codes)}",
            ("Ambang RCA (Mcp = 1 bila RCA >= ambang)", "RCA threshold (Mcp = 1 if RCA >=)"):
                f"{self.threshold:g}",
            ("Bobot skor peluang", "Opportunity score weights"):
                ", ".join(f"{k}={v:g}" for k, v in self.weights.items()),
            ("Tahun peluang", "Opportunity years"): ", ".join(map(str, opp_years)),
            ("Ambang uji peringkat", "Thresholds tested for the ranks"):
                ", ".join(f"{t:g}" for t in self.opportunities.thresholds),
            ("Sumber", "Sources"): "; ".join(p.sources) or "-",
            ("Metode", "Method"): "Hidalgo & Hausmann (2009); Atlas of Economic Complexity "
                "(2014); " + ("same definitions as ecomplexity 0.5.3" if en
                              else "definisi sama dengan ecomplexity 0.5.3"),
        }
        out = {k[1] if en else k[0]: v for k, v in rows.items()}
        for n, text in enumerate(self.warnings(lang), start=1):
            out[f"{'Warning' if en else 'Peringatan'} {n}"] = text
        return out


def warning_text(code: str, panel: Panel, lang: str = "id") -> str:
    """Words for a warning code of :class:`ComplexityResult`."""
    en = lang == "en"
    if code == "few_industries":
        n = len(panel.industry_codes)
        what = (f"the {n} PDRB categories" if en else f"{n} kategori PDRB") if (
            panel.classification == "pdrb17") else (f"{n} industries" if en
                                                    else f"{n} lapangan usaha")
        if en:
            return (f"Only {what}: complexity measures (ECI, PCI, proximity, density) mean "
                    f"little with fewer than about {FEW_INDUSTRIES} industries. Use a finer "
                    "classification, e.g. KBLI 2-5 digit employment or output from the "
                    "industry register (rancang registry).")
        return (f"Hanya {what}: ukuran kompleksitas (ECI, PCI, kedekatan, kepadatan) kurang "
                f"bermakna dengan kurang dari sekitar {FEW_INDUSTRIES} industri. Gunakan "
                "klasifikasi yang lebih rinci, mis. tenaga kerja atau output KBLI 2-5 digit "
                "dari register industri (rancang registry).")
    if code.startswith("eci_undefined:"):
        year = panel.years[int(code.split(":", 1)[1])]
        return (f"{year}: ECI/PCI undefined (fewer than two regions or industries present)."
                if en else
                f"{year}: ECI/PCI tidak terdefinisi (kurang dari dua wilayah/industri hadir).")
    return code


def _codes(panel: Panel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.asarray(panel.region_codes, dtype=object),
            np.asarray(panel.industry_codes, dtype=object),
            np.asarray(panel.years, dtype=np.int64))


NO_DRIVERS = ("tidak ada industri yang sudah ada dengan kedekatan > 0",
              "no present industry with proximity > 0")


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


def _tables(p: Panel, res: ComplexityResult, opp: OpportunityResult) -> dict[str, pl.DataFrame]:
    rc, ic, yr = _codes(p)
    n_r, n_i, n_t = res.rca.shape
    tables = {
        "complexity": pl.DataFrame({
            "region_code": np.repeat(rc, n_i * n_t),
            "industry_code": np.tile(np.repeat(ic, n_t), n_r),
            "year": np.tile(yr, n_r * n_i),
            "rca": res.rca.reshape(-1),
            "mcp": res.mcp.reshape(-1).astype(np.int8),
            "density": res.density.reshape(-1),
            "cog": res.cog.reshape(-1),
        }),
        "eci": pl.DataFrame({
            "region_code": np.repeat(rc, n_t), "year": np.tile(yr, n_r),
            "eci": res.eci.reshape(-1), "diversity": res.diversity.reshape(-1),
            "coi": res.coi.reshape(-1),
        }),
        "pci": pl.DataFrame({
            "industry_code": np.repeat(ic, n_t), "year": np.tile(yr, n_i),
            "pci": res.pci.reshape(-1), "ubiquity": res.ubiquity.reshape(-1),
        }),
    }
    cells = np.argwhere(opp.candidate)  # (N, 3): region, industry, year position
    c, i, t = cells.T
    oyears = yr[np.asarray(opp.year_index, dtype=np.intp)]
    tables["opportunities"] = pl.DataFrame({
        "region_code": rc[c], "industry_code": ic[i], "year": oyears[t],
        "score": opp.score[c, i, t], "rank": opp.rank[c, i, t],
        "rank_low": opp.rank_low[c, i, t], "rank_high": opp.rank_high[c, i, t],
        "drivers": _drivers_text(ic, opp.drivers[c, i, t], opp.driver_proximity[c, i, t]),
    }).sort(["region_code", "year", "rank"], maintain_order=True)
    return tables


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
        raise InputError(Problem("complexity needs at least two regions and two industries"))
    if not np.isfinite(opts.threshold) or opts.threshold <= 0:
        raise InputError(Problem(f"the RCA threshold must be positive, got {opts.threshold}"))
    values = np.nan_to_num(sub.values)
    if (values < 0).any():
        raise InputError(Problem("complexity needs non-negative values (negative found)"))
    step("ECI, PCI, proximity, density, COG")
    res = economic_complexity(values, threshold=opts.threshold)
    step("opportunities")
    years = range(len(sub.years)) if opts.all_years else None
    try:
        opp = opportunities(
            values, threshold=opts.threshold, weights=opts.weights, years=years,
            n_samples=opts.rank_samples, seed=opts.seed, n_drivers=opts.drivers, base=res,
        )
    except ValueError as exc:
        raise InputError(Problem(str(exc))) from None
    step("tables")
    return ComplexityTables(
        tables=_tables(sub, res, opp), panel=sub, result=res, opportunities=opp,
        threshold=opts.threshold, weights=dict(opts.weights or opp.weights),
    )
