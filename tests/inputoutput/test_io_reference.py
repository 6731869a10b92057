"""The reference economy of a regionalisation must be the economy the IO table describes."""

from dataclasses import replace

import numpy as np
import pytest

from rancang.core.errors import InputError
from rancang.features.inputoutput import IOOptions, run_io
from rancang.features.inputoutput.regional import regional_sizes, table_province
from rancang.reference.pdrb import CATEGORY_CODES
from rancang.sources import read_panel
from rancang.sources.bps_io_synthetic import synthetic_io_table, synthetic_sector_mapping

PROVINCIAL = ("Tabel Input-Output Provinsi Sulawesi Selatan Transaksi Domestik Atas Dasar "
              "Harga Produsen (17 Lapangan Usaha) 2016 (Juta Rupiah) - DATA SINTETIS")


def _panel(tmp_path, regions, name="pdrb.csv"):
    rng = np.random.default_rng(1)
    rows = ["region_code,industry_code,year,value"]
    for region in regions:
        for cat in CATEGORY_CODES:
            rows.append(f"{region},{cat},2016,{rng.uniform(10, 100):.3f}")
    path = tmp_path / name
    path.write_text("\n".join(rows) + "\n")
    return read_panel([path])


@pytest.fixture()
def national():
    return synthetic_io_table(34, seed=3)


@pytest.fixture()
def provincial(national):
    return replace(national, title=PROVINCIAL, source="sulsel.xlsx")


def _mapping(n):
    return synthetic_sector_mapping(n)


def test_table_province_from_title(provincial, national):
    assert table_province(provincial) == ("7300", "Sulawesi Selatan")
    assert table_province(national) is None


def test_national_table_without_national_row_is_refused(tmp_path, national):
    panel = _panel(tmp_path, ["7371", "7372"])
    with pytest.raises(InputError, match="9999"):
        regional_sizes(national, panel, "7371", mapping=_mapping(34))


def test_national_table_uses_national_row(tmp_path, national):
    panel = _panel(tmp_path, ["7371", "7372", "9999"])
    sizes = regional_sizes(national, panel, "7371", mapping=_mapping(34))
    assert sizes.reference_label.startswith("9999")


def test_provincial_table_without_province_row_is_refused(tmp_path, provincial):
    panel = _panel(tmp_path, ["7371", "7372"])
    with pytest.raises(InputError, match="7300"):
        regional_sizes(provincial, panel, "7371", mapping=_mapping(34))


def test_provincial_table_of_another_province_is_refused(tmp_path, provincial):
    # Bekasi (Jawa Barat) with the Sulawesi Selatan table
    panel = _panel(tmp_path, ["3216", "3201", "3200", "7300"])
    with pytest.raises(InputError) as info:
        run_io(provincial, panel, IOOptions(region="3216", mapping=_mapping(34)))
    text = str(info.value)
    assert "7300 Sulawesi Selatan" in text and "3200" in text and "--reference" in text


def test_provincial_table_uses_its_province_and_explicit_reference_wins(tmp_path, provincial):
    panel = _panel(tmp_path, ["7371", "7372", "7300", "3216", "3200"])
    sizes = regional_sizes(provincial, panel, "7371", mapping=_mapping(34))
    assert sizes.reference_label.startswith("7300")
    # explicit --reference: allowed, with a note that it is not the table's province
    sizes = regional_sizes(provincial, panel, "3216", reference="3200", mapping=_mapping(34))
    assert sizes.reference_label.startswith("3200") and sizes.notes


@pytest.mark.realdata
def test_real_bekasi_with_sulawesi_selatan_table_is_refused(bps_io_dir, bps_pdrb_dir):
    from rancang.sources.bps_io import read_bps_io

    table = read_bps_io(next(bps_io_dir.glob("*Sulawesi Selatan*.xlsx")))
    panel = read_panel([bps_pdrb_dir])
    with pytest.raises(InputError, match="3200"):
        run_io(table, panel, IOOptions(region="3216"))
