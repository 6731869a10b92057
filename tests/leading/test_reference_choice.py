"""The reference economy of a one-region input: the declared ``Acuan:`` row, never itself."""

import numpy as np
import pytest

from rancang import InputError
from rancang.features.decide.criteria import leading_criteria
from rancang.features.leading import AnalysisOptions, run_analysis
from rancang.reference.pdrb import CATEGORY_CODES, category_title
from rancang.sources import read_panel

# the assertions read English messages
pytestmark = pytest.mark.usefixtures("english")


def _dalam_angka(path, *, with_reference=True):
    lines = ["Wilayah: 7203 Morowali", "Lapangan Usaha,2019,2020,2021"]
    lines += [f'"{category_title(c)}",{k + 1},{(k + 1) * (1.1 if k % 2 else 1.3)},'
              f'{(k + 1) * (1.2 if k % 2 else 1.6)}' for k, c in enumerate(CATEGORY_CODES)]
    if with_reference:
        lines.append("Acuan: 7200 Sulawesi Tengah")
        lines.append("Lapangan Usaha,2019,2020,2021")
        lines += [f'"{category_title(c)}",{100 + k},{110 + k},{120 + k}'
                  for k, c in enumerate(CATEGORY_CODES)]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_acuan_block_is_the_default_reference(tmp_path):
    panel = read_panel([_dalam_angka(tmp_path / "da.csv")])
    result = run_analysis(panel)
    assert result.reference_label.startswith("7200")
    lq = result.tables["location_quotient"]["lq"].to_numpy()
    assert not np.allclose(lq, 1.0)
    lc = leading_criteria(panel, "7203")
    assert lc.reference_label.startswith("7200")


def test_reference_equal_to_the_only_region_is_refused(tmp_path):
    panel = read_panel([_dalam_angka(tmp_path / "da.csv", with_reference=False)])
    with pytest.raises(InputError, match="every LQ would be 1"):
        run_analysis(panel)
    with_ref = read_panel([_dalam_angka(tmp_path / "db.csv")])
    for code in ("7203", "72.06"):
        with pytest.raises(InputError, match="is also --region"):
            run_analysis(with_ref, AnalysisOptions(regions=["7203"], reference=code))
    with pytest.raises(InputError, match="is also --region"):
        leading_criteria(with_ref, "7203", reference="7203")
