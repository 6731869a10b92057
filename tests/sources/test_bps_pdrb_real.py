"""The real BPS web-table exports in ../shared/data/raw (skipped when absent)."""

import numpy as np
import pytest

from rancang.sources import detect_layout, read_panel

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def panel(bps_pdrb_dir):
    return read_panel([bps_pdrb_dir])


def test_shape_and_references(panel, bps_pdrb_dir):
    assert panel.shape == (514, 17, 8)
    assert panel.years == tuple(range(2013, 2021))
    refs = panel.references
    assert refs is not None and "9999" in refs.region_codes
    assert len([c for c in refs.region_codes if c.endswith("00")]) == 34
    assert not any(c.endswith("00") or c == "9999" for c in panel.region_codes)
    for f in bps_pdrb_dir.glob("*.xlsx"):
        assert detect_layout(f) == "bps_pdrb"


def test_hand_checked_cells(panel):
    # values read off the files by eye
    sim = panel.region_index("1101")
    assert panel.region_names[sim] == "Simeulue"
    assert panel.values[sim, panel.industry_codes.index("A"), 0] == 450.91
    mor = panel.region_index("7203")
    assert panel.region_names[mor] == "Morowali"
    assert panel.parent_codes[mor] == "7200"
    assert panel.values[mor, panel.industry_codes.index("C"), -1] == 28893.19  # 2020
    nat = panel.references.values[panel.references.region_index("9999")]
    assert nat[panel.industry_codes.index("C"), 0] == 1771961.9


def test_sum_of_categories_matches_total_column(panel, bps_pdrb_dir):
    # Simeulue 2013: total column 1235.54
    sim = panel.region_index("1101")
    assert panel.values[sim, :, 0].sum() == pytest.approx(1235.54, rel=1e-3)
    # the national total (8,156,497.8) also holds net taxes on products: the 17 categories
    # add up to about 97.5 % of it
    nat = panel.references.values[panel.references.region_index("9999")]
    assert 0.95 < nat[:, 0].sum() / 8156497.8 < 0.99


def test_sum_of_regencies_close_to_province_rows(panel):
    refs = panel.references
    parents = np.array(panel.parent_codes)
    ok = 0
    for code in refs.region_codes:
        if code == "9999":
            continue
        members = parents == code
        total = panel.values[members].sum(axis=(0, 1))
        prov = refs.values[refs.region_index(code)].sum(axis=0)
        ok += np.all(np.abs(total / prov - 1) < 0.05)
    assert ok >= 30  # regency sums and province rows are separate BPS estimates
