"""The methods on the real BPS PDRB files (514 regencies, 17 categories, 2013-2020)."""

import numpy as np
import pytest

from rancang.analysis import (
    cagr,
    dynamic_shift_share,
    leading_industries,
    location_quotient,
    shift_share,
    specialization,
)
from rancang.sources import read_panel

pytestmark = pytest.mark.realdata

# BPS, Berita Resmi Statistik No. 13/02/Th. XXIV (5 February 2021), growth of GDP at constant
# 2010 prices in 2020 by industry, percent. The regency table carries a later vintage of the
# national row, so we allow 0.05 percentage points.
PUBLISHED_2020_GROWTH = {"A": 1.75, "B": -1.95, "C": -2.93, "H": -15.04, "I": -10.22,
                         "J": 10.58, "Q": 11.60}


@pytest.fixture(scope="module")
def panel(bps_pdrb_dir):
    return read_panel(bps_pdrb_dir)


def test_national_growth_2020_by_industry_as_bps_published(panel):
    national = panel.reference_vector("9999")
    growth = 100 * cagr(national[:, -2:])
    for code, published in PUBLISHED_2020_GROWTH.items():
        j = panel.industry_codes.index(code)
        assert growth[j] == pytest.approx(published, abs=0.05), code


def test_identities_hold_on_the_real_panel(panel):
    x, ref = panel.values, panel.reference_vector("9999")
    lq = location_quotient(x, ref)
    ref_share = ref / ref.sum(axis=0)
    weighted = (ref_share[None] * lq).sum(axis=1)
    # Muna Barat, Buton Tengah and Buton Selatan (created 2014) are all zero in 2013
    empty = x.sum(axis=1) == 0
    assert empty.sum() == 3 and np.isnan(weighted[empty]).all()
    np.testing.assert_allclose(weighted[~empty], 1.0, rtol=1e-12)
    out = shift_share(x[:, :, 0], x[:, :, -1], ref[:, 0], ref[:, -1])
    total = out["national_share"] + out["industry_mix"] + out["regional_share"]
    np.testing.assert_allclose(total, x[:, :, -1] - x[:, :, 0], atol=1e-7)
    dyn = dynamic_shift_share(x, ref)
    total = dyn["national_share"] + dyn["industry_mix"] + dyn["regional_share"]
    np.testing.assert_allclose(total, x[:, :, -1] - x[:, :, 0], atol=1e-7)
    spec = specialization(x, ref)
    assert np.nanmax(spec["hoover"]) <= 1 and np.nanmin(spec["hoover"]) >= 0
    # 49 regencies have an industry with value 0: REAT's Theil (mean log deviation) is
    # undefined there, the relative Theil only for the three empty region-years
    with_zero = (x == 0).any(axis=1)
    assert np.array_equal(np.isnan(spec["theil"]), with_zero)
    assert np.array_equal(np.isnan(spec["theil_relative"]), empty)


def test_morowali_manufacturing_leads_with_a_stable_rank(panel):
    # BPS 7203 Morowali: the nickel smelters of IMIP make manufacturing the leading industry
    r = panel.region_index("7203")
    res = leading_industries(panel.values, panel.reference_vector("9999"), n_samples=200)
    c = panel.industry_codes.index("C")
    assert res.rank[r, c] == 1 and res.rank_high[r, c] <= 2
