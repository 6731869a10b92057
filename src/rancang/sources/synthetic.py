"""Synthetic demo data, made by our own code and labelled as such everywhere it is shown.

The demo province imitates the structure of a real Indonesian province: a capital city
dominated by trade and services, agrarian regencies, a nickel-mining regency whose
manufacturing (smelters) grows fast, a regency with a large industrial estate, and the 2020
recession. Nothing in it is BPS data.
"""

from __future__ import annotations

import numpy as np

from rancang.panel import Panel
from rancang.reference.pdrb import CATEGORY_CODES, category_title

DEMO_PROVINCE_CODE = "9900"
DEMO_PROVINCE_NAME = "Provinsi Contoh (sintetis)"

# name, archetype
_REGENCIES = (
    ("Kota Bandar Contoh", "city"),
    ("Kabupaten Lembah Hijau", "agrarian"),
    ("Kabupaten Tanjung Nikel", "mining"),
    ("Kabupaten Teluk Industri", "industrial"),
    ("Kabupaten Pesisir Timur", "fishery"),
    ("Kabupaten Dataran Tinggi", "agrarian"),
    ("Kabupaten Sungai Besar", "plantation"),
    ("Kota Pelabuhan Lama", "city"),
    ("Kabupaten Kepulauan Selatan", "fishery"),
    ("Kabupaten Bukit Kapur", "industrial"),
    ("Kabupaten Hutan Raya", "plantation"),
    ("Kabupaten Padang Luas", "agrarian"),
)

# structure weights per archetype for the 17 categories (A..R_S_T_U)
_BASE = np.array([20, 5, 12, 0.3, 0.1, 10, 13, 4, 2, 3, 3, 3, 1, 5, 3, 1, 1.6])
_TILT = {
    "city": {"A": 0.1, "B": 0.1, "G": 2.0, "J": 2.5, "K": 2.5, "I": 2.0, "L": 1.5, "M_N": 2.0,
             "O": 1.3, "P": 1.5, "Q": 1.5},
    "agrarian": {"A": 2.0, "B": 0.3, "C": 0.6, "J": 0.5, "K": 0.5},
    "mining": {"A": 0.6, "B": 5.0, "C": 1.8, "F": 1.5, "H": 1.3},
    "industrial": {"A": 0.5, "C": 3.5, "D": 3.0, "H": 1.5, "F": 1.3},
    "fishery": {"A": 2.2, "C": 0.8, "I": 1.4, "H": 1.2},
    "plantation": {"A": 1.8, "C": 1.5, "B": 0.5},
}
# extra annual growth by archetype and category
_GROWTH = {
    "mining": {"C": 0.20, "B": 0.06},
    "industrial": {"C": 0.06, "D": 0.03},
    "city": {"J": 0.05, "K": 0.02},
}


def demo_province(*, seed: int = 2024, first_year: int = 2013, last_year: int = 2024) -> Panel:
    """The synthetic demo province: 12 regencies x 17 PDRB categories x 12 years.

    Values are PDRB at constant 2010 prices in billion rupiah (synthetic). The province row
    (sum of its regencies) is attached as the reference economy ``9900``.
    """
    rng = np.random.default_rng(seed)
    years = np.arange(first_year, last_year + 1)
    codes = list(CATEGORY_CODES)
    r, i, t = len(_REGENCIES), len(codes), len(years)
    values = np.empty((r, i, t))
    for k, (_, kind) in enumerate(_REGENCIES):
        weights = _BASE * np.array([_TILT.get(kind, {}).get(c, 1.0) for c in codes])
        weights *= rng.lognormal(0.0, 0.25, i)
        size = rng.lognormal(np.log(9000 if kind != "city" else 16000), 0.5)
        level = size * weights / weights.sum()
        base_growth = rng.normal(0.052, 0.008)
        extra = np.array([_GROWTH.get(kind, {}).get(c, 0.0) for c in codes])
        g = base_growth + extra + rng.normal(0.0, 0.012, i)
        shocks = rng.normal(0.0, 0.02, (i, t))
        growth = g[:, None] + shocks
        if first_year <= 2020 <= last_year:
            hit = np.where(np.isin(codes, ["H", "I", "R_S_T_U", "C", "G"]), -0.09, -0.035)
            growth[:, 2020 - first_year] += hit
            if last_year >= 2021:
                growth[:, 2021 - first_year] += -hit * 0.5
        growth[:, 0] = 0.0
        values[k] = level[:, None] * np.cumprod(1.0 + growth, axis=1)
    values = np.round(values, 2)
    regency_codes = tuple(f"99{n:02d}" for n in range(1, r + 1))
    province = Panel(
        values=values.sum(axis=0, keepdims=True),
        region_codes=(DEMO_PROVINCE_CODE,),
        region_names=(DEMO_PROVINCE_NAME,),
        industry_codes=tuple(codes),
        industry_names=tuple(category_title(c) for c in codes),
        years=tuple(int(y) for y in years),
        measure="pdrb_adhk",
        unit="miliar rupiah",
        synthetic=True,
    )
    return Panel(
        values=values,
        region_codes=regency_codes,
        region_names=tuple(f"{name} (sintetis)" for name, _ in _REGENCIES),
        industry_codes=tuple(codes),
        industry_names=province.industry_names,
        years=province.years,
        parent_codes=(DEMO_PROVINCE_CODE,) * r,
        references=province,
        measure="pdrb_adhk",
        unit="miliar rupiah",
        synthetic=True,
        sources=("rancang demo (sintetis)",),
    )


def synthetic_panel(
    n_regions: int, n_industries: int, n_years: int, *, seed: int = 0, zero_share: float = 0.1
) -> Panel:
    """A large random panel for benchmarks: lognormal levels, noisy growth, some zeros."""
    rng = np.random.default_rng(seed)
    level = rng.lognormal(3.0, 1.5, (n_regions, n_industries, 1))
    level[rng.random((n_regions, n_industries, 1)) < zero_share] = 0.0
    growth = 1.0 + rng.normal(0.05, 0.05, (n_regions, n_industries, n_years))
    growth[:, :, 0] = 1.0
    values = level * np.cumprod(np.clip(growth, 0.5, None), axis=2)
    return Panel(
        values=values,
        region_codes=tuple(f"R{k:05d}" for k in range(n_regions)),
        industry_codes=tuple(f"I{k:04d}" for k in range(n_industries)),
        years=tuple(range(2000, 2000 + n_years)),
        measure="synthetic",
        synthetic=True,
    )
