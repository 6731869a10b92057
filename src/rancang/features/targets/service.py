"""Targets and pathways of a region's manufacturing, as tidy tables.

The same service backs ``rancang targets``, the web pages and the API. Shares and growth
rates in the tables are percentages; levels are in the panel's unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from rancang.analysis.growth import cagr
from rancang.analysis.targets import (
    exposure,
    recession_path,
    required_growth,
    share_path,
    trend_path,
)
from rancang.core.errors import InputError, Problem
from rancang.core.i18n import format_number_id
from rancang.io_table import Note
from rancang.panel import Panel
from rancang.reference.ripin import RIPIN_SOURCE, ripin_milestones, ripin_value

TABLE_NAMES = ("indicators", "required_growth", "pathways", "exposure")
MANUFACTURING = "C"
# below this many annual growth rates, beta and correlation are rough (a standard error of
# a correlation near 0 is about 1 / sqrt(n - 3): 0.45 at n = 8)
MIN_EXPOSURE_OBSERVATIONS = 8
_SUB = re.compile(r"^(C[\W_]?\d{1,2}\w*|(1\d|2\d|3[0-3])\d{0,3})$")


@dataclass(frozen=True)
class TargetOptions:
    """Region, target (share in %, year), assumptions and the recession scenario."""

    region: str
    target_share: float = 30.0
    target_year: int = 2035
    rest_growth: float | None = None
    start: int | None = None
    end: int | None = None
    shock_depth: float = 5.0
    shock_year: int | None = None
    recovery_years: int = 2


@dataclass
class TargetResult:
    """Tidy tables keyed by :data:`TABLE_NAMES`, with the context they were computed in."""

    tables: dict[str, pl.DataFrame]
    panel: Panel
    options: TargetOptions
    region_code: str
    region_name: str
    start: int
    end: int
    rest_growth: float
    notes: list[Note] = field(default_factory=list)

    def about(self, lang: str = "id") -> dict[str, str]:
        en = lang == "en"
        o = self.options
        rows = {
            ("Region" if en else "Wilayah"): f"{self.region_code} {self.region_name}",
            "Data": ("SYNTHETIC (demo)" if en else "SINTETIS (demo)") if self.panel.synthetic
            else ("BPS / user input" if en else "BPS / masukan pengguna"),
            ("Period" if en else "Periode"): f"{self.start}-{self.end}",
            ("Target" if en else "Sasaran"): f"{o.target_share:g} % "
            + ("of PDRB by" if en else "PDRB pada") + f" {o.target_year}",
            ("Rest-of-economy growth" if en else "Pertumbuhan sektor lain"):
                _pct(100 * self.rest_growth, lang)
                + ((" (assumed)" if en else " (asumsi)") if o.rest_growth is not None
                   else (" (panel trend)" if en else " (tren panel)")),
            ("Recession scenario" if en else "Skenario resesi"):
                f"-{o.shock_depth:g} % PDRB, {self.shock_year}, "
                + (f"{o.recovery_years} recovery years" if en
                   else f"pemulihan {o.recovery_years} tahun"),
            ("RIPIN source" if en else "Sumber RIPIN"): RIPIN_SOURCE,
            ("RIPIN growth comparison" if en else "Perbandingan pertumbuhan RIPIN"):
                RIPIN_NOTES["industry_growth"][1 if en else 0],
            ("RIPIN share comparison" if en else "Perbandingan pangsa RIPIN"):
                RIPIN_NOTES["industry_share"][1 if en else 0],
        }
        for k, note in enumerate(self.notes, start=1):
            rows[f"{'Note' if en else 'Catatan'} {k}"] = note.text(lang)
        return rows

    @property
    def shock_year(self) -> int:
        return self.options.shock_year or self.end + 1


def _pct(value: float, lang: str) -> str:
    return f"{value:.2f} %" if lang == "en" else f"{format_number_id(value, 2)} %"


def _split(panel: Panel, idx: int) -> tuple[np.ndarray, np.ndarray, list[int], list[int]]:
    """(manufacturing, total) series and the indices of top-level and sub-industries."""
    codes = panel.industry_codes
    subs = [k for k, c in enumerate(codes) if _SUB.match(c)]
    top = [k for k in range(len(codes)) if k not in subs]
    values = panel.values[idx]
    if MANUFACTURING in codes:
        m = values[codes.index(MANUFACTURING)]
        total = values[top].sum(axis=0)
    elif subs:
        m = values[subs].sum(axis=0)
        total = values[top].sum(axis=0) + m
    else:
        raise InputError(Problem("the panel has no manufacturing (category C or KBLI 10-33)"))
    return m, total, top, subs


def run_targets(panel: Panel, options: TargetOptions) -> TargetResult:
    """Indicators, required growth, pathways (trend, target, recession) and exposure."""
    o = options
    sub = panel.select_years(o.start, o.end)
    if len(sub.years) < 2:
        raise InputError(Problem("the period needs at least two years"))
    idx = sub.region_index(o.region)
    code, name = sub.region_codes[idx], sub.region_names[idx]
    start, end = sub.years[0], sub.years[-1]
    if o.target_year <= end:
        raise InputError(Problem(f"--target-year {o.target_year} must be after {end}"))
    if o.shock_year is not None and not end < o.shock_year <= o.target_year:
        raise InputError(Problem(
            f"--shock-year {o.shock_year} must lie after the base year {end} and no later "
            f"than the target year {o.target_year} ({end + 1}-{o.target_year})"))
    if o.recovery_years < 0:
        raise InputError(Problem("--recovery-years cannot be negative"))
    if not 0 <= o.shock_depth < 100:
        raise InputError(Problem("--shock-depth is a percentage in [0, 100)"))
    if not 0 < o.target_share < 100:
        raise InputError(Problem("--target-share is a percentage between 0 and 100"))
    m, total, top, subs = _split(sub, idx)
    rest = total - m
    notes: list[Note] = []
    m_growth = float(cagr(m))
    r_growth = float(cagr(rest)) if o.rest_growth is None else o.rest_growth / 100.0
    if m_growth > 0.15:
        notes.append(Note(
            f"tren industri {format_number_id(100 * m_growth, 1)} % per tahun sangat tinggi "
            "(mis. investasi besar baru): jalur tren hanya ilustrasi",
            f"the manufacturing trend of {100 * m_growth:.1f} % a year is exceptional (e.g. "
            "a large new investment): read the trend path as an illustration"))
    ind = _indicators(sub, idx, m, total, rest, subs)
    req = _required(code, m, rest, end, r_growth, m_growth, o)
    ex = _exposure(sub, idx, top, total, o, notes)
    beta_m = ex.filter(pl.col("industry_code") == MANUFACTURING)["beta"]
    beta = float(beta_m[0]) if beta_m.len() and np.isfinite(beta_m[0]) else 1.0
    paths = _pathways(sub, m, rest, r_growth, m_growth, float(req["required_growth"][0]) / 100,
                      beta, o)
    tables = {
        "indicators": ind.with_columns(pl.lit(code).alias("region_code")).select(
            "region_code", *ind.columns),
        "required_growth": req,
        "pathways": paths.with_columns(pl.lit(code).alias("region_code")),
        "exposure": ex.with_columns(pl.lit(code).alias("region_code")).select(
            "region_code", *ex.columns),
    }
    return TargetResult(tables=tables, panel=sub, options=o, region_code=code,
                        region_name=name, start=start, end=end, rest_growth=r_growth,
                        notes=notes)


RIPIN_NOTES = {
    "industry_growth": (
        "RIPIN: pertumbuhan industri pengolahan nonmigas (nasional); di sini: pertumbuhan "
        "kategori C (seluruh industri pengolahan, termasuk pengilangan migas), harga konstan",
        "RIPIN: non-oil-and-gas manufacturing growth (national); here: growth of category C "
        "(all manufacturing, oil and gas refining included), constant prices"),
    "industry_share": (
        "RIPIN: pangsa terhadap PDB (termasuk pajak neto atas produk); di sini: kategori C "
        "terhadap jumlah 17 kategori (tanpa pajak), sehingga sedikit lebih tinggi",
        "RIPIN: share of GDP (net taxes on products included); here: category C of the sum "
        "of the 17 categories (no taxes), hence slightly higher"),
}


def _indicators(panel: Panel, idx: int, m: np.ndarray, total: np.ndarray, rest: np.ndarray,
                subs: list[int]) -> pl.DataFrame:
    start, end = panel.years[0], panel.years[-1]
    near = max((y for y in (2015, 2020, 2025, 2035) if y <= end), default=2015)
    rows = [
        ("manufacturing_growth", MANUFACTURING, 100 * float(cagr(m)), "% per year",
         f"{start}-{end}", "industry_growth", near),
        ("manufacturing_growth_last_year", MANUFACTURING, 100 * (m[-1] / m[-2] - 1),
         "% per year", f"{panel.years[-2]}-{end}", "industry_growth", near),
        ("manufacturing_share", MANUFACTURING, 100 * m[-1] / total[-1], "% of PDRB", str(end),
         "industry_share", near),
        ("manufacturing_share_start", MANUFACTURING, 100 * m[0] / total[0], "% of PDRB",
         str(start), "industry_share", max((y for y in (2015, 2020, 2025, 2035)
                                            if y <= start), default=2015)),
        ("rest_growth", "", 100 * float(cagr(rest)), "% per year", f"{start}-{end}", None, None),
        ("total_growth", "", 100 * float(cagr(total)), "% per year", f"{start}-{end}", None,
         None),
    ]
    for k in subs:
        v = panel.values[idx, k]
        rows.append(("subindustry_share_of_manufacturing", panel.industry_codes[k],
                     100 * v[-1] / m[-1], "% of manufacturing", str(end), None, None))
        rows.append(("subindustry_growth", panel.industry_codes[k], 100 * float(cagr(v)),
                     "% per year", f"{start}-{end}", None, None))
    return pl.DataFrame(
        {"indicator": [r[0] for r in rows], "industry_code": [r[1] for r in rows],
         "value": [float(r[2]) for r in rows], "unit": [r[3] for r in rows],
         "period": [r[4] for r in rows],
         "ripin_year": [r[6] for r in rows],
         "ripin_value": [ripin_value(r[5], r[6]) if r[5] else None for r in rows],
         "ripin_note": [RIPIN_NOTES[r[5]][1] if r[5] else None for r in rows]},
        schema_overrides={"ripin_year": pl.Int64, "ripin_value": pl.Float64,
                          "ripin_note": pl.String})


def _required(code: str, m: np.ndarray, rest: np.ndarray, end: int, r: float,
              trend: float, o: TargetOptions) -> pl.DataFrame:
    """The user's target first, then the RIPIN share milestones after the base year.

    ``status`` is ``to_reach`` when the base-year share is below the target and
    ``already_met`` when it is at or above it. In both cases ``required_growth`` is
    :func:`~rancang.analysis.targets.required_growth`: for a target still to reach, the
    constant growth that reaches it in the target year; for a target already met, the
    minimum constant growth that keeps the share at or above it up to the target year
    (with ``g < r`` the share falls every year, so the target year binds; it may be
    negative).
    """
    targets = [("user", o.target_share, o.target_year)]
    shares = ripin_milestones().filter((pl.col("indicator") == "industry_share")
                                       & (pl.col("year") > end))
    targets += [(f"ripin_{y}", s, y) for y, s in zip(shares["year"], shares["value"],
                                                       strict=True)]
    rows = []
    for label, share, year in targets:
        g = float(required_growth(m[-1], rest[-1], rest_growth=r, target_share=share / 100,
                                  years=year - end))
        base_share = 100 * m[-1] / (m[-1] + rest[-1])
        rows.append({"region_code": code, "target": label,
                     "status": "already_met" if base_share >= share else "to_reach",
                     "base_year": end,
                     "target_year": int(year), "target_share": float(share),
                     "base_share": base_share, "rest_growth": 100 * r,
                     "required_growth": 100 * g, "trend_growth": 100 * trend,
                     "gap": 100 * (g - trend)})
    return pl.DataFrame(rows)


def _pathways(panel: Panel, m: np.ndarray, rest: np.ndarray, r: float, trend: float,
              g: float, beta: float, o: TargetOptions) -> pl.DataFrame:
    """Actual, trend, target and recession paths of manufacturing and its share.

    The target path grows manufacturing at the required rate ``g``. When the target share
    is already met, ``g`` (the minimum to stay at or above it) would let the share fall to
    the target; the target path then grows at ``max(g, r)`` instead, which holds the share
    at least where it is (``M (1 + r)^k / (M (1 + r)^k + R (1 + r)^k)`` is constant).
    """
    end = panel.years[-1]
    if m[-1] / (m[-1] + rest[-1]) >= o.target_share / 100:
        g = max(g, r)
    k = o.target_year - end
    years = np.arange(end, o.target_year + 1)
    rest_path = trend_path(rest[-1], r, k)
    m_trend = trend_path(m[-1], trend, k)
    shock = (o.shock_year or end + 1) - end
    depth = o.shock_depth / 100
    total = m_trend + rest_path
    m_drop = min(max(beta * depth, 0.0), 0.95)
    r_drop = min(max((depth * total[min(shock, k)] - m_drop * m_trend[min(shock, k)])
                     / rest_path[min(shock, k)], 0.0), 0.95)
    m_rec = recession_path(m_trend, shock_index=shock, depth=m_drop,
                           recovery_years=o.recovery_years)
    r_rec = recession_path(rest_path, shock_index=shock, depth=r_drop,
                           recovery_years=o.recovery_years)
    parts = [("actual", np.asarray(panel.years), m, share_path(m, rest)),
             ("trend", years, m_trend, share_path(m_trend, rest_path)),
             ("target", years, trend_path(m[-1], g, k),
              share_path(trend_path(m[-1], g, k), rest_path)),
             ("recession", years, m_rec, share_path(m_rec, r_rec))]
    return pl.DataFrame({
        "year": np.concatenate([p[1] for p in parts]).astype(np.int64),
        "scenario": np.concatenate([[p[0]] * len(p[1]) for p in parts]),
        "value": np.concatenate([p[2] for p in parts]),
        "share": 100 * np.concatenate([p[3] for p in parts]),
    })


def _exposure(panel: Panel, idx: int, top: list[int], total: np.ndarray, o: TargetOptions,
              notes: list[Note]) -> pl.DataFrame:
    values = panel.values[idx][top]
    if len(panel.years) >= 3:
        ex = exposure(values, total)
    else:
        ex = {k: np.full(len(top), np.nan) for k in ("mean_growth", "volatility",
                                                      "correlation", "beta")}
        notes.append(Note("exposure butuh minimal 3 tahun data: NaN",
                          "exposure needs at least 3 years of data: NaN"))
    n_obs = len(panel.years) - 1
    if 2 <= n_obs < MIN_EXPOSURE_OBSERVATIONS:
        notes.append(Note(
            f"keterpaparan (beta, korelasi) bertumpu pada hanya {n_obs} pengamatan pertumbuhan "
            f"tahunan (kurang dari {MIN_EXPOSURE_OBSERVATIONS}): perkiraan kasar, satu tahun "
            "luar biasa dapat membalik urutannya",
            f"exposure (beta, correlation) rests on only {n_obs} annual growth observations "
            f"(fewer than {MIN_EXPOSURE_OBSERVATIONS}): a rough estimate, one unusual year can "
            "reverse the order"))
    frame = pl.DataFrame({
        "industry_code": [panel.industry_codes[k] for k in top],
        "industry_name": [panel.industry_names[k] for k in top],
        "share": 100 * values[:, -1] / total[-1],
        "mean_growth": 100 * ex["mean_growth"], "volatility": 100 * ex["volatility"],
        "correlation": ex["correlation"], "beta": ex["beta"],
        "shock_drop": ex["beta"] * o.shock_depth,
    }).with_columns(pl.col(pl.Float64).fill_nan(None))
    return frame.sort("shock_drop", descending=True, nulls_last=True).with_columns(
        pl.int_range(1, pl.len() + 1).alias("exposure_rank"))
